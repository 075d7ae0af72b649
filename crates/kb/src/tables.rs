//! Loading the built-in tables (`data/kb`, `data/lexicon`, `data/petrarch`), which are
//! compiled into the binary so that a fresh build needs no files at run time.

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use dragoman_core::tsv::{Row, Tsv};

use crate::entity::{Entity, EntityId, EntityKind, Geo, OrgKind, Role, RoleKind};
use crate::error::KbError;
use crate::kb::{AliasKind, KnowledgeBase};
use crate::verbs::VerbDictionary;

const ENGLISH: (&str, &str) = table!("lexicon/english_words.txt");
const TITLES: (&str, &str) = table!("lexicon/titles.tsv");
const COUNTRIES: (&str, &str) = table!("kb/countries.tsv");
const COUNTRY_NAMES: (&str, &str) = table!("kb/country_names.tsv");
const ORGANISATIONS: (&str, &str) = table!("kb/organisations.tsv");
const ORGANISATION_NAMES: (&str, &str) = table!("kb/organisation_names.tsv");
const ORGANISATION_CODES: (&str, &str) = table!("kb/organisation_codes.tsv");
const AGENTS: (&str, &str) = table!("kb/agents.tsv");
const AGENTS_EXTRA: (&str, &str) = table!("lexicon/agents_extra.tsv");
const ETHNIC_GROUPS: (&str, &str) = table!("kb/ethnic_groups.tsv");
const PEOPLE: (&str, &str) = table!("kb/people.tsv");
const PERSON_NAMES: (&str, &str) = table!("kb/person_names.tsv");
const PERSON_ROLES: (&str, &str) = table!("kb/person_roles.tsv");
const PLACES: (&str, &str) = table!("kb/places.tsv");
const PLACE_NAMES: (&str, &str) = table!("kb/place_names.tsv");
const PETRARCH_VERBS: (&str, &str) = table!("petrarch/CAMEO.2.0.txt");
const DRAGOMAN_VERBS: (&str, &str) = table!("patterns/dragoman.verbs.txt");

impl KnowledgeBase {
    /// Only the language (English words, titles), no entities or verbs: the base for
    /// coding with a project's own PETRARCH dictionaries alone.
    pub fn language_only() -> Result<KnowledgeBase, KbError> {
        let mut kb = KnowledgeBase::empty();
        kb.set_english_words(ENGLISH.1.lines().map(str::trim).filter(|l| !l.is_empty()));
        load_titles(&mut kb)?;
        kb.compile_lexicon();
        Ok(kb)
    }

    /// The knowledge base shipped with dragoman, compiled from its tables (about half a
    /// second). Programs read the same knowledge base from the image the
    /// `dragoman-kb-image` crate compiles at build time, which is several times faster.
    pub fn builtin() -> Result<KnowledgeBase, KbError> {
        let mut kb = KnowledgeBase::empty();
        kb.set_english_words(ENGLISH.1.lines().map(str::trim).filter(|l| !l.is_empty()));
        load_titles(&mut kb)?;
        load_countries(&mut kb)?;
        load_organisations(&mut kb)?;
        load_people(&mut kb)?;
        load_places(&mut kb)?;
        load_points(&mut kb)?;
        load_agents(&mut kb, AGENTS)?;
        load_agents(&mut kb, AGENTS_EXTRA)?;
        load_ethnic_groups(&mut kb)?;
        kb.index_offices();
        let mut verbs = VerbDictionary::parse(PETRARCH_VERBS.0, PETRARCH_VERBS.1)?;
        verbs.merge_overriding(VerbDictionary::parse(DRAGOMAN_VERBS.0, DRAGOMAN_VERBS.1)?);
        kb.verbs = verbs;
        kb.compile_lexicon();
        Ok(kb)
    }
}

pub(crate) fn parse<'a>(table: (&'a str, &'a str)) -> Result<Tsv<'a>, KbError> {
    Ok(Tsv::parse(table.0, table.1)?)
}

