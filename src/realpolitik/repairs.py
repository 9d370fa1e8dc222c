"""Mending one error of the small parser before any rule reads the parse.

"A court in Gulu jailed reporter Sarah Akello on Monday": en_core_web_sm reads the past verb
before a bare title and name as an adjective ("jailed" an ``amod`` of "reporter"), so the sentence
has no verb and the act neither doer nor object.  Every later stage reads subjects and objects
from the dependency tree, so the tree is mended once, here: the verb becomes the clause's root,
the noun phrase before it its subject, the one after it its object.  The mend is made only where
the reading is unambiguous — the sentence's root is one of those two noun phrases, or the phrase
is read as a second subject of a later verb that has its own (", and his supporters marched"), and
no determiner or possessive introduces the object (a real participle: "the jailed reporter").
It also reads a finite past verb after a sentence's first noun as a clause on it ("The bloc
called on Myanmar to free prisoners": "bloc" the root, "called" an ``acl``): the verb becomes the
root again, the noun its subject.  It reads the verb opening a communiqué's numbered clause ("2.
Calls on Moscow …") as the verb it is, not a plural noun; joins a verb with an object that the
parser hangs on a reported passive ("said the staff had been posted … and accused Paris") to the
verb that reports it; and makes a subject read into the phrase opening its sentence ("Under the
mediation of Qatar, Rwanda and Congo signed …", "In December Mogadishu accused …", "In a room of
the White House, President Aliyev and Prime Minister Pashinyan initialled …") the verb's again,
a time clause before its verb, read as what the verb says ("when fighting killed dozens,
Bishkek criticised …"), that verb's adverbial clause, and a later verb left hanging on the first
("He released a report, then flew to Jeddah") its conjunct; and a present participle after a
preposition's object, read as the verb's complement ("shipped weapons to the RSF fighting in
Sudan"), that noun's description; and a participle read as a clause on a time phrase put
between it and its "have" ("have for years accused") the verb again, and the first of the
subjects after an opening time ("In January 2024 Mali, Burkina Faso and Niger announced") a
subject again; a subject hung on an auxiliary its verb's; a time after a preposition with no
object ("In 2013 opposition figures …") that preposition's object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

REPAIR_COMPONENT = "realpolitik_parse_repair"
_TABLE = "realpolitik_repair_table"  # (the parse read once per pass, in the doc's user data until the repair ends)

_NOMINAL = {"NOUN", "PROPN", "PRON"}
_TITLE_POS = {"PROPN", "NOUN", "ADJ"}
_FINITE = {"VBZ", "VBD", "VBP", "MD"}
_TIME_CONJUNCTIONS = {"after", "before", "since", "until", "till"}
_TIMES = {"DATE", "TIME"}
_PLACES = {"GPE", "LOC", "FAC"}
_NAME_DEPS = {"compound", "flat", "amod", "nmod"}
# (what hangs on a verb rather than on its object: "to seven years", "on Tuesday", "and jailed him")
_CLAUSE_DEPS = {"prep", "punct", "cc", "conj", "advcl", "advmod", "npadvmod", "dep", "xcomp", "ccomp"}
# (what stays with the object: "delegations from Ethiopia", "leader Nnamdi Kanu of the IPOB")
_ORIGINS = {"of", "from"}
# (what the misread phrase hangs on its first words that belongs with the subject: "A Ugandan court")
_SUBJECT_MODIFIERS = {"DET", "ADJ", "NUM", "PROPN", "NOUN"}


def register_repair_component() -> None:
    from spacy.language import Language

    if REPAIR_COMPONENT not in Language.factories:
        Language.component(REPAIR_COMPONENT, func=repair_parse)


def repair_parse(doc: Doc) -> Doc:
    """``doc`` with every past verb misread as the adjective of its own object, or as a clause on
    its own subject, made a verb again."""
    opening = _subjects_read_into_an_opening_time(doc)
    mends = _clause_and_subject_mends(doc, {time.nbor(-1).head.i for time, _ in opening})
    mends.update({token.i: (token.head.i, "conj") for token in _later_verbs_left_loose(doc)})
    mends.update({token.i: (token.i - 1, "acl") for token in _participles_read_as_complements(doc)})
    for token in _participles_read_into_a_time(doc):
        mends.update(_perfect_mends(token))
    mends.update({t.i: (t.head.head.i, t.dep_) for t in _words_on_an_auxiliary(doc)})
    mends.update({t.i: (t.i - 1, "pobj") for t in _times_read_into_a_noun(doc)})
    # (the opening time's repair only for a verb no other repair gave a subject)
    given_a_subject = {head for head, dep in mends.values() if dep == "nsubj"}
    for time, noun in (found for found in opening if found[0].nbor(-1).head.i not in given_a_subject):
        mends.update(_opening_time_mends(time, noun))
    if mends:
        _apply(doc, mends)
    # (read on the mended tree: "In March 2012 Mali, Niger and Chad announced" has its subject
    # only once the phrase's conjunct is mended)
    subjects = _first_subjects_read_into_a_time(doc)
    if subjects:
        _apply(doc, {i: mend for first, subject in subjects for i, mend in _time_subject_mends(first, subject).items()})
    for token in _clause_verbs_read_as_nouns(doc):
        token.tag_, token.pos_ = "VBZ", "VERB"
    doc.user_data.pop(_TABLE, None)
    return doc


def _clause_and_subject_mends(doc: Doc, verbs_after_a_time: set[int]) -> dict[int, tuple[int, str]]:
    """The first mends: verbs misread, clauses hung on the wrong verb, subjects read apart or into
    an opening phrase (``verbs_after_a_time``: those whose subject an opening time took)."""
    mends: dict[int, tuple[int, str]] = {}
    for token in _misread_verbs(doc):
        mends.update(_verb_mends(token))
    for token in _verbs_read_as_clauses(doc):
        mends.update(_clause_mends(token))
    mends.update({token.i: (token.head.head.i, "conj") for token in _active_verbs_joined_to_a_passive(doc)})
    # (a list of subjects after an opening time is one subject, not the phrase's last conjuncts)
    mends.update({i: mend for i, mend in _subjects_read_into_a_fronted_phrase(doc).items()
                  if mend[0] not in verbs_after_a_time or doc[i].dep_ != "conj"})
    mends.update(_first_subjects_read_apart(doc))
    mends.update({t.i: (first.i, "conj") for first, t in _listed_subjects_read_apart(doc)})
    mends.update({token.i: (token.head.i, "advcl") for token in _fronted_clauses_read_as_said(doc)})
    mends.update({token.i: (token.head.i, "parataxis") for token in _clauses_said_across_a_semicolon(doc)})
    mends.update({second.i: (first.i, "conj") for first, second in _said_clauses_read_apart(doc)})
    for subject, verb in _subjects_read_after_a_conjunction(doc):
        mends.update({subject.i: (verb.i, "nsubj"), subject.head.i: (verb.i, "mark")})
    return mends


def _active_verbs_joined_to_a_passive(doc: Doc) -> list[Token]:
    """"The ministry said the staff had been posted irregularly and accused Paris of …": a verb
    with an object of its own cannot share the passive of the reported clause it is joined to, so
    it goes on with the verb that reports that clause (whose subject is its own); "a gang had stolen
    records and demanded a ransom" shares its clause's subject."""
    joined = (doc[i] for i in _indexes(doc, tags={"VBD", "VBN"}, deps={"conj"}))
    return [t for t in joined if t.head.dep_ == "ccomp"
            and any(c.dep_ == "auxpass" for c in t.head.children) and any(c.dep_ == "dobj" for c in t.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in t.children)
            and [c.lower_ for c in t.head.children if c.dep_ == "cc" and c.i < t.i][-1:] == ["and"]]


