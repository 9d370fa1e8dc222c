"""Small stores for the dashboard's reliability tests: a few ordinary documents, and the ones that
broke it (undated, far-future, far-past) or try to (markup and script in every field)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from realpolitik.records import Document, DocumentDate, Event, EventActor
from realpolitik.store import Store

SCRIPT = "<script>alert(1)</script>"
ONERROR = '<img src=x onerror="alert(2)">'
JS_URL = "javascript:alert(3)"
HOSTILE_ID = 'feeds/2015/"><svg onload=alert(4)>'
HOSTILE_CODE = '"><SVG ONLOAD=ALERT(5)>'  # upper case, as codes are: markup all the same

# (doc id, day or None, title, url, sentence, source (text, code, country), trigger, target)
ACTS = [
    ("wire/2014/gas", date(2014, 3, 5), "Gas deal", "https://example.org/gas",
     "Belarus signed a gas deal with Russia.", ("Belarus", "BLR", "BLR"), "signed", ("Russia", "RUS", "RUS")),
    ("food-row", date(2015, 6, 1), "Food row", None,
     "Moscow accused Minsk of smuggling banned food.", ("Moscow", "RUSGOV", "RUS"), "accused", ("Minsk", "BLRGOV", "BLR")),
    ("undated", None, None, None,
     "The EU criticised Belarus over the vote.", ("The EU", "EU", "EU"), "criticised", ("Belarus", "BLR", "BLR")),
    ("far-future", date(9999, 12, 31), "Last day", None,
     "Russia praised Belarus on the last day there is.", ("Russia", "RUS", "RUS"), "praised", ("Belarus", "BLR", "BLR")),
    ("far-past", date(1, 1, 1), "First day", None,
     "Belarus thanked the EU on the first day there was.", ("Belarus", "BLR", "BLR"), "thanked", ("the EU", "EU", "EU")),
    (HOSTILE_ID, date(2016, 2, 15), f"{SCRIPT} title", JS_URL,
     f"Russia {ONERROR} accused Belarus of {SCRIPT} things.", ("Russia", "RUS", "RUS"), "accused",
     ("Belarus", "BLR", "BLR")),
    ("rebels", date(2016, 3, 1), "Rebels", None,
     "The rebels accused Belarus of lying.", ("The rebels", HOSTILE_CODE, HOSTILE_CODE), "accused", ("Belarus", "BLR", "BLR")),
]  # fmt: skip
CODES = {"signed": ("057", 1, 8.0, "AGREE"), "accused": ("112", 3, -2.0, "ACCUSE"),
         "criticised": ("111", 3, -2.0, "DISAPPROVE"), "praised": ("051", 1, 3.4, "SUPPORT"),
         "thanked": ("051", 1, 3.4, "SUPPORT")}  # fmt: skip


def _actor(sentence: str, actor: tuple[str, str, str]) -> EventActor:
    text, code, country = actor
    at = sentence.index(text)
    return EventActor(text, code, country, (at, at + len(text)))


def hostile_records() -> tuple[list[Document], list[Event]]:
    documents, events = [], []
    for doc_id, day, title, url, sentence, source, trigger, target in ACTS:
        when = DocumentDate.given(day) if day else DocumentDate.unknown()
        documents.append(Document(doc_id, sentence, when, title=title, url=url))
        cameo, quad, goldstein, plover = CODES[trigger]
        at = sentence.index(trigger)
        events.append(Event(
            doc_id, day, 0, sentence, (0, len(sentence)), day, "doc",
            _actor(sentence, source), _actor(sentence, target), cameo, quad, goldstein, plover, None,
            "asserted", trigger, (at, at + len(trigger)),
        ))  # fmt: skip
    return documents, events


def build_hostile_store(path: Path) -> Path:
    documents, events = hostile_records()
    with Store(path) as store:
        store.write(documents, events)
    return path
