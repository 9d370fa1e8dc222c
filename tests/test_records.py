"""The records' own methods."""

import dataclasses

from realpolitik.records import Actor, ActorMention


def test_a_moved_mention_keeps_all_but_its_place():
    state = Actor("NRN", "Norland", "state", "NRN", None, None, "Norland", "Norland")
    other = dataclasses.replace(state, code="SLD", name="Sudland")
    mention = ActorMention(4, 11, "Norland", state, via="subject", others=(other,))
    moved = mention.moved(100)
    assert (moved.start, moved.end) == (104, 111)
    assert moved == dataclasses.replace(mention, start=104, end=111)
    assert (moved.via, moved.others) == ("subject", (other,))
