"""`pip install .` gives a working `briefing` from any folder: templates ship inside the wheel."""

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.mark.slow
def test_wheel_builds_the_example_from_another_folder(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(REPO)],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("briefing-*.whl")
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # Dependencies come from this environment (offline); the package itself only from the wheel.
    site = Path(
        subprocess.check_output(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [python, "-m", "pip", "install", "--no-deps", "--no-index", "--ignore-installed", str(wheel)],
        check=True,
        capture_output=True,
    )
    # The package must come from the wheel, not from the environment that lent the dependencies.
    location = subprocess.check_output(
        [python, "-c", "import briefing; print(briefing.__file__)"], text=True, cwd=tmp_path
    )
    assert Path(location.strip()).is_relative_to(env_dir)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    result = subprocess.run(
        [env_dir / "bin" / "briefing", "build", "--content", str(REPO / "content"), "--out", str(out)],
        cwd=elsewhere,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "Built " in result.stdout
    assert (out / "index.html").exists() and (out / "style.css").exists() and (out / "digest.md").exists()
    assert list((out / "stories").glob("*/index.html"))
