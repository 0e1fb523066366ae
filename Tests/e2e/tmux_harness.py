"""Drive a program in a detached tmux session, for Convoca's end-to-end tests.

Standard library only. Every session runs on its own tmux server (`tmux -L <unique socket>`),
so tests can run in parallel, and `kill()` (also on `with` exit and at interpreter exit) takes
the whole server down. Inside the session TERM is tmux-256color, the size is fixed, and
SWIFT_BACKTRACE=enable=no keeps Swift's crash backtracer from waiting for input.

    with Session(["bash", "--norc"]) as s:
        s.send_keys("echo hello", "Enter")
        s.wait_for("hello")
"""

from __future__ import annotations

import atexit
import os
import shlex
import signal as signal_module
import subprocess
import time
import uuid

DEFAULT_ENV = {
    "SWIFT_BACKTRACE": "enable=no",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
}

_live_sessions: set["Session"] = set()


class HarnessError(AssertionError):
    """A wait timed out or tmux failed; the message carries the screen for diagnosis."""


class Session:
    """One program running in a detached tmux session on a private tmux server."""

    def __init__(self, command, width=100, height=30, env=None, cwd=None, name="e2e", options=None):
        """Starts `command` (a list of arguments, or a shell string) in a `width` x `height`
        pane. `env` adds to DEFAULT_ENV and the caller's environment. `options` are global
        tmux options (e.g. {"set-clipboard": "on"}) set before the program starts, through a
        private configuration file."""
        self.socket = f"convoca-{name}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.width, self.height = width, height
        self.target = "main"
        argv = command if isinstance(command, str) else shlex.join(command)
        merged = dict(DEFAULT_ENV, **(env or {}))
        env_flags = []
        for key, value in merged.items():
            env_flags += ["-e", f"{key}={value}"]
        # The server inherits a clean environment plus ours; no user tmux config.
        server_env = {k: v for k, v in os.environ.items() if k not in ("TMUX", "TMUX_PANE")}
        server_env.update(merged)
        self._server_env = server_env
        _live_sessions.add(self)
        self._alive = True
        config = "/dev/null"
        if options:
            config = f"/tmp/{self.socket}.conf"
            with open(config, "w") as f:
                for key, value in options.items():
                    f.write(f"set-option -g {key} {shlex.quote(str(value))}\n")
            atexit.register(_remove_quietly, config)
        self._tmux(
            "-f", config, "new-session", "-d", "-s", self.target,
            "-x", str(width), "-y", str(height), *env_flags,
            *(["-c", cwd] if cwd else []), argv,
        )
        # Keep the pane (and its last screen) after the program exits, and fix the size.
        self._tmux("set-option", "-t", self.target, "remain-on-exit", "on")
        self._tmux("set-option", "-t", self.target, "default-terminal", "tmux-256color")
        self._tmux("set-window-option", "-t", self.target, "window-size", "manual")
        self._tmux("resize-window", "-t", self.target, "-x", str(width), "-y", str(height))

    # MARK: - tmux plumbing

    def _tmux(self, *args, check=True):
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=self._server_env, text=True, timeout=15,
        )
        if check and result.returncode != 0:
            raise HarnessError(f"tmux {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    def _display(self, fmt):
        return self._tmux("display-message", "-p", "-t", self.target, fmt).rstrip("\n")

    # MARK: - Input

    def send_keys(self, *keys):
        """Sends tmux key names ("Enter", "Up", "C-z", "Escape", "BTab", "F1") or text. A
        string that is not a key name is typed literally."""
        for key in keys:
            if _is_key_name(key):
                self._tmux("send-keys", "-t", self.target, key)
            else:
                self._tmux("send-keys", "-t", self.target, "-l", key)

    def type(self, text):
        """Types `text` literally (no key-name interpretation)."""
        self._tmux("send-keys", "-t", self.target, "-l", text)

    def resize(self, width, height):
        """Resizes the pane; the program gets SIGWINCH."""
        self.width, self.height = width, height
        self._tmux("resize-window", "-t", self.target, "-x", str(width), "-y", str(height))

    # MARK: - Output

    def screen(self):
        """The visible screen as a list of `height` lines (trailing spaces removed)."""
        out = self._tmux("capture-pane", "-p", "-t", self.target)
        lines = out.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        lines += [""] * (self.height - len(lines))
        return [line.rstrip() for line in lines[: self.height]]

    def screen_text(self):
        """The screen as one string, lines joined by newlines."""
        return "\n".join(self.screen())

    def screen_with_escapes(self):
        """The screen with SGR escapes (colours, attributes) kept: `capture-pane -e`."""
        return self._tmux("capture-pane", "-p", "-e", "-t", self.target)

    def pane_title(self):
        """The pane title (`#{pane_title}`), which OSC 0/2 escapes from the program set."""
        return self._display("#{pane_title}")

    def cursor(self):
        """(x, y, visible) of the pane's cursor."""
        x, y, flag = self._display("#{cursor_x} #{cursor_y} #{cursor_flag}").split()
        return int(x), int(y), flag == "1"

    def is_dead(self):
        """True once the program in the pane has exited."""
        return self._display("#{pane_dead}") == "1"

    def exit_status(self):
        """The program's exit status (128 + n if killed by signal n) once tmux has recorded
        it, else None. tmux marks the pane dead when its output closes, and records the
        status a moment later when it reaps the process."""
        if not self.is_dead():
            return None
        status, signal = self._display("#{pane_dead_status}|#{pane_dead_signal}").split("|")
        if status.strip().isdigit():
            return int(status)
        if signal.strip().isdigit():
            return 128 + int(signal)
        # Seen with tmux 3.3a: the SIGCHLD is missed and the child stays a zombie. Nudge the
        # server so it reaps it; the next poll sees the status.
        try:
            os.kill(int(self._display("#{pid}")), signal_module.SIGCHLD)
        except (ValueError, OSError):
            pass
        return None

    def current_command(self):
        """The name of the foreground process in the pane (`#{pane_current_command}`)."""
        return self._display("#{pane_current_command}")

    def pane_pid(self):
        """The process id of the program in the pane."""
        return int(self._display("#{pane_pid}"))

    # MARK: - Waiting

    def wait_until(self, predicate, timeout=10.0, what="condition"):
        """Polls `predicate(self)` until it is true; raises HarnessError with the screen."""
        deadline = time.monotonic() + timeout
        delay = 0.01
        while True:
            if predicate(self):
                return
            if time.monotonic() > deadline:
                raise HarnessError(f"timed out after {timeout}s waiting for {what}; screen:\n{self._framed()}")
            time.sleep(delay)
            delay = min(delay * 2, 0.1)

    def wait_for(self, text, timeout=10.0):
        """Waits until `text` appears anywhere on the screen; returns the screen lines."""
        self.wait_until(lambda s: text in s.screen_text(), timeout, what=repr(text))
        return self.screen()

    def wait_for_absent(self, text, timeout=10.0):
        """Waits until `text` is no longer on the screen."""
        self.wait_until(lambda s: text not in s.screen_text(), timeout, what=f"{text!r} to go away")

    def wait_for_exit(self, timeout=10.0):
        """Waits for the program to exit; returns its exit status."""
        self.wait_until(lambda s: s.exit_status() is not None, timeout, what="the program to exit")
        return self.exit_status()

    def _framed(self):
        try:
            return "\n".join(f"|{line}" for line in self.screen())
        except Exception as error:  # the server may be gone
            return f"(no screen: {error})"

    # MARK: - Cleanup

    def kill(self):
        """Kills the session and its private tmux server. Safe to call more than once."""
        if not self._alive:
            return
        self._alive = False
        _live_sessions.discard(self)
        self._tmux("kill-server", check=False)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.kill()
        return False


_KEY_NAMES = {
    "Enter", "Escape", "Tab", "BTab", "Space", "BSpace", "Up", "Down", "Left", "Right",
    "Home", "End", "PageUp", "PageDown", "PgUp", "PgDn", "NPage", "PPage", "DC", "IC",
    "Delete", "Insert",
}


def _is_key_name(key):
    if key in _KEY_NAMES:
        return True
    if len(key) >= 2 and key[0] == "F" and key[1:].isdigit():
        return True
    # C-x, M-x, C-M-x, S-Up ...
    parts = key.split("-")
    return len(parts) > 1 and all(p in ("C", "M", "S") for p in parts[:-1]) and (
        len(parts[-1]) == 1 or parts[-1] in _KEY_NAMES
    )


def _remove_quietly(path):
    try:
        os.remove(path)
    except OSError:
        pass


@atexit.register
def _cleanup():
    for session in list(_live_sessions):
        session.kill()


def start(command, **kwargs):
    """Shorthand for Session(command, **kwargs)."""
    return Session(command, **kwargs)
