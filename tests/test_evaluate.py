"""The evaluation's counting rules, as the devset README defines them, on hand-made examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puljeportal import evaluate as ev
from puljeportal.model import QA, Amount, Contact, Criterion, Dated, Extraction

ANSWER = "Fonden forventer at udbetale tilskuddet i to rater i hhv. april og oktober hvert år."
A_START = ANSWER[:60]


# --- Q&A matching ------------------------------------------------------------------------------


def test_norm_collapses_whitespace_and_casefolds() -> None:
    assert ev.norm("  Der  skal\n\tINDBERETTES ") == "der skal indberettes"


def test_identical_question_and_answer_match() -> None:
    truth = [ev.TruthQA("Hvornår bliver tilskuddet udbetalt?", A_START)]
    result = ev.match_qa([("Hvornår bliver tilskuddet udbetalt?", ANSWER)], truth)
    assert (result.tp, result.fp, result.fn) == (1, 0, 0)


def test_whitespace_and_case_do_not_matter() -> None:
    truth = [ev.TruthQA("Hvornår bliver tilskuddet udbetalt?", A_START)]
    extracted = [("HVORNÅR  bliver\ntilskuddet udbetalt?", ANSWER.replace(" ", "  ", 3))]
    assert ev.match_qa(extracted, truth).tp == 1


def test_question_similarity_threshold() -> None:
    question = "Hvornår bliver tilskuddet udbetalt?"
    assert ev.similarity(question, question.rstrip("?")) >= ev.QUESTION_MIN  # near: a hit
    assert ev.similarity(question, "Hvornår får jeg svar?") < ev.QUESTION_MIN  # far: a miss
    # a glued timestamp makes a short question too different
    assert ev.similarity(question, question + "2018-12-07T10:05:17+00:00") < ev.QUESTION_MIN


def test_answer_must_start_with_a_start() -> None:
    assert ev.answer_matches(ANSWER, A_START)
    assert ev.answer_matches(ANSWER.replace("forventer", "forventet"), A_START)  # one letter off
    assert not ev.answer_matches("Kort svar fra os: " + ANSWER, A_START)  # starts elsewhere
    assert not ev.answer_matches(ANSWER[30:], A_START)  # start cut off
    assert not ev.answer_matches(ANSWER[:20], A_START)  # answer truncated far too short


def test_short_a_start_is_compared_over_its_own_length() -> None:
    assert ev.answer_matches("Nej, der er løbende behandling af ansøgninger. Mere tekst.",
                             "Nej, der er løbende behandling af ansøgninger.")


def test_leading_date_line_may_be_kept_or_dropped() -> None:
    assert ev.answer_matches("11-02-2020\n" + ANSWER, A_START)
    assert ev.answer_matches("11-02-2020 " + ANSWER, A_START)
    assert ev.answer_matches(ANSWER, "11-02-2020\n" + A_START)
    assert ev.strip_leading_date("2018-12-07T10:05:17+00:00\nSvar") == "Svar"
    assert ev.strip_leading_date("11. februar er fristen") == "11. februar er fristen"


def test_wrong_answer_is_a_false_positive_and_a_miss() -> None:
    truth = [ev.TruthQA("Hvem kan søge?", "Unge, der går rundt med hovedet fuldt af ideer.")]
    result = ev.match_qa([("Hvem kan søge?", "Hvad kan jeg søge til?")], truth)
    assert (result.tp, result.fp, result.fn) == (0, 1, 1)
    assert result.spurious == ["Hvem kan søge?"] and result.missed == ["Hvem kan søge?"]


def test_each_truth_entry_matches_at_most_once() -> None:
    truth = [ev.TruthQA("Hvem kan søge?", "Alle kan søge puljen, både foreninger og borgere.")]
    pair = ("Hvem kan søge?", "Alle kan søge puljen, både foreninger og borgere.")
    result = ev.match_qa([pair, pair], truth)
    assert (result.tp, result.fp, result.fn) == (1, 1, 0)


def test_greedy_match_takes_the_most_similar_unmatched_question() -> None:
    answer = "Se beskrivelsen af målgrupper for Omstillingsfonden:"
    truth = [ev.TruthQA("Hvem kan søge om fondsmidlerne?", answer),
             ev.TruthQA("Hvem kan søge om fondsmidler?", answer)]
    result = ev.match_qa([("Hvem kan søge om fondsmidler?", answer),
                          ("Hvem kan søge om fondsmidlerne?", answer)], truth)
    assert (result.tp, result.fp, result.fn) == (2, 0, 0)


def test_question_headings_are_not_counted_either_way() -> None:
    headings = ["Hvem kan søge tilskud?", "Hvad kan der søges tilskud til?"]
    extracted = [("Hvem kan søge tilskud?", "Kommuner og trafikselskaber."),
                 ("Hvad kan der søges tilskud til ?", "Projekter."),
                 ("Hvornår er fristen?", "Den 1. maj.")]
    result = ev.match_qa(extracted, [], headings)
    assert (result.tp, result.fp, result.fn, result.ignored) == (0, 1, 0, 2)
    assert result.spurious == ["Hvornår er fristen?"]


def test_prf_micro_and_empty() -> None:
    p, r, f1 = ev.prf(3, 1, 0)
    assert (p, r) == (0.75, 1.0) and f1 == pytest.approx(6 / 7)
    assert ev.prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert ev.prf(0, 2, 3) == (0.0, 0.0, 0.0)


# --- Facts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("truth", "extracted"),
    [
        ("65.000 kr.", "65.000 kr"),  # trailing period
        ("65.000 kr", "65.000 kr."),
        ("1.842.000 KR.", "1.842.000 kr."),  # case
        ("5-10.000 kr.", "5-10.000 kr."),
        ("4,4 mio. kr.", "4,4 mio.kr."),  # spaces
        ("1. marts 2024", "ultimo 1. marts 2024"),  # qualifier
        ("marts 2024", "ultimo marts 2024"),
        ("1. maj", "senest 1. maj"),
        ("17. marts 2021 kl. 12.00", "17. marts 2021"),  # time of day
        ("19. oktober kl. 12", "19. oktober kl. 12.00"),
        ("10. august 2022 kl. 12:00", "10. august 2022"),
        ("26.11.2021, kl. 23:59", "26.11.2021"),
        ("1. juni", "inden 1. juni 2025 kl. 12"),  # occurs inside a longer text
        ("Fremmer dialog", "Fremmer dialog."),
    ],
)
def test_fact_found(truth: str, extracted: str) -> None:
    assert ev.fact_found(truth, ["noget andet", extracted])


@pytest.mark.parametrize(
    ("truth", "extracted"),
    [
        ("65.000 kr.", "60.000 kr."),
        ("1. juli til 31. december", "1. juli"),  # a range needs the whole range
        ("24. november 2017", "24. november"),
        ("Fremmer dialog", "Fremmer dia"),
    ],
)
def test_fact_near_misses(truth: str, extracted: str) -> None:
    assert not ev.fact_found(truth, [extracted])
    assert not ev.fact_found(truth, [])


def test_fact_key() -> None:
    assert ev.fact_key("Senest 24. november 2017 kl. 12.") == "24.november2017"
    assert ev.fact_key("1.842.000 KR.") == "1.842.000kr"


def test_contact_by_email_or_last_8_phone_digits() -> None:
    found = [Contact(name="x", email="KCal@Aabenraa.dk"),
             Contact(name="y", phone="+45 33 39 40 34")]
    assert ev.contact_found("kcal@aabenraa.dk", None, found)
    assert ev.contact_found(None, "3339 4034", found)
    assert ev.contact_found("andet@x.dk", "0045 33394034", found)  # e-mail or phone
    assert not ev.contact_found("andet@x.dk", "3339 4035", found)
    assert not ev.contact_found(None, None, [Contact(name="z")])
    assert ev.phone_key("+45 7226 9000") == "72269000"


# --- A whole run on a tiny devset ------------------------------------------------------------


TRUTH_QA = """\
title: Testpuljen
kind: qa
qa:
- q: Hvem kan søge?
  a_start: Alle foreninger i kommunen kan søge puljen.
