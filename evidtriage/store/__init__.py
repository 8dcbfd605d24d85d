"""The store: every SQL statement of the tool lives in this package, and nowhere else.

``case_store`` is the case database (``case.sqlite``, one per case folder), ``schema`` its
migrations (and the known-hash library's tables), ``hashsets`` the examiner's known-hash library,
``common`` what both files share. Callers import the two stores from here.
"""

from .case_store import STORE_NAME, Store, missing_case, store_path
from .common import utc_now
from .hashsets import HashSetLibrary

__all__ = ["STORE_NAME", "HashSetLibrary", "Store", "missing_case", "store_path", "utc_now"]
