"""The built-in plain-text parser: any common encoding, never a crash on bad bytes."""

from hypothesis import HealthCheck, given, settings, strategies as st

from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

TEXT = Plugins((), entry_points=False).parser("text")


FRENCH = ("Le recruteur a promis un emploi en Malaisie. Il a gardé les passeports à l'agence. "
          "Les travailleurs étaient payés très peu, après des mois sans salaire.")
RUSSIAN = "Привет, это сообщение о работе за границей, паспорт нужно оставить у агента."


def test_encodings(tmp_path):
    cases = {
        "utf8.txt": "দালাল পাসপোর্ট free visa".encode("utf-8"),
        "bom.txt": "\ufeffবিকাশ".encode("utf-8"),
        "utf16.txt": "পাসপোর্ট জমা".encode("utf-16"),
        "cp1252.txt": FRENCH.encode("cp1252"),
        "cp1251.txt": RUSSIAN.encode("cp1251"),
    }
    want = {"utf8.txt": "দালাল পাসপোর্ট free visa", "bom.txt": "বিকাশ", "utf16.txt": "পাসপোর্ট জমা",
            "cp1252.txt": FRENCH, "cp1251.txt": RUSSIAN}
    for name, data in cases.items():
        p = tmp_path / name
        p.write_bytes(data)
        run = run_parser(TEXT, p, media_type="text/plain")
        assert run.status == "parsed", (name, run.reason)
        assert run.artifacts[0].text == want[name]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000))
def test_random_bytes_never_crash(tmp_path, data):
    p = tmp_path / "r.txt"
    p.write_bytes(data)
    run = run_parser(TEXT, p, media_type="text/plain")
    assert run.status in ("parsed", "partial", "skipped", "not examined")
    assert run.reason
