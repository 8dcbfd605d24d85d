"""The statistical ranking aid (issue 15): a separate, explained ranking of the texts no rule
flagged, never a finding. See :mod:`.model` for what it is and :mod:`.features` for what it reads."""

from .model import AidScore, RankingAid, RankingAidError, load_model, shipped_model

__all__ = ["AidScore", "RankingAid", "RankingAidError", "load_model", "shipped_model"]
