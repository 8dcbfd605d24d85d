"""The matcher's batch prefilter: which texts of a batch may hold a hit or an entity, in one
compiled pass (:mod:`.kernels`), so that Python looks only at those.

A batch of texts is folded exactly as :func:`.normalise.normalise` folds each text (per-character
tables filled from the same rule as new characters are met), then one keyword automaton runs over
it: every rule keyword, the number words, the literals each entity extractor's regex needs ("@",
"https://", "trx id", "passport"...) and the literals every match of a rule's regex holds
(:mod:`.literals`). For each text the pass counts digits, follows the longest chain of number
pieces (digits, number words, look-alike letters, with " ,./" between) a spelled number would
need, and evaluates each touched rule's condition on the keywords found, "near" included. A
group that may also match by a regex is "unknown" there: where one of its regex's literals is
found, or always when the regex has none.

Each text gets an answer of two bits:

* ``ENTITY``: the text may hold an entity (seven digits, "@", a link, a 25-character token, a
  possible spelled number...): its entities are looked for;
* ``RULE``: a rule's condition may hold (on the keywords found, the regexes whose literals are
  there, and the entities that may be there): its rules are matched;
* neither (``NOTHING``): no rule can hit and no entity can be found; the matcher returns the
  empty result.

For the texts it lets on, it also says which entity extractors need to run (``entities.Hints``:
the digits, which extractors' literals are there, whether a spelled number may be).

The prefilter only ever says too much, never too little; a test compares ``match_many`` with
``match`` on every rule example, on every entity kind and on random text.

Why not pyahocorasick here, as ``match`` uses: its walk alone takes a third of the time this whole
pass may take, and the Python loop over its hits ten times that; the automaton's transition table
is built here (standard Aho-Corasick construction over the folded keywords) so that the walk, the
word-boundary checks and the conditions run in one compiled loop.

Building the tables and the automaton takes a new process about 3 seconds (the built-in packs:
~120,000 folded keywords and literals, ~450,000 states); they are plain arrays made from the rules
by this code, so a process reads them back from the last process's (:mod:`.prefiltercache`) when
the rules and code are the same, after checking every index the compiled pass follows.
"""

from __future__ import annotations

import operator
import re
from functools import reduce

import numpy as np

from .conditions import Node, guard_groups, named_groups
from . import entities, prefiltercache
from .entities import NUMBER_WORDS, Hints
from .literals import KNOWN, required_literals
from .normalise import _CHARS, Normalised, is_word_char, normalise

#: What the prefilter says of a text, bits: nothing can be found; look for its entities; match
#: its rules. The kernels read these too.
NOTHING, ENTITY, RULE = 0, 1, 2
_MAX_CODE = 0x110000
class _Tables:
    """Per-character folding and word-character tables, by code point, filled as characters are met
    (one set a process)."""

    def __init__(self) -> None:
        self.f_start = np.full(_MAX_CODE, -1, dtype=np.int32)
        self.f_len = np.full(_MAX_CODE, -1, dtype=np.int8)
        self.word = np.zeros(_MAX_CODE, dtype=np.uint8)
        self.re_word = np.zeros(_MAX_CODE, dtype=np.uint8)  # as Python's re reads \w
        self.pool = np.zeros(4096, dtype=np.uint32)
        self.used = 0
        self.learn(np.arange(128, dtype=np.uint32))

    def learn(self, cps: np.ndarray) -> None:
        for cp in np.unique(cps).tolist():
            if self.f_len[cp] >= 0:
                continue
            unit = _CHARS[chr(cp)] if cp else "\x00"
            codes = [ord(c) for c in unit]
            if self.used + len(codes) > len(self.pool):
                self.pool = np.concatenate([self.pool, np.zeros(max(len(self.pool), len(codes)), np.uint32)])
            self.pool[self.used:self.used + len(codes)] = codes
            self.f_start[cp] = self.used
            self.f_len[cp] = len(codes)
            self.used += len(codes)
            for c in codes:
                self.word[c] = is_word_char(chr(c))
                self.re_word[c] = chr(c).isalnum() or c == 95
        self.word[0] = self.re_word[0] = 0


_tables: _Tables | None = None


