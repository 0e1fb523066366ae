#!/usr/bin/env python3
"""End-to-end tests of completions.

1. `convoca --generate-completion-script bash|zsh|fish` prints a non-empty script that names
   the subcommands and the stage, kind and area values; `bash -n` parses the bash one (and
   `zsh -n` the zsh one, when zsh is installed).
2. In the tracker, `/owner:gom` then Tab completes the owner from the data (accents ignored,
   quoted because of the space) and the list shows only that owner's calls; Tab again shows
   the next candidate; the form completes an owner the same way.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
import test_tracker as tt  # noqa: E402
from tmux_harness import Session  # noqa: E402

BIN, ENV, CLI_ENV, cli = tt.BIN, tt.ENV, tt.CLI_ENV, tt.cli

STAGES = ["identified", "preparing", "applied", "won", "lost", "dropped"]


def script(shell):
    p = subprocess.run([BIN, "--generate-completion-script", shell], capture_output=True, text=True,
                       env=CLI_ENV, timeout=60)
    assert p.returncode == 0, f"{shell}: {p.returncode} {p.stderr}"
    assert p.stdout.strip(), f"{shell}: empty script"
    return p.stdout


def check_script(shell, text):
    for word in ["list", "move", "add", "--kind", "--area", "--file"]:
        assert word.lstrip("-") in text, f"{shell} script lacks {word}"
    for stage in STAGES:
        assert stage in text, f"{shell} script lacks stage {stage}"
    for value in ["scholarship", "alliance", "education-culture", "security-peace", "jsonl"]:
        assert value in text, f"{shell} script lacks {value}"


def test_bash_script_parses_and_names_the_values():
    text = script("bash")
    check_script("bash", text)
    with tempfile.NamedTemporaryFile("w", suffix=".bash", delete=False) as f:
        f.write(text)
    p = subprocess.run(["bash", "-n", f.name], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    # Sourced in a real bash, it registers a completion for convoca.
    p = subprocess.run(["bash", "-c", f"source {f.name} && complete -p convoca"], capture_output=True,
                       text=True, timeout=60)
    assert p.returncode == 0 and "convoca" in p.stdout, p.stdout + p.stderr


def test_bash_completes_stages_kinds_and_areas_in_a_real_shell():
    d = tempfile.mkdtemp(prefix="convoca-e2e-bash-")
    path = os.path.join(d, "convoca.bash")
    with open(path, "w") as f:
        f.write(script("bash"))
    env = {"PATH": os.path.dirname(os.path.abspath(BIN)) + ":/usr/bin:/bin", "HOME": d, "PS1": "$ "}
    with Session(["bash", "--norc", "--noprofile"], width=150, height=12, env=env, name="bash") as s:
        s.send_keys(f"source {path}", "Enter")
        s.send_keys("convoca move someid ", "Tab", "Tab")
        s.wait_for("identified")
        text = s.screen_text()
        assert all(stage in text for stage in STAGES), text
        s.send_keys("C-u", "convoca add --kind sch", "Tab")
        s.wait_for("--kind scholarship")
        s.send_keys(" --area inn", "Tab")
        s.wait_for("--area innovation")
        s.send_keys("C-u", "exit", "Enter")


def test_zsh_and_fish_scripts():
    zsh = script("zsh")
    check_script("zsh", zsh)
    assert zsh.startswith("#compdef convoca"), zsh[:40]
    if shutil.which("zsh"):
        with tempfile.NamedTemporaryFile("w", suffix=".zsh", delete=False) as f:
            f.write(zsh)
        p = subprocess.run(["zsh", "-n", f.name], capture_output=True, text=True, timeout=60)
        assert p.returncode == 0, p.stderr
    fish = script("fish")
    check_script("fish", fish)
    assert "complete -c 'convoca'" in fish, fish[:200]


def test_unknown_shell_is_refused():
    p = subprocess.run([BIN, "--generate-completion-script", "powershell"], capture_output=True, text=True,
                       env=CLI_ENV, timeout=60)
    assert p.returncode != 0
    assert "powershell" in p.stderr, p.stderr


def new_file():
    d = tempfile.mkdtemp(prefix="convoca-e2e-complete-")
    path = os.path.join(d, "data.jsonl")
    for title, owner in [("Movilidad Medellín", "Ana Gómez"), ("Becas KOICA", "Ana Gómez"),
                         ("Premio Bloomberg", "Luis Pérez"), ("Red URBACT", "Gomez")]:
        cli(path, "add", "--title", title, "--owner", owner)
    return path


def test_tab_completes_an_owner_in_the_filter_and_the_form():
    path = new_file()
    with Session([BIN, "--file", path], width=110, height=30, env=ENV, name="complete") as s:
        s.wait_for("Red URBACT")
        s.send_keys("/")
        s.type("owner:gom")
        s.send_keys("Tab")
        s.wait_for('/ owner:"Ana Gómez"')
        s.wait_for_absent("Red URBACT")
        text = s.screen_text()
        assert "Movilidad Medellín" in text and "Becas KOICA" in text and "Premio Bloomberg" not in text, text
        assert "owner:Gomez" in text, "the other candidate is listed"
        s.send_keys("Tab")
        s.wait_for("/ owner:Gomez")
        s.wait_for("Red URBACT")
        s.send_keys("Tab", "Enter")
        s.wait_for_absent("Red URBACT")
        # The form: the owner field completes from the data too.
        s.send_keys("a")
        s.wait_for("title *")
        s.type("Fondo nuevo")
        for _ in range(11):  # title → owner with ↓
            s.send_keys("Down")
        s.send_keys("C-u")
        s.type("lu")
        s.send_keys("Tab")
        s.wait_for("Luis Pérez")
        s.send_keys("C-s")
        s.wait_for_absent("title *")
        s.send_keys("q")
        s.wait_for_exit()
    added = [r for r in json.loads(cli(path, "list", "--json")) if r["title"] == "Fondo nuevo"]
    assert added and added[0]["owner"] == "Luis Pérez", added


if __name__ == "__main__":
    runner.run(globals())
