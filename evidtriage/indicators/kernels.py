"""Compiled loops (numba) of the matcher's batch prefilter: folding a batch of texts, and one pass of
a keyword automaton over it with the word-boundary checks, the entity hints and the rules'
conditions. Imported on first use; compiled once and cached on disk where the package allows.

Arrays only: the Python side (:mod:`.prefilter`) builds the tables and reads the flags.
"""

from __future__ import annotations

import numpy as np
from numba import njit

# the answers are defined once, beside the code that reads them (numba takes them as constants
# when it compiles; its disk cache looks only at this file, so a change to their values there
# needs __pycache__ cleared)
from .prefilter import ENTITY, RULE


def _compiled(fn):
    """Compiled once and cached on disk beside the module (or in the user's cache); where no
    cache location is writable, compiled in each process instead."""
    try:
        return njit(cache=True, nogil=True)(fn)
    except RuntimeError:  # numba: "cannot cache function ...: no locator available"
        return njit(nogil=True)(fn)


# condition program: one row of four int32 a step, evaluated on a stack of (may hold, surely holds)
OP_NAME, OP_AND, OP_OR, OP_NOT, OP_NOF, OP_NEAR = 0, 1, 2, 3, 4, 5
#: Deepest evaluation stack a rule's program may need (deeper: the prefilter is not used).
STACK = 64


@_compiled
def fold(cps, f_start, f_len, pool, out, offs, starts, long_token):
    """Fold NUL-separated texts (code points ``cps``) as ``normalise`` folds each: ``out`` gets the
    folded code points (NUL between texts), ``offs`` the index in ``cps`` each came from, ``starts``
    where each text begins in ``out``; ``long_token[k]`` is set when text ``k`` holds 25 ASCII letters
    or digits in a row as written. Returns the length written, -1 when ``out`` is too small, or
    ``-2 - i`` when code point ``cps[i]`` is not in the tables yet."""
    n = 0
    k = 0
    last_space = True
    begin = 0
    run = 0
    cap = out.shape[0]
    starts[0] = 0
    for i in range(cps.shape[0]):
        c = cps[i]
        if (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122):
            run += 1
            if run >= 25:
                long_token[k] = 1
        else:
            run = 0
        if c == 0:
            if n >= cap:
                return -1
            out[n] = 0
            offs[n] = i
            n += 1
            k += 1
            starts[k] = n
            begin = n
            last_space = True
            continue
        ln = f_len[c]
        if ln < 0:
            return -2 - i
        if ln == 0:
            continue
        s = f_start[c]
        if ln == 1:
            u = pool[s]
            if u == 32 or u == 10:
                if last_space:
                    if u == 10 and n > begin and out[n - 1] == 32:
                        out[n - 1] = 10  # a line break wins over a space
                    continue
                last_space = True
            else:
                last_space = False
            if n >= cap:
                return -1
            out[n] = u
            offs[n] = i
            n += 1
        else:
            last_space = False
            if n + ln > cap:
                return -1
            for j in range(ln):
                out[n + j] = pool[s + j]
                offs[n + j] = i
            n += ln
    starts[k + 1] = n + 1
    return n


@_compiled
def _holds(r, prog, prog_start, maybe, present, occ_rule, occ_group, occ_word, n_occ, stack_u, stack_l):
    """Whether rule ``r``'s condition may hold on the keywords found; ``maybe[r]``: the groups that
    may also match otherwise (by a regex). Each step keeps whether the condition may hold and
    whether it surely holds: "not" turns the one into the other."""
    sp = 0
    for p in range(prog_start[r], prog_start[r + 1]):
        op = prog[p, 0]
        if op == OP_NAME:
            g = prog[p, 1]
            got = (present[r] >> np.uint64(g)) & np.uint64(1)
            unknown = (maybe[r] >> np.uint64(g)) & np.uint64(1)
            stack_u[sp] = got != 0 or unknown != 0
            stack_l[sp] = got != 0
            sp += 1
        elif op == OP_AND:
            sp -= 1
            stack_u[sp - 1] = stack_u[sp - 1] and stack_u[sp]
            stack_l[sp - 1] = stack_l[sp - 1] and stack_l[sp]
        elif op == OP_OR:
            sp -= 1
            stack_u[sp - 1] = stack_u[sp - 1] or stack_u[sp]
            stack_l[sp - 1] = stack_l[sp - 1] or stack_l[sp]
        elif op == OP_NOT:
            u = stack_u[sp - 1]
            stack_u[sp - 1] = not stack_l[sp - 1]
            stack_l[sp - 1] = not u
        elif op == OP_NOF:
            need = prog[p, 1]
            count = prog[p, 2]
            cu = 0
            cl = 0
            for q in range(sp - count, sp):
                cu += stack_u[q]
                cl += stack_l[q]
            sp -= count
            stack_u[sp] = cu >= need
            stack_l[sp] = cl >= need
            sp += 1
        else:  # OP_NEAR a b n: exact on the keywords; unknown when a group may also match otherwise
            a = prog[p, 1]
            b = prog[p, 2]
            within = prog[p, 3]
            close = False
            for i in range(n_occ):
                if occ_rule[i] != r or occ_group[i] != a:
                    continue
                for j in range(n_occ):
                    if occ_rule[j] == r and occ_group[j] == b and abs(occ_word[i] - occ_word[j]) <= within:
                        close = True
                        break
                if close:
                    break
            ua = ((present[r] | maybe[r]) >> np.uint64(a)) & np.uint64(1)
            ub = ((present[r] | maybe[r]) >> np.uint64(b)) & np.uint64(1)
            unknown = ((maybe[r] >> np.uint64(a)) | (maybe[r] >> np.uint64(b))) & np.uint64(1)
            stack_u[sp] = close or (ua != 0 and ub != 0 and unknown != 0)
            stack_l[sp] = close
            sp += 1
    return stack_u[0]


