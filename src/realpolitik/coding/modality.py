"""Modality: did the coded act happen (asserted), not happen (negated), or not yet (future,
hypothetical)?

Read from the dependency parse around the trigger: negation on the verb or its arguments,
modal auxiliaries, conditional clauses, verbs of thinking that turn a clause into speculation,
attempt and schedule verbs governing an infinitive, and denials.  "refused to support" is handled
upstream as an asserted REJECT; here only the head that carries the event is inspected.  Also here:
whether an act is told as a habit ("often hold talks") or only as the time another dates from
("since Russia's annexation"), no dated act either way (the coder leaves such acts out).
"""

from __future__ import annotations

from collections.abc import Collection, Container
from typing import Literal

from spacy.tokens import Doc, Token

from realpolitik.coding.arguments import answered_aside, reduced_relative_subject, subject_parsed_as_head
from realpolitik.coding.dates import naming_year
from realpolitik.coding.patterns import Patterns
from realpolitik.coding.words import Words
from realpolitik.nlp import DocMemo

Modality = Literal["asserted", "negated", "hypothetical", "future"]

# Clause links through which the modality of a governing verb reaches the trigger.
_CLAUSE_LINKS = {"xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "dobj", "nsubjpass", "nsubj", "attr"}


def _negated(verb: Token, patterns: Patterns) -> bool:
    words = Words.of(verb.doc)  # (the clause's words asked in the table: no Token made)
    if _after_nor(verb, words):
        return True
    for child in words.children(verb.i):
        if words.dep[child] == "neg" or words.dep[child] == "advmod" and words.lower[child] in patterns.negating_adverbs \
                or words.dep[child] == "preconj" and words.lower[child] == "neither":  # ("neither accepted nor …")
            return True
        if words.dep[child] in {"nsubj", "nsubjpass", "dobj"} and any(
            words.dep[d] == "det" and words.lower[d] in patterns.negating_dets for d in words.children(child)
        ):
            return True
    return False


def _after_nor(verb: Token, words: Words) -> bool:
    """"has neither accepted nor rejected the offer": the verb after "nor" did not happen either."""
    return words.dep[verb.i] == "conj" and any(words.dep[c] == "cc" and words.lower[c] == "nor" and c < verb.i
                                               for c in words.children(words.head[verb.i]))


def _modals(patterns: Patterns) -> frozenset[str]:
    return patterns.hypothetical_aux | patterns.future_aux | patterns.conditional_aux


def _own_tense(verb: Token, patterns: Patterns) -> bool:
    """A past or present form cannot follow the first conjunct's modal: "would not accept …, and
    urged …" (a past participle can follow its "has never"), nor its perfect's auxiliary after
    "and": "had not blocked any shipments and accused …" (after "or" a negation is shared, and
    a participle read as a past form is too: "has never criticised Moscow or praised Warsaw")."""
    if verb.tag_ not in {"VBD", "VBZ"}:
        return False
    aux = _aux(verb.head)
    if aux & _modals(patterns):
        return True
    links = [c.lower_ for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    return verb.head.tag_ == "VBN" and bool(aux & patterns.perfect_aux) and links[-1:] == ["and"]


def _aux(verb: Token) -> set[str]:
    return _children_of(verb, {"aux", "auxpass"})


def _children_of(verb: Token, deps: Collection[str]) -> set[str]:
    """The words (lowered) hung on ``verb`` by one of ``deps``."""
    words = Words.of(verb.doc)
    return {words.lower[c] for c in words.children(verb.i) if words.dep[c] in deps}


def _is_conditional(verb: Token, patterns: Patterns) -> bool:
    """"if Egypt attacks the dam, …", and a question's clause: "asked whether Abiy is willing to …";
    a clause a condition phrase opens ("as long as Russia has resources")."""
    return _marked_condition(verb, patterns) or "clause" in _conditions(verb.doc, patterns).get(verb.i, ())


def _asked(verb: Token, patterns: Patterns) -> bool:
    """"Did Indonesia recognise them?": a yes-or-no question, opened by its auxiliary and ended by
    its question mark, asks whether the act happened."""
    sent = verb.sent
    if not sent.text.rstrip().endswith("?"):
        return False  # (most sentences: no word of theirs need be read)
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    return first is not None and first.lower_ in patterns.question_aux and first.head.i == verb.i


def _marked_condition(verb: Token, patterns: Patterns) -> bool:
    """"if Egypt attacks", and a condition told by inversion: "Had Moscow not recognised …,"."""
    return verb.dep_ in {"advcl", "ccomp"} and not _children_of(verb, {"mark"}).isdisjoint(patterns.conditional_marks) \
        or _inverted_condition(verb, patterns)


def _inverted_condition(verb: Token, patterns: Patterns) -> bool:
    """"Had Moscow not recognised …,", "Should the talks fail,": a clause whose auxiliary
    (``inversion_aux``) comes before its subject."""
    if verb.dep_ != "advcl":
        return False
    subject = min((s.i for s in verb.children if s.dep_ in {"nsubj", "nsubjpass"}), default=-1)
    return any(c.dep_ == "aux" and c.lower_ in patterns.inversion_aux and c.i < subject for c in verb.children)


# Clauses opened by a condition phrase, and the verbs they are conditions of, found once per document
_CONDITIONS = DocMemo()
_VERBS = {"VERB", "AUX"}


def _conditions(doc: Doc, patterns: Patterns) -> dict[int, set[str]]:
    """Per verb, "clause" when a condition phrase opens its clause and "governs:bargain" /
    "governs:standing" when it is the verb such a clause is the condition of: "for as long as Russia
    has resources, it will invest" (the parser hangs the phrase's words anywhere, so the phrase is
    read where the clause starts, and the verb it conditions is the nearest verb above its words)."""
    found: dict[int, set[str]] = _CONDITIONS.of(doc, patterns)
    if -1 in found:
        return found
    found[-1] = set()  # (the document was read)
    kinds = [(p.split(), "bargain") for p in patterns.condition_phrases] + [(p.split(), "standing") for p in patterns.standing_conditions]
    table = Words.of(doc)
    # (few texts hold a phrase at all: only a verb whose clause starts at or just after one is read)
    ends = _phrase_ends(table.lower, [words for words, _ in kinds])
    for i in range(len(table.pos) if ends else 0):
        if table.pos[i] not in _VERBS or table.dep[i] == "ROOT":
            continue
        verb = doc[i]
        if ends.isdisjoint((verb.left_edge.i, verb.left_edge.i - 1)):
            continue
        for words, kind in kinds:
            phrase = _opening(verb, words)
            if phrase is not None:
                found.setdefault(verb.i, set()).add("clause")
                governor = _conditioned(verb, phrase)
                if governor is not None:
                    found.setdefault(governor.i, set()).add("governs:" + kind)
    return found


def _phrase_ends(lower: tuple[str, ...], phrases: list[list[str]]) -> set[int]:
    """The indices of the words (``lower``: lowered, in text order) that end one of ``phrases``."""
    lasts = {phrase[-1] for phrase in phrases}
    return {i for i, word in enumerate(lower) if word in lasts
            and any(lower[i - len(phrase) + 1 : i + 1] == tuple(phrase) for phrase in phrases if len(phrase) <= i + 1)}


def _opening(verb: Token, words: list[str]) -> range | None:
    """Where ``words`` open the verb's clause: their last word starts the clause or comes just
    before it, and is the verb's own word or the word the verb hangs on ("in case Russia attacks")."""
    doc, n = verb.doc, len(words)
    for last in (verb.left_edge.i, verb.left_edge.i - 1):
        first = last - n + 1
        if first < 0 or [t.lower_ for t in doc[first:last + 1]] != words:
            continue
        if doc[last].head.i == verb.i or verb.head.i == last:
            return range(first, last + 1)
    return None


def _conditioned(verb: Token, phrase: range) -> Token | None:
    """The verb a condition clause is the condition of: the nearest verb above it outside the phrase."""
    node = verb.head
    while node.i in phrase or node.pos_ not in _VERBS:
        if node.head.i == node.i:
            return None
        node = node.head
    return None if node.i == verb.i else node


def _is_awaited(verb: Token, patterns: Patterns) -> bool:
    """A present-tense clause of what is waited for: "will not resume talks until the group frees
    all hostages" has not freed them (not so "fought until the army withdrew"); the act it waits
    on keeps its own modality."""
    # (in reported speech the tense moves back: "said it would keep the sanctions until Havana freed
    # the prisoners")
    return verb.dep_ == "advcl" and (verb.tag_ in {"VBZ", "VBP", "VB"} or bool(_aux(verb.head) & _modals(patterns))) \
        and not _children_of(verb, {"mark"}).isdisjoint(patterns.awaited_marks)


def _has_condition(verb: Token, patterns: Patterns, bargains_only: bool = False) -> bool:
    """Whether a condition clause hangs on the verb; ``bargains_only``: one that bargains ("unless
    Kyiv pays", "provided that NATO approves"), not a standing one ("as long as", "whenever")."""
    # "threatened military action if the fighters did not withdraw": the threat is made; its
    # condition is what it says (``condition_takers``)
    if verb.lemma_ in patterns.condition_takers:
        return False
    roles = _conditions(verb.doc, patterns).get(verb.i, ())
    if "governs:bargain" in roles or ("governs:standing" in roles and not bargains_only):
        return True
    return any(c.dep_ == "advcl" and _marked_condition(c, patterns) for c in verb.children)


def _own_clause(verb: Token) -> bool:
    """Whether a conjunct verb opens a clause of its own: a subject after the conjunction that joins
    it ("…, but state media accused"), not a phrase of the first verb's the parser took for its
    subject ("has never put in doubt Belarus's membership …, called for …")."""
    head = verb.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(t.dep_ == "cc" for s in subjects for t in verb.doc[head.i + 1 : s.left_edge.i])


def _reacts(verb: Token, patterns: Patterns) -> bool:
    """Whether the verb's first coded use is a reaction to an act (``reaction_roots``: condemn,
    praise, deny, reject)."""
    code = next((r.code for r in patterns.verbs.get(verb.lemma_.lower(), ()) if r.code), None)
    return code is not None and patterns.codes_in(code, patterns.reaction_roots)


def _in_reported_past(verb: Token, patterns: Patterns) -> bool:
    head = verb.head
    return verb.dep_ == "ccomp" and head.lemma_ in patterns.speech and head.tag_ in {"VBD", "VBN"}


def modality(head: Token, patterns: Patterns) -> Modality:
    """The modality of the event carried by ``head`` (a verb, or the noun trigger itself)."""
    verb = head
    # (a question asks about its verb's act, not about an act its nouns presuppose: "Has Cambodia
    # responded to Thailand's demand …?")
    asked = head.pos_ not in {"NOUN", "PROPN"} and _asked(head, patterns)
    if head.pos_ in {"NOUN", "PROPN"}:
        if any(c.dep_ == "det" and c.lower_ in patterns.negating_dets for c in head.children):
            return "negated"
        # "delay a planned rise in tariffs", "host a new round of talks": the noun that holds the
        # act's noun says what became of it
        chain = _noun_chain(head)
        if any(c.dep_ in {"det", "amod"} and c.lower_ in patterns.hypothetical_modifiers for n in chain for c in n.children):
            return "hypothetical"  # "a force for Ukraine after any ceasefire", "a possible deal"
        head = chain[-1]
        if head.dep_ == "pobj" and head.head.lower_ in patterns.background_marks:
            return "asserted"  # "has not released her despite repeated appeals": the appeals were made
        # a noun event takes the modality of the verb it is an argument of
        verb = head.head if head.dep_ in {"dobj", "nsubjpass", "nsubj", "pobj", "attr"} else head
        if verb.dep_ == "prep":
            verb = verb.head
        if head.dep_ in {"dobj", "nsubjpass"} and verb.lemma_ in patterns.reversals:
            # "postponed the talks": they did not take place
            return "negated"
        if head.dep_ == "dobj" and _reacts(verb, patterns):
            # "has never condemned the Russian invasion": what a reaction is to happened, whatever
            # became of the reaction
            return "asserted"
    # "has never put X in doubt or called for Y": a conjoined verb without auxiliaries of its own
    # shares those of the first; a finite one of another form does not ("would not accept …, and
    # urged …")
    # ("summoned no ambassador, but state media accused Algiers": a conjunct with a subject of its
    # own is another clause)
    shared = verb.head if verb.dep_ == "conj" and not _aux(verb) and not _negated(verb, patterns) \
        and not _own_tense(verb, patterns) and not _own_clause(verb) else verb
    # "is not willing to support": the copula carries what the adjective says
    if verb.dep_ == "acomp" and verb.pos_ == "ADJ":
        shared = verb.head
    conditional = _is_conditional(verb, patterns) or _is_conditional(shared, patterns) or asked
    if _negated(shared, patterns):
        # "If Russia had not recognised the Taliban, …": a condition, neither an act nor a refusal
        return "hypothetical" if conditional else "negated"
    if not _children_of(shared, {"advmod"}).isdisjoint(patterns.doubting_adverbs):
        return "hypothetical"  # "allegedly violated Turkish airspace": a claim, not an established act
    if head is not verb and head.dep_ == "dobj" and verb.lemma_ in patterns.attempt:
        # "planned a blockade" has not blockaded yet
        return "hypothetical"
    if _has_condition(verb, patterns) or conditional or _is_awaited(shared, patterns):
        return "hypothetical"
    if verb.dep_ in {"acl", "ccomp"} and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in patterns.speculation_nouns:
        return "hypothetical"  # ("speculation that Tokayev will visit Beijing": talk of a visit)
    aux = _aux(shared)
    if patterns.conditional_aux & aux:
        return "future" if _in_reported_past(verb, patterns) else "hypothetical"
    if aux & patterns.hypothetical_aux:
        return "hypothetical"
    if aux & patterns.future_aux:
        return "future"
    if verb.dep_ in {"ccomp", "acl"} and not aux and _subjunctive(verb, patterns.singular_pronouns):
        # a subjunctive: "demanded that Israel ease restrictions" has not eased them
        return "hypothetical"
    return _governed_modality(verb, patterns)


def _noun_chain(noun: Token) -> list[Token]:
    """The noun and the nouns it is the "of"/"in"/"on" phrase of ("a rise in tariffs")."""
    chain = [noun]
    while chain[-1].dep_ == "pobj" and chain[-1].head.lower_ in {"of", "in", "on"} \
            and chain[-1].head.head.pos_ == "NOUN" and len(chain) < 4:
        chain.append(chain[-1].head.head)
    return chain


def _subjunctive(verb: Token, singular_pronouns: Container[str]) -> bool:
    """A base form in a that-clause: tagged so, or a present form without -s after a singular
    third-person subject (a singular noun or one of ``singular_pronouns``: "its demand that Minsk
    free the journalists"), which the tagger often takes for a plural present."""
    if verb.tag_ == "VB":
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.tag_ == "VBP" and subject is not None and (subject.tag_ in {"NN", "NNP"} or subject.lower_ in singular_pronouns)


def _governed_modality(verb: Token, patterns: Patterns) -> Modality:
    """Walk up the clause chain: conditions, thinking, attempts, schedules and denials above.

    Several may apply ("denied that it was planning to attack"); negation wins over
    speculation, speculation over schedule.
    """
    found = set(_above(verb, patterns))
    if _has_condition(verb, patterns):
        found.add("hypothetical")
    for m in ("negated", "hypothetical", "future"):
        if m in found:
            return m  # type: ignore[return-value]
    return "asserted"


# What the clauses above a token say of it: a chain of n clauses ("A protested, B protested, …")
# is walked once, not once per clause
_ABOVE = DocMemo()


def _above(verb: Token, patterns: Patterns) -> frozenset[str]:
    above: dict[int, frozenset[str]] = _ABOVE.of(verb.doc, patterns)
    chain: list[Token] = []
    node = verb
    while node.i not in above:
        if node.dep_ not in _CLAUSE_LINKS or node.head.i == node.i:
            above[node.i] = frozenset()
            break
        chain.append(node)
        node = node.head
    for child in reversed(chain):
        own, stop = _step(child, patterns)
        above[child.i] = own if stop else own | above[child.head.i]
    return above[verb.i]


def _finite_after_infinitive(child: Token, link: str, node: Token) -> bool:
    """"vowed to retaliate and expelled two diplomats": a past or present form joined to an
    infinitive is an act of its own, not what was vowed."""
    return link == "conj" and child.tag_ in {"VBD", "VBZ"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


def _step(child: Token, patterns: Patterns) -> tuple[frozenset[str], bool]:
    """What the clause that governs ``child`` says of it, and whether the walk stops there."""
    link, node = child.dep_, child.head
    if _misparsed_colon(child, link, node, patterns) or _finite_after_infinitive(child, link, node):
        return frozenset(), True
    found: set[str] = set()
    if _is_conditional(node, patterns) or (link != "advcl" and _has_condition(node, patterns)):
        found.add("hypothetical")
    if node.lemma_ in patterns.cognition and link in {"ccomp", "xcomp"}:
        # "is expected to visit" is a schedule, "experts expect Moscow to" a guess
        passive = any(c.dep_ == "auxpass" for c in node.children)
        found.add("future" if passive and node.lemma_ in patterns.scheduled | {"expect"} else "hypothetical")
    if node.pos_ == "NOUN" and node.lemma_.lower() in patterns.speculation_nouns and link in {"acl", "ccomp", "relcl"}:
        found.add("hypothetical")  # ("the idea that Lukashenko has promised concessions": talk, no act)
    # "wants to visit"; "allows the army to support the police" (parsed as a clause with "to");
    # "offered on Monday to host talks" (the small model hangs it on as an adverbial clause)
    infinitive = link == "xcomp" or (link in {"ccomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children))
    # ("protesters who tried to storm the palace", "gunmen tried to kill the mayor": an attempt at
    # force is force, as CAMEO codes an attempted assassination)
    if infinitive and node.lemma_ in patterns.attempt | patterns.permission and not (
            node.lemma_ in patterns.trying_verbs and patterns.rules_in(patterns.verbs.get(child.lemma_, ()), patterns.tried_roots)):
        found.add("hypothetical")
    if link == "xcomp" and (node.lemma_ in patterns.scheduled or node.lower_ in patterns.scheduled):
        found.add("future")
    # "denied that its forces had shelled", "denies supplying weapons", "failed to attend"
    if (link in {"ccomp", "xcomp"} and node.lemma_ in patterns.denials and (link == "ccomp" or child.tag_ == "VBG")) \
            or (link == "xcomp" and node.lemma_ in patterns.failures):
        found.add("negated")
    if subject_parsed_as_head(child) or answered_aside(child, patterns):
        return frozenset(), True  # the sentence's own main verb, hung on its subject or on its answer
    finite = child.tag_ not in {"VBG", "VBN"} or any(c.dep_ in {"aux", "auxpass", "mark"} for c in child.children)
    if link in {"acl", "ccomp"} and node.pos_ == "NOUN" and finite and reduced_relative_subject(child) is None:
        # "its demand that Israel ease restrictions", "claims that Russia was preparing to attack":
        # the content of a demand, claim or plan (not a participle on a noun: "talks ending the war")
        found.add("hypothetical")
    if link in {"xcomp", "ccomp"}:
        found |= _verb_modality(node, patterns)
    # an adverbial or relative clause keeps its own modality; stop there ("aims to tighten
    # sanctions and impose a blockade": a conjunct shares its first conjunct's), but a purpose
    # shares its clause's ("opposes using the assets to fund a loan": no loan is funded)
    purpose = link == "advcl" and child.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return frozenset(found), link in {"advcl", "relcl", "acl"} and not purpose


def _verb_modality(node: Token, patterns: Patterns) -> set[str]:
    """A governing verb's own negation and auxiliaries, as modalities."""
    found = {"negated"} if _negated(node, patterns) else set()
    aux = _aux(node)
    if aux & patterns.future_aux:
        found.add("future")
    if aux & patterns.hypothetical_aux:
        found.add("hypothetical")
    if aux & patterns.conditional_aux:
        # "said Washington would keep pressing Rwanda": a reported "would" is a plan, as on the act's own verb
        found.add("future" if _in_reported_past(node, patterns) else "hypothetical")
    return found


def _misparsed_colon(child: Token, link: str, node: Token, patterns: Patterns) -> bool:
    """"X sent out a warning: if ..., Belarus will not remain" parses the first clause as the
    complement of the second; only a verb of saying or thinking takes a complement before it
    ("We will go, he said"), so a clause before any other head keeps its own modality."""
    return link == "ccomp" and child.i < node.i and node.lemma_ not in patterns.speech | patterns.cognition


def indicative(verb: Token, patterns: Patterns) -> bool:
    """A finite clause that states a fact: no modal, not a subjunctive base form ("has never
    sheltered", "had not crossed": finite through its auxiliary)."""
    finite = {"VBD", "VBZ", "VBP"}
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in finite for c in verb.children)
    return (verb.tag_ in finite or perfect) and not _aux(verb) & _modals(patterns)


def conditional(head: Token, patterns: Patterns) -> bool:
    """Whether the act is promised on a condition ("will withdraw unless …", "will halt mediation if …"):
    what CAMEO codes as a threat, or as an intent for a cooperative act. A standing condition ("will
    invest as long as it has resources") is a forecast, and promises nothing; so is an act that only may
    happen on its condition ("might suspend flights if …", "could close the border if …", as news
    readers code them: hypothetical, no threat)."""
    verb = head.head if head.dep_ == "conj" and not _aux(head) else head
    return not _aux(verb) & patterns.hypothetical_aux and _has_condition(verb, patterns, bargains_only=True)


def negated_itself(head: Token, patterns: Patterns) -> bool:
    """Whether the act's own verb (or the first conjunct it shares its auxiliaries with) is negated:
    "has never recognised the vote" refuses; "was never contemplating recognising them" only did
    not think of it."""
    verb = head.head if head.dep_ == "conj" and not _aux(head) else head
    return _negated(head, patterns) or _negated(verb, patterns)


def announced(head: Token, patterns: Patterns) -> bool:
    """Whether the act is announced for later ("will", "shall", reported "would", "is due to")."""
    verb = head.head if head.dep_ == "conj" and not _aux(head) else head
    aux = _aux(verb)
    if aux & patterns.future_aux or (patterns.conditional_aux & aux and _in_reported_past(verb, patterns)):
        return True
    parent = verb.head
    return verb.dep_ == "xcomp" and (parent.lemma_ in patterns.scheduled or parent.lower_ in patterns.scheduled)


def habitual(head: Token, patterns: Patterns) -> bool:
    """Whether the act is told as a habit, not as a dated act: "the two ministries often hold
    consultations", "has long accused Tokyo" (``habitual_adverbs``), "tend to side with Moscow"
    (``habitual_verbs``); a noun act through the verb it is an argument of ("regularly hold talks")."""
    verb = _clause_verb(head)
    shared = verb.head if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) else verb
    if any(_habitual_adverb(c, patterns) for v in {verb, shared} for c in v.children):
        return True
    # "tend to side with Moscow", "often try to mediate"
    governor = shared.head
    return shared.dep_ == "xcomp" and (governor.lemma_ in patterns.habitual_verbs
                                       or any(_habitual_adverb(c, patterns) for c in governor.children))


def _habitual_adverb(word: Token, patterns: Patterns) -> bool:
    # a bare "long" only: "so long as" is a condition, "long before the war" a time
    return word.dep_ == "advmod" and word.lower_ in patterns.habitual_adverbs and not (word.lower_ == "long" and word.n_lefts + word.n_rights)


def _clause_verb(head: Token) -> Token:
    """The verb whose clause tells the act: the trigger's own, or for a noun the verb the head of
    its "of" chain is an argument of."""
    if head.pos_ not in {"NOUN", "PROPN"}:
        return head
    top = _noun_chain(head)[-1]
    if top.dep_ not in {"dobj", "nsubjpass", "nsubj", "pobj", "attr"}:
        return top
    verb = top.head
    return verb.head if verb.dep_ == "prep" else verb


def in_background(head: Token, patterns: Patterns, year: int | None = None) -> bool:
    """Whether a noun act is named only as the time something else dates from ("divergences have
    appeared since Russia's annexation of Crimea", ``background_prepositions``), or by an earlier
    year than the document's (``year``: "after the 2022 assassination of Shinzo Abe", "the 2018
    peace deal"): no act of the story."""
    if head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if year is not None and (named := naming_year(head)) is not None and named < year:
        return True
    top = _noun_chain(head)[-1]
    return top.dep_ == "pobj" and top.head.lower_ in patterns.background_prepositions

