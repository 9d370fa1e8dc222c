"""The attribute ruler's matches, found by table look-ups.

spaCy's ``attribute_ruler`` (in the English models: each tag's part of speech and morphology, and
a few exceptions; 179 patterns in the small model) finds where its patterns hold with a
``Matcher``, which tries each pattern at every word: a tenth of the whole pipeline's time, as much
as the coder's own work.  Its patterns only ask whether a word's tag, form, dependency or
whitespace is (or is not) one of some values, or matches a regular expression: the same matches
come from the words that hold the values each pattern names, looked up in a table of the
document's columns, and the ruler sets the attributes from them itself, as before.
``match_by_columns`` puts this search in place of the ruler's own when every pattern is of that
kind (a ruler that asks more keeps spaCy's); ``spacys_own_matching`` undoes it for a while (the
speed benchmark's bare spaCy: what users' ``nlp.pipe`` with the model costs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

# the word attributes a pattern may test, each a column of ``Doc.to_array`` (a string's id, or a
# flag: 0 or 1) that holds what the Matcher compares
_STRING_COLUMNS = ("ORTH", "LOWER", "TAG", "DEP")
_FLAG_COLUMNS = ("IS_SPACE",)
_ALIASES = {"TEXT": "ORTH"}


@dataclass(frozen=True)
class _Test:
    """One condition on a word: the value of its ``column`` is one of ``values`` (is none of them
    when ``negated``), or its string matches ``regex``."""

    column: str
    values: frozenset[int] = frozenset()
    negated: bool = False
    regex: re.Pattern[str] | None = None


@dataclass(frozen=True)
class _Pattern:
    """One pattern of a rule: the tests of each of its words; ``key``, a test of values on the word
    at ``offset`` by whose words the pattern's spans are looked for (None: looked for everywhere),
    and ``checks``, the other tests, each with its word's offset."""

    length: int
    key: _Test | None
    offset: int
    checks: tuple[tuple[int, _Test], ...]

    @classmethod
    def of(cls, words: tuple[tuple[_Test, ...], ...]) -> _Pattern:
        tests = [(offset, test) for offset, word in enumerate(words) for test in word]
        # (the rarest words first: a form before a tag, a tag before a dependency, values before
        # an expression, which is asked of each string of the column)
        keys = [(offset, test) for offset, test in tests if not test.negated]
        offset, key = min(keys, key=lambda k: (k[1].regex is not None, _KEY_ORDER.index(k[1].column)),
                          default=(0, None))
        return cls(len(words), key, offset, tuple(t for t in tests if t != (offset, key)))

    @property
    def columns(self) -> set[str]:
        return {test.column for test in (self.key, *(t for _, t in self.checks)) if test is not None}


_KEY_ORDER = ("LOWER", "ORTH", "TAG", "DEP", "IS_SPACE")

# a rule: its number (the ruler's attribute id), its Matcher key and its patterns
_Rule = tuple[int, int, tuple[_Pattern, ...]]


class ColumnMatch:
    """``AttributeRuler.match`` of one ruler's ``rules``: every (rule number, key, start, end)
    where a pattern of the rule holds, in that order, as the Matcher finds them."""

    def __init__(self, ruler: AttributeRuler, rules: list[_Rule], columns: tuple[str, ...]) -> None:
        self.ruler = ruler
        self.read = (ruler.matcher, len(ruler.matcher))  # the patterns the rules were read from
        self.rules = rules
        self.columns = columns
        # each pattern under the values its key looks for: a text asks only for the patterns of
        # the values it holds (most rules name a word it does not hold)
        self.by_value: dict[tuple[str, int], list[tuple[int, int]]] = {}
        self.everywhere: list[tuple[int, int]] = []
        for at, (_, _, patterns) in enumerate(rules):
            for k, p in enumerate(patterns):
                for value in p.key.values if p.key else ():
                    self.by_value.setdefault((p.key.column, value), []).append((at, k))
                if p.key is None or p.key.regex is not None:
                    self.everywhere.append((at, k))
        self.key_columns = tuple(sorted({column for column, _ in self.by_value}))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        from spacy.attrs import IDS

        matcher, size = self.read
        if self.ruler.matcher is not matcher or len(matcher) != size:
            # (patterns added or loaded since the rules were read: spaCy's Matcher finds theirs)
            return type(self.ruler).match(self.ruler, doc)
        if not len(doc):
            return []
        table = doc.to_array([IDS[c] for c in self.columns]).reshape(len(doc), len(self.columns))
        words = _Words(dict(zip(self.columns, table.T.tolist())), doc.vocab.strings)
        live = {*self.everywhere}
        for column in self.key_columns:
            for value in words.places(column):
                live.update(self.by_value.get((column, value), ()))
        found: list[tuple[int, int, int, int]] = []
        for at in sorted({at for at, _ in live}):
            number, key, patterns = self.rules[at]
            spans = [(start, start + p.length) for k, p in enumerate(patterns) if (at, k) in live
                     for start in words.starts(p)]
            if len(patterns) > 1:  # (a span two patterns of one rule match is one match)
                spans = sorted(set(spans))
            found += [(number, key, start, end) for start, end in spans]
        return found