def _subjects_read_into_a_fronted_phrase(doc: Doc) -> dict[int, tuple[int, str]]:
    """A verb with no subject after a phrase that opens its sentence, whose subject the small model
    read into that phrase: the conjunct after its comma ("Under the mediation of Qatar, Rwanda and
    Congo signed …", joined to "Qatar"), the name after a time ("In December Mogadishu accused
    Kenya …", the time read as the name's modifier) or the person right before the verb ("In May
    2019 Moldova's envoy Ion Rusu and … Dan Popa met …": ``_people_before_verb``) is the verb's
    subject again."""
    mends: dict[int, tuple[int, str]] = {}
    for verb in _subjectless_verbs(doc):
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
            conjunct = next((t for t in prep.subtree if t.dep_ == "conj" and t.pos_ in _NOMINAL and t.right_edge.i + 1 == verb.i
                             and doc[t.left_edge.i - 1].text == "," and t.head.i < t.left_edge.i - 1), None)
            name = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.i + 1 == verb.i
                         and g.ent_type_ not in _TIMES), None)
            date = next((c for c in name.children if c.dep_ in {"compound", "nmod"} and c.ent_type_ in _TIMES), None) \
                if name is not None else None
            if conjunct is not None:
                mends[conjunct.i] = (verb.i, "nsubj")
            elif date is not None:
                mends.update({name.i: (verb.i, "nsubj"), date.i: (prep.i, "pobj")})
            else:
                mends.update(_people_before_verb(prep, verb))
    return mends


