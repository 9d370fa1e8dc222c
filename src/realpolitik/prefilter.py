"""Parse only what can hold an event: a cheap pass that blanks the sentences no trigger can code.

Before the parser, the document is tokenized and split at sentence punctuation (no model), and a
sentence is kept when it holds a trigger candidate (a form of a pattern's verb or noun, the imported
lexicon's included) and an actor candidate (a dictionary alias, a pronoun, a noun that stands for an
earlier actor, or a capitalised word a name may hide in).  The others are replaced by spaces around
a neutral word and a full stop, line breaks kept: the parser skips them almost for free and every offset into the
document still holds, so the events' spans point into the whole text as before.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from realpolitik.records import Document

# Words that stand for an actor named earlier (the discourse resolves them after the parse).
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their",
                       "our", "who"})
_ENDS = frozenset(".!?")
_CLOSERS = frozenset("\"')]”’»")
# What a dropped sentence becomes, besides spaces: a word no dictionary or model takes for an actor,
# and a full stop, so that it stays a sentence of its own and the sentences after it keep their
# numbers (and their events their ids).
_STAND_IN = "Yes"
_SHORTEST_DROPPED = len(_STAND_IN) + 2
# The story's country is read from its title and lead: the sentences up to the third of some length
# (past a page's menu lines) are always kept.
_LEAD_SENTENCES, _LEAD_WORDS = 3, 5


@dataclass
class FilterCounts:
    """Sentences the cheap pass kept and blanked, over every document it saw."""

    kept: int = 0
    dropped: int = 0

    def add(self, kept: int, dropped: int) -> None:
        self.kept += kept
        self.dropped += dropped

    @property
    def share_dropped(self) -> float:
        return self.dropped / max(self.kept + self.dropped, 1)


@dataclass
class Prefilter:
    """Blanks the sentences of a document that cannot hold an event; counts what it drops."""

    tokenizer: object
    actors: object  # ActorDictionary
    triggers: frozenset[str]
    stand_ins: frozenset[str]
    counts: FilterCounts = field(default_factory=FilterCounts)

    @classmethod
    def for_coder(cls, nlp, actors, patterns, counts: FilterCounts | None = None  # spaCy Language, ActorDictionary, Patterns
                  ) -> Prefilter:
        irregular = _irregular_forms(nlp)
        triggers = trigger_forms(patterns.trigger_words(), irregular)
        stand_ins = trigger_forms([*patterns.country_nouns, *patterns.organisation_nouns, *patterns.pair_nouns, *patterns.group_sizes,
                                   *patterns.group_nouns, *patterns.own_people], irregular)
        return cls(nlp.tokenizer, actors, frozenset(triggers), frozenset(stand_ins) | _PRONOUNS, counts or FilterCounts())

    def blank(self, text: str) -> str:
        """``text`` with every sentence that cannot hold an event turned into spaces; not its
        opening, from which the story's country is read (its title and lead)."""
        out = list(text)
        opening = _LEAD_SENTENCES
        for start, end, tokens in _sentences(self.tokenizer(text)):
            opening -= len(tokens) >= _LEAD_WORDS
            if opening >= 0 or end - start < _SHORTEST_DROPPED or self._can_hold_event(text[start:end], tokens):
                self.counts.kept += 1
                continue
            self.counts.dropped += 1
            out[start:end] = [c if c == "\n" else " " for c in text[start:end]]
            out[start:start + len(_STAND_IN)] = _STAND_IN
            out[end - 1] = "."
        return "".join(out)

    def _can_hold_event(self, sentence: str, tokens: list) -> bool:
        words = [t.lower_ for t in tokens]
        if not any(w in self.triggers for w in words):
            return False
        if any(w in self.stand_ins for w in words) or any(t.is_title or t.is_upper for t in tokens[1:]):
            return True
        return bool(self.actors.find_mentions(sentence))



def _sentences(doc) -> Iterator[tuple[int, int, list]]:  # a tokenized spaCy Doc
    """Character spans of the rough sentences of a tokenized text: each ends at sentence punctuation
    (with the quote or bracket closing after it) or a line break (paragraphs never share one)."""
    tokens: list = []
    ended = False
    for token in doc:
        if ended and not (token.is_space or token.text in _CLOSERS):
            yield tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), tokens
            tokens, ended = [], False
        if token.is_space:
            if "\n" in token.text and tokens:
                yield tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), tokens
                tokens, ended = [], False
            continue
        tokens.append(token)
        ended = ended or (token.text in _ENDS and not _abbreviation(tokens))
    if tokens:
        yield tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), tokens


def _abbreviation(tokens: list) -> bool:
    """Whether the full stop just read ends a short title ("Lt.", "Gen.") rather than a sentence."""
    return len(tokens) > 1 and tokens[-1].text == "." and tokens[-2].is_title and len(tokens[-2].text) <= 3 \
        and tokens[-2].idx + len(tokens[-2].text) == tokens[-1].idx


def trigger_forms(lemmas: Iterable[str], irregular: dict[str, set[str]]) -> set[str]:
    """Every form a trigger lemma may take in text: regular inflections (generous: a form too many
    only keeps a sentence) and the irregular ones the model's lemmatizer knows."""
    forms: set[str] = set()
    for lemma in lemmas:
        for word in lemma.lower().replace("_", " ").split():
            forms |= _inflections(word) | irregular.get(word, set())
    return forms


def _inflections(word: str) -> set[str]:
    stem = word.removesuffix("e")
    out = {word, word + "s", word + "es", word + "ed", word + "d", stem + "ing", stem + "ed",
           word + word[-1] + "ed", word + word[-1] + "ing"}
    if word.endswith("y"):
        out |= {word[:-1] + "ies", word[:-1] + "ied"}
    return out


def _irregular_forms(nlp) -> dict[str, set[str]]:  # spaCy Language
    """lemma -> its irregular forms ("meet" -> {"met"}), from the model's lemmatizer exceptions."""
    out: dict[str, set[str]] = {}
    if "lemmatizer" not in nlp.pipe_names:
        return out
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    for pos in ("verb", "noun"):
        for form, lemmas in table.get(pos, {}).items():
            for lemma in lemmas:
                out.setdefault(lemma, set()).add(form)
    return out

