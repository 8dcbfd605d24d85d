"""Tests about the docs: every findings.json field and every command is documented."""

import re

import pytest

from evidtriage.cli.main import app

from conftest import REPO, load_findings, write_tree

FINDINGS_DOC = (REPO / "docs" / "findings.md").read_text(encoding="utf-8")


def field_names(obj, prefix=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            if k not in ("packages",):  # package names are data, not fields
                yield from field_names(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from field_names(v)


def test_every_findings_field_is_documented(tmp_path, cli):
    src = write_tree(tmp_path / "src", n_files=3)
    assert cli("triage", src, "--case", tmp_path / "case", "--examiner", "A").exit_code == 0
    findings = load_findings(tmp_path / "case")
    documented = set(re.findall(r"`([a-z_0-9][a-z_0-9 ]*)`", FINDINGS_DOC))
    missing = sorted(set(field_names(findings)) - documented)
    assert not missing, f"fields missing from docs/findings.md: {missing}"


def all_commands(group, prefix=()):
    import typer.main

    cmd = typer.main.get_command(group)
    stack = [(prefix, cmd)]
    while stack:
        path, c = stack.pop()
        subs = getattr(c, "commands", None)
        if subs:
            for name, sub in subs.items():
                stack.append((path + (name,), sub))
        else:
            yield path, c


@pytest.mark.parametrize("path,command", sorted(all_commands(app), key=lambda x: x[0]), ids=lambda x: " ".join(x) if isinstance(x, tuple) else "")
def test_every_command_has_help(path, command, cli):
    assert command.help and command.help.strip(), f"{' '.join(path)} has no help"
    for p in command.params:
        if p.param_type_name == "option" and p.name != "help":
            assert p.help, f"option {p.name} of {' '.join(path)} has no help"
    r = cli(*path, "--help")
    assert r.exit_code == 0 and "Usage" in r.stdout


def test_cli_reference_matches_the_commands():
    """docs/cli.md is generated; regenerate with: python -m evidtriage.cli.reference > docs/cli.md"""
    from evidtriage.cli.reference import reference

    assert (REPO / "docs" / "cli.md").read_text(encoding="utf-8") == reference()


GUIDES = ("README.md", "docs/officer-guide.md", "docs/prosecutor-guide.md", "docs/plugins.md", "docs/rules.md",
          "docs/custody.md", "docs/lab-guide.md")


def _documented_command_lines():
    for name in GUIDES:
        text = (REPO / name).read_text(encoding="utf-8")
        for block in re.findall(r"```[a-z]*\n(.*?)```", text, re.S):
            joined = re.sub(r"\\\n\s*", " ", block)
            for line in joined.splitlines():
                line = line.split("#")[0].strip().removeprefix("$ ")
                if line.startswith("evidtriage "):
                    yield name, line


@pytest.mark.parametrize("doc,line", list(_documented_command_lines()))
def test_commands_in_the_guides_exist_with_their_options(doc, line):
    """Every `evidtriage ...` line in a guide's code block names a real command and real options."""
    import typer.main

    commands = {" ".join(p): c for p, c in all_commands(app)}
    words = line.split()[1:]
    for i in range(min(2, len(words)), 0, -1):
        if " ".join(words[:i]) in commands:
            cmd = commands[" ".join(words[:i])]
            break
    else:
        pytest.fail(f"{doc}: no such command in {line!r}")
    known = {o for p in cmd.params for o in (*p.opts, *p.secondary_opts)}
    for opt in re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", line):
        assert opt in known, f"{doc}: {opt} is not an option of `evidtriage {cmd.name}` in {line!r}"


#: Words that speak of work to come: help describes what exists today.
_FUTURE = re.compile(r"\b(?:arrives?|arriving|coming|will (?:be|come|arrive)|not (?:yet )?(?:implemented|available)"
                     r"|planned|later (?:issue|version)|in a future|TODO)\b|\bwith the \w+ issue\b", re.I)


def test_no_help_text_speaks_of_future_work():
    """Issue 17 item 18: every command's and option's help says what exists, never what will."""
    from evidtriage.cli.reference import reference

    text = reference()
    found = sorted({m.group(0) for m in _FUTURE.finditer(" ".join(text.split()))})
    assert not found, f"help text speaks of future work: {found}"
