"""A folder of hostile input files mixed with good ones, written by the tests themselves.

``GOOD`` maps each good file to an event its text must give (source, target); ``BAD`` maps each
bad file (or JSON Lines line) to words its one-line error must contain.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from realpolitik.documents import MAX_BYTES

POLAND = "Poland condemned Russia on Monday over the detention of two diplomats.\n\n" \
         "The Polish foreign ministry said the two men had been held for a week without charge.\n"
JAPAN = "Japan criticized China on Tuesday for sending coast guard ships near the disputed islands.\n"
TURKEY = "Turkey thanked Qatar for its mediation in the prisoner exchange, officials said on Friday.\n"
BRAZIL = "Brazil \U0001F1E7\U0001F1F7 praised Argentina\x07 for its help \U0001F600 during the floods on Thursday, " \
         "the foreign ministry said.\n"
ARTICLE = (
    "<!doctype html><html><head><title>Border row</title></head><body><nav>Home | World | Sport</nav>"
    "<article><h1>Border row deepens</h1><p>Lithuania accused Belarus on Wednesday of pushing hundreds of "
    "migrants across the border, and the Lithuanian interior minister said the government would build a "
    "fence.</p><p>The European Union said it stood with Vilnius and would send border guards to help.</p>"
    "</article><footer>Copyright</footer></body></html>"
)
NO_ARTICLE = "<!doctype html><html><body><nav>Home | World | Sport | Login</nav><footer>Copyright</footer></body></html>"
RUSSIAN = "Министр иностранных дел заявил в понедельник, что переговоры будут продолжены на следующей неделе.\n"
CHINESE = "外交部发言人周一表示，双方将在下周继续举行会谈，并就边界问题交换意见。\n"

GOOD: dict[str, tuple[str, str]] = {
    "poland.txt": ("POL", "RUS"),
    "japan_utf16_bom.txt": ("JPN", "CHN"),
    "turkey_utf16_no_bom.txt": ("TUR", "QAT"),
    "lithuania.html": ("LTU", "BLR"),
    "brazil_emoji_control.txt": ("BRA", "ARG"),
    "records.jsonl:1": ("DEU", "FRA"),
    "records.jsonl:14": ("IND", "PAK"),
}

BAD: dict[str, str] = {
    "empty.txt": "empty file",
    "blank.txt": "empty file",
    "binary.txt": "binary file",
    "latin_garbage.txt": "not valid UTF-8",
    "russian.txt": "not English: detected Cyrillic script",
    "chinese.txt": "not English: detected CJK script",
    "no_article.html": "no article text found",
    "over_limit.txt": "over the 50 MB limit",
    "loop.txt": "symbolic link loop",
    "records.jsonl:2": "not valid JSON",
    "records.jsonl:3": "must be a JSON object",
    "records.jsonl:4": "'text' must be a string, not a number",
    "records.jsonl:5": "'url' must be a string, not a number",
    "records.jsonl:6": "'title' must be a string, not a list",
    "records.jsonl:7": "the date 0001-01-01 is outside",
    "records.jsonl:8": "the date 9999-12-31 is outside",
    "records.jsonl:9": "not valid UTF-8",
    "records.jsonl:11": "nested too deeply",
    "records.jsonl:12": "'id' must be a string or number, not true/false",
    "records.jsonl:13": "'date' '2021-02-30' is not YYYY-MM-DD",
    "records.jsonl:15": "'text' holds an unpaired surrogate (\\ud800 at character 23)",
}
UNREADABLE: dict[str, str] = {"locked.txt": "Permission denied", "locked_folder": "cannot read the directory"}

_RECORDS = [
    json.dumps({"id": "germany", "text": "Germany praised France on Monday for its mediation.", "date": "2021-05-04"}),
    '{"id": "broken", "text": "no closing brace"',
    "[1, 2, 3]",
    json.dumps({"id": "t", "text": 7}),
    json.dumps({"id": "u", "text": "Spain thanked Portugal.", "url": 12}),
    json.dumps({"id": "v", "text": "Spain thanked Portugal.", "title": ["a", "list"]}),
    # year 1 and 9999 with a weekday phrase: "last Monday" fell off the calendar (OverflowError)
    json.dumps({"id": "w", "text": "Chile accused Peru last Monday of spying.", "date": "0001-01-01"}),
    json.dumps({"id": "x", "text": "Chile accused Peru last Monday of spying.", "date": "9999-12-31"}),
    None,  # invalid UTF-8, written as bytes below
    "",
    "[" * 100_000 + "]" * 100_000,
    json.dumps({"id": True, "text": "Spain thanked Portugal."}),
    json.dumps({"id": "y", "text": "Spain thanked Portugal.", "date": "2021-02-30"}),
    json.dumps({"id": "india", "text": "India accused Pakistan on Sunday of shelling border villages.",
                "date": "2021-05-04"}),
    '{"id": "z", "text": "Spain thanked Portugal \\ud800 on Monday."}',  # a lone surrogate: valid JSON, no text
]


def write_corpus(folder: Path, *, unreadable: bool) -> Path:
    """Write the corpus into ``folder``; ``unreadable`` adds a chmod-000 file and folder."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = {"poland.txt": POLAND, "brazil_emoji_control.txt": BRAZIL, "lithuania.html": ARTICLE,
             "no_article.html": NO_ARTICLE, "russian.txt": RUSSIAN, "chinese.txt": CHINESE, "blank.txt": "  \n\n \t\n"}
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "japan_utf16_bom.txt").write_bytes(JAPAN.encode("utf-16"))
    (folder / "turkey_utf16_no_bom.txt").write_bytes(TURKEY.encode("utf-16-le"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "latin_garbage.txt").write_bytes(b"Poland \xff\xfe\xfa\xc3\x28 condemned " + bytes(range(128, 256)) * 4)
    with (folder / "over_limit.txt").open("wb") as f:  # sparse: costs no disk and no time
        f.truncate(MAX_BYTES + 1)
    os.symlink(folder / "loop_b.txt", folder / "loop.txt")
    os.symlink(folder / "loop.txt", folder / "loop_b.txt")
    with (folder / "records.jsonl").open("wb") as f:
        for record in _RECORDS:
            f.write((b"\"id\": \xff\xfe" if record is None else record.encode("utf-8")) + b"\n")
    if unreadable:
        (folder / "locked.txt").write_text(POLAND.replace("Poland", "Latvia"), encoding="utf-8")
        (folder / "locked.txt").chmod(0)
        (folder / "locked_folder").mkdir()
        (folder / "locked_folder" / "inside.txt").write_text(JAPAN, encoding="utf-8")
        (folder / "locked_folder").chmod(0)
    return folder


def unlock(folder: Path) -> None:
    """Give the chmod-000 entries their rights back, so that pytest can delete tmp_path."""
    for name in UNREADABLE:
        if (folder / name).exists():
            (folder / name).chmod(0o755)


def can_lock() -> bool:
    """chmod 000 stops no one who runs as root."""
    return os.geteuid() != 0
