#!/usr/bin/env python3
"""End-to-end tests of issue 7's command-line items against the real binary: amounts with
decimal commas (7), stdout write errors (12), escapes in every output (14), the --demo folder
(15, 23e), no HOME (16), no user name (17), bad environment values (19), query words that start
with `-` and every example of docs/query-language.md (20), configuration mistakes (21), and the
Spanish unknown-value message (23d).

Run: CONVOCA_BIN=$(swift build --show-bin-path)/convoca python3 Tests/e2e/test_cli_trust.py
"""
import glob
import json
import os
import pty
import pwd
import re
import select
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
import test_cli as cli  # noqa: E402  (run, Fixture, ENV, BIN, digest)
from tmux_harness import Session  # noqa: E402

BIN, ENV, run, Fixture, digest = cli.BIN, cli.ENV, cli.run, cli.Fixture, cli.digest
ROOT = cli.ROOT

# Raw bytes a terminal could act on: ESC and the other C0 controls but newline, C1, bidi.
HOSTILE = re.compile("[\x00-\x09\x0b-\x1f\x7f\x80-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def amount_of(f, i, field="amount"):
    return json.loads(f.cli("show", i, "--json", check=True).stdout).get(field)


# MARK: - 7. Amounts

def test_decimal_commas_are_read_by_one_rule():
    f = Fixture()
    env = dict(ENV, LANG="C.UTF-8", LC_ALL="")
    cases = {"1,5m": 1500000, "1.234,56": 1234.56, "1.234.567,89": 1234567.89, "1,234,567.89": 1234567.89,
             "250k": 250000, "1.000.000": 1000000}
    for text, value in cases.items():
        # "1.234.567,89" and "1,234,567.89" are the same title once punctuation is set aside.
        i = run("add", "--title", text, "--amount", text, "--allow-duplicate", "--file", f.path, env=env,
                check=True).stdout.strip()
        assert amount_of(f, i)["value"] == value, (text, amount_of(f, i))
    before = digest(f.path)
    p = run("add", "--title", "x", "--amount", "1,500", "--file", f.path, env=env)
    assert p.returncode != 0 and "1,500 (thousands)" in p.stderr and "1.5 (decimals)" in p.stderr, p.stderr
    assert p.stderr.startswith("Error: amount: '1,500' could be"), p.stderr
    assert digest(f.path) == before
    es = run("add", "--title", "es", "--amount", "1,500", "--file", f.path,
             env=dict(env, LANG="es_CO.UTF-8"), check=True).stdout.strip()
    assert amount_of(f, es)["value"] == 1.5
    en = run("add", "--title", "en", "--amount", "1,500", "--file", f.path,
             env=dict(env, LANG="en_US.UTF-8"), check=True).stdout.strip()
    assert amount_of(f, en)["value"] == 1500
    # --awarded on move and edit follow the same rule.
    run("move", en, "won", "--awarded", "1,5m", "--file", f.path, env=env, check=True)
    assert amount_of(f, en, "awarded")["value"] == 1500000
    run("edit", en, "--awarded", "2.500.000,5", "--file", f.path, env=env, check=True)
    assert amount_of(f, en, "awarded")["value"] == 2500000.5
    p = run("move", es, "won", "--awarded", "2,500", "--file", f.path, env=env)
    assert p.returncode != 0 and "2.5 (decimals)" in p.stderr, p.stderr


# MARK: - 12. Output errors

def test_stdout_to_a_full_disk_is_an_error():
    for args in (["--demo", "list", "--json"], ["--demo", "list"], ["--demo", "show", "--json", "x"]):
        if "show" in args:
            ident = json.loads(run("--demo", "list", "--json", check=True).stdout)[0]["id"]
            args = ["--demo", "show", ident, "--json"]
        with open("/dev/full", "w") as full:
            p = subprocess.run([BIN, *args], stdout=full, stderr=subprocess.PIPE, text=True, env=ENV, timeout=60)
        lines = [l for l in p.stderr.splitlines() if "demo data copied" not in l]
        assert p.returncode != 0, (args, p.returncode)
        assert len(lines) == 1 and "cannot write the output" in lines[0], (args, p.stderr)


def test_stdout_past_a_file_size_limit_is_an_error():
    f = Fixture()
    for k in range(16):
        f.add(f"Call {k}", "--description", "x" * 1000)
    assert os.path.getsize(f.path) > 16 * 1000
    out = os.path.join(f.dir, "out.json")
    # 8 KB: the listing is larger; `list` itself writes nothing else (the data file is only read).
    p = subprocess.run(["bash", "-c", f'ulimit -f 8; exec "$0" "$@" > {shlex.quote(out)}', BIN, "list", "--json",
                        "--file", f.path], capture_output=True, text=True, env=ENV, timeout=60)
    assert p.returncode != 0, p.returncode
    lines = p.stderr.splitlines()
    assert len(lines) == 1 and "too large" in lines[0], p.stderr
    assert os.path.getsize(out) <= 8192


# MARK: - 14. Escapes

def hostile_fixture():
    f = Fixture()
    i = f.add("Clean title", "--kind", "grant", "--area", "innovation")
    f.cli("compact", check=True)
    kind = "grant\x1b]52;c;cHduZWQ=\x07\u009b31m\u202e"
    area = "x\x1b]2;owned window\x07\u2066y"
    with open(f.path) as fh:
        lines = fh.read().splitlines()
    out = []
    for line in lines:
        if f'"id":"{i}"' in line:
            rec = json.loads(line)
            rec["kind"], rec["area"] = kind, area
            line = json.dumps(rec, ensure_ascii=False, separators=(",", ":"))
        out.append(line)
    with open(f.path, "w") as fh:
        fh.write("\n".join(out) + "\n")
    return f, i, kind, area


def test_escapes_in_kind_and_area_never_reach_the_terminal():
    f, i, kind, area = hostile_fixture()
    for args in (["show", i], ["list"], ["list", "--json"], ["show", i, "--json"], ["check"], ["list", "kind:zzz"]):
        p = f.cli(*args)
        for stream, text in (("stdout", p.stdout), ("stderr", p.stderr)):
            bad = HOSTILE.search(text)
            assert not bad, f"{args} {stream} holds raw {bad.group()!r}: {text!r}"
    shown = f.cli("show", i, check=True).stdout
    assert "owned window" in shown and "cHduZWQ=" in shown  # shown, made inert
    # JSON stays valid and round-trips the stored text exactly.
    rec = json.loads(f.cli("show", i, "--json", check=True).stdout)
    assert rec["kind"] == kind and rec["area"] == area
    assert json.loads(f.cli("list", "--json", check=True).stdout)[0]["kind"] == kind
    # check flags both, naming the record.
    p = f.cli("check")
    flagged = [l for l in p.stderr.splitlines() if i in l]
    assert any("kind" in l for l in flagged) and any("area" in l for l in flagged), p.stderr


# MARK: - 15, 23e. --demo

def test_demo_copy_is_private_said_and_removed_on_exit():
    p = run("--demo", "list", "--json", check=True)
    m = re.search(r"copied to (\S+?),", p.stderr)
    assert m and "removed when convoca exits" in p.stderr, p.stderr
    assert not os.path.exists(os.path.dirname(m.group(1))), "the demo folder outlived the command"
    tmp = tempfile.mkdtemp(prefix="convoca-e2e-tmp-")
    s = Session([BIN, "--demo"], env=dict(ENV, TMPDIR=tmp, NO_COLOR="1"), name="demo")
    try:
        s.wait_for("Filter:", timeout=15)
        folders = glob.glob(os.path.join(tmp, "convoca-demo-*"))
        assert len(folders) == 1, folders
        assert stat.S_IMODE(os.stat(folders[0]).st_mode) == 0o700, oct(os.stat(folders[0]).st_mode)
        s.send_keys("q")
        assert s.wait_for_exit(timeout=10) == 0
        assert not os.path.exists(folders[0]), "the tracker left its demo folder behind"
    finally:
        s.kill()


# MARK: - 16, 17. No HOME, no user

def test_no_home_uses_the_password_database_never_the_current_folder():
    cwd = tempfile.mkdtemp(prefix="convoca-e2e-cwd-")
    env = {k: v for k, v in ENV.items() if k not in ("HOME", "XDG_DATA_HOME", "CONVOCA_FILE")}
    p = subprocess.run([BIN, "check"], capture_output=True, text=True, env=env, cwd=cwd, timeout=60)
    home = pwd.getpwuid(os.getuid()).pw_dir
    assert home + "/.local/share/convoca/opportunities.jsonl" in p.stdout + p.stderr, p.stderr
    assert os.listdir(cwd) == [], "something was written in the current folder"


def test_empty_user_falls_back_to_the_account_name():
    f = Fixture()
    env = {k: v for k, v in ENV.items() if k not in ("CONVOCA_USER",)}
    env["USER"] = ""
    i = run("add", "--title", "Anon", "--file", f.path, env=env, check=True).stdout.strip()
    run("note", i, "hello", "--file", f.path, env=env, check=True)
    rec = json.loads(f.cli("show", i, "--json", check=True).stdout)
    name = pwd.getpwuid(os.getuid()).pw_name
    assert rec["notes"][0]["by"] == name and rec["owner"] == name, rec
    with open(f.path) as fh:
        assert '"by":""' not in fh.read()


# MARK: - 19. Environment

def test_bad_lock_timeouts_are_refused():
    f = Fixture()
    i = f.add("Base")
    before = digest(f.path)
    for value in ("nan", "inf", "-1", "garbage", "1e400", ""):
        p = run("note", i, "x", "--file", f.path, env=dict(ENV, CONVOCA_LOCK_TIMEOUT=value))
        assert p.returncode != 0 and "CONVOCA_LOCK_TIMEOUT" in p.stderr, (value, p.stderr)
        assert digest(f.path) == before
    run("note", i, "x", "--file", f.path, env=dict(ENV, CONVOCA_LOCK_TIMEOUT="0.5"), check=True)


def run_on_a_pty(args, env):
    """Runs the binary with stdin/stdout on a new pseudo-terminal; returns (status, output)."""
    master, slave = pty.openpty()
    p = subprocess.Popen([BIN, *args], stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    chunks = []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if not ready:
            if p.poll() is not None:
                break
            continue
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    text = b"".join(chunks).decode("utf-8", "replace")
    try:
        return p.wait(timeout=5), text
    except subprocess.TimeoutExpired:  # still drawing on a terminal it cannot drive: the failure
        p.kill()
        p.wait()
        return None, text


def test_tracker_refuses_a_terminal_that_cannot_move_its_cursor():
    f = Fixture()
    f.add("One")
    for term in ("dumb",):
        status, out = run_on_a_pty(["--file", f.path], dict(ENV, TERM=term, LANG="C.UTF-8"))
        assert status not in (0, None) and "cannot move the cursor" in out, (term, status, out)
    status, out = run_on_a_pty(["--file", f.path], dict(ENV, TERM="xterm", LANG="C.UTF-8",
                                                         CONVOCA_LOCK_TIMEOUT="nan"))
    assert status not in (0, None) and "CONVOCA_LOCK_TIMEOUT" in out, out


# MARK: - 20. Negation

def test_query_words_that_start_with_a_dash():
    recs = json.loads(run("--demo", "list", "--json", check=True).stdout)
    grants = [r for r in recs if r["kind"] == "grant"]
    not_grants = json.loads(run("--demo", "list", "-kind:grant", "--json", check=True).stdout)
    assert len(not_grants) == len(recs) - len(grants) and all(r["kind"] != "grant" for r in not_grants)
    p = run("--demo", "list", "-horizon", "--json", check=True)
    assert "USAGE" not in p.stdout and json.loads(p.stdout) and all(
        "horizon" not in r["title"].lower() for r in json.loads(p.stdout))
    by_amount = json.loads(run("--demo", "list", "--sort", "-amount", "--limit", "3", "--json", check=True).stdout)
    asc = json.loads(run("--demo", "list", "--sort", "amount", "--json", check=True).stdout)
    assert [r["id"] for r in by_amount] != [r["id"] for r in asc[:3]]
    # Real options still work in any order, and a mistyped one is still refused.
    a = run("--demo", "list", "--json", "-kind:grant", "--limit", "2", check=True).stdout
    assert len(json.loads(a)) == 2
    p = run("--demo", "list", "--jsn")
    assert p.returncode != 0 and "jsn" in p.stderr
    assert run("--demo", "list", "--help", check=True).stdout.count("USAGE") == 1


def doc_queries():
    """Every `convoca list '…'` line in a ```query block of docs/query-language.md, as
    QueryDocTests reads them."""
    text = open(os.path.join(ROOT, "docs", "query-language.md"), encoding="utf-8").read()
    out, inside = [], False
    for line in text.split("\n"):
        if not inside and line == "```query":
            inside = True
        elif inside and line == "```":
            inside = False
        elif inside and line.startswith("convoca list '") and line.endswith("'"):
            out.append(line[len("convoca list '"):-1])
    return out


def test_every_example_of_the_query_guide_runs_through_the_binary():
    queries = doc_queries()
    assert len(queries) >= 40, len(queries)
    for q in queries:
        # As the guide writes it (one quoted argument), and as separate shell words.
        for words in ([q], shlex.split(q)):
            p = run("--demo", "list", *words, "--json")
            assert p.returncode == 0, f"convoca list {shlex.join(words)}: {p.returncode} {p.stderr}"
            json.loads(p.stdout)


# MARK: - 21. Configuration

def test_configuration_mistakes_are_named():
    d = tempfile.mkdtemp(prefix="convoca-e2e-cfg-")
    os.makedirs(os.path.join(d, "convoca"))
    with open(os.path.join(d, "convoca", "config.json"), "w") as fh:
        fh.write('{\n  "user": "Ana",\n  "staledays": 30,\n  "currency": 5\n}\n')
    f = Fixture()
    f.add("One")
    env = dict(ENV, XDG_CONFIG_HOME=d)
    for args in (["list"], ["check"]):
        p = run(*args, "--file", f.path, env=env)
        assert p.returncode == 0, p.stderr
        assert re.search(r"config\.json:3: 'staledays'.*did you mean 'staleDays'", p.stderr), p.stderr
        assert re.search(r"config\.json:4: 'currency'.*currency code", p.stderr), p.stderr
    i = run("add", "--title", "Two", "--amount", "5", "--file", f.path, env=env, check=True).stdout.strip()
    assert amount_of(f, i)["currency"] == "USD"  # the default, not 5


# MARK: - 23d. Spanish message

def test_spanish_unknown_value_lists_the_values():
    p = run("--demo", "list", "is:opn", env=dict(ENV, CONVOCA_LANG="es"))
    assert p.returncode != 0
    # The values in the user's language (issue 11); the suggestion in the language typed.
    assert "abierta, cerrada, vencida, estancada" in p.stderr and "is: value" not in p.stderr, p.stderr
    assert "para 'is'" in p.stderr and "¿quiso decir 'open'?" in p.stderr, p.stderr
    assert "valor desconocido" in p.stderr, p.stderr
    p = run("--demo", "list", "is:opn")
    assert "open, closed, overdue, stale" in p.stderr, p.stderr


# MARK: - 11. The clock

def test_a_clock_far_in_the_future_is_refused_and_every_written_time_reads_back():
    faketime = shutil.which("faketime")
    assert faketime, "faketime is not installed (.ci/run installs it)"
    f = Fixture()
    i = f.add("Clock")
    before = digest(f.path)
    for when in ("2300-01-01 00:00:00", "1999-12-31 23:00:00"):
        p = subprocess.run([faketime, when, BIN, "note", i, "from the future", "--file", f.path],
                           capture_output=True, text=True, env=ENV, timeout=60)
        assert p.returncode != 0 and "clock" in p.stderr and "nothing was written" in p.stderr, p.stderr
        assert digest(f.path) == before
    # The edges of what a writer can write (years 0001 and 9999) read back, and the file stays
    # writable for everyone.
    with open(f.path, "a") as out:
        out.write('{"at":"9999-12-31T23:59:59Z","by":"far","op":"note","id":"%s","text":"late"}\n' % i)
        out.write('{"at":"0001-01-01T00:00:00Z","by":"far","op":"note","id":"%s","text":"early"}\n' % i)
    assert [n["text"] for n in f.records()[0]["notes"]] == ["late", "early"]
    f.cli("note", i, "today", check=True)
    assert f.cli("check").returncode == 0


if __name__ == "__main__":
    runner.run(globals())