/// A code held over a period, read from a row's code, start and end columns: no title,
/// no kind of office (an organisation's code then, a Spanish actor's dated code).
pub(crate) fn dated_code(
    t: &Tsv,
    row: &Row,
    (code, start, end): (usize, usize, usize),
    curated: bool,
) -> Result<Role, KbError> {
    Ok(Role {
        code: row.get(code).into(),
        kind: RoleKind::Other,
        title: "".into(),
        start: date(t, row, start)?,
        end: date(t, row, end)?,
        curated,
    })
}

pub(crate) fn date(t: &Tsv, row: &Row, col: usize) -> Result<Option<NaiveDate>, KbError> {
    match row.opt(col) {
        None => Ok(None),
        Some(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| t.error(row.line, format!("bad date `{s}`")).into()),
    }
}

fn load_titles(kb: &mut KnowledgeBase) -> Result<(), KbError> {
    let t = parse(TITLES)?;
    let (c_title, c_role) = (t.column("title")?, t.column("role")?);
    for row in t.rows() {
        kb.add_title(row.get(c_title), RoleKind::parse(row.get(c_role)));
    }
    Ok(())
}

pub(crate) fn load_countries(kb: &mut KnowledgeBase) -> Result<(), KbError> {
    let t = parse(COUNTRIES)?;
    let (c_cameo, c_iso3, c_name, c_un) = (
        t.column("cameo")?,
        t.column("iso3")?,
        t.column("name")?,
        t.column("un_member")?,
    );
    for row in t.rows() {
        let code = row.get(c_cameo);
        let mut e = Entity::new(format!("cty:{code}"), EntityKind::Country, row.get(c_name));
        e.prominent = row.get(c_un) == "1";
        e.code = Some(code.into());
        e.country = Some(code.into());
        e.iso3 = row.opt(c_iso3).map(Into::into);
        let id = kb.add_entity(e);
        kb.add_alias(id, row.get(c_name), AliasKind::Name);
    }
    let t = parse(COUNTRY_NAMES)?;
    let (c_cameo, c_alias, c_kind) = (t.column("cameo")?, t.column("alias")?, t.column("kind")?);
    let mut aliases = Vec::new();
    for row in t.rows() {
        let Some(id) = kb.country(row.get(c_cameo)) else {
            return Err(t
                .error(row.line, format!("unknown country `{}`", row.get(c_cameo)))
                .into());
        };
        aliases.push((id, row.get(c_alias), AliasKind::parse(row.get(c_kind))));
    }
    kb.add_aliases(aliases);
    Ok(())
}

pub(crate) fn load_organisations(kb: &mut KnowledgeBase) -> Result<(), KbError> {
    let t = parse(ORGANISATIONS)?;
    let (c_id, c_name, c_code, c_kind, c_country) = (
        t.column("id")?,
        t.column("name")?,
        t.column("code")?,
        t.column("kind")?,
        t.column("country")?,
    );
    let mut names = Vec::new();
    for row in t.rows() {
        let mut e = Entity::new(row.get(c_id), EntityKind::Organisation, row.get(c_name));
        e.code = row.opt(c_code).map(Into::into);
        e.org_kind = Some(OrgKind::parse(row.get(c_kind)));
        e.country = row.opt(c_country).map(Into::into);
        let id = kb.add_entity(e);
        names.push((id, row.get(c_name), AliasKind::Name));
    }
    kb.add_aliases(names);
    add_aliases(kb, ORGANISATION_NAMES, "id", "alias")?;
    load_dated_codes(kb, ORGANISATION_CODES)
}

