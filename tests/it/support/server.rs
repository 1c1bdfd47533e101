//! The one local test server: HTTP/1.1 on 127.0.0.1, std::net and one thread per connection.
//!
//! Each request is recorded (method, path, headers, body) and answered by a plan closure that
//! sees the request and its place in the run, so one server covers every kind of test:
//! - fixed JSON routes by path: [`TestServer::routes`];
//! - the same answer every time, or answers in order: [`TestServer::always`],
//!   [`TestServer::sequence`];
//! - anything else (pagers, per-record outcomes, slow workers): [`TestServer::start`].
//!
//! Besides well-formed answers a [`Reply`] can be a fault on purpose (reset, HTML, truncated
//! or stalled bodies, rate limits, huge bodies, raw bytes). [`Reply::Json`] keeps the
//! connection open like a real API; every other reply closes it, so each attempt of the CLI
//! after a fault is a new connection.
//!
//! Every request that carries an `Authorization` header must carry the test key
//! ([`super::KEY`]); any other is answered 401 `test_server_wrong_key`, so a request sent with the
//! wrong credentials cannot pass for a good one.

use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One request as the server received it.
#[derive(Clone, Debug)]
pub struct Request {
    /// Place among all requests to this server (0-based).
    pub index: usize,
    /// Place among the requests to this path, this one included (1-based).
    pub nth: usize,
    pub method: String,
    pub path: String,
    /// Header names and values as sent (values trimmed).
    pub headers: Vec<(String, String)>,
    /// The body as text (lossy UTF-8).
    pub body: String,
    /// The body as JSON; `Null` when it is empty or not JSON.
    pub json: Value,
}

