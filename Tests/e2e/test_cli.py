#!/usr/bin/env python3
"""End-to-end tests of the `convoca` command line against the real binary.

Covers add → list → move → show, every bad input of the core issue (clear message, non-zero
exit, file unchanged), torn-tail recovery, mid-file corruption, a future format, a lock held
elsewhere, a lock holder killed with SIGKILL, a real file-size limit, and two then four processes writing one file at once.

Run: python3 Tests/e2e/test_cli.py [path/to/convoca]   (default .build/debug/convoca)
"""
import hashlib
import json
import os
import re
import subprocess
import stat
import sys
import tempfile
import fcntl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = (sys.argv[1] if len(sys.argv) > 1 else None) or os.environ.get("CONVOCA_BIN") or os.path.join(
    ROOT, ".build", "debug", "convoca")
# The scripts assert English messages: the language is pinned, whatever the caller's LANG
# (the number and date style still follow LANG where a test sets it).
ENV = dict(os.environ, CONVOCA_USER="Laura Restrepo", CONVOCA_TODAY="2026-11-29", NO_COLOR="1",
           SWIFT_BACKTRACE="enable=no", COLUMNS="160", XDG_CONFIG_HOME="/nonexistent-convoca-config",
           CONVOCA_LANG="en")

def run(*args, env=None, check=None, stdin=None):
    p = subprocess.run([BIN, *args], capture_output=True, text=True, env=env or ENV, input=stdin, timeout=60)
    if check is True:
        assert p.returncode == 0, f"{args} failed ({p.returncode}): {p.stderr}"
    return p

def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()

class Fixture:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="convoca-e2e-")
        self.path = os.path.join(self.dir, "data.jsonl")

    def cli(self, *args, **kw):
        return run(*args, "--file", self.path, **kw)

    def add(self, title, *extra):
        p = self.cli("add", "--title", title, *extra, check=True)
        out = p.stdout.strip()
        assert re.fullmatch(r"[0-9a-z]{8}", out), f"add printed {out!r}"
        return out

    def records(self, *query):
        return json.loads(self.cli("list", *query, "--json", check=True).stdout)

# ---------------------------------------------------------------------------------------

def test_add_list_move_show():
    f = Fixture()
    i = f.add("Horizon Europe: Cities Mission", "--kind", "grant", "--funder", "European Commission",
              "--program", "Horizon Europe", "--country", "EU", "--area", "innovation", "--deadline", "2026-12-15",
              "--decision", "2027-03-01", "--amount", "250k", "--currency", "EUR", "--probability", "40",
              "--tag", "climate", "--tag", "mission", "--url", "https://ec.europa.eu/x", "--contact", "desk@ec.eu",
              "--description", "Net-zero cities.\nSecond line.")
    j = f.add("Premio Medellín Educación", "--kind", "award", "--amount", "10000 USD")
    out = f.cli("list", check=True).stdout
    assert "Horizon Europe: Cities Mission" in out and "Premio Medellín Educación" in out
    assert "2026-12-15 (16d)" in out and "250,000 EUR" in out
    # Accent-insensitive, prefix ids, JSON field names.
    assert [r["id"] for r in f.records("medellin educacion")] == [j]
    recs = f.records("id:" + i[:4])
    assert recs[0]["amount"] == {"value": 250000, "currency": "EUR"}
    assert recs[0]["tags"] == ["climate", "mission"] and recs[0]["deadline"] == "2026-12-15"
    assert recs[0]["owner"] == "Laura Restrepo" and recs[0]["probability"] == 40
    f.cli("move", i[:5], "applied", "--note", "sent on time", check=True)
    f.cli("note", i, "Called the NCP", check=True)
    shown = json.loads(f.cli("show", i, "--json", check=True).stdout)
    assert shown["stage"] == "applied"
    h = shown["history"][-1]
    assert (h["from"], h["to"], h["by"], h["note"]) == ("identified", "applied", "Laura Restrepo", "sent on time")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", h["at"])
    assert shown["notes"][0]["text"] == "Called the NCP"
    f.cli("move", i, "won", check=True)
    won = json.loads(f.cli("show", i, "--json", check=True).stdout)
    assert won["awarded"] == {"value": 250000, "currency": "EUR"}, "won defaults awarded to the amount"
    text = f.cli("show", i, check=True).stdout
    assert "identified → applied" in text and "Net-zero cities." in text
    f.cli("edit", j, "--deadline", "2027-01-10", "--add-tag", "prize", check=True)
    assert f.records("tag:prize")[0]["deadline"] == "2027-01-10"
    f.cli("edit", j, "--deadline", "", check=True)
    assert f.records("tag:prize")[0]["deadline"] is None
    assert f.cli("check", check=True).returncode == 0
    f.cli("compact", check=True)
    assert f.cli("check", check=True).returncode == 0
    assert len(f.records()) == 2

