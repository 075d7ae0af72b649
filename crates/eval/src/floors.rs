//! `eval/floors.json`: the headline score of each set that a change may not lower by more
//! than half a point.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Tolerance: half a percentage point.
pub const TOLERANCE: f64 = 0.005;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Floor {
    pub metric: String,
    pub value: f64,
}

pub type Floors = BTreeMap<String, Floor>;

pub fn read(path: &std::path::Path) -> Result<Floors, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Compares a set's headline score with its floor: `Err` with a message when it fell
/// more than the tolerance below it.
pub fn check(floors: &Floors, set: &str, metric: &str, value: f64) -> Result<String, String> {
    match floors.get(set) {
        None => Ok(format!("{set}: {metric} {value:.4} (no floor yet)")),
        Some(f) if f.metric != metric => Err(format!("{set}: floor is on `{}`, the set reports `{metric}`", f.metric)),
        Some(f) if value + TOLERANCE < f.value => Err(format!(
            "{set}: {metric} {value:.4} fell below its floor {:.4}",
            f.value
        )),
        Some(f) if value > f.value + TOLERANCE => Ok(format!(
            "{set}: {metric} {value:.4} is above its floor {:.4}: raise the floor in eval/floors.json",
            f.value
        )),
        Some(f) => Ok(format!("{set}: {metric} {value:.4} (floor {:.4})", f.value)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_a_point_of_slack() {
        let mut f = Floors::new();
        f.insert(
            "s".into(),
            Floor {
                metric: "f1".into(),
                value: 0.50,
            },
        );
        assert!(check(&f, "s", "f1", 0.496).is_ok());
        assert!(check(&f, "s", "f1", 0.494).is_err());
        assert!(check(&f, "s", "f1", 0.60).unwrap().contains("raise"));
        assert!(check(&f, "s", "acc", 0.60).is_err());
        assert!(check(&f, "t", "f1", 0.1).is_ok());
    }
}
