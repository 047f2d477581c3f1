"""Web throughput: requests/s and latency of a person page and of /api/people, 32 clients on loopback.

    .venv/bin/python bench/web.py                      # against bench/data/big.db, the 100k store that
                                                       # `bench/store.py --workdir bench/data` leaves
    .venv/bin/python bench/web.py --db gossip.db       # against any store
    .venv/bin/python bench/web.py --build 20000        # no big store here: build a synthetic one of this size

Starts `spotted serve` (one uvicorn process, read-only) on a free loopback port, then for each
target sends a bounded number of requests (and stops at a time limit) from `--clients`
concurrent keep-alive clients in this process (httpx, asyncio), and reports requests/s and
p50/p95/p99 latency. Person pages rotate over the most-seen people — the pages users open most,
and the heaviest. Client and server share this machine's cores. Results go between the
`web` markers of bench/RESULTS.md.

`--build N` writes a store of N articles without spaCy per article: the founding example is
extracted once and stored N times, each copy with its people renamed from a synthetic pool
(invented first and last names; a few people are in many articles, most in few) and grouped
into events of ~20 articles. The results then say that store's size, not 100k.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import command_line, machine_line, provenance, save_block  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FOUNDING = ROOT / "examples" / "vmas-2011-backstage.txt"
# bench/store.py builds its 100k-article store in --workdir (a temporary folder by default,
# removed after): `bench/store.py --workdir bench/data` leaves it here.
BIG_STORE = ROOT / "bench" / "data" / "big.db"
BUILT = ROOT / "bench" / "data"


@dataclass
class Run:
    target: str
    requests: int
    errors: int
    seconds: float
    latencies: list[float]  # seconds, successful requests

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, q: int) -> float:
        """The q-th percentile latency in milliseconds."""
        if len(self.latencies) < 2:
            return (self.latencies[0] if self.latencies else 0.0) * 1000
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[q - 1] * 1000


# ---------------------------------------------------------------------------------------------
# A synthetic store, when the 100k one is not here


SURNAME_HEADS = ["Ash", "Bel", "Cor", "Dun", "Ell", "Fen", "Gar", "Hol", "Ives", "Jor", "Kel", "Lan", "Mor", "Nor",
                 "Orr", "Pell", "Quin", "Ros", "Sto", "Tam", "Vor", "Wyn", "Yar", "Zel"]
SURNAME_TAILS = ["by", "den", "ford", "ley", "more", "ton", "well", "wick", "son", "ridge", "vale", "mont"]


def name_pool(size: int, rng: random.Random) -> list[str]:
    firsts = sorted({line.split(",")[0].capitalize() for line in
                     (ROOT / "src/spotted/data/given_names.csv").read_text(encoding="utf-8").splitlines()[1:]})
    lasts = [head + tail for head in SURNAME_HEADS for tail in SURNAME_TAILS]
    names: set[str] = set()
    while len(names) < size:
        names.add(f"{rng.choice(firsts)} {rng.choice(lasts)}")
    return sorted(names)


def renamed(extraction, mapping: dict[str, str], copy: int, event: int):
    """The extraction with its people renamed, its text made unique, its event numbered."""
    from spotted.types import Extraction

    data = extraction.to_dict()

    def swap(value):
        return mapping.get(value, value) if isinstance(value, str) else value

    for person in data["people"]:
        person["name"] = swap(person["name"])
    for key, fields in (("sightings", ["person"]), ("interactions", ["a", "b"]), ("colocated", ["a", "b"]),
                        ("quotes", ["speaker", "addressee"])):
        for fact in data[key]:
            for name in fields:
                fact[name] = swap(fact[name])
    data["aliases"] = [[alias, swap(name)] for alias, name in data["aliases"]]
    data["text"] += f"\n\n(Copy {copy}.)"  # offsets above are unchanged
    data["title"] = f"Backstage, night {copy}"
    data["published"] = f"{2000 + event % 25}-{1 + event % 12:02d}-{1 + copy % 28:02d}"
    if data["event"]:
        data["event"]["name"] = f"Harbor Awards {event}"
        data["event"]["date"] = data["published"]
    return Extraction.from_dict(data)


def build_store(path: Path, articles: int, seed: int = 7) -> None:
    """Store `articles` renamed copies of the founding example (see the module doc)."""
    import spotted
    from spotted.store import Store
    from spotted.types import SourceArticle

    rng = random.Random(seed)
    base = spotted.extract(FOUNDING.read_text(encoding="utf-8"))
    cast = [p.name for p in base.people]
    pool = name_pool(max(len(cast) * 4, articles // 2), rng)
    # A few stars and a long tail: the most-seen person is in ~1% of 100k articles, 40× the mean.
    offset = max(10, len(pool) // 200)
    cumulative = list(accumulate(1 / (rank + offset) for rank in range(len(pool))))
    path.parent.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    with Store(path) as store:
        batch = []
        for copy in range(articles):
            chosen: list[str] = []
            while len(chosen) < len(cast):
                chosen = list(dict.fromkeys(rng.choices(pool, cum_weights=cumulative, k=len(cast) * 2)))[: len(cast)]
            extraction = renamed(base, dict(zip(cast, chosen)), copy, copy // 20)
            batch.append((SourceArticle(raw=extraction.text, title=extraction.title, published=extraction.published,
                                        source=f"synthetic:{copy}"), extraction))
            if len(batch) == 500 or copy == articles - 1:
                store.add(batch)
                batch = []
                print(f"  built {copy + 1}/{articles} articles ({time.perf_counter() - began:.0f}s)", file=sys.stderr)


# ---------------------------------------------------------------------------------------------
# The server and the load


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    command = [sys.executable, "-c", "from spotted.cli import main; main()", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"spotted serve exited: {server.stderr.read()}")
        try:
            with urllib.request.urlopen(url + "/api/stats", timeout=5):
                return server, url
        except OSError:
            time.sleep(0.3)
    server.kill()
    raise SystemExit("spotted serve did not answer within 60 s")


async def load(url: str, paths: list[str], *, clients: int, requests: int, seconds: float) -> Run:
    """`requests` GETs spread over `paths` in turn, from `clients` concurrent clients; stops at `seconds`."""
    latencies: list[float] = []
    errors = 0
    sent = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal sent, errors
        while sent < requests and time.perf_counter() < deadline:
            path = paths[sent % len(paths)]
            sent += 1
            began = time.perf_counter()
            try:
                response = await http.get(path)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            if ok:
                latencies.append(time.perf_counter() - began)
            else:
                errors += 1

    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=600) as http:
        began = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(clients)))
        elapsed = time.perf_counter() - began
    return Run(paths[0] if len(paths) == 1 else re.sub(r"\d+", "{id}", paths[0]), len(latencies), errors, elapsed, latencies)


def measure(url: str, clients: int, requests: int, seconds: float, people: int) -> tuple[list[Run], list[int]]:
    top = httpx.get(url + "/api/people", params={"limit": people}, timeout=600).json()["items"]
    ids = [p["id"] for p in top]
    targets = [[f"/people/{i}" for i in ids], ["/api/people"]]
    runs = []
    for paths in targets:
        asyncio.run(load(url, paths, clients=4, requests=min(len(paths) * 2, 100), seconds=seconds))  # warm up
        runs.append(asyncio.run(load(url, paths, clients=clients, requests=requests, seconds=seconds)))
    return runs, [p["articles"] for p in top]


# ---------------------------------------------------------------------------------------------
# Reporting


def store_facts(db: Path) -> dict[str, int]:
    from spotted.store import Store

    with Store(db, create=False) as store:
        return store.counts()


def describe_store(db: Path, size: int, built: bool) -> str:
    if built:
        return (f"a **synthetic store of {size:,} articles** built by this script (`--build {size}`): bench/store.py's "
                f"100k store was not at bench/data/big.db. Each article is a copy of the founding example with its "
                f"people renamed from an invented pool")
    shown = db.relative_to(ROOT) if db.is_relative_to(ROOT) else db
    return f"`{shown}`, {size:,} articles"


def block(runs: list[Run], db: Path, facts: dict[str, int], built: bool, args, articles_of_top: list[int], load: float) -> str:
    size = facts["articles"]
    which = describe_store(db, size, built)
    rows = "\n".join(
        f"| `{run.target}` | {run.requests} | {run.errors} | {run.rate:.1f} | {run.percentile(50):.1f} | {run.percentile(95):.1f} | "
        f"{run.percentile(99):.1f} |"
        for run in runs
    )
    text = f"""### Web: requests/s and latency, {args.clients} concurrent clients on loopback

