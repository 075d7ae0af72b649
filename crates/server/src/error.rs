//! API errors: a status and a message, as `{"error": {"status", "message"}}`, with the
//! headers some statuses need (`Retry-After` on 503, `WWW-Authenticate` on 401).

use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
    headers: Vec<(HeaderName, HeaderValue)>,
}

impl ApiError {
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::status(StatusCode::BAD_REQUEST, message)
    }

    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::status(StatusCode::NOT_FOUND, message)
    }

    pub fn status(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            headers: Vec::new(),
        }
    }

    /// An internal failure: logged on the server, a plain message to the client.
    pub fn internal(detail: impl std::fmt::Display) -> ApiError {
        eprintln!("dragoman serve: internal error: {detail}");
        ApiError::status(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal error (see the server's log)",
        )
    }

    /// Tells the client when to try again.
    pub fn retry_after(mut self, seconds: u32) -> ApiError {
        self.headers.push((header::RETRY_AFTER, HeaderValue::from(seconds)));
        self
    }

    /// Names the authentication scheme a 401 asks for.
    pub fn bearer_challenge(mut self) -> ApiError {
        self.headers.push((
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer realm=\"dragoman\""),
        ));
        self
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({"error": {"status": self.status.as_u16(), "message": self.message}});
        let mut r = (self.status, Json(body)).into_response();
        for (k, v) in self.headers {
            r.headers_mut().insert(k, v);
        }
        r
    }
}

impl From<dragoman_store::StoreError> for ApiError {
    fn from(e: dragoman_store::StoreError) -> ApiError {
        ApiError::internal(e)
    }
}
