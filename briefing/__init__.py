"""briefing: a static-site generator for news briefings."""

__version__ = "0.1.0"
