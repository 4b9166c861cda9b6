"""Do maintained libraries find figures and dates better than briefing's rules? Measured on the gold.

    pip install dateparser quantulum3 number-parser price-parser   # whichever you want compared
    python scripts/compare_fact_libs.py [--gold FILE ...]

For each library that is installed, its finds are normalised the way the gold writes them and
scored with the same precision/recall as `eval_facts.py`:
- dates:    `dateparser.search.search_dates` (with the article date as RELATIVE_BASE), scored at
            the gold's precision (a found 2024-02-13 counts for a gold "2024-02");
- figures:  `quantulum3.parser.parse` (money, percentages, counts with their noun);
- words:    `number_parser.parse_number` against `briefing.facts_numbers.parse_number` on number
            phrases; `price_parser.Price` against ours on the money spans the gold lists.
A library that is not installed is skipped, so this never fails for want of one.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.facts import extract_facts  # noqa: E402
from briefing.facts_numbers import parse_number, plain  # noqa: E402

_spec = importlib.util.spec_from_file_location("eval_facts", ROOT / "scripts" / "eval_facts.py")
assert _spec and _spec.loader
evaluation = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(evaluation)

NUMBER_PHRASES = {
    "two hundred and fifty": 250, "twenty-five": 25, "one million": 1_000_000, "three": 3, "forty": 40,
    "a dozen": 12, "two thousand three hundred": 2300, "ninety-nine": 99, "seven hundred thousand": 700_000,
    "one hundred and one": 101,
}  # fmt: skip
CURRENCIES = {"dollar": "USD", "euro": "EUR", "pound sterling": "GBP", "yen": "JPY"}


def articles(gold_files: list[Path]):  # type: ignore[no-untyped-def]
    for gold_file in gold_files:
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        for name, entry in sorted(gold.items()):
            sentences, published = evaluation.read_article(gold_file.parent / name)
            yield name, entry, sentences, published


def score(pairs: list[tuple[set[str], set[str]]], match=None) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Precision and recall over (found, expected) pairs; `match(found, gold)` for lenient matching."""
    match = match or (lambda f, g: f == g)
    hits_p = sum(sum(any(match(f, g) for g in gold) for f in found) for found, gold in pairs)
    hits_r = sum(sum(any(match(f, g) for f in found) for g in gold) for found, gold in pairs)
    found_n = sum(len(f) for f, _ in pairs)
    gold_n = sum(len(g) for _, g in pairs)
    return hits_p / max(1, found_n), hits_r / max(1, gold_n)


def compare_dates(data: list) -> None:
    from dateparser.search import search_dates

    ours, theirs = [], []
    started = time.perf_counter()
    for _name, entry, sentences, published in data:
        base = datetime.combine(published, datetime.min.time())
        found = set()
        for sentence in sentences:
            for _, when in search_dates(sentence.text, settings={"RELATIVE_BASE": base}, languages=["en"]) or []:
                found.add(when.date().isoformat())
        theirs.append((found, evaluation.gold_values(entry, "date")))
    seconds = time.perf_counter() - started
    for name, entry, sentences, published in data:
        found = {f.value for f in extract_facts(sentences, name, published=published) if f.kind == "date"}
        ours.append((found, evaluation.gold_values(entry, "date")))
    at_precision = lambda f, g: f.startswith(g)  # noqa: E731 - a day found for a gold month counts
    print_row("date", "dateparser.search_dates", score(theirs, at_precision), seconds)
    print_row("date", "briefing rules", score(ours))


def compare_figures(data: list) -> None:
    from quantulum3 import parser

    theirs = {kind: [] for kind in ("money", "percent", "number")}
    started = time.perf_counter()
    for _, entry, sentences, _ in data:
        found: dict[str, set[str]] = {kind: set() for kind in theirs}
        for sentence in sentences:
            for quantity in parser.parse(sentence.text):
                kind, value = _quantulum_value(quantity)
                if kind:
                    found[kind].add(value)
        for kind in theirs:
            theirs[kind].append((found[kind], evaluation.gold_values(entry, kind)))
    seconds = time.perf_counter() - started
    for kind, pairs in theirs.items():
        print_row(kind, "quantulum3", score(pairs), seconds)


def _quantulum_value(quantity) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    unit = quantity.unit
    amount = plain(Decimal(repr(float(quantity.value))))
    if unit.entity.name == "currency":
        code = next((c for word, c in CURRENCIES.items() if word in unit.name), "")
        return "money", f"{code} {amount}"
    if unit.name == "percentage":
        return "percent", f"{amount}%"
    if unit.entity.name == "dimensionless":
        return "", ""
    name = unit.name.split()[-1]
    return "number", f"{amount} {name[:-1] if name.endswith('s') else name}"


def compare_number_words() -> None:
    from number_parser import parse_number as library_parse

    theirs = sum(library_parse(text) == value for text, value in NUMBER_PHRASES.items())
    ours = sum(parse_number(text) == value for text, value in NUMBER_PHRASES.items())
    print(f"{'words':8} {'number_parser':26} {theirs}/{len(NUMBER_PHRASES)} phrases right")
    print(f"{'words':8} {'briefing rules':26} {ours}/{len(NUMBER_PHRASES)} phrases right")


def compare_prices(data: list) -> None:
    from price_parser import Price

    right = total = 0
    for name, _entry, sentences, published in data:
        for fact in extract_facts(sentences, name, published=published):
            if fact.kind != "money":
                continue
            total += 1
            price = Price.fromstring(fact.text)
            code = {"$": "USD", "€": "EUR", "£": "GBP"}.get(price.currency or "", price.currency or "")
            amount = plain(price.amount) if price.amount is not None else ""
            right += f"{code} {amount}" == fact.value
    print(f"{'money':8} {'price_parser on our spans':26} {right}/{total} agree with our normalised value")


def print_row(kind: str, who: str, pr: tuple[float, float], seconds: float | None = None) -> None:
    timing = f"  ({seconds:.2f} s)" if seconds is not None else ""
    print(f"{kind:8} {who:26} P {pr[0]:.3f}  R {pr[1]:.3f}{timing}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    fixtures = ROOT / "tests/fixtures/facts"
    default = [fixtures / "gold.yaml", fixtures / "heldout/gold.yaml", fixtures / "heldout2/gold.yaml"]
    parser.add_argument("--gold", type=Path, action="append")
    args = parser.parse_args(argv)
    data = list(articles(args.gold or default))
    ours = evaluation.total([evaluation.evaluate(g, g.parent, False) for g in args.gold or default])
    for kind in ("money", "percent", "number"):
        hits, found, expected = ours[kind]
        print_row(kind, "briefing rules", (hits / max(1, found), hits / max(1, expected)))
    for module, run in (
        ("dateparser", lambda: compare_dates(data)),
        ("quantulum3", lambda: compare_figures(data)),
        ("number_parser", compare_number_words),
        ("price_parser", lambda: compare_prices(data)),
    ):
        if importlib.util.find_spec(module) is None:
            print(f"({module} not installed: skipped)")
            continue
        run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
