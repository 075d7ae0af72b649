//! The connection as hyper sees it, with one change on the way out: the error responses
//! hyper writes itself, before any request reaches the router (400 for a request line it
//! cannot parse, 414 for a URI over 64 KB, 431 for a head over its buffer), leave with
//! the documented JSON body like every other error.
//!
//! *Invariant:* only a whole response head with an error status, `content-length: 0` and
//! no `content-type` is rewritten. The router never sends one (the `finish` middleware
//! gives every error its JSON body and type), so responses from the router pass byte for
//! byte.

use std::io;
use std::pin::Pin;
use std::task::{ready, Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// Wraps a connection; see the module's notes.
pub struct JsonErrors<S> {
    inner: S,
    /// The content policy every response carries.
    csp: &'static str,
    /// A rewritten response still to be written, and how much of it is.
    pending: Vec<u8>,
    written: usize,
}

impl<S> JsonErrors<S> {
    pub fn new(inner: S, csp: &'static str) -> Self {
        JsonErrors {
            inner,
            csp,
            pending: Vec::new(),
            written: 0,
        }
    }
}

/// The longest head `rewrite` looks at.
const MAX_HEAD: usize = 1024;

/// The JSON response that replaces a bodiless error head written by hyper, if `buf` is one.
pub fn rewrite(buf: &[u8], csp: &str) -> Option<Vec<u8>> {
    // Every response passes here: reject bodies and large writes by their ends before
    // reading anything (hyper's own error heads are a few hundred bytes).
    if buf.len() > MAX_HEAD || !buf.starts_with(b"HTTP/1.") || !buf.ends_with(b"\r\n\r\n") {
        return None;
    }
    let head = std::str::from_utf8(buf).ok()?;
    let mut lines = head.trim_end().split("\r\n");
    let status_line = lines.next()?;
    let mut parts = status_line.splitn(3, ' ');
    let version = parts.next()?;
    let status: u16 = parts.next()?.parse().ok()?;
    if !version.starts_with("HTTP/1.") || !(400..600).contains(&status) {
        return None;
    }
    let mut empty = false;
    for line in lines {
        let (name, value) = line.split_once(':')?;
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => return None,
            "content-length" => empty = value.trim() == "0",
            _ => {}
        }
    }
    if !empty {
        return None;
    }
    let message = match status {
        400 => "the request could not be parsed as HTTP/1.1".to_string(),
        414 => "the URL is longer than the server accepts".to_string(),
        431 => "the request's headers are larger than the server accepts".to_string(),
        _ => http_reason(status).to_lowercase(),
    };
    let body = serde_json::json!({"error": {"status": status, "message": message}}).to_string();
    let response = format!(
        "HTTP/1.1 {status} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
         x-content-type-options: nosniff\r\ncontent-security-policy: {}\r\nconnection: close\r\n\r\n{body}",
        http_reason(status),
        body.len(),
        csp,
    );
    Some(response.into_bytes())
}

fn http_reason(status: u16) -> &'static str {
    axum::http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Error")
}

impl<S: AsyncWrite + Unpin> JsonErrors<S> {
    /// Writes what remains of a rewritten response.
    fn drain(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while self.written < self.pending.len() {
            let n = ready!(Pin::new(&mut self.inner).poll_write(cx, &self.pending[self.written..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            self.written += n;
        }
        self.pending.clear();
        self.written = 0;
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for JsonErrors<S> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for JsonErrors<S> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        ready!(self.drain(cx))?;
        if let Some(response) = rewrite(buf, self.csp) {
            // Hyper's bytes count as written; ours go out instead, now or on the next call.
            self.pending = response;
            self.written = 0;
            let _ = self.drain(cx)?;
            return Poll::Ready(Ok(buf.len()));
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.drain(cx))?;
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.drain(cx))?;
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    // Not vectored: hyper then hands over each response head in one contiguous buffer,
    // which is what `rewrite` inspects.
    fn is_write_vectored(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::rewrite;

    #[test]
    fn bodiless_errors_from_hyper_get_the_json_body() {
        let head = b"HTTP/1.1 431 Request Header Fields Too Large\r\nconnection: close\r\ncontent-length: 0\r\ndate: Wed, 02 Dec 2026 10:00:00 GMT\r\n\r\n";
        let out = String::from_utf8(rewrite(head, "default-src 'none'").expect("rewritten")).unwrap();
        assert!(out.starts_with("HTTP/1.1 431 Request Header Fields Too Large\r\n"));
        assert!(out.contains("content-type: application/json\r\n"));
        let body = out.split("\r\n\r\n").nth(1).unwrap();
        let v: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(v["error"]["status"], 431);
        let len: usize = out
            .lines()
            .find_map(|l| l.strip_prefix("content-length: "))
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(len, body.len());
    }

    #[test]
    fn router_responses_pass_untouched() {
        // JSON errors, successes, bodies, partial heads and anything longer than a head
        // are not rewritten.
        let long = format!(
            "HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nx-pad: {}\r\n\r\n",
            "p".repeat(2000)
        );
        for buf in [
            long.as_bytes(),
            &b"HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: 0\r\n\r\n"[..],
            b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n",
            b"HTTP/1.1 204 No Content\r\n\r\n",
            b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\n",
            b"{\"events\": []}",
            b"HTTP/1.1 500 Internal Server Error\r\ncontent-length: 12\r\n\r\n",
        ] {
            assert!(
                rewrite(buf, "default-src 'none'").is_none(),
                "{}",
                String::from_utf8_lossy(buf)
            );
        }
    }
}
