"""The PDF reader, one rule per test, on PDFs drawn at test time (no binary fixtures)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from puljeportal.document import Line, RawDocument
from puljeportal.errors import DocumentError
from puljeportal.pdfmake import font_safe, make_pdf, make_pdf_from_file
from puljeportal.read import read_document
from puljeportal.read.pdf import read_pdf
from tests.conftest import SEEDS

A4 = (595.27, 841.89)

# A drawn text: x, y (from the bottom, as reportlab counts), text, font, size.
Text = tuple[float, float, str, str, float]


def read(path: Path) -> RawDocument:
    """Read a PDF file the way the dispatcher does."""
    return read_pdf(path.read_bytes(), path.name, "0" * 64)


def texts(doc: RawDocument) -> list[str]:
    """The document's lines as strings, blank lines as ""."""
    return [line.text for line in doc.lines]


def draw(
    path: Path, pages: list[list[Text]], extra: Callable[[object], None] | None = None
) -> Path:
    """Draw texts at exact positions, page by page (Helvetica: æøå are in its encoding)."""
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    for page in pages:
        for x, y, text, font, size in page:
            canvas.setFont(font, size)
            canvas.drawString(x, y, text)
        if extra is not None:
            extra(canvas)
        canvas.showPage()
    canvas.save()
    return path


def column(x: float, top: float, lines: list[str], pitch: float = 13) -> list[Text]:
    """Lines set one under the other from `top` down, in 10 pt Helvetica."""
    return [(x, top - i * pitch, text, "Helvetica", 10) for i, text in enumerate(lines)]


# --- Layout: columns and reading order --------------------------------------------------------


def test_one_column_lines_come_in_order_with_page_numbers(tmp_path: Path) -> None:
    text = "Ansøgningsfristen er 1. maj 2024.\nPuljen er på 10 mio. kr.\n\nKontakt Socialstyrelsen."
    make_pdf(text, tmp_path / "a.pdf")
    doc = read(tmp_path / "a.pdf")
    assert doc.pages == 1
    assert texts(doc) == [
        "Ansøgningsfristen er 1. maj 2024.",
        "Puljen er på 10 mio. kr.",
        "",
        "Kontakt Socialstyrelsen.",
    ]
    assert {line.page for line in doc.lines} == {1}
    assert doc.warnings == [] and doc.tables == []


ANSWER_1 = [f"Svar 1 linje {i}: kommunen skal sende ansøgningen til os." for i in range(1, 21)]
ANSWER_2 = [f"Svar 2 linje {i}: tilskuddet udbetales i to rater." for i in range(1, 21)]


def two_column_page(
    tmp_path: Path, title: list[Text] | None = None, offset: float = 0
) -> RawDocument:
    """Answer 1 in the left column, answer 2 in the right, their lines side by side."""
    top = 640 if title else 760
    left = column(56, top, ["Spørgsmål 1: Hvem kan søge?", *ANSWER_1])
    right = column(330, top - offset, ["Spørgsmål 2: Hvornår udbetales tilskuddet?", *ANSWER_2])
    return read(draw(tmp_path / "cols.pdf", [(title or []) + left + right]))


def test_two_columns_are_read_left_column_first_then_right(tmp_path: Path) -> None:
    lines = texts(two_column_page(tmp_path))
    # The left column ends a sentence: the right one starts a new paragraph.
    assert lines[lines.index(ANSWER_1[-1]) + 1] == ""
    assert [line for line in lines if line] == [
        "Spørgsmål 1: Hvem kan søge?",
        *ANSWER_1,
        "Spørgsmål 2: Hvornår udbetales tilskuddet?",
        *ANSWER_2,
    ]


@pytest.mark.parametrize("offset", [0, 6.5])  # 6.5: lines of the right column between the left's
def test_two_answers_side_by_side_are_never_interleaved(tmp_path: Path, offset: float) -> None:
    lines = texts(two_column_page(tmp_path, offset=offset))
    first = [i for i, line in enumerate(lines) if line.startswith("Svar 1")]
    second = [i for i, line in enumerate(lines) if line.startswith("Svar 2")]
    assert max(first) < min(second)  # every line of answer 1 before any line of answer 2
    assert not any("Svar 1" in line and "Svar 2" in line for line in lines)


