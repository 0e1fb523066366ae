#!/usr/bin/env python3
"""End-to-end tests of the tracker's `:` command line, driving the real binary in tmux.

1. `:export csv out.csv` after a filter writes exactly what `convoca export --format csv` writes
   for the same filter; Tab completes the command, the format and the file name.
2. `:import calls.csv` shows the dry run (added, rejected with its line); `y` adds the calls,
   `u` removes them again.
3. `n` on the dry run writes nothing (the data file's bytes are unchanged); a bad file and an
   unknown command give clear messages.

Run: CONVOCA_BIN=$(swift build --show-bin-path)/convoca python3 Tests/e2e/test_command_line.py
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
from tmux_harness import Session  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("CONVOCA_BIN", os.path.join(ROOT, ".build", "debug", "convoca"))
STATE = tempfile.mkdtemp(prefix="convoca-e2e-cmdline-state-")
ENV = {"CONVOCA_USER": "Laura Restrepo", "CONVOCA_TODAY": "2026-11-29", "SWIFT_BACKTRACE": "enable=no",
       "XDG_STATE_HOME": STATE, "XDG_CONFIG_HOME": STATE + "/config", "LANG": "C.UTF-8",
       "CONVOCA_LANG": "en"}
CLI_ENV = dict(os.environ, **ENV, NO_COLOR="1")

CSV = ("title,funder,deadline\n"
       "Ciudades verdes,BID,2027-03-15\n"
       "Movilidad,JICA,not a date\n"
       "Agua para Medellín,KfW,2027-05-01\n")


def cli(path, *args):
    p = subprocess.run([BIN, *args, "--file", path], capture_output=True, text=True, env=CLI_ENV, timeout=60)
    assert p.returncode == 0, f"{args}: {p.stderr}"
    return p.stdout


def new_file(*titles):
    d = tempfile.mkdtemp(prefix="convoca-e2e-cmdline-")
    path = os.path.join(d, "data.jsonl")
    for t in titles:
        cli(path, "add", "--title", t, "--kind", "grant", "--deadline", "2026-12-20", "--funder", "JICA")
    return d, path


def tracker(folder, path):
    s = Session([BIN, "--file", path], width=120, height=30, env=ENV, cwd=folder, name="cmdline")
    s.wait_for("Convoca")
    return s


def titles(path):
    return sorted(r["title"] for r in json.loads(cli(path, "list", "--json")))


def test_export_csv_equals_the_cli_export():
    folder, path = new_file("Premio Medellín a la Innovación", "URBACT Networks", "Medellín ciudad verde")
    with tracker(folder, path) as s:
        s.wait_for("URBACT Networks")
        s.send_keys("/")
        s.type("medellin")
        s.wait_for("2 of 3")
        s.send_keys("Enter")
        s.send_keys(":")
        s.type("exp")
        s.send_keys("Tab")                      # export
        s.send_keys("Tab")                      # csv (the first format)
        s.wait_until(lambda t: ":export csv" in t.screen_text(), what="the completed command")
        s.type("out.csv")
        s.send_keys("Enter")
        s.wait_for("Exported 2 calls to out.csv")
        s.send_keys("q")
        s.wait_for_exit()
    ours = open(os.path.join(folder, "out.csv"), "rb").read()
    theirs_path = os.path.join(folder, "cli.csv")
    cli(path, "export", "--format", "csv", "--output", theirs_path, "medellin")
    assert ours == open(theirs_path, "rb").read(), ours
    assert ours.count(b"\n") == 3, ours


def test_report_and_json_export_from_the_tracker():
    folder, path = new_file("Premio Medellín a la Innovación", "URBACT <script>x</script>", "Medellín ciudad verde")
    with tracker(folder, path) as s:
        s.wait_for("URBACT")
        s.send_keys("/")
        s.type("medellin")
        s.wait_for("2 of 3")
        s.send_keys("Enter")
        s.send_keys(":")
        s.type("report html informe.html")
        s.send_keys("Enter")
        s.wait_for("Wrote the report to informe.html")
        s.send_keys(":")
        s.type("export json todo.json")
        s.send_keys("Enter")
        s.wait_for("Exported 2 calls to todo.json")
        s.send_keys("q")
        s.wait_for_exit()
    html = open(os.path.join(folder, "informe.html"), encoding="utf-8").read()
    assert html.startswith("<!DOCTYPE html>") and "medellin" in html and "<script" not in html
    assert "· 2 calls" in html, "the report covers the screen's 2 calls"
    doc = json.load(open(os.path.join(folder, "todo.json"), encoding="utf-8"))
    assert doc["format"] == "convoca-export"
    assert sorted(r["title"] for r in doc["records"]) == ["Medellín ciudad verde", "Premio Medellín a la Innovación"]


def test_export_errors_are_clear():
    folder, path = new_file("One call")
    with tracker(folder, path) as s:
        s.send_keys(":")
        s.type("export csv /nonexistent-folder/x.csv")
        s.send_keys("Enter")
        s.wait_for("cannot write '/nonexistent-folder/x.csv'")
        os.mkdir(os.path.join(folder, "adir"))
        s.send_keys(":")
        s.type("export csv adir")
        s.send_keys("Enter")
        s.wait_for("cannot write 'adir'")
        s.send_keys(":")
        s.type("exprot csv a.csv")
        s.send_keys("Enter")
        s.wait_for("did you mean :export?")
        s.send_keys("Escape", "q")
        s.wait_for_exit()


def test_import_dry_run_then_y_then_undo():
    folder, path = new_file("Already here")
    with open(os.path.join(folder, "calls.csv"), "w", encoding="utf-8") as f:
        f.write(CSV)
    with tracker(folder, path) as s:
        s.wait_for("Already here")
        s.send_keys(":")
        s.type("import ca")
        s.send_keys("Tab")
        s.wait_until(lambda t: ":import calls.csv" in t.screen_text(), what="the completed file name")
        s.send_keys("Enter")
        s.wait_for("Import calls.csv?")
        text = s.screen_text()
        assert "would add 2, update 0, leave 0 unchanged, reject 1" in text, text
        assert "reject  line 3:" in text, text
        assert "Ciudades verdes" in text, text
        assert titles(path) == ["Already here"]     # the dry run wrote nothing
        s.send_keys("y")
        s.wait_for("Imported calls.csv: 2 added")
        assert titles(path) == ["Agua para Medellín", "Already here", "Ciudades verdes"]
        s.send_keys("u")
        s.wait_for("undone")
        assert titles(path) == ["Already here"]
        s.send_keys("q")
        s.wait_for_exit()


def test_import_n_writes_nothing_and_bad_files():
    folder, path = new_file("Already here")
    with open(os.path.join(folder, "calls.csv"), "w", encoding="utf-8") as f:
        f.write(CSV)
    with open(os.path.join(folder, "shapes.csv"), "w", encoding="utf-8") as f:
        f.write("colour,shape\nred,round\n")
    before = open(path, "rb").read()
    with tracker(folder, path) as s:
        s.send_keys(":")
        s.type("import calls.csv")
        s.send_keys("Enter")
        s.wait_for("Import calls.csv?")
        s.send_keys("n")
        s.wait_for("Import cancelled: nothing written.")
        s.send_keys(":")
        s.type("import shapes.csv")
        s.send_keys("Enter")
        s.wait_for("cannot import shapes.csv:")
        s.send_keys(":")
        s.type("import missing.csv")
        s.send_keys("Enter")
        s.wait_for("cannot read missing.csv")
        s.send_keys("q")
        s.wait_for_exit()
    assert open(path, "rb").read() == before


if __name__ == "__main__":
    runner.run(globals())
