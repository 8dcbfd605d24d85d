"""A one-rule pack written for a test (the matcher's behaviour on a pattern the built-in packs
do not have)."""

from pathlib import Path

from evidtriage.indicators.rules import load_pack


def one_rule_pack(folder: Path, patterns: str, condition: str, rule_id: str = "t.rule",
                  category: str = "deceptive_recruitment"):
    """``patterns``: the rule's pattern groups as YAML flow, e.g. ``{a: {regex: ['^urgent']}}``."""
    path = folder / f"{rule_id}.yaml"
    path.write_text(f"""
pack: {{id: test.{rule_id.replace('.', '_')}, version: "1", title: T, licence: CC0-1.0, languages: [en]}}
rules:
  - id: {rule_id}
    title: A test rule
    description: d
    category: {category}
    weight: 1
    languages: [en]
    references: [r]
    patterns: {patterns}
    condition: "{condition}"
    examples: {{match: {{en: ["a", "b"]}}, no_match: {{en: ["c", "d"]}}}}
""", encoding="utf-8")
    return load_pack(path)
