#!/usr/bin/env python3
"""The daily standup (issue 9, item 4), as one tmux session against the real binary.

Press 4, walk through two people with Tab (and back with Shift-Tab), add a note inline with
`n`, finish with `F` (confirmed with `y`), quit; then check through the command line that the
note is on the call, that `convoca standup --format md` now starts from the recorded standup,
and that the data file holds the standup line. Bad `convoca standup` inputs are refused with a
message and a non-zero exit, writing nothing.

Run: CONVOCA_BIN=path/to/convoca python3 Tests/e2e/test_standup.py
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
import test_tracker as tt  # noqa: E402
from tmux_harness import Session  # noqa: E402


def standup_file():
    path, ids = tt.new_file("Becas KOICA 2027", "Premio Medellín a la Innovación")
    koica, premio = ids
    tt.cli(path, "edit", koica, "--owner", "Ana María")
    tt.cli(path, "edit", premio, "--owner", "Laura Restrepo")
    return path, koica, premio


def run_cli(path, *args, env=None):
    return subprocess.run([tt.BIN, *args, "--file", path], capture_output=True, text=True,
                          env=env or tt.CLI_ENV, timeout=60)


def test_standup_walk_note_and_finish():
    path, koica, premio = standup_file()
    # Today (CONVOCA_TODAY) is Sunday 2026-11-29: with no standup yet, it starts on Friday.
    before = tt.cli(path, "standup")
    assert "since 2026-11-27 00:00" in before, before
    with Session([tt.BIN, "--file", path], width=120, height=30, env=tt.ENV, name="standup") as s:
        s.wait_for("Premio Medellín")
        s.send_keys("4")
        s.wait_for("person 1 of 2")
        assert "Ana María" in s.screen_text() and "Becas KOICA 2027" in s.screen_text(), s.screen_text()
        assert "this person" in s.screen_text()
        s.send_keys("Tab")
        s.wait_for("person 2 of 2")
        s.send_keys("BTab")
        s.wait_for("person 1 of 2")
        s.send_keys("Tab")
        s.wait_for("person 2 of 2")
        assert "Premio Medellín" in s.screen_text(), s.screen_text()
        # A note on Laura's selected call, inline.
        s.send_keys("n")
        s.type("decided in the standup: apply")
        s.send_keys("Enter")
        s.wait_for("noted: decided in the standup")
        # Finish: asked first, then recorded; the summary page shows.
        s.send_keys("F")
        s.wait_for("Finish the standup and record it?")
        s.send_keys("y")
        s.wait_for("Standup finished and recorded")
        s.send_keys("q")
        s.wait_for_exit()

    shown = json.loads(tt.cli(path, "show", premio, "--json"))
    notes = shown["notes"] if isinstance(shown, dict) else shown[0]["notes"]
    assert any(n["text"] == "decided in the standup: apply" and n["by"] == "Laura Restrepo" for n in notes), notes

    with open(path) as f:
        lines = [json.loads(l) for l in f if l.strip()]
    standups = [l for l in lines if l.get("op") == "standup" or "standup" in l]
    assert len(standups) == 1, lines
    body = standups[0].get("standup", standups[0])
    assert standups[0].get("by", body.get("by")) == "Laura Restrepo", standups[0]
    assert body.get("since", "").startswith("2026-11-27T00:00:00"), standups[0]

    md = tt.cli(path, "standup", "--format", "md")
    first = md.splitlines()[0]
    assert first.startswith("## Standup 2026-11-29, since ") and "2026-11-27" not in first, md
    # Nothing happened since the recorded standup: no one has activity left to report.
    assert "decided in the standup" not in md and "— added" not in md, md
    assert "### Ana María" in md and "### Summary" in md, md
    assert "- Moves: 0" in md, md


def test_standup_from_the_command_line():
    path, koica, premio = standup_file()
    text = tt.cli(path, "standup", "--since", "yesterday")
    assert text.startswith("Standup 2026-11-29, since 2026-11-28 00:00"), text
    md = tt.cli(path, "standup", "owner:ana", "--format", "md", "--since", "2026-11-01")
    assert "### Ana María" in md and "Laura Restrepo" not in md, md
    assert f"- `{koica}` Becas KOICA 2027 — added" in md, md
    done = tt.cli(path, "standup", "--finish")
    assert done.startswith("standup recorded at ") and "by Laura Restrepo" in done, done
    assert "covering since 2026-11-27 00:00" in done, done
    es = run_cli(path, "standup", env=dict(tt.CLI_ENV, CONVOCA_LANG="es"))
    assert es.returncode == 0 and es.stdout.startswith("Reunión diaria 2026-11-29, desde "), es.stdout


def test_bad_standup_inputs_are_refused_and_write_nothing():
    path, _, _ = standup_file()
    with open(path, "rb") as f:
        before = f.read()
    for args, says in [
        (["standup", "--since", "someday"], "--since 'someday'"),
        (["standup", "--format", "pdf"], "pdf"),
        (["standup", "--finish", "owner:ana"], "--finish takes no query"),
        (["standup", "--finish", "--format", "md"], "--finish prints no agenda"),
        (["standup", "--finish", "--since", "31/02/2026"], "--since '31/02/2026'"),
        (["standup", "stage:nowhere"], "nowhere"),
    ]:
        p = run_cli(path, *args)
        assert p.returncode != 0, (args, p.stdout)
        assert says in p.stderr, (args, p.stderr)
    with open(path, "rb") as f:
        assert f.read() == before


if __name__ == "__main__":
    runner.run(globals())