/// Codes an organisation held over a period ("the Taliban were AFGREB until
/// 2021-08-14"): curated roles, so they win over its undated code on their dates.
fn load_dated_codes(kb: &mut KnowledgeBase, table: (&str, &'static str)) -> Result<(), KbError> {
    let t = parse(table)?;
    let cols = (t.column("id")?, t.column("code")?, t.column("start")?, t.column("end")?);
    for row in t.rows() {
        let key = row.get(cols.0);
        let Some(id) = kb.find(key) else {
            return Err(t.error(row.line, format!("unknown organisation `{key}`")).into());
        };
        let role = dated_code(&t, &row, (cols.1, cols.2, cols.3), true)?;
        kb.entity_mut(id).roles.push(role);
    }
    Ok(())
}

fn add_aliases(
    kb: &mut KnowledgeBase,
    table: (&str, &'static str),
    id_col: &str,
    alias_col: &str,
) -> Result<(), KbError> {
    let t = parse(table)?;
    let (c_id, c_alias) = (t.column(id_col)?, t.column(alias_col)?);
    let mut aliases = Vec::new();
    for row in t.rows() {
        let key = row.get(c_id);
        let Some(id) = kb.find(key) else {
            return Err(t.error(row.line, format!("unknown id `{key}`")).into());
        };
        aliases.push((id, row.get(c_alias), AliasKind::Name));
    }
    kb.add_aliases(aliases);
    Ok(())
}

pub(crate) fn load_people(kb: &mut KnowledgeBase) -> Result<(), KbError> {
    let t = parse(PEOPLE)?;
    let (c_id, c_name, c_country) = (t.column("id")?, t.column("name")?, t.column("country")?);
    let mut ids: Vec<EntityId> = Vec::new();
    for row in t.rows() {
        let mut e = Entity::new(row.get(c_id), EntityKind::Person, row.get(c_name));
        e.country = row.opt(c_country).map(Into::into);
        ids.push(kb.add_entity(e));
    }
    // Roles first: a name's strength as a glue-repair anchor depends on curated roles.
    let t = parse(PERSON_ROLES)?;
    let cols = (
        t.column("id")?,
        t.column("code")?,
        t.column("role")?,
        t.column("title")?,
        t.column("start")?,
        t.column("end")?,
        t.column("as_of")?,
    );
    for row in t.rows() {
        let key = row.get(cols.0);
        let Some(id) = kb.find(key) else {
            return Err(t.error(row.line, format!("unknown person `{key}`")).into());
        };
        let role = Role {
            code: row.get(cols.1).into(),
            kind: RoleKind::parse(row.get(cols.2)),
            title: row.get(cols.3).into(),
            start: date(&t, &row, cols.4)?,
            end: date(&t, &row, cols.5)?,
            curated: row.opt(cols.6).is_some(),
        };
        kb.entity_mut(id).roles.push(role);
    }
    let names: Vec<(EntityId, String)> = ids.into_iter().map(|id| (id, kb.entity(id).name.to_string())).collect();
    kb.add_aliases(names.iter().map(|(id, n)| (*id, n.as_str(), AliasKind::Name)).collect());
    add_aliases(kb, PERSON_NAMES, "id", "alias")
}

/// Points for countries (their centres) and first-level divisions (the population-weighted
/// centre of their places), so that an event placed in a country or province can be put
/// on a map (data/geo, scripts/build_geo.py).
pub(crate) fn load_points(kb: &mut KnowledgeBase) -> Result<(), KbError> {
    let geo = dragoman_core::geo::Geo::get();
    for e in kb.entities.iter_mut() {
        let Some(iso3) = e.iso3.as_deref() else { continue };
        let point = match e.kind {
            EntityKind::Country => geo.country(iso3).and_then(|c| c.lat.zip(c.lon)),
            EntityKind::Place => match e.geo.as_ref() {
                Some(g) if g.is_admin1 && g.lat.is_none() => g
                    .admin1
                    .as_deref()
                    .and_then(|code| geo.admin1(code))
                    .filter(|a| a.country_iso3 == iso3)
                    .and_then(|a| a.lat.zip(a.lon)),
                _ => None,
            },
            _ => None,
        };
        if let Some((lat, lon)) = point {
            let g = e.geo.get_or_insert_with(Geo::default);
            g.lat = g.lat.or(Some(lat));
            g.lon = g.lon.or(Some(lon));
        }
    }
    Ok(())
}

pub(crate) fn load_places(kb: &mut KnowledgeBase) -> Result<(), KbError> {
    let t = parse(PLACES)?;
    let cols = (
        t.column("geonameid")?,
        t.column("name")?,
        t.column("country")?,
        t.column("admin1")?,
        t.column("lat")?,
        t.column("lon")?,
        t.column("population")?,
        t.column("kind")?,
    );
    let iso3_to_cameo: FxHashMap<Box<str>, Box<str>> = kb
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Country)
        .filter_map(|e| Some((e.iso3.clone()?, e.code.clone()?)))
        .collect();
    let mut names = Vec::new();
    for row in t.rows() {
        let gid = row.get(cols.0);
        let mut e = Entity::new(format!("plc:{gid}"), EntityKind::Place, row.get(cols.1));
        let iso3 = row.get(cols.2);
        e.iso3 = Some(iso3.into());
        e.country = Some(iso3_to_cameo.get(iso3).cloned().unwrap_or_else(|| iso3.into()));
        let kind = row.get(cols.7);
        e.geo = Some(Geo {
            geonameid: gid.parse().ok(),
            lat: row.get(cols.4).parse().ok(),
            lon: row.get(cols.5).parse().ok(),
            population: row.get(cols.6).parse().unwrap_or(0),
            admin1: row.opt(cols.3).map(Into::into),
            is_capital: kind == "capital",
            is_admin1: kind == "admin1",
        });
        let id = kb.add_entity(e);
        names.push((id, row.get(cols.1), AliasKind::Name));
    }
    names.extend(place_aliases(kb, PLACE_NAMES)?);
    kb.add_aliases(names);
    Ok(())
}

/// The rows of a `geonameid alias` table as names of the places they key.
pub(crate) fn place_aliases<'t>(
    kb: &KnowledgeBase,
    table: (&'t str, &'t str),
) -> Result<Vec<(EntityId, &'t str, AliasKind)>, KbError> {
    let t = parse(table)?;
    let (c_id, c_alias) = (t.column("geonameid")?, t.column("alias")?);
    let mut names = Vec::new();
    for row in t.rows() {
        let key = format!("plc:{}", row.get(c_id));
        let Some(id) = kb.find(&key) else {
            return Err(t.error(row.line, format!("unknown place `{key}`")).into());
        };
        names.push((id, row.get(c_alias), AliasKind::Name));
    }
    Ok(names)
}