def tables() -> _Tables:
    global _tables
    if _tables is None:
        _tables = _Tables()
    return _tables


class FoldedBatch:
    """A batch of texts folded as ``normalise`` folds each: ``out[:n]`` the folded code points with
    NUL between texts, ``offs`` where each came from in the joined texts, ``starts[k]`` where text
    ``k`` begins in ``out`` (``starts[k + 1] - 1`` where it ends)."""

    def __init__(self, texts: list[str], joined: str | None = None):
        """``joined``: ``"\\x00".join(texts)``, when the caller has it and has seen that no text
        holds NUL."""
        from . import kernels

        t = tables()
        if joined is None:
            joined = "\x00".join(texts)
            if joined.count("\x00") != len(texts) - 1:
                raise ValueError("a text of the batch holds NUL, which separates the batch's texts")
        cps = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        self.texts = texts
        self.starts = np.zeros(len(texts) + 1, dtype=np.int64)
        self.long_token = np.zeros(len(texts), dtype=np.uint8)
        size = len(cps) + len(cps) // 2 + 64
        while True:
            self.out = np.empty(size, dtype=np.uint32)
            self.offs = np.empty(size, dtype=np.int64)
            self.long_token[:] = 0
            n = kernels.fold(cps, t.f_start, t.f_len, t.pool, self.out, self.offs, self.starts, self.long_token)
            if n == -1:
                size *= 2
            elif n < -1:
                t.learn(cps[t.f_len[cps] < 0])
            else:
                break
        self.n = n
        self._text: str | None = None

    @property
    def text(self) -> str:
        """The folded batch as one string (NUL between texts)."""
        if self._text is None:
            self._text = self.out[:self.n].tobytes().decode("utf-32-le", "surrogatepass")
        return self._text

    def normalised(self) -> list[Normalised]:
        """``normalise(t)`` for each text ``t`` of the batch."""
        text = self.text
        starts = self.starts.tolist()
        lengths = [len(t) for t in self.texts]
        # each offset made relative to its own text's start in the joined texts, in one go
        bases = np.cumsum([0] + [n + 1 for n in lengths[:-1]], dtype=np.int64)
        offs = (self.offs[:self.n] - np.repeat(bases, np.diff(self.starts))[:self.n]).tolist()
        out = []
        for k, length in enumerate(lengths):
            s, e = starts[k], starts[k + 1] - 1
            offsets = offs[s:e]
            offsets.append(length)
            out.append(Normalised(text[s:e], offsets))
        return out

    def text_at(self, pos: int) -> int:
        """The number of the text that holds folded position ``pos``."""
        return int(np.searchsorted(self.starts, pos, side="right")) - 1


