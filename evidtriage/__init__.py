"""evidtriage: offline digital-evidence triage."""

__version__ = "0.1.0"
