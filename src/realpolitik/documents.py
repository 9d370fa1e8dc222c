"""Reading documents: files, directories, JSON Lines and stdin -> cleaned, dated Documents.

A file that cannot be used (binary, empty, undecodable, too large, not English) becomes an
``InputError(path, problem)`` handed to ``on_error``; the rest of the batch goes on.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .cleaning import clean, clean_text
from .docdate import infer_document_date
from .errors import InputError
from .records import Document, DocumentDate

__all__ = ["MAX_BYTES", "clean_text", "document_from_text", "infer_document_date", "iter_documents"]

MAX_BYTES = 50 * 1024 * 1024
SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_ENGLISH = frozenset(
    "the of and to in a is that for on with as by was are it from at be this has have not which "
    "its or an but were their been will his they he who would also after more".split()
)

ErrorHandler = Callable[[InputError], None]


def document_from_text(
    text: str,
    *,
    doc_id: str,
    date: datetime.date | str | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str = "<text>",
) -> Document:
    """A Document from raw text: cleaned, titled, and dated (given date wins, else inferred;
    a date may be given as an ISO string, "2014-03-05")."""
    if isinstance(date, str):
        try:
            date = datetime.date.fromisoformat(date)
        except ValueError:
            raise InputError(source, f"the date {date!r} is not an ISO date (YYYY-MM-DD)") from None
    cleaned = clean(text)
    doc_date = DocumentDate.given(date) if date else infer_document_date(cleaned.text)
    return Document(doc_id, cleaned.text, doc_date, source=source, url=url, title=title or cleaned.title)


def iter_documents(
    paths: Iterable[str | Path],
    *,
    date: datetime.date | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[Document]:
    """Documents from files (.txt .html .htm .jsonl), directories (recursive, sorted) or "-"."""
    report = on_error or _raise
    for path in paths:
        if str(path) == "-":
            yield from _guarded(lambda: _from_stream(_read_stdin(), "<stdin>", "stdin", date), report)
            continue
        path = Path(path)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)  # .git, editor backups
            )  # fmt: skip
            for file in files:
                yield from _guarded(lambda f=file: _from_file(f, date, report), report)
        elif path.exists():
            yield from _guarded(lambda p=path: _from_file(p, date, report), report)
        else:
            report(InputError(str(path), "no such file or directory"))


def _raise(error: InputError) -> None:
    raise error


def _guarded(make: Callable[[], Iterator[Document]], report: ErrorHandler) -> Iterator[Document]:
    try:
        yield from make()
    except InputError as e:
        report(e)


def _from_file(path: Path, date: datetime.date | None, report: ErrorHandler) -> Iterator[Document]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(str(path), f"unsupported file type {suffix or '(none)'}; use .txt, .html, .htm or .jsonl")
    try:
        if suffix == ".jsonl":  # a corpus of any size, read a line at a time
            with path.open("rb") as lines:
                yield from _from_jsonl(lines, str(path), date, report)
            return
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(str(path), f"file is {_mb(size)}, over the {_mb(MAX_BYTES)} limit; split it")
        data = path.read_bytes()
    except OSError as e:
        raise InputError(str(path), f"cannot read: {e.strerror}") from e
    yield from _from_stream(data, str(path), path.stem, date, html=suffix in (".html", ".htm"))


def _mb(size: int) -> str:
    return f"{size / 2**20:.0f} MB"


def _read_stdin() -> bytes:
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError("<stdin>", f"more than {_mb(MAX_BYTES)} on standard input; split it into files")
    return data


def _from_stream(
    data: bytes, source: str, doc_id: str, date: datetime.date | None, *, html: bool | None = None
) -> Iterator[Document]:
    text = _decode_declared(data) if html else None
    text = text if text is not None else decode(data, source)
    if html is None:
        html = bool(re.match(r"\s*(<!doctype html|<html|<head|<body)", text, re.I))
    title = None
    if html:
        text, title = _html_text(text, source)
    yield _checked(text, source=source, doc_id=doc_id, date=date, title=title)


def _checked(text: str, *, source: str, doc_id: str, date: datetime.date | None, **meta) -> Document:
    if not text.strip():
        raise InputError(source, "empty document (no text)")
    document = document_from_text(text, doc_id=doc_id, date=date, source=source, **meta)
    if not document.text.strip():
        raise InputError(source, "no text left after removing page boilerplate")
    problem = language_problem(document.text)
    if problem:
        raise InputError(source, problem)
    return document


def decode(data: bytes, source: str) -> str:
    """UTF-8 text from bytes; Windows-1252 only when that is unambiguous, else InputError."""
    if not data.strip():
        raise InputError(source, "empty file")
    head = data[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise InputError(source, "binary file (contains NUL bytes), not text")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(source, f"invalid UTF-16 at byte {e.start}") from e
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        utf8_error = e
    # A few stray bytes in 0x80-0x9F/0xA0-0xFF in otherwise ASCII text is the classic
    # Windows-1252 file; anything else (mixed encodings, binary) is refused.
    high = sum(b >= 0x80 for b in data)
    if high <= max(8, len(data) // 200):
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = ""
        if text and all(ch.isprintable() or ch in "\n\r\t" for ch in text):
            return text
    raise InputError(
        source, f"not valid UTF-8 (byte {utf8_error.start}); re-save the file as UTF-8"
    ) from utf8_error


def _decode_declared(data: bytes) -> str | None:
    """An HTML page in the non-UTF-8 charset its own <meta> declares, when it declares one."""
    m = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", data[:4096], re.I)
    if not m or m.group(1).lower() in (b"utf-8", b"utf8"):
        return None
    try:
        return data.decode(m.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


def language_problem(text: str) -> str | None:
    """Why ``text`` does not look like English, or None (Latin script + English stopwords)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "no words in the text"
    latin = sum(ch.isascii() for ch in letters) / len(letters)
    words = re.findall(r"[a-z]+", text.lower())
    ratio = sum(w in _ENGLISH for w in words) / max(len(words), 1)
    if latin < 0.7:
        return f"does not look like English ({latin:.0%} Latin letters); skipped"
    if len(words) >= 20 and ratio < 0.08:
        return f"does not look like English (only {ratio:.0%} English function words); skipped"
    return None