def test_full_width_title_is_read_before_the_two_columns(tmp_path: Path) -> None:
    bold, plain = "Helvetica-Bold", "Helvetica"
    title = [
        (56, 760, "Spørgsmål og svar om puljen til styrket familiebehandling i", bold, 18),
        (56, 738, "udsatte familier", bold, 18),
        (56, 700, "Svarene er samlet efter informationsmødet den 7. september 2021 for", plain, 10),
        (56, 687, "alle kommuner, som overvejer at søge puljen.", plain, 10),
    ]
    doc = two_column_page(tmp_path, title)
    lines = texts(doc)
    assert lines[:6] == [
        "Spørgsmål og svar om puljen til styrket familiebehandling i",
        "udsatte familier",
        "",
        "Svarene er samlet efter informationsmødet den 7. september 2021 for",
        "alle kommuner, som overvejer at søge puljen.",
        "",
    ]
    body = [line for line in lines[6:] if line]
    assert body[0] == "Spørgsmål 1: Hvem kan søge?" and body[-1] == ANSWER_2[-1]
    assert body.index(ANSWER_1[-1]) + 1 == body.index("Spørgsmål 2: Hvornår udbetales tilskuddet?")
    assert [line.heading for line in doc.lines[:2]] == [1, 1]
    assert doc.lines[0].bold and not doc.lines[3].bold


def test_pdfmake_two_columns_with_a_title_read_back_in_order(tmp_path: Path) -> None:
    answer_1 = " ".join(f"alfa{i}" for i in range(400))
    answer_2 = " ".join(f"beta{i}" for i in range(150))
    text = f"# Puljen til styrket match\n\nSpørgsmål 1?\n\n{answer_1}\n\nSpørgsmål 2?\n\n{answer_2}"
    make_pdf(text, tmp_path / "m.pdf", columns=2)
    doc = read(tmp_path / "m.pdf")
    words = " ".join(texts(doc)).split()
    assert words == text.replace("#", "").split()
    assert doc.lines[0].heading == 1 and doc.lines[0].text == "Puljen til styrket match"
    # Answer 1 runs on from the left column into the right one: no blank line within it.
    alfa = [i for i, line in enumerate(texts(doc)) if "alfa" in line]
    assert doc.lines[alfa[0]].page == doc.lines[alfa[-1]].page == 1
    assert alfa == list(range(alfa[0], alfa[-1] + 1))


# --- Running headers, page numbers, page breaks ----------------------------------------------


def test_running_header_and_page_numbers_are_dropped(tmp_path: Path) -> None:
    body = "\n\n".join(f"Afsnit {i}: " + "puljen støtter kommunerne. " * 30 for i in range(30))
    make_pdf(body, tmp_path / "h.pdf", header="Socialstyrelsen · Pulje 2024", page_numbers=True)
    doc = read(tmp_path / "h.pdf")
    assert doc.pages >= 3
    assert not [line for line in doc.lines if "Socialstyrelsen" in line.text]
    assert not [line for line in doc.lines if re.fullmatch(r"Side \d+", line.text)]
    assert texts(doc)[0].startswith("Afsnit 0:")


@pytest.mark.parametrize("footer", ["{n}", "Side {n} af 3", "- {n} -", "{n}/3"])
def test_bare_page_number_styles_are_dropped(tmp_path: Path, footer: str) -> None:
    pages = [
        [
            *column(56, 760, [f"Tekst på side {n} om puljen."]),
            (290, 30, footer.format(n=n), "Helvetica", 9),
        ]
        for n in (1, 2, 3)
    ]
    doc = read(draw(tmp_path / "f.pdf", pages))
    expected = [f"Tekst på side {n} om puljen." for n in (1, 2, 3)]
    assert [line for line in texts(doc) if line] == expected


def test_furniture_printed_inside_the_body_is_dropped_too(tmp_path: Path) -> None:
    # A PDF made from text saved from another PDF: the old page numbers and running header now
    # stand inside the body area, at the page breaks, where the margin rule cannot see them.
    openings = ["Puljen er åben.", "Ansøgning sker digitalt.", "Tilskud udbetales bagud."]
    pages = [
        f"Kulturstyrelsen · Vejledning\n{opening}\n" + "Mere tekst.\n" * 8 + f"Side {n} af 3"
        for n, opening in enumerate(openings, start=1)
    ]
    make_pdf("\f".join(pages), tmp_path / "b.pdf")
    lines = [line for line in texts(read(tmp_path / "b.pdf")) if line]
    assert not [line for line in lines if line.startswith(("Side ", "Kulturstyrelsen"))]
    assert [line for line in lines if line != "Mere tekst."] == openings