def _people_before_verb(prep: Token, verb: Token) -> dict[int, tuple[int, str]]:
    """"In May 2019 Moldova's envoy Ion Rusu and Romanian deputy minister Dan Popa met …": the
    person named last in the opening phrase, right before a verb with no subject, is that subject,
    with the person its "and" joins to it through a title."""
    doc = verb.doc
    # (the last one: "At the invitation of King Mohammed VI, His Excellency Mohamed … El Ghazouani,
    # President of Mauritania, paid …" ends the phrase with the one who visits)
    person = max((t for t in prep.subtree if t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.right_edge.i + 1 == verb.i
                  and t.dep_ in {"appos", "pobj"}), key=lambda t: t.i, default=None)
    if person is None:
        return {}
    start = person.left_edge.i
    while start > prep.i + 1 and doc[start - 1].pos_ in _TITLE_POS:
        start -= 1
    cc = doc[start - 1]
    first = cc.head if cc.dep_ == "cc" and cc.head.ent_type_ == "PERSON" and cc.head.i < cc.i else None
    if first is None:
        return {person.i: (verb.i, "nsubj")}
    return {first.i: (verb.i, "nsubj"), person.i: (first.i, "conj")}


def _first_subjects_read_apart(doc: Doc) -> dict[int, tuple[int, str]]:
    """"President Aliyev and Prime Minister Pashinyan initialled …": the small model often reads
    the second of two coordinated people as a subject of its own, and the first as a second
    subject of the verb or as part of a phrase opening the sentence ("In a room of the White
    House, President Aliyev … and …", "In December 2012 Georgia's envoy Zurab Abashidze and …");
    a person whose "and" leads through a title into the verb's subject is that subject's first
    conjunct."""
    mends: dict[int, tuple[int, str]] = {}
    for cc in (doc[i] for i in _indexes(doc, tags={"CC"}, deps={"cc"})):
        person = cc.head
        if person.ent_type_ != "PERSON" or person.i > cc.i:
            continue  # (most "and"s join no person: the title's words are read only after one)
        subject = _titled_subject(doc, cc.i + 1)
        if subject is None or any(c.dep_ == "conj" and not cc.i < c.i < subject.i for c in person.children):
            continue
        verb = subject.head
        if person.dep_ == "nsubj" and person.head.i == verb.i:
            mends[subject.i] = (person.i, "conj")
        elif any(a.dep_ == "prep" and a.head.i == verb.i and a.i < person.i for a in person.ancestors):
            mends.update({person.i: (verb.i, "nsubj"), subject.i: (person.i, "conj")})
    return mends


def _subjects_read_after_a_conjunction(doc: Doc) -> list[tuple[Token, Token]]:
    """"…, days after Brazil and Argentina warned Montevideo …": a conjunction of time read as a
    preposition, the subject of the clause it opens as its object, and the clause's verb right
    after the name with no subject: (the subject, the verb)."""
    found = []
    for name in (doc[i] for i in _indexes(doc, tags={"NNP", "NNPS", "NN", "NNS"}, deps={"pobj"})):
        if name.head.lower_ not in _TIME_CONJUNCTIONS:
            continue  # (most objects: asked before their phrase's edge is walked)
        after = name.right_edge.i + 1
        verb = doc[after] if after < len(doc) else None
        if verb is None or verb.tag_ not in _FINITE - {"MD"} \
                or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        if name.head.head == verb or name.head.head.head == verb:  # (on the verb, or on "days" before it)
            found.append((name, verb))
    return found


