"""The one YAML loader: duplicate keys, bad YAML, missing files and layering, each named by file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

import realpolitik
from realpolitik.actors import load_actors
from realpolitik.analysis import load_groups
from realpolitik.coding import load_patterns
from realpolitik.datafiles import Layer, layered, read_layer, shipped_layer, shipped_layers
from realpolitik.errors import ActorDataError, DataFileError, InputError, PatternDataError

SHIPPED = ["realpolitik.data", "realpolitik.actors.data", "realpolitik.coding.data"]


def write(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "line", "first"),
    [
        ("verbs: {}\nnouns: {}\nverbs: {}\n", 3, 1),  # top level
        ('verbs:\n  beat: "182"\n  kill: "180"\n  beat: {code: "182"}\n', 4, 2),  # nested
        ("people:\n  - name: Roe\n    country: USA\n    name: Doe\n", 4, 2),  # in a list item
        ("codes:\n  '042': a\n  \"042\": b\n", 3, 2),  # the same string, quoted two ways
    ],
)
def test_a_key_given_twice_is_an_error_naming_file_and_both_lines(tmp_path, text, line, first):
    path = write(tmp_path, text)
    with pytest.raises(DataFileError, match=f"line {line}: the key .* comes twice \\(first at line {first}\\)") as err:
        read_layer(path)
    assert str(err.value).startswith(f"{path}, line {line}: ")


def test_a_key_may_override_a_merged_one(tmp_path):
    path = write(tmp_path, "base: &base {code: '190', particle: out}\nmine:\n  <<: *base\n  code: '191'\n")
    assert read_layer(path).data["mine"] == {"code": "191", "particle": "out"}


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("verbs: [1, 2\n", 2),
        ("x:\n  - a\n - b\n", 3),
        ('x: "unclosed\ny: 2\n', 3),
        ('x: 1\ny: "\x01"\n', 2),
    ],
)
def test_invalid_yaml_names_file_and_line(tmp_path, text, line):
    path = write(tmp_path, text)
    with pytest.raises(DataFileError, match="not valid YAML") as err:
        read_layer(path)
    assert str(err.value).startswith(f"{path}, line {line}: ")


@pytest.mark.parametrize(("text", "found"), [("- a\n- b\n", "list"), ("just words\n", "str")])
def test_the_top_level_must_be_a_mapping(tmp_path, text, found):
    with pytest.raises(DataFileError, match=f"must be a mapping .* not a {found}"):
        read_layer(write(tmp_path, text))


def test_an_empty_file_is_an_empty_layer(tmp_path):
    path = write(tmp_path, "# all commented out\n")
    assert read_layer(path) == Layer(str(path), {})


def test_a_missing_or_undecodable_file_is_named(tmp_path):
    with pytest.raises(DataFileError, match="nope.yaml: cannot read the file"):
        read_layer(tmp_path / "nope.yaml")
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("name: Łukaszenka\n".encode("cp1250"))
    with pytest.raises(DataFileError, match="latin.yaml: not UTF-8"):
        read_layer(latin)


def test_a_user_file_goes_over_the_shipped_one(tmp_path):
    mine = write(tmp_path, "groups:\n  WEST: {members: [USA]}\n  MINE: {members: [BLR, WEST]}\n")
    shipped, user = layered("realpolitik.data", "groups.yaml", [mine])
    assert shipped == shipped_layer("realpolitik.data", "groups.yaml")
    assert shipped.name == "realpolitik/data/groups.yaml" and "EU_MEMBERS" in shipped.data["groups"]
    assert user.name == str(mine)
    groups = load_groups([mine])
    assert groups["WEST"].members == ("USA",) and "EU_MEMBERS" in groups


@pytest.mark.parametrize(
    ("load", "error"),
    [(load_patterns, PatternDataError), (load_groups, ActorDataError), (load_actors, ActorDataError)],
)
def test_each_caller_gets_its_own_error_class(tmp_path, load, error):
    bad = write(tmp_path, "a: 1\na: 2\n")
    with pytest.raises(error, match="line 2: the key 'a' comes twice"):
        load(extra=[bad])
    assert issubclass(error, DataFileError)


def test_calendar_and_boilerplate_files_stay_input_errors(tmp_path):
    from realpolitik.cleaning import load_boilerplate
    from realpolitik.docdate import load_calendar

    bad = write(tmp_path, "events: []\nevents: []\n")
    for load in (load_boilerplate, load_calendar):
        with pytest.raises(InputError, match="line 2: the key 'events' comes twice") as err:
            load([bad])
        assert err.value.source == f"{bad}, line 2"


@pytest.mark.parametrize("package", SHIPPED)
def test_every_shipped_file_loads_without_a_duplicate(package):
    found = shipped_layers(package)
    assert found and all(layer.data for layer in found)


def test_only_datafiles_reads_yaml():
    package = Path(realpolitik.__file__).parent
    readers = sorted(p.relative_to(package).as_posix() for p in package.rglob("*.py") if "import yaml" in p.read_text())
    assert readers == ["datafiles.py"]


def test_a_json_layer_reads_like_its_yaml(tmp_path):
    path = write(tmp_path, '{"verbs": {"beat": {"code": "182"}}, "words": ["a", "b"]}\n', "mine.json")
    assert read_layer(path).data == {"verbs": {"beat": {"code": "182"}}, "words": ["a", "b"]}
    assert read_layer(write(tmp_path, "", "empty.json")).data == {}


@pytest.mark.parametrize(
    ("text", "problem"),
    [('{"verbs": {\n "beat": "182",\n "beat": "180"}}\n', "line 3: the key 'beat' comes twice \\(first at line 2\\)"),
     ('{"verbs": [1,\n 2\n', "line 3: not valid YAML"),
     ('["a"]\n', "the top level must be an object")],
)
def test_json_faults_name_file_and_line(tmp_path, text, problem):
    path = write(tmp_path, text, "mine.json")
    with pytest.raises(DataFileError, match=problem) as err:
        read_layer(path)
    assert str(err.value).startswith(str(path))