#: How far back the spelled-number chain looks (longer than the longest number word).
RING = 16
RING_MASK = RING - 1  # (a power of two)


@_compiled
def scan(folded, n, starts, ntexts, word, re_word, cls, delta, n_dense, fail, ch_start, ch_col, ch_state,
         out_start, out_kw, kw_len, kw_spaces,
         t_start, t_rule, t_group, t_stem, t_hint, prog, prog_start, maybe_always, always,
         marks_always, alone, spelled, seven, long_mark, e_rule, e_group, e_need, long_token,
         flags, marks_out, digits_out, runs_out):
    """One pass of the keyword automaton over the folded batch; ``flags[k]`` gets what text ``k``
    may hold (ENTITY and RULE bits, or NOTHING), ``marks_out[k]``, ``digits_out[k]`` and
    ``runs_out[k]`` its entity hints (``entities.Hints``: ``alone`` the marks that make a text
    ENTITY by themselves, ``spelled`` the mark of a possible spelled number; ``re_word``: what
    Python's ``re`` counts as a word character). ``e_rule[j]``'s group ``e_group[j]`` takes
    entities, which may be in a text whose marks (with ``seven`` for seven digits and
    ``long_mark`` for ``long_token``) meet ``e_need[j]``."""
    nrules = prog_start.shape[0] - 1
    present = np.zeros(nrules, dtype=np.uint64)
    maybe = np.zeros(nrules, dtype=np.uint64)  # groups a regex may match in this text
    seen = np.full(nrules, -1, dtype=np.int64)
    touched = np.empty(nrules, dtype=np.int64)
    cap = 4096
    occ_rule = np.empty(cap, dtype=np.int64)
    occ_group = np.empty(cap, dtype=np.int64)
    occ_word = np.empty(cap, dtype=np.int64)
    stack_u = np.empty(STACK, dtype=np.bool_)
    stack_l = np.empty(STACK, dtype=np.bool_)
    # the longest chain of number pieces (digits, number words, look-alike letters after a digit,
    # with " ,-./" between) reaching each of the last RING positions: any of them, and with a
    # piece not a digit (what a spelled number needs)
    ring_any = np.zeros(RING, dtype=np.int64)
    ring_word = np.zeros(RING, dtype=np.int64)
    k = 0
    state = 0
    digits = 0
    spaces = 0
    marks = marks_always
    longest = 0
    begin = 0
    # the most digits in one run of digits with up to four non-word characters (or "x", "ー")
    # between them: the places phonenumbers' matcher looks at (entities._PHONE_RUN)
    run = 0
    gap = 99
    longest_run = 0
    n_touched = 0
    n_occ = 0
    overflow = False
    prev = 0
    for i in range(n + 1):
        c = folded[i] if i < n else 0
        if c == 0:
            # end of text k: decide
            length = starts[k + 1] - 1 - starts[k]
            if longest >= 9:
                marks |= spelled
            marks_out[k] = marks
            digits_out[k] = digits if length < always else 99
            runs_out[k] = longest_run
            f = flags[k]
            if (digits >= 7 or (marks & alone) != 0 or (marks & spelled) != 0 or length >= always
                    or long_token[k] != 0):
                f |= ENTITY  # a number, an address, a link, a spelled number...
            if (f & ENTITY) != 0:
                # the rules' entity groups may match where their entities may be
                possible = marks | (seven if digits >= 7 or length >= always else 0)
                if long_token[k] != 0:
                    possible |= long_mark
                for j in range(e_rule.shape[0]):
                    if (possible & e_need[j]) == 0:
                        continue
                    r = e_rule[j]
                    # (touched as below; a helper function, even inlined, slowed the scan by 40%)
                    if seen[r] != k:
                        seen[r] = k
                        present[r] = 0
                        maybe[r] = maybe_always[r]
                        touched[n_touched] = r
                        n_touched += 1
                    maybe[r] |= np.uint64(1) << np.uint64(e_group[j])
            if overflow:
                f |= RULE
            else:
                for t in range(n_touched):
                    if _holds(touched[t], prog, prog_start, maybe, present, occ_rule, occ_group,
                              occ_word, n_occ, stack_u, stack_l):
                        f |= RULE
                        break
            flags[k] = f
            k += 1
            if k >= ntexts:
                break
            state = 0
            digits = spaces = longest = run = longest_run = 0
            gap = 99
            marks = marks_always
            overflow = False
            n_touched = 0
            n_occ = 0
            prev = 0
            begin = i + 1
            ring_any[:] = 0
            ring_word[:] = 0
            continue
        before_any = ring_any[(i - 1) & RING_MASK]
        before_word = ring_word[(i - 1) & RING_MASK]
        chain_any = 0
        chain_word = 0
        if 48 <= c <= 57:
            digits += 1
            chain_any = before_any + 1
            chain_word = before_word + 1 if before_word > 0 else 0
            run = run + 1 if gap <= 4 else 1
            gap = 0
            if run > longest_run:
                longest_run = run
        else:
            if re_word[c] == 0 or c == 120 or c == 0x30FC:
                gap += 1
            else:
                gap = 99
            if c == 32 or c == 10:
                spaces += 1
            elif (c == 111 or c == 105 or c == 108) and 48 <= prev <= 57:
                chain_any = before_any + 1
                chain_word = before_any + 1
        prev = c
        # the automaton's step (prefilter.Automaton): a deep state's children, else its failure state's
        col = cls[c]
        moved = False
        while state >= n_dense:
            d = state - n_dense
            for j in range(ch_start[d], ch_start[d + 1]):
                if ch_col[j] == col:
                    state = ch_state[j]
                    moved = True
                    break
            if moved:
                break
            state = fail[d]
        if not moved:
            state = delta[state, col]
        for o in range(out_start[state], out_start[state + 1]):
            kw = out_kw[o]
            ln = kw_len[kw]
            start = i - ln + 1
            for t in range(t_start[kw], t_start[kw + 1]):
                r = t_rule[t]
                if r == -1:  # a number word, even inside a word ("01seven12")
                    reach = ring_any[(start - 1) & RING_MASK] if start > begin else 0
                    if reach + 1 > chain_any:
                        chain_any = reach + 1
                    if reach + 1 > chain_word:
                        chain_word = reach + 1
                    continue
                if r == -2:  # a literal of an entity extractor ("@", "https://", "trx id"...)
                    marks |= 1 << t_group[t]
                    continue
                literal = t_hint[t]
                if not literal:
                    if start > 0 and word[folded[start - 1]] and word[folded[start]]:
                        continue  # starts inside a word
                    if not t_stem[t] and i + 1 < n and word[folded[i + 1]] and word[c]:
                        continue  # ends inside a word
                elif not t_stem[t] and start > 0 and word[folded[start - 1]] and word[folded[start]]:
                    continue  # a literal that begins a word (of a keyword's other forms), inside one
                if seen[r] != k:
                    seen[r] = k
                    present[r] = 0
                    maybe[r] = maybe_always[r]
                    touched[n_touched] = r
                    n_touched += 1
                if literal:  # a literal every match of one of the group's regexes holds
                    maybe[r] |= np.uint64(1) << np.uint64(t_group[t])
                    continue
                present[r] |= np.uint64(1) << np.uint64(t_group[t])
                if n_occ < cap:
                    occ_rule[n_occ] = r
                    occ_group[n_occ] = t_group[t]
                    occ_word[n_occ] = spaces - kw_spaces[kw]
                    n_occ += 1
                else:
                    overflow = True
        if c == 32 or c == 44 or c == 45 or c == 46 or c == 47:  # " ,-./": entities.SPELLED_SEPARATORS
            chain_any = before_any  # a separator: the chain goes on across it
            chain_word = before_word
        ring_any[i & RING_MASK] = chain_any
        ring_word[i & RING_MASK] = chain_word
        if chain_word > longest:
            longest = chain_word
    return k


