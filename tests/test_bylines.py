"""The byline of an HTML page, put back under the title (realpolitik.bylines)."""

from __future__ import annotations

from pathlib import Path

from realpolitik.bylines import BylineMarks, byline_marks, page_byline, with_byline

PAGES = Path(__file__).resolve().parent / "data" / "html"
LEAD = "Lithuania closed two of its six border crossings with Belarus on Thursday"


def test_the_outermost_marked_element_is_one_line() -> None:
    html = (PAGES / "byline_in_spans.html").read_text(encoding="utf-8")
    assert page_byline(html, LEAD) == ["By Daiva Petrauskaitė Published December 7, 2023"]


def test_only_marked_elements_are_taken() -> None:
    """The page's date line is a plain paragraph (class "stamp"), which trafilatura keeps itself."""
    html = (PAGES / "byline_in_paragraphs.html").read_text(encoding="utf-8")
    assert page_byline(html, "Poland accused Belarus on Wednesday") == ["By Tomasz Wierzbicki"]


def test_bylines_after_the_article_start_are_not_its_own() -> None:
    """The teaser under "Recommended for you" has its own author and <time>: not the article's."""
    html = (PAGES / "byline_in_spans.html").read_text(encoding="utf-8")
    assert not any("Kairienė" in line or "November" in line for line in page_byline(html, LEAD))


def test_a_long_block_named_author_is_no_byline() -> None:
    bio = "Jane Roe writes about energy policy " * 10
    html = f'<html><body><div class="author-box">{bio}</div><time>May 2, 2021</time><p>{LEAD}.</p></body></html>'
    assert page_byline(html, LEAD) == ["May 2, 2021"]
    assert page_byline(html, LEAD, BylineMarks(("author-box",), 1000)) == [bio.strip(), "May 2, 2021"]


def test_the_byline_goes_under_the_title_once() -> None:
    text = "# Border closed\n\nPublished May 2, 2021\n\nVilnius closed the border."
    assert with_byline(text, ["By Jane Roe", "Published May 2, 2021"]) == (
        "# Border closed\n\nBy Jane Roe\n\nPublished May 2, 2021\n\nVilnius closed the border."
    )
    assert with_byline("Vilnius closed the border.", ["By Jane Roe"]) == "By Jane Roe\n\nVilnius closed the border."
    assert with_byline(text, []) == text


def test_the_shipped_marks_are_read() -> None:
    marks = byline_marks()
    assert "byline" in marks.words and marks.max_chars > 0
