"""Matching aliases in noun phrases and running text: one pass over the tokens through a token trie."""

from __future__ import annotations

import datetime
import itertools
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from spacy.lang.en.stop_words import STOP_WORDS

from realpolitik.actors.entries import SECTOR_KINDS, WORD_KINDS, Entry
from realpolitik.records import Actor, ActorMention

# an underscore joins the words of a name in text prepared for PETRARCH or TABARI ("Dol_Amroth"):
# it separates words, as a space does, and is made one before the text is cut (one class of
# characters is read faster than the letters-but-underscore and the signs apart); in one group,
# ``split`` hands back the gaps and the tokens in turn
_TOKEN = re.compile(r"([\w.'’-]+|[^\w\s])", re.UNICODE)
_POSSESSIVE = ("'s", "’s")
_QUOTES = "'’"
# a word of a person's name after a title ("President Yoweri Museveni", "analyst F.W. de Klerk")
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*")
_MAX_NAME_WORDS = 4
_ACRONYM = re.compile(r"[A-Z][A-Z.&]{1,9}")
# kinds of entries that are names (a sector noun's alias, "police", is a word, not a name)
_NAMED_KINDS = frozenset({"person", "group", "igo"})


@dataclass(frozen=True)
class ResolverWords:
    """The English words the resolver reads, from the actor data (``sectors.yaml``, each list with
    why its words are there): ``naming_suffixes`` ("Pakistan-based": the word before names whose it
    is), ``former_offices`` (sector codes whose former holders are elites), ``name_particles``
    ("bin", "de" inside a name) and ``not_names`` (capitalised words that are no name: "Monday")."""

    naming_suffixes: tuple[str, ...] = ()
    former_offices: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> ResolverWords:
        """The words of every layer's lists (a later layer adds to them)."""
        words: dict[str, list[str]] = {kind: [] for kind in WORD_KINDS}
        for entry in entries:
            if entry.kind in WORD_KINDS:
                words[entry.kind].extend(entry.aliases)
        return cls(tuple(dict.fromkeys(words["naming_suffix"])), frozenset(words["former_office"]),
                   frozenset(words["name_particle"]), frozenset(words["not_name"]))

    @cached_property
    def plain_words_whole(self) -> bool:
        """Whether a word of letters and digits alone is one token: it has no hyphen, quote or
        full stop to split at, nor a naming suffix when each is written with its hyphen."""
        return not any(suffix.isalnum() for suffix in self.naming_suffixes)

    def is_name_word(self, word: str) -> bool:
        # a capitalised function word opens a sentence ("If Lukashenka ..."): it is no first name;
        # "al-Kuwaiti", "bin-Hamad": a particle joined to a name is one
        particle, _, rest = word.partition("-")
        if rest and particle in self.name_particles:
            word = rest
        return bool(_NAME_WORD.fullmatch(word)) and word not in self.not_names and word.lower() not in STOP_WORDS

_END = ""  # trie key holding the (entry, alias) that ends at a node; no token is empty


def _tokens(text: str, words: ResolverWords) -> list[tuple[str, int, int]]:
    """Word tokens with offsets; a possessive ("Russia's", "Belarusians'"), quotes, a naming
    suffix ("Pakistan-based": ``ResolverWords.naming_suffixes``) and each of two names joined by
    a hyphen ("French-Algerian") are tokens of their own."""
    return list(zip(*_token_columns(text, words)))


def _token_columns(text: str, words: ResolverWords) -> tuple[list[str], list[int], list[int]]:
    """``_tokens`` as three lists: each token, where it starts, where it ends (a tuple made of
    each token cost as much as cutting the text into them)."""
    # the text cut into gaps and tokens, and their offsets summed, in C: a loop over match
    # objects costs most of the actor search
    parts = _TOKEN.split(text.replace("_", " "))
    ends = list(itertools.accumulate(map(len, parts)))
    toks, starts, stops = parts[1::2], ends[0::2], ends[1::2]
    # most words are plain, and a sign alone is never split: they go as they are (the words of
    # letters and digits alone are passed over in C)
    maybe = range(len(toks)) if not words.plain_words_whole else \
        itertools.compress(itertools.count(), map(operator.not_, map(str.isalnum, toks)))
    odd = [k for k in maybe if len(toks[k]) > 1]
    split_ends = (*_QUOTES, *_POSSESSIVE, ".", *words.naming_suffixes)
    for k in reversed(odd):
        toks[k:k + 1], starts[k:k + 1], stops[k:k + 1] = zip(*_word_tokens(toks[k], starts[k], stops[k], words, split_ends))
    return toks, starts, stops


