//! A tiny HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose, one fault per request, and
//! counts the requests it received. Written for the fault tests: std::net and one thread per
//! connection; every answer closes its connection, so each attempt of the CLI is one connection.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the server does with one request.
#[derive(Clone, Debug)]
pub enum Fault {
    /// 200 with this JSON body.
    Ok(String),
    /// Read the whole request, then reset the connection (RST) without answering.
    Reset,
    /// 502 with an HTML page, as a proxy or load balancer sends it.
    Html502,
    /// 200 with an HTML page (a captive portal or a proxy's login page).
    Html200,
    /// 200, `Content-Length` larger than the body, part of the JSON, then close.
    Truncated,
    /// 200 with a complete body (framing is right) whose JSON stops in the middle.
    JsonCut,
    /// 200 with an empty body.
    Empty,
    /// 200, a JSON body of the right shape, but `Content-Type: text/plain`.
    WrongContentType(String),
    /// 200 with JSON that is not what any verb expects (an array).
    BadShape,
    /// Send these bytes as they are (not necessarily HTTP), then close.
    Raw(String),
    /// Read the request, send nothing for this long, then close.
    Stall(Duration),
    /// 200 headers and the start of the body, then nothing for this long, then close.
    StallBody(Duration),
    /// 429 with `Retry-After` set to this value and a Seam error body.
    RateLimited(&'static str),
    /// 500 with Seam's error body and a `seam-request-id` header.
    Seam500,
    /// 200 with a body this large, streamed; declared with `Content-Length` or chunked.
    Huge { bytes: usize, declare_length: bool },
}

pub const REQUEST_ID: &str = "req_fault_0123";

struct Shared {
    count: AtomicUsize,
    bodies: Mutex<Vec<String>>,
    plan: Box<dyn Fn(usize) -> Fault + Send + Sync>,
}

pub struct FaultServer {
    port: u16,
    shared: Arc<Shared>,
}

impl FaultServer {
    /// `plan(n)` says what to do with the n-th request (0-based).
    pub fn start(plan: impl Fn(usize) -> Fault + Send + Sync + 'static) -> FaultServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("local addr").port();
        let shared = Arc::new(Shared {
            count: AtomicUsize::new(0),
            bodies: Mutex::new(Vec::new()),
            plan: Box::new(plan),
        });
        let s = shared.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let s = s.clone();
                std::thread::spawn(move || serve(stream, &s));
            }
        });
        FaultServer { port, shared }
    }

    /// The same fault for every request.
    pub fn always(f: Fault) -> FaultServer {
        FaultServer::start(move |_| f.clone())
    }

    /// These faults in order; the last one repeats.
    pub fn sequence(faults: Vec<Fault>) -> FaultServer {
        assert!(!faults.is_empty());
        FaultServer::start(move |n| faults[n.min(faults.len() - 1)].clone())
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Complete requests received so far.
    pub fn requests(&self) -> usize {
        self.shared.count.load(Ordering::SeqCst)
    }

    /// The bodies of the requests received, in order.
    pub fn bodies(&self) -> Vec<String> {
        self.shared
            .bodies
            .lock()
            .map(|b| b.clone())
            .unwrap_or_default()
    }
}

/// Waits (peeking, not reading) until a whole request has arrived; returns its length and body.
fn peek_request(stream: &TcpStream) -> Option<(usize, String)> {
    let mut buf = vec![0u8; 1 << 20];
    for _ in 0..5000 {
        let n = stream.peek(&mut buf).ok()?;
        if n == 0 {
            return None;
        }
        let data = &buf[..n];
        if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&data[..end]).to_ascii_lowercase();
            let len = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            let total = end + 4 + len;
            if n >= total {
                let body = String::from_utf8_lossy(&data[end + 4..total]).into_owned();
                return Some((total, body));
            }
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    None
}

fn head(status: &str, content_type: &str, extra: &[(&str, String)]) -> String {
    let mut h =
        format!("HTTP/1.1 {status}\r\nConnection: close\r\nContent-Type: {content_type}\r\n");
    for (k, v) in extra {
        h.push_str(&format!("{k}: {v}\r\n"));
    }
    h
}

fn full(status: &str, content_type: &str, extra: &[(&str, String)], body: &str) -> Vec<u8> {
    let mut h = head(status, content_type, extra);
    h.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    h.push_str(body);
    h.into_bytes()
}

