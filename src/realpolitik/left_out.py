"""The acts the coder found but did not emit, and why: collected only when asked
(``Coder.code(documents, left_out=callback)``, ``Coder.code_by_document``), printed by
``realpolitik code --explain``.  An expected event that is missing was either never seen (no word
of the sentence is a trigger) or seen and left out: these records tell the two apart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from realpolitik.records import Event, EventActor, Span

# What each ``LeftOut.reason`` means, for a reader (docs/coding.md, "What the coder left out").
LEFT_OUT_REASONS: Mapping[str, str] = {
    "no-source": "no actor in the text does it (no source found)",
    "no-party": "a mutual act (a meeting, talks) with no other party named",
    "needs-target": "its rule needs a target (target: required, or target_kinds) and the text names none",
    "target-kind": "its target is none of the kinds its rule asks for (target_kinds)",
    "own-forces": "an order, request or purchase aimed at the source's own army, police or spies: no relation between actors",
    "analyst": "an analyst's or commentator's reading, not an act",
    "habitual": "told as a habit ('often hold consultations', 'has long accused'), not as a dated act (patterns.yaml: habitual_adverbs, habitual_verbs)",
    "background": "named only as the time something else dates from ('since Russia's annexation') or by an earlier year ('the 2014 annexation'), not an act of the story (patterns.yaml: background_prepositions)",
    "no-target": "no target in the text; keep such acts with a patterns layer `targetless_events: [\"*\"]`",
    "self-target": "no target other than the source itself, named again in the act's phrase: an actor acting on itself is no relation",
    "refusal": "a negated act stated as a refusal ('will not support'): the REJECT it states was kept, one record for one refusal",
    "repeated": "a word that goes on with an act ('continues to back him') the sentence tells already (the same source, target, code, modality, date, place): coded once",
    "vaguer": "a more specific act by the same source, with a target, was kept",
    "content": "what another act is about ('rejected the demand', 'talks on sanctions'): part of that act",
    "complement": "what another act agrees, promises or threatens: part of that act",
    "protest-content": "what a protest demands, says or damages: part of the protest",
    "describes": "a relative clause in the present describes the actor ('the militia it supports'): no act",
    "means": "a vaguer verb whose 'by' phrase names the act ('retaliated by banning imports'): that act was kept",
    "threatened-means": "how a threat or promise would be carried out ('vowed to retaliate by blocking transit'): part of it",
    "nature": "a storm, flood, earthquake or other hazard does it (patterns.yaml: hazard_subjects): no actor acts",
    "venue": "a gathering where someone speaks ('said at a rally'), no protest (patterns.yaml: venue_nouns)",
    "state": "a state that lasts ('remain jailed', 'stay detained'), not an act (patterns.yaml: standing_verbs)",
    "commerce": "an agreement, offer, bid or refusal about stakes and takeovers (patterns.yaml: commercial_nouns): business, no political event",
    "discarded-sentence": "the sentence reads as sport, entertainment or business results (patterns.yaml: discards)",
    "discarded-story": "the story reads as sport or show business (patterns.yaml: discards story)",
}


@dataclass(frozen=True, slots=True)
class LeftOut:
    """An act the coder found (a trigger and its rule) but emitted no event for.  ``reason`` is a
    key of ``LEFT_OUT_REASONS``; ``detail`` says more when the text gave it (the discard phrase,
    the target's kind); ``source`` and ``target`` are the actors found, if any."""

    doc_id: str
    sentence_index: int
    trigger_text: str
    trigger_span: Span
    rule: str
    cameo: str
    plover_event: str | None
    source: EventActor | None
    reason: str
    target: EventActor | None = None
    detail: str = ""

    @property
    def why(self) -> str:
        return LEFT_OUT_REASONS[self.reason] + (f" ({self.detail})" if self.detail else "")

    @classmethod
    def of_event(cls, event: Event, reason: str, detail: str = "") -> LeftOut:
        """The event the coder made but did not emit, for ``reason``."""
        return cls(event.doc_id, event.sentence_index, event.trigger_text, event.trigger_span, event.rule, event.cameo,
                   event.plover_event, event.source, reason, event.target, detail)

    def moved(self, by: int) -> LeftOut:
        """The record with its offsets moved ``by`` characters (a later piece of a long document)."""
        def actor(a: EventActor | None) -> EventActor | None:
            return a.moved(by) if a else None

        start, end = self.trigger_span
        return replace(self, trigger_span=(start + by, end + by), source=actor(self.source), target=actor(self.target))

    def explain(self) -> str:
        """One line for a reader: where, the trigger, its code and rule, the actors found, why."""
        def side(actor: EventActor | None) -> str:
            return f"{actor.text!r} -> {actor.code}" if actor else "none"

        target = f"  target {side(self.target)}" if self.target else ""
        return (f"left out: {self.doc_id}#{self.sentence_index}  {self.trigger_text!r} at {list(self.trigger_span)}  "
                f"{self.cameo} {self.plover_event or 'STATEMENT'}  rule {self.rule or '?'}  source {side(self.source)}"
                f"{target}: {self.why}")


# what the coder hands each record to, when asked
LeftOutSink = Callable[[LeftOut], None]


@dataclass(frozen=True, slots=True)
class DocumentCoding:
    """One document's events and the acts the coder left out of it, in sentence order."""

    doc_id: str
    events: tuple[Event, ...]
    left_out: tuple[LeftOut, ...]

    def explain(self) -> str:
        """Each event's trail, then a "left out:" line per act found but not emitted; each block
        ends in a blank line."""
        lines = "".join(item.explain() + "\n" for item in self.left_out)
        return "".join(e.explain() + "\n\n" for e in self.events) + (lines + "\n" if lines else "")
