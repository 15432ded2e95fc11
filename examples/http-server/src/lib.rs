//! The seed's FastAPI endpoint in axum: `GET /export/csv` streams the chunks
//! of the `stream_csv_rows` generator (`examples/stream_csv_rows.rs`) as a
//! chunked HTTP response, one HTTP chunk per yielded string.
//! `GET /export/csv-async` does the same from an async generator that awaits
//! each page of rows from a data source (as a database cursor would serve
//! them) and delegates the formatting of each page to the sync generator.

use std::convert::Infallible;

use axum::Router;
use axum::body::Body;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::IntoResponse;
use axum::routing::get;
use genfn::generator;
use tokio::net::TcpListener;

#[allow(dead_code)] // the example's own `run` and `main`
#[path = "../../stream_csv_rows.rs"]
mod stream_csv_rows;

pub use stream_csv_rows::{Row, get_all_users, stream_csv_rows};

/// How many users the endpoint exports.
pub const USERS: usize = 1000;
/// How many rows go into one chunk (the seed's default).
pub const CHUNK_SIZE: usize = 100;
/// How many rows the data source serves per page (`/export/csv-async`).
pub const PAGE_SIZE: usize = 250;

/// The application: `GET /export/csv` and `GET /export/csv-async`.
pub fn app() -> Router {
    Router::new()
        .route("/export/csv", get(export_csv))
        .route("/export/csv-async", get(export_csv_async))
}

/// The data source: the users from `offset`, at most `limit` of them, after
/// a round trip (a database query would await the network here).
pub async fn fetch_page(offset: usize, limit: usize) -> Vec<Row> {
    tokio::task::yield_now().await;
    let end = USERS.min(offset + limit);
    get_all_users(end).split_off(offset.min(end))
}

/// The CSV of all users, one chunk per page: the header first, then each
/// page as it arrives.
#[generator(yield = String)]
pub async fn export_pages(page_size: usize) {
    let mut offset = 0;
    loop {
        let page = fetch_page(offset, page_size).await;
        if page.is_empty() {
            break;
        }
        offset += page.len();
        // The sync generator formats the page: its header, then one chunk.
        let mut chunks = stream_csv_rows(page, page_size);
        let header = chunks.next();
        if offset <= page_size
            && let Some(header) = header
        {
            yield_!(header);
        }
        yield_from!(chunks);
    }
}

/// Serves [`app`] on `listener` until the process ends.
pub async fn serve(listener: TcpListener) -> std::io::Result<()> {
    axum::serve(listener, app()).await
}

async fn export_csv_async() -> impl IntoResponse {
    // A `Stream` of chunks, polled by hyper with the connection's waker.
    let chunks = futures_util::StreamExt::map(export_pages(PAGE_SIZE), Ok::<_, Infallible>);
    (
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8"),
            (CONTENT_DISPOSITION, "attachment; filename=\"users.csv\""),
        ],
        Body::from_stream(chunks),
    )
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
