"""`puljeportal build`: every pool built, one heading with a stable anchor per FAQ entry,
byte-identical rebuilds, invalid content leaves site/ alone, and source text never runs."""

from __future__ import annotations

import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from puljeportal.build import build_site
from puljeportal.cli import main
from puljeportal.model import FaqEntry, Pool, PoolLink, PoolPassage
from puljeportal.store import Content, load_yaml_model, model_yaml
from tests.project import copy_project, tree, tree_diff

CONSOLE_SCRIPT = Path(sys.executable).parent / "puljeportal"


class Page(HTMLParser):
    """What a browser would make of a built page: the article's text, headings, links, scripts."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside <article>
        self.text: list[str] = []
        self.h2: list[tuple[str | None, str]] = []  # (id, text) of the article's h2s
        self.links: list[tuple[str, str]] = []  # (href, text) anywhere
        self.scripts: list[str] = []  # the text of every <script>
        self.ids: list[str] = []
        self._open: list[tuple[str, dict[str, str | None], list[str]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.append(str(attributes["id"]))
        if tag == "article":
            self.depth += 1
        if tag in {"h2", "a", "script"}:
            self._open.append((tag, attributes, []))

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1
        if not self._open or self._open[-1][0] != tag:
            return
        _, attributes, parts = self._open.pop()
        text = " ".join("".join(parts).split())
        if tag == "h2" and self.depth:
            self.h2.append((attributes.get("id"), text.removesuffix("¶").strip()))
        elif tag == "a":
            self.links.append((attributes.get("href") or "", text))
        elif tag == "script":
            self.scripts.append(text)
        if self._open:  # a link's text is part of its heading's text
            self._open[-1][2].append("".join(parts))

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)
        if self._open:
            self._open[-1][2].append(data)

    @property
    def article(self) -> str:
        return " ".join("".join(self.text).split())


def page(site: Path, path: str) -> Page:
    file = site / path / "index.html" if path.endswith("/") else site / path
    return Page(file.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The project's own content, built once: (project, site)."""
    project = copy_project(tmp_path_factory.mktemp("built"))
    assert build_site(project, project / "site") == 6
    return project, project / "site"


# --- the seed pools


def test_every_pool_has_its_pages(built: tuple[Path, Path]) -> None:
    project, site = built
    pools = Content(project / "content").load_all_pools()
    assert len(pools) == 6
    home = page(site, "index.html")
    for pool in pools:
        assert (site / f"puljer/{pool.slug}/index.html").is_file()
        assert (f"puljer/{pool.slug}/", pool.title) in home.links
        assert (site / f"puljer/{pool.slug}/faq/index.html").is_file() == bool(pool.faq)
        for doc in pool.documents:
            assert (site / doc.file).read_bytes() == (project / "content" / doc.file).read_bytes()


def test_guidance_pages_per_pool_and_across_pools(built: tuple[Path, Path]) -> None:
    project, site = built
    pools = {p.slug: p for p in Content(project / "content").load_all_pools()}
    family = pools["styrket-familiebehandling"]
    assert len(family.core_elements) == 7
    elements = page(site, "puljer/styrket-familiebehandling/kerneelementer/index.html").article
    assert "FLERFAMILIEAKTIVITETER" in elements and "Fokusområder" in elements
    criteria = page(site, "puljer/styrket-familiebehandling/tildelingskriterier/index.html")
    assert "Ansøgerkreds, formål og målgruppe" in criteria.article
    contacts = page(site, "puljer/styrket-familiebehandling/kontakt/index.html")
    assert ("mailto:ahos@socialstyrelsen.dk", "ahos@socialstyrelsen.dk") in contacts.links
    directory = page(site, "kontakter/index.html")
    assert ("mailto:ibas@socialstyrelsen.dk", "ibas@socialstyrelsen.dk") in directory.links
    assert ("../puljer/familieanbringelser/kontakt/", "Familieanbringelser") in directory.links
    side_by_side = page(site, "tildelingskriterier/index.html").article
    assert "Budget" in side_by_side
    pamphlet = page(site, "puljer/samarbejde-plejefamilier-doegninstitutioner/kerneelementer/")
    assert "Akuttelefon" in pamphlet.article
    overview = page(site, "puljer/styrket-familiebehandling/index.html").article
    assert "22,6 mio. kr." in overview and "22.600.000 kr." in overview