def test_global_options_before_or_after_and_env():
    f = Fixture()
    f.add("One")
    a = run("--file", f.path, "list", "--json", check=True).stdout
    b = run("list", "--json", "--file", f.path, check=True).stdout
    c = run("list", "--json", env=dict(ENV, CONVOCA_FILE=f.path), check=True).stdout
    assert a == b == c and json.loads(a)[0]["title"] == "One"
    d = tempfile.mkdtemp()
    run("add", "--title", "XDG", env=dict(ENV, XDG_DATA_HOME=d), check=True)
    assert os.path.exists(os.path.join(d, "convoca", "opportunities.jsonl"))

def test_demo_is_a_fresh_copy_with_near_deadlines():
    p = run("--demo", "list", "--json", check=True)
    recs = json.loads(p.stdout)
    assert len(recs) >= 60
    kinds = {r["kind"] for r in recs}
    assert {"grant", "scholarship", "award", "network", "event", "alliance", "technical", "other"} <= kinds
    assert len(json.loads(run("--demo", "list", "due<8d", "--json", check=True).stdout)) >= 1
    assert len(json.loads(run("--demo", "list", "is:overdue", "--json", check=True).stdout)) >= 1
    # The copy lives in its own folder, removed on exit (test_cli_trust.py checks its mode).
    m = re.search(r"copied to (\S+?),", p.stderr)
    assert m and not os.path.exists(os.path.dirname(m.group(1)))

def bad(f, args, expect):
    before = digest(f.path)
    p = f.cli(*args)
    assert p.returncode != 0, f"{args} should fail"
    assert expect.lower() in p.stderr.lower(), f"{args}: stderr was {p.stderr!r}"
    first = p.stderr.strip().splitlines()[0]
    assert first.startswith(("Error:", "convoca:")), f"{args}: first line is not the message: {first!r}"
    assert digest(f.path) == before, f"{args} changed the file"

def test_bad_input_changes_nothing():
    f = Fixture()
    i = f.add("Base", "--kind", "grant")
    bad(f, ["list", "knd:award"], "did you mean 'kind'")
    bad(f, ["list", "due<2026-13-01"], "date")
    bad(f, ["list", "amount>lots"], "amount")
    bad(f, ["add", "--title", "X", "--deadline", "2026-02-30"], "not a day on the calendar")
    bad(f, ["add", "--title", "X", "--amount", "12abc"], "not an amount")
    bad(f, ["add", "--title", "X", "--kind", "grnt"], "did you mean 'grant'")
    bad(f, ["add", "--title", "X", "--currency", "EURO", "--amount", "5"], "currency")
    bad(f, ["add", "--kind", "grant"], "--title")
    bad(f, ["add", "--title", "X", "--probability", "150"], "0 to 100")
    bad(f, ["move", i, "finished"], "unknown stage")
    bad(f, ["move", i, "identified"], "already")
    bad(f, ["move", i, "lost", "--awarded", "5"], "won")
    bad(f, ["show", "zzzzzzzz"], "no opportunity")
    bad(f, ["show"], "missing")
    bad(f, ["edit", i], "nothing to change")
    bad(f, ["note", i, " "], "empty")
    bad(f, ["list", "--sort", "colour"], "cannot sort")
    bad(f, ["list", "--limit", "-1"], "limit")

def test_ambiguous_prefix():
    f = Fixture()
    with open(f.path, "w") as out:
        out.write('{"format":"convoca","version":1}\n')
        for n in ("abc00001", "abc00002"):
            out.write(json.dumps({"id": n, "title": n, "kind": "grant", "stage": "identified",
                                  "created": "2026-11-01T10:00:00Z", "updated": "2026-11-01T10:00:00Z"},
                                 separators=(",", ":")) + "\n")
    bad(f, ["move", "abc", "applied"], "ambiguous")
    assert f.cli("move", "abc00002", "applied").returncode == 0