fn serve(mut stream: TcpStream, s: &Shared) {
    let Some((len, body)) = peek_request(&stream) else {
        return;
    };
    let n = s.count.fetch_add(1, Ordering::SeqCst);
    if let Ok(mut b) = s.bodies.lock() {
        b.push(body);
    }
    let fault = (s.plan)(n);
    if let Fault::Reset = fault {
        // Closing a socket with unread input makes the kernel send RST, not FIN.
        drop(stream);
        return;
    }
    let mut consumed = vec![0u8; len];
    if stream.read_exact(&mut consumed).is_err() {
        return;
    }
    let json = "application/json; charset=utf-8";
    let out = match fault {
        Fault::Reset => unreachable!(),
        Fault::Ok(body) => full("200 OK", json, &[], &body),
        Fault::Html502 => full(
            "502 Bad Gateway",
            "text/html",
            &[],
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
        ),
        Fault::Html200 => full(
            "200 OK",
            "text/html; charset=utf-8",
            &[],
            "<!DOCTYPE html><html><head><title>Hotel Wi-Fi login</title></head><body>Please sign in</body></html>",
        ),
        Fault::Truncated => {
            let part = r#"{"acs_credential":{"acs_credential_id":"6666"#;
            let mut h = head("200 OK", json, &[]);
            h.push_str("Content-Length: 4096\r\n\r\n");
            h.push_str(part);
            h.into_bytes()
        }
        Fault::JsonCut => full(
            "200 OK",
            json,
            &[],
            r#"{"acs_credential":{"acs_credential_id":"6666"#,
        ),
        Fault::Empty => full("200 OK", json, &[], ""),
        Fault::Raw(bytes) => bytes.into_bytes(),
        Fault::WrongContentType(body) => full("200 OK", "text/plain", &[], &body),
        Fault::BadShape => full("200 OK", json, &[], r#"["not", "an", "object"]"#),
        Fault::Stall(d) => {
            std::thread::sleep(d);
            return;
        }
        Fault::StallBody(d) => {
            let mut h = head("200 OK", json, &[]);
            h.push_str("Content-Length: 4096\r\n\r\n{\"acs_credential\":");
            let _ = stream.write_all(h.as_bytes());
            let _ = stream.flush();
            std::thread::sleep(d);
            return;
        }
        Fault::RateLimited(after) => full(
            "429 Too Many Requests",
            json,
            &[("Retry-After", after.to_string()), ("seam-request-id", REQUEST_ID.into())],
            r#"{"error":{"type":"rate_limited","message":"Too many requests, slow down"},"ok":false}"#,
        ),
        Fault::Seam500 => full(
            "500 Internal Server Error",
            json,
            &[("seam-request-id", REQUEST_ID.into())],
            r#"{"error":{"type":"internal_server_error","message":"Something broke on our side"},"ok":false}"#,
        ),
        Fault::Huge {
            bytes,
            declare_length,
        } => {
            huge(stream, bytes, declare_length);
            return;
        }
    };
    let _ = stream.write_all(&out);
    let _ = stream.flush();
}

/// Streams a large JSON-looking body until `bytes` are out or the client hangs up.
fn huge(mut stream: TcpStream, bytes: usize, declare_length: bool) {
    let mut h = head("200 OK", "application/json", &[]);
    if declare_length {
        h.push_str(&format!("Content-Length: {bytes}\r\n\r\n"));
    } else {
        h.push_str("Transfer-Encoding: chunked\r\n\r\n");
    }
    if stream.write_all(h.as_bytes()).is_err() {
        return;
    }
    let item =
        r#"{"acs_credential_id":"66666666-6666-6666-6666-666666666666","display_name":"filler"},"#;
    let mut block = String::from(r#"{"acs_credentials":["#);
    while block.len() < 64 * 1024 {
        block.push_str(item);
    }
    let block = block.into_bytes();
    let mut sent = 0usize;
    while sent < bytes {
        let n = block.len().min(bytes - sent);
        let ok = if declare_length {
            stream.write_all(&block[..n])
        } else {
            stream
                .write_all(format!("{n:x}\r\n").as_bytes())
                .and_then(|()| stream.write_all(&block[..n]))
                .and_then(|()| stream.write_all(b"\r\n"))
        };
        if ok.is_err() {
            return;
        }
        sent += n;
    }
    if !declare_length {
        let _ = stream.write_all(b"0\r\n\r\n");
    }
}
