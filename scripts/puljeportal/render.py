"""The model -> Markdown pages, through one Jinja template per page type.

Templates get model objects and only ever print text through the escaping filters of
`puljeportal.markdown`; `StrictUndefined` makes a missing field fail loudly.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path, PurePosixPath
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from puljeportal import markdown
from puljeportal.model import Pool
from puljeportal.slugs import slugify

MONTHS = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
POOL_PAGES = {
    "faq": "faq.md.j2",
    "kerneelementer": "elements.md.j2",
    "tildelingskriterier": "criteria.md.j2",
    "kontakt": "contacts.md.j2",
}
TOP_PAGES = {"tildelingskriterier.md": "all_criteria.md.j2", "kontakter.md": "all_contacts.md.j2"}
KIND_LABELS = {
    "qa": "spørgsmål og svar",
    "pamphlet": "pjece",
    "slides": "præsentation",
    "guide": "vejledning",
    "other": "dokument",
}


def front_matter_title(text: str) -> str:
    """A page title for the front matter. MkDocs puts titles into the nav and <title> as HTML,
    unescaped, so `<script>` in a pool's title would run on every page: escape it here."""
    return json.dumps(html.escape(text), ensure_ascii=False)


def danish_date(iso: str) -> str:
    """'2018-08-31' -> '31. august 2018'; '2022-01' -> 'januar 2022'."""
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])}. {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return iso


def source_href(file: str) -> str:
    """Where a source document is published in the site (Markdown sources as plain text)."""
    path = PurePosixPath(file)
    return str(path.with_name(path.name + ".txt")) if path.suffix in {".md", ".markdown"} else file


def dkk(value: float | None) -> str:
    """22600000.0 -> '22.600.000 kr.' (Danish thousands separator)."""
    if value is None:
        return ""
    whole = f"{value:,.0f}".replace(",", ".")
    return f"{whole} kr."


def mailto(address: str) -> str:
    """A mailto: link for a plain e-mail address, or '' for anything else (no injection)."""
    return f"mailto:{address}" if EMAIL.fullmatch(address) else ""


def phone_href(phone: str) -> str:
    """'+45 33 17 09 00' -> '+4533170900' for a tel: link."""
    return re.sub(r"[^\d+]", "", phone)


def subpages(pool: Pool) -> list[tuple[str, str, list[Any]]]:
    """The pool's sub-pages: (file stem, label, items); a page with no items is not made."""
    return [
        ("faq", "Spørgsmål og svar", list(pool.faq)),
        ("kerneelementer", "Kerneelementer", list(pool.core_elements)),
        ("tildelingskriterier", "Tildelingskriterier", list(pool.criteria)),
        ("kontakt", "Kontakt", list(pool.contacts)),
    ]


def site_nav(pools: list[Pool]) -> list[Any]:
    """MkDocs' nav: pools by their titles (not their folder names), sub-pages by short labels."""
    sections: list[Any] = []
    for pool in pools:
        pages: list[Any] = [f"puljer/{pool.slug}/index.md"]
        pages += [
            {label: f"puljer/{pool.slug}/{stem}.md"}
            for stem, label, items in subpages(pool)
            if items
        ]
        sections.append({html.escape(pool.title): pages})  # the theme prints nav titles raw
    return [
        {"Ansøgningspuljer": "index.md"},
        {"Tildelingskriterier": "tildelingskriterier.md"},
        {"Kontaktpersoner": "kontakter.md"},
        {"Puljer": sections},
    ]


def environment() -> Environment:
    """Jinja set up for Markdown output: strict, no autoescape (filters escape for Markdown)."""
    env = Environment(
        loader=PackageLoader("puljeportal", "templates"),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(
        text=markdown.escape,
        inline=markdown.inline,
        block=markdown.block,
        yaml_str=front_matter_title,
        danish_date=danish_date,
        source_href=source_href,
        basename=lambda path: PurePosixPath(path).name,
        kind_label=lambda kind: KIND_LABELS.get(kind, kind),
        dkk=dkk,
        mailto=mailto,
        phone_href=phone_href,
        web_href=markdown.web_href,
        slug=slugify,
    )
    env.globals["subpages"] = subpages
    return env


def render_site(pools: list[Pool], content_root: Path, docs: Path) -> None:
    """Write every page of the site as Markdown into `docs`, and copy the source documents."""
    env = environment()
    _write(docs / "index.md", env.get_template("index.md.j2").render(pools=pools))
    for name, template in TOP_PAGES.items():
        _write(docs / name, env.get_template(template).render(pools=pools))
    for pool in pools:
        folder = docs / "puljer" / pool.slug
        _write(folder / "index.md", env.get_template("pool.md.j2").render(pool=pool))
        for stem, _, items in subpages(pool):
            if items:
                page = env.get_template(POOL_PAGES[stem]).render(pool=pool)
                _write(folder / f"{stem}.md", page)
        for doc in pool.documents:
            target = docs / source_href(doc.file)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(content_root / doc.file, target)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
