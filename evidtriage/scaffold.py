"""Skeletons for plugin and rule authors: ``plugins new NAME`` and ``rules new ID``.

What is written works as it stands (the parser reads its sample, its tests pass, the rule's
examples behave as written) so that an author starts from something green and changes it. Files
that exist are never overwritten.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import UserError
from .plugin_api import VERSION

_NAME = re.compile(r"[a-z][a-z0-9_]{1,40}\Z")
_RULE_ID = re.compile(r"[a-z][a-z0-9_]*\.[a-z0-9_.]+\Z")

_PARSER = '''"""{title}: a parser plugin for evidtriage.

Written by ``evidtriage plugins new {name}``. The API is documented in evidtriage's
docs/plugins.md; everything a plugin may use is in ``evidtriage.plugin_api``.
"""

from datetime import datetime

from evidtriage.plugin_api import MessageArtifact, NotMyFormat, ParseError, Parser, hookimpl

#: The plugin API versions this plugin works with (PEP 440 range); a module without it is not loaded.
EVIDTRIAGE_API = ">={major}.0,<{next_major}"


class {cls}(Parser):
    NAME = "{name}"
    VERSION = "0.1.0"  # change it whenever what the parser yields changes
    DESCRIPTION = "{title} (one message a line: DATE TIME|SENDER|TEXT)."
    FILENAME_PATTERNS = ("*.{ext}",)  # glob, case-insensitive; see docs/plugins.md
    TIMEOUT = 60

    @classmethod
    def can_parse(cls, head, file):
        return b"|" in head[:4096]  # a cheap look at the first bytes

    def parse(self, file, stream, ctx):
        try:
            text = stream.read().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ParseError(f"not UTF-8 at byte {{exc.start}}") from None
        if not text.strip():
            raise NotMyFormat()
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            when, sender, body = (line.split("|", 2) + ["", ""])[:3]
            try:
                written = datetime.strptime(when.strip(), "%Y-%m-%d %H:%M")  # no zone: the core applies --timezone
            except ValueError:
                raise ParseError(f"line {{number}}: {{when.strip()!r}} is not a time (YYYY-MM-DD HH:MM)") from None
            yield MessageArtifact(text=body, conversation=f"{name}:{{file.name}}", sender=sender.strip(),
                                  timestamp=written, time_as_written=when.strip(), line=number)


@hookimpl
def register_parsers():
    return [{cls}]
'''

_SAMPLE = '''2024-01-12 10:02|Rahim Agent|Malaysia factory job, free visa, no experience needed
2024-01-12 10:07|Rahim Agent|passport amar kache jama rakhte hobe
2024-01-12 10:09|Karim|ok bhai
'''

_TEST = '''"""Tests of the {name} parser, with evidtriage's test kit (run: python -m pytest {folder})."""

from pathlib import Path

from evidtriage.testing import run_parser

from {module} import {cls}

SAMPLE = Path(__file__).parent / "sample.{ext}"


def test_every_line_is_a_message_with_its_time():
    run = run_parser({cls}, SAMPLE, timezone="Asia/Dhaka")
    assert run.status == "parsed", run.reason
    first = run.artifacts[0]
    assert (first.sender, first.text) == ("Rahim Agent", "Malaysia factory job, free visa, no experience needed")
    assert first.timestamp == "2024-01-12T04:02:00Z" and first.zone_assumed  # 10:02 in Dhaka is 04:02 UTC
    assert len(run.artifacts) == 3


def test_without_a_zone_the_time_is_kept_as_written():
    run = run_parser({cls}, SAMPLE)
    assert run.artifacts[0].timestamp is None and run.artifacts[0].time_as_written == "2024-01-12 10:02"


def test_a_damaged_line_is_reported_and_what_came_before_is_kept(tmp_path):
    f = tmp_path / "broken.{ext}"
    f.write_text("2024-01-12 10:02|A|hello\\nnot a time|B|x\\n", encoding="utf-8")
    run = run_parser({cls}, f)
    assert run.status == "partial" and "line 2" in run.reason and len(run.artifacts) == 1
'''

_README = '''# {name}: an evidtriage parser plugin

- `{module}.py`: the plugin (it declares `EVIDTRIAGE_API`; files without it, such as the tests,
  are not loaded as plugins).
