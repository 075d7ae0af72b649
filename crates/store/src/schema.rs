//! The schema and its migrations. `meta.schema_version` says which have run; each
//! migration runs once, in a transaction, in order.

pub const MIGRATIONS: &[&str] = &[
    // 1: documents, clusters, events, full-text index on evidence.
    r#"
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        key TEXT NOT NULL,
        input TEXT,
        url TEXT,
        title TEXT,
        site TEXT,
        published TEXT,
        lang TEXT,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE clusters (
        id INTEGER PRIMARY KEY,
        source_code TEXT NOT NULL,
        target_code TEXT NOT NULL,
        root TEXT NOT NULL,
        place TEXT NOT NULL,
        date TEXT,
        date_min TEXT,
        date_max TEXT,
        cameo TEXT NOT NULL,
        quad INTEGER NOT NULL,
        goldstein REAL NOT NULL,
        num_mentions INTEGER NOT NULL DEFAULT 0,
        num_articles INTEGER NOT NULL DEFAULT 0,
        num_sources INTEGER NOT NULL DEFAULT 0,
        first_seen TEXT,
        last_seen TEXT
    );
    CREATE INDEX clusters_key ON clusters (source_code, target_code, root, place, date);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        cluster_id INTEGER REFERENCES clusters(id),
        seq INTEGER NOT NULL,
        sentence INTEGER NOT NULL,
        date TEXT,
        date_precision TEXT NOT NULL,
        date_text TEXT,
        source_code TEXT NOT NULL,
        source_name TEXT,
        source_country TEXT,
        source_text TEXT,
        target_code TEXT,
        target_name TEXT,
        target_country TEXT,
        target_text TEXT,
        cameo TEXT NOT NULL,
        cameo_root TEXT NOT NULL,
        quad INTEGER NOT NULL,
        goldstein REAL NOT NULL,
        plover TEXT,
        place_name TEXT,
        place_country TEXT,
        lat REAL,
        lon REAL,
        geonameid INTEGER,
        negated INTEGER NOT NULL,
        modality TEXT NOT NULL,
        confidence REAL NOT NULL,
        rule TEXT NOT NULL,
        evidence TEXT NOT NULL,
        evidence_offset INTEGER NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX events_date ON events (date);
    CREATE INDEX events_source ON events (source_code);
    CREATE INDEX events_target ON events (target_code);
    CREATE INDEX events_cameo ON events (cameo);
    CREATE INDEX events_cluster ON events (cluster_id);
    CREATE INDEX events_document ON events (document_id);
    CREATE VIRTUAL TABLE events_fts USING fts5 (evidence, content='events', content_rowid='id');
    "#,
    // 2: what `dragoman watch` has already fetched or read, so nothing is taken twice.
    r#"
    CREATE TABLE watch_seen (url TEXT PRIMARY KEY, seen_at TEXT NOT NULL, status TEXT NOT NULL);
    CREATE TABLE watch_files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified INTEGER NOT NULL);
    "#,
    // 3: indexes the API's common queries can answer from without reading event rows:
    // lists and counts of non-negated events by date, and pairs of actors either way.
    r#"
    CREATE INDEX events_negated_date ON events (negated, date);
    DROP INDEX events_source;
    DROP INDEX events_target;
    CREATE INDEX events_source_target ON events (source_code, target_code);
    CREATE INDEX events_target_source ON events (target_code, source_code);
    "#,
    // 4: each document's tone (GDELT's AvgTone); filled at ingest, or by
    // `Store::fill_tone` for documents stored before.
    r#"
    ALTER TABLE documents ADD COLUMN tone REAL;
    INSERT OR REPLACE INTO meta (key, value) SELECT 'tone_pending', '1' WHERE EXISTS (SELECT 1 FROM documents);
    "#,
];