# Building the keyword automaton (:class:`.prefilter.Automaton`) in arrays. Built in Python, with a
# dict of children and a list of outputs for each of its ~400,000 states (packs 1.11.0), it took
# about 330 MB at its height in the main process, before the workers fork: the run's peak.


@_compiled
def _child(first, sibling, column, s, c):
    """State ``s``'s child on column ``c``, -1 if it has none."""
    t = first[s]
    while t != -1 and column[t] != c:
        t = sibling[t]
    return t


@_compiled
def trie(codes, key_start):
    """The trie of the keys (``codes[key_start[k]:key_start[k + 1]]`` the columns of key ``k``), its
    states numbered as met, keys in order. Returns ``(n, first, sibling, column, end)``: state ``s``'s
    first child ``first[s]`` (-1: none), the next child of the same parent ``sibling[s]`` (children
    in the order they were made), the column that leads to ``s``, and the state key ``k`` ends at."""
    nkeys = key_start.shape[0] - 1
    cap = codes.shape[0] + 1
    first = np.full(cap, -1, dtype=np.int32)
    last = np.full(cap, -1, dtype=np.int32)
    sibling = np.full(cap, -1, dtype=np.int32)
    column = np.zeros(cap, dtype=np.int32)
    end = np.empty(nkeys, dtype=np.int32)
    n = 1
    for k in range(nkeys):
        s = 0
        for i in range(key_start[k], key_start[k + 1]):
            c = codes[i]
            t = _child(first, sibling, column, s, c)
            if t == -1:
                t = n
                n += 1
                column[t] = c
                if last[s] == -1:
                    first[s] = t
                else:
                    sibling[last[s]] = t
                last[s] = t
            s = t
        end[k] = s
    return n, first[:n].copy(), sibling[:n].copy(), column[:n].copy(), end


