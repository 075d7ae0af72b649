#!/usr/bin/env python3
"""Sanity checks for the generated knowledge-base tables in data/.

Checks that every table listed in data/README.md parses (one TAB-separated record per
line, the header exactly as README documents it), that ids are unique and referenced ids
exist, that CAMEO actor codes are well formed (3-letter blocks; first block a country,
region, international or religion code; further blocks role codes from
cameo_actor_types.tsv or country/region codes) and that dates are ISO YYYY-MM-DD with
start <= end. Prints row counts; exits 1 on any error.

Usage: python3 scripts/check_kb.py [--data data]
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
INTERNATIONAL_FIRST = {"IGO", "NGO", "NGM", "MNC", "IMG", "INT", "UIS"}
# CAMEO.religion.txt codes (+ REL/MUS used by the PETRARCH dictionaries): religious actors
# may be coded with a religion as the first block (e.g. BUDREB for Aum Shinrikyo).
RELIGION_FIRST = set("""ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW JHW LDS
MOS MRN NRM PAG PRO SFI SHI SHN SIK SUN TAO UDX ZRO REL MUS""".split())
KEY_COLUMNS = {
    "ontology/cameo_events.tsv": ["code"],
    "ontology/cameo_actor_types.tsv": ["code"],
    "ontology/cameo_regions.tsv": ["code"],
    "ontology/cameo_plover.tsv": ["cameo"],
    "kb/countries.tsv": ["cameo"],
    "kb/places.tsv": ["geonameid"],
    "kb/organisations.tsv": ["id"],
    "kb/people.tsv": ["id"],
    "kb/agents.tsv": ["term", "code"],
    "kb/country_names.tsv": ["cameo", "alias", "kind"],
}

ERRORS: list[str] = []


def error(msg: str) -> None:
    if len(ERRORS) < 200:
        print("ERROR:", msg, file=sys.stderr)
    ERRORS.append(msg)


def readme_schemas(readme: Path) -> dict[str, list[str]]:
    """'| `countries.tsv` | `cameo iso3 ...` | notes |' rows, keyed by 'kb/countries.tsv'."""
    schemas, section = {}, ""
    for line in readme.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^## (\S+?)/?\s*(\(.*)?$", line)
        if m:
            section = m.group(1).strip("/")
        m = re.match(r"^\|\s*`([^`]+\.tsv)`\s*\|\s*`([^`]+)`\s*\|", line)
        if m and section and not section.startswith("kb/curated"):
            schemas[f"{section}/{m.group(1)}"] = m.group(2).split()
    return schemas


def read_table(path: Path, header: list[str]) -> list[dict[str, str]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        error(f"{path}: empty file")
        return rows
    got = lines[0].split("\t")
    if got != header:
        error(f"{path}: header {got} != README {header}")
        return rows
    for n, line in enumerate(lines[1:], 2):
        parts = line.split("\t")
        if len(parts) != len(header):
            error(f"{path}:{n}: {len(parts)} fields, expected {len(header)}")
            continue
        if any(p != p.strip() for p in parts):
            error(f"{path}:{n}: field with surrounding whitespace")
        rows.append(dict(zip(header, parts)))
    return rows


def check_unique(name: str, rows: list[dict[str, str]], cols: list[str]) -> None:
    seen = set()
    for r in rows:
        key = tuple(r[c] for c in cols)
        if key in seen:
            error(f"{name}: duplicate key {key}")
        seen.add(key)


def check_refs(name: str, rows, col: str, valid: set[str]) -> None:
    bad = {r[col] for r in rows if r[col] not in valid}
    for b in sorted(bad)[:10]:
        error(f"{name}: {col} {b!r} not defined")


class CodeChecker:
    def __init__(self, countries: set[str], regions: set[str], roles: set[str]):
        self.countries, self.regions, self.roles = countries, regions, roles
        self.long_codes = 0

    def check(self, where: str, code: str, allow_empty: bool = False) -> None:
        if not code:
            if not allow_empty:
                error(f"{where}: empty actor code")
            return
        if not re.fullmatch(r"(?:[A-Z]{3})+", code):
            error(f"{where}: malformed actor code {code!r}")
            return
        blocks = [code[i:i + 3] for i in range(0, len(code), 3)]
        first = blocks[0]
        if not (first in self.countries or first in self.regions
                or first in INTERNATIONAL_FIRST or first in RELIGION_FIRST):
            error(f"{where}: first block of {code} is not a country/region/IGO code")
        for b in blocks[1:]:
            if b not in self.roles and b not in self.countries and b not in self.regions:
                error(f"{where}: role block {b} of {code} not in cameo_actor_types")
        if len(blocks) > 3:
            self.long_codes += 1


def valid_date(s: str) -> bool:
    try:
        return datetime.date.fromisoformat(s).isoformat() == s
    except ValueError:
        return False


def check_dates(name: str, rows) -> None:
    for r in rows:
        for col in ("start", "end", "as_of"):
            if r.get(col) and not valid_date(r[col]):
                error(f"{name}: bad {col} {r[col]!r} for {r.get('id')}")
        if r.get("start") and r.get("end") and r["start"] > r["end"]:
            error(f"{name}: start {r['start']} > end {r['end']} for {r.get('id')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO / "data")
    data = parser.parse_args().data
    schemas = readme_schemas(data / "README.md")
    tables = {}
    for name, header in sorted(schemas.items()):
        path = data / name
        if not path.exists():
            error(f"{name}: missing")
            continue
        tables[name] = read_table(path, header)
    for name, cols in KEY_COLUMNS.items():
        if name in tables:
            check_unique(name, tables[name], cols)
    t = lambda n: tables.get(n, [])  # noqa: E731
    countries = {r["cameo"] for r in t("kb/countries.tsv")}
    regions = {r["code"] for r in t("ontology/cameo_regions.tsv")}
    roles = {r["code"] for r in t("ontology/cameo_actor_types.tsv")}
    events = {r["code"] for r in t("ontology/cameo_events.tsv")}
    check_refs("kb/country_names.tsv", t("kb/country_names.tsv"), "cameo", countries)
    check_refs("ontology/cameo_plover.tsv", t("ontology/cameo_plover.tsv"), "cameo", events)
    missing_plover = events - {r["cameo"] for r in t("ontology/cameo_plover.tsv")}
    if missing_plover:
        error(f"cameo_plover.tsv lacks {sorted(missing_plover)[:10]}")
    for r in t("ontology/cameo_events.tsv"):
        root = int(r["code"][:2])
        quad = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        if (r["root"], r["quad"], r["penta"]) != (r["code"][:2], str(quad),
                                                  str(0 if root <= 2 else quad)):
            error(f"cameo_events: wrong root/quad/penta for {r['code']}")
    check_refs("kb/place_names.tsv", t("kb/place_names.tsv"), "geonameid",
               {r["geonameid"] for r in t("kb/places.tsv")})
    check_refs("kb/organisation_names.tsv", t("kb/organisation_names.tsv"), "id",
               {r["id"] for r in t("kb/organisations.tsv")})
    person_ids = {r["id"] for r in t("kb/people.tsv")}
    check_refs("kb/person_names.tsv", t("kb/person_names.tsv"), "id", person_ids)
    check_refs("kb/person_roles.tsv", t("kb/person_roles.tsv"), "id", person_ids)
    check_refs("kb/people.tsv", t("kb/people.tsv"), "country", countries | {"", "IGO"})
    check_refs("kb/places.tsv", t("kb/places.tsv"), "country",
               {r["iso3"] for r in t("kb/countries.tsv")} | {""})

    codes = CodeChecker(countries, regions, roles)
    for r in t("kb/countries.tsv"):
        codes.check(f"countries {r['iso3']}", r["cameo"])
        if r["un_member"] not in ("0", "1"):
            error(f"countries: un_member {r['un_member']!r}")
    for r in t("kb/person_roles.tsv"):
        codes.check(f"person_roles {r['id']}", r["code"])
    for r in t("kb/organisations.tsv"):
        codes.check(f"organisations {r['id']}", r["code"], allow_empty=True)
    for r in t("kb/agents.tsv"):
        for i in range(0, len(r["code"]), 3):
            if r["code"][i:i + 3] not in roles:
                error(f"agents: {r['term']!r} code {r['code']} not in cameo_actor_types")
    check_dates("kb/person_roles.tsv", t("kb/person_roles.tsv"))

    print("table                                   rows")
    for name in sorted(tables):
        print(f"  {name:36s} {len(tables[name]):8d}")
    words = data / "lexicon" / "english_words.txt"
    if words.exists():
        lines = words.read_text(encoding="utf-8").splitlines()
        if lines != sorted(set(lines)) or any(w != w.lower() for w in lines):
            error("lexicon/english_words.txt not sorted, unique and lower-case")
        print(f"  {'lexicon/english_words.txt':36s} {len(lines):8d}")
    # Trained weights (data/models) are measured on their own: the tables stay small.
    models = data / "models"
    size = sum(p.stat().st_size for p in data.rglob("*") if p.is_file() and models not in p.parents)
    model_size = sum(p.stat().st_size for p in models.rglob("*") if p.is_file()) if models.is_dir() else 0
    if model_size > 20e6:
        error(f"data/models is {model_size / 1e6:.1f} MB (> 20 MB): prune the models harder")
    print(f"  data/ size: {size / 1e6:.1f} MB; actor codes with more than 3 blocks: "
          f"{codes.long_codes}")
    if size > 30e6:
        error(f"data/ tables are {size / 1e6:.1f} MB (> 30 MB)")
    print(f"{len(ERRORS)} errors" if ERRORS else "all checks passed")
    sys.exit(1 if ERRORS else 0)


if __name__ == "__main__":
    main()