def test_a_margin_line_on_one_page_only_is_kept(tmp_path: Path) -> None:
    pages = [
        [*column(56, 760, ["Første side."]), (56, 30, "Bilag 1: budget", "Helvetica", 9)],
        column(56, 760, ["Anden side."]),
    ]
    assert "Bilag 1: budget" in texts(read(draw(tmp_path / "k.pdf", pages)))


def test_lines_carry_their_page_across_a_page_break(tmp_path: Path) -> None:
    text = "\n".join(f"Linje {i} om ansøgningen." for i in range(90))
    make_pdf(text, tmp_path / "p.pdf", page_numbers=True)
    doc = read(tmp_path / "p.pdf")
    assert doc.pages == 2
    page_of = {line.text: line.page for line in doc.lines if line.text}
    assert page_of["Linje 0 om ansøgningen."] == 1 and page_of["Linje 89 om ansøgningen."] == 2
    last_on_1 = max(i for i in range(90) if page_of[f"Linje {i} om ansøgningen."] == 1)
    i = texts(doc).index(f"Linje {last_on_1} om ansøgningen.")
    assert doc.lines[i + 1] == Line("", 2)  # a blank line marks the page boundary
    assert doc.lines[i + 2].text == f"Linje {last_on_1 + 1} om ansøgningen."


def test_form_feed_starts_a_new_page(tmp_path: Path) -> None:
    make_pdf("Side et.\fSide to.", tmp_path / "ff.pdf")
    doc = read(tmp_path / "ff.pdf")
    assert [(line.text, line.page) for line in doc.lines] == [
        ("Side et.", 1),
        ("", 2),
        ("Side to.", 2),
    ]


# --- Paragraphs, bold, headings ---------------------------------------------------------------


def test_a_paragraph_gap_gives_one_blank_line(tmp_path: Path) -> None:
    text = "Spørgsmål 1: Kan vi søge?\nSvar: Ja.\n\n\n\nSpørgsmål 2: Hvornår?\nSvar: Nu."
    make_pdf(text, tmp_path / "g.pdf")
    assert texts(read(tmp_path / "g.pdf")) == [
        "Spørgsmål 1: Kan vi søge?",
        "Svar: Ja.",
        "",
        "Spørgsmål 2: Hvornår?",
        "Svar: Nu.",
    ]


def test_bold_lines_are_flagged_and_mixed_lines_are_not(tmp_path: Path) -> None:
    page = [
        (56, 760, "Spørgsmål 1: Hvem kan søge?", "Helvetica-Bold", 10),
        (56, 747, "Svar:", "Helvetica-Bold", 10),
        (84.4, 747, "Kun kommuner.", "Helvetica", 10),
        (56, 734, "Almindelig tekst.", "Helvetica", 10),
    ]
    doc = read(draw(tmp_path / "b.pdf", [page]))
    assert [(line.text, line.bold) for line in doc.lines] == [
        ("Spørgsmål 1: Hvem kan søge?", True),
        ("Svar: Kun kommuner.", False),
        ("Almindelig tekst.", False),
    ]


def test_pdfmake_bold_markers_and_predicate_give_bold_lines(tmp_path: Path) -> None:
    text = "**Svar:**\nKun kommuner.\nSPG 2: Hvornår?"
    make_pdf(text, tmp_path / "m.pdf", bold_lines=lambda line: line.startswith("SPG"))
    doc = read(tmp_path / "m.pdf")
    assert [(line.text, line.bold) for line in doc.lines] == [
        ("Svar:", True),
        ("Kun kommuner.", False),
        ("SPG 2: Hvornår?", True),
    ]


def test_larger_lines_are_headings(tmp_path: Path) -> None:
    body = "\n".join(["Brødtekst om puljen og dens formål, som er langt nok."] * 8)
    make_pdf(f"# Puljens titel\n\n## Formål\n\n{body}", tmp_path / "t.pdf")
    doc = read(tmp_path / "t.pdf")
    levels = {line.text: line.heading for line in doc.lines if line.text}
    assert levels["Puljens titel"] == 1 and levels["Formål"] == 2
    assert levels["Brødtekst om puljen og dens formål, som er langt nok."] == 0


def test_text_printed_twice_for_fake_bold_is_read_once(tmp_path: Path) -> None:
    page = [
        (56, 760, "Ansøgningsfrist", "Helvetica", 10),
        (56.4, 760, "Ansøgningsfrist", "Helvetica", 10),
    ]
    assert texts(read(draw(tmp_path / "d.pdf", [page]))) == ["Ansøgningsfrist"]


