//! `read_any` on arbitrary bytes: valid inputs of every format cut at every length, with
//! bytes flipped, and noise. It may refuse, never panic.

use dragoman_text::formats::read_any;

const SAMPLES: &[(&str, &str)] = &[
    ("a.txt", "Russian troops attacked Ukrainian positions near Kharkiv on Monday."),
    ("a.jsonl", "{\"id\":\"1\",\"text\":\"Japan praised Korea.\",\"date\":\"2025-03-01\"}\n{\"id\":2,\"text\":null}\n"),
    ("a.json", "[{\"id\":\"1\",\"text\":\"Japan praised Korea.\"}]"),
    ("a.csv", "id,text,date\n1,\"Japan praised Korea, again.\",2025-03-01\n"),
    ("a.html", "<html><head><meta charset=\"windows-1251\"><title>T</title></head><body><article><p>Egypt criticised Israel on Friday.</p></article></body></html>"),
    ("a.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title><item><title>E</title><guid>g</guid><pubDate>Fri, 14 Mar 2025 09:00:00 +0000</pubDate><description>Egypt criticised Israel.</description></item></channel></rss>"),
    ("a.atom", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>W</title><entry><title>E</title><id>x</id><updated>2025-03-14T09:00:00Z</updated><content>Egypt criticised Israel.</content></entry></feed>"),
    ("a.warc", "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/a\r\nWARC-Date: 2025-03-14T09:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 120\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Egypt criticised Israel on Friday in Cairo.</p></body></html>\r\n\r\n"),
];

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }
}

fn read(name: &str, bytes: &[u8]) {
    let _ = read_any(
        name,
        bytes,
        &dragoman_text::formats::ReadOptions::new(None).max_bytes(1 << 20),
    );
}

#[test]
fn every_prefix_of_every_format_is_read_or_refused() {
    for (name, text) in SAMPLES {
        let bytes = text.as_bytes();
        for cut in 0..=bytes.len() {
            read(name, &bytes[..cut]);
            read("unnamed", &bytes[..cut]);
        }
    }
}

#[test]
fn flipped_bytes_and_noise_are_read_or_refused() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for round in 0..4_000 {
        let (name, text) = SAMPLES[round % SAMPLES.len()];
        let mut bytes = text.as_bytes().to_vec();
        for _ in 0..1 + rng.below(6) {
            let i = rng.below(bytes.len());
            bytes[i] = rng.below(256) as u8;
        }
        read(name, &bytes);
        let noise: Vec<u8> = (0..rng.below(400)).map(|_| rng.below(256) as u8).collect();
        read(name, &noise);
        // A gzip header followed by noise.
        let mut gz = vec![0x1f, 0x8b, 0x08, 0x00];
        gz.extend(&noise);
        read("a.gz", &gz);
    }
}