def _clauses_said_across_a_semicolon(doc: Doc) -> list[Token]:
    """"Jamaica promised troops; Kenya has not said how many it will send": a clause before a
    semicolon is read as what the verb after it says; it is a clause of its own."""
    if ";" not in doc.text:
        return []
    found = (doc[i] for i in _indexes(doc, tags=_FINITE | {"VBN", "VBG"}, deps={"ccomp"}))
    return [t for t in found if t.head.i > t.i
            and any(doc[i].text == ";" for i in range(t.right_edge.i + 1, t.head.i))]


def _said_clauses_read_apart(doc: Doc) -> list[tuple[Token, Token]]:
    """"Chinese ships sailed into Philippine waters, and Manila lodged a protest, the ministry said":
    two clauses joined by "and" before the verb that reports them are read as two things said, the
    "and" left on the first; the second is the first's conjunct, as it is without the attribution:
    (the first, the second)."""
    told = [doc[i] for i in _indexes(doc, tags=_FINITE - {"MD"}, deps={"ccomp"})]
    return [(first, second) for first, second in zip(told, told[1:])
            if first.head.i == second.head.i > second.i and doc[first.right_edge.i].dep_ == "cc"
            and doc[first.right_edge.i].head.i == first.i and second.left_edge.i == first.right_edge.i + 1]


def _listed_subjects_read_apart(doc: Doc) -> list[tuple[Token, Token]]:
    """"In 2012 Britain, France and Italy condemned …": a name, a comma and a name, both read as
    subjects of one verb, are the first of a list and its conjunct: (the first, the second)."""
    names = [doc[i] for i in _indexes(doc, tags={"NNP", "NNPS"}, deps={"nsubj"})]
    return [(first, second) for first, second in zip(names, names[1:])
            if first.head.i == second.head.i and first.ent_type_ and second.ent_type_ and _comma_between(first, second)]


def _comma_between(first: Token, second: Token) -> bool:
    """Whether only a comma stands between the two phrases (the first's own, or loose)."""
    end = first.right_edge.i if first.doc[first.right_edge.i].text != "," else first.right_edge.i - 1
    return second.left_edge.i == end + 2 and first.doc[end + 1].text == ","


def _titled_subject(doc: Doc, start: int) -> Token | None:
    """The person's name ending the title and name that run from ``start``, when it is its verb's
    subject ("Russian deputy foreign minister Grigory Karasin met …")."""
    end = start
    while end < len(doc) and doc[end].pos_ in _TITLE_POS:
        end += 1
    last = doc[end - 1] if end > start else None
    return last if last is not None and last.dep_ == "nsubj" and last.ent_type_ == "PERSON" else None


_SUBORDINATORS = {"when", "while", "after", "before", "as", "since", "once", "because", "although", "though", "until"}


def _fronted_clauses_read_as_said(doc: Doc) -> list[Token]:
    """"In September 2022, when fighting … killed dozens of citizens, Bishkek criticised the CSTO":
    the small model reads a time clause before the main one as what the main verb says (a
    ``ccomp``, as in "Russia attacked Kyiv, the ministry said"); a clause before its verb that a
    subordinating word opens ("when", "after") is the verb's adverbial clause; not when that word
    opens a clause of its own set off by a comma ("Before Iran closed the strait, Washington struck
    its ports, officials said": what the officials said)."""
    told = (doc[i] for i in _indexes(doc, tags={"VBD", "VBZ", "VBP"}, deps={"ccomp"}))
    return [t for t in told if t.i < t.head.i and t.right_edge.i + 1 < len(doc) and doc[t.right_edge.i + 1].text == ","
            and any(w.lower_ in _SUBORDINATORS and w.dep_ in {"advmod", "mark"} and w.i < t.i
                    and all(doc[k].text != "," for k in range(w.i, t.i)) for w in t.subtree)]


