//! A fast fake of the Seam credentials API, for `bench/run` only. Listens on 127.0.0.1 and prints
//! `listening on http://127.0.0.1:PORT` (or `https://`) on stdout.
//!
//! ```text
//! bench_server [PORT] [--tls CA_FILE] [--latency-ms N] [--rate R]
//! ```
//!
//! - `PORT`: 0 (the default) for any free port;
//! - `--tls CA_FILE`: serve HTTPS with a certificate for 127.0.0.1 signed by a certificate
//!   authority made for this run, whose PEM is written to CA_FILE (trust it with SSL_CERT_FILE);
//!   ALPN offers h2 and http/1.1, so clients that speak HTTP/2 get it;
//! - `--latency-ms N`: every answer waits N ms first (a distant server);
//! - `--rate R`: past R requests in a one-second window, answer 429 with `Retry-After` (seconds
//!   to the next window) and Seam's error body, as a rate-limited API does;
//! - `/bench/stats` (any method, not counted, not delayed): `{"requests":N,"rate_limited":M}`.
//!
//! - `/acs/credentials/list`: pages over `SEAM_BENCH_CREDENTIALS` (default 100,000) generated
//!   credentials; `limit` (default 500) and `page_cursor` (the offset) as the real API takes them;
//! - `/acs/credentials/create`, `/get`: answer one credential at once;
//! - `/acs/credentials/delete`: `{"ok": true}`.
//!
//! HTTP/1.1 with keep-alive (a hand-written parser: just enough for seam and curl), and HTTP/2
//! through the h2 crate when TLS negotiates it.

use serde_json::Value;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

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

/// Server-wide settings and counters.
struct State {
    total: u64,
    next_id: AtomicU64,
    latency: Duration,
    rate: Option<u64>,
    started: Instant,
    /// (window number, requests in it).
    window: Mutex<(u64, u64)>,
    requests: AtomicU64,
    rate_limited: AtomicU64,
}

impl State {
    /// Answers one request: status, extra headers, body.
    async fn answer(&self, path: &str, body: &[u8]) -> (u16, Option<String>, String) {
        if path == "/bench/stats" {
            let stats = format!(
                "{{\"requests\":{},\"rate_limited\":{}}}",
                self.requests.load(Ordering::Relaxed),
                self.rate_limited.load(Ordering::Relaxed)
            );
            return (200, None, stats);
        }
        self.requests.fetch_add(1, Ordering::Relaxed);
        let limited = self.rate.and_then(|rate| {
            let elapsed = self.started.elapsed();
            let window = elapsed.as_secs();
            let mut w = self.window.lock().unwrap_or_else(|e| e.into_inner());
            if w.0 != window {
                *w = (window, 0);
            }
            w.1 += 1;
            (w.1 > rate).then(|| {
                // Seconds to the next window, rounded up, as an integer (what APIs send).
                let left = Duration::from_secs(window + 1).saturating_sub(elapsed);
                left.as_secs_f64().ceil().max(1.0) as u64
            })
        });
        if !self.latency.is_zero() {
            tokio::time::sleep(self.latency).await;
        }
        if let Some(wait) = limited {
            self.rate_limited.fetch_add(1, Ordering::Relaxed);
            return (
                429,
                Some(format!("retry-after: {wait}\r\n")),
                "{\"error\":{\"type\":\"rate_limited\",\"message\":\"Too many requests\"},\"ok\":false}"
                    .into(),
            );
        }
        let (status, text) = reply(path, body, self.total, &self.next_id);
        (status, None, text)
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        429 => "Too Many Requests",
        _ => "Not Found",
    }
}

async fn serve_http1<S: AsyncRead + AsyncWrite + Unpin>(
    conn: S,
    state: Arc<State>,
) -> std::io::Result<()> {
    let (r, mut w) = tokio::io::split(conn);
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
        let (status, extra, text) = state.answer(&path, &body).await;
        let head = format!(
            "HTTP/1.1 {status} {}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: {}\r\nseam-request-id: bench\r\n{}\r\n",
            reason(status),
            text.len(),
            extra.unwrap_or_default()
        );
        w.write_all(head.as_bytes()).await?;
        w.write_all(text.as_bytes()).await?;
        w.flush().await?;
        if close {
            return Ok(());
        }
    }
}