class Prefilter:
    """Built from the matcher's keyword table and rules; :meth:`run` answers for a batch."""

    def __init__(self, entries: dict[str, list[tuple[int, str, bool]]], rules: list, conditions: list[Node],
                 regex_rules: list[tuple[int, list]], alone: set[int], always_phones: int):
        """``regex_rules``: (rule number, [(group name, compiled regex)...]) of the rules with regexes;
        ``alone``: the rules that can fire on their regexes (and entities) without keywords. The
        tables are read from :mod:`.prefiltercache` when a process built them for the same rules
        and code, else built and written there."""
        self.always_phones = always_phones
        self._hints: tuple[list, list, list, list] | None = None  # the last batch's, field by field
        from .kernels import RING, STACK

        assert max(map(len, NUMBER_WORDS)) < RING, "the spelled-number chain looks back RING characters"
        key = prefiltercache.key(rules, alone, always_phones,
                                 {"DENSE_DEPTH": DENSE_DEPTH, "RING": RING, "STACK": STACK})
        stored = prefiltercache.load(key)
        if stored is not None and self._take(*stored, rules, regex_rules):
            return
        self._build(entries, rules, conditions, regex_rules, alone)
        prefiltercache.save(key, *self._tables(regex_rules))

    def _build(self, entries, rules, conditions, regex_rules, alone) -> None:
        groups = [{g.name: i for i, g in enumerate(r.groups)} for r in rules]
        self.usable = all(len(g) <= 64 for g in groups)
        words: dict[str, list[tuple[int, int, bool, bool]]] = {}
        for key, targets in entries.items():
            for ri, group, stem in targets:
                words.setdefault(key, []).append((ri, groups[ri][group], stem, False))
        for w in NUMBER_WORDS:
            words.setdefault(w, []).append((-1, 0, True, False))
        # the literals of each guarded entity extractor set its mark (entities.Hints)
        self.marks_always = 0
        for i, guard in enumerate(entities.GUARDED):
            literals = required_literals(guard.rx.pattern, guard.folded)
            if literals is None:
                self.marks_always |= 1 << i
                continue
            for lit in literals:  # as written: the folded text holds it folded
                words.setdefault(lit if guard.folded else normalise(lit).text, []).append((-2, i, True, False))
        # a regex group "may match" where a literal every match of its regexes holds is found; with
        # no such literal, always (a rule that needs keywords) or where a scan of the batch finds it
        maybe_always = [0] * len(rules)
        self.batch_regexes, self.anchored = [], []
        for ri, compiled in regex_rules:
            by_group: dict[str, list] = {}
            for name, rx in compiled:
                by_group.setdefault(name, []).append(rx)
            for name, rxs in by_group.items():
                g = groups[ri][name]
                literals = [required_literals(rx.pattern) for rx in rxs]
                anchored = [rx for rx in rxs if is_anchored(rx.pattern)]
                if anchored:  # only at a text's own start or end: run on each text, where needed
                    maybe_always[ri] |= 1 << g
                    if ri in alone:
                        self.anchored += anchored
                elif all(lits is not None for lits in literals) and (
                        ri in alone or min(len(lit) for lits in literals for lit in lits) > 1):
                    for rx, lits in zip(rxs, literals):
                        # the literals of a keyword's other forms (morphology) begin a word; a
                        # written regex's may stand anywhere ("stem" says it may be inside one)
                        inside = rx.pattern not in KNOWN
                        for lit in lits:
                            target = (ri, g, inside, True)
                            if target not in words.setdefault(lit, []):
                                words[lit].append(target)
                else:
                    # no literal, or one a character long (a digit): the group may match wherever
                    # the rule is touched, rather than the automaton stopping at every digit
                    maybe_always[ri] |= 1 << g
                    if ri in alone:
                        self.batch_regexes += rxs
        # the rules' groups that take entities, and the marks their entities need
        ent = [(ri, groups[ri][g.name], reduce(operator.or_, map(entities.needs, g.entities)))
               for ri, rule in enumerate(rules) for g in rule.groups if g.entities]
        self.e_rule = np.array([e[0] for e in ent], dtype=np.int64)
        self.e_group = np.array([e[1] for e in ent], dtype=np.int64)
        self.e_need = np.array([e[2] for e in ent], dtype=np.int64)
        prog: list[tuple[int, int, int, int]] = []
        starts = [0]
        for ri, cond in enumerate(conditions):
            guards = guard_groups(cond)
            unsure = None
            if guards:
                # the matcher may leave a guard's words out (those that call the reader: .address), so
                # a guard's keywords found here do not surely hold: "not GUARD..." is compiled as a
                # group of no keyword that may always match (one past the rule's own groups)
                unsure = len(groups[ri])
                self.usable = self.usable and unsure < 64
                maybe_always[ri] |= 1 << min(unsure, 63)
            _compile(cond, groups[ri], prog, guards, unsure)
            starts.append(len(prog))
        self.maybe = np.array(maybe_always, dtype=np.uint64)
        self.usable = self.usable and all(_stack_fits(prog[a:b]) for a, b in zip(starts, starts[1:]))
        self.prog = np.array(prog or [(0, 0, 0, 0)], dtype=np.int32).reshape(-1, 4)
        self.prog_start = np.array(starts, dtype=np.int64)

        keys = list(words)
        self.kw_len = np.array([len(k) for k in keys], dtype=np.int64)
        self.kw_spaces = np.array([k.count(" ") + k.count("\n") for k in keys], dtype=np.int64)
        targets = [t for k in keys for t in words[k]]
        self.t_start = np.cumsum([0] + [len(words[k]) for k in keys], dtype=np.int64)
        self.t_rule = np.array([t[0] for t in targets], dtype=np.int64)
        self.t_group = np.array([t[1] for t in targets], dtype=np.int64)
        self.t_stem = np.array([t[2] for t in targets], dtype=np.bool_)
        self.t_hint = np.array([t[3] for t in targets], dtype=np.bool_)
        self.auto = Automaton(keys)

    _OWN = ("maybe", "prog", "prog_start", "e_rule", "e_group", "e_need", "kw_len", "kw_spaces", "t_start",
            "t_rule", "t_group", "t_stem", "t_hint")
    _AUTO = ("delta", "fail", "ch_start", "ch_col", "ch_state", "out_start", "out_kw")

    def _tables(self, regex_rules) -> tuple[dict[str, np.ndarray], dict]:
        """What :mod:`.prefiltercache` keeps: the arrays, and the rest as plain data (the regexes
        run over each batch as their places in ``regex_rules``)."""
        arrays = {name: getattr(self, name) for name in self._OWN}
        arrays |= {name: getattr(self.auto, name) for name in self._AUTO}
        arrays["cls_chars"] = np.flatnonzero(self.auto.cls).astype(np.uint32)
        arrays["cls_cols"] = self.auto.cls[arrays["cls_chars"]].astype(np.uint32)
        place = {id(rx): i for i, rx in enumerate(rx for _, compiled in regex_rules for _, rx in compiled)}
        meta = {"usable": self.usable, "marks_always": self.marks_always, "n_dense": self.auto.n_dense,
                "cls_wide": self.auto.cls.dtype == np.uint32,
                "batch_regexes": [place[id(rx)] for rx in self.batch_regexes],
                "anchored": [place[id(rx)] for rx in self.anchored]}
        return arrays, meta

    def _take(self, arrays: dict[str, np.ndarray], meta: dict, rules, regex_rules) -> bool:
        """Use tables read back (:meth:`_tables`), when every index the compiled pass follows stays
        inside the table it indexes (a foreign file could say anything); False otherwise."""
        from .kernels import OP_NAME, OP_NEAR

        within, ascending = prefiltercache.within, prefiltercache.ascending
        regexes = [rx for _, compiled in regex_rules for _, rx in compiled]
        try:
            usable, marks, n_dense, wide = meta["usable"], meta["marks_always"], meta["n_dense"], meta["cls_wide"]
            batch = [regexes[i] for i in meta["batch_regexes"]]
            anchored = [regexes[i] for i in meta["anchored"]]
        except (KeyError, TypeError, IndexError):
            return False
        if not (isinstance(usable, bool) and isinstance(marks, int) and isinstance(n_dense, int)
                and isinstance(wide, bool)) or any(i < 0 for i in meta["batch_regexes"] + meta["anchored"]):
            return False
        a = arrays
        n_rules, n_keys, n_targets = len(rules), len(a["kw_len"]), len(a["t_rule"])
        n_states = len(a["out_start"]) - 1
        ncols = a["delta"].shape[1]
        n_deep = n_states - n_dense
        prog = a["prog"]
        names = prog[:, 0] == OP_NAME
        near = prog[:, 0] == OP_NEAR
        ok = (prog.shape[1] == 4 and len(a["maybe"]) == n_rules and ascending(a["prog_start"], len(prog))
              and len(a["prog_start"]) == n_rules + 1 and within(prog[:, 0], 0, 6)
              and within(prog[names | near, 1], 0, 64) and within(prog[near, 2], 0, 64)
              and len(a["e_rule"]) == len(a["e_group"]) == len(a["e_need"])
              and within(a["e_rule"], 0, n_rules) and within(a["e_group"], 0, 64)
              and len(a["kw_spaces"]) == n_keys and within(a["kw_len"], 0, 1 << 30)
              and ascending(a["t_start"], n_targets) and len(a["t_start"]) == n_keys + 1
              and len(a["t_group"]) == len(a["t_stem"]) == len(a["t_hint"]) == n_targets
              and within(a["t_rule"], -2, n_rules) and within(a["t_group"], 0, 64)
              and 0 < n_dense <= n_states and a["delta"].shape[0] == n_dense and within(a["delta"], 0, n_states)
              and len(a["cls_chars"]) == len(a["cls_cols"]) and within(a["cls_chars"], 1, _MAX_CODE)
              and within(a["cls_cols"], 1, ncols) and (wide or ncols <= 65535)
              and len(a["fail"]) == max(n_deep, 1) and within(a["fail"], 0, n_states)
              and len(a["ch_start"]) == n_deep + 1 and ascending(a["ch_start"], len(a["ch_col"]))
              and len(a["ch_state"]) == len(a["ch_col"]) and within(a["ch_col"], 0, ncols)
              and within(a["ch_state"], 0, n_states)
              and ascending(a["out_start"], len(a["out_kw"])) and within(a["out_kw"], 0, max(n_keys, 1)))
        starts = a["prog_start"].tolist() if ok else []
        rows = [tuple(r) for r in prog.tolist()] if ok else []
        if not ok or (usable and not all(_stack_fits(rows[s:e]) for s, e in zip(starts, starts[1:]))):
            return False
        self.usable, self.marks_always = usable, marks
        self.batch_regexes, self.anchored = batch, anchored
        for name in self._OWN:
            setattr(self, name, a[name])
        cls = np.zeros(_MAX_CODE, dtype=np.uint32 if wide else np.uint16)
        cls[a["cls_chars"]] = a["cls_cols"]
        self.auto = Automaton.from_tables(cls, n_dense, **{name: a[name] for name in self._AUTO})
        return True

    def run(self, texts: list[str], joined: str | None = None) -> np.ndarray:
        """One answer (ENTITY and RULE bits) for each text (none may hold NUL; ``joined``: as
        :class:`FoldedBatch` takes it); the entity hints of each are then in :meth:`hints` (None
        when the prefilter is not used)."""
        from . import kernels

        self._hints = None
        if not self.usable or not texts:
            return np.full(len(texts), ENTITY | RULE, dtype=np.uint8)
        batch = FoldedBatch(texts, joined)
        flags = np.zeros(len(texts), dtype=np.uint8)
        marks = np.empty(len(texts), dtype=np.int64)
        digits = np.empty(len(texts), dtype=np.int64)
        runs = np.empty(len(texts), dtype=np.int64)
        t = tables()
        a = self.auto
        kernels.scan(batch.out, batch.n, batch.starts, len(texts), t.word, t.re_word, a.cls, a.delta,
                     a.n_dense, a.fail, a.ch_start, a.ch_col, a.ch_state, a.out_start, a.out_kw,
                     self.kw_len, self.kw_spaces, self.t_start, self.t_rule,
                     self.t_group, self.t_stem, self.t_hint, self.prog, self.prog_start, self.maybe,
                     self.always_phones, self.marks_always, entities.ALONE, entities.SPELLED,
                     entities.SEVEN_DIGITS, entities.LONG_TOKEN, self.e_rule, self.e_group, self.e_need,
                     batch.long_token, flags, marks, digits, runs)
        self._hints = (digits.tolist(), marks.tolist(), batch.long_token.astype(bool).tolist(), runs.tolist())
        for rx in self.batch_regexes:
            try:
                for m in rx.finditer(batch.text, timeout=5):
                    # a match across the NUL between texts may hide one inside: all those texts go on
                    for k in range(batch.text_at(m.start()), batch.text_at(max(m.start(), m.end() - 1)) + 1):
                        flags[k] |= RULE
            except TimeoutError:
                flags |= RULE
        if self.anchored:
            starts = batch.starts.tolist()
            text = batch.text
            for k in np.flatnonzero((flags & RULE) == 0).tolist():
                piece = text[starts[k]:starts[k + 1] - 1]
                try:
                    if any(rx.search(piece, timeout=1) for rx in self.anchored):
                        flags[k] |= RULE
                except TimeoutError:
                    flags[k] |= RULE
        return flags

    def hints(self, k: int) -> Hints | None:
        """The entity hints of text ``k`` of the last batch run."""
        if self._hints is None:
            return None
        digits, marks, long_token, runs = self._hints
        return Hints(digits[k], marks[k], long_token[k], runs[k])