def _later_verbs_left_loose(doc: Doc) -> list[Token]:
    """"He released a report …, then flew to Jeddah": the small model leaves a later finite verb of
    the same subject hanging (``dep``) on the first; with no subject of its own it is that verb's
    conjunct, and shares its subject."""
    loose = (doc[i] for i in _indexes(doc, tags={"VBD", "VBZ", "VBP"}, deps={"dep"}))
    return [t for t in loose if t.head.pos_ == "VERB" and t.head.i < t.i
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children)]


def _participles_read_as_complements(doc: Doc) -> list[Token]:
    """"… used the airstrip to ship weapons to the Rapid Support Forces fighting in neighbouring
    Sudan": a present participle right after the object of a preposition describes that noun; the
    small model reads it as the verb's complement, so that the verb's subject would do it.  Not
    after a place's name: "Lavrov spent Monday in Ankara urging Turkey …" is Lavrov's urging."""
    found = (doc[i] for i in _indexes(doc, tags={"VBG"}, deps={"xcomp"}))
    return [t for t in found if t.i > 0 and t.nbor(-1).dep_ == "pobj" and t.nbor(-1).pos_ in _NOMINAL
            and t.nbor(-1).ent_type_ not in _PLACES and t.nbor(-1).head.head.i == t.head.i]


def _first_subjects_read_into_a_time(doc: Doc) -> list[tuple[Token, Token]]:
    """"In January 2024 Mali, Burkina Faso and Niger announced …": the first of a list of subjects
    right after an opening time is read as that time's conjunct; a name right before a comma and the
    verb's subject is the subject again, the rest its conjuncts."""
    found = []
    for t in (doc[i] for i in _indexes(doc, tags={"NNP"}, deps={"conj", "pobj"})):
        time = t.head if t.dep_ == "conj" else next((c for c in t.children if c.dep_ in {"nmod", "compound", "nummod"} and c.i < t.i), t)
        verb = (t.head if t.dep_ == "conj" else t).head.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if time.ent_type_ in _TIMES and t.ent_type_ not in _TIMES and time.i < t.i and verb.pos_ == "VERB" and verb.i > t.i \
                and subject is not None and subject.left_edge.i == t.i + 2 and doc[t.i + 1].text == ",":
            found.append((t, subject))
    return found


def _words_on_an_auxiliary(doc: Doc) -> list[Token]:
    """"Thai officials have for years accused …": the subject and the phrase the small model hangs
    on the auxiliary are its verb's, when that verb has no subject of its own."""
    # (read from the subjects, fewer than the auxiliaries)
    subjects = (doc[i] for (_, dep), found in _words_by_tag_and_dep(doc).items() if dep == "nsubj" for i in found)
    auxiliaries = {s.head.i: s.head for s in subjects if s.head.dep_ == "aux" and s.head.tag_ in _FINITE}
    return [c for aux in auxiliaries.values() if aux.head.pos_ == "VERB" and aux.head.i > aux.i
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in aux.head.children)
            for c in aux.children if c.dep_ in {"nsubj", "prep", "advmod", "npadvmod"}]


def _times_read_into_a_noun(doc: Doc) -> list[Token]:
    """"In 2013 opposition figures accused …": the time right after an opening preposition that
    has no object, read as a modifier of the noun after it, is that preposition's object."""
    found = (doc[i] for i in _indexes(doc, tags={"CD", "NNP"}, deps={"nummod", "compound", "nmod"}))
    return [t for t in found if t.ent_type_ in _TIMES and t.i > 0 and t.nbor(-1).dep_ == "prep" and t.head.i > t.i
            and not any(c.dep_ == "pobj" for c in t.nbor(-1).children)]


