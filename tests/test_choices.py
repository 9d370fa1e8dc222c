"""The valid values of filters and options, and the errors naming them."""

from __future__ import annotations

import pytest

from realpolitik.analysis import load_groups
from realpolitik.choices import choose, event_types, modalities, side_code
from realpolitik.errors import ChoiceError, QueryError


@pytest.mark.parametrize(
    "name, code",
    [("India", "IND"), ("indian", "IND"), ("IND", "IND"), ("European Union", "EU"), ("EU", "EU"),
     ("west", "WEST"), ("BLRGOV", "BLRGOV"), ("Belarus", "BLR")],
)  # fmt: skip
def test_a_side_by_name_code_or_group(name: str, code: str) -> None:
    assert side_code(name, load_groups()) == code


def test_an_unknown_side_says_what_to_give_or_what_is_close() -> None:
    with pytest.raises(ChoiceError, match="unknown country or actor 'XYZ'; give an ISO-3 country code"):
        side_code("XYZ", load_groups())
    with pytest.raises(ChoiceError, match=r"did you mean Belarus"):
        side_code("Belarsu", load_groups())
    assert side_code("XYZ", load_groups(), seen=["XYZ"]) == "XYZ"  # a code of imported events
    with pytest.raises(QueryError, match="empty side"):
        side_code(" ", load_groups())


def test_event_types_and_modalities() -> None:
    assert event_types("accuse, 19") == ["ACCUSE", "19"]
    with pytest.raises(ChoiceError, match="'TARIFF'; use one of REQUEST, AGREE"):
        event_types("TARIFF")
    with pytest.raises(ChoiceError, match="unknown CAMEO code '21'"):
        event_types("21")
    assert modalities("all") is None and modalities(None) is None
    assert modalities("Asserted,future") == ["asserted", "future"]
    with pytest.raises(ChoiceError, match="'maybe'; use one of asserted, negated, hypothetical, future"):
        modalities("maybe")


def test_choose_keeps_the_choice_spelling() -> None:
    assert choose("YEAR", ("month", "year"), "period") == "year"
    with pytest.raises(ChoiceError, match="unknown period 'decade'; use one of month, year"):
        choose("decade", ("month", "year"), "period")