#: ^, $, \A, \Z or \z: a regex that may match only at a text's start or end (``rules lint`` warns of one)
ANCHORED = re.compile(r"(?<![\\\[])\^|(?<!\\)\$|\\[AZz]")


def is_anchored(pattern: str) -> bool:
    """Whether a regex holds an anchor (^, $, \\A, \\Z, \\z) outside a character class's "[^".
    The characters are looked for first: the search alone took a scan 1 to 2 seconds over the
    ~5 MB of the packs' keyword-form regexes, which hold none."""
    return ("^" in pattern or "$" in pattern or "\\A" in pattern or "\\Z" in pattern or "\\z" in pattern) \
        and ANCHORED.search(pattern) is not None


def _stack_depth(prog: list[tuple[int, int, int, int]]) -> int | None:
    """The deepest the evaluation stack gets for one rule's program, or None when the program, run,
    would take from the stack more than is on it or not leave one answer (a program read back from
    a file could; one built here never does)."""
    from .kernels import OP_AND, OP_NAME, OP_NEAR, OP_NOF, OP_NOT, OP_OR

    depth = deepest = 0
    for op, _a, count, _n in prog:
        if op in (OP_NAME, OP_NEAR):
            depth += 1
        elif op in (OP_AND, OP_OR, OP_NOT):
            if depth < (1 if op == OP_NOT else 2):
                return None
            depth -= op != OP_NOT
        elif op == OP_NOF:
            if count < 1 or depth < count:
                return None
            depth -= count - 1
        deepest = max(deepest, depth)
    return deepest if depth == 1 else None