def test_every_faq_entry_is_a_heading_with_its_anchor(built: tuple[Path, Path]) -> None:
    project, site = built
    pools = [p for p in Content(project / "content").load_all_pools() if p.faq]
    assert sum(len(p.faq) for p in pools) == 31  # 15 + 6 + 10 from the seeds
    for pool in pools:
        faq = page(site, f"puljer/{pool.slug}/faq/index.html")
        assert [anchor for anchor, _ in faq.h2] == [entry.id for entry in pool.faq]
        assert all(faq.ids.count(entry.id) == 1 for entry in pool.faq)
        for (_, heading), entry in zip(faq.h2, pool.faq, strict=True):
            assert heading == " ".join(entry.question.split())


def test_two_builds_are_byte_identical(built: tuple[Path, Path], tmp_path: Path) -> None:
    """Another copy of the project built in another process, later, into another folder, with
    another SOURCE_DATE_EPOCH (which MkDocs stamps into sitemap.xml.gz): the very same bytes."""
    _, site = built
    other = tmp_path / "other-site"
    proc = subprocess.run(
        [str(CONSOLE_SCRIPT), "build", "--site-dir", str(other)],
        cwd=copy_project(tmp_path / "other-project"),
        env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert proc.stderr.splitlines()[-1] == f"byggede 6 puljer i {other}"
    first, second = tree(site), tree(other)
    assert first.keys() == second.keys()
    differing = [name for name in first if first[name] != second[name]]
    assert differing == [], tree_diff({n: first[n] for n in differing}, second)


# --- invalid content


def test_invalid_content_leaves_the_site_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = copy_project(tmp_path / "project")
    monkeypatch.chdir(project)
    assert main(["build"]) == 0
    capsys.readouterr()
    site_before = tree(project / "site")

    pool = project / "content/pools/familieanbringelser.yaml"
    text = pool.read_text("utf-8")
    page_line = text[: text.index("  page: 1\n")].count("\n") + 1  # the first FAQ entry's page
    pool.write_text(text.replace("  page: 1\n", "  page: en\n", 1), "utf-8")
    other = project / "content/pools/styrket-laeringsmiljoe.yaml"
    other.write_text(other.read_text("utf-8").replace("slug:", "slug: [", 1), "utf-8")
    assert main(["build"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"content/pools/familieanbringelser.yaml:{page_line}: faq.0.page: "
        "Input should be a valid integer, unable to parse string as an integer",
        "content/pools/styrket-laeringsmiljoe.yaml:2: ugyldig YAML: "
        "expected ',' or ']', but got ':' (while parsing a flow sequence, linje 1)",
        "2 problemer i content/",
    ]
    assert tree(project / "site") == site_before
    assert sorted(p.name for p in project.iterdir()) == [
        "content",
        "mkdocs.yml",
        "overrides",
        "site",
    ]


def test_a_failing_mkdocs_leaves_the_site_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tiny_project(tmp_path / "project", [entry("a", "Et spørgsmål?")])
    monkeypatch.chdir(project)
    assert main(["build"]) == 0
    capsys.readouterr()
    site_before = tree(project / "site")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("name: material", "name: nosuch"), "utf-8")
    assert main(["build"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert (
        err.splitlines()[-1]
        == "fejl: MkDocs kunne ikke bygge sitet: Aborted with a configuration error!"
    )
    assert "Traceback" not in err
    assert tree(project / "site") == site_before
    assert sorted(p.name for p in project.iterdir()) == [
        "content",
        "mkdocs.yml",
        "overrides",
        "site",
    ]


# --- text from documents is text


def entry(anchor: str, question: str, answer: str = "Svar.") -> FaqEntry:
    return FaqEntry(id=anchor, question=question, answer=answer, source="sources/doc.txt", page=1)


def tiny_project(root: Path, faq: list[FaqEntry], title: str = "Testpuljen") -> Path:
    """The project's configuration with one pool holding `faq`."""
    copy_project(root)
    content = root / "content"
    for folder in ("pools", ".extracted", "sources"):
        for path in (content / folder).iterdir():
            path.unlink()
    (content / "sources/doc.txt").write_text("Et dokument.\n", encoding="utf-8")
    (content / "pools.yaml").write_text(
        "pools:\n- slug: test\n  title: Testpuljen\n  documents:\n  - file: sources/doc.txt\n",
        encoding="utf-8",
    )
    write_pool(root, faq, title)
    return root


def write_pool(root: Path, faq: list[FaqEntry], title: str = "Testpuljen") -> None:
    pool = Pool.model_validate(
        {
            "slug": "test",
            "title": title,
            "documents": [
                {"file": "sources/doc.txt", "sha256": "0" * 64, "kind": "qa", "pages": 1}
            ],
            "faq": [e.model_dump() for e in faq],
        }
    )
    (root / "content/pools/test.yaml").write_text(model_yaml(pool), encoding="utf-8")


MARKUP = [
    "<script>alert(1)</script>",
    "**bold**",
    "[link](javascript:alert(1))",
    "# heading",
    "{#x}",
    "| a | b |",
    "1. item",
    "<img src=x onerror=alert(2)>",
    "&amp;",
    "`code`",
    "_under_",
]
URL = "https://example.dk/a_b?x=1"


def test_markup_in_questions_and_answers_shows_as_text(tmp_path: Path) -> None:
    question = "1. item " + " ".join(MARKUP) + f" se {URL}?"
    answer = (
        "<script>alert(1)</script> **bold** [link](javascript:alert(1))\n"
        "# heading {#x}\n"
        "| a | b |\n"
        "1. item\n"
        f"{URL}\n\n"
        "1. item\n\n"
        "12. december er fristen\n\n" + "\n".join(MARKUP)
    )
    title = "Puljen <script>alert(3)</script> & co"
    project = tiny_project(tmp_path / "project", [entry("farlig", question, answer)], title)
    build_site(project, tmp_path / "site")

    faq = page(tmp_path / "site", "puljer/test/faq/index.html")
    assert [anchor for anchor, _ in faq.h2] == ["farlig"]
    assert faq.h2[0][1] == " ".join(question.split())
    text = faq.article
    for literal in [*MARKUP, "# heading {#x}", "| a | b |", "12. december er fristen", title]:
        assert literal in text, literal
    assert text.count("1. item") >= 4  # heading, answer line, own paragraph, the list of MARKUP
    assert (URL, URL) in faq.links
    assert [href for href, _ in faq.links if "example.dk" in href] == [URL] * 2
    for built_page in sorted((tmp_path / "site").rglob("*.html")):
        html = Page(built_page.read_text(encoding="utf-8"))
        assert not any("alert" in script for script in html.scripts), built_page
        scripted = {
            href for href, _ in html.links if href.strip().lower().startswith("javascript:")
        }
        assert scripted <= {"javascript:void(0)"}, built_page  # the theme's search-share button
        assert not any("alert(" in href for href, _ in html.links), built_page
        assert "<script>alert" not in built_page.read_text(encoding="utf-8"), built_page


def test_an_anchor_stays_when_an_entry_is_added_before_it(tmp_path: Path) -> None:
    project = tiny_project(
        tmp_path / "project", [entry("foerste", "Første?"), entry("anden", "Anden?")]
    )
    build_site(project, project / "site")
    before = page(project / "site", "puljer/test/faq/index.html").h2
    pool = load_yaml_model(project / "content/pools/test.yaml", Pool)
    write_pool(project, [entry("ny", "Første?"), *pool.faq])  # the same question, a new anchor
    build_site(project, project / "site")
    after = page(project / "site", "puljer/test/faq/index.html").h2
    assert before == [("foerste", "Første?"), ("anden", "Anden?")]
    assert after == [("ny", "Første?"), *before]


def test_overview_shows_target_group_applicants_and_only_safe_links(tmp_path: Path) -> None:
    project = tiny_project(tmp_path / "project", [entry("a", "Hvem kan søge?", "Alle.")])
    path = project / "content/pools/test.yaml"
    pool = Pool.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    source = {"source": "sources/doc.txt", "page": 1}
    pool.target_group = [PoolPassage(text="Børn <b>under</b> 18 år\n\n• *anbragte*", **source)]
    pool.applicants = [PoolPassage(text="Kommuner og regioner", **source)]
    pool.links = [
        PoolLink(url="www.eksempel.dk/pulje", label="Læs [mere] <her>", **source),
        PoolLink(url="javascript:alert(1)", label="farlig", **source),
        PoolLink(url="https://x.dk/a>b", **source),
    ]
    path.write_text(model_yaml(pool), encoding="utf-8")
    build_site(project, tmp_path / "site")

    overview = page(tmp_path / "site", "puljer/test/index.html")
    for literal in ("Målgruppe", "Børn <b>under</b> 18 år", "*anbragte*", "Ansøgerkreds",
                    "Kommuner og regioner", "Læs [mere] <her>"):  # fmt: skip
        assert literal in overview.article, literal
    hrefs = [href for href, _ in overview.links]
    assert "https://www.eksempel.dk/pulje" in hrefs
    assert "https://x.dk/a%3Eb" in hrefs
    assert not any("alert" in href for href in hrefs)
    assert "farlig" not in overview.article