class _Words:
    """The columns of one document, and where each value of a column stands (made when asked)."""

    def __init__(self, columns: dict[str, list[int]], strings) -> None:
        self.columns = columns
        self.strings = strings
        self.count = len(next(iter(columns.values())))
        self._places: dict[str, dict[int, list[int]]] = {}

    def starts(self, pattern: _Pattern) -> list[int]:
        """Where a span the pattern matches starts, in order."""
        key = pattern.key
        if key is None:
            found: Sequence[int] = range(self.count)
        else:
            places = self.places(key.column)
            values = key.values if key.regex is None else [v for v in places if key.regex.search(self.strings[v])]
            found = [i for v in values for i in places.get(v, ())]
            if len(values) > 1:
                found.sort()
        last = self.count - pattern.length
        return [start - pattern.offset for start in found if 0 <= start - pattern.offset <= last
                and all(self._passes(test, start - pattern.offset + offset) for offset, test in pattern.checks)]

    def places(self, column: str) -> dict[int, list[int]]:
        if column not in self._places:
            places: dict[int, list[int]] = {}
            for i, value in enumerate(self.columns[column]):
                places.setdefault(value, []).append(i)
            self._places[column] = places
        return self._places[column]

    def _passes(self, test: _Test, i: int) -> bool:
        value = self.columns[test.column][i]
        if test.regex is not None:
            return bool(test.regex.search(self.strings[value])) != test.negated
        return (value in test.values) != test.negated


def match_by_columns(nlp: Language) -> None:
    """Let each attribute ruler of ``nlp`` whose patterns all ask what ``_tests`` reads find its
    matches by columns (``ColumnMatch``)."""
    from spacy.pipeline import AttributeRuler

    for _, component in nlp.pipeline:
        if isinstance(component, AttributeRuler):
            found = _rules(component)
            if found is not None:
                component.match = ColumnMatch(component, *found)


@contextmanager
def spacys_own_matching(nlp: Language) -> Iterator[Language]:
    """``nlp`` with its attribute rulers' own Matchers for the while."""
    rulers = [c for _, c in nlp.pipeline if isinstance(getattr(c, "__dict__", {}).get("match"), ColumnMatch)]
    taken = [ruler.__dict__.pop("match") for ruler in rulers]
    try:
        yield nlp
    finally:
        for ruler, match in zip(rulers, taken):
            ruler.match = match


def _rules(ruler: AttributeRuler) -> tuple[list[_Rule], tuple[str, ...]] | None:
    """The ruler's rules as tests, and the columns they read; None when a pattern asks anything
    else (an operator, another attribute or predicate, a callback)."""
    from spacy.strings import get_string_id

    rules: list[_Rule] = []
    for number in range(len(ruler.attrs)):
        key = get_string_id(str(number))
        if key not in ruler.matcher:
            return None
        on_match, patterns = ruler.matcher.get(key)
        words = [tuple(_tests(word) for word in pattern) for pattern in patterns]
        if on_match is not None or not patterns or any(None in pattern or not pattern for pattern in words):
            return None
        rules.append((number, key, tuple(_Pattern.of(pattern) for pattern in words)))  # type: ignore[arg-type]
    if len(ruler.matcher) != len(rules):
        return None
    columns = set().union(*(p.columns for _, _, patterns in rules for p in patterns))
    return rules, tuple(sorted(columns)) or ("ORTH",)


def _tests(word: dict) -> tuple[_Test, ...] | None:
    """The tests of one word's pattern, or None when it asks what they cannot say."""
    tests = []
    for name, wanted in word.items():
        column = _ALIASES.get(name.upper(), name.upper())
        test = _string_test(column, wanted) if column in _STRING_COLUMNS else \
            _flag_test(column, wanted) if column in _FLAG_COLUMNS else None
        if test is None:
            return None
        tests.append(test)
    return tuple(tests)


def _string_test(column: str, wanted: Any) -> _Test | None:
    """A string attribute's test: a value, ``{"IN": [...]}``, ``{"NOT_IN": [...]}`` or ``{"REGEX": ...}``."""
    from spacy.strings import get_string_id

    if isinstance(wanted, str):
        return _Test(column, frozenset({get_string_id(wanted)}))
    if not isinstance(wanted, dict) or len(wanted) != 1:
        return None
    [(predicate, value)] = wanted.items()
    if predicate in ("IN", "NOT_IN") and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return _Test(column, frozenset(get_string_id(v) for v in value), negated=predicate == "NOT_IN")
    if predicate == "REGEX" and isinstance(value, str):
        return _Test(column, regex=re.compile(value))
    return None


def _flag_test(column: str, wanted: Any) -> _Test | None:
    return _Test(column, frozenset({int(wanted)})) if isinstance(wanted, bool) else None