@_compiled
def failure_links(first, sibling, column, ends_start):
    """Breadth first over the trie (children in the order they were made): ``(order, depth, fail,
    outputs)``, the states in that order, each state's depth, failure state and number of keys it
    outputs (its own, ``ends_start``, and its failure state's)."""
    n = first.shape[0]
    order = np.empty(n, dtype=np.int32)
    depth = np.zeros(n, dtype=np.int32)
    fail = np.zeros(n, dtype=np.int32)
    outputs = np.zeros(n, dtype=np.int64)
    outputs[0] = ends_start[1] - ends_start[0]
    order[0] = 0
    head, tail = 0, 1
    while head < tail:
        s = order[head]
        head += 1
        t = first[s]
        while t != -1:
            c = column[t]
            depth[t] = depth[s] + 1
            if s != 0:
                f = fail[s]
                g = _child(first, sibling, column, f, c)
                while g == -1 and f != 0:
                    f = fail[f]
                    g = _child(first, sibling, column, f, c)
                fail[t] = g if g != -1 else 0
            outputs[t] = ends_start[t + 1] - ends_start[t] + outputs[fail[t]]
            order[tail] = t
            tail += 1
            t = sibling[t]
    return order, depth, fail, outputs


@_compiled
def output_keys(order, fail, ends_start, ends_key, out_start):
    """The keys each state outputs, states in ``order``: its own, then its failure state's."""
    out = np.empty(out_start[out_start.shape[0] - 1], dtype=np.int64)
    for i in range(order.shape[0]):
        p = out_start[i]
        x = order[i]
        while True:
            for j in range(ends_start[x], ends_start[x + 1]):
                out[p] = ends_key[j]
                p += 1
            if x == 0:
                break
            x = fail[x]
    return out


@_compiled
def dense_rows(order, n_dense, ncols, first, sibling, column, fail, new):
    """The transition rows of the first ``n_dense`` states of ``order`` (renumbered by ``new``): a
    state's row is its failure state's (shallower, so filled already), with its own children over it."""
    delta = np.zeros((n_dense, ncols), dtype=np.int32)
    for i in range(n_dense):
        s = order[i]
        if s != 0:
            delta[i, :] = delta[new[fail[s]], :]
        t = first[s]
        while t != -1:
            delta[i, column[t]] = new[t]
            t = sibling[t]
    return delta


@_compiled
def sparse_children(deep, first, sibling, column, new):
    """The children of each ``deep`` state, sorted by column: ``(start, columns, states)``, states
    renumbered by ``new``."""
    m = deep.shape[0]
    start = np.zeros(m + 1, dtype=np.int64)
    for d in range(m):
        count = 0
        t = first[deep[d]]
        while t != -1:
            count += 1
            t = sibling[t]
        start[d + 1] = start[d] + count
    cols = np.empty(start[m], dtype=np.int32)
    states = np.empty(start[m], dtype=np.int32)
    for d in range(m):
        p = start[d]
        t = first[deep[d]]
        while t != -1:
            # insertion sort by column (most deep states have one child)
            q = p
            while q > start[d] and cols[q - 1] > column[t]:
                cols[q] = cols[q - 1]
                states[q] = states[q - 1]
                q -= 1
            cols[q] = column[t]
            states[q] = new[t]
            p += 1
            t = sibling[t]
    return start, cols, states