def _subjects_read_into_an_opening_time(doc: Doc) -> list[tuple[Token, Token]]:
    """"In 2013 US special forces trained …", "In 2012 France, Germany and Italy said …": the
    subject right after an opening time is read as the object of the time's preposition, the time
    as its modifier, and the verb after them has no subject: (the time, the subject)."""
    found = []
    for time in (doc[i] for i in _indexes(doc, tags={"CD", "NNP"}, deps={"nummod", "compound", "nmod"})):
        if time.i == 0:
            continue
        noun, prep = time.head, doc[time.i - 1]
        if time.ent_type_ not in _TIMES or noun.ent_type_ in _TIMES or noun.dep_ != "pobj" \
                or noun.head.i != prep.i or prep.dep_ != "prep":
            continue
        verb = prep.head
        if verb.pos_ == "VERB" and verb.i > noun.i and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            found.append((time, noun))
    return found


def _opening_time_mends(time: Token, noun: Token) -> dict[int, tuple[int, str]]:
    """The time the preposition's object again (with the rest of the date: "In March 2013"), the
    noun the verb's subject."""
    mends = {time.i: (time.i - 1, "pobj"), noun.i: (time.nbor(-1).head.i, "nsubj")}
    mends.update({c.i: (time.i, c.dep_) for c in noun.children if c.ent_type_ in _TIMES and c.i != time.i})
    return mends


def _time_subject_mends(first: Token, subject: Token) -> dict[int, tuple[int, str]]:
    """The first name the verb's subject, the subject its conjunct; a time read as the name's
    modifier ("In March 2012 Mali, …") the preposition's object again."""
    mends = {first.i: (subject.head.i, "nsubj"), subject.i: (first.i, "conj")}
    if first.dep_ == "pobj":
        mends.update({c.i: (first.head.i, "pobj") for c in first.children if c.ent_type_ in _TIMES})
    return mends


def _participles_read_into_a_time(doc: Doc) -> list[Token]:
    """"Jordanian officials have for years accused Iran-aligned militias …": a time phrase between
    "have" and its participle makes the small model read "have" as the main verb and the
    participle as a clause on the time's noun; a past participle right after the time's phrase,
    on a "have" with a subject and no object, is the verb."""
    found = (doc[i] for i in _indexes(doc, tags={"VBN"}, deps={"acl"}))
    return [t for t in found if t.head.ent_type_ in _TIMES and t.head.dep_ == "pobj" and t.head.i < t.i
            and all(c.right_edge.i < t.i for c in t.head.children if c.i != t.i)
            and t.head.head.head.lemma_ == "have" and t.head.head.head.i < t.head.i
            and any(c.dep_ == "nsubj" for c in t.head.head.head.children)
            and not any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in t.head.head.head.children)]


def _perfect_mends(verb: Token) -> dict[int, tuple[int, str]]:
    """The participle takes the place of its "have", which becomes its auxiliary, with the
    subject, the time phrase and what followed."""
    have = verb.head.head.head
    top = (verb.i, "ROOT") if have.dep_ == "ROOT" else (have.head.i, have.dep_)
    mends = {verb.i: top, have.i: (verb.i, "aux")}
    mends.update({c.i: (verb.i, c.dep_) for c in have.children})
    return mends


def _subjectless_verbs(doc: Doc) -> list[Token]:
    """The verbs with no subject and a prepositional phrase before them, found in the table of
    the parse (a ``Token`` is made only of those)."""
    from spacy.attrs import DEP, HEAD, POS

    strings = doc.vocab.strings
    columns = doc.to_array([POS, DEP, HEAD]).tolist()
    verb, prep = strings.add("VERB"), strings.add("prep")
    subjects = {strings.add(d) for d in ("nsubj", "nsubjpass", "expl")}
    heads = [i + (h if h < 2**63 else h - 2**64) for i, (_, _, h) in enumerate(columns)]  # (offsets stored unsigned)
    fronted = {heads[i] for i, (_, dep, _) in enumerate(columns) if dep == prep and heads[i] > i}
    told = {heads[i] for i, (_, dep, _) in enumerate(columns) if dep in subjects}
    return [doc[i] for i in sorted(fronted - told) if columns[i][0] == verb]


def _indexes(doc: Doc, tags: Iterable[str], deps: Iterable[str]) -> list[int]:
    """The words of one of ``tags`` hung by one of ``deps``, read in the table of the parse."""
    table = _words_by_tag_and_dep(doc)
    return sorted(i for t in tags for d in deps for i in table.get((t, d), ()))


