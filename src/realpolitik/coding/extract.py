"""Dependency-based event extraction: actor mentions + verb triggers -> Events."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from realpolitik.coding.dates import event_date
from realpolitik.coding.ontology import cameo
from realpolitik.coding.patterns import Patterns, load_patterns
from realpolitik.records import Document, Event, EventActor, ActorMention

_MODALS_HYP = {"may", "might", "could", "would"}


def _modality(verb) -> str:
    for child in verb.children:
        if child.dep_ == "neg":
            return "negated"
        if child.dep_ == "aux" and child.lower_ in _MODALS_HYP:
            return "hypothetical"
        if child.dep_ == "aux" and child.lower_ in {"will", "shall"}:
            return "future"
    return "asserted"


def _actor_of(token, mentions: dict[int, ActorMention]) -> list[ActorMention]:
    found = []
    for t in [token, *token.conjuncts]:
        for sub in t.subtree:
            m = mentions.get(sub.i)
            if m is not None and m not in found:
                found.append(m)
                break
    return found


def _event_actor(m: ActorMention) -> EventActor:
    return EventActor(m.text, m.actor.code, m.actor.country, (m.start, m.end))


def code_documents(documents: Iterable[Document], *, nlp=None, actors=None, batch_size: int = 8,
                   patterns: Patterns | None = None) -> Iterator[Event]:
    from realpolitik.actors import load_actors
    from realpolitik.nlp import parse, sentences

    actors = actors or load_actors()
    patterns = patterns or load_patterns()
    for document, doc in parse(documents, nlp, batch_size=batch_size):
        on = document.date.value
        for sent, span in zip(sentences(doc), doc.sents):
            mentions: dict[int, ActorMention] = {}
            for m in actors.find_mentions(sent.text, on=on):
                m = ActorMention(m.start + sent.start, m.end + sent.start, m.text, m.actor)
                sub = doc.char_span(m.start, m.end, alignment_mode="expand")
                if sub is not None:
                    mentions[sub.root.i] = m
            if not mentions:
                continue
            for verb in span:
                code = patterns.verbs.get(verb.lemma_)
                if code is None or verb.pos_ not in {"VERB", "AUX"}:
                    continue
                subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
                agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
                obj = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
                obj += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"with", "to", "against", "on"} for g in c.children if g.dep_ == "pobj"]
                # "refused to support Putin": the complement's object is the target
                for comp in (c for c in verb.children if c.dep_ == "xcomp"):
                    obj += [c for c in comp.children if c.dep_ in {"dobj", "dative"}]
                passive = any(c.dep_ == "nsubjpass" for c in verb.children)
                if passive:
                    sources = [m for a in agent for m in _actor_of(a, mentions)]
                    targets = [m for s in subj for m in _actor_of(s, mentions)]
                else:
                    sources = [m for s in subj for m in _actor_of(s, mentions)]
                    targets = [m for o in obj for m in _actor_of(o, mentions)]
                if not sources:
                    continue
                pairs = [(s, t) for s in sources for t in (targets or [None])]
                if verb.lemma_ in patterns.reciprocal:
                    pairs += [(t, s) for s, t in pairs if t is not None]
                if verb.lemma_ in patterns.reciprocal and len(sources) > 1 and not targets:
                    pairs = [(a, b) for a in sources for b in sources if a is not b]
                c = cameo(code)
                date, precision = event_date(span, document.date, trigger=verb)
                for s, t in pairs:
                    if t is not None and s.actor.code == t.actor.code:
                        continue
                    yield Event(
                        doc_id=document.id,
                        doc_date=on, sentence_index=sent.index, sentence=sent.text,
                        span=(sent.start, sent.end), date=date, date_precision=precision,
                        source=_event_actor(s), target=_event_actor(t) if t else None, cameo=code,
                        quad_class=c.quad_class, goldstein=c.goldstein, plover_event=c.plover_event,
                        plover_mode=c.plover_mode, modality=_modality(verb), trigger_text=verb.text,
                        trigger_span=(verb.idx, verb.idx + len(verb.text)))


def code_text(text: str, *, date=None, doc_id: str = "text", nlp=None, actors=None) -> list[Event]:
    from realpolitik.documents import document_from_text

    return list(code_documents([document_from_text(text, doc_id=doc_id, date=date)], nlp=nlp, actors=actors))