async fn serve_h2<S: AsyncRead + AsyncWrite + Unpin>(conn: S, state: Arc<State>) {
    let Ok(mut conn) = h2::server::handshake(conn).await else {
        return;
    };
    while let Some(Ok((req, mut respond))) = conn.accept().await {
        let state = state.clone();
        tokio::spawn(async move {
            let path = req.uri().path().to_string();
            let mut body = req.into_body();
            let mut buf = Vec::new();
            while let Some(Ok(chunk)) = body.data().await {
                let _ = body.flow_control().release_capacity(chunk.len());
                if buf.len() < 16 << 20 {
                    buf.extend_from_slice(&chunk);
                }
            }
            let (status, extra, text) = state.answer(&path, &buf).await;
            let mut resp = http::Response::builder()
                .status(status)
                .header("content-type", "application/json; charset=utf-8")
                .header("seam-request-id", "bench");
            if let Some(wait) = extra
                .as_deref()
                .and_then(|e| e.strip_prefix("retry-after: "))
            {
                resp = resp.header("retry-after", wait.trim_end());
            }
            let Ok(resp) = resp.body(()) else { return };
            if let Ok(mut send) = respond.send_response(resp, false) {
                let _ = send.send_data(bytes::Bytes::from(text), true);
            }
        });
    }
}

/// A certificate authority for this run (its PEM written to `ca_file`) and a server
/// certificate for 127.0.0.1 and localhost signed by it.
fn tls_acceptor(ca_file: &str) -> Result<tokio_rustls::TlsAcceptor, Box<dyn std::error::Error>> {
    use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
    use tokio_rustls::rustls;
    let mut ca = CertificateParams::new(Vec::<String>::new())?;
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(DnType::CommonName, "seam bench CA (this run only)");
    ca.key_usages = vec![
        rcgen::KeyUsagePurpose::KeyCertSign,
        rcgen::KeyUsagePurpose::DigitalSignature,
    ];
    let ca = CertifiedIssuer::self_signed(ca, KeyPair::generate()?)?;
    std::fs::write(ca_file, ca.pem())?;
    let key = KeyPair::generate()?;
    let cert = CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()])?
        .signed_by(&key, &ca)?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(
            vec![cert.der().clone()],
            rustls::pki_types::PrivateKeyDer::Pkcs8(key.serialize_der().into()),
        )?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut port: u16 = 0;
    let mut tls: Option<String> = None;
    let mut latency = Duration::ZERO;
    let mut rate = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--tls" => tls = args.next(),
            "--latency-ms" => {
                latency =
                    Duration::from_millis(args.next().and_then(|v| v.parse().ok()).unwrap_or(0))
            }
            "--rate" => rate = args.next().and_then(|v| v.parse::<u64>().ok()),
            p => port = p.parse().map_err(|_| format!("bad argument {p}"))?,
        }
    }
    let total: u64 = std::env::var("SEAM_BENCH_CREDENTIALS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let acceptor = tls.as_deref().map(tls_acceptor).transpose()?;
    let state = Arc::new(State {
        total,
        next_id: AtomicU64::new(0),
        latency,
        rate,
        started: Instant::now(),
        window: Mutex::new((0, 0)),
        requests: AtomicU64::new(0),
        rate_limited: AtomicU64::new(0),
    });
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
            let scheme = if acceptor.is_some() { "https" } else { "http" };
            writeln!(out, "listening on {scheme}://{addr}")?;
            out.flush()?;
        }
        loop {
            let (conn, _) = listener.accept().await?;
            let _ = conn.set_nodelay(true);
            let state = state.clone();
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                match acceptor {
                    None => {
                        let _ = serve_http1(conn, state).await;
                    }
                    Some(acceptor) => {
                        let Ok(tls) = acceptor.accept(conn).await else {
                            return;
                        };
                        if tls.get_ref().1.alpn_protocol() == Some(b"h2") {
                            serve_h2(tls, state).await;
                        } else {
                            let _ = serve_http1(tls, state).await;
                        }
                    }
                }
            });
        }
    })
}
