"""Subscriber import benchmark: 100,000 CSV rows, 1 % of them bad, imported twice.

    .venv/bin/python benchmarks/import_bench.py [--rows 100000]

Writes the CSV to a fresh home under a temporary folder (genres, zones and names
varied; every hundredth row is bad in one of four ways, one of them a record spanning
two lines), then runs ``anime-digest subscribers import`` as a whole new process,
twice: the first run adds everyone, the second must change nothing. Prints wall time,
the peak resident memory of the process (``wait4`` rusage) and the counts reported,
as a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZONES = ("UTC", "Asia/Tokyo", "Europe/Paris", "America/New_York", "Australia/Sydney")
GENRES = ("", "mecha", "sci-fi;mecha", "romance", "comedy;slice of life")
BAD = (
    "broken-{i}.example.org,Nobody {i},UTC,,active",
    "fan{i}@example.org,Fan {i},Mars/Olympus,,active",
    "fan{i}@example.org,Fan {i},UTC,knitting,active",
    'fan{i}@example.org,"Fan\n{i}",UTC,,maybe',
)


def write_csv(path: Path, rows: int) -> int:
    bad = 0
    with path.open("w", encoding="utf-8") as out:
        out.write("email,name,timezone,genres,status\n")
        for i in range(rows):
            if i % 100 == 50:
                out.write(BAD[bad % len(BAD)].format(i=i) + "\n")
                bad += 1
            else:
                zone, genres = ZONES[i % len(ZONES)], GENRES[i % len(GENRES)]
                out.write(f"Fan.{i}@Example.org,Fan {i},{zone},{genres},active\n")
    return bad


def run_import(home: Path, csv_path: Path) -> tuple[float, float, str]:
    env = {**os.environ, "DIGEST_HOME": str(home)}
    command = [str(ROOT / ".venv/bin/anime-digest"), "subscribers", "import", str(csv_path)]
    log = home.parent / "import.log"
    with log.open("wb") as sink:  # a file, not a pipe: the refused-rows table is long
        started = time.perf_counter()
        proc = subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
    output = log.read_text(encoding="utf-8")
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # 1: some rows were refused
        sys.exit(f"import failed:\n{output}")
    return seconds, usage.ru_maxrss / 1024, output


def summary(output: str) -> str:
    words = ("added", "updated", "unchanged", "refused")
    found = {w: re.search(rf"(\d[\d,]*) {w}", output) for w in words}
    return ", ".join(f"{m.group(1)} {w}" for w, m in found.items() if m)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    rows = parser.parse_args().rows
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "subscribers.csv"
        bad = write_csv(csv_path, rows)
        print(f"{rows:,} rows, {bad:,} bad, {csv_path.stat().st_size / 1e6:.1f} MB\n")
        print("| run | wall time | peak memory | reported |")
        print("|---|---:|---:|---|")
        for label in ("first import", "same file again"):
            seconds, peak_mb, output = run_import(Path(folder) / "home", csv_path)
            print(f"| {label} | {seconds:.1f} s | {peak_mb:.0f} MB | {summary(output)} |")


if __name__ == "__main__":
    main()