def _html_text(html: str, source: str) -> tuple[str, str | None]:
    import trafilatura

    text = trafilatura.extract(html, output_format="markdown", include_comments=False, include_tables=False)
    if not text:
        raise InputError(source, "no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    return text, (meta.title if meta and meta.title else None)


def _from_jsonl(
    lines: Iterable[bytes], source: str, date: datetime.date | None, report: ErrorHandler
) -> Iterator[Document]:
    for number, raw in enumerate(lines, start=1):
        where = f"{source}:{number}"
        if len(raw) > MAX_BYTES:
            report(InputError(where, f"line is {_mb(len(raw))}, over the {_mb(MAX_BYTES)} limit"))
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as e:
            report(InputError(where, f"not valid UTF-8 (byte {e.start} of the line)"))
            continue
        if not line.strip():
            continue
        try:
            yield _jsonl_document(line, where, date)
        except InputError as e:
            report(e)


def _jsonl_document(line: str, where: str, date: datetime.date | None) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(where, f"not valid JSON ({e.msg} at column {e.colno})") from e
    if not isinstance(record, dict):
        raise InputError(where, "each line must be a JSON object with 'id' and 'text'")
    doc_id, text = record.get("id"), record.get("text")
    if doc_id is None or not isinstance(text, str):
        raise InputError(where, "missing 'id' or 'text' (a string)")
    own_date = record.get("date")
    if own_date is not None:
        try:
            own_date = datetime.date.fromisoformat(str(own_date))
        except ValueError:
            raise InputError(where, f"'date' {own_date!r} is not YYYY-MM-DD") from None
    return _checked(
        text, source=where, doc_id=str(doc_id), date=own_date or date, url=record.get("url"), title=record.get("title")
    )


def batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """The documents in lists of ``size`` (the last one shorter), read lazily."""
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
