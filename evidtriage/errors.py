"""Errors a user can cause.

The CLI prints each as one line and exits non-zero; nothing here carries evidence content in a
traceback.
"""


class UserError(Exception):
    """A problem the user can fix: a wrong option, a missing source, a broken case folder."""

    exit_code = 2


class CaseError(UserError):
    """The case folder is missing, incomplete, or from an incompatible version."""


class SourceError(UserError):
    """An evidence source cannot be used as given."""
