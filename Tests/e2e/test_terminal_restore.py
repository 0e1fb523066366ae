"""Harness self-test: drives bash in tmux. Proves the harness can type, wait for text, read
the pane title (what later tests use to show a hostile title does not reach the pane),
resize, suspend/resume a job, and clean up its private tmux server."""

import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
from tmux_harness import Session  # noqa: E402

BASH = ["bash", "--norc", "--noprofile"]
ENV = {"HISTFILE": "/dev/null"}


def bash():
    """bash in tmux with a short prompt, ready for input."""
    s = Session(BASH, env=ENV)
    s.send_keys("PS1='$ '; echo READY", "Enter")
    s.wait_for("READY")
    return s


def test_types_and_waits():
    with bash() as s:
        s.send_keys("echo hel'lo'", "Enter")
        lines = s.wait_for("hello")
        assert "hello" in lines, lines
        assert len(lines) == 30 and all(len(line) <= 100 for line in lines)


def test_terminal_inside_is_tmux_256color():
    with bash() as s:
        s.send_keys('echo "T=$TERM B=$SWIFT_BACKTRACE"', "Enter")
        s.wait_for("T=tmux-256color B=enable=no")


def test_reads_pane_title_set_by_program():
    with bash() as s:
        before = s.pane_title()
        assert before != "pwned"
        s.send_keys(r"printf '\033]2;pwned\007'; echo done", "Enter")
        s.wait_for("done")
        s.wait_until(lambda t: t.pane_title() == "pwned", timeout=5, what="title pwned")


def test_resize_and_exit_status():
    with bash() as s:
        s.resize(60, 10)
        s.send_keys('echo "$(tput cols)x$(tput lines)"', "Enter")
        s.wait_for("60x10")
        assert len(s.screen()) == 10
        s.send_keys("exit 3", "Enter")
        status = s.wait_for_exit()
        assert status == 3, (status, s.screen())


def test_ctrl_z_and_fg():
    with bash() as s:
        s.send_keys("cat", "Enter")
        s.wait_until(lambda t: t.current_command() == "cat", what="cat to run")
        s.send_keys("C-z")
        s.wait_for("Stopped")
        s.send_keys("fg", "Enter")
        s.send_keys("still here", "Enter")
        s.wait_until(lambda t: t.screen_text().count("still here") >= 2, what="cat echo")
        s.send_keys("C-d")
        s.send_keys("exit", "Enter")
        s.wait_for_exit()


def test_kill_removes_the_server():
    s = Session(BASH, env=ENV)
    socket = s.socket
    s.kill()
    s.kill()
    result = subprocess.run(["tmux", "-L", socket, "list-sessions"], capture_output=True, text=True)
    assert result.returncode != 0


if __name__ == "__main__":
    runner.run(globals())
