"""The alias table: ties between names that no article states ("KBlitz" is Kelli Barlow).

In: `data/aliases.csv` shipped with spotted, plus any CSV files a user names with `--aliases`
or `SPOTTED_ALIASES` (colon-separated). Columns: `alias,name,source`. Out: an `AliasTable`
mapping each alias, case-insensitively, to the canonical name it stands for.

Beside it, `data/not_people.csv` (plus `SPOTTED_NOT_PEOPLE` files): well-known bands, shows, films,
brands and characters whose names look like people's. Columns: `name,kind,source`. And
`data/stage_names.csv` (plus `SPOTTED_STAGE_NAMES` files): performers known by one name or a stage
name that does not look like one ("Usher", "50 Cent"). Columns: `name,common_word,field`.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path


@dataclass
class AliasTable:
    to_name: dict[str, str] = field(default_factory=dict)  # lower-case alias → canonical name
    sources: dict[str, str] = field(default_factory=dict)  # lower-case alias → where the tie comes from
    written: dict[str, str] = field(default_factory=dict)  # lower-case form → form as written

    def canonical(self, name: str) -> str | None:
        return self.to_name.get(name.lower())

    def names(self) -> set[str]:
        """Every alias and canonical name, as written."""
        return set(self.written.values())

    def add(self, alias: str, name: str, source: str = "") -> None:
        self.to_name[alias.lower()] = name
        self.to_name.setdefault(name.lower(), name)
        self.sources[alias.lower()] = source
        self.written[alias.lower()] = alias
        self.written[name.lower()] = name


def read_alias_rows(path: Path) -> list[tuple[str, str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        rows = []
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            alias, name = (row.get("alias") or "").strip(), (row.get("name") or "").strip()
            if alias and name:
                rows.append((alias, name, (row.get("source") or "").strip()))
        return rows


def user_alias_files() -> list[Path]:
    value = os.environ.get("SPOTTED_ALIASES", "")
    return [Path(part) for part in value.split(os.pathsep) if part]


@lru_cache(maxsize=8)
def load_aliases(extra: tuple[str, ...] = ()) -> AliasTable:
    """The shipped table, then `SPOTTED_ALIASES` files, then `extra` files (later ones win)."""
    table = AliasTable()
    shipped = resources.files("spotted") / "data" / "aliases.csv"
    paths = [Path(str(shipped))] + user_alias_files() + [Path(p) for p in extra]
    for path in paths:
        for alias, name, source in read_alias_rows(path):
            table.add(alias, name, source or str(path.name))
    return table


def not_person_key(name: str) -> str:
    """ "The  Beatles" → "beatles": lower case, one space, no leading "the"."""
    name = " ".join(name.lower().split())
    return name[4:] if name.startswith("the ") else name


def data_rows(filename: str, env_var: str, extra: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """Rows of a shipped CSV in `data/` ("#" lines are comments), then of the files listed in
    `env_var` (colon-separated), then of `extra` files."""
    shipped = resources.files("spotted") / "data" / filename
    value = os.environ.get(env_var, "")
    paths = [Path(str(shipped))] + [Path(part) for part in value.split(os.pathsep) if part] + [Path(p) for p in extra]
    rows: list[dict[str, str]] = []
    for path in paths:
        with open(path, newline="", encoding="utf-8") as handle:
            rows += [row for row in csv.DictReader(line for line in handle if not line.startswith("#")) if (row.get("name") or "").strip()]
    return rows


@lru_cache(maxsize=8)
def load_not_people(extra: tuple[str, ...] = ()) -> frozenset[str]:
    """Names that are never people (as `not_person_key`): the shipped list, then
    `SPOTTED_NOT_PEOPLE` files (colon-separated), then `extra` files."""
    return frozenset(not_person_key(row["name"]) for row in data_rows("not_people.csv", "SPOTTED_NOT_PEOPLE", extra))


@lru_cache(maxsize=8)
def load_stage_names(extra: tuple[str, ...] = ()) -> dict[str, bool]:
    """Well-known one-word and stage names of individual performers, as written, each mapped to
    whether it is also an ordinary word ("Prince", "Future"): the shipped list, then
    `SPOTTED_STAGE_NAMES` files (colon-separated), then `extra` files."""
    return {
        " ".join(row["name"].split()): (row.get("common_word") or "").strip().lower() == "yes"
        for row in data_rows("stage_names.csv", "SPOTTED_STAGE_NAMES", extra)
    }
