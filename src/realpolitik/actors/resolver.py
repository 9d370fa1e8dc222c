"""Matching aliases in noun phrases and running text."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from realpolitik.records import Actor, ActorMention

_TOKEN = re.compile(r"[\w.'’-]+|[^\w\s]", re.UNICODE)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        end = m.end()
        # "Russia's" -> "Russia" + possessive, and "U.S." keeps its dots
        for suffix in ("'s", "’s"):
            if tok.endswith(suffix) and len(tok) > 2:
                out.append((tok[:-2], m.start(), end - 2))
                out.append((suffix, end - 2, end))
                break
        else:
            if tok.endswith(".") and tok.count(".") == 1 and len(tok) > 1:
                out.append((tok[:-1], m.start(), end - 1))
                out.append((".", end - 1, end))
            else:
                out.append((tok, m.start(), end))
    return out


class AliasIndex:
    """First token -> candidate alias token sequences (longest first); case-sensitive except sentence-initial."""

    def __init__(self, entries: Sequence) -> None:
        self._by_alias: dict[tuple[str, ...], tuple] = {}
        for entry in entries:  # later entries (user YAML) win
            for alias in entry.aliases:
                key = tuple(t for t, _, _ in _tokens(alias))
                self._by_alias[key] = (entry, alias)
                if key and key[0] == "the":
                    self._by_alias[("The", *key[1:])] = (entry, alias)
        self._first: dict[str, list[tuple[str, ...]]] = {}
        for key in self._by_alias:
            self._first.setdefault(key[0], []).append(key)
        for keys in self._first.values():
            keys.sort(key=len, reverse=True)

    def entry_for(self, text: str):
        key = tuple(t for t, _, _ in _tokens(text.strip()))
        hit = self._by_alias.get(key)
        return hit[0] if hit else None

    def _match_at(self, toks: list[tuple[str, int, int]], i: int):
        for key in self._first.get(toks[i][0], ()):
            if tuple(t for t, _, _ in toks[i : i + len(key)]) == key:
                return key, self._by_alias[key]
        return None

    def find(self, text: str, on: datetime.date | None) -> list[ActorMention]:
        toks = _tokens(text)
        out: list[ActorMention] = []
        i = 0
        while i < len(toks):
            hit = self._match_at(toks, i)
            if hit:
                key, (entry, alias) = hit
                start, end = toks[i][1], toks[i + len(key) - 1][2]
                if i + len(key) < len(toks) and toks[i + len(key)][0] in ("'s", "’s"):
                    end = toks[i + len(key)][2]
                    i += 1
                out.append(
                    ActorMention(start, end, text[start:end], entry.actor(alias, on))
                )
                i += len(key)
            else:
                i += 1
        return _join(text, out)

    def resolve(self, text: str, on: datetime.date | None) -> Actor | None:
        mentions = self.find(text, on)
        if not mentions:
            return None
        people = [m for m in mentions if m.actor.kind == "person"]
        return (people or mentions)[-1].actor


def _join(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Compose "Belarusian" + "authorities", "Russia's" + "foreign ministry", "Foreign Minister" + "Makei" into one mention."""
    out: list[ActorMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and re.fullmatch(
            r"(?:['’]s)?\s+(?:the\s+)?", text[prev.end : m.start]
        ):
            a, b = prev.actor, m.actor
            joined = None
            if (
                a.kind == "state"
                and a.country
                and len(a.code) == 3
                and b.kind == "sector"
            ):
                joined = Actor(
                    a.code + b.code,
                    a.name,
                    "sector",
                    a.country,
                    b.code,
                    None,
                    f"{a.matched} {b.matched}",
                    a.entry,
                )
            elif a.kind == "sector" and b.kind == "person":
                joined = b
            if joined is not None:
                out[-1] = ActorMention(
                    prev.start, m.end, text[prev.start : m.end], joined
                )
                continue
        out.append(m)
    return out