- q: Hvornår er fristen?
  a_start: Fristen er den 1. maj 2024 kl. 12.00.
- q: Hvor meget kan man få?
  a_start: Op til 10.000 kr. pr. projekt.
contacts:
- name: Anne
  email: anne@example.dk
- name: Bo
  phone: 2072 2402
amounts: [10.000 kr.]
dates: [1. maj 2024 kl. 12.00]
criteria: []
"""

TRUTH_GUIDE = """\
title: Vejledningen
kind: guide
qa: []
contacts: []
amounts: [2 mio. kr.]
dates: [ultimo marts 2025]
criteria: [Lokal forankring, Bæredygtighed]
question_headings_not_qa:
- Hvem kan søge?
"""


def fake_extract(path: Path, shown_as: str | None = None) -> Extraction:
    name = shown_as or str(path)
    if path.stem == "qa":
        return Extraction(
            source=name,
            qa=[QA(question="Hvem kan søge?", answer="Alle foreninger i kommunen kan søge puljen."),
                QA(question="Hvornår er fristen?",
                   answer="12-01-2024\nFristen er den 1. maj 2024 kl. 12.00. Send den i tide."),
                QA(question="Hvad koster det?", answer="Intet.")],
            contacts=[Contact(name="B", phone="+45 20 72 24 02")],
            amounts=[Amount(text="10.000 kr")],
            dates=[Dated(text="1. maj 2024")],
        )
    if path.stem == "guide":
        return Extraction(
            source=name,
            qa=[QA(question="Hvem kan søge?", answer="Foreninger.")],
            amounts=[Amount(text="2 mio. kr.")],
            dates=[Dated(text="marts 2025")],
            criteria=[Criterion(title="Lokal forankring.")],
        )
    raise RuntimeError("kan ikke læse dette dokument")


@pytest.fixture
def devset(tmp_path: Path) -> Path:
    root = tmp_path / "devset"
    (root / "sources").mkdir(parents=True)
    (root / "truth").mkdir()
    for slug, truth in (("qa", TRUTH_QA), ("guide", TRUTH_GUIDE), ("broken", TRUTH_GUIDE)):
        (root / "sources" / f"{slug}.txt").write_text("tekst\n", encoding="utf-8")
        (root / "truth" / f"{slug}.yaml").write_text(truth, encoding="utf-8")
    (root / "sources" / "untruthful.txt").write_text("ingen sandhed\n", encoding="utf-8")
    (root / "sources" / "unparsable.txt").write_text("tekst\n", encoding="utf-8")
    (root / "truth" / "unparsable.yaml").write_text("qa: [Hvem?]\n", encoding="utf-8")
    return root


def test_whole_evaluation_on_a_tiny_devset(
    devset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(ev, "load_extractor", lambda: fake_extract)
    out, js = tmp_path / "eval" / "RESULTS.md", tmp_path / "eval" / "results.json"
    assert ev.main([str(devset), "--out", str(out), "--no-pdf", "--json", str(js)]) == 0

    data = json.loads(js.read_text(encoding="utf-8"))
    assert list(data["runs"]) == ["texts"]
    overall = data["runs"]["texts"]["overall"]
    # qa: 2 tp, 1 fp ("Hvad koster det?"), 1 fn; guide: heading ignored; broken: nothing extracted
    assert (overall["qa_tp"], overall["qa_fp"], overall["qa_fn"]) == (2, 1, 1)
    assert overall["qa_precision"] == pytest.approx(2 / 3)
    assert overall["qa_recall"] == pytest.approx(2 / 3)
    assert overall["qa_f1"] == pytest.approx(2 / 3)
    assert (overall["contacts_found"], overall["contacts_total"]) == (1, 2)
    assert (overall["amounts_found"], overall["amounts_total"]) == (2, 3)
    assert (overall["dates_found"], overall["dates_total"]) == (2, 3)
    assert (overall["criteria_found"], overall["criteria_total"]) == (1, 4)
    assert overall["errors"] == 1

    docs = {d["slug"]: d for d in data["runs"]["texts"]["documents"]}
    assert set(docs) == {"qa", "guide", "broken"}
    assert docs["broken"]["error"] == "RuntimeError: kan ikke læse dette dokument"
    assert docs["guide"]["qa"]["ignored"] == 1
    assert docs["qa"]["qa"]["missed"] == ["Hvor meget kan man få?"]

    report = out.read_text(encoding="utf-8")
    assert "| texts " in report and "untruthful.txt: no truth file" in report
    assert "unparsable.yaml: unreadable truth" in report
    assert "missed question: 'Hvor meget kan man få?'" in report
    assert "spurious question: 'Hvad koster det?'" in report
    assert "missed criteria: 'Bæredygtighed'" in report
    assert "commit:" in report and "date:" in report
    assert "| broken" in capsys.readouterr().out


def test_pdf_runs_render_once_and_report_a_failing_render(
    devset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, int, str | None, bool]] = []

    def fake_render(src: Path, dst: Path, columns: int, header: str | None, numbers: bool) -> None:
        calls.append((src.stem, columns, header, numbers))
        if src.stem == "guide" and columns == 2:
            raise ValueError("for bred")
        dst.write_bytes(b"%PDF-fake")

    def extract(path: Path, shown_as: str | None = None) -> Extraction:
        return fake_extract(path.with_name(path.stem.split("-")[0] + ".txt"), shown_as)

    monkeypatch.setattr(ev, "load_extractor", lambda: extract)
    monkeypatch.setattr(ev, "load_renderer", lambda: fake_render)
    cache = tmp_path / "cache"
    for _ in range(2):
        results, _problems = ev.evaluate(devset, ev.RUNS, cache)
    assert [r.name for r in results] == ["texts", "pdf-1col", "pdf-2col"]
    assert ("qa", 2, "Testpuljen", True) in calls and ("qa", 1, None, False) in calls
    assert len([c for c in calls if c[0] == "qa"]) == 2  # the second pass used the cache
    two = {d.slug: d for d in results[2].docs}
    assert two["guide"].error == "ValueError: for bred"
    assert [d.error for d in results[1].docs] == [d.error for d in results[0].docs]
    assert two["qa"].qa.tp == 2 and results[1].totals() == results[0].totals()


def test_missing_renderer_skips_the_pdf_runs(devset: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_renderer() -> ev.Renderer:
        raise ImportError("no pdfmake")

    monkeypatch.setattr(ev, "load_extractor", lambda: fake_extract)
    monkeypatch.setattr(ev, "load_renderer", no_renderer)
    results, _ = ev.evaluate(devset, ev.RUNS)
    assert [r.skipped is None for r in results] == [True, False, False]
    assert "pdf-1col not run" in "\n".join(ev.overall_lines(results))
