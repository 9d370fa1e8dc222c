"""The dashboard under load: latency and server memory for many concurrent clients.

    .venv/bin/python benchmarks/load.py [--db STORE] [--requests 2000] [--concurrency 20] [--out DIR]

Serves ``--db`` (by default a fresh store ingested from ``examples/``) with ``realpolitik serve``
on 127.0.0.1 in a child process, then sends ``--requests`` GET requests, ``--concurrency`` at a
time (httpx, asyncio), cycling through the dashboard's pages, its JSON API and the evidence
fragments a click fetches, for the store's main dyads, actors and documents.  Printed and written
to ``results/load.json``: errors (any status but 200, or no answer), latency p50/p90/p99/max,
requests per second, and the server's resident memory (VmRSS from /proc) after start-up, after
one warm-up pass over the URLs, and at the end, with its peak (VmHWM).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = Path(__file__).resolve().parent / "results"
CLI = [sys.executable, "-m", "realpolitik"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def examples_store(workdir: Path) -> Path:
    db = workdir / "examples.duckdb"
    subprocess.run([*CLI, "ingest", str(REPO / "examples"), "--db", str(db)], check=True, env=_env(),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    return db


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO / "src")}


def memory_mb(pid: int) -> dict[str, float]:
    """Resident and peak resident memory of a process, in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields


def wait_until_up(base: str, server: subprocess.Popen) -> None:
    while True:  # readiness, not a timeout: the server either answers or dies
        if server.poll() is not None:
            raise SystemExit(f"the server exited with code {server.returncode}")
        try:
            httpx.get(base + "/api/tilt", timeout=5)
            return
        except httpx.TransportError:
            time.sleep(0.1)


def urls(base: str) -> list[str]:
    """The pages and API calls a user's session makes, for the store's own dyads and documents."""
    dyads = httpx.get(base + "/api/dyads").json()
    pairs = sorted({"-".join(sorted((d["source_country"], d["target_country"]))) for d in dyads
                    if d["source_country"] != d["target_country"]})[:6]  # fmt: skip
    periods = sorted({d["period"] for d in dyads})[:3]
    docs = sorted({e["doc_id"] for e in httpx.get(base + "/api/events").json()})[:4]
    paths = ["/", "/?period=month", "/api/events", "/api/stories", "/api/dyads", "/api/dyads?period=month",
             "/api/tilt", "/actor/BLR", "/actor/RUS", "/api/events?dyad=BLR,RUS&since=2014"]  # fmt: skip
    paths += [f"/dyad/{p}" for p in pairs]
    paths += [f"/document/{quote(d)}" for d in docs] + [f"/api/documents/{quote(d)}" for d in docs]
    paths += [f"/fragments/evidence?dyad={p}&period_start={s}" for p in pairs[:3] for s in periods]
    paths += [f"/fragments/evidence?tilt=BLR:RUS:WEST&period_start={s}" for s in periods]
    return [base + p for p in paths]


async def hammer(targets: list[str], n: int, concurrency: int) -> tuple[list[float], list[str]]:
    latencies: list[float] = []
    errors: list[str] = []
    queue = iter(range(n))

    async def worker(client: httpx.AsyncClient) -> None:
        for i in queue:
            url = targets[i % len(targets)]
            start = time.perf_counter()
            try:
                response = await client.get(url)
                if response.status_code != 200:
                    errors.append(f"{response.status_code} {url}")
            except httpx.HTTPError as e:
                errors.append(f"{type(e).__name__} {url}")
            latencies.append(time.perf_counter() - start)

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
    return latencies, errors


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=1000, method="inclusive")[round(q * 1000) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="store to serve (default: examples/ ingested afresh)")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or examples_store(Path(tmp))
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([*CLI, "serve", "--db", str(db), "--port", str(port)], env=_env(),
                                  stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            wait_until_up(base, server)
            started = memory_mb(server.pid)
            targets = urls(base)
            asyncio.run(hammer(targets, len(targets), 1))
            warm = memory_mb(server.pid)
            t0 = time.perf_counter()
            latencies, errors = asyncio.run(hammer(targets, args.requests, args.concurrency))
            elapsed = time.perf_counter() - t0
            end = memory_mb(server.pid)
        finally:
            server.terminate()
            server.wait()
    result = {
        "date": datetime.date.today().isoformat(), "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "store": str(args.db or "examples/"), "requests": args.requests, "concurrency": args.concurrency,
        "urls": len(targets), "errors": len(errors), "error_examples": errors[:5],
        "p50_s": round(percentile(latencies, 0.50), 3), "p90_s": round(percentile(latencies, 0.90), 3),
        "p99_s": round(percentile(latencies, 0.99), 3), "max_s": round(max(latencies), 3),
        "requests_per_s": round(args.requests / elapsed, 1),
        "rss_mb": {"started": round(started["VmRSS"]), "warm": round(warm["VmRSS"]), "end": round(end["VmRSS"]),
                   "peak": round(end["VmHWM"])},
    }  # fmt: skip
    print(json.dumps(result, indent=1))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "load.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