impl Request {
    /// The value of header `name` (any case), if sent.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What the server does with one request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// This status, these extra headers, this JSON text; the connection stays open.
    Json(u16, Vec<(&'static str, String)>, String),
    /// 200 with this JSON text, then close.
    Ok(String),
    /// Read the whole request, then close the connection (FIN) without answering.
    Drop,
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

/// The `seam-request-id` of [`Reply::RateLimited`] and [`Reply::Seam500`].
pub const REQUEST_ID: &str = "req_fault_0123";

/// 200 with `body` plus `"ok": true`, keeping the connection open.
pub fn ok(body: Value) -> Reply {
    let mut b = body;
    b["ok"] = json!(true);
    Reply::Json(200, vec![], b.to_string())
}

/// `status` with Seam's error body and a `seam-request-id` of `req_<status>`.
pub fn api_err(status: u16, ty: &str, msg: &str) -> Reply {
    Reply::Json(
        status,
        vec![("seam-request-id", format!("req_{status}"))],
        json!({"error": {"type": ty, "message": msg}, "ok": false}).to_string(),
    )
}

type Plan = dyn Fn(&Request) -> Reply + Send + Sync;

struct Shared {
    requests: Mutex<Vec<Request>>,
    plan: Box<Plan>,
}

pub struct TestServer {
    port: u16,
    shared: Arc<Shared>,
}

impl TestServer {
    /// `plan(request)` says what to do with each request.
    pub fn start(plan: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("local addr").port();
        let shared = Arc::new(Shared {
            requests: Mutex::new(Vec::new()),
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
        TestServer { port, shared }
    }

    /// The same reply to every request.
    pub fn always(r: Reply) -> TestServer {
        TestServer::start(move |_| r.clone())
    }

    /// These replies in order; the last one repeats.
    pub fn sequence(replies: Vec<Reply>) -> TestServer {
        assert!(!replies.is_empty());
        TestServer::start(move |r| replies[r.index.min(replies.len() - 1)].clone())
    }

    /// For a `POST` to each `(path, body)`: 200 with `body` plus `"ok": true`. Any other path
    /// is answered 404, any other method 405.
    pub fn routes(routes: Vec<(&str, Value)>) -> TestServer {
        let routes: Vec<(String, Value)> = routes
            .into_iter()
            .map(|(p, b)| (p.to_string(), b))
            .collect();
        TestServer::start(move |r| match routes.iter().find(|(p, _)| *p == r.path) {
            None => api_err(404, "not_found", "No such route on the test server"),
            Some(_) if r.method != "POST" => {
                api_err(405, "method_not_allowed", "The test server expects POST")
            }
            Some((_, b)) => ok(b.clone()),
        })
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<Request> {
        self.shared
            .requests
            .lock()
            .map(|r| r.clone())
            .unwrap_or_default()
    }

    /// Complete requests received so far.
    pub fn count(&self) -> usize {
        self.requests().len()
    }

    /// Requests received so far for `path`.
    pub fn count_path(&self, path: &str) -> usize {
        self.requests().iter().filter(|r| r.path == path).count()
    }

    /// The bodies of all requests received, in order, as text.
    pub fn bodies(&self) -> Vec<String> {
        self.requests().into_iter().map(|r| r.body).collect()
    }

    /// The bodies of the requests for `path`, in order, as JSON.
    pub fn json_bodies(&self, path: &str) -> Vec<Value> {
        self.requests()
            .into_iter()
            .filter(|r| r.path == path)
            .map(|r| r.json)
            .collect()
    }
}

/// An endpoint on 127.0.0.1 where nothing listens (a port just bound and closed again).
pub fn closed_endpoint() -> String {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let port = l.local_addr().expect("local addr").port();
    format!("http://127.0.0.1:{port}")
}

/// The head of a request: method, path, headers, and where the body starts and ends.
struct Head {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body_at: usize,
    total: usize,
}

fn parse_head(data: &[u8], end: usize) -> Head {
    let text = String::from_utf8_lossy(&data[..end]);
    let mut lines = text.split("\r\n");
    let first = lines.next().unwrap_or("");
    let mut words = first.split_whitespace();
    let method = words.next().unwrap_or("").to_string();
    let path = words.next().unwrap_or("").to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let len = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    Head {
        method,
        path,
        headers,
        body_at: end + 4,
        total: end + 4 + len,
    }
}

/// Waits (peeking, not reading) until a whole request has arrived, so that a [`Reply::Reset`]
/// can still close the socket with unread input. `None` when the client hung up.
fn peek_request(stream: &TcpStream) -> Option<(Head, String)> {
    let mut buf = vec![0u8; 64 * 1024];
    for _ in 0..5000 {
        let n = stream.peek(&mut buf).ok()?;
        if n == 0 {
            return None;
        }
        let data = &buf[..n];
        if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = parse_head(data, end);
            if n >= head.total {
                let body = String::from_utf8_lossy(&data[head.body_at..head.total]).into_owned();
                return Some((head, body));
            }
            if buf.len() < head.total {
                buf.resize(head.total, 0);
                continue;
            }
        } else if n == buf.len() {
            buf.resize(buf.len() * 2, 0);
            continue;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    None
}

/// Reads, records and answers requests on one connection until a reply closes it.
fn serve(mut stream: TcpStream, s: &Shared) {
    loop {
        let Some((head, body)) = peek_request(&stream) else {
            return;
        };
        let req = {
            let Ok(mut all) = s.requests.lock() else {
                return;
            };
            let nth = 1 + all.iter().filter(|r| r.path == head.path).count();
            let req = Request {
                index: all.len(),
                nth,
                method: head.method,
                path: head.path,
                headers: head.headers,
                json: serde_json::from_str(&body).unwrap_or(Value::Null),
                body,
            };
            all.push(req.clone());
            req
        };
        let reply = match req.header("authorization") {
            Some(v) if v != format!("Bearer {}", super::KEY) => api_err(
                401,
                "test_server_wrong_key",
                "The test server expected the test key",
            ),
            _ => (s.plan)(&req),
        };
        if let Reply::Reset = reply {
            // Closing a socket with unread input makes the kernel send RST, not FIN.
            drop(stream);
            return;
        }
        let mut consumed = vec![0u8; head.total];
        if stream.read_exact(&mut consumed).is_err() {
            return;
        }
        if !answer(&mut stream, reply) {
            return;
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    }
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

/// Sends `reply`; true when the connection stays open for another request.
fn answer(stream: &mut TcpStream, reply: Reply) -> bool {
    let json = "application/json; charset=utf-8";
    let out = match reply {
        Reply::Json(status, headers, text) => {
            let mut out = format!(
                "HTTP/1.1 {status} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n",
                reason(status),
                text.len()
            );
            for (k, v) in headers {
                out.push_str(&format!("{k}: {v}\r\n"));
            }
            out.push_str("\r\n");
            out.push_str(&text);
            return stream.write_all(out.as_bytes()).is_ok();
        }
        Reply::Drop => {
            let _ = stream.shutdown(std::net::Shutdown::Both);
            return false;
        }
        Reply::Reset => return false,
        Reply::Ok(body) => full("200 OK", json, &[], &body),
        Reply::Html502 => full(
            "502 Bad Gateway",
            "text/html",
            &[],
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
        ),
        Reply::Html200 => full(
            "200 OK",
            "text/html; charset=utf-8",
            &[],
            "<!DOCTYPE html><html><head><title>Hotel Wi-Fi login</title></head><body>Please sign in</body></html>",
        ),
        Reply::Truncated => {
            let part = r#"{"acs_credential":{"acs_credential_id":"6666"#;
            let mut h = head("200 OK", json, &[]);
            h.push_str("Content-Length: 4096\r\n\r\n");
            h.push_str(part);
            h.into_bytes()
        }
        Reply::JsonCut => full(
            "200 OK",
            json,
            &[],
            r#"{"acs_credential":{"acs_credential_id":"6666"#,
        ),
        Reply::Empty => full("200 OK", json, &[], ""),
        Reply::Raw(bytes) => bytes.into_bytes(),
        Reply::WrongContentType(body) => full("200 OK", "text/plain", &[], &body),
        Reply::BadShape => full("200 OK", json, &[], r#"["not", "an", "object"]"#),
        Reply::Stall(d) => {
            std::thread::sleep(d);
            return false;
        }
        Reply::StallBody(d) => {
            let mut h = head("200 OK", json, &[]);
            h.push_str("Content-Length: 4096\r\n\r\n{\"acs_credential\":");
            let _ = stream.write_all(h.as_bytes());
            let _ = stream.flush();
            std::thread::sleep(d);
            return false;
        }
        Reply::RateLimited(after) => full(
            "429 Too Many Requests",
            json,
            &[("Retry-After", after.to_string()), ("seam-request-id", REQUEST_ID.into())],
            r#"{"error":{"type":"rate_limited","message":"Too many requests, slow down"},"ok":false}"#,
        ),
        Reply::Seam500 => full(
            "500 Internal Server Error",
            json,
            &[("seam-request-id", REQUEST_ID.into())],
            r#"{"error":{"type":"internal_server_error","message":"Something broke on our side"},"ok":false}"#,
        ),
        Reply::Huge {
            bytes,
            declare_length,
        } => {
            huge(stream, bytes, declare_length);
            return false;
        }
    };
    let _ = stream.write_all(&out);
    let _ = stream.flush();
    false
}

/// Streams a large JSON-looking body until `bytes` are out or the client hangs up.
fn huge(stream: &mut TcpStream, bytes: usize, declare_length: bool) {
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