Store: {which} ({facts['people']:,} people, {facts['appearances']:,} appearances, {facts['events']:,} events).
Server: `spotted serve` (one uvicorn process, read-only). Clients: {args.clients} concurrent keep-alive
httpx clients in one asyncio process on the same machine, so client and server share its cores.
Person pages rotate over the {len(articles_of_top)} most-seen people (named in {min(articles_of_top, default=0):,}–{max(articles_of_top, default=0):,} articles each).
Each target: at most {args.requests} requests or {args.seconds:.0f} s, after a short warm-up.

| target | requests | errors | requests/s | p50 ms | p95 ms | p99 ms |
|---|---|---|---|---|---|---|
{rows}
"""
    machine = f"{machine_line()}; load average {load:.1f} when the run began (other work shares the machine)"
    return "\n".join([text, *provenance(command_line("web.py"), machine)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="The store to serve (default: bench/store.py's 100k store).")
    parser.add_argument("--build", type=int, default=0, metavar="N",
                        help="When that store is missing, build a synthetic one of N articles (kept in bench/data/).")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--requests", type=int, default=2000, help="At most this many requests per target.")
    parser.add_argument("--seconds", type=float, default=60, help="At most this long per target.")
    parser.add_argument("--people", type=int, default=50, help="Person pages rotate over this many most-seen people.")
    parser.add_argument("--no-write", action="store_true", help="Print the results only; leave bench/RESULTS.md alone.")
    args = parser.parse_args()

    db = args.db or BIG_STORE
    built = False
    if not db.exists():
        if not args.build:
            print(f"no store at {db}: build the 100k-article store with `bench/store.py --workdir bench/data`, "
                  f"pass --db STORE, or --build N for a synthetic one of N articles. Nothing measured.")
            return 0
        db = BUILT / f"web-synthetic-{args.build}.db"
        built = True
        if not db.exists():
            print(f"no 100k store: building a synthetic store of {args.build:,} articles at {db}", file=sys.stderr)
            build_store(db, args.build)
    facts = store_facts(db)
    load = os.getloadavg()[0]
    server, url = start_server(db)
    try:
        runs, articles_of_top = measure(url, args.clients, args.requests, args.seconds, args.people)
    finally:
        server.terminate()
        server.wait(timeout=30)
    text = block(runs, db, facts, built, args, articles_of_top, load)
    print(text)
    if not args.no_write:
        save_block("web", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