def test_an_unmapped_bullet_glyph_becomes_a_bullet(tmp_path: Path) -> None:
    # Helvetica has no bullet in its encoding: pdfminer reads "(cid:127)", as from Symbol fonts.
    doc = read(draw(tmp_path / "u.pdf", [column(56, 760, ["• Kommuner kan søge"])]))
    assert texts(doc) == ["• Kommuner kan søge"]


# --- Tables and empty pages ----------------------------------------------------------------


def test_a_ruled_table_is_found_and_its_words_stay_in_the_lines(tmp_path: Path) -> None:
    cells = [["Post", "Beløb"], ["Løn  til projektleder", "100.000 kr."], ["Transport", ""]]
    xs, ys = [72, 220, 360], [700, 680, 660, 640]

    def rules(canvas: object) -> None:
        for x in xs:
            canvas.line(x, ys[0], x, ys[-1])  # type: ignore[attr-defined]
        for y in ys:
            canvas.line(xs[0], y, xs[-1], y)  # type: ignore[attr-defined]

    texts_ = [
        (xs[k] + 4, ys[r] - 14, text, "Helvetica", 10)
        for r, row in enumerate(cells)
        for k, text in enumerate(row)
        if text
    ]
    doc = read(draw(tmp_path / "t.pdf", [[(72, 760, "Budget", "Helvetica", 10), *texts_]], rules))
    assert len(doc.tables) == 1
    assert doc.tables[0].page == 1
    assert doc.tables[0].rows == [
        ["Post", "Beløb"],
        ["Løn til projektleder", "100.000 kr."],
        ["Transport", ""],
    ]
    assert "Løn til projektleder   100.000 kr." in texts(doc)  # cells apart by a wide gap


def test_words_far_apart_on_a_line_keep_a_wide_gap_and_near_ones_a_space(tmp_path: Path) -> None:
    row = [(72, 700, "Partnerskab", "Helvetica", 10), (300, 700, "20 point", "Helvetica", 10)]
    doc = read(draw(tmp_path / "g.pdf", [[(72, 760, "Kriterier og point", "Helvetica", 10), *row]]))
    assert texts(doc)[-1] == "Partnerskab   20 point"
    assert texts(doc)[0] == "Kriterier og point"


def test_a_page_without_text_gives_a_warning(tmp_path: Path) -> None:
    doc = read(draw(tmp_path / "s.pdf", [column(56, 760, ["Forside."]), []]))
    assert doc.pages == 2
    assert doc.warnings == ["s.pdf: side 2 har ingen tekst — scannet? OCR mangler"]


# --- Files that cannot be read ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.4 garbage", "PDF-filen er beskadiget og kan ikke læses"),
        (b"hello", "er ikke en PDF-fil (den begynder ikke med %PDF)"),
        (b"", "filen er tom"),
    ],
)
def test_unreadable_files_raise_a_plain_document_error(data: bytes, reason: str) -> None:
    with pytest.raises(DocumentError) as caught:
        read_pdf(data, "pulje.pdf", "0" * 64)
    assert caught.value.path == "pulje.pdf"
    assert caught.value.reason == reason
    error = caught.value
    assert error.__cause__ is None and (error.__context__ is None or error.__suppress_context__)


