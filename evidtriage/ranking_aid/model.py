"""The ranking aid's model: a logistic regression over the words of a text, read from a JSON file
shipped in the package, and the scorer that gives a text its probability and the words behind it.

What it is, and what it is not. The aid is a statistical signal trained on the labelled sets of
eval/dev (eval/train_ranking_aid.py writes the file). It learns how those sets' writers write as
much as what they write about. It never flags an item, never changes a score or a finding: it only
ranks the texts that no rule flagged, so that an officer who reads past the findings starts with
the texts most like those the rules missed. Every probability comes with the words that raised it
most, as the text writes them.

The file carries its own version, the featuriser's parameters, the bias, the weights (features
pruned to those that matter), the line (the probability at or above which a text is listed) and
the names and sha256 of the sets it was trained on. :data:`MODEL_SHA256` is the file's recorded
digest: a model file that differs is refused, so that a run manifest's digest always names the
weights that ranked. Scoring is deterministic: sorted features, fixed rounding, no randomness.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import UserError
from .features import features, words

#: The model file shipped in the package, and its recorded sha256 (eval/train_ranking_aid.py
#: prints both when it writes a model; tests/test_ranking_aid.py checks them)
MODEL_FILE = Path(__file__).resolve().parent / "model.json"
MODEL_SHA256 = "99333b7d5069da2f49868c85df5c7442c303f82e88b318fc500b36524b682c3f"
FORMAT = "evidtriage/ranking-aid/1"
#: Words named to explain a score
EXPLAIN_WORDS = 5
#: Scores kept for texts that repeat (chat messages up to CACHED_TEXT characters), per process
CACHE_SIZE = 10_000
CACHED_TEXT = 2_000


class RankingAidError(UserError):
    """A ranking-aid model file that cannot be used."""


@dataclass(frozen=True)
class AidScore:
    """A text's probability by the aid (rounded to 4 places) and the words that raised it most,
    as written in the text, strongest first."""

    probability: float
    words: tuple[str, ...]


class RankingAid:
    """A loaded model: ``score(text)`` gives an :class:`AidScore`."""

    def __init__(self, model: dict, sha256: str):
        if model.get("format") != FORMAT:
            raise RankingAidError(f"ranking aid model: format {model.get('format')!r}, expected {FORMAT!r}")
        self.sha256 = sha256
        self.version = str(model["version"])
        self.kinds = str(model["kinds"])
        self.ngrams = (int(model["ngrams"][0]), int(model["ngrams"][1]))
        self.prefix = int(model["prefix"])
        self.scaled = bool(model.get("scaled", False))
        self.bias = float(model["bias"])
        self.line = float(model["line"])
        self.weights: dict[str, float] = {str(k): float(v) for k, v in model["weights"].items()}
        self.trained_on: tuple[tuple[str, str], ...] = tuple((t["file"], t["sha256"]) for t in model.get("trained_on", ()))
        self._cache: dict[str, AidScore] = {}

    def describe(self) -> dict:
        """What a run manifest records of the aid."""
        return {"version": self.version, "sha256": self.sha256, "line": self.line, "features": len(self.weights)}

    @property
    def identity(self) -> str:
        return f"{self.version}@{self.sha256}@{self.line:g}"

    def score(self, text: str) -> AidScore:
        """The text's probability and the words that raised it most (the same text, the same
        result: a text met again, a forwarded message or a broadcast, is answered from a cache)."""
        if len(text) > CACHED_TEXT:
            return self._score(text)
        hit = self._cache.get(text)
        if hit is None:
            hit = self._cache[text] = self._score(text)
            if len(self._cache) > CACHE_SIZE:
                del self._cache[next(iter(self._cache))]  # the oldest first
        return hit

    def _score(self, text: str) -> AidScore:
        tokens = words(text)
        if not tokens:
            return AidScore(round(_sigmoid(self.bias), 4), ())
        seen: set[str] = set()
        by_word = [0.0] * len(tokens)
        n = 0
        for f, first, last in features(tokens, self.kinds, self.ngrams, self.prefix):
            if f in seen:
                continue
            seen.add(f)
            n += 1
            w = self.weights.get(f)
            if w is None:
                continue
            if first == last:
                by_word[first] += w
            else:
                by_word[first] += w / 2
                by_word[last] += w / 2
        scale = 1 / math.sqrt(n) if self.scaled and n else 1.0
        z = self.bias + scale * math.fsum(by_word)
        p = round(_sigmoid(z), 4)
        # the words that pushed it up most, each written once, as the text writes it
        ranked = sorted(range(len(tokens)), key=lambda i: (-by_word[i], i))
        named: list[str] = []
        folded: set[str] = set()
        for i in ranked:
            if by_word[i] <= 0 or len(named) >= EXPLAIN_WORDS:
                break
            w, start, end = tokens[i]
            if w in folded:
                continue
            folded.add(w)
            named.append(text[start:end])
        return AidScore(p, tuple(named))


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1 / (1 + math.exp(-z))
    e = math.exp(z)
    return e / (1 + e)


def load_model(path: str | Path | None = None, expect_sha256: str | None = None) -> RankingAid:
    """The model at ``path`` (default: the one shipped in the package, checked against
    :data:`MODEL_SHA256`). A file that is missing, unreadable or not the recorded one is refused."""
    where = Path(path) if path else MODEL_FILE
    try:
        data = where.read_bytes()
    except OSError as exc:
        raise RankingAidError(f"ranking aid model {where}: cannot read it ({exc.strerror or exc})") from None
    digest = hashlib.sha256(data).hexdigest()
    expected = MODEL_SHA256 if path is None and expect_sha256 is None else expect_sha256
    if expected and digest != expected:
        raise RankingAidError(f"ranking aid model {where}: sha256 {digest}, expected {expected}: "
                              "the file is not the model this evidtriage records")
    try:
        model = json.loads(data)
        return RankingAid(model, digest)
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise RankingAidError(f"ranking aid model {where}: not a model file ({type(exc).__name__}: {exc})") from None


@lru_cache(maxsize=2)
def shipped_model() -> RankingAid:
    """The package's model, loaded once per process."""
    return load_model()
