"""The command line. The only place where exceptions become messages and exit codes.

Exit codes: 0 success; 1 a document could not be read or content/ is invalid; 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from puljeportal import __version__
from puljeportal.errors import BuildError, ContentError, PuljeportalError
from puljeportal.extract import extract_document
from puljeportal.model import DocumentDecl, Extraction, PoolDecl
from puljeportal.slugs import slugify
from puljeportal.store import SOURCES_DIR, Content, write_atomic
from puljeportal.update import Report, update_all

OK, FAILED, USAGE = 0, 1, 2
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `puljeportal`."""
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING, format="%(levelname)s: %(message)s", stream=sys.stderr
    )
    try:
        code: int = args.run(args)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return FAILED
    except PuljeportalError as exc:
        print(f"fejl: {exc}", file=sys.stderr)
        return FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return OK
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="puljeportal",
        description="Ansøgningspuljers dokumenter -> YAML under content/ -> søgbart site.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")

    ex = sub.add_parser("extract", help="udtræk fra dokumenter og vis resultatet (skriver intet)")
    ex.add_argument("files", nargs="+", metavar="FILE")
    ex.add_argument("--json", action="store_true", help="ét JSON-objekt på standard output")
    ex.set_defaults(run=cmd_extract)

    add = sub.add_parser("add", help="tilføj dokumenter til en pulje (ny eller eksisterende)")
    add.add_argument("files", nargs="+", metavar="FILE")
    add.add_argument("--pool", required=True, metavar="SLUG")
    add.add_argument("--title", help="puljens titel (kræves for en ny pulje)")
    add.set_defaults(run=cmd_add)

    up = sub.add_parser(
        "update", help="udtræk alle puljers dokumenter igen; redaktørers rettelser bevares"
    )
    up.add_argument(
        "--pool", action="append", metavar="SLUG", help="kun denne pulje (kan gentages)"
    )
    up.set_defaults(run=cmd_update)

    check = sub.add_parser("check", help="validér content/ uden at bygge")
    check.set_defaults(run=cmd_check)

    build = sub.add_parser("build", help="validér content/ og byg sitet")
    build.add_argument("--site-dir", type=Path, default=None, metavar="DIR")
    build.set_defaults(run=cmd_build)
    return parser


def _project() -> Path:
    """The project in the current directory (where mkdocs.yml is), as mkdocs itself works."""
    root = Path.cwd()
    if not (root / "mkdocs.yml").is_file():
        raise PuljeportalError(f"{root}: ingen mkdocs.yml her; kør kommandoen i projektets mappe")
    return root


def extraction_json(ext: Extraction) -> dict[str, Any]:
    """One document as the contract's JSON: `error` only when it could not be read."""
    if ext.error:
        return {"source": ext.source, "error": ext.error}
    data = ext.model_dump(mode="json")
    del data["error"]
    return data


def cmd_extract(args: argparse.Namespace) -> int:
    if not args.json:
        print("brug: puljeportal extract FILE... --json", file=sys.stderr)
        return USAGE
    results = []
    for file in args.files:
        print(f"læser {file}", file=sys.stderr)
        ext = extract_document(Path(file), file)
        for warning in ext.warnings:
            print(f"advarsel: {file}: {warning.removeprefix(f'{file}: ')}", file=sys.stderr)
        if ext.error:
            print(f"fejl: {ext.error}", file=sys.stderr)
        results.append(extraction_json(ext))
    json.dump({"documents": results}, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return FAILED if any("error" in doc for doc in results) else OK


def cmd_update(args: argparse.Namespace) -> int:
    content = Content(_project() / "content")
    known = {decl.slug for decl in content.catalogue().pools}
    unknown = [slug for slug in args.pool or [] if slug not in known]
    if unknown:  # a mistyped slug would otherwise update nothing, silently
        print(f"fejl: ukendt pulje: {', '.join(unknown)} (se content/pools.yaml)", file=sys.stderr)
        return USAGE
    reports = update_all(content, set(args.pool) if args.pool else None)
    return _print_reports(reports)


def cmd_add(args: argparse.Namespace) -> int:
    content = Content(_project() / "content")
    if not SLUG.fullmatch(args.pool):
        print(
            f"fejl: --pool '{args.pool}' er ikke en slug (små bogstaver, tal og bindestreger); "
            f"fx --pool {slugify(args.pool, 12)}",
            file=sys.stderr,
        )
        return USAGE
    files = [Path(f) for f in args.files]
    failed = [(f, ext) for f in files if (ext := extract_document(f, str(f))).error]
    for _, ext in failed:
        print(f"fejl: {ext.error}", file=sys.stderr)
    if failed:
        print("intet er ændret under content/", file=sys.stderr)
        return FAILED
    catalogue = content.catalogue()
    decl = next((p for p in catalogue.pools if p.slug == args.pool), None)
    if decl is None and not args.title:
        print(f"fejl: puljen '{args.pool}' er ny; angiv dens titel med --title", file=sys.stderr)
        return USAGE
    names = dict.fromkeys(f"{SOURCES_DIR}/{path.name}" for path in files)
    if decl is None:  # a pool has at least one document: declare it with them
        documents = [DocumentDecl(file=name) for name in names]
        decl = PoolDecl(slug=args.pool, title=args.title, documents=documents)
        catalogue.pools.append(decl)
    else:
        known = {doc.file for doc in decl.documents}
        decl.documents += [DocumentDecl(file=name) for name in names if name not in known]
    for path in files:
        target = content.root / SOURCES_DIR / path.name
        if path.resolve() != target.resolve():
            write_atomic(target, path.read_bytes())  # also over a read-only older version
    content.save_catalogue(catalogue)
    return _print_reports(update_all(content, {decl.slug}))


def _print_reports(reports: list[Report]) -> int:
    failed = False
    for report in reports:
        print(f"\n== {report.slug}", file=sys.stderr)
        for error in report.errors:
            failed = True
            print(f"  fejl: {error} (puljen er ikke ændret)", file=sys.stderr)
        for what, count in report.found.items():
            print(f"  fundet: {count} {what}", file=sys.stderr)
        for kept in report.kept_edits:
            print(f"  bevaret: {kept}", file=sys.stderr)
        for item in report.review:
            print(f"  se efter: {item}", file=sys.stderr)
    return FAILED if failed else OK


def cmd_check(args: argparse.Namespace) -> int:
    pools = Content(_project() / "content").load_all_pools()
    print(f"content/ er gyldigt: {len(pools)} puljer", file=sys.stderr)
    return OK


def cmd_build(args: argparse.Namespace) -> int:
    from puljeportal.build import build_site  # MkDocs is only loaded when building

    project = _project()
    site_dir = args.site_dir or project / "site"
    try:
        count = build_site(project, site_dir)
    except BuildError as exc:
        print(f"fejl: {exc}", file=sys.stderr)
        return FAILED
    print(f"byggede {count} puljer i {site_dir}", file=sys.stderr)
    return OK


if __name__ == "__main__":
    sys.exit(main())
