//! The seed's FastAPI endpoint in axum: `GET /export/csv` streams the chunks
//! of the `stream_csv_rows` generator (`examples/stream_csv_rows.rs`) as a
//! chunked HTTP response, one HTTP chunk per yielded string.

use std::convert::Infallible;

use axum::Router;
use axum::body::Body;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::IntoResponse;
use axum::routing::get;
use tokio::net::TcpListener;

#[allow(dead_code)] // the example's own `run` and `main`
#[path = "../../stream_csv_rows.rs"]
mod stream_csv_rows;

pub use stream_csv_rows::{Row, get_all_users, stream_csv_rows};

/// How many users the endpoint exports.
pub const USERS: usize = 1000;
/// How many rows go into one chunk (the seed's default).
pub const CHUNK_SIZE: usize = 100;

/// The application: one route, `GET /export/csv`.
pub fn app() -> Router {
    Router::new().route("/export/csv", get(export_csv))
}

/// Serves [`app`] on `listener` until the process ends.
pub async fn serve(listener: TcpListener) -> std::io::Result<()> {
    axum::serve(listener, app()).await
}

async fn export_csv() -> impl IntoResponse {
    let rows = get_all_users(USERS); // a large list from the database
    // The generator is a plain (sync) Iterator: each chunk is produced only
    // when hyper asks the body for its next frame.
    let chunks = stream_csv_rows(rows, CHUNK_SIZE).map(Ok::<_, Infallible>);
    let body = Body::from_stream(futures_util::stream::iter(chunks));
    (
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8"),
            (CONTENT_DISPOSITION, "attachment; filename=\"users.csv\""),
        ],
        body,
    )
}