def _word_tokens(tok: str, start: int, end: int, words: ResolverWords,
                 split_ends: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """The tokens of one word that is not letters and digits alone, ``split_ends`` the endings
    split off it."""
    suffixes = words.naming_suffixes
    # most such words close a sentence ("Minsk.") or own something ("Russia's"): cut at once
    cut = len(tok) - (1 if tok[-1] == "." else 2 if tok.endswith(_POSSESSIVE) else 0)
    if cut < len(tok) and tok[:cut].isalnum() and not tok.endswith(suffixes):
        return [(tok[:cut], start, start + cut), (tok[cut:], start + cut, end)]
    if "-" in tok and _names_two(tok, words):
        # "French-Algerian", "U.S.-Russian": two names joined, each its own (a dual national,
        # "U.S.-Russian talks"); an alias so written ("Guinea-Bissau") is split alike
        cut = tok.index("-")
        return [(t, s + start, e + start) for t, s, e in _tokens(tok[:cut], words)] + [("-", start + cut, start + cut + 1)] \
            + [(t, s + start + cut + 1, e + start + cut + 1) for t, s, e in _tokens(tok[cut + 1:], words)]
    if tok[0] in _QUOTES or tok.endswith(split_ends):
        return _split_word(tok, start, end, suffixes)
    return [(tok, start, end)]


def _names_two(tok: str, words: ResolverWords) -> bool:
    # ("Pro-Russian", "Anti-Corruption": a prefix no name is, ``not_names``)
    # ("Al-Kuwaiti": a particle and a name are one name, not Kuwait)
    parts = tok.split("-")
    return len(parts) == 2 and all(p[:1].isupper() for p in parts) and not tok.endswith(words.naming_suffixes) \
        and parts[0] not in words.not_names and parts[0].lower() not in words.name_particles


def _split_word(tok: str, start: int, end: int, suffixes: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """The tokens of one word that may open with quotes or end in a possessive, a quote, a naming
    suffix or a full stop."""
    out = []
    while len(tok) > 1 and tok[0] in _QUOTES:  # "'Russia'" -> "Russia"
        out.append((tok[0], start, start + 1))
        tok, start = tok[1:], start + 1
    trailing = []
    if tok.endswith(_POSSESSIVE) and len(tok) > 2:
        trailing, tok, end = [(tok[-2:], end - 2, end)], tok[:-2], end - 2
    elif len(tok) > 1 and tok[-1] in _QUOTES:
        # after an s it is a plural possessive ("Belarusians'"), else it closes a quotation
        mark = _POSSESSIVE[0] if tok[-2] in "sS" else tok[-1]
        trailing, tok, end = [(mark, end - 1, end)], tok[:-1], end - 1
    elif tok.endswith(suffixes) and any(tok.endswith(s) and len(tok) > len(s) for s in suffixes):
        cut = tok.rindex("-")
        trailing, tok, end = [(tok[cut:], start + cut, end)], tok[:cut], start + cut
    elif (
        tok.endswith(".") and tok.count(".") == 1 and len(tok) > 1
    ):  # "U.S." keeps its dots
        trailing, tok, end = [(".", end - 1, end)], tok[:-1], end - 1
    out.append((tok, start, end))
    out.extend(trailing)
    return out


# an alias of plain words: its tokens are its words (the tokenizer's cases all need punctuation)
_PLAIN = re.compile(r"[^\W_]+(?: [^\W_]+)*")


def alias_key(alias: str, words: ResolverWords) -> tuple[str, ...]:
    """The tokens of an alias; plain ones split without the tokenizer (the big dictionaries load faster)."""
    if _PLAIN.fullmatch(alias):
        return tuple(alias.split(" "))
    return tuple(_token_columns(alias, words)[0])


def _heads_a_longer_name(toks: list[str], after: int, words: ResolverWords) -> bool:
    """"the Gulf of Finland": a region's or organisation's alias followed by "of" and a capitalised
    word is the start of a longer name, not the actor it names alone (a state's is not: "accused
    Myanmar of Rohingya genocide")."""
    return after + 1 < len(toks) and toks[after] == "of" and words.is_name_word(toks[after + 1])


def _ends_a_longer_name(toks: list[str], i: int, words: ResolverWords) -> bool:
    """"Mocimboa da Praia", "Foz do Iguacu": a name after a capitalised word and a lower-case name
    particle ends a longer name, not the capital or country it names alone."""
    return i >= 2 and toks[i - 1] in words.name_particles and toks[i - 1].islower() \
        and toks[i - 2][:1].isupper() and words.is_name_word(toks[i - 2])


# what separates the members of a list ("Kenya, Uganda and Tanzania"), and two nouns of one phrase
_LIST = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
_AND = re.compile(r"\s+and\s+")


def _extended(text: str, m: ActorMention, end: int, more: Sequence[Actor]) -> ActorMention:
    """``m`` up to ``end``, standing for the actors ``more`` too."""
    return ActorMention(m.start, end, text[m.start : end], m.actor, others=(*m.others, *more))


_FORMER = re.compile(r"\b[Ff]ormer\s+")


def _former(text: str, m: ActorMention, offices: frozenset[str]) -> ActorMention:
    """``m`` as one of the elite when "former" stands before or inside it and it names one of the
    ``offices`` ("former President X", whom the dictionary still has in office, or "former
    officials", "Arnor former security officials": CAMEO ELI)."""
    sector = m.actor.sector or (m.actor.code if m.actor.kind in SECTOR_KINDS else None)
    # (the office asked first: most mentions name none, and need no search for "former")
    if sector not in offices or not (_FORMER.search(m.text) or _FORMER.fullmatch(text, max(0, m.start - 7), m.start)):
        return m  # a person out of office already has the code their entry gives (ELI, or OPP)
    country = m.actor.country or ""
    return replace(m, actor=replace(m.actor, code=f"{country}ELI", sector="ELI"), others=())


def _branch(a: Actor, b: Actor) -> Actor | None:
    """"Amnesty International Indonesia", "Human Rights Watch Asia": a group of no country named
    with a country or region after it is its branch there, the group itself (not that country)."""
    return a if a.kind == "group" and not a.country and b.kind in ("state", "region") else None


def _own_people(text: str, out: list[ActorMention], m: ActorMention) -> bool:
    """"Bosnian Serb leader Milorad Dodik": a titled person whose own country stands right before
    the title, the title's country a people of it (no namesake of another country's)."""
    if m.actor.kind != "person" or len(out) < 2:
        return False
    before, title = out[-2], out[-1]
    return before.actor.kind == "state" and before.actor.country == m.actor.country \
        and title.actor.country != m.actor.country and not text[before.end:title.start].strip()


class AliasIndex:
    """A trie over alias tokens; case-sensitive ("US" is not "us"), a leading "the" also matches "The" and the other way round."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self._by_alias: dict[tuple[str, ...], tuple[Entry, str]] = {}
        variants: dict[tuple[str, ...], tuple[Entry, str]] = {}  # an alias as written wins over them
        modifiers: list[str] = []
        self.words = ResolverWords.of(entries)
        for entry in entries:  # later entries (user YAML) win
            if entry.kind == "modifier":
                modifiers.extend(entry.aliases)
                continue
            if entry.kind in WORD_KINDS:
                continue
            for alias in entry.aliases:
                key = alias_key(alias, self.words)
                if not key:
                    continue
                self._by_alias[key] = (entry, alias)
                if key[0] in ("the", "The") or key[0][:1].islower() and entry.kind in _NAMED_KINDS:
                    # "the Hague" opens a sentence as "The Hague", "The Shire" is "the Shire" inside
                    # one; "al-Sharaa", "von der Leyen" open one as "Al-Sharaa", "Von der Leyen"
                    # (the variant cut into words as the text will be: "Al-Sharaa" is two names joined)
                    variants[alias_key(alias.lstrip()[:1].swapcase() + alias.lstrip()[1:], self.words)] = (entry, alias)
        self._by_alias = {**variants, **self._by_alias}
        # analysts known by name (people, think tanks) are actors, not sector nouns like "analysts"
        self._named_analysts = frozenset(
            e.name for e in entries if e.kind == "analyst" and e.name != e.code
        )
        self._before = frozenset(e.name for e in entries if e.before)
        self._trie: dict = {}
        for key, hit in self._by_alias.items():
            node = self._trie
            for tok in key:
                node = node.setdefault(tok, {})
            node[_END] = hit
        mods = "|".join(
            re.escape(m) for m in sorted(set(modifiers), key=len, reverse=True)
        )
        # "former" may stand there too, and makes the office-holder one of the elite (_former)
        between = rf"(?:(?:former|{mods})\s+){{0,2}}" if mods else r"(?:former\s+)?"
        # what may stand between a country and its sector noun: "Russia's", "the", "senior"
        self._joint = re.compile(rf"(?:['’]s)?\s+(?:the\s+)?{between}")
        # "the government of Sudan", "the foreign minister of the Netherlands" ("troops from", "police
        # in" are placed on the parse, which tells "recalled its ambassador from Paris" apart)
        self._of = re.compile(r"\s+of\s+(?:the\s+)?")

    def entry_for(self, text: str) -> Entry | None:
        hit = self._by_alias.get(tuple(_token_columns(text.strip(), self.words)[0]))
        return hit[0] if hit else None

    def _match_at(
        self, toks: list[str], i: int
    ) -> tuple[int, tuple[Entry, str]] | None:
        """The longest alias starting at token i: (its length in tokens, (entry, alias))."""
        node, best = self._trie, None
        for j in range(i, len(toks)):
            node = node.get(toks[j])
            if node is None:
                break
            if _END in node:
                best = (j - i + 1, node[_END])
        return best

    def _name_after(self, toks: list[str], j: int) -> int:
        """How many tokens from j form a name the dictionary does not know ("President Yoweri Museveni")."""
        n = 0
        while j + n < len(toks) and n < _MAX_NAME_WORDS:
            tok = toks[j + n]
            particle = (
                tok in self.words.name_particles
                and j + n + 1 < len(toks)
                and _NAME_WORD.fullmatch(toks[j + n + 1])
            )
            if not (particle or self.words.is_name_word(tok)):
                break
            if self._match_at(toks, j + n):
                break
            n += 1
        while n and toks[j + n - 1] in self.words.name_particles:
            n -= 1
        return n

    def find(self, text: str, on: datetime.date | None) -> list[ActorMention]:
        toks, starts, ends = _token_columns(text, self.words)
        out: list[ActorMention] = []
        read = 0  # the tokens before it are read (into a mention, or as no start of one)
        # (most words open no alias: one look-up each, made in C, skips them)
        for i in list(itertools.compress(range(len(toks)), map(self._trie.__contains__, toks))):
            hit = self._match_at(toks, i) if i >= read else None
            if hit is None:
                continue
            length, (entry, alias) = hit
            if entry.kind == "place":
                read = i + length  # "the Indian Ocean", "the South China Sea": a place, not the country
                continue
            if (entry.kind == "person" and length == 1 and self._inside_longer_name(toks, starts, ends, i, out)) \
                    or (entry.kind in {"igo", "region"} and _heads_a_longer_name(toks, i + length, self.words)) \
                    or _ends_a_longer_name(toks, i, self.words):
                continue
            last = i + length - 1
            if entry.title:
                last += self._name_after(toks, last + 1)
            if last + 3 < len(toks) and toks[last + 1] == "(":  # (asked only where a bracket opens)
                last += self._acronym_after(toks, last + 1, entry)
            if last + 1 < len(toks) and toks[last + 1] in _POSSESSIVE:
                last += 1
            start, end = starts[i], ends[last]
            out.append(
                ActorMention(start, end, text[start:end], entry.actor(alias, on), others=entry.others(alias))
            )
            read = last + 1
        joined = self._join(text, out)
        # (most texts say "former" nowhere: none of their mentions need be asked)
        return [_former(text, m, self.words.former_offices) for m in joined] if "ormer" in text else joined

    def _acronym_after(self, toks: list[str], j: int, entry: Entry) -> int:
        """3 when the name is followed by its acronym in brackets ("the European Union (EU)", "the
        Economic Community of West African States (ECOWAS)"), which is the same actor, else 0."""
        if j + 2 >= len(toks) or toks[j] != "(" or toks[j + 2] != ")" or not _ACRONYM.fullmatch(toks[j + 1]):
            return 0
        other = self._match_at(toks, j + 1)
        return 3 if other is None or other[1][0] is entry else 0

    def _inside_longer_name(self, toks: list[str], starts: list[int], ends: list[int], i: int,
                            found: list[ActorMention]) -> bool:
        """"Tariq Bashir Awan", "spokesman Tariq Bashir" are not Omar al-Bashir: a one-word name
        right after a first name nobody listed belongs to a longer name (a title before it, as in
        "President Bashir", is no first name); so does one joined by a hyphen to a name nobody
        listed ("Yunus-Bek Yevkurov" is not Muhammad Yunus)."""
        if i + 2 < len(toks) and toks[i + 1] == "-" and starts[i + 1] == ends[i] \
                and self.words.is_name_word(toks[i + 2]) and toks[i + 2] not in self._trie:
            return True
        if i == 0 or ends[i - 1] + 1 != starts[i]:
            return False
        word, start = toks[i - 1], starts[i - 1]
        if not self.words.is_name_word(word):
            return False
        title = found[-1] if found and found[-1].start <= start < found[-1].end else None
        return title is None or word not in title.actor.matched.split()

    def resolve(self, text: str, on: datetime.date | None) -> Actor | None:
        """The actor a noun phrase names: a person if one is named, else the first actor with a country."""
        mentions = self.find(text, on)
        if not mentions:
            return None
        people = [m for m in mentions if m.actor.kind == "person"]
        with_country = [m for m in mentions if m.actor.country]
        return (people or with_country or mentions)[0].actor

    def _join(self, text: str, mentions: list[ActorMention]) -> list[ActorMention]:
        """Compose neighbours into one mention: "Belarusian" + "authorities", "Foreign Minister" + "Makei";
        a sector noun shared by a list stands for each pair ("the envoys of Kenya and Uganda")."""
        out: list[ActorMention] = []
        spread: dict[int, tuple[Actor, ...]] = {}  # out's index -> the nouns its list of states shares
        for m in mentions:
            prev = out[-1] if out else None
            if prev is not None and self._spread(text, out, spread, m):
                continue
            joined = None
            if prev is not None and text[prev.end : m.start] == "-" and prev.actor.kind == m.actor.kind == "state":
                # "French-Algerian", "U.S.-Russian": one phrase of two countries (a dual national,
                # the talks of both); the second is one more actor the words stand for
                spread.pop(len(out) - 1, None)
                out[-1] = ActorMention(prev.start, m.end, text[prev.start : m.end], prev.actor,
                                       others=(*prev.others, m.actor, *m.others))
                continue
            if prev is not None:
                gap = text[prev.end : m.start]
                # two sector nouns join only side by side ("police officers"): in "Police detained
                # activist X" the word between is a verb, not a modifier
                if self._joint.fullmatch(gap) and (not gap.strip() or not self._is_noun(prev.actor)):
                    joined = m.actor if _own_people(text, out, m) else self._compose(prev.actor, m.actor)
            if joined is not None:
                spread.pop(len(out) - 1, None)
                out[-1] = ActorMention(
                    prev.start, m.end, text[prev.start : m.end], joined
                )
            else:
                out.append(m)
        return out

    def _spread(self, text: str, out: list[ActorMention], spread: dict[int, tuple[Actor, ...]],
                m: ActorMention) -> bool:
        """Whether ``m`` joins the last mention as one more actor it stands for: "the government of
        Sudan" (SDNGOV), "the ministers and envoys of Kenya and Uganda" (each noun of each state),
        "the ambassadors of Arnor, Osgiliath and Gondor", "Danish media and government"."""
        gap = text[out[-1].end : m.start]
        # (the actors asked before the gap's patterns: most pairs are neither)
        if m.actor.kind == "state" and len(out) - 1 in spread and _LIST.fullmatch(gap):
            return self._one_more_state(text, out, spread[len(out) - 1], m)
        if m.actor.kind == "state" and self._bare_noun(out[-1].actor) and self._of.fullmatch(gap):
            return self._nouns_of(text, out, spread, m)
        if self._bare_noun(m.actor) and _AND.fullmatch(gap):
            return self._same_country(out, m)
        return False

    def _one_more_state(self, text: str, out: list[ActorMention], nouns: tuple[Actor, ...], m: ActorMention) -> bool:
        """"the envoys of Kenya, Uganda …": the list's next state has the same nouns."""
        found = self._each(m.actor, nouns)
        if found:
            out[-1] = _extended(text, out[-1], m.end, found)
        return bool(found)

    def _nouns_of(self, text: str, out: list[ActorMention], spread: dict[int, tuple[Actor, ...]],
                  m: ActorMention) -> bool:
        """"the government of Sudan", "the ministers and envoys of India": the nouns of the state."""
        start, nouns = out[-1].start, (out[-1].actor,)
        if len(out) > 1 and self._bare_noun(out[-2].actor) and _LIST.fullmatch(text[out[-2].end : out[-1].start]):
            start, nouns = out[-2].start, (out[-2].actor, *nouns)
        found = self._each(m.actor, nouns)
        if not found:
            return False
        del out[-len(nouns):]
        out.append(ActorMention(start, m.end, text[start : m.end], found[0], others=found[1:]))
        spread[len(out) - 1] = nouns
        return True

    def _same_country(self, out: list[ActorMention], m: ActorMention) -> bool:
        """"Danish media and government": the second noun is the first one's country's, a mention of
        its own ("between Cameroonian troops and separatists" has two sides)."""
        prev = out[-1].actor
        if prev.kind not in SECTOR_KINDS or not prev.country or not prev.sector:
            return False
        state = Actor(prev.country, prev.name, "state", prev.country, entry=prev.entry)
        found = self._each(state, (m.actor,))
        if found:
            out.append(replace(m, actor=replace(found[0], matched=m.actor.matched)))
        return bool(found)

    def _each(self, state: Actor, nouns: Sequence[Actor]) -> tuple[Actor, ...]:
        return tuple(a for n in nouns for a in [self._compose(state, n)] if a is not None)

    def _bare_noun(self, actor: Actor) -> bool:
        """A sector noun of no country nor organisation ("officials", not "EU officials")."""
        return self._is_noun(actor) and not actor.country and actor.code == actor.sector

    def _is_noun(self, actor: Actor) -> bool:
        return actor.kind in SECTOR_KINDS and actor.entry not in self._named_analysts

    def _compose(self, a: Actor, b: Actor) -> Actor | None:
        """The one actor that "a b" names, or None when they are two actors."""
        if self._is_noun(b):
            return self._with_noun(a, b)
        return _branch(a, b) or self._of_state(a, b) or self._titled(a, b)

    def _with_noun(self, a: Actor, b: Actor) -> Actor | None:
        """An actor and a sector noun after it: "Russian diplomats", "UN experts", "Hamas fighters"."""
        if a.kind == "state" and a.country:
            # "Arnor MSF" is NGOARN; an actor whose code already goes on ("MSF Arnor" + "diplomat") keeps it
            code = b.code + a.country if b.entry in self._before else \
                (a.country if a.code.startswith(a.country) else a.code) + b.code
            return Actor(code, a.name, b.kind, a.country, b.code, b.role, f"{a.matched} {b.matched}", a.entry)
        if a.kind == "igo" and b.kind == "analyst":
            # "OSCE observers", "UN experts" work for the organisation
            return replace(a, matched=f"{a.matched} {b.matched}")
        if a.kind in ("igo", "region"):
            # the code stays the organisation's ("UN" + "MIL" would read as "UNM"); the sector is kept apart
            return Actor(a.code, a.name, b.kind, None, b.code, b.role, f"{a.matched} {b.matched}", a.entry)
        if a.kind == "group":
            # "Red Cross officials", "Hamas fighters" act for the group ("Houthi spokesman …"
            # keeps the title: one person holds it)
            return replace(a, matched=f"{a.matched} {b.matched}", role=b.role)
        if self._is_noun(a):
            # "police officers", "opposition leader": the first noun names the institution
            return replace(a, matched=f"{a.matched} {b.matched}")
        return None

    @staticmethod
    def _of_state(a: Actor, b: Actor) -> Actor | None:
        """A state's name or people before another actor: its organ, company or branch."""
        if a.code == "WST" and a.matched == "Western" and b.kind == "state":
            # "Western Ukraine" is a part of Ukraine, not the West
            return b
        if a.kind != "state":
            return None
        if b.kind == "state" and b.sector and a.country == b.country:
            # "the Russian Foreign Intelligence Service", "the US State Department"
            return b
        if b.kind == "state" and b.sector and a.country and a.country != b.country:
            # "Pakistan's Foreign Office": a name of another state's organ is the owner's own organ
            return replace(b, code=f"{a.country}{b.sector}", name=a.name, country=a.country,
                           matched=f"{a.matched} {b.matched}", entry=a.entry)
        if b.kind not in ("state", "igo", "region"):
            # "Russia's Gazprom", "the Belarusian BelTA", "Belarusian President Lukashenko";
            # "Iraq's al-Qaeda" is the group's branch in that country
            return b if b.country else replace(b, country=a.country)
        return None

    def _titled(self, a: Actor, b: Actor) -> Actor | None:
        """A title (a sector noun) before a name: the name's holder of that office."""
        if not self._is_noun(a):
            return None
        if b.kind in ("state", "person") and (b.code == b.country or b.sector == "ELI") \
                and a.matched.split()[-1][:1].isupper():
            # "Prime Minister Romendacil", "Bree President X": a name of no office of its own under a
            # title (written in capitals before a name) holds the title's office; so does one the
            # dictionary has out of office (its roles may end too early: the text is newer)
            code = f"{a.sector}{b.country}" if a.entry in self._before else f"{b.country}{a.sector}"
            return a if a.country else replace(b, code=code, sector=a.sector, matched=f"{a.matched} {b.matched}")
        if b.kind == "person" and (a.country and b.country and a.country != b.country or _other_office(a.role, b.role)):
            # "Colombian Defence Minister Pedro Sanchez" is no namesake of another country's, nor
            # "Defence Minister Pedro Sanchez" the prime minister of that name: the title the
            # text gives wins over the dictionary's person
            return replace(a, matched=f"{a.matched} {b.matched}")
        if a.kind == "analyst" and b.kind == "person":
            # a known person introduced as an analyst speaks as one
            return replace(b, kind="analyst", code=f"{b.country}EDU" if b.country else "EDU", sector="EDU")
        return b if b.kind in ("person", "analyst") else None


def _other_office(title: str | None, held: str | None) -> bool:
    """Whether a title the text gives ("defence minister") names another office than the one a
    person of that name holds ("prime minister"): the same kind of office, qualified otherwise."""
    if not title or not held:
        return False
    said, known = title.lower().split(), held.lower().split()
    return said[-1] == known[-1] and bool(said[:-1]) and bool(known[:-1]) and not set(said[:-1]) & set(known[:-1])
