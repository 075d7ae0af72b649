//! The `dragoman` binary as a user runs it: formats, bad input, exit codes.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn dragoman(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dragoman"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("dragoman runs");
    if let Some(input) = stdin {
        // A usage error exits before reading: a closed pipe is not a failure here.
        let _ = child.stdin.take().unwrap().write_all(input);
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dragoman-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

#[test]
fn codes_text_from_stdin_as_json_lines() {
    let o = dragoman(
        &["code", "--date", "2025-03-05"],
        Some(b"Germany has not imposed sanctions on Iran."),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 1, "{out}");
    assert_eq!(lines[0]["negated"], true);
    assert_eq!(lines[0]["doc"], "stdin");
    assert_eq!(lines[0]["cameo"], "163");
}

#[test]
fn json_lines_input_uses_each_records_id_and_date() {
    let input = b"{\"id\":\"a1\",\"text\":\"Russian troops attacked Ukrainian positions on Monday.\",\"date\":\"2025-03-05\"}\n{\"id\":\"a2\",\"title\":\"no text here\"}\n";
    let o = dragoman(&["code", "-", "--date", "2020-01-01"], Some(input));
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout.clone()).unwrap();
    let first: serde_json::Value = serde_json::from_str(out.lines().next().expect("an event")).unwrap();
    assert_eq!(first["doc"], "a1");
    assert_eq!(first["date"], "2025-03-03");
    assert!(stderr(&o).contains(":2: record has no `text` field"), "{}", stderr(&o));
}

#[test]
fn empty_and_binary_inputs_are_clear_errors() {
    let empty = temp("empty.txt", b"");
    let o = dragoman(&["code", empty.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("empty.txt: empty input"), "{}", stderr(&o));
    let bin = temp("blob.bin", &[0x7f, b'E', b'L', b'F', 0, 0, 1, 2, 3, 0, 255]);
    let o = dragoman(&["code", bin.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("blob.bin: binary data"), "{}", stderr(&o));
    let o = dragoman(&["code", "/nonexistent/file.txt"], None);
    assert_eq!(o.status.code(), Some(3));
    assert!(
        stderr(&o).contains("/nonexistent/file.txt: no such file"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_bad_input_among_good_ones_is_skipped() {
    let good = temp("good.txt", b"Japan praised South Korea.");
    let empty = temp("empty2.txt", b"   ");
    let o = dragoman(
        &[
            "code",
            empty.to_str().unwrap(),
            good.to_str().unwrap(),
            "--date",
            "2025-03-05",
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("\"doc\":\"good.txt\""));
    assert!(stderr(&o).contains("empty2.txt: empty input"));
}

#[test]
fn invalid_utf8_is_read_and_noted() {
    let latin1 = temp(
        "latin1.txt",
        b"Fran\xe7ois Bayrou met Pedro S\xe1nchez in Madrid on Monday.",
    );
    let o = dragoman(&["code", latin1.to_str().unwrap(), "--date", "2025-03-05"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("not valid UTF-8"), "{}", stderr(&o));
}

#[test]
fn a_50_megabyte_single_line_does_not_break_anything() {
    let sentence = "Chinese and Indian diplomats met in Beijing on Friday and discussed trade ";
    let line = sentence.repeat(50 * 1024 * 1024 / sentence.len());
    let big = temp("big.txt", line.as_bytes());
    let o = dragoman(&["code", big.to_str().unwrap(), "--date", "2025-03-09"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!o.stdout.is_empty());
}

#[test]
fn table_explain_demo_and_kb_lookup_work() {
    let o = dragoman(
        &["code", "--format", "table", "--date", "2025-03-05"],
        Some(b"Japan praised South Korea."),
    );
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("051"),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    let f = temp("explain.txt", b"Russia has not imposed sanctions on Belarus.");
    let o = dragoman(&["explain", f.to_str().unwrap(), "--date", "2025-03-05"], None);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("EVENT") && out.contains("NEGATED") && out.contains("rule:"),
        "{out}"
    );
    let o = dragoman(&["demo"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("geneva-talks.txt"));
    let o = dragoman(
        &["kb", "lookup", "Erdogan", "--date", "2025-02-27", "--format", "json"],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v[0]["code"], "TURGOV");
    assert_eq!(v[0]["kind"], "person");
    assert_eq!(v[0]["country"], "TUR");
}

#[test]
fn bad_dates_and_flags_are_usage_errors() {
    let o = dragoman(&["code", "--date", "27/02/2025"], Some(b"x"));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("YYYY-MM-DD"), "{}", stderr(&o));
}

/// JSON lines are coded in batches: the first records come out while the input is still
/// open, and documents are named by their line in the whole input.
#[test]
fn json_lines_stream_in_batches() {
    use std::io::{BufRead, BufReader};
    let line = |i: usize| {
        let filler = "The weather was mild and the markets were calm. ".repeat(16);
        format!(
            "{{\"text\": \"Chilean police arrested {i} protesters in Santiago on Monday. {filler}\", \"date\": \"2025-06-04\"}}\n"
        )
    };
    // More than one batch (4 MB) of lines.
    let first: String = (1..=8000).map(line).collect();
    assert!(first.len() > 5 << 20);
    let mut child = Command::new(env!("CARGO_BIN_EXE_dragoman"))
        .args(["code", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("dragoman runs");
    let mut stdin = child.stdin.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let writer = std::thread::spawn(move || {
        stdin.write_all(first.as_bytes()).unwrap();
        stdin.flush().unwrap();
        // Hold the input open until the first record has been read.
        let seen = rx.recv_timeout(std::time::Duration::from_secs(300)).is_ok();
        stdin.write_all(line(8001).as_bytes()).unwrap();
        seen
    });
    // Read every record as it comes (a full pipe would stop dragoman), signalling the first.
    let out = BufReader::new(child.stdout.take().unwrap());
    let mut records = Vec::new();
    for l in out.lines() {
        let l = l.unwrap();
        if records.is_empty() {
            assert!(l.contains("\"cameo\""), "{l}");
            tx.send(()).unwrap();
        }
        records.push(l);
    }
    assert!(writer.join().unwrap(), "no record came out while the input was open");
    assert!(child.wait().unwrap().success());
    let rest = records;
    let last: serde_json::Value = serde_json::from_str(rest.last().unwrap()).unwrap();
    assert_eq!(last["doc"], "stdin:8001", "lines are numbered across batches");
}
