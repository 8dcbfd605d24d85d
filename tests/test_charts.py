"""The report's offline pictures: activity over time, entity link graph, GPS map."""

import hashlib
import re

from evidtriage.reports.charts import DATA, activity_svg, gps_map_svg, link_graph_svg

EVIL = '<script>alert(1)</script>"&'


def _msg(ts, conv, hit=False):
    return {"timestamp": ts, "conversation": conv, "hits": [{"rule_id": "r"}] if hit else []}


def test_activity_counts_messages_and_hits_per_day_per_conversation():
    msgs = [_msg("2024-01-12T04:00:00Z", "Rahim", True), _msg("2024-01-12T05:00:00Z", "Rahim"),
            _msg("2024-01-14T05:00:00Z", EVIL), _msg(None, "Rahim")]
    svg = str(activity_svg(msgs, [{"conversation": "Rahim"}, {"conversation": EVIL}]))
    titles = re.findall(r"<title>([^<]*)</title>", svg)
    assert "All conversations: 2024-01-12: 2 messages, 1 with hits" in titles
    assert "Rahim: 2024-01-12: 2 messages, 1 with hits" in titles
    assert any(t.endswith("2024-01-14: 1 messages, 0 with hits") for t in titles)
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert svg.count('fill="#b3261e"') == 2  # the hit, in the case row and in Rahim's row
    assert activity_svg([_msg(None, "x")], []) is None


def test_long_spans_are_binned_by_week():
    msgs = [_msg(f"2024-{m:02d}-01T00:00:00Z", "a") for m in range(1, 13)]
    assert "Messages per week" in str(activity_svg(msgs, []))


def test_link_graph_joins_entities_to_every_file_they_are_in():
    ents = [{"type": "mfs_account", "value": "+8801712345678",
             "occurrences": [{"file": "chat.txt"}, {"file": "shot.png"}, {"file": "chat.txt"}]},
            {"type": "phone", "value": EVIL, "occurrences": [{"file": "a"}, {"file": "b"}]},
            {"type": "phone", "value": "+8801911111111", "occurrences": [{"file": "only-one"}]}]
    svg = str(link_graph_svg(ents))
    assert svg.count("<line") == 4  # two files each for the two linked entities
    assert "only-one" not in svg and "<script>" not in svg
    assert link_graph_svg(ents[2:]) is None


def test_gps_map_draws_points_over_shipped_country_outlines():
    svg = str(gps_map_svg([{"lat": 23.8103, "lon": 90.4125, "label": EVIL},
                           {"lat": 3.139, "lon": 101.6869, "label": "KL"}, {"lat": None, "lon": 1}]))
    assert svg.count("<circle") == 2
    names = re.findall(r"<path [^>]*><title>([^<]*)</title>", svg)
    assert {"Bangladesh", "Malaysia", "India"} <= set(names)
    assert "Brazil" not in names  # only the region around the points
    assert "<script>" not in svg
    assert gps_map_svg([]) is None


def test_country_outlines_are_the_recorded_natural_earth_file():
    digest = hashlib.sha256((DATA / "countries-50m.json").read_bytes()).hexdigest()
    assert digest == "04342cdc1e3016bcd7db1630de95684d67b79fe3c8c460321e87aef469502394"
    assert "Natural Earth" in (DATA / "NOTICE").read_text()
