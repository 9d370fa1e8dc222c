"""Reading documents: files, directories, JSON Lines and stdin -> cleaned, dated Documents.

A file that cannot be used (binary, empty, undecodable, too large, not English) becomes an
``InputError(path, problem)`` handed to ``on_error``; the rest of the batch goes on.
"""

from __future__ import annotations

import datetime
import errno
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .bylines import page_byline, with_byline
from .cleaning import clean, clean_text
from .docdate import infer_document_date
from .errors import InputError
from .records import DATE_RANGE, Document, DocumentDate

__all__ = ["DATE_RANGE", "MAX_BYTES", "check_date", "clean_text", "document_from_text", "infer_document_date", "iter_documents"]

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
    if date:
        check_date(date, source)
    cleaned = clean(text)
    doc_date = DocumentDate.given(date) if date else infer_document_date(cleaned.text)
    return Document(doc_id, cleaned.text, doc_date, source=source, url=url, title=title or cleaned.title)


def check_date(value: datetime.date, source: str) -> datetime.date:
    """``value`` when it lies in ``DATE_RANGE``, else an InputError naming ``source``."""
    first, last = DATE_RANGE
    if not first <= value <= last:
        raise InputError(source, f"the date {value.isoformat()} is outside {first.isoformat()} to {last.isoformat()}; "
                                 "give the document's real date")
    return value


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
            yield from _guarded(lambda: _from_stream(_read_stdin(), "<stdin>", "stdin", date), report, "<stdin>")
            continue
        path = Path(path)
        if path.is_dir():
            for file in _files_in(path, report):
                yield from _guarded(lambda f=file: _from_file(f, date, report), report, str(file))
        elif path.exists():
            yield from _guarded(lambda p=path: _from_file(p, date, report), report, str(path))
        else:
            report(InputError(str(path), _missing(path)))


def _files_in(folder: Path, report: ErrorHandler) -> list[Path]:
    """The documents under ``folder``, sorted; a folder that cannot be listed is reported, not
    passed over in silence.  Hidden files and folders (.git, editor backups) are left out."""
    def unreadable(error: OSError) -> None:
        report(InputError(str(error.filename), f"cannot read the directory: {error.strerror}"))

    found: list[Path] = []
    for parent, folders, names in os.walk(folder, onerror=unreadable):
        folders[:] = [f for f in folders if not f.startswith(".")]
        found += [Path(parent, n) for n in names if not n.startswith(".") and Path(n).suffix.lower() in SUFFIXES]
    return sorted(found)


def _missing(path: Path) -> str:
    """Why a path that does not exist cannot be read: a symbolic link can point nowhere or at itself."""
    if not path.is_symlink():
        return "no such file or directory"
    try:
        path.stat()
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "a symbolic link loop (the link leads back to itself); point it at a real file"
    return f"a broken symbolic link (to {os.readlink(path)}, which does not exist)"


def _raise(error: InputError) -> None:
    raise error


