//! Entities of the knowledge base and their dated roles.

use chrono::NaiveDate;

/// Index of an entity in [`crate::KnowledgeBase::entities`].
pub type EntityId = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum EntityKind {
    Country,
    Place,
    Organisation,
    Person,
    /// A role noun ("police", "foreign minister"): a sector, not an individual.
    Agent,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Country => "country",
            EntityKind::Place => "place",
            EntityKind::Organisation => "organisation",
            EntityKind::Person => "person",
            EntityKind::Agent => "agent",
        }
    }
}

/// The kinds of organisation, which decide how a mention is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum OrgKind {
    Igo,
    Ngo,
    ArmedGroup,
    Party,
    /// A news agency or outlet: the source of a report, never an actor.
    Media,
    Company,
    /// "the Kremlin", "the Pentagon": a government institution named by its seat.
    GovernmentBody,
    Other,
}

impl OrgKind {
    pub fn parse(s: &str) -> OrgKind {
        match s {
            "igo" => OrgKind::Igo,
            "ngo" => OrgKind::Ngo,
            "armed_group" => OrgKind::ArmedGroup,
            "party" => OrgKind::Party,
            "media" => OrgKind::Media,
            "company" => OrgKind::Company,
            "government_body" => OrgKind::GovernmentBody,
            _ => OrgKind::Other,
        }
    }
}

/// What office a dated role is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum RoleKind {
    HeadOfState,
    HeadOfGovernment,
    ForeignMinister,
    DefenceMinister,
    IgoLeader,
    Other,
}

impl RoleKind {
    pub fn parse(s: &str) -> RoleKind {
        match s {
            "head_of_state" => RoleKind::HeadOfState,
            "head_of_government" => RoleKind::HeadOfGovernment,
            "foreign_minister" => RoleKind::ForeignMinister,
            "defence_minister" | "defense_minister" => RoleKind::DefenceMinister,
            "igo_leader" => RoleKind::IgoLeader,
            _ => RoleKind::Other,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            RoleKind::HeadOfState => "head_of_state",
            RoleKind::HeadOfGovernment => "head_of_government",
            RoleKind::ForeignMinister => "foreign_minister",
            RoleKind::DefenceMinister => "defence_minister",
            RoleKind::IgoLeader => "igo_leader",
            RoleKind::Other => "other",
        }
    }
}

/// A CAMEO actor code held over a period. Open ends are `None`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Role {
    pub code: Box<str>,
    pub kind: RoleKind,
    pub title: Box<str>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// From the hand-curated table (trusted over the historical dictionaries).
    pub curated: bool,
}

impl Role {
    /// Does the role cover `date`? Undated roles cover every date.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.start.is_none_or(|s| s <= date) && self.end.is_none_or(|e| date <= e)
    }

    pub fn is_dated(&self) -> bool {
        self.start.is_some() || self.end.is_some()
    }
}

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Geo {
    pub geonameid: Option<u64>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub population: u64,
    pub admin1: Option<Box<str>>,
    pub is_capital: bool,
    pub is_admin1: bool,
}

/// One thing the knowledge base knows about.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Entity {
    /// Stable id: `cty:RUS`, `plc:745044`, `org:united-nations`, `per:sergey-lavrov`, `agt:police`, `eth:KUR`
    /// (a people: kind `Agent`, its code an ethnic group's).
    pub id: Box<str>,
    pub kind: EntityKind,
    pub name: Box<str>,
    /// CAMEO country code of the entity's country (for a country, its own code).
    pub country: Option<Box<str>>,
    /// ISO 3166 alpha-3, for countries and places.
    pub iso3: Option<Box<str>>,
    /// Undated CAMEO actor code: `RUS` for a country, `IGOUNO` for an organisation, the
    /// sector (`GOV`, `COP`) for an agent.
    pub code: Option<Box<str>>,
    pub org_kind: Option<OrgKind>,
    pub roles: Vec<Role>,
    pub geo: Option<Geo>,
    /// Preferred among readings of the same name: a UN member state over a territory
    /// sharing its adjective ("French": France, not French Polynesia).
    pub prominent: bool,
}

