#!/usr/bin/env python3
"""The officer's everyday (issue 8), as one tmux session against the real binary.

In one run of the tracker: add a likely duplicate through the form and see the warning (then
save it anyway); delete a call, confirm, and undo; archive a call and see it leave the default
list; run an OR query; choose a column that is not shown by default (the catalogue's
`beneficiary`). Then quit and check all of it through `convoca list --json` and the settings
file.

Run: CONVOCA_BIN=path/to/convoca python3 Tests/e2e/test_everyday.py
"""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
import test_tracker as tt  # noqa: E402
from tmux_harness import Session  # noqa: E402


def test_everyday_scenario_in_one_session():
    path, ids = tt.new_file("Premio Medellín a la Innovación", "URBACT Networks", "Chevening Scholarships")
    premio, urbact, chevening = ids
    tt.cli(path, "edit", premio, "--kind", "award", "--beneficiary", "Ruta N")
    state = tempfile.mkdtemp(prefix="convoca-e2e-everyday-state-")
    env = dict(tt.ENV, XDG_STATE_HOME=state)
    with Session([tt.BIN, "--file", path], width=140, height=32, env=env, name="everyday") as s:
        s.wait_for("Chevening Scholarships")

        # 1. A likely duplicate: the warning names the existing call; save it anyway.
        s.send_keys("a")
        s.wait_for("New opportunity")
        s.type("premio medellin a la innovacion")
        s.send_keys("C-s")
        s.wait_for("Likely a duplicate")
        assert premio in s.screen_text(), s.screen_text()
        s.send_keys("s")
        s.wait_for("4 of 4")

        # 2. Delete URBACT (the confirmation names it), then undo.
        s.send_keys("/")
        s.type("urbact")
        s.send_keys("Enter")
        s.wait_for("1 of 4")
        s.send_keys("D")
        s.wait_for("Delete 'URBACT Networks'? y/n")
        s.send_keys("y")
        s.wait_for("Deleted 'URBACT Networks'")
        s.wait_for("0 of 3")
        s.send_keys("u")
        s.wait_for("1 of 4")

        # 3. Archive Chevening: it leaves the default list; is:archived finds it.
        s.send_keys("/", "C-u")
        s.type("chevening")
        s.send_keys("Enter")
        s.wait_for("1 of 4")
        s.send_keys("X")
        s.wait_for("Archived 'Chevening Scholarships'")
        s.send_keys("/", "C-u", "Enter")
        s.wait_for("3 of 4")   # the archived call still counts in the total
        rows = [l for l in s.screen_text().splitlines() if "identified" in l]
        assert len(rows) == 3 and not any("Chevening" in l for l in rows), rows
        s.send_keys("/")
        s.type("is:archived")
        s.send_keys("Enter")
        s.wait_for("Chevening Scholarships")

        # 4. An OR query: the award or URBACT (the duplicate added in the form is of kind other).
        s.send_keys("/", "C-u")
        s.type("kind:award OR urbact")
        s.send_keys("Enter")
        s.wait_for("2 of 4")
        screen = s.screen_text()
        assert "URBACT Networks" in screen and "Premio Medellín" in screen, screen

        # 5. Choose columns: show the beneficiary (hidden by default), keep the choice.
        s.send_keys("/", "C-u", "Enter")
        s.send_keys("c")
        s.wait_for("[ ] beneficiary")
        lines = s.screen_text().splitlines()
        shown = sum(1 for l in lines if "[x]" in l)
        before = next(i for i, l in enumerate(lines) if "[ ] beneficiary" in l)
        first = next(i for i, l in enumerate(lines) if "[x]" in l)
        # Shown, then moved up to after the title (chosen columns give way from the end).
        s.send_keys(*["Down"] * (before - first), "Space", *["K"] * (before - first - 1), "Enter")
        s.wait_for("columns kept")
        s.wait_for("BENEFICIARY")
        assert "Ruta N" in s.screen_text(), s.screen_text()
        assert shown == 9, lines
        s.send_keys("q")
        s.wait_for_exit()

    # 6. Everything through the command line.
    every = {r["id"]: r for r in json.loads(tt.cli(path, "list", "is:archived OR -is:archived", "--json"))}
    titles = sorted(r["title"] for r in every.values())
    assert titles == ["Chevening Scholarships", "Premio Medellín a la Innovación", "URBACT Networks",
                      "premio medellin a la innovacion"], titles
    assert every[chevening]["archived"] is True and every[urbact]["archived"] is False
    default = [r["id"] for r in json.loads(tt.cli(path, "list", "--json"))]
    assert chevening not in default and urbact in default and len(default) == 3, default
    ors = sorted(r["id"] for r in json.loads(tt.cli(path, "list", "kind:award", "OR", "urbact", "--json")))
    assert ors == sorted([premio, urbact]), ors
    with open(os.path.join(state, "convoca", "ui.json")) as f:
        assert "beneficiary" in f.read()


if __name__ == "__main__":
    runner.run(globals())