def test_a_truncated_pdf_raises_a_document_error(tmp_path: Path) -> None:
    make_pdf("Tekst. " * 500, tmp_path / "whole.pdf")
    data = (tmp_path / "whole.pdf").read_bytes()
    with pytest.raises(DocumentError, match="beskadiget"):
        read_pdf(data[: len(data) // 3], "halv.pdf", "0" * 64)


def test_a_password_protected_pdf_raises_a_document_error(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    canvas = Canvas(str(tmp_path / "lås.pdf"), encrypt="hemmelig", invariant=1)
    canvas.drawString(72, 700, "Fortroligt")
    canvas.save()
    with pytest.raises(DocumentError, match="adgangskode"):
        read(tmp_path / "lås.pdf")


def test_the_dispatcher_reads_pdf_files(tmp_path: Path) -> None:
    make_pdf("Puljen åbner i dag.", tmp_path / "pulje.pdf")
    doc = read_document(tmp_path / "pulje.pdf", shown_as="sources/pulje.pdf")
    assert doc.source == "sources/pulje.pdf" and texts(doc) == ["Puljen åbner i dag."]


# --- pdfmake ---------------------------------------------------------------------------------


def test_pdfmake_is_deterministic_and_survives_missing_glyphs(tmp_path: Path) -> None:
    text = "Støtte – “kerneelementer” • 25 % \ufffd ✓ slut"
    make_pdf(text, tmp_path / "1.pdf", columns=2, header="Pulje", page_numbers=True)
    make_pdf(text, tmp_path / "2.pdf", columns=2, header="Pulje", page_numbers=True)
    assert (tmp_path / "1.pdf").read_bytes() == (tmp_path / "2.pdf").read_bytes()
    assert font_safe(text) == "Støtte – “kerneelementer” • 25 % ? • slut"  # a symbol: a bullet
    # One page: the header cannot be told from text by repetition, so it is kept.
    assert texts(read(tmp_path / "1.pdf")) == ["Pulje", "", font_safe(text)]


def test_pdfmake_hyphenates_a_word_wider_than_the_column(tmp_path: Path) -> None:
    url = "https://socialstyrelsen.dk/tilskud/" + "x" * 120
    make_pdf(f"Se {url} for mere.", tmp_path / "u.pdf", columns=2)
    lines = texts(read(tmp_path / "u.pdf"))
    assert len(lines) > 2 and all(line.endswith("-") for line in lines[1:-2])
    assert dehyphenate(" ".join(lines).split()) == ["Se", url, "for", "mere."]


# --- Round trip: the seed documents ----------------------------------------------------------


def dehyphenate(words: list[str]) -> list[str]:
    """Join a word ending in a hyphen with the next one (line-end hyphenation ignored)."""
    out: list[str] = []
    for word in words:
        if out and len(out[-1]) > 1 and out[-1].endswith("-"):
            out[-1] = out[-1][:-1] + word
        else:
            out.append(word)
    return out


def source_words(text: str) -> list[str]:
    """The words of a seed as the PDF shows them: Markdown markers gone, missing glyphs '?'."""
    lines = [re.sub(r"^\s*#+\s+|\*\*|\\(?=\*)", "", line) for line in text.splitlines()]
    return dehyphenate(" ".join(font_safe(line) for line in lines).split())


def test_the_seed_documents_are_there() -> None:
    assert len(sorted(SEEDS.glob("*.txt"))) >= 5, f"seed documents missing in {SEEDS}"


@pytest.mark.parametrize("columns", [1, 2])
@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem[:3])
def test_seed_round_trip_keeps_every_word_in_order(
    seed: Path, columns: int, tmp_path: Path
) -> None:
    pdf = tmp_path / f"{seed.stem}.pdf"
    make_pdf_from_file(seed, pdf, columns=columns, page_numbers=True)
    doc = read(pdf)
    expected = source_words(seed.read_text(encoding="utf-8"))
    got = dehyphenate(" ".join(texts(doc)).split())
    position = 0  # every source word, in order, in what was read back
    for index, word in enumerate(expected):
        while position < len(got) and got[position] != word:
            position += 1
        context = " ".join(expected[max(0, index - 5) : index + 5])
        assert position < len(got), f"word {index} {word!r} not read back in order: {context}"
        position += 1
    assert got == expected  # and nothing more: page numbers were dropped


def test_a_bold_run_in_question_stands_as_a_bold_line_of_its_own(tmp_path: Path) -> None:
    text = "**Hvem kan søge?** Foreninger i kommunen.\n\n**Frist:** 1. maj 2025."
    make_pdf(text, tmp_path / "r.pdf")
    doc = read(tmp_path / "r.pdf")
    assert [(line.text, line.bold) for line in doc.lines if not line.blank] == [
        ("Hvem kan søge?", True),
        ("Foreninger i kommunen.", False),
        ("Frist: 1. maj 2025.", False),
    ]


def test_pdfmake_wraps_a_line_with_a_bold_run_in_heading(tmp_path: Path) -> None:
    answer = " ".join(["Svaret fortsætter over flere linjer i en smal spalte."] * 4)
    make_pdf(
        f"**Kan en forening søge om tilskud til et klubhus?** {answer}",
        tmp_path / "w.pdf",
        columns=2,
    )
    doc = read(tmp_path / "w.pdf")
    words = " ".join(line.text for line in doc.lines).split()
    assert words == f"Kan en forening søge om tilskud til et klubhus? {answer}".split()
    assert doc.lines[0].bold and not doc.lines[-1].bold


def test_pdfmake_keeps_a_table_rows_gaps_when_the_row_fits(tmp_path: Path) -> None:
    make_pdf("Kriterium            Point\nPartnerskab          0-6\n", tmp_path / "t.pdf")
    assert texts(read(tmp_path / "t.pdf")) == ["Kriterium   Point", "Partnerskab   0-6"]


def test_a_texts_page_furniture_stands_in_no_column_of_the_rendered_pdf(tmp_path: Path) -> None:
    body = "Første linje {n}.\nAnden linje {n}.\nTredje linje {n}.\nFjerde linje {n}.\n"
    src = tmp_path / "src.txt"
    src.write_text(
        "Puljen til grønne skolegårde\n\n" + body.format(n="a") + "                 Side 1\n"
        "\fPuljen til grønne skolegårde – Spørgsmål og svar        Side 2\n"
        + body.format(n="b") + "                 Side 2\n",
        encoding="utf-8",
    )
    make_pdf_from_file(src, tmp_path / "out.pdf", columns=2)
    kept = [text for text in texts(read(tmp_path / "out.pdf")) if text]
    assert kept == ["Puljen til grønne skolegårde"] + [
        f"{word} linje {n}." for n in "ab" for word in ("Første", "Anden", "Tredje", "Fjerde")
    ]


def test_a_table_in_the_left_column_stays_in_rows_above_a_centred_page_number(
    tmp_path: Path,
) -> None:
    page = (
        "Sådan vurderer vi\nKriterie                                  Vægt\n"
        "CO2-reduktion                             50 %\n"
        "Forretningsmæssig værdi                   30 %\n"
        "Mulighed for at inspirere andre           20 %\n"
        "Bedømmelse: point 0–5 pr. kriterie\n"
    )
    make_pdf("Forside\n\fEn side mere\n\f" + page, tmp_path / "t.pdf", columns=2, page_numbers=True)
    kept = [" ".join(text.split()) for text in texts(read(tmp_path / "t.pdf")) if text]
    assert kept[kept.index("Sådan vurderer vi") :] == [
        "Sådan vurderer vi",
        "Kriterie Vægt",
        "CO2-reduktion 50 %",
        "Forretningsmæssig værdi 30 %",
        "Mulighed for at inspirere andre 20 %",
        "Bedømmelse: point 0–5 pr. kriterie",
    ]


def test_a_ruled_tables_row_whose_cells_wrap_reads_as_one_line(tmp_path: Path) -> None:
    # three rows; the middle row's second cell holds two lines, the third row's first cell two
    xs, ys = [72, 200, 330], [700, 684, 656, 628]
    cells = [
        [(0, 0, "Kriterium"), (1, 0, "A gives, når projektet ...")],
        [
            (0, 1, "Strategisk sammenhæng"),
            (1, 1, "opfylder to eller flere"),
            (1, 1.5, "af strategiens mål"),
        ],
        [(0, 2, "Lokal opbakning fra"), (0, 2.5, "foreninger"), (1, 2, "har skriftlig støtte")],
    ]

    def rules(canvas: object) -> None:
        for x in xs:
            canvas.line(x, ys[0], x, ys[-1])  # type: ignore[attr-defined]
        for y in ys:
            canvas.line(xs[0], y, xs[-1], y)  # type: ignore[attr-defined]

    tops = {0: 700, 1: 684, 2: 656}
    texts_ = [
        (xs[k] + 4, tops[int(r)] - 12 - (12 if r % 1 else 0), text, "Helvetica", 10)
        for row in cells
        for k, r, text in row
    ]
    above = [(72, 760, "Vurderingskriterier", "Helvetica", 10)]
    below = [(72, 600, "Ansøgninger under 8 point får afslag.", "Helvetica", 10)]
    doc = read(draw(tmp_path / "w.pdf", [above + texts_ + below], rules))
    assert [text for text in texts(doc) if text] == [
        "Vurderingskriterier",
        "Kriterium   A gives, når projektet ...",
        "Strategisk sammenhæng   opfylder to eller flere af strategiens mål",
        "Lokal opbakning fra foreninger   har skriftlig støtte",
        "Ansøgninger under 8 point får afslag.",
    ]
    assert texts(doc).index("Kriterium   A gives, når projektet ...") + 2 == texts(doc).index(
        "Lokal opbakning fra foreninger   har skriftlig støtte"
    )  # no blank line between the rows
