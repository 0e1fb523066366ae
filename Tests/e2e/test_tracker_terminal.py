"""The full-screen tracker gives the terminal back in every way it can end or pause: quit by
SIGTERM, SIGHUP, Ctrl-C; Ctrl-Z then `fg` (repainted whole, at the new size); afterwards
the shell's tty modes are exactly as before, the alternate screen is off, the cursor shows.

Nothing here depends on what the tracker shows: it is ready when tmux reports the alternate
screen on; not getting there is a failure. CONVOCA_BIN names the binary (run_all.sh sets it); CONVOCA_TUI_ARGS the
arguments that start the tracker (default: --demo)."""

import atexit
import os
import shlex
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
from tmux_harness import HarnessError, Session  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("CONVOCA_BIN", os.path.join(ROOT, ".build", "debug", "convoca"))
ARGS = shlex.split(os.environ.get("CONVOCA_TUI_ARGS", "--demo"))
COMMAND = shlex.join([BIN, *ARGS])




def alternate_on(s):
    return s._display("#{alternate_on}") == "1"


def shell(tag):
    """bash in tmux that saved its tty modes to a file, ready for a command."""
    s = Session(["bash", "--norc", "--noprofile"], env={"HISTFILE": "/dev/null"}, name=tag)
    s.stty_file = f"/tmp/convoca-e2e-stty-{s.socket}"
    atexit.register(_remove, s.stty_file + ".before", s.stty_file + ".after")
    s.send_keys(f"PS1='$ '; stty -g > {s.stty_file}.before; echo READY", "Enter")
    s.wait_for("READY")
    return s


def start_tracker(s):
    """Runs the tracker from the shell; the command's status is echoed as RC=n at the end."""
    s.send_keys(f'{COMMAND}; echo "RC=$?"', "Enter")
    try:
        s.wait_until(alternate_on, timeout=8, what="the tracker to enter full-screen mode")
    except HarnessError:
        raise AssertionError("the tracker did not enter full-screen mode") from None
    # Let the first frame land.
    s.wait_until(lambda t: any(line.strip() for line in t.screen()), timeout=5, what="a first frame")


def returned_status(s):
    s.wait_until(lambda t: any(line.startswith("RC=") for line in t.screen()), what="the tracker to exit")
    line = next(line for line in s.screen() if line.startswith("RC="))
    return int(line[3:])


def assert_terminal_restored(s):
    assert not alternate_on(s), "alternate screen still on"
    f = s.stty_file
    # The answer is built at run time, so the typed command line never matches it.
    s.send_keys(f'stty -g > {f}.after; cmp -s {f}.before {f}.after && r=SAME || r=DIFFER; echo "MODES:$r"', "Enter")
    s.wait_until(lambda t: {"MODES:SAME", "MODES:DIFFER"} & set(t.screen()), what="stty check")
    assert "MODES:DIFFER" not in s.screen(), "tty modes not restored"
    _, _, visible = s.cursor()
    assert visible, "cursor hidden after exit"


def _remove(*paths):
    for path in paths:
        try:
            os.remove(path)
        except OSError:
            pass


def tracker_pid(s):
    """The tracker's pid: the shell's foreground child."""
    shell_pid = s.pane_pid()
    for _ in range(100):
        try:
            with open(f"/proc/{shell_pid}/task/{shell_pid}/children") as f:
                children = f.read().split()
            if children:
                return int(children[-1])
        except OSError:
            pass
        time.sleep(0.02)
    raise HarnessError("tracker process not found")


def quit_by_signal(sig):
    with shell(f"sig{sig}") as s:
        start_tracker(s)
        os.kill(tracker_pid(s), sig)
        status = returned_status(s)
        assert status in (0, 128 + sig), f"exit status {status}"
        assert_terminal_restored(s)


def test_sigterm_restores_terminal():
    quit_by_signal(signal.SIGTERM)


def test_sighup_restores_terminal():
    quit_by_signal(signal.SIGHUP)


def test_fatal_signal_restores_terminal():
    """A crash (SIGABRT, as from a failed precondition) leaves a clean terminal behind."""
    with shell("abrt") as s:
        start_tracker(s)
        os.kill(tracker_pid(s), signal.SIGABRT)
        status = returned_status(s)
        assert status == 128 + signal.SIGABRT, f"exit status {status}"
        assert_terminal_restored(s)


def test_ctrl_c_restores_terminal():
    with shell("ctrlc") as s:
        start_tracker(s)
        s.send_keys("C-c")
        status = returned_status(s)
        assert status in (0, 130), f"exit status {status}"
        assert_terminal_restored(s)


def test_ctrl_z_then_fg_repaints_at_new_size():
    with shell("ctrlz") as s:
        start_tracker(s)
        before = s.screen()
        s.send_keys("C-z")
        s.wait_for("Stopped")
        assert not alternate_on(s)
        s.send_keys("echo SHELL-WAS-HERE", "Enter")
        s.wait_for("SHELL-WAS-HERE")
        s.send_keys("fg", "Enter")
        s.wait_until(alternate_on, what="full-screen mode again")
        s.wait_until(lambda t: t.screen() == before, timeout=5, what="the same frame, repainted")
        s.resize(80, 20)
        s.wait_until(lambda t: t.screen() != before, timeout=5, what="a frame at 80x20")
        os.kill(tracker_pid(s), signal.SIGTERM)
        returned_status(s)
        assert_terminal_restored(s)


if __name__ == "__main__":
    runner.run(globals())
