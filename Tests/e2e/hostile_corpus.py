"""Hostile text for Convoca's end-to-end tests: titles, notes and descriptions that would take
over a terminal if printed raw.

`CORPUS` is a list of `Entry(name, text)`. Every `text` is valid Unicode that can travel in a
command-line argument (no NUL). `title(e)`, `description(e)` and `note(e)` turn an entry into
the three fields a record gets; the title starts with a short plain tag (`H07`) so a test can
find the record on screen whatever the payload does.

Families covered: CSI (clear screen, cursor moves, scroll region, erase), SGR colours, OSC 0/2
window title (BEL- and ST-terminated), OSC 52 clipboard write, OSC 8 hyperlink, DCS (sixel and
tmux passthrough), 8-bit C1 codes (U+009B CSI, U+009D OSC, U+0090 DCS), charset switching
(SO, ESC ( 0), full reset (ESC c), CR and backspace overprinting, bell, DEL, bidi overrides and
isolates, zero-width joiners and spaces, a 50-code-point combining cluster, very long lines
(with and without spaces), CJK, emoji (ZWJ sequences, flags, skin tones, keycaps).
"""
from collections import namedtuple

Entry = namedtuple("Entry", "name text")

ESC = "\x1b"
BEL = "\x07"
ST = ESC + "\\"

# Marks (the mark itself must be absent from the pane title / buffers if the payload leaked).
TITLE_MARK = "pwned"
CLIPBOARD_B64 = "cHduZWQ="  # "pwned"

_COMBINING = "".join(chr(0x0300 + (k * 7) % 0x70) for k in range(49))

CORPUS = [
    Entry("csi-clear", f"{ESC}[2J{ESC}[H"),
    Entry("csi-cursor", f"up{ESC}[5Aleft{ESC}[20Dhome{ESC}[1;1Hsave{ESC}7{ESC}[10;40Hrestore{ESC}8end"),
    Entry("csi-erase", f"erase{ESC}[K{ESC}[1K{ESC}[2K{ESC}[J{ESC}[1J line"),
    Entry("csi-scroll", f"region{ESC}[5;10r{ESC}[3S{ESC}[2T{ESC}[L{ESC}[M{ESC}[r"),
    Entry("csi-modes", f"alt{ESC}[?1049h{ESC}[?25l{ESC}[?1000h{ESC}[?7l{ESC}[4h ins"),
    Entry("sgr", f"{ESC}[31;1;5mRED{ESC}[0m {ESC}[7minverse{ESC}[m {ESC}[38;2;255;0;0mtrue{ESC}[8mhidden"),
    Entry("osc0-bel", f"{ESC}]0;{TITLE_MARK}-osc0{BEL}after"),
    Entry("osc2-st", f"{ESC}]2;{TITLE_MARK}-osc2{ST}after"),
    Entry("osc2-unterminated", f"{ESC}]2;{TITLE_MARK}-open title never ends"),
    Entry("osc52-bel", f"{ESC}]52;c;{CLIPBOARD_B64}{BEL}clip"),
    Entry("osc52-st", f"{ESC}]52;p;{CLIPBOARD_B64}{ST}clip"),
    Entry("osc8-link", f"{ESC}]8;;https://evil.example/{ST}click me{ESC}]8;;{ST} done"),
    Entry("dcs-sixel", f"{ESC}Pq#0;2;0;0;0#1!10~{ST}sixel"),
    Entry("dcs-tmux", f"{ESC}Ptmux;{ESC}{ESC}]2;{TITLE_MARK}-dcs{BEL}{ST}pass"),
    Entry("c1-csi", "c1\u009b2J\u009bH\u009b31mred"),
    Entry("c1-osc", f"c1\u009d2;{TITLE_MARK}-c1\u009c \u009d52;c;{CLIPBOARD_B64}\u0007"),
    Entry("c1-dcs", "c1\u0090q#0!5~\u009c\u0085nel\u008dri"),
    Entry("charset", f"so\x0eqqqq\x0fsi {ESC}(0lqqk{ESC}(B"),
    Entry("reset", f"ris{ESC}c{ESC}[!p soft"),
    Entry("cr-overprint", "safe\rEVIL"),
    Entry("bs-overprint", "abc\b\b\bXYZ"),
    Entry("bell-del", "bell\x07\x07 del\x7f\x7f vt\x0b ff\x0c"),
    Entry("bidi-override", "invoice\u202egpj.exe\u202c \u202dLRO\u202c \u202aLRE\u202b RLE\u202c"),
    Entry("bidi-isolate", "a\u2066LRI\u2069 b\u2067RLI\u2069 c\u2068FSI\u2069 d\u200e\u200f\u061c"),
    Entry("zero-width", "zw\u200bsp\u200cnj\u200dj\ufeffbom\u2060wj\u2028ls\u2029ps"),
    Entry("zwj-orphan", "\u200d\u0301start \u200c\ufe0f"),
    Entry("combining-50", "Z" + _COMBINING + " zalgo"),
    Entry("long-words", " ".join(["cooperación"] * 300)),
    Entry("long-unbroken", "x" * 2500),
    Entry("cjk", "国际合作征集 日本語のタイトル 한국어제목 全角ＡＢＣ１２３"),
    Entry("emoji", "🎉🚀 👍🏽 🇨🇴🇪🇺 ❤️ 1️⃣ 👩\u200d👩\u200d👧 🏳️\u200d🌈 \U0001F3FD stray"),
    Entry("mixed", f"Beca{ESC}]2;{TITLE_MARK}{BEL} 国际\u202e{ESC}[2J\r\b😀" + "\u0301" * 20),
]


def title(e, index):
    """The record title: a plain tag, then the payload (one line once sanitised)."""
    return f"H{index:02d} {e.name} {e.text}"


def description(e):
    """A multi-line description: the payload, a newline, the payload again."""
    return f"{e.text}\n{e.name} second line {e.text}"


def note(e):
    return f"note {e.name}: {e.text}"


def tag(index):
    return f"H{index:02d}"


if __name__ == "__main__":
    for k, e in enumerate(CORPUS):
        print(f"{tag(k)} {e.name:20} {len(e.text):5} code points  {e.text.encode('unicode_escape')[:60]!r}")
