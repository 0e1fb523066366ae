#!/usr/bin/env python3
"""The dashboard (3) and `convoca report` (issue 9), against the real binary.

In the tracker: open the dashboard, select "due in 7 days", press Enter, and check that the
list shows exactly those calls and the filter bar shows the query; Esc comes back to the
dashboard with the filter before. On the command line: `report --format json|md|text`, and
a bad period, format or query refused with a message and a non-zero exit.

Run: CONVOCA_BIN=path/to/convoca python3 Tests/e2e/test_dashboard.py
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
import test_tracker as tt  # noqa: E402
from tmux_harness import Session  # noqa: E402

# CONVOCA_TODAY is Sunday 2026-11-29: due in 7 days is 29 November to 5 December.
CALLS = [
    ("Fondo Verde Ciudades", "2026-12-01", "Ana Gómez"),
    ("Becas Chevening Urbanas", "2026-12-05", "Luis Pérez"),
    ("URBACT Red de Innovación", "2026-12-20", "Ana Gómez"),
    ("Premio Ciudades Seguras", "2026-12-02", "Luis Pérez"),
    ("KOICA Movilidad", "2026-12-06", "Ana Gómez"),
]


def make_file():
    d = tempfile.mkdtemp(prefix="convoca-e2e-dash-")
    path = os.path.join(d, "data.jsonl")
    ids = []
    for title, due, owner in CALLS:
        ids.append(tt.cli(path, "add", "--title", title, "--kind", "grant", "--deadline", due, "--owner", owner,
                          "--amount", "100000", "--currency", "USD").strip())
    tt.cli(path, "move", ids[3], "won")  # due in 7 days, but no longer open
    return path, ids


def run(path, *args):
    return subprocess.run([tt.BIN, *args, "--file", path], capture_output=True, text=True, env=tt.CLI_ENV,
                          timeout=60)


def figure_order(report):
    """The figures in the order the dashboard's cursor walks them (PipelineReport.allFigures)."""
    out = [s["figure"]["id"] for s in report["stages"]]
    out += [report["winRate"][k]["id"] for k in ("won", "lost", "decided")]
    out += [y["figure"]["id"] for y in report["wonPerYear"]]
    for g in report["byArea"] + report["byKind"]:
        out += [g["won"]["id"], g["open"]["id"]]
    for o in report["owners"]:
        out += [o["open"]["id"], o["dueThisWeek"]["id"], o["won"]["id"]]
    d = report["deadlines"]
    out += [d[k]["id"] for k in ("next7Days", "next30Days", "overdue", "stale")]
    return out


def test_drill_into_due_in_7_days_and_back():
    path, ids = make_file()
    report = json.loads(run(path, "report", "--format", "json").stdout)
    due7 = report["deadlines"]["next7Days"]
    assert due7["query"] == "is:open due<7d" and due7["count"] == 2, due7
    steps = figure_order(report).index("due7")
    with Session([tt.BIN, "--file", path], width=100, height=30, env=tt.ENV, name="dash") as s:
        s.wait_for("Fondo Verde")
        s.send_keys("3")
        s.wait_for("Period: this year (2026)")
        s.wait_for("due in 7 days")
        for _ in range(steps):
            s.send_keys("j")
        s.send_keys("Enter")
        s.wait_for("is:open due<7d")
        s.wait_for("2 of 5")
        screen = s.screen_text()
        rows = [l for l in screen.splitlines()[3:] if "grant" in l]
        titles = sorted(t for t, _, _ in CALLS if any(t[:14] in l for l in rows))
        assert titles == ["Becas Chevening Urbanas", "Fondo Verde Ciudades"], screen
        s.send_keys("Escape")
        s.wait_for("Period: this year (2026)")
        s.wait_for("5 of 5")
        assert "is:open due<7d" not in s.screen_text().splitlines()[1], s.screen_text()
        s.send_keys("q")
        s.wait_for_exit()
    # The list the drill-down showed is what `list` finds with the same query.
    listed = json.loads(tt.cli(path, "list", "is:open", "due<7d", "--json"))
    assert sorted(r["title"] for r in listed) == ["Becas Chevening Urbanas", "Fondo Verde Ciudades"], listed


def test_report_formats():
    path, ids = make_file()
    j = json.loads(run(path, "report", "--format", "json").stdout)
    assert j["currency"] == "USD" and j["calls"] == 5, j
    stages = {s["stage"]: s for s in j["stages"]}
    assert stages["identified"]["figure"]["count"] == 4
    assert stages["identified"]["figure"]["total"]["converted"] == "400000" or \
        float(stages["identified"]["figure"]["total"]["converted"]) == 400000
    assert stages["identified"]["weighted"]["converted"] in ("40000", 40000) or \
        float(stages["identified"]["weighted"]["converted"]) == 40000
    assert j["winRate"]["byCount"] is not None and j["winRate"]["won"]["query"] == "stage:won decided:2026"
    for key in ("unconverted", "partial", "missingRates", "currency", "converted"):
        assert key in stages["won"]["figure"]["total"], key
    owners = {o["owner"]: o for o in j["owners"]}
    assert owners["Ana Gómez"]["open"]["query"] == 'owner="Ana Gómez" is:open', owners
    # Filtered: every query carries the filter.
    f = json.loads(run(path, "report", "owner:luis", "--format", "json").stdout)
    assert f["calls"] == 2 and f["deadlines"]["next7Days"]["query"] == "owner:luis is:open due<7d", f
    md = run(path, "report", "--format", "md", "--period", "all")
    assert md.returncode == 0 and md.stdout.startswith("# Pipeline report — all time"), md.stdout
    assert "| stage | calls |" in md.stdout and "`stage:applied`" in md.stdout, md.stdout
    text = run(path, "report", "--period", "12m")
    assert text.returncode == 0 and "last 12 months" in text.stdout and "Win rate" in text.stdout, text.stdout
    es = subprocess.run([tt.BIN, "report", "--file", path], capture_output=True, text=True,
                        env=dict(tt.CLI_ENV, CONVOCA_LANG="es"), timeout=60)
    assert es.returncode == 0 and "Etapas" in es.stdout, es.stdout


def test_report_bad_input():
    path, _ = make_file()
    before = open(path).read()
    for args, needle in [
        (["--period", "soon"], "unknown period 'soon'"),
        (["--period", "202"], "unknown period '202'"),
        (["--format", "xml"], "unknown format 'xml'"),
        (["kind:"], "needs a value"),
        (["stage:wonn"], "unknown value 'wonn'"),
    ]:
        p = run(path, "report", *args)
        assert p.returncode != 0 and needle in p.stderr, (args, p.returncode, p.stderr)
        assert p.stdout == "", p.stdout
    assert open(path).read() == before


if __name__ == "__main__":
    runner.run(globals())
