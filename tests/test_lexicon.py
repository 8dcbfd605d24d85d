"""Shared concept word lists (``*.lexicon.yaml``): a pattern group's ``lexicon: [...]`` takes in a
concept's words, "@name" takes in another concept, and every mistake names its file and line."""

import pytest

from evidtriage.indicators.lint import lint
from evidtriage.indicators.matcher import Matcher
from evidtriage.indicators.rules import RuleLoadError, load_pack, load_packs, pack_files

LEXICON = """lexicon:
  kin: [bhagni, "ভাগ্নি", mother]
  harm: [kill, "মেরে ফেলব"]
  family_threat: ["@kin", "@harm"]
  spare: [nothing]
"""

PACK = """pack: {{id: t, version: "1", title: t, licence: x, languages: [en], lexicon: {lexicon}}}
rules:
  - id: thr.t
    title: t
    category: threats_and_coercion
    weight: 4
    references: [x]
    languages: [en]
    patterns:
      who: {{lexicon: [kin], keywords: [your sister]}}
      what: {{lexicon: [{concept}]}}
    condition: who near what within 4 words
"""


def write(tmp_path, concept="harm", lexicon="words.lexicon.yaml", text=LEXICON):
    (tmp_path / "words.lexicon.yaml").write_text(text, encoding="utf-8")
    p = tmp_path / "pack.yaml"
    p.write_text(PACK.format(lexicon=lexicon, concept=concept), encoding="utf-8")
    return p


def test_a_group_takes_in_its_concepts_words(tmp_path):
    pack = load_pack(write(tmp_path))
    who, what = pack.rules[0].groups
    assert who.keywords == ("your sister", "bhagni", "ভাগ্নি", "mother")
    assert what.keywords == ("kill", "মেরে ফেলব")
    assert pack.lexicon.concepts["family_threat"] == ("bhagni", "ভাগ্নি", "mother", "kill", "মেরে ফেলব")
    m = Matcher([pack])
    # the concept's words are keywords: other forms included (bhagnike, ভাগ্নিকে)
    assert [h.rule_id for h in m.match("tor bhagnike kill korbo").hits] == ["thr.t"]
    assert [h.rule_id for h in m.match("তোর ভাগ্নিকে মেরে ফেলব").hits] == ["thr.t"]
    assert m.match("bhagni said the new game has a boss you kill at the end").hits == ()  # not within 4
    assert m.match("my mother said hello").hits == ()


def test_the_pack_digest_follows_its_lexicon(tmp_path):
    before = load_pack(write(tmp_path)).sha256
    after = load_pack(write(tmp_path, text=LEXICON.replace("kill,", "kill, murder,"))).sha256
    assert before != after


def test_a_folder_of_packs_leaves_its_lexicons_out(tmp_path):
    write(tmp_path)
    assert [p.name for p in pack_files([tmp_path])] == ["pack.yaml"]
    assert [p.id for p in load_packs([tmp_path])] == ["t"]
    with pytest.raises(RuleLoadError, match="is a lexicon"):
        load_pack(tmp_path / "words.lexicon.yaml")


@pytest.mark.parametrize("concept, lexicon, text, message", [
    ("nope", "words.lexicon.yaml", LEXICON, r"pack.yaml:\d+: rule 'thr.t', group 'what': concept 'nope' is not in"),
    ("harm", "missing.lexicon.yaml", LEXICON, r"pack.yaml:1: lexicon 'missing.lexicon.yaml' not found"),
    ("harm", "words.lexicon.yaml", LEXICON + "  loop: ['@loop2']\n  loop2: ['@loop']\n",
     r"words.lexicon.yaml:\d+: concepts take each other in: loop -> loop2 -> loop"),
    ("harm", "words.lexicon.yaml", LEXICON + "  bad: ['@absent']\n",
     r"words.lexicon.yaml:6: concept 'bad' takes in '@absent', which the lexicon does not define"),
    ("harm", "words.lexicon.yaml", LEXICON + "  empty: []\n", r"words.lexicon.yaml:6: concept 'empty' has no words"),
    ("harm", "words.lexicon.yaml", "lexicon: [a, b]\n", r"words.lexicon.yaml:1: a lexicon file needs"),
    # two branches that each add a concept of one name: YAML would keep the second and drop the first
    ("harm", "words.lexicon.yaml", LEXICON + "  harm: ['other']\n",
     r"words.lexicon.yaml:6: invalid YAML: 'harm' is given twice in one mapping \(first at line \d+\)"),
])
def test_lexicon_mistakes_name_file_and_line(tmp_path, concept, lexicon, text, message):
    with pytest.raises(RuleLoadError, match=message):
        load_pack(write(tmp_path, concept=concept, lexicon=lexicon, text=text))


def test_a_group_naming_concepts_needs_a_lexicon(tmp_path):
    p = write(tmp_path)
    p.write_text(p.read_text().replace(", lexicon: words.lexicon.yaml", ""))
    with pytest.raises(RuleLoadError, match="names lexicon concepts, but the pack's header names no lexicon"):
        load_pack(p)


def test_lint_reports_unknown_and_unused_concepts(tmp_path):
    found = {(pr.check, pr.severity, pr.where.rsplit("/", 1)[-1]) for pr in lint([write(tmp_path)])}
    # family_threat takes in kin and harm, but no group names it: it and spare are unused
    assert ("unused-concept", "warning", "words.lexicon.yaml:4") in found
    assert ("unused-concept", "warning", "words.lexicon.yaml:5") in found
    assert not [f for f in found if f[0] == "unused-concept" and f[2].endswith((":2", ":3"))]
    problems = lint([write(tmp_path, concept="nope")])
    assert [(p.check, p.severity) for p in problems if "concept 'nope'" in p.message] == [("load", "error")]