def _guarded(make: Callable[[], Iterator[Document]], report: ErrorHandler, where: str) -> Iterator[Document]:
    """The documents ``make`` yields; whatever goes wrong in one file is reported, the batch goes on."""
    try:
        yield from make()
    except InputError as e:
        report(e)
    except Exception as e:  # noqa: BLE001 - a bug meeting a strange file must not end the batch
        report(InputError(where, f"cannot be read: {type(e).__name__}: {e}"))


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
        if e.errno == errno.ELOOP:
            raise InputError(str(path), _missing(path)) from e
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
    if problem := script_problem(text):  # before cleaning: cleaning takes foreign text for boilerplate
        raise InputError(source, problem)
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
    encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else _utf16_without_bom(head)
    if encoding is None and b"\x00" in head:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    if encoding:
        try:
            return data.decode(encoding)
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


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for text saved as UTF-16 without a byte order mark: mostly
    ASCII, so every other byte is NUL, all at odd (LE) or all at even (BE) positions."""
    pairs = len(head) // 2
    if pairs < 4:
        return None
    odd, even = head[1:2 * pairs:2].count(0), head[0:2 * pairs:2].count(0)
    if odd >= 0.9 * pairs and not even:
        return "utf-16-le"
    if even >= 0.9 * pairs and not odd:
        return "utf-16-be"
    return None


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
    """Why ``text`` does not look like English, or None (Latin script + English stopwords).
    Only the first ``_SAMPLE`` characters are looked at: a long text is one language throughout."""
    sample = text[:_SAMPLE]
    problem = script_problem(sample)
    if problem:
        return problem
    words = re.findall(r"[a-z]+", sample.lower())
    ratio = sum(w in _ENGLISH for w in words) / max(len(words), 1)
    if len(words) >= 20 and ratio < 0.08:
        return f"not English: only {ratio:.0%} English function words; realpolitik codes English text only"
    return None


def script_problem(text: str) -> str | None:
    """Why ``text`` cannot be English by its letters alone (no letters, or mostly another script)."""
    letters = [ch for ch in text[:_SAMPLE] if ch.isalpha()]
    if not letters:
        return "no words in the text"
    if sum(ch.isascii() for ch in letters) >= 0.7 * len(letters):
        return None
    script, share = _main_script(ch for ch in letters if not ch.isascii())
    return (f"not English: detected {script} script ({share:.0%} of the other letters); "
            "realpolitik codes English text only (translate it first)")


_SAMPLE = 20_000


def _main_script(letters: Iterable[str]) -> tuple[str, float]:
    """The script most of ``letters`` are written in ("Cyrillic", "CJK", "Arabic") and its share."""
    counts: dict[str, int] = {}
    for ch in letters:
        script = unicodedata.name(ch, "UNKNOWN").split()[0].title().replace("Cjk", "CJK")
        counts[script] = counts.get(script, 0) + 1
    script = max(counts, key=counts.__getitem__)
    return script, counts[script] / sum(counts.values())


def _has_prose(text: str) -> bool:
    """Whether a line of the text's start reads as a sentence: four words or more, one of them
    closing with a full stop, a question or an exclamation mark."""
    return any(len(line.split()) >= 4 and re.search(r"\w[.!?]", line) for line in text[:50_000].splitlines())


def _html_text(html: str, source: str) -> tuple[str, str | None]:
    import trafilatura

    text = trafilatura.extract(html, output_format="markdown", include_comments=False, include_tables=False)
    if not text or not _has_prose(text):
        # trafilatura falls back to any text of the page: a menu ("Home World Sport") is no article
        raise InputError(source, "no article text found in the HTML (no sentence, only menus or links)")
    meta = trafilatura.extract_metadata(html)
    return with_byline(text, page_byline(html, _first_paragraph(text))), (meta.title if meta and meta.title else None)


def _first_paragraph(text: str) -> str:
    """The start of the article proper: its first paragraph of eight words or more, not a heading."""
    return next((p for p in text.split("\n\n") if not p.startswith("#") and len(p.split()) >= 8), "")


def _from_jsonl(
    lines: BinaryIO, source: str, date: datetime.date | None, report: ErrorHandler
) -> Iterator[Document]:
    for number, raw in enumerate(_bounded_lines(lines), start=1):
        where = f"{source}:{number}"
        if raw is None:
            report(InputError(where, f"line is over the {_mb(MAX_BYTES)} limit; split it"))
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as e:
            report(InputError(where, f"not valid UTF-8 (byte {e.start} of the line)"))
            continue
        if not line.strip():
            continue
        yield from _guarded(lambda line=line, where=where: iter([_jsonl_document(line, where, date)]), report, where)


def _bounded_lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """The stream's lines, each read whole only when it is within ``MAX_BYTES`` (None for a
    longer one, read and dropped in pieces): a 60 MB line never sits in memory."""
    while True:
        line = stream.readline(MAX_BYTES + 1)
        if not line:
            return
        if len(line) <= MAX_BYTES:
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(MAX_BYTES)
        yield None


# The fields of a JSON Lines record and the types each may have (None: the field may be missing).
_FIELDS: dict[str, tuple[type, ...]] = {"id": (str, int), "text": (str,), "date": (str, type(None)),
                                        "url": (str, type(None)), "title": (str, type(None))}


def _jsonl_document(line: str, where: str, date: datetime.date | None) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(where, f"not valid JSON ({e.msg} at column {e.colno})") from e
    except RecursionError:
        raise InputError(where, "not valid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise InputError(where, "each line must be a JSON object with 'id' and 'text'")
    if record.get("id") is None or record.get("text") is None:
        raise InputError(where, "missing 'id' or 'text' (a string)")
    for name, types in _FIELDS.items():
        value = record.get(name)
        if not isinstance(value, types) or isinstance(value, bool):
            wanted = " or ".join({str: "string", int: "number"}[t] for t in types if t is not type(None))
            raise InputError(where, f"'{name}' must be a {wanted}, not {_json_type(value)}")
        if isinstance(value, str):
            _check_encodable(value, f"'{name}'", where)
    own_date = record.get("date")
    if own_date is not None:
        try:
            own_date = datetime.date.fromisoformat(own_date)
        except ValueError:
            raise InputError(where, f"'date' {own_date!r} is not YYYY-MM-DD") from None
    return _checked(
        record["text"], source=where, doc_id=str(record["id"]), date=own_date or date, url=record.get("url"),
        title=record.get("title"),
    )


def _check_encodable(value: str, field: str, where: str) -> None:
    """JSON's "\\ud800" escapes a lone surrogate: valid JSON, but no text (it cannot be stored)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise InputError(where, f"{field} holds an unpaired surrogate (\\u{ord(value[e.start]):04x} at character "
                                f"{e.start}); fix the record's encoding") from None


def _json_type(value: object) -> str:
    """How JSON calls a Python value's type, for a message about a record."""
    names = {bool: "true/false", int: "a number", float: "a number", str: "a string", list: "a list",
             dict: "an object", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def batches(documents: Iterable[Document], size: int, *, alone_over: int | None = None) -> Iterator[list[Document]]:
    """The documents in lists of ``size`` (the last one shorter), read lazily.  A document longer
    than ``alone_over`` characters comes in a list of its own: its events are streamed piece by
    piece, never held with a batch's (``Limits.in_pieces``)."""
    batch: list[Document] = []
    for document in documents:
        if alone_over is not None and len(document.text) > alone_over:
            if batch:
                yield batch
                batch = []
            yield [document]
            continue
        batch.append(document)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