impl Entity {
    pub fn new(id: impl Into<Box<str>>, kind: EntityKind, name: impl Into<Box<str>>) -> Entity {
        Entity {
            id: id.into(),
            kind,
            name: name.into(),
            country: None,
            iso3: None,
            code: None,
            org_kind: None,
            roles: Vec::new(),
            geo: None,
            prominent: false,
        }
    }

    /// The role that gives the person's code on `date`: a curated role covering the
    /// date, else any dated role covering it, else an undated one. None if the person
    /// held no known role then.
    pub fn role_on(&self, date: NaiveDate) -> Option<&Role> {
        let covering = |curated: bool| {
            self.roles
                .iter()
                .filter(|r| r.curated == curated && r.is_dated() && r.covers(date))
                // The most recent start wins when terms overlap (a new office).
                .max_by_key(|r| r.start)
        };
        covering(true)
            .or_else(|| covering(false))
            .or_else(|| self.roles.iter().find(|r| !r.is_dated()))
    }

    /// The CAMEO code of the entity on `date`. A person with no role covering the date
    /// but an earlier one codes as a former official of that country (`ELI`, CAMEO's
    /// "elite"), the convention of the Phoenix dictionaries.
    /// Anything else has its undated code, unless a dated one covers the date (the
    /// Taliban were rebels, AFGREB, until they took Kabul).
    pub fn code_on(&self, date: NaiveDate) -> Option<String> {
        if self.kind != EntityKind::Person {
            let dated = self.roles.iter().find(|r| r.is_dated() && r.covers(date));
            return dated.map(|r| &*r.code).or(self.code.as_deref()).map(str::to_string);
        }
        if let Some(r) = self.role_on(date) {
            return Some(r.code.to_string());
        }
        let last = self
            .roles
            .iter()
            .filter(|r| r.end.is_some_and(|e| e < date))
            .max_by_key(|r| r.end)?;
        let block = &last.code[..last.code.len().min(3)];
        Some(format!("{block}ELI"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn role(code: &str, start: Option<&str>, end: Option<&str>, curated: bool) -> Role {
        Role {
            code: code.into(),
            kind: RoleKind::Other,
            title: "".into(),
            start: start.map(d),
            end: end.map(d),
            curated,
        }
    }

    #[test]
    fn dated_roles_decide_the_code() {
        let mut rubio = Entity::new("per:marco-rubio", EntityKind::Person, "Marco Rubio");
        rubio
            .roles
            .push(role("USALEG", Some("2011-01-03"), Some("2025-01-20"), true));
        rubio.roles.push(role("USAGOV", Some("2025-01-21"), None, true));
        assert_eq!(rubio.code_on(d("2020-06-01")).as_deref(), Some("USALEG"));
        assert_eq!(rubio.code_on(d("2025-02-27")).as_deref(), Some("USAGOV"));
        assert_eq!(rubio.code_on(d("2005-01-01")), None);
    }

    #[test]
    fn an_organisation_s_dated_code_holds_only_on_its_dates() {
        let mut group = Entity::new("org:x", EntityKind::Organisation, "X");
        group.code = Some("PERGOV".into());
        group.roles.push(role("PERREB", None, Some("2010-05-31"), true));
        assert_eq!(group.code_on(d("2009-01-01")).as_deref(), Some("PERREB"));
        assert_eq!(group.code_on(d("2010-06-01")).as_deref(), Some("PERGOV"));
    }

    #[test]
    fn curated_roles_beat_historical_ones_and_former_officials_are_elites() {
        let mut p = Entity::new("per:x", EntityKind::Person, "X");
        p.roles.push(role("RUSGOV", Some("2004-03-09"), None, false));
        p.roles.push(role("RUSGOVDIP", Some("2004-03-09"), None, true));
        assert_eq!(p.code_on(d("2025-02-27")).as_deref(), Some("RUSGOVDIP"));
        let mut q = Entity::new("per:y", EntityKind::Person, "Y");
        q.roles
            .push(role("TURGOV", Some("1999-01-01"), Some("2002-11-18"), false));
        assert_eq!(q.code_on(d("2010-01-01")).as_deref(), Some("TURELI"));
    }
}
