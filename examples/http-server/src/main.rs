//! `cargo run -p genfn-http-example [PORT]`, then
//! `curl -i http://127.0.0.1:3000/export/csv`.
//!
//! Listens on 127.0.0.1, port 3000 unless a port is given as the first
//! argument or in the `PORT` environment variable.

use std::error::Error;

use tokio::net::TcpListener;

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let port = match std::env::args()
        .nth(1)
        .or_else(|| std::env::var("PORT").ok())
    {
        Some(port) => port
            .parse::<u16>()
            .map_err(|e| format!("invalid port {port:?}: {e}"))?,
        None => 3000,
    };
    let listener = TcpListener::bind(("127.0.0.1", port)).await?;
    println!("serving http://{}/export/csv", listener.local_addr()?);
    genfn_http_example::serve(listener).await?;
    Ok(())
}
