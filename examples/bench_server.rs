//! A fast fake of the Seam credentials API, for `bench/run` only. Listens on 127.0.0.1 (port from
//! the first argument, 0 = any) and prints `listening on http://127.0.0.1:PORT` on stdout.
//!
//! - `/acs/credentials/list`: pages over `SEAM_BENCH_CREDENTIALS` (default 100,000) generated
//!   credentials; `limit` (default 500) and `page_cursor` (the offset) as the real API takes them;
//! - `/acs/credentials/create`, `/get`: answer one credential at once;
//! - `/acs/credentials/delete`: `{"ok": true}`.
//!
//! HTTP/1.1 with keep-alive, a hand-written parser: just enough for seam and curl.

use serde_json::Value;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

fn uuid(n: u64) -> String {
    format!("6c3c1b7e-0000-4000-8000-{n:012}")
}

fn credential(out: &mut String, n: u64) {
    let _ = write!(
        out,
        concat!(
            "{{\"acs_credential_id\":\"{id}\",\"connected_account_id\":\"{ca}\",",
            "\"acs_system_id\":\"{sys}\",\"acs_user_id\":\"{user}\",\"display_name\":\"Guest {n}\",",
            "\"access_method\":\"code\",\"code\":\"{code}\",\"is_issued\":true,",
            "\"starts_at\":\"2024-03-01T10:40:00.000Z\",\"ends_at\":\"2024-03-04T10:40:00.000Z\",",
            "\"created_at\":\"2024-02-28T08:00:00.000Z\",\"workspace_id\":\"{ws}\",",
            "\"errors\":[],\"warnings\":[],\"is_managed\":true}}"
        ),
        id = uuid(n),
        ca = uuid(900_000_000),
        sys = uuid(900_000_001),
        user = uuid(1_000_000 + n % 5000),
        n = n,
        code = 100_000 + n % 900_000,
        ws = uuid(900_000_002),
    );
}

fn reply(path: &str, body: &[u8], total: u64, next_id: &AtomicU64) -> (u16, String) {
    let req: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let mut out = String::new();
    match path {
        "/acs/credentials/list" => {
            let limit = req
                .get("limit")
                .and_then(Value::as_u64)
                .unwrap_or(500)
                .clamp(1, 10_000);
            let start = req
                .get("page_cursor")
                .and_then(Value::as_str)
                .and_then(|c| c.parse::<u64>().ok())
                .unwrap_or(0)
                .min(total);
            let end = (start + limit).min(total);
            out.push_str("{\"acs_credentials\":[");
            for n in start..end {
                if n > start {
                    out.push(',');
                }
                credential(&mut out, n);
            }
            let more = end < total;
            let cursor = if more {
                format!("\"{end}\"")
            } else {
                "null".into()
            };
            let _ = write!(
                out,
                "],\"pagination\":{{\"has_next_page\":{more},\"next_page_cursor\":{cursor},\"next_page_url\":null}},\"ok\":true}}"
            );
            (200, out)
        }
        "/acs/credentials/create" | "/acs/credentials/get" => {
            let n = next_id.fetch_add(1, Ordering::Relaxed);
            out.push_str("{\"acs_credential\":");
            credential(&mut out, n);
            out.push_str(",\"ok\":true}");
            (200, out)
        }
        "/acs/credentials/delete" => (200, "{\"ok\":true}".into()),
        _ => (
            404,
            "{\"error\":{\"type\":\"not_found\",\"message\":\"no such route\"},\"ok\":false}"
                .into(),
        ),
    }
}

async fn serve(conn: TcpStream, total: u64, next_id: Arc<AtomicU64>) -> std::io::Result<()> {
    let _ = conn.set_nodelay(true);
    let (r, mut w) = conn.into_split();
    let mut r = BufReader::new(r);
    let mut line = String::new();
    loop {
        line.clear();
        if r.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let path = line
            .split_whitespace()
            .nth(1)
            .unwrap_or("")
            .split('?')
            .next()
            .unwrap_or("")
            .to_string();
        let mut len = 0usize;
        let mut close = false;
        loop {
            line.clear();
            if r.read_line(&mut line).await? == 0 {
                return Ok(());
            }
            let h = line.trim_end();
            if h.is_empty() {
                break;
            }
            if let Some((k, v)) = h.split_once(':') {
                if k.eq_ignore_ascii_case("content-length") {
                    len = v.trim().parse().unwrap_or(0);
                } else if k.eq_ignore_ascii_case("connection") && v.trim() == "close" {
                    close = true;
                }
            }
        }
        let mut body = vec![0u8; len.min(16 << 20)];
        r.read_exact(&mut body).await?;
        let (status, text) = reply(&path, &body, total, &next_id);
        let head = format!(
            "HTTP/1.1 {status} {}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: {}\r\nseam-request-id: bench\r\n\r\n",
            if status == 200 { "OK" } else { "Not Found" },
            text.len()
        );
        w.write_all(head.as_bytes()).await?;
        w.write_all(text.as_bytes()).await?;
        if close {
            return Ok(());
        }
    }
}

fn main() -> std::io::Result<()> {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    let total: u64 = std::env::var("SEAM_BENCH_CREDENTIALS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = TcpListener::bind(("127.0.0.1", port)).await?;
        let addr = listener.local_addr()?;
        {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            writeln!(out, "listening on http://{addr}")?;
            out.flush()?;
        }
        let next_id = Arc::new(AtomicU64::new(0));
        loop {
            let (conn, _) = listener.accept().await?;
            let next_id = next_id.clone();
            tokio::spawn(async move {
                let _ = serve(conn, total, next_id).await;
            });
        }
    })
}
