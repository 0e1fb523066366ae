#!/usr/bin/env python3
"""Other programs write the data file while Convoca works on it (issue 7, problems 1, 2, 3, 6).

Each scenario runs the real binary: command-line writers in threads (each edit is logged as
started and, once `convoca` exited 0, acknowledged), readers, a tracker in tmux, and the other
program for real: `cp` of a backup, `git checkout`, `rm` of the lock. At the end it counts the
records, looks for holes (NUL bytes) and checks every acknowledged edit that no restore could
legitimately have taken back. The figures go to stdout and to docs/reliability.md.

  CONVOCA_OUTSIDE_SECONDS=N   how long each loop runs (default 12)
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
from tmux_harness import Session  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("CONVOCA_BIN", os.path.join(ROOT, ".build", "debug", "convoca"))
SECONDS = float(os.environ.get("CONVOCA_OUTSIDE_SECONDS", "12"))
STATE = tempfile.mkdtemp(prefix="convoca-e2e-state-")
ENV = {"CONVOCA_USER": "Laura Restrepo", "CONVOCA_TODAY": "2026-11-29", "SWIFT_BACKTRACE": "enable=no",
       "XDG_STATE_HOME": STATE, "XDG_CONFIG_HOME": STATE + "/config", "LANG": "C.UTF-8",
       "CONVOCA_LOCK_TIMEOUT": "20"}
CLI_ENV = dict(os.environ, **ENV, NO_COLOR="1")
FIGURES = []


def cli(path, *args, check=True):
    p = subprocess.run([BIN, *args, "--file", path], capture_output=True, text=True, env=CLI_ENV, timeout=120)
    if check:
        assert p.returncode == 0, f"{args}: {p.stderr}"
    return p


def records(path):
    return json.loads(cli(path, "list", "--json").stdout)


def data_file(path, count, first=0, title="Record"):
    """Writes a data file of `count` records directly, as a backup or another branch holds it."""
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"format":"convoca","version":1}\n')
        for i in range(first, first + count):
            f.write(json.dumps({"id": f"r{i:07d}", "title": f"{title} {i}", "kind": "grant",
                                "stage": "identified", "created": "2026-11-01T10:00:00Z",
                                "updated": "2026-11-01T10:00:00Z"}, separators=(",", ":")) + "\n")


class Writers:
    """Threads that add notes to one record through the CLI until stopped, logging for each
    note when its command started and whether it was acknowledged (exit 0)."""

    def __init__(self, path, record, count=2, compact_every=0):
        self.path, self.record, self.compact_every = path, record, compact_every
        self.log, self.failures, self.compactions = [], [], 0
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self.run, args=(w,)) for w in range(count)]

    def run(self, w):
        k = 0
        while not self.stop.is_set():
            text = f"w{w}-{k}"
            started = time.monotonic()
            p = cli(self.path, "note", self.record, text, check=False)
            with self.lock:
                if p.returncode == 0:
                    self.log.append((text, started, time.monotonic()))
                else:
                    self.failures.append(p.stderr.strip())
            k += 1
            if self.compact_every and k % self.compact_every == 0:
                if cli(self.path, "compact", check=False).returncode == 0:
                    with self.lock:
                        self.compactions += 1

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self.threads:
            t.join(timeout=180)


def no_holes(path):
    with open(path, "rb") as f:
        data = f.read()
    assert b"\0" not in data, "the file has a hole (NUL bytes)"
    return data


def notes_on(recs, rid="r0000000"):
    return [n["text"] for n in next(r for r in recs if r["id"] == rid).get("notes", [])]


def lost_after(writers, recs, moment):
    """The notes acknowledged by commands started after `moment` that are not in `recs`, and
    how many such notes there were."""
    notes = set(notes_on(recs))
    after = [t for t, started, _ in writers.log if started > moment]
    return [t for t in after if t not in notes], len(after)


def settle(path):
    """One more edit, which settles any torn tail, then `check` must pass."""
    cli(path, "note", "r0000000", "settle")
    p = cli(path, "check", check=False)
    assert p.returncode == 0, p.stdout + p.stderr


def test_cp_restores_while_writers_readers_and_a_tracker_run():
    d = tempfile.mkdtemp(prefix="convoca-e2e-cp-")
    path, backup = os.path.join(d, "data.jsonl"), os.path.join(d, "backup.jsonl")
    data_file(backup, 20000)
    shutil.copy(backup, path)
    restores, reads = 0, 0
    last_restore_done = 0.0
    stop = threading.Event()

    def reader():
        nonlocal reads
        while not stop.is_set():
            p = cli(path, "list", "kind:grant", "--limit", "1", check=False)
            assert "Traceback" not in p.stderr
            reads += 1

    readers = [threading.Thread(target=reader) for _ in range(2)]
    for t in readers:
        t.start()
    with Session([BIN, "--file", path], width=110, height=30, env=ENV, name="cp-tracker") as s:
        s.wait_for("Convoca")
        with Writers(path, "r0000000") as w:
            deadline = time.monotonic() + SECONDS
            while time.monotonic() < deadline:
                time.sleep(random.uniform(0.05, 0.4))
                subprocess.run(["cp", backup, path], check=True)
                last_restore_done = time.monotonic()
                restores += 1
            time.sleep(6)  # edits after the last restore
        stop.set()
        for t in readers:
            t.join()
        s.send_keys("q")
        s.wait_for_exit()
    no_holes(path)
    settle(path)
    recs = records(path)
    assert len(recs) == 20000, f"{len(recs)} records instead of 20000"
    lost, after = lost_after(w, recs, last_restore_done)
    assert not lost, f"acknowledged after the last restore, then lost: {lost}"
    assert after, "no edit ran after the last restore"
    FIGURES.append(f"cp restores: {restores} restores of a 20,000-record backup, {reads} reads, "
                   f"{len(w.log)} notes acknowledged ({after} after the last restore, lost 0), "
                   f"{len(w.failures)} refused, records after: {len(recs)}")


def test_git_checkout_loop_while_writers_and_a_tracker_run():
    d = tempfile.mkdtemp(prefix="convoca-e2e-git-")
    path = os.path.join(d, "data.jsonl")
    git_env = dict(CLI_ENV, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t",
                   GIT_COMMITTER_EMAIL="t@example.org")

    def git(*args):
        subprocess.run(["git", "-C", d, *args], check=True, capture_output=True, env=git_env)

    git("init", "-q", "-b", "a")
    data_file(path, 3000, title="Branch A")
    git("add", "data.jsonl")
    git("commit", "-q", "-m", "a")
    git("checkout", "-q", "-b", "b")
    data_file(path, 3000, title="Branch B record")
    git("commit", "-q", "-am", "b")
    checkouts = 0
    last_checkout_done = 0.0
    with Session([BIN, "--file", path], width=110, height=30, env=ENV, name="git-tracker") as s:
        s.wait_for("Convoca")
        with Writers(path, "r0000000") as w:
            deadline = time.monotonic() + SECONDS
            while time.monotonic() < deadline:
                time.sleep(random.uniform(0.05, 0.3))
                git("checkout", "-q", "-f", "a" if checkouts % 2 == 0 else "b")
                last_checkout_done = time.monotonic()
                checkouts += 1
            time.sleep(3)
        s.wait_until(lambda t: "Branch" in t.screen_text(), timeout=5, what="the tracker to show a branch")
        s.send_keys("q")
        s.wait_for_exit()
    no_holes(path)
    settle(path)
    recs = records(path)
    assert len(recs) == 3000, f"{len(recs)} records instead of 3000"
    titles = {r["title"].rsplit(" ", 1)[0] for r in recs}
    assert len(titles) == 1, f"records of both branches mixed: {titles}"
    lost, after = lost_after(w, recs, last_checkout_done)
    assert not lost, f"acknowledged after the last checkout, then lost: {lost}"
    FIGURES.append(f"git checkout: {checkouts} checkouts of 3,000-record branches, {len(w.log)} notes "
                   f"acknowledged ({after} after the last checkout, lost 0), {len(w.failures)} refused")


def test_lock_file_removed_in_a_loop_while_writers_compact():
    d = tempfile.mkdtemp(prefix="convoca-e2e-lock-")
    path = os.path.join(d, "data.jsonl")
    data_file(path, 1500)
    removals = 0
    stop = threading.Event()

    def remover():
        nonlocal removals
        while not stop.is_set():
            try:
                os.unlink(path + ".lock")
                removals += 1
            except FileNotFoundError:
                pass
            time.sleep(0.002)

    rm = threading.Thread(target=remover)
    rm.start()
    try:
        with Writers(path, "r0000000", count=3, compact_every=4) as w:
            time.sleep(SECONDS)
    finally:
        stop.set()
        rm.join()
    no_holes(path)
    settle(path)
    recs = records(path)
    lost, acknowledged = lost_after(w, recs, 0.0)
    assert not lost, f"{len(lost)} of {acknowledged} acknowledged notes lost: {lost[:10]}"
    notes = notes_on(recs)
    assert len(notes) == len(set(notes)), "a note was applied twice"
    assert w.compactions > 0
    FIGURES.append(f"rm of the lock: {removals} removals, {acknowledged} notes and {w.compactions} "
                   f"compactions acknowledged, lost 0, {len(w.failures)} refused")


def test_tracker_sees_edits_and_two_compactions_between_refreshes():
    d = tempfile.mkdtemp(prefix="convoca-e2e-stale-")
    path = os.path.join(d, "data.jsonl")
    data_file(path, 12)
    rid = "r0000000"
    cli(path, "edit", rid, "--title", "Round 00 zz")
    seen = 0
    with Session([BIN, "--file", path], width=110, height=30, env=ENV, name="stale") as s:
        s.wait_for("Round 00 zz")
        for k in range(1, 9):
            # Same-length titles: each compaction leaves a file of the same size, often on an
            # inode just freed by the one before.
            cli(path, "edit", rid, "--title", f"Round {k:02d} aa")
            cli(path, "compact")
            cli(path, "edit", rid, "--title", f"Round {k:02d} zz")
            cli(path, "compact")
            s.wait_for(f"Round {k:02d} zz", timeout=5)
            seen += 1
        s.send_keys("q")
        s.wait_for_exit()
    FIGURES.append(f"stale screen: {seen} of 8 rounds of edit+compact+edit+compact shown by the tracker")


if __name__ == "__main__":
    runner.run(globals(), footer=lambda: "\n".join(FIGURES))
