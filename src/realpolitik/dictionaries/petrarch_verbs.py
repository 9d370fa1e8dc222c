"""PETRARCH's verb dictionary (``CAMEO.2.0.txt``): synonym sets, verb blocks and their patterns.

The file holds ``&LABEL`` synonym sets (``+WORD`` members), then blocks that open with
``--- NAME [code] ---``: verb forms (``BAN {BANS BANNED} [191]``, multi-word ``+CORDON_OFF``,
``WIRE_+TAP``) and patterns (``- * (FOR {FINANCIAL AID}) [021]``: words before the ``*`` that stands
for the verb, words after it, noun phrases in ``{}``, prepositional phrases in ``()``, ``&SYNSETS``
and the TABARI markers ``$`` source, ``+`` target, ``%`` compound, ``^`` skip).  Codes are
``[primary]``, ``[primary:reverse]`` (a second event, target to source) or ``[---]`` (no event).
``~`` lines (transformations of verb-on-verb structures) are counted, not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from realpolitik.dictionaries.lines import Line, LineError, dictionary_lines, phrase_words, read_text

# the closing "---" is optional: a comment after the code ("--- TROUBLED [---] # NOUN ---") cuts it off
_HEADER = re.compile(r"^---\s*(?P<name>[^\[]*?)\s*(?:\[(?P<code>[^\]]*)\])?[\s-]*$")
_VERB = re.compile(r"^(?P<form>[^{\[\]}]+?)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?\s*$")
_PATTERN = re.compile(r"^-\s*(?P<body>.*?)\s*\[(?P<code>[^\]]*)\]\s*$")
_CODE = re.compile(r"^[\w.]*$")
_TOKEN = re.compile(r"\{[^{}]*\}|[()*]|[^\s(){}*]+")
SLOTS = frozenset("$+%^")  # source, target, compound, skip: TABARI's markers, kept by PETRARCH


@dataclass(frozen=True)
class EventCode:
    """``[046]``, ``[046:046]``, ``[:074]``, ``[---]``: the event, and the reverse event if any."""

    primary: str | None
    reverse: str | None = None
    discard: bool = False  # TABARI's [###]: a match drops the sentence


@dataclass(frozen=True)
class Synset:
    label: str  # without the "&"
    members: tuple[tuple[str, ...], ...]  # each a phrase's words
    plurals: bool  # a label ending in "_" generates no plurals


@dataclass(frozen=True)
class VerbForm:
    """One verb of a block: its words, which of them is the verb, its irregular forms, its own code."""

    words: tuple[str, ...]
    verb_index: int
    forms: tuple[str, ...]
    code: EventCode | None
    line: int

    @property
    def verb(self) -> str:
        return self.words[self.verb_index]


@dataclass(frozen=True)
class Element:
    """A part of a pattern: ``word`` ("TALKS", "&WEAPON"), ``phrase`` ({FINANCIAL AID}: head last),
    ``slot`` ($ + % ^), or ``prep`` ((FOR AID): ``preposition`` and its object in ``object``)."""

    kind: str
    words: tuple[str, ...] = ()
    preposition: str | None = None
    object: Element | None = None


@dataclass(frozen=True)
class Pattern:
    before: tuple[Element, ...]
    after: tuple[Element, ...]
    code: EventCode
    line: int
    text: str
    # "RECENTLY_*", "*_OUT": the word right before / after the verb is joined to it (no word between)
    joined: tuple[bool, bool] = (False, False)


@dataclass(frozen=True)
class VerbBlock:
    name: str
    code: EventCode
    verbs: tuple[VerbForm, ...]
    patterns: tuple[Pattern, ...]
    line: int


@dataclass(frozen=True)
class VerbDictionary:
    path: str
    synsets: dict[str, Synset]
    blocks: tuple[VerbBlock, ...]
    transformations: int
    errors: tuple[LineError, ...]

    @property
    def patterns(self) -> int:
        return sum(len(b.patterns) for b in self.blocks)

    @property
    def verbs(self) -> int:
        return sum(len(b.verbs) for b in self.blocks)


class BadLine(ValueError):
    """What is wrong with a line; the reader adds file and line number."""


def parse_code(text: str) -> EventCode:
    """``"046:046"`` -> EventCode("046", "046"); ``"---"`` and ``""`` are no event, ``"###"`` a discard."""
    if text.strip() == "###":
        return EventCode(None, discard=True)
    parts = [p.strip() for p in text.split(":")]
    if len(parts) > 2 or not all(_CODE.match(p) or p == "---" for p in parts):
        raise BadLine(f"bad code [{text}]: use [NNN], [NNN:NNN] or [---]")
    primary, reverse = (parts + [""])[:2]
    return EventCode(None if primary in ("", "---") else primary, None if reverse in ("", "---") else reverse)


def parse_verb_form(line: Line) -> VerbForm:
    m = _VERB.match(line.text.strip())
    if not m:
        raise BadLine(f"cannot read the verb {line.text.strip()!r}: use VERB {{FORMS}} [code]")
    raw = m["form"].strip()
    words = phrase_words(raw)
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    if len(words) > 1 and len(marked) != 1:
        raise BadLine(f"multi-word verb {raw!r} needs one '+' before the word that is the verb")
    index = marked[0] if marked else 0
    words = tuple(w.lstrip("+") for w in words)
    forms = tuple((m["forms"] or "").split())
    code = parse_code(m["code"]) if m["code"] is not None else None
    return VerbForm(words, index, forms, code, line.number)


def parse_pattern(body: str) -> tuple[tuple[Element, ...], tuple[Element, ...]]:
    """The elements before and after the ``*`` of a pattern body."""
    # TABARI wrote "IN_*" and "*_OUT" for words next to the verb
    tokens = _TOKEN.findall(body.replace("_*", " *").replace("*_", "* "))
    if tokens.count("*") != 1:
        raise BadLine("a pattern needs exactly one '*' where the verb stands")
    star = tokens.index("*")
    return _elements(tokens[:star]), _elements(tokens[star + 1 :])


def _elements(tokens: list[str]) -> tuple[Element, ...]:
    out: list[Element] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok == "(":
            close = tokens.index(")", i) if ")" in tokens[i:] else -1
            if close < 0:
                raise BadLine("a '(' is not closed")
            out.append(_prep(tokens[i + 1 : close]))
            i = close + 1
            continue
        if tok == ")":
            raise BadLine("a ')' closes nothing")
        out.append(_element(tok))
        i += 1
    return tuple(out)


def _prep(inner: list[str]) -> Element:
    if not inner or inner[0] in SLOTS or inner[0].startswith("{"):
        raise BadLine("a prepositional phrase starts with its preposition: (FOR AID)")
    objects = _elements(inner[1:])
    if len(objects) > 1 and all(o.kind in ("word", "slot") for o in objects):
        # "(TO A VOTE)": PETRARCH reads loose words as one phrase, head last
        objects = (Element("phrase", tuple(w for o in objects for w in o.words)),)
    if len(objects) > 1:
        raise BadLine(f"a prepositional phrase has one object; put a phrase in braces: ({inner[0]} {{...}})")
    return Element("prep", preposition=inner[0], object=objects[0] if objects else None)


def _element(tok: str) -> Element:
    if tok in SLOTS:
        return Element("slot", (tok,))
    if tok.startswith("{"):
        words = phrase_words(tok[1:-1])
        if not words:
            raise BadLine("an empty {} phrase")
        return Element("phrase", words)
    return Element("word", phrase_words(tok))


@dataclass
class _Reader:
    """The state of one pass over a verb file: the open synset or block and what was read so far."""

    path: str
    headerless: bool = False  # TABARI: every verb line not under a header opens a block of its own
    synsets: dict[str, Synset] = field(default_factory=dict)
    blocks: list[VerbBlock] = field(default_factory=list)
    errors: list[LineError] = field(default_factory=list)
    transformations: int = 0
    _synset: tuple[str, list[tuple[str, ...]], bool] | None = None
    _block: tuple[str, EventCode, list[VerbForm], list[Pattern], int] | None = None
    _headed: bool = False

    def read(self, line: Line) -> None:
        text = line.text.strip()
        try:
            if text.startswith("&"):
                self._open_synset(text)
            elif text.startswith("---"):
                self._open_block(line)
            elif text.startswith("~"):
                self.transformations += 1
            elif text.startswith("+") and self._synset is not None:
                self._synset[1].append(phrase_words(text[1:]))
            elif text.startswith("-"):
                self._add_pattern(line)
            else:
                self._add_verb(line)
        except BadLine as exc:
            self.errors.append(LineError(self.path, line.number, str(exc)))

    def _open_synset(self, text: str) -> None:
        self._close_synset()
        label = text[1:].split()[0] if text[1:].split() else ""
        if not label:
            raise BadLine("a synonym set needs a label after '&'")
        self._synset = (label.rstrip("_"), [], not label.endswith("_"))

    def _close_synset(self) -> None:
        if self._synset is not None:
            label, members, plurals = self._synset
            self.synsets[label] = Synset(label, tuple(members), plurals)
            self._synset = None

    def _open_block(self, line: Line) -> None:
        self._close_synset()
        self._close_block()
        self._headed = True
        m = _HEADER.match(line.text.strip())
        name = m["name"] if m else line.text.strip("- ")
        # the block opens, with no code, even when its header is bad: its verbs must not join the one before
        self._block = (name, EventCode(None), [], [], line.number)
        if not m:
            raise BadLine("a block header reads --- NAME [code] ---; its verbs are read with no code of their own")
        self._block = (name, parse_code(m["code"] or "---"), [], [], line.number)

    def _close_block(self) -> None:
        if self._block is not None:
            name, code, verbs, patterns, number = self._block
            self.blocks.append(VerbBlock(name, code, tuple(verbs), tuple(patterns), number))
            self._block = None

    def _add_verb(self, line: Line) -> None:
        self._close_synset()
        verb = parse_verb_form(line)
        if self._block is None or (self.headerless and not self._headed):
            self._close_block()
            self._block = (" ".join(verb.words), verb.code or EventCode(None), [], [], line.number)
        self._block[2].append(verb)

    def _add_pattern(self, line: Line) -> None:
        self._close_synset()
        if self._block is None:
            raise BadLine("a pattern before any verb block")
        m = _PATTERN.match(line.text.strip())
        if not m:
            raise BadLine("a pattern reads - WORDS * WORDS [code]")
        before, after = parse_pattern(m["body"])
        self._check_synsets((*before, *after))
        joined = ("_*" in m["body"], "*_" in m["body"])
        self._block[3].append(Pattern(before, after, parse_code(m["code"]), line.number, m["body"], joined))

    def _check_synsets(self, elements: tuple[Element, ...]) -> None:
        for e in elements:
            for word in (*e.words, *(e.object.words if e.object else ())):
                for part in re.findall(r"&(\w+)", word):
                    if part.rstrip("_") not in self.synsets:
                        raise BadLine(f"synonym set &{part} is not defined before this pattern")

    def finish(self) -> VerbDictionary:
        self._close_synset()
        self._close_block()
        return VerbDictionary(self.path, self.synsets, tuple(self.blocks), self.transformations, tuple(self.errors))


def parse_verbs(text: str, path: str, *, headerless: bool = False) -> VerbDictionary:
    """A verb dictionary from its text; ``path`` names it in errors."""
    reader = _Reader(path, headerless=headerless)
    for line in dictionary_lines(text):
        reader.read(line)
    return reader.finish()


def read_petrarch_verbs(path: str | Path) -> VerbDictionary:
    """PETRARCH's ``CAMEO.2.0.txt`` or a file of the same format; malformed lines are in ``errors``."""
    return parse_verbs(read_text(path), str(path))
