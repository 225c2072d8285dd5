"""Build tools for the Pakistan–US briefing archive: ingest, pages, checks, site."""

__version__ = "0.1.0"
