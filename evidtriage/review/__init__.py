"""The examiner's review: decisions on findings, signed into the custody log."""
