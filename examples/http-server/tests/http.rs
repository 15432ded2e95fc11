//! Starts the server in-process on 127.0.0.1 (a free port), requests
//! `/export/csv` with a minimal HTTP/1.1 client and checks the chunked
//! response. Every network step is bounded in time, the read loop in count.

use std::net::SocketAddr;
use std::time::Duration;

use genfn_http_example::{CHUNK_SIZE, PAGE_SIZE, USERS, get_all_users, serve, stream_csv_rows};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::timeout;

/// The whole exchange must finish within this time.
const DEADLINE: Duration = Duration::from_secs(20);
/// At most this many reads from the socket (the response is about 50 KiB).
const MAX_READS: usize = 10_000;

/// Sends `GET path` and returns the raw response (headers and body), read
/// until the server closes the connection (`Connection: close`).
async fn get(addr: SocketAddr, path: &str) -> std::io::Result<Vec<u8>> {
    let mut stream = TcpStream::connect(addr).await?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await?;
    let mut response = Vec::new();
    let mut buf = [0u8; 8192];
    for _ in 0..MAX_READS {
        let n = stream.read(&mut buf).await?;
        if n == 0 {
            return Ok(response);
        }
        response.extend_from_slice(&buf[..n]);
    }
    panic!("the response did not end after {MAX_READS} reads");
}

/// Splits a raw response into its head (status line and headers) and body.
fn split_head(response: &[u8]) -> (String, &[u8]) {
    let end = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("no end of headers");
    let head = String::from_utf8(response[..end].to_vec()).expect("headers are not UTF-8");
    (head, &response[end + 4..])
}

/// Decodes a `Transfer-Encoding: chunked` body into its chunks.
fn dechunk(mut body: &[u8]) -> Vec<String> {
    let mut chunks = Vec::new();
    // Each round consumes at least the size line, so the body bounds the loop.
    loop {
        let line_end = body
            .windows(2)
            .position(|w| w == b"\r\n")
            .expect("chunk size line");
        let size_line = std::str::from_utf8(&body[..line_end]).unwrap();
        let size = usize::from_str_radix(size_line.split(';').next().unwrap().trim(), 16)
            .unwrap_or_else(|_| panic!("bad chunk size line {size_line:?}"));
        body = &body[line_end + 2..];
        if size == 0 {
            assert_eq!(body, b"\r\n", "no trailers expected after the last chunk");
            return chunks;
        }
        assert!(body.len() >= size + 2, "truncated chunk");
        chunks.push(String::from_utf8(body[..size].to_vec()).expect("chunk is not UTF-8"));
        assert_eq!(&body[size..size + 2], b"\r\n", "chunk not followed by CRLF");
        body = &body[size + 2..];
    }
}

/// The CSV the endpoint should send, written out without the generator.
fn expected_csv() -> String {
    let mut csv = String::from("id,name,email\r\n");
    let people = [
        ("Ada Lovelace", "ada"),
        ("\"Hopper, Grace\"", "grace"),
        ("\"Edsger \"\"EWD\"\" Dijkstra\"", "edsger"),
        ("Barbara Liskov", "barbara"),
        ("Donald Knuth", "don"),
    ];
    for id in 1..=USERS {
        let (name, login) = people[(id - 1) % people.len()];
        csv += &format!("{id},{name},{login}{id}@example.com\r\n");
    }
    csv
}

#[tokio::test]
async fn export_csv_is_streamed_in_chunks() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(serve(listener));

    let response = timeout(DEADLINE, get(addr, "/export/csv"))
        .await
        .expect("the request timed out")
        .expect("the request failed");
    server.abort();

    let (head, body) = split_head(&response);
    let mut lines = head.lines();
    assert_eq!(lines.next(), Some("HTTP/1.1 200 OK"), "{head}");
    let headers: Vec<(String, String)> = lines
        .map(|line| {
            let (name, value) = line.split_once(':').expect("header line");
            (name.trim().to_ascii_lowercase(), value.trim().to_string())
        })
        .collect();
    let header = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(header("transfer-encoding"), Some("chunked"), "{head}");
    assert_eq!(header("content-length"), None, "{head}");
    assert_eq!(header("content-type"), Some("text/csv; charset=utf-8"));
    assert_eq!(
        header("content-disposition"),
        Some("attachment; filename=\"users.csv\"")
    );

    let chunks = dechunk(body);
    // The header first, then the rows in chunks of CHUNK_SIZE: one HTTP chunk
    // per string the generator yielded.
    assert_eq!(chunks.len(), 1 + USERS.div_ceil(CHUNK_SIZE));
    assert_eq!(chunks[0], "id,name,email\r\n");
    let generated: Vec<String> = stream_csv_rows(get_all_users(USERS), CHUNK_SIZE).collect();
    assert_eq!(chunks, generated);
    assert_eq!(chunks.concat(), expected_csv());
}

#[tokio::test]
async fn export_csv_async_streams_one_chunk_per_page() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(serve(listener));
    let response = timeout(DEADLINE, get(addr, "/export/csv-async"))
        .await
        .expect("the request timed out")
        .expect("the request failed");
    server.abort();
    let (head, body) = split_head(&response);
    assert!(head.starts_with("HTTP/1.1 200 OK"), "{head}");
    assert!(
        head.to_ascii_lowercase()
            .contains("transfer-encoding: chunked"),
        "{head}"
    );
    let chunks = dechunk(body);
    // The header, then one chunk per page the data source served.
    assert_eq!(chunks.len(), 1 + USERS.div_ceil(PAGE_SIZE));
    assert_eq!(chunks[0], "id,name,email\r\n");
    assert_eq!(chunks.concat(), expected_csv());
}

#[tokio::test]
async fn unknown_path_is_404() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(serve(listener));
    let response = timeout(DEADLINE, get(addr, "/nope"))
        .await
        .expect("the request timed out")
        .expect("the request failed");
    server.abort();
    let (head, _) = split_head(&response);
    assert!(head.starts_with("HTTP/1.1 404 Not Found"), "{head}");
}
