"""The indicator engine: rule packs, normalisation, matching, entity extraction and scoring."""