def _stack_fits(prog: list[tuple[int, int, int, int]]) -> bool:
    """Whether one rule's program runs within :data:`.kernels.STACK` and leaves one answer."""
    from .kernels import STACK

    depth = _stack_depth(prog)
    return depth is not None and depth <= STACK


def _compile(node: Node, groups: dict[str, int], prog: list, guards: frozenset[str] = frozenset(),
             unsure: int | None = None) -> None:
    """Append the program of ``node``; a "not" over any of ``guards`` is the group ``unsure``, which
    may always match and never surely does."""
    from .kernels import OP_AND, OP_NAME, OP_NEAR, OP_NOF, OP_NOT, OP_OR

    op = node.op
    if op == "not" and guards and named_groups(node) & guards:
        prog.append((OP_NAME, unsure, 0, 0))
        return
    if op == "name":
        prog.append((OP_NAME, groups[node.args[0]], 0, 0))
    elif op in ("any", "all"):
        names = list(node.args) if op == "all" and node.args else list(groups)
        for i, name in enumerate(names):
            prog.append((OP_NAME, groups[name], 0, 0))
            if i:
                prog.append((OP_OR if op == "any" else OP_AND, 0, 0, 0))
    elif op == "not":
        _compile(node.args[0], groups, prog, guards, unsure)
        prog.append((OP_NOT, 0, 0, 0))
    elif op in ("and", "or"):
        _compile(node.args[0], groups, prog, guards, unsure)
        _compile(node.args[1], groups, prog, guards, unsure)
        prog.append((OP_AND if op == "and" else OP_OR, 0, 0, 0))
    elif op == "nof":
        n, names = node.args
        for name in names:
            prog.append((OP_NAME, groups[name], 0, 0))
        prog.append((OP_NOF, n, len(names), 0))
    elif op == "near":
        # "in one sentence" (never under a "not": .conditions) is read as the plain "near", which
        # holds wherever it does
        a, b, n = node.args[:3]
        prog.append((OP_NEAR, groups[a], groups[b], n))
    else:
        raise ValueError(f"unknown condition operator {op}")


