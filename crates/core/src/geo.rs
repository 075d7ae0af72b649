//! Country and first-level division reference data for the exports: names, the FIPS 10-4
//! codes GDELT writes, and a point for each (data/geo, data/kb/countries.tsv; built by
//! scripts/build_geo.py). Event records carry ISO 3166 codes; exports that need another
//! scheme translate here.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::tsv::{Tsv, TsvError};

const COUNTRIES: &str = include_str!("../../../data/kb/countries.tsv");
const GEO_COUNTRIES: &str = include_str!("../../../data/geo/countries.tsv");
const GEO_ADMIN1: &str = include_str!("../../../data/geo/admin1.tsv");

/// A country (or territory, or former state).
#[derive(Clone, Debug, PartialEq)]
pub struct Country {
    pub iso3: String,
    /// CAMEO's country code (differs from ISO for a few: ROM, TMP, MTN, KSV).
    pub cameo: String,
    pub name: String,
    /// FIPS 10-4 code, as GDELT writes it; None where there is none.
    pub fips: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// A first-level division (state, province, region).
#[derive(Clone, Debug, PartialEq)]
pub struct Admin1 {
    pub country_iso3: String,
    /// ISO 3166-2 code (`IN-JK`).
    pub iso: String,
    pub name: String,
    /// GDELT's ADM1Code (`IN12`): FIPS country code + GeoNames admin1 code.
    pub fips: Option<String>,
    /// GeoNames' admin1 code, the one cities carry (`12`).
    pub geonames: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// The tables, indexed.
pub struct Geo {
    countries: Vec<Country>,
    by_code: FxHashMap<String, usize>,
    admin1: Vec<Admin1>,
    admin1_by_iso: FxHashMap<String, usize>,
    admin1_by_geonames: FxHashMap<(String, String), usize>,
}

impl Geo {
    /// The tables compiled into the binary, parsed on first use.
    pub fn get() -> &'static Geo {
        static GEO: OnceLock<Geo> = OnceLock::new();
        // The tables are part of the binary and checked by tests: a failure is a build defect.
        GEO.get_or_init(|| Geo::parse(COUNTRIES, GEO_COUNTRIES, GEO_ADMIN1).expect("built-in geo tables are valid"))
    }

    pub fn parse(countries: &str, points: &str, admin1: &str) -> Result<Geo, TsvError> {
        let mut geo = Geo {
            countries: Vec::new(),
            by_code: FxHashMap::default(),
            admin1: Vec::new(),
            admin1_by_iso: FxHashMap::default(),
            admin1_by_geonames: FxHashMap::default(),
        };
        let t = Tsv::parse("kb/countries.tsv", countries)?;
        let (cameo, iso3, name) = (t.column("cameo")?, t.column("iso3")?, t.column("name")?);
        for row in t.rows() {
            let i = geo.countries.len();
            geo.countries.push(Country {
                iso3: row.get(iso3).to_string(),
                cameo: row.get(cameo).to_string(),
                name: row.get(name).to_string(),
                fips: None,
                lat: None,
                lon: None,
            });
            geo.by_code.insert(row.get(cameo).to_string(), i);
            geo.by_code.entry(row.get(iso3).to_string()).or_insert(i);
        }
        let t = Tsv::parse("geo/countries.tsv", points)?;
        let cols = (t.column("iso3")?, t.column("fips")?, t.column("lat")?, t.column("lon")?);
        for row in t.rows() {
            if let Some(&i) = geo.by_code.get(row.get(cols.0)) {
                let c = &mut geo.countries[i];
                c.fips = row.opt(cols.1).map(str::to_string);
                c.lat = row.get(cols.2).parse().ok();
                c.lon = row.get(cols.3).parse().ok();
            }
        }
        let t = Tsv::parse("geo/admin1.tsv", admin1)?;
        let cols = (
            t.column("country_iso3")?,
            t.column("admin1")?,
            t.column("name")?,
            t.column("fips_adm1")?,
            t.column("geonames_admin1")?,
            t.column("lat")?,
            t.column("lon")?,
        );
        for row in t.rows() {
            let a = Admin1 {
                country_iso3: row.get(cols.0).to_string(),
                iso: row.get(cols.1).to_string(),
                name: row.get(cols.2).to_string(),
                fips: row.opt(cols.3).map(str::to_string),
                geonames: row.opt(cols.4).map(str::to_string),
                lat: row.get(cols.5).parse().ok(),
                lon: row.get(cols.6).parse().ok(),
            };
            let i = geo.admin1.len();
            geo.admin1_by_iso.insert(a.iso.clone(), i);
            if let Some(g) = &a.geonames {
                geo.admin1_by_geonames
                    .entry((a.country_iso3.clone(), g.clone()))
                    .or_insert(i);
            }
            geo.admin1.push(a);
        }
        Ok(geo)
    }

    /// A country by its ISO 3166-1 alpha-3 or CAMEO code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.by_code.get(code).map(|&i| &self.countries[i])
    }

    /// A division by its ISO 3166-2 code (`IN-JK`).
    pub fn admin1(&self, iso: &str) -> Option<&Admin1> {
        self.admin1_by_iso.get(iso).map(|&i| &self.admin1[i])
    }

    /// A division by country and the GeoNames admin1 code its cities carry (`IND`, `12`).
    pub fn admin1_of_city(&self, country_iso3: &str, geonames: &str) -> Option<&Admin1> {
        self.admin1_by_geonames
            .get(&(country_iso3.to_string(), geonames.to_string()))
            .map(|&i| &self.admin1[i])
    }

    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    pub fn divisions(&self) -> &[Admin1] {
        &self.admin1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_by_iso_or_cameo_code() {
        let g = Geo::get();
        let ind = g.country("IND").unwrap();
        assert_eq!(ind.fips.as_deref(), Some("IN"));
        assert_eq!(ind.name, "India");
        assert!(ind.lat.is_some() && ind.lon.is_some());
        assert_eq!(g.country("GBR").unwrap().fips.as_deref(), Some("UK"));
        assert_eq!(g.country("DEU").unwrap().fips.as_deref(), Some("GM"));
        // CAMEO writes Romania ROM.
        assert_eq!(g.country("ROM").unwrap().iso3, "ROU");
        assert!(g.country("XXX").is_none());
    }

    #[test]
    fn divisions_by_iso_code_and_by_their_cities_code() {
        let g = Geo::get();
        let a = g.admin1_of_city("USA", "CA").unwrap();
        assert_eq!(a.fips.as_deref(), Some("USCA"));
        assert_eq!(g.admin1(&a.iso).unwrap().name, a.name);
        assert!(g.divisions().len() > 3000);
    }
}
