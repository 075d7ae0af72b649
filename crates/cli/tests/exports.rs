//! The exports as an analyst loads them: GDELT's Events and Mentions tables with a header,
//! PLOVER offsets that slice in characters, typed Parquet dates, and a summary of what
//! was left out. Real files, a real SQLite database, the real binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn dragoman(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dragoman"))
        .args(args)
        .output()
        .expect("dragoman runs")
}

fn tempdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("dragoman-exports-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Three dated articles: the same clash reported twice (one cluster, two mentions), a
/// sentence with non-ASCII letters before its verb, and a denial (a negated event).
fn database(dir: &Path) -> PathBuf {
    let docs = [
        (
            "a1",
            "2025-05-06",
            "Russian forces attacked Ukrainian positions near Kharkiv on Monday.",
        ),
        (
            "a2",
            "2025-05-06",
            "Russian forces attacked Ukrainian positions near Kharkiv on Monday, officials said.",
        ),
        (
            "a3",
            "2025-05-07",
            "In Zürich, Türkiye’s foreign minister met his Greek counterpart on Tuesday. \
             Germany has not imposed sanctions on Iran.",
        ),
    ];
    let lines: Vec<String> = docs
        .iter()
        .map(|(id, date, text)| serde_json::json!({"id": id, "date": date, "text": text}).to_string())
        .collect();
    let input = dir.join("news.jsonl");
    std::fs::write(&input, lines.join("\n")).unwrap();
    let db = dir.join("events.db");
    let o = dragoman(&[
        "ingest",
        input.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
        "--quiet",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    db
}

fn export(db: &Path, args: &[&str]) -> (String, String) {
    let mut all = vec!["export", "--db", db.to_str().unwrap()];
    all.extend_from_slice(args);
    let o = dragoman(&all);
    assert!(o.status.success(), "{:?}: {}", args, String::from_utf8_lossy(&o.stderr));
    (
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

/// Rows of a tab-separated file with a header, as column-name → cell maps.
fn tsv(text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("a header").split('\t').collect();
    lines
        .map(|l| {
            let cells: Vec<&str> = l.split('\t').collect();
            assert_eq!(cells.len(), header.len(), "{l}");
            header
                .iter()
                .map(|h| h.to_string())
                .zip(cells.iter().map(|c| c.to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn gdelt_events_and_mentions_tables_join_and_count_right() {
    let dir = tempdir("gdelt");
    let db = database(&dir);
    let (events, summary) = export(&db, &["--format", "gdelt", "--header"]);
    assert!(events.starts_with("GLOBALEVENTID\tSQLDATE\tMonthYear\t"), "{events}");
    assert!(
        summary.contains("exported") && summary.contains("left out 1 negated"),
        "{summary}"
    );
    let events = tsv(&events);
    let (mentions, _) = export(&db, &["--format", "gdelt", "--table", "mentions", "--header"]);
    let mentions = tsv(&mentions);
    assert!(
        !events.is_empty() && mentions.len() > events.len(),
        "two articles report one clash"
    );
    let mut ids: Vec<&str> = events.iter().map(|r| r["GLOBALEVENTID"].as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), events.len(), "one Events row per event");
    for m in &mentions {
        assert!(
            ids.contains(&m["GLOBALEVENTID"].as_str()),
            "a mention of no event: {m:?}"
        );
    }
    let total: usize = events.iter().map(|r| r["NumMentions"].parse::<usize>().unwrap()).sum();
    assert_eq!(total, mentions.len(), "NumMentions sums to the mentions");
    for r in &events {
        let d = &r["SQLDATE"];
        assert!(d.len() == 8 && d.chars().all(|c| c.is_ascii_digit()), "SQLDATE {d}");
        assert!(
            d.starts_with("2025050"),
            "dated from the articles, not the ingest day: {d}"
        );
        assert!(r["AvgTone"].parse::<f64>().is_ok());
    }
    let clash = events.iter().find(|r| r["EventRootCode"] == "19").expect("the attack");
    assert_eq!(clash["NumArticles"], "2");
    // GDELT writes FIPS 10-4 country codes for places: Ukraine is UP, not UKR.
    assert_eq!(clash["ActionGeo_CountryCode"], "UP", "{clash:?}");
    assert!(!clash["ActionGeo_Lat"].is_empty());
}

#[test]
fn plover_offsets_slice_the_text_in_characters() {
    let dir = tempdir("plover");
    let db = database(&dir);
    let (out, _) = export(&db, &["--format", "plover"]);
    let mut non_ascii = 0;
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["has_event"], true);
        assert_eq!(v["date"].as_str().map(|d| &d[..7]), Some("2025-05"));
        let text = v["text"].as_str().unwrap();
        let chars: Vec<char> = text.chars().collect();
        let (s, e) = (
            v["text_info"]["start"].as_u64().unwrap() as usize,
            v["text_info"]["end"].as_u64().unwrap() as usize,
        );
        let trigger: String = chars[s..e].iter().collect();
        assert_eq!(trigger, v["event_text"][0].as_str().unwrap(), "{line}");
        if !text.is_ascii() {
            non_ascii += 1;
        }
        assert!(v["event"].as_array().is_some_and(|a| a.len() == 1));
    }
    assert!(non_ascii > 0, "the non-ASCII sentence was exported: {out}");
}

#[test]
fn parquet_dates_are_dates_and_negated_events_come_back_on_request() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let dir = tempdir("parquet");
    let db = database(&dir);
    let file = dir.join("events.parquet");
    let (_, without) = export(&db, &["--format", "parquet", "-o", file.to_str().unwrap()]);
    let reader = SerializedFileReader::new(std::fs::File::open(&file).unwrap()).unwrap();
    let schema = reader.metadata().file_metadata().schema_descr();
    let date = schema
        .columns()
        .iter()
        .find(|c| c.name() == "date")
        .expect("a date column");
    assert_eq!(
        date.logical_type(),
        Some(parquet::basic::LogicalType::Date),
        "date is a DATE, not a string"
    );
    let rows = reader.metadata().file_metadata().num_rows();
    let (_, with) = export(
        &db,
        &["--format", "parquet", "-o", file.to_str().unwrap(), "--include-negated"],
    );
    let reader = SerializedFileReader::new(std::fs::File::open(&file).unwrap()).unwrap();
    assert_eq!(
        reader.metadata().file_metadata().num_rows(),
        rows + 1,
        "{without} / {with}"
    );
    assert!(!with.contains("negated"), "{with}");
}

#[test]
fn bad_filter_values_exit_2_and_say_what_is_expected() {
    let dir = tempdir("filters");
    let db = database(&dir);
    let dbs = db.to_str().unwrap();
    for (flag, value, hint) in [
        ("--root", "4", "04"),
        ("--cameo", "999", "not a CAMEO event code"),
        ("--quad", "5", "QuadClass"),
        ("--country", "Atlantis", "not a country"),
    ] {
        let o = dragoman(&["export", "--db", dbs, "--format", "csv", flag, value]);
        assert_eq!(o.status.code(), Some(2), "{flag} {value}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(hint), "{flag} {value}: {err}");
    }
    // Country names and lower-case codes are understood.
    for c in ["ukraine", "UKR", "ukr"] {
        let (out, _) = export(&db, &["--format", "csv", "--country", c]);
        assert!(out.lines().count() > 1, "--country {c}: {out}");
    }
    let o = dragoman(&["export", "--db", dbs, "--format", "csv", "--header"]);
    assert!(!o.status.success(), "--header belongs to gdelt");
}