def _words_by_tag_and_dep(doc: Doc) -> dict[tuple[str, str], list[int]]:
    """The parse's words by (tag, dependency), read once for every search until the tree is mended."""
    table = doc.user_data.get(_TABLE)
    if table is None:
        from spacy.attrs import DEP, TAG

        strings = doc.vocab.strings
        table = {}
        for i, (tag, dep) in enumerate(doc.to_array([TAG, DEP]).tolist()):
            table.setdefault((strings[tag], strings[dep]), []).append(i)
        doc.user_data[_TABLE] = table
    return table


def _clause_verbs_read_as_nouns(doc: Doc) -> list[Token]:
    """"2. Calls on Moscow to release its crew": a communiqué's numbered clause opens with its verb,
    which the small model reads as a plural noun when it can be one ("Calls", "Requests",
    "Demands"); the root of a sentence with no finite verb, capitalised after a list number and
    followed by a preposition or a determiner, is that verb."""
    found = []
    for head in (doc[i] for i in _indexes(doc, tags={"NNS"}, deps={"ROOT"})):
        words = [t for t in head.sent if not (t.is_space or t.is_punct)]
        if len(words) >= 3 and words[0].tag_ in {"LS", "CD"} and words[1].i == head.i and head.text[:1].isupper() \
                and words[2].pos_ in {"ADP", "DET", "SCONJ"} and not any(t.tag_ in _FINITE and t.i < head.i for t in words):
            found.append(head)
    return found


def _verbs_read_as_clauses(doc: Doc) -> list[Token]:
    """"The bloc called on Myanmar to free prisoners": a finite past verb (VBD, not a participle)
    read as a clause on the sentence's root noun, its own subject; so is a past form tagged as a
    participle in a sentence with no finite verb that ends as a sentence does ("Hundreds of students
    protested outside the embassy.", not the headline "Hundreds arrested in Lagos")."""
    found = [doc[i] for i in _indexes(doc, tags={"VBD"}, deps={"acl"})]
    for verb in (doc[i] for i in _indexes(doc, tags={"VBN"}, deps={"acl"})):
        words = [t for t in verb.sent if not t.is_space]  # (a paragraph's break hangs on its last sentence)
        if words and words[-1].text == "." and not any(t.tag_ in _FINITE for t in words):
            found.append(verb)
    return found


def _clause_mends(verb: Token) -> dict[int, tuple[int, str]]:
    """The verb made the root and the noun it hung on its subject, when that noun is the
    sentence's root and the verb follows its phrase at once."""
    noun = verb.head
    if noun.dep_ != "ROOT" or noun.pos_ not in _NOMINAL or noun.i > verb.i or verb.i != _phrase_end(noun, verb) + 1:
        return {}
    mends = {verb.i: (verb.i, "ROOT"), noun.i: (verb.i, "nsubj")}
    mends.update({c.i: (verb.i, c.dep_) for c in noun.children if c.i > verb.i})
    return mends


def _phrase_end(noun: Token, verb: Token) -> int:
    """The last word of the noun's phrase before the verb."""
    return max([noun.i, *(t.i for c in noun.children if c.i < verb.i for t in c.subtree)])


def _misread_verbs(doc: Doc) -> list[Token]:
    return [doc[i] for i in _indexes(doc, tags={"VBD", "VBN"}, deps={"amod"})]


def _verb_mends(verb: Token) -> dict[int, tuple[int, str]]:
    """The new (head, label) of each word the mend of ``verb`` moves, or nothing when the
    parse may be right."""
    top = _phrase_top(verb)
    obj = _object_of(verb)
    if (obj is None or verb.pos_ != "VERB" or any(verb.children) or not _after_a_noun(verb)
            or not (top.dep_ == "ROOT" or _subject_of_root(top))):
        return {}
    subject, strays = _subject_of(_left_tops(verb, top.left_edge.i))
    if subject is None or top not in (subject, obj):
        return {}
    mends = {verb.i: (verb.i, "ROOT"), subject.i: (verb.i, "nsubj"), obj.i: (verb.i, "dobj")}
    if top.dep_ != "ROOT":  # (", and his supporters staged a strike": the old root joins the mended verb)
        mends[top.head.i] = (verb.i, "conj")
    mends.update(strays)
    for holder in (subject, obj):
        mends.update({c.i: (verb.i, c.dep_) for c in holder.children
                      if c.i > verb.i and c.dep_ in _CLAUSE_DEPS and not (holder is obj and c.lower_ in _ORIGINS)})
    return mends


