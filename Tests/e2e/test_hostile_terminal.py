#!/usr/bin/env python3
"""Hostile text cannot take over the terminal: the tracker and the command line, driven in tmux.

A data file gets one record per entry of `hostile_corpus.CORPUS` (title, multi-line description
and a note, all through `convoca add` / `convoca note`). Then:

1. Control: in the same tmux set-up (set-clipboard on), a raw OSC 2 and OSC 52 DO change the
   pane title and fill a paste buffer — so the checks below would see a leak.
2. Tracker: scroll the whole list, open every record (Enter, PageDown, End, Esc), open help from
   the list and from a detail. After every screen: pane title and pane modes (alternate screen,
   insert, mouse, origin, scroll region) as at start, no tmux paste buffer, header line starts
   with "Convoca", last line holds the key hints, every line (wrapped lines joined) within the
   pane width, list rows aligned, no raw ESC / C1 / bidi control in any cell.
3. CLI on a terminal (colours on): `convoca list` and `convoca show ID` for every record — same
   checks; each table row is exactly one screen line.
4. Error messages that quote hostile arguments, on the terminal and piped: inert marks, one line.
5. `list` / `show` piped (no terminal): the data is sanitised all the same.
6. Invalid UTF-8 in a data file: read-only with the line number in tracker and CLI, no crash.
"""
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
import hostile_corpus as hc  # noqa: E402
from tmux_harness import Session  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("CONVOCA_BIN", os.path.join(ROOT, ".build", "debug", "convoca"))
STATE = tempfile.mkdtemp(prefix="convoca-e2e-hostile-state-")
ENV = {"CONVOCA_USER": "Laura Restrepo", "CONVOCA_TODAY": "2026-11-29", "SWIFT_BACKTRACE": "enable=no",
       "XDG_STATE_HOME": STATE, "XDG_CONFIG_HOME": STATE + "/config", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
CLI_ENV = dict(os.environ, **ENV, NO_COLOR="1", COLUMNS="100")
OPTIONS = {"set-clipboard": "on", "history-limit": "50000"}
W, H = 100, 30

# Never allowed in a cell or in piped output: C0 (but LF), DEL, C1, bidi controls, LS/PS.
FORBIDDEN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
PANE_MODES = ("#{pane_title}|#{alternate_on}|#{insert_flag}|#{mouse_any_flag}|#{mouse_all_flag}|"
              "#{origin_flag}|#{scroll_region_upper}|#{scroll_region_lower}|#{wrap_flag}")


def cells(line):
    """Approximate terminal width of a captured line (East Asian wide = 2, marks = 0)."""
    w = 0
    for ch in line:
        o = ord(ch)
        if unicodedata.category(ch) in ("Mn", "Me", "Cf") or 0xFE00 <= o <= 0xFE0F or 0x1F3FB <= o <= 0x1F3FF:
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def cli(path, *args, check=True):
    p = subprocess.run([BIN, *args, "--file", path], capture_output=True, text=True, env=CLI_ENV, timeout=60)
    if check:
        assert p.returncode == 0, f"{args}: {p.stderr}"
    return p


def make_hostile_file():
    d = tempfile.mkdtemp(prefix="convoca-e2e-hostile-")
    path = os.path.join(d, "data.jsonl")
    ids = {}
    for k, e in enumerate(hc.CORPUS):
        i = cli(path, "add", "--title", hc.title(e, k), "--description", hc.description(e), "--kind", "grant",
                "--deadline", "2026-12-20").stdout.strip()
        cli(path, "note", i, hc.note(e))
        ids[hc.tag(k)] = i
    return path, ids


PATH, IDS = make_hostile_file()
TAGS = set(IDS)


# MARK: - Screen checks

def joined_lines(s, history=False):
    """The pane's lines with wrapped lines joined (`capture-pane -J`), so an over-long line shows."""
    args = ["capture-pane", "-p", "-J", "-t", s.target] + (["-S", "-"] if history else [])
    out = s._tmux(*args)
    return [line.rstrip(" ") for line in out.split("\n")]


def assert_untouched(s, baseline, where):
    state = s._display(PANE_MODES)
    assert state == baseline, f"{where}: pane title/modes changed: {baseline!r} -> {state!r}"
    buffers = s._tmux("list-buffers")
    assert buffers.strip() == "", f"{where}: a paste buffer appeared: {buffers!r}"


def assert_clean_lines(lines, where):
    for n, line in enumerate(lines):
        bad = FORBIDDEN.search(line)
        assert not bad, f"{where}: raw control {bad.group()!r} in line {n}: {line!r}"


def assert_nothing_wrapped(s, where, history=False):
    """No line ran past the pane's right edge. tmux itself is the judge: a line that did is
    marked wrapped, so joining wrapped lines (`-J`) gives fewer lines than the plain capture."""
    extra = ["-S", "-"] if history else []
    plain = s._tmux("capture-pane", "-p", "-t", s.target, *extra).split("\n")
    joined = s._tmux("capture-pane", "-p", "-J", "-t", s.target, *extra).split("\n")
    if len(plain) != len(joined):
        long = [line.rstrip() for line in joined if cells(line.rstrip()) > s.width]
        raise AssertionError(f"{where}: {len(plain) - len(joined)} line(s) ran past {s.width} cells: {long[:3]!r}")


SCREENS = {"tracker": 0, "cli": 0}


def check_tracker_screen(s, baseline, where, footer):
    SCREENS["tracker"] += 1
    assert_untouched(s, baseline, where)
    assert_clean_lines(joined_lines(s), where)
    assert_nothing_wrapped(s, where)
    screen = s.screen()
    assert screen[0].lstrip().startswith("Convoca"), f"{where}: header gone: {screen[0]!r}"
    assert footer in screen[-1], f"{where}: status bar lost its key hints: {screen[-1]!r}"
    return screen


ROW = re.compile(r"^  ([0-9a-z]{8})  (H\d\d) ")


def check_list_rows(screen, where):
    """Rows are one line each: an id and a tag at the start, the kind column at one offset."""
    offsets = set()
    tags = []
    for line in screen[3:-2]:
        if not line.strip():
            continue
        m = ROW.match(line)
        assert m and IDS[m.group(2)] == m.group(1), f"{where}: not a clean row: {line!r}"
        tags.append(m.group(2))
        offsets.add(cells(line[: line.index(" grant ")]))
    assert len(offsets) <= 1, f"{where}: columns out of line ({sorted(offsets)})"
    return tags


def settle(s, timeout=2.0):
    """Waits until two captures 40 ms apart agree (the program has drawn its answer)."""
    deadline = time.monotonic() + timeout
    last = s.screen_with_escapes()
    while time.monotonic() < deadline:
        time.sleep(0.04)
        now = s.screen_with_escapes()
        if now == last:
            return
        last = now


# MARK: - Tests

def test_control_a_leak_would_be_seen():
    marker = "/tmp/convoca-e2e-control-done"
    with Session(["bash", "--norc", "--noprofile", "-c",
                  f"printf '\\033]2;{hc.TITLE_MARK}\\007\\033]52;c;{hc.CLIPBOARD_B64}\\007'; touch {marker}-$$; sleep 30"],
                 width=W, height=H, env=ENV, options=OPTIONS, name="control") as s:
        s.wait_until(lambda t: t.pane_title() == hc.TITLE_MARK, timeout=5, what="OSC 2 to set the title")
        s.wait_until(lambda t: t._tmux("list-buffers").strip() != "", timeout=5, what="OSC 52 to fill a buffer")
        assert "pwned" in s._tmux("show-buffer")


def test_tracker_survives_the_corpus():
    with Session([BIN, "--file", PATH], width=W, height=H, env=ENV, options=OPTIONS, name="hostile-tui") as s:
        s.wait_for(f"{len(IDS)} of {len(IDS)}")
        settle(s)
        baseline = s._display(PANE_MODES)
        list_footer = "/ filter"
        screen = check_tracker_screen(s, baseline, "list top", list_footer)
        seen_in_list = set(check_list_rows(screen, "list top"))
        # Scroll the whole list a page at a time.
        for page in range(6):
            before = s.screen_with_escapes()
            s.send_keys("PageDown")
            settle(s)
            if s.screen_with_escapes() == before:
                break
            screen = check_tracker_screen(s, baseline, f"list page {page + 1}", list_footer)
            seen_in_list |= set(check_list_rows(screen, f"list page {page + 1}"))
        assert seen_in_list == TAGS, f"rows never shown: {sorted(TAGS - seen_in_list)}"
        s.send_keys("g")
        settle(s)
        # Every record's detail: open, scroll a page, go to the end, back.
        seen_in_detail = set()
        for k in range(len(IDS)):
            s.send_keys("Enter")
            s.wait_until(lambda t: "Esc back" in t.screen()[-1], what=f"detail {k}")
            settle(s)
            screen = check_tracker_screen(s, baseline, f"detail {k}", "Esc back")
            m = re.match(r"^ (H\d\d) ", screen[2])
            assert m, f"detail {k}: title line is {screen[2]!r}"
            tag = m.group(1)
            seen_in_detail.add(tag)
            entry = hc.CORPUS[int(tag[1:])]
            if len(hc.title(entry, int(tag[1:]))) < 200:  # a long title wraps onto many lines
                assert IDS[tag] in s.screen_text(), f"detail {tag}: id not shown"
            if "\x1b" in entry.text:
                assert "␛" in s.screen_text(), f"detail {tag}: ESC should show as ␛"
            for key in ("PageDown", "End"):
                s.send_keys(key)
                settle(s)
                check_tracker_screen(s, baseline, f"detail {tag} after {key}", "Esc back")
            if k == 0:
                s.send_keys("?")
                s.wait_for("Keys —")
                check_tracker_screen(s, baseline, "help over a detail", "Esc close")
                s.send_keys("Escape")
                s.wait_until(lambda t: "Esc back" in t.screen()[-1], what="back to the detail")
            s.send_keys("Escape")
            s.wait_until(lambda t: list_footer in t.screen()[-1], what=f"list after detail {tag}")
            s.send_keys("j")
        assert seen_in_detail == TAGS, f"details never opened: {sorted(TAGS - seen_in_detail)}"
        settle(s)
        screen = check_tracker_screen(s, baseline, "list bottom", list_footer)
        check_list_rows(screen, "list bottom")
        s.send_keys("?")
        s.wait_for("Keys —")
        check_tracker_screen(s, baseline, "help", "Esc close")
        s.send_keys("j", "j", "j")
        settle(s)
        check_tracker_screen(s, baseline, "help scrolled", "Esc close")
        s.send_keys("Escape")
        s.wait_until(lambda t: list_footer in t.screen()[-1], what="list after help")
        s.send_keys("q")
        assert s.wait_for_exit() == 0
        assert s.pane_title() == baseline.split("|")[0]
        assert s._tmux("list-buffers").strip() == ""


def shell(name, width=120, height=50):
    s = Session(["bash", "--norc", "--noprofile"], width=width, height=height,
                env=dict(ENV, HISTFILE="/dev/null"), options=OPTIONS, name=name)
    s.send_keys(f"PS1='$ '; B={BIN}; F={PATH}; echo READY", "Enter")
    s.wait_for("READY")
    settle(s)
    # The set-up line may be wider than the pane: clear it away before measuring anything.
    s.send_keys("clear", "Enter")
    s.wait_until(lambda t: "READY" not in t.screen_text(), what="a clear screen")
    s._tmux("clear-history", "-t", s.target)
    s.counter = 0
    return s


def in_shell(s, command, timeout=20, runs=1):
    """Runs `command` (`runs` convoca commands) in the shell; returns its output lines (wrapped
    lines joined) and its status."""
    SCREENS["cli"] += runs
    s.counter += 1
    begin, end = f"BEGIN-{s.counter}", f"END-{s.counter}"
    s.send_keys(f"echo {begin}; {command}; echo {end} RC=$?", "Enter")
    s.wait_until(lambda t: any(line.startswith(end) for line in joined_lines(t, history=True)),
                 timeout=timeout, what=end)
    lines = joined_lines(s, history=True)
    start = max(n for n, line in enumerate(lines) if line == begin)
    stop = max(n for n, line in enumerate(lines) if line.startswith(end))
    return lines[start + 1:stop], int(lines[stop].split("RC=")[1])


def test_cli_on_a_terminal():
    with shell("hostile-cli") as s:
        baseline = s._display(PANE_MODES)
        out, rc = in_shell(s, "$B list --file $F")
        assert rc == 0
        assert_untouched(s, baseline, "list")
        assert_clean_lines(out, "list")
        assert_nothing_wrapped(s, "list", history=True)
        assert "\x1b[" in s.screen_with_escapes(), "colours should be on for a terminal"
        assert out[0].startswith("ID") and re.match(r"^\d+ of \d+ opportunities$", out[-1]), out
        rows = out[1:-1]
        assert len(rows) == len(IDS), f"{len(rows)} screen lines for {len(IDS)} rows"
        for row in rows:
            m = re.match(r"^([0-9a-z]{8})  (H\d\d) ", row)
            assert m and IDS[m.group(2)] == m.group(1), f"not one row per line: {row!r}"
        assert {re.match(r"^[0-9a-z]{8}  (H\d\d)", r).group(1) for r in rows} == TAGS
        # Every record in full, in one go.
        with open(PATH + ".ids", "w") as f:
            f.write("\n".join(f"{tag}:{i}" for tag, i in sorted(IDS.items())) + "\n")
        loop = 'for i in $(cat $F.ids); do echo "SHOW-${i%:*}"; $B show ${i#*:} --file $F; done'
        out, rc = in_shell(s, loop, timeout=60, runs=len(IDS))
        assert rc == 0
        assert_untouched(s, baseline, "show")
        assert_clean_lines(out, "show")
        assert_nothing_wrapped(s, "show", history=True)
        for tag in TAGS:
            n = out.index(f"SHOW-{tag}")
            assert out[n + 1].startswith(tag + " "), f"show {tag}: first line {out[n + 1]!r}"


# Each: shell words (bash ANSI-C quoting), argv for a piped run, mark expected in the message.
ERROR_CASES = [
    ("show $'\\x1b]2;pwned\\x07'", ["show", "\x1b]2;pwned\x07"], "␛]2;pwned␇"),
    ("list $'knd\\x1b[2J:x'", ["list", "knd\x1b[2J:x"], None),
    ("list $'kind:\\x1b[2J\\x1b[H'", ["list", "kind:\x1b[2J\x1b[H"], "␛[2J␛[H"),
    ("list $'due<\\x1b]52;c;cHduZWQ=\\x07'", ["list", "due<\x1b]52;c;cHduZWQ=\x07"], "␛]52;c;cHduZWQ=␇"),
    ("add --title x --kind $'\\x1b]52;c;eA==\\x07'", ["add", "--title", "x", "--kind", "\x1b]52;c;eA==\x07"],
     "␛]52;c;eA==␇"),
    ("add $'--\\x1b]2;pwned\\x07'", ["add", "--\x1b]2;pwned\x07"], "␛]2;pwned␇"),
    ("list --sort $'\\u009d2;pwned\\u009c'", ["list", "--sort", "\u009d2;pwned\u009c"], "�2;pwned�"),
    ("list --limit $'\\x1b[2J'", ["list", "--limit", "\x1b[2J"], "␛[2J"),
    ("show $'a\\nb\\rEVIL\\x1b[2J'", ["show", "a\nb\rEVIL\x1b[2J"], "a␊b␍EVIL␛[2J"),
    ("move $'\\u202eabc' won", ["move", "\u202eabc", "won"], "⟨RLO⟩abc"),
]


def test_error_messages_are_sanitised():
    with shell("hostile-errors") as s:
        baseline = s._display(PANE_MODES)
        for words, argv, mark in ERROR_CASES:
            out, rc = in_shell(s, f"$B {words} --file $F")
            assert_untouched(s, baseline, words)
            assert_clean_lines(out, words)
            # One message line (wrapped lines joined), holding the hostile text as inert marks.
            messages = [line for line in out if line.startswith(("Error:", "convoca:"))]
            assert len(messages) == 1, f"{words}: {out}"
            if mark:
                assert rc != 0 and mark in messages[0], f"{words}: {out}"
            # Piped: the same message, one line, nothing raw.
            p = cli(PATH, *argv, check=False)
            assert not FORBIDDEN.search(p.stderr), f"{argv}: raw control in {p.stderr!r}"
            first = p.stderr.splitlines()[0]
            assert first.startswith(("Error:", "convoca:")), first
            if mark:
                assert p.returncode != 0 and mark in first, f"{argv}: {p.stderr!r}"
        # A hostile file name echoed by check / list.
        evil_dir = tempfile.mkdtemp(prefix="convoca-e2e-\x1b]2;pwned\x07-")
        p = subprocess.run([BIN, "check", "--file", os.path.join(evil_dir, "\x1b[2Jmissing")],
                           capture_output=True, text=True, env=CLI_ENV)
        assert p.returncode != 0 and not FORBIDDEN.search(p.stderr + p.stdout), p.stderr
        assert "␛]2;pwned␇" in p.stderr


def test_piped_output_is_sanitised():
    p = cli(PATH, "list")
    assert not FORBIDDEN.search(p.stdout), FORBIDDEN.search(p.stdout)
    lines = p.stdout.splitlines()
    assert len(lines) == len(IDS) + 1, "one line per row plus the header"
    for line in lines[1:]:
        assert re.match(r"^[0-9a-z]{8}  H\d\d ", line), line
    for tag, i in IDS.items():
        out = cli(PATH, "show", i).stdout
        assert not FORBIDDEN.search(out), f"show {tag}: {FORBIDDEN.search(out)!r}"
        assert out.startswith(tag + " ")
        assert all(cells(line) <= 100 for line in out.splitlines()), f"show {tag}: a line is wider than 100"
        if "\x1b" in hc.CORPUS[int(tag[1:])].text:
            assert "␛" in out


def invalid_utf8_file():
    d = tempfile.mkdtemp(prefix="convoca-e2e-utf8-")
    path = os.path.join(d, "data.jsonl")
    cli(path, "add", "--title", "Fine one", "--kind", "grant")
    cli(path, "add", "--title", "PLACEHOLDER", "--kind", "grant")
    cli(path, "add", "--title", "Fine three", "--kind", "grant")
    data = open(path, "rb").read()
    assert data.count(b'"PLACEHOLDER"') == 1
    data = data.replace(b'"PLACEHOLDER"', b'"bad \xff\xfe bytes"')
    open(path, "wb").write(data)
    line = data[: data.index(b"\xff")].count(b"\n") + 1
    return path, line


def test_invalid_utf8_is_read_only_with_the_line():
    path, line = invalid_utf8_file()
    before = open(path, "rb").read()
    where = f"line {line}"
    # What was read before the damage is listed; the exit status says it is not all.
    p = cli(path, "list", check=False)
    assert p.returncode == 1 and "read-only" in p.stderr and where in p.stderr, p.stderr
    assert "Fine one" in p.stdout and "Fine three" not in p.stdout
    p = cli(path, "check", check=False)
    assert p.returncode == 1 and where in p.stderr and "UTF-8" in p.stderr, p.stderr
    p = cli(path, "add", "--title", "refused", check=False)
    assert p.returncode != 0 and "read-only" in p.stderr and where in p.stderr, p.stderr
    for args in (["list"], ["check"], ["add", "--title", "x"]):
        p = cli(path, *args, check=False)
        assert p.returncode in (0, 1, 64), f"{args}: crashed with {p.returncode}"
    with Session([BIN, "--file", path], width=W, height=H, env=ENV, name="utf8") as s:
        s.wait_until(lambda t: "read-only" in t.screen_text().lower(), what="the read-only banner")
        assert where in s.screen_text(), s.screen_text()
        s.send_keys("a")
        s.wait_until(lambda t: "read-only" in (t.screen()[-2] + t.screen()[-1]).lower(), what="add refused")
        assert "New opportunity" not in s.screen_text()
        s.send_keys("q")
        assert s.wait_for_exit() == 0
    assert open(path, "rb").read() == before


if __name__ == "__main__":
    runner.run(globals(), footer=lambda: f"hostile: {len(hc.CORPUS)} corpus entries; {SCREENS['tracker']} tracker screens "
        f"and {SCREENS['cli']} CLI runs on a terminal checked")