def test_torn_tail_recovery_at_several_offsets():
    for cut in (1, 7, 20, 55):
        f = Fixture()
        i = f.add("Torn")
        f.cli("note", i, "kept", check=True)
        good = open(f.path, "rb").read()
        f.cli("note", i, "this one is cut off mid-write", check=True)
        full = open(f.path, "rb").read()
        keep = len(good) + min(cut, len(full) - len(good) - 1)
        open(f.path, "wb").write(full[:keep])
        # Reading never writes: the bytes may be another program's unfinished write.
        p = f.cli("list", "--json")
        assert p.returncode == 0 and "cut-off change" in p.stderr, p.stderr
        assert [n["text"] for n in json.loads(p.stdout)[0]["notes"]] == ["kept"]
        assert open(f.path, "rb").read() == full[:keep]
        assert not [x for x in os.listdir(f.dir) if ".torn-" in x]
        # The next write saves them aside and cuts them off (the file has been still for 2 s
        # by its modification time, set back here so the test need not wait).
        os.utime(f.path, (time.time() - 10, time.time() - 10))
        p = f.cli("note", i, "after")
        assert p.returncode == 0 and "saved to" in p.stderr, p.stderr
        aside = [x for x in os.listdir(f.dir) if ".torn-" in x]
        assert len(aside) == 1 and open(os.path.join(f.dir, aside[0]), "rb").read() == full[len(good):keep]
        assert open(f.path, "rb").read().startswith(good)
        assert [n["text"] for n in f.records()[0]["notes"]] == ["kept", "after"]
        assert f.cli("check").returncode == 0

def test_check_reports_a_torn_tail_without_touching_it():
    f = Fixture()
    f.add("A")
    with open(f.path, "ab") as out:
        out.write(b'{"at":"2026-11-01T10:00:00Z","by":"x","op":"no')
    before = digest(f.path)
    p = f.cli("check")
    assert p.returncode == 1 and "line 3" in p.stderr and "cut off" in p.stderr
    assert digest(f.path) == before

def test_garbage_in_the_middle():
    f = Fixture()
    a = f.add("A")
    f.add("B")
    lines = open(f.path).read().splitlines()
    lines.insert(2, "<<<<<<< HEAD")
    open(f.path, "w").write("\n".join(lines) + "\n")
    before = digest(f.path)
    p = f.cli("check")
    assert p.returncode == 1 and "line 3" in p.stderr
    bad(f, ["add", "--title", "C"], "line 3")
    bad(f, ["compact"], "read-only")
    # What was read before the damage is shown, but the command does not end as a success,
    # and an empty result does not suggest `add`.
    p = f.cli("list")
    assert p.returncode == 1 and "read-only" in p.stderr and "A" in p.stdout, (p.returncode, p.stderr)
    p = f.cli("list", "nothing-matches-this")
    assert p.returncode == 1 and "convoca add" not in p.stdout + p.stderr
    p = f.cli("show", a)
    assert p.returncode == 1 and a in p.stdout and "read-only" in p.stderr
    assert digest(f.path) == before

def test_files_other_programs_write_are_read_and_written():
    """A byte order mark, blank lines before the header and a last line without its newline
    (as editors save) are all valid: read, written to, and `check` passes."""
    for variant in ("bom", "blank", "no-newline"):
        f = Fixture()
        i = f.add("Editor saved")
        data = open(f.path, "rb").read()
        if variant == "bom":
            data = b"\xef\xbb\xbf" + data
        elif variant == "blank":
            data = b"\n  \r\n" + data
        else:
            data = data[:-1]
        open(f.path, "wb").write(data)
        p = f.cli("list", "--json")
        assert p.returncode == 0 and p.stderr == "", (variant, p.stderr)
        assert [r["title"] for r in json.loads(p.stdout)] == ["Editor saved"]
        assert open(f.path, "rb").read() == data, variant
        assert f.cli("check").returncode == 0, variant
        os.utime(f.path, (time.time() - 10, time.time() - 10))
        f.cli("note", i, "after", check=True)
        assert [n["text"] for n in f.records()[0]["notes"]] == ["after"], variant
        assert f.cli("check").returncode == 0, variant


def test_modes_are_kept_and_a_symlinked_lock_is_refused():
    f = Fixture()
    i = f.add("Modes")
    old = os.umask(0o022)
    try:
        os.chmod(f.path, 0o660)
        f.cli("compact", check=True)
        assert stat.S_IMODE(os.stat(f.path).st_mode) == 0o660
        assert stat.S_IMODE(os.stat(f.path + ".lock").st_mode) == 0o660
    finally:
        os.umask(old)
    os.unlink(f.path + ".lock")
    victim = os.path.join(f.dir, "victim")
    open(victim, "w").write("keep")
    os.symlink(victim, f.path + ".lock")
    before = digest(f.path)
    p = f.cli("note", i, "x")
    assert p.returncode != 0 and "symbolic link" in p.stderr, p.stderr
    assert open(victim).read() == "keep" and digest(f.path) == before
    p = f.cli("check")
    assert p.returncode == 1 and "symbolic link" in p.stdout + p.stderr, p.stdout + p.stderr


def test_future_version_is_refused():
    f = Fixture()
    open(f.path, "w").write('{"format":"convoca","version":9}\n')
    bad(f, ["list"], "version 9")
    bad(f, ["add", "--title", "X"], "version 9")