- `sample.{ext}`: a sample file it reads.
- `test_{module}.py`: its tests, with evidtriage's test kit: `python -m pytest {folder}`.

Try it: `evidtriage plugins list --plugins-dir {folder}`, then
`evidtriage plugins explain {folder}/sample.{ext} --plugins-dir {folder}`, then a triage with
`--plugins-dir {folder}`. The API is in evidtriage's `docs/plugins.md`.
'''


def new_plugin(name: str, folder: str | Path) -> list[Path]:
    """Write a parser plugin named ``name`` in ``folder``: the module, a sample, its tests, a README."""
    if not _NAME.match(name):
        raise UserError(f"plugin name {name!r} must be 2-41 lower-case letters, digits or '_', starting with a letter")
    out = Path(folder)
    module = name
    ext = name.replace("_", "")[:8]
    cls = "".join(part.capitalize() for part in name.split("_")) + "Parser"
    major = int(VERSION.split(".")[0])
    values = {"name": name, "title": name.replace("_", " ").capitalize() + " export", "cls": cls, "ext": ext,
              "module": module, "folder": str(out), "major": major, "next_major": major + 1}
    files = {out / f"{module}.py": _PARSER.format(**values), out / f"sample.{ext}": _SAMPLE,
             out / f"test_{module}.py": _TEST.format(**values), out / "README.md": _README.format(**values)}
    return _write(files)


_RULE = '''# A rule pack written by `evidtriage rules new {rule_id}`. The fields are explained in
# evidtriage's docs/rules.md; `evidtriage rules lint {path}` and `evidtriage rules test {path}`
# check it; `--rules {path}` uses it in a scan.
pack:
  id: {pack_id}
  version: 0.1.0
  title: {title}
  licence: CC-BY-4.0
  languages: [en, bn, bn-Latn]
  description: >
    What this pack covers, for the prosecutor who reads the report.

rules:
  - id: {rule_id}
    title: {title}
    description: What the indicator is, in one or two sentences a prosecutor can read.
    category: {category}
    weight: 2
    weight_reason: Why this weight, against the published indicator.
    languages: [en, bn, bn-Latn]
    references:
      - "The published indicator this rule comes from (author, year, title, section)"
    patterns:
      job:
        keywords: [job, কাজ, kaj]
      abroad:
        keywords: [abroad, bidesh, বিদেশ*]
    condition: job near abroad within 4 words
    examples:
      match:
        en: ["good job abroad for you", "a job waiting abroad"]
        bn: ["বিদেশে ভালো কাজ আছে", "কাজ বিদেশে"]
        bn-Latn: ["bidesh e bhalo kaj ase", "kaj bidesh e"]
      no_match:
        en: ["good job today", "I am abroad now"]
        bn: ["আজ কাজ শেষ", "আমি এখন বিদেশে"]
        bn-Latn: ["aj kaj shesh", "ami ekhon bidesh e"]
'''


def new_rule(rule_id: str, folder: str | Path, category: str = "deceptive_recruitment") -> list[Path]:
    """Write a rule pack holding one rule ``rule_id`` (``prefix.name``) in ``folder``."""
    from .indicators.rules import CATEGORIES

    if not _RULE_ID.match(rule_id):
        raise UserError(f"rule id {rule_id!r} must be 'prefix.name' in lower-case letters, digits and '_'")
    if category not in CATEGORIES:
        raise UserError(f"category {category!r} is not one of: {', '.join(sorted(CATEGORIES))}")
    path = Path(folder) / f"{rule_id.replace('.', '-')}.yaml"
    title = rule_id.split(".", 1)[1].replace("_", " ").capitalize()
    text = _RULE.format(rule_id=rule_id, pack_id=f"local.{rule_id.split('.', 1)[0]}", title=title,
                        category=category, path=path)
    return _write({path: text})


def _write(files: dict[Path, str]) -> list[Path]:
    taken = [str(p) for p in files if p.exists()]
    if taken:
        raise UserError(f"not overwritten: {', '.join(taken)} already exists")
    for p in files:
        p.parent.mkdir(parents=True, exist_ok=True)
    for p, text in files.items():
        p.write_text(text, encoding="utf-8")
    return list(files)
