//! Decoding HTML and feeds whatever their charset: a byte-order mark, the HTTP header,
//! `<meta charset>`, else a statistical guess (chardetng).

use encoding_rs::Encoding;

/// Decodes `bytes`; `declared` is a charset from HTTP headers, if any. Returns the text
/// and the encoding used.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> (String, &'static Encoding) {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        return (text.into_owned(), enc);
    }
    let enc = declared
        .and_then(|d| Encoding::for_label(d.trim().as_bytes()))
        .or_else(|| meta_charset(bytes))
        .unwrap_or_else(|| {
            if std::str::from_utf8(bytes).is_ok() {
                return encoding_rs::UTF_8;
            }
            let mut det = chardetng::EncodingDetector::new();
            det.feed(bytes, true);
            det.guess(None, true)
        });
    let (text, _, _) = enc.decode(bytes);
    (text.into_owned(), enc)
}

/// `<meta charset="...">` or `<meta http-equiv="Content-Type" content="...; charset=...">`
/// in the first 4 KiB; `encoding="..."` of an XML declaration.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    for key in ["charset=", "encoding="] {
        let mut rest = head.as_str();
        while let Some(p) = rest.find(key) {
            let v = rest[p + key.len()..].trim_start_matches(['"', '\'', ' ']);
            let end = v
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(v.len());
            if let Some(enc) = Encoding::for_label(&v.as_bytes()[..end]) {
                // A page that says UTF-16 in ASCII is not UTF-16.
                return Some(if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                    encoding_rs::UTF_8
                } else {
                    enc
                });
            }
            rest = &rest[p + key.len()..];
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1251_page_is_read_right() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251
            .encode("<html><head><meta charset=\"windows-1251\"></head><body><p>Москва заявила</p></body></html>");
        let (text, enc) = decode(&bytes, None);
        assert_eq!(enc, encoding_rs::WINDOWS_1251);
        assert!(text.contains("Москва заявила"));
        // Undeclared: the detector still finds it.
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("<html><body><p>Министр иностранных дел России Сергей Лавров заявил в среду, что переговоры в Стамбуле прошли конструктивно.</p></body></html>");
        let (text, _) = decode(&bytes, None);
        assert!(text.contains("Лавров"), "{text}");
        let (text, enc) = decode("café".as_bytes(), None);
        assert_eq!((text.as_str(), enc), ("café", encoding_rs::UTF_8));
    }
}