#: The automaton's states down to this depth get a dense row of transitions; deeper ones (most of
#: them: the tails of long keywords, one child each) keep only their children and a failure link.
#: Dense rows for all 320,000 states of packs 1.8.0 took 150 MB, a quarter of a 1,000,000-message
#: triage's peak; these take about 10 MB and the sparse rest about 5.
DENSE_DEPTH = 3


class Automaton:
    """Aho-Corasick over keywords, in arrays the compiled pass walks (:func:`.kernels.scan`).

    ``cls`` maps a code point to its column (0: a character of no keyword). States are numbered
    breadth first, so that the ``n_dense`` states of depth at most ``dense_depth`` (by default
    :data:`DENSE_DEPTH`) come first:
    ``delta[state, column]`` is the next state of each of them. A deeper state ``s`` has its
    children's columns and states in ``ch_col``/``ch_state[ch_start[s - n_dense]:ch_start[s -
    n_dense + 1]]`` (sorted by column) and its failure state in ``fail[s - n_dense]``: a column it
    has no child for is looked up from its failure state, which is shallower, so every lookup
    ends at a dense row. ``out_kw[out_start[s]:out_start[s + 1]]`` are the keywords that end at
    state ``s``. The walk gives the same states as a dense table over every state would."""

    def __init__(self, keys: list[str], dense_depth: int | None = None):
        # built in arrays by compiled loops (:mod:`.kernels`), not in a dict and a list a state: the
        # Python objects of ~400,000 states (packs 1.11.0) took ~330 MB at their height, the peak of
        # a whole triage, in the main process just before its workers fork
        from . import kernels

        joined = "".join(keys)
        chars = sorted(set(joined))
        self.cls = np.zeros(_MAX_CODE, dtype=np.uint16 if len(chars) < 65535 else np.uint32)
        for i, c in enumerate(chars):
            self.cls[ord(c)] = i + 1
        codes = self.cls[np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)].astype(np.int32)
        del joined
        key_start = np.zeros(len(keys) + 1, dtype=np.int64)
        np.cumsum([len(k) for k in keys], out=key_start[1:])
        # the trie, states numbered as met (keys in order, each state's children in the order made)
        n, first, sibling, column, end = kernels.trie(codes, key_start)
        del codes, key_start
        # the keys that end at each state, in key order
        ends_key = np.argsort(end, kind="stable").astype(np.int64)
        ends_start = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(end, minlength=n), out=ends_start[1:])
        del end
        # breadth first: the order states get their new numbers in, and their failure links
        order, depth, fail, outputs = kernels.failure_links(first, sibling, column, ends_start)
        new = np.empty(n, dtype=np.int32)
        new[order] = np.arange(n, dtype=np.int32)
        limit = DENSE_DEPTH if dense_depth is None else dense_depth
        n_dense = int(np.count_nonzero(depth <= limit))
        del depth
        # a dense state's row: its failure state's (shallower), then its own
        self.n_dense = n_dense
        self.delta = kernels.dense_rows(order, n_dense, len(chars) + 1, first, sibling, column, fail, new)
        deep = order[n_dense:]
        self.fail = new[fail[deep]] if len(deep) else np.zeros(1, dtype=np.int32)
        self.ch_start, ch_col, ch_state = kernels.sparse_children(deep, first, sibling, column, new)
        self.ch_col = ch_col if len(ch_col) else np.zeros(1, dtype=np.int32)
        self.ch_state = ch_state if len(ch_state) else np.zeros(1, dtype=np.int32)
        del first, sibling, column, new, deep
        self.out_start = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(outputs[order], out=self.out_start[1:])
        out_kw = kernels.output_keys(order, fail, ends_start, ends_key, self.out_start)
        self.out_kw = out_kw if len(out_kw) else np.zeros(1, dtype=np.int64)

    @classmethod
    def from_tables(cls, columns: np.ndarray, n_dense: int, **arrays: np.ndarray) -> "Automaton":
        """The automaton whose arrays these are (as built, read back: :mod:`.prefiltercache`)."""
        auto = cls.__new__(cls)
        auto.cls, auto.n_dense = columns, n_dense
        for name, a in arrays.items():
            setattr(auto, name, a)
        return auto

    def next_state(self, state: int, ch: str) -> int:
        """The state after ``state`` on character ``ch`` (in Python, for tests and tools)."""
        col = int(self.cls[ord(ch)])
        while state >= self.n_dense:
            d = state - self.n_dense
            lo, hi = int(self.ch_start[d]), int(self.ch_start[d + 1])
            for j in range(lo, hi):
                if self.ch_col[j] == col:
                    return int(self.ch_state[j])
            state = int(self.fail[d])
        return int(self.delta[state, col])