def _after_a_noun(verb: Token) -> bool:
    """A subject ends right before the verb ("in Gulu jailed"); not "Hundreds of displaced
    people", "its jailed leader" or "army-led"."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return before is not None and before.pos_ in _NOMINAL and before.dep_ != "poss"


def _phrase_top(verb: Token) -> Token:
    """The highest noun of the phrase the verb was read into ("court" in "A court in the city of
    Gulu jailed reporter X", the name a prepositional object of "of")."""
    token = verb.head
    while token.head.i != token.i and token.head.pos_ in _NOMINAL | {"ADP"}:
        token = token.head
    return token


def _subject_of_root(top: Token) -> bool:
    """"A court in Abuja sentenced leader X to life, and his supporters staged a strike": the
    misread phrase taken for a second subject of the sentence's later verb, which has its own
    (alone, the phrase may be its subject: "Russia jailed reporter X returned home on Thursday")."""
    head = top.head
    return top.dep_ == "nsubj" and head.dep_ == "ROOT" and head.pos_ in {"VERB", "AUX"} and head.i > top.right_edge.i \
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > top.right_edge.i for c in head.children)


def _object_of(verb: Token) -> Token | None:
    """The head of the noun phrase the verb was read into ("reporter Sarah Akello"), if bare."""
    token = verb.head
    if token.i != verb.i + 1 and not all(t.dep_ in _NAME_DEPS for t in verb.doc[verb.i + 1:token.i]):
        return None
    while token.dep_ in _NAME_DEPS and token.head.i > token.i:
        token = token.head
    phrase = verb.doc[verb.i + 1:token.i + 1]
    if token.pos_ not in _NOMINAL or any(c.dep_ in {"det", "poss"} and c.i > verb.i for t in phrase for c in t.children):
        return None
    return token


def _left_tops(verb: Token, start: int) -> list[Token]:
    """The words of the misread phrase before the verb that hang on nothing before it."""
    return [t for t in verb.doc[start:verb.i] if not start <= t.head.i < verb.i or t.head.i == t.i]


def _subject_of(tops: list[Token]) -> tuple[Token | None, dict[int, tuple[int, str]]]:
    """The subject among the loose words before the verb — the last noun not owed to a preposition
    ("A court in the city of Gulu": "Gulu" is the object of "of") — and where the others go."""
    strays: dict[int, tuple[int, str]] = {}
    nouns = []
    for token in tops:
        before = token.doc[token.i - 1] if token.i > token.sent.start else None
        if before is not None and before.pos_ == "ADP" and not any(c.dep_ == "pobj" and c.i < token.i for c in before.children):
            strays[token.i] = (before.i, "pobj")
        elif token.pos_ in _NOMINAL:
            nouns.append(token)
        elif token.pos_ not in _SUBJECT_MODIFIERS:
            return None, {}
    if not nouns:
        return None, {}
    subject = nouns[-1]
    for token in tops:
        if token.i not in strays and token is not subject:
            strays[token.i] = (subject.i, token.dep_)
    return subject, strays


def _apply(doc: Doc, mends: dict[int, tuple[int, str]]) -> None:
    doc.user_data.pop(_TABLE, None)  # (the tree changes: what was read of it is stale)
    import numpy
    from spacy.attrs import DEP, HEAD

    columns = doc.to_array([HEAD, DEP])
    for i, (head, label) in mends.items():
        columns[i, 0] = numpy.uint64((head - i) % 2**64)  # (a head before the word: a negative offset, as spaCy stores it)
        columns[i, 1] = doc.vocab.strings.add(label)
    doc.from_array([HEAD, DEP], columns)