def test_not_a_file():
    f = Fixture()
    os.mkdir(f.path)
    p = f.cli("list")
    assert p.returncode != 0 and "not a regular file" in p.stderr
    fifo = os.path.join(f.dir, "fifo")
    os.mkfifo(fifo)
    p = run("list", "--file", fifo)
    assert p.returncode != 0 and "not a regular file" in p.stderr

def test_lock_held_elsewhere_times_out_and_changes_nothing():
    f = Fixture()
    i = f.add("Locked")
    before = digest(f.path)
    with open(f.path + ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        t = time.time()
        p = run("note", i, "waiting", "--file", f.path, env=dict(ENV, CONVOCA_LOCK_TIMEOUT="1"))
        waited = time.time() - t
    assert p.returncode != 0 and "did not finish within" in p.stderr, p.stderr
    assert 0.9 <= waited < 10
    assert digest(f.path) == before

def test_killed_lock_holder_does_not_block():
    f = Fixture()
    i = f.add("Lock holder killed")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import fcntl, sys, time\n"
         "f = open(sys.argv[1], 'a')\n"
         "fcntl.flock(f, fcntl.LOCK_EX)\n"
         "print('locked', flush=True)\n"
         "time.sleep(600)\n", f.path + ".lock"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        # While it lives, the lock really is held.
        with open(f.path + ".lock", "a") as probe:
            try:
                fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
                raise AssertionError("the holder does not hold the lock")
            except BlockingIOError:
                pass
    finally:
        holder.kill()  # SIGKILL: no cleanup, no unlock; the kernel drops the flock
        holder.wait(timeout=10)
    assert holder.returncode == -9
    t = time.time()
    p = f.cli("note", i, "after the holder died")
    waited = time.time() - t
    assert p.returncode == 0, p.stderr
    assert waited < 2.5, f"note waited {waited:.2f}s for a dead holder's lock (timeout is 5 s)"
    assert [n["text"] for n in f.records()[0]["notes"]] == ["after the holder died"]
    assert f.cli("check").returncode == 0

def test_file_size_limit_reports_and_keeps_the_file():
    f = Fixture()
    i = f.add("Big")
    for k in range(3):
        f.cli("note", i, "x" * 400, check=True)
    before = digest(f.path)
    size_kb = os.path.getsize(f.path) // 1024 + 1
    p = subprocess.run(["bash", "-c", f'ulimit -f {size_kb}; exec "$0" "$@"', BIN, "note", i, "y" * 3000,
                        "--file", f.path], capture_output=True, text=True, env=ENV)
    assert p.returncode != 0 and "too large" in p.stderr, p.stderr
    assert digest(f.path) == before
    assert f.cli("check").returncode == 0

def concurrent_writers(n, per):
    f = Fixture()
    seed = f.add("Shared")
    procs = []
    for w in range(n):
        script = "; ".join(
            f'"$0" add --title "w{w}-{k}" --file "$1" >/dev/null && "$0" note {seed} "w{w}-note{k}" --file "$1" 2>/dev/null'
            for k in range(per))
        procs.append(subprocess.Popen(["bash", "-c", script, BIN, f.path], env=ENV))
    for p in procs:
        assert p.wait(timeout=300) == 0
    recs = f.records()
    titles = {r["title"] for r in recs}
    assert all(f"w{w}-{k}" in titles for w in range(n) for k in range(per)), "an acknowledged add was lost"
    notes = {x["text"] for r in recs if r["id"] == seed for x in r["notes"]}
    assert all(f"w{w}-note{k}" in notes for w in range(n) for k in range(per)), "an acknowledged note was lost"
    assert f.cli("check").returncode == 0
    f.cli("compact", check=True)
    assert len(f.records()) == n * per + 1

def test_two_concurrent_writers():
    concurrent_writers(2, 15)

def test_four_concurrent_writers_with_compactions():
    f_count = 4
    concurrent_writers(f_count, 10)

def test_concurrent_compaction_and_edits():
    f = Fixture()
    i = f.add("Compacted while edited")
    editor = subprocess.Popen(["bash", "-c", "; ".join(f'"$0" note {i} "n{k}" --file "$1" >/dev/null 2>&1' for k in range(20)),
                               BIN, f.path], env=ENV)
    compactor = subprocess.Popen(["bash", "-c", "; ".join('"$0" compact --file "$1" >/dev/null' for _ in range(8)),
                                  BIN, f.path], env=ENV)
    assert editor.wait(timeout=300) == 0 and compactor.wait(timeout=300) == 0
    notes = [n["text"] for n in f.records()[0]["notes"]]
    assert sorted(notes) == sorted(f"n{k}" for k in range(20))
    assert f.cli("check").returncode == 0

# ---------------------------------------------------------------------------------------

if __name__ == "__main__":
    runner.run(globals())
