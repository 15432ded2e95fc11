//! Seed 000, "FastAPI streaming use case": yield a CSV header, then the rows
//! in chunks of `chunk_size`, one string per chunk, ready to be written as
//! pieces of a streaming response (`examples/http-server` serves this very
//! generator over HTTP).
//!
//! The CSV writer is hand-rolled and behaves like Python's `csv.DictWriter`
//! with its defaults: fields quoted only when needed, `\r\n` line ends.

use std::fmt::Write;

use genfn::generator;

/// One record: field names and values in order, like the seed's dicts.
pub type Row = Vec<(&'static str, String)>;

/// Yield CSV rows in chunks for a streaming response.
#[generator(yield = String)]
pub fn stream_csv_rows(rows: Vec<Row>, chunk_size: usize) {
    // Python: `fieldnames=rows[0].keys()`.
    let Some(first) = rows.first() else {
        return;
    };
    let fieldnames: Vec<&'static str> = first.iter().map(|(name, _)| *name).collect();
    let len = rows.len();

    // Yield the header.
    let mut header_buf = String::new();
    write_record(&mut header_buf, fieldnames.iter().copied());
    yield_!(header_buf);

    // Yield the data in chunks.
    for i in (0..len).step_by(chunk_size) {
        let mut buf = String::new();
        for row in &rows[i..len.min(i + chunk_size)] {
            write_record(&mut buf, fieldnames.iter().map(|&name| field(row, name)));
        }
        yield_!(buf);
    }
}

/// The value of `name` in `row`; a missing field is empty (`DictWriter`'s `restval`).
fn field<'r>(row: &'r Row, name: &str) -> &'r str {
    row.iter()
        .find(|(key, _)| *key == name)
        .map_or("", |(_, value)| value)
}

/// Appends one CSV record: fields containing a comma, a quote or a line break
/// are quoted, with quotes doubled.
fn write_record<'a>(buf: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (i, value) in fields.into_iter().enumerate() {
        if i > 0 {
            buf.push(',');
        }
        if value.contains([',', '"', '\r', '\n']) {
            write!(buf, "\"{}\"", value.replace('"', "\"\"")).unwrap();
        } else {
            buf.push_str(value);
        }
    }
    buf.push_str("\r\n");
}

/// Python's `get_all_users()`: `n` made-up users (the names cycle).
pub fn get_all_users(n: usize) -> Vec<Row> {
    const PEOPLE: [(&str, &str); 5] = [
        ("Ada Lovelace", "ada"),
        ("Hopper, Grace", "grace"),
        ("Edsger \"EWD\" Dijkstra", "edsger"),
        ("Barbara Liskov", "barbara"),
        ("Donald Knuth", "don"),
    ];
    (1..=n)
        .map(|id| {
            let (name, login) = PEOPLE[(id - 1) % PEOPLE.len()];
            vec![
                ("id", id.to_string()),
                ("name", name.to_string()),
                ("email", format!("{login}{id}@example.com")),
            ]
        })
        .collect()
}

pub fn run() -> String {
    let mut out = String::new();
    for (i, chunk) in stream_csv_rows(get_all_users(5), 2).enumerate() {
        writeln!(out, "chunk {i}: {chunk:?}").unwrap();
    }
    out
}

fn main() {
    print!("{}", run());
}