pub(crate) fn load_agents(kb: &mut KnowledgeBase, table: (&str, &str)) -> Result<(), KbError> {
    let t = parse(table)?;
    let (c_term, c_code) = (t.column("term")?, t.column("code")?);
    for row in t.rows() {
        let code = row.get(c_code);
        let id = kb.agent_entity(code);
        kb.add_agent_alias(id, row.get(c_term));
    }
    Ok(())
}

/// Peoples (`eth:KUR`, "Kurds"): role nouns whose code leads the actor's ("Kurdish
/// forces" KURMIL), named in any case like other role nouns.
fn load_ethnic_groups(kb: &mut KnowledgeBase) -> Result<(), KbError> {
    let t = parse(ETHNIC_GROUPS)?;
    let (c_code, c_name, c_alias, c_kind) = (
        t.column("code")?,
        t.column("name")?,
        t.column("alias")?,
        t.column("kind")?,
    );
    for row in t.rows() {
        let code = row.get(c_code);
        let key = format!("eth:{code}");
        let id = match kb.find(&key) {
            Some(id) => id,
            None => {
                let mut e = Entity::new(key, EntityKind::Agent, row.get(c_name));
                e.code = Some(code.into());
                kb.add_entity(e)
            }
        };
        kb.add_alias(id, row.get(c_alias), AliasKind::parse(row.get(c_kind)));
    }
    Ok(())
}

impl KnowledgeBase {
    /// Is the entity a people (`eth:KUR`)? Its code is a group's, not a sector's: it
    /// leads the code of the role noun after it and takes no country from the context.
    pub fn is_ethnic_group(&self, id: EntityId) -> bool {
        self.entity(id).id.starts_with("eth:")
    }

    /// The entity standing for a sector code (`agt:GOV`), created on first use.
    pub fn agent_entity(&mut self, code: &str) -> EntityId {
        let key = format!("agt:{code}");
        if let Some(id) = self.find(&key) {
            return id;
        }
        let mut e = Entity::new(key, EntityKind::Agent, code);
        e.code = Some(code.into());
        self.add_entity(e)
    }

    /// Adds a role noun: agents are common words, so they never need a capital letter.
    pub fn add_agent_alias(&mut self, id: EntityId, term: &str) {
        self.add_alias(id, term, AliasKind::Agent);
    }
}
