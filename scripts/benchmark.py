"""Speed and memory of the pipeline on a project of many pools: `make benchmark`.

Builds a throwaway project whose catalogue declares N pools, each with a copy of one of the
five seed documents (so every pool's text differs by its file name only, and every document is
extracted for real), then times `update` (read + extract + merge + write YAML) and `build`
(render + MkDocs), and reports the peak memory of this process. Figures go to standard output
as a Markdown table; the README quotes them with the date and the machine.

    .venv/bin/python scripts/benchmark.py --pools 100 200
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from puljeportal.build import build_site
from puljeportal.store import Content
from puljeportal.update import update_all

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"


def make_project(root: Path, pools: int) -> None:
    """A project with `pools` pools, each holding a copy of one seed document."""
    for name in ("mkdocs.yml", "overrides"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name)
        else:
            shutil.copyfile(source, root / name)
    sources = root / "content" / "sources"
    (root / "content" / "pools").mkdir(parents=True)
    sources.mkdir(parents=True)
    seeds = sorted(SEEDS.glob("*.txt"))
    lines = ["pools:"]
    for number in range(pools):
        seed = seeds[number % len(seeds)]
        name = f"pulje-{number:04d}-{seed.name}"
        shutil.copyfile(seed, sources / name)
        lines += [
            f"- slug: pulje-{number:04d}",
            f"  title: Pulje nummer {number}",
            "  documents:",
            f"  - file: sources/{name}",
        ]
    (root / "content" / "pools.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def peak_memory_mib() -> float:
    """This process's peak resident memory so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(pools: int) -> tuple[float, float, float]:
    """Seconds for update and for build, and peak MiB, for a project of `pools` pools."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        make_project(root, pools)
        started = time.perf_counter()
        reports = update_all(Content(root / "content"))
        updated = time.perf_counter()
        if any(report.errors for report in reports):
            raise SystemExit("benchmark: extraction failed; see `puljeportal update`")
        build_site(root, root / "site")
        built = time.perf_counter()
        return updated - started, built - updated, peak_memory_mib()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/benchmark.py", description=__doc__)
    parser.add_argument("--pools", type=int, nargs="+", default=[10, 100])
    args = parser.parse_args(argv)
    if not SEEDS.is_dir():
        print(f"benchmark: the seed documents are not at {SEEDS}", file=sys.stderr)
        return 2
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print()
    print("| pools | update (extract) | build (render + MkDocs) | per pool | peak memory |")
    print("|---:|---:|---:|---:|---:|")
    for pools in args.pools:
        update, build, memory = measure(pools)
        per_pool = (update + build) / pools
        print(f"| {pools} | {update:.1f} s | {build:.1f} s | {per_pool * 1000:.0f} ms "
              f"| {memory:.0f} MiB |")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
