//! Real-network behaviour (issue 14): trust through SSL_CERT_FILE / SSL_CERT_DIR, TLS failures
//! named, HTTP/2 over ALPN, and proxies (HTTPS_PROXY, ALL_PROXY, NO_PROXY) through a CONNECT
//! proxy the test starts. Everything listens on 127.0.0.1; the certificate authority is made
//! here, for the test, and trusted only through the variables.

use crate::support::{assert_no_leak, seam, stderr, stdout, KEY};
use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair, KeyUsagePurpose,
};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio_rustls::rustls;

const CRED: &str = "6c3c1b7e-0000-4000-8000-000000000042";
const USER: &str = "6c3c1b7e-0000-4000-8000-000001000001";

fn credential_body() -> String {
    format!(
        "{{\"acs_credential\":{{\"acs_credential_id\":\"{CRED}\",\"acs_user_id\":\"{USER}\",\
         \"acs_system_id\":\"{USER}\",\"access_method\":\"code\",\"code\":\"123456\",\
         \"display_name\":\"Guest\",\"created_at\":\"2024-02-28T08:00:00.000Z\",\
         \"workspace_id\":\"{USER}\",\"errors\":[],\"warnings\":[],\"is_managed\":true}},\"ok\":true}}"
    )
}

/// The server's certificate.
#[derive(Clone, Copy)]
enum Leaf {
    /// For 127.0.0.1 and localhost, valid now.
    Good,
    /// Expired in 2021.
    Expired,
    /// For another host name.
    WrongName,
}

/// A certificate authority made for one test, its PEM file, and a server certificate it signed.
struct Pki {
    dir: tempfile::TempDir,
    ca_pem: PathBuf,
    chain: Vec<rustls::pki_types::CertificateDer<'static>>,
    key: rustls::pki_types::PrivateKeyDer<'static>,
}

fn pki(leaf: Leaf) -> Pki {
    let ca_key = KeyPair::generate().expect("CA key");
    let mut ca = CertificateParams::new(Vec::<String>::new()).expect("CA params");
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(DnType::CommonName, "seam network test CA");
    ca.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let ca = CertifiedIssuer::self_signed(ca, ca_key).expect("CA certificate");
    let names = match leaf {
        Leaf::WrongName => vec!["other.example".to_string()],
        _ => vec!["127.0.0.1".to_string(), "localhost".to_string()],
    };
    let key = KeyPair::generate().expect("server key");
    let mut params = CertificateParams::new(names).expect("server params");
    params
        .distinguished_name
        .push(DnType::CommonName, "seam network test server");
    if let Leaf::Expired = leaf {
        params.not_before = rcgen::date_time_ymd(2020, 1, 1);
        params.not_after = rcgen::date_time_ymd(2021, 1, 1);
    }
    let cert = params.signed_by(&key, &ca).expect("server certificate");
    let dir = tempfile::tempdir().expect("tempdir");
    let ca_pem = dir.path().join("ca.pem");
    std::fs::write(&ca_pem, ca.pem()).expect("write CA");
    Pki {
        dir,
        ca_pem,
        chain: vec![cert.der().clone()],
        key: rustls::pki_types::PrivateKeyDer::Pkcs8(key.serialize_der().into()),
    }
}

/// What a test server saw.
#[derive(Default)]
struct Seen {
    connections: AtomicUsize,
    requests: AtomicUsize,
    /// Protocol of each request: "h2" or "http/1.1".
    protocols: Mutex<Vec<&'static str>>,
}

/// An HTTPS server on 127.0.0.1 that answers every POST with one credential. `alpn` lists what
/// it offers (HTTP/2 is served with the h2 crate, HTTP/1.1 by hand, with keep-alive).
fn https_server(pki: &Pki, alpn: &[&[u8]]) -> (u16, Arc<Seen>) {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_no_client_auth()
        .with_single_cert(pki.chain.clone(), pki.key.clone_key())
        .expect("server config");
    config.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    listener.set_nonblocking(true).expect("nonblocking");
    let seen = Arc::new(Seen::default());
    let seen2 = seen.clone();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    continue;
                };
                let acceptor = acceptor.clone();
                let seen = seen2.clone();
                tokio::spawn(async move {
                    seen.connections.fetch_add(1, Ordering::SeqCst);
                    let Ok(tls) = acceptor.accept(tcp).await else {
                        return;
                    };
                    if tls.get_ref().1.alpn_protocol() == Some(b"h2") {
                        serve_h2(tls, seen).await;
                    } else {
                        serve_http1(tls, seen).await;
                    }
                });
            }
        });
    });
    (port, seen)
}

async fn serve_h2<S>(io: S, seen: Arc<Seen>)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let Ok(mut conn) = h2::server::handshake(io).await else {
        return;
    };
    while let Some(Ok((req, mut respond))) = conn.accept().await {
        let seen = seen.clone();
        tokio::spawn(async move {
            let mut body = req.into_body();
            while let Some(Ok(chunk)) = body.data().await {
                let _ = body.flow_control().release_capacity(chunk.len());
            }
            seen.requests.fetch_add(1, Ordering::SeqCst);
            seen.protocols.lock().expect("lock").push("h2");
            let resp = http::Response::builder()
                .status(200)
                .header("content-type", "application/json")
                .body(())
                .expect("response");
            if let Ok(mut send) = respond.send_response(resp, false) {
                let _ = send.send_data(bytes::Bytes::from(credential_body()), true);
            }
        });
    }
}

async fn serve_http1<S>(io: S, seen: Arc<Seen>)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let (r, mut w) = tokio::io::split(io);
    let mut r = BufReader::new(r);
    let mut line = String::new();
    loop {
        let mut len = 0usize;
        line.clear();
        if r.read_line(&mut line).await.unwrap_or(0) == 0 {
            return;
        }
        loop {
            line.clear();
            if r.read_line(&mut line).await.unwrap_or(0) == 0 {
                return;
            }
            let h = line.trim_end();
            if h.is_empty() {
                break;
            }
            if let Some((k, v)) = h.split_once(':') {
                if k.eq_ignore_ascii_case("content-length") {
                    len = v.trim().parse().unwrap_or(0);
                }
            }
        }
        let mut body = vec![0u8; len];
        if r.read_exact(&mut body).await.is_err() {
            return;
        }
        seen.requests.fetch_add(1, Ordering::SeqCst);
        seen.protocols.lock().expect("lock").push("http/1.1");
        let text = credential_body();
        let head = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
            text.len()
        );
        if w.write_all(head.as_bytes()).await.is_err()
            || w.write_all(text.as_bytes()).await.is_err()
            || w.flush().await.is_err()
        {
            return;
        }
    }
}

/// What a CONNECT proxy does.
#[derive(Clone, Copy, PartialEq)]
enum ProxyMode {
    /// Open the tunnel and relay bytes both ways.
    Tunnel,
    /// Answer 407 Proxy Authentication Required.
    Refuse,
}

/// A CONNECT proxy on 127.0.0.1 that records every byte the client sent it.
struct Proxy {
    port: u16,
    received: Arc<Mutex<Vec<u8>>>,
    tunnels: Arc<AtomicUsize>,
}

impl Proxy {
    fn start(mode: ProxyMode) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let tunnels = Arc::new(AtomicUsize::new(0));
        let (rec, tun) = (received.clone(), tunnels.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                let Ok(conn) = conn else { continue };
                let (rec, tun) = (rec.clone(), tun.clone());
                std::thread::spawn(move || proxy_conn(conn, mode, rec, tun));
            }
        });
        Proxy {
            port,
            received,
            tunnels,
        }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn received(&self) -> String {
        String::from_utf8_lossy(&self.received.lock().expect("lock")).into_owned()
    }
}

fn proxy_conn(
    mut client: TcpStream,
    mode: ProxyMode,
    rec: Arc<Mutex<Vec<u8>>>,
    tunnels: Arc<AtomicUsize>,
) {
    // The request head, byte by byte up to the blank line.
    let mut head = Vec::new();
    let mut b = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match client.read(&mut b) {
            Ok(1) => head.push(b[0]),
            _ => return,
        }
    }
    rec.lock().expect("lock").extend_from_slice(&head);
    let text = String::from_utf8_lossy(&head).into_owned();
    let mut words = text.split_whitespace();
    let (Some("CONNECT"), Some(target)) = (words.next(), words.next()) else {
        let _ = client.write_all(b"HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\n\r\n");
        return;
    };
    if mode == ProxyMode::Refuse {
        let _ = client.write_all(
            b"HTTP/1.1 407 Proxy Authentication Required\r\nproxy-authenticate: Basic realm=\"test\"\r\ncontent-length: 0\r\n\r\n",
        );
        return;
    }
    let Ok(mut server) = TcpStream::connect(target) else {
        let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n");
        return;
    };
    tunnels.fetch_add(1, Ordering::SeqCst);
    if client
        .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
        .is_err()
    {
        return;
    }
    let (Ok(mut client2), Ok(mut server2)) = (client.try_clone(), server.try_clone()) else {
        return;
    };
    // Server to client: relayed as is.
    std::thread::spawn(move || {
        let _ = std::io::copy(&mut server2, &mut client2);
        let _ = client2.shutdown(std::net::Shutdown::Both);
    });
    // Client to server: relayed and recorded.
    let mut buf = [0u8; 16 * 1024];
    loop {
        match client.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                rec.lock().expect("lock").extend_from_slice(&buf[..n]);
                if server.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
        }
    }
    let _ = server.shutdown(std::net::Shutdown::Both);
}

/// `seam ... get` against `https://127.0.0.1:port`, trusting nothing from the host's own
/// SSL_CERT_* settings and through no proxy unless the test sets one.
fn get(port: u16) -> assert_cmd::Command {
    let mut c = seam(&format!("https://127.0.0.1:{port}"));
    c.env_remove("SSL_CERT_FILE")
        .env_remove("SSL_CERT_DIR")
        .args(["acs", "credentials", "get", "--acs-credential-id", CRED]);
    c
}

fn trusting(mut c: assert_cmd::Command, ca: &Path) -> assert_cmd::Command {
    c.env("SSL_CERT_FILE", ca);
    c
}

#[test]
fn a_ca_trusted_through_ssl_cert_file_is_accepted_and_http2_is_used() {
    let pki = pki(Leaf::Good);
    let (port, seen) = https_server(&pki, &[b"h2", b"http/1.1"]);
    let o = trusting(get(port), &pki.ca_pem)
        .arg("--verbose")
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(CRED), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "* trust: SSL_CERT_FILE={} (1 certificate) + the bundled web PKI roots",
            pki.ca_pem.display()
        )),
        "{err}"
    );
    assert!(err.contains(" over HTTP/2"), "{err}");
    assert_eq!(*seen.protocols.lock().expect("lock"), vec!["h2"]);
    assert_no_leak(&o);
}

#[test]
fn http1_with_keep_alive_when_the_server_offers_no_http2() {
    let pki = pki(Leaf::Good);
    let (port, seen) = https_server(&pki, &[b"http/1.1"]);
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("in.csv");
    let mut rows = String::from("access_method,acs_user_id,code\n");
    for i in 0..20 {
        rows.push_str(&format!("code,{USER},{}\n", 100_000 + i));
    }
    std::fs::write(&csv, rows).expect("write");
    let o = seam(&format!("https://127.0.0.1:{port}"))
        .env_remove("SSL_CERT_DIR")
        .env("SSL_CERT_FILE", &pki.ca_pem)
        .args(["acs", "credentials", "create", "--from-file"])
        .arg(&csv)
        .args(["--no-journal", "--concurrency", "1", "--verbose"])
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("over HTTP/2"), "{}", stderr(&o));
    assert_eq!(seen.requests.load(Ordering::SeqCst), 20);
    // One request at a time over one kept-alive connection.
    assert_eq!(seen.connections.load(Ordering::SeqCst), 1);
    assert!(seen
        .protocols
        .lock()
        .expect("lock")
        .iter()
        .all(|p| *p == "http/1.1"));
}

#[test]
fn a_bulk_run_multiplexes_over_http2() {
    let pki = pki(Leaf::Good);
    let (port, seen) = https_server(&pki, &[b"h2", b"http/1.1"]);
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("in.csv");
    let mut rows = String::from("access_method,acs_user_id,code\n");
    for i in 0..40 {
        rows.push_str(&format!("code,{USER},{}\n", 100_000 + i));
    }
    std::fs::write(&csv, rows).expect("write");
    let o = seam(&format!("https://127.0.0.1:{port}"))
        .env_remove("SSL_CERT_DIR")
        .env("SSL_CERT_FILE", &pki.ca_pem)
        .args(["acs", "credentials", "create", "--from-file"])
        .arg(&csv)
        .args(["--no-journal", "--concurrency", "8"])
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(seen.requests.load(Ordering::SeqCst), 40);
    let protocols = seen.protocols.lock().expect("lock");
    assert!(protocols.iter().all(|p| *p == "h2"), "{protocols:?}");
    // Streams share connections: far fewer connections than requests.
    assert!(seen.connections.load(Ordering::SeqCst) <= 8);
}

#[test]
fn without_the_ca_the_certificate_is_refused_with_exit_4_and_the_fix_named() {
    let pki = pki(Leaf::Good);
    let (port, seen) = https_server(&pki, &[b"h2", b"http/1.1"]);
    let o = get(port).output().expect("run");
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("TLS certificate problem: unknown issuer"),
        "{err}"
    );
    assert!(err.contains("SSL_CERT_FILE"), "{err}");
    assert!(err.contains("SSL_CERT_DIR"), "{err}");
    assert!(
        err.contains("trusted now: the system trust store + the bundled web PKI roots"),
        "{err}"
    );
    assert!(err.contains("never turned off"), "{err}");
    // A certificate problem is not retried, and nothing was sent.
    assert_eq!(seen.connections.load(Ordering::SeqCst), 1, "{err}");
    assert_eq!(seen.requests.load(Ordering::SeqCst), 0);
    assert_no_leak(&o);
}

#[test]
fn a_ca_trusted_through_ssl_cert_dir_is_accepted_without_hashed_names() {
    let pki = pki(Leaf::Good);
    let (port, _) = https_server(&pki, &[b"h2", b"http/1.1"]);
    let certs = pki.dir.path().join("certs");
    std::fs::create_dir(&certs).expect("mkdir");
    // A plain file name (no `openssl rehash` links): every file in the directory is read.
    std::fs::copy(&pki.ca_pem, certs.join("corporate-ca.pem")).expect("copy");
    let o = get(port).env("SSL_CERT_DIR", &certs).output().expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(CRED));
    // An empty directory trusts nothing more: refused, and the message says what was read.
    let empty = pki.dir.path().join("empty");
    std::fs::create_dir(&empty).expect("mkdir");
    let o = get(port).env("SSL_CERT_DIR", &empty).output().expect("run");
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!(
            "trusted now: SSL_CERT_DIR={} (no PEM certificates in it)",
            empty.display()
        )),
        "{}",
        stderr(&o)
    );
}

#[test]
fn an_expired_certificate_is_named() {
    let pki = pki(Leaf::Expired);
    let (port, _) = https_server(&pki, &[b"http/1.1"]);
    let o = trusting(get(port), &pki.ca_pem).output().expect("run");
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("TLS certificate problem: the server's certificate expired on 2021-01-01"),
        "{err}"
    );
    assert!(err.contains("clock"), "{err}");
    assert!(err.contains("SSL_CERT_FILE"), "{err}");
}

#[test]
fn a_certificate_for_another_name_is_named() {
    let pki = pki(Leaf::WrongName);
    let (port, _) = https_server(&pki, &[b"http/1.1"]);
    let o = trusting(get(port), &pki.ca_pem).output().expect("run");
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("TLS certificate problem: name mismatch"),
        "{err}"
    );
    assert!(err.contains("other.example"), "{err}");
    assert!(err.contains("127.0.0.1"), "{err}");
}

#[test]
fn an_unusable_ssl_cert_file_or_dir_is_an_error_not_a_fallback() {
    let pki = pki(Leaf::Good);
    let (port, seen) = https_server(&pki, &[b"http/1.1"]);
    let missing = pki.dir.path().join("nope.pem");
    let o = trusting(get(port), &missing).output().expect("run");
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!(
            "SSL_CERT_FILE={} cannot be used: no such file or directory",
            missing.display()
        )),
        "{}",
        stderr(&o)
    );
    let o = get(port)
        .env("SSL_CERT_DIR", &pki.ca_pem)
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("SSL_CERT_DIR=") && stderr(&o).contains("not a directory"),
        "{}",
        stderr(&o)
    );
    assert_eq!(seen.connections.load(Ordering::SeqCst), 0);
}

/// The token, the request line and the body never cross the proxy in clear: it sees the
/// CONNECT line, then TLS records.
fn assert_only_a_tunnel(proxy: &Proxy, port: u16) {
    let seen = proxy.received();
    assert!(
        seen.starts_with(&format!("CONNECT 127.0.0.1:{port} HTTP/1.1\r\n")),
        "{seen:?}"
    );
    assert!(!seen.contains(KEY), "the proxy saw the token");
    assert!(
        !seen.contains("Bearer"),
        "the proxy saw the Authorization header"
    );
    assert!(
        !seen.contains("/acs/credentials"),
        "the proxy saw the request"
    );
    assert!(!seen.contains(CRED), "the proxy saw the body");
    assert!(proxy.tunnels.load(Ordering::SeqCst) >= 1);
}

#[test]
fn https_proxy_and_all_proxy_tunnel_with_connect_and_never_see_the_token() {
    let pki = pki(Leaf::Good);
    let (port, seen) = https_server(&pki, &[b"h2", b"http/1.1"]);
    for var in ["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"] {
        // An http:// proxy for an https:// endpoint: still a tunnel.
        let proxy = Proxy::start(ProxyMode::Tunnel);
        let before = seen.requests.load(Ordering::SeqCst);
        let o = trusting(get(port), &pki.ca_pem)
            .env_remove("NO_PROXY")
            .env(var, proxy.url())
            .arg("--verbose")
            .output()
            .expect("run");
        assert!(o.status.success(), "{var}: {}", stderr(&o));
        assert!(stdout(&o).contains(CRED));
        assert_eq!(seen.requests.load(Ordering::SeqCst), before + 1, "{var}");
        assert_only_a_tunnel(&proxy, port);
        assert!(
            stderr(&o).contains(&format!(
                "* proxy: {} (from {var}) for https://127.0.0.1:{port}, in a CONNECT tunnel",
                proxy.url()
            )),
            "{}",
            stderr(&o)
        );
        assert_no_leak(&o);
    }
}

#[test]
fn the_proxy_trace_hides_the_proxy_password() {
    let pki = pki(Leaf::Good);
    let (port, _) = https_server(&pki, &[b"http/1.1"]);
    let proxy = Proxy::start(ProxyMode::Tunnel);
    let o = trusting(get(port), &pki.ca_pem)
        .env_remove("NO_PROXY")
        .env(
            "HTTPS_PROXY",
            format!("http://alice:pr0xy-pa55@127.0.0.1:{}", proxy.port),
        )
        .arg("--verbose")
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "* proxy: http://127.0.0.1:{} (from HTTPS_PROXY, with credentials)",
            proxy.port
        )),
        "{err}"
    );
    assert!(
        !err.contains("pr0xy-pa55") && !err.contains("alice"),
        "{err}"
    );
    // The credentials go to the proxy (in the CONNECT request), as curl sends them.
    assert!(
        proxy.received().contains("Proxy-Authorization: Basic ")
            || proxy.received().contains("proxy-authorization: Basic ")
    );
    assert_only_a_tunnel(&proxy, port);
}

#[test]
fn no_proxy_bypasses_the_proxy() {
    let pki = pki(Leaf::Good);
    let (port, seen) = https_server(&pki, &[b"http/1.1"]);
    for no_proxy in ["127.0.0.1", "*", "127.0.0.0/8", "localhost,127.0.0.1"] {
        let proxy = Proxy::start(ProxyMode::Tunnel);
        let before = seen.requests.load(Ordering::SeqCst);
        let o = trusting(get(port), &pki.ca_pem)
            .env("HTTPS_PROXY", proxy.url())
            .env("NO_PROXY", no_proxy)
            .arg("--verbose")
            .output()
            .expect("run");
        assert!(o.status.success(), "{no_proxy}: {}", stderr(&o));
        assert_eq!(seen.requests.load(Ordering::SeqCst), before + 1);
        assert_eq!(proxy.received(), "", "NO_PROXY={no_proxy}");
        assert!(
            stderr(&o).contains("* proxy: none for https://127.0.0.1:"),
            "{}",
            stderr(&o)
        );
    }
}

#[test]
fn a_loopback_http_endpoint_never_goes_through_a_proxy() {
    let server = httpmock::MockServer::start();
    let m = server.mock(|when, then| {
        when.method("POST").path("/acs/credentials/get");
        then.status(200)
            .header("content-type", "application/json")
            .body(credential_body());
    });
    let proxy = Proxy::start(ProxyMode::Tunnel);
    let o = seam(&server.base_url())
        .env_remove("NO_PROXY")
        .env("HTTP_PROXY", proxy.url())
        .env("http_proxy", proxy.url())
        .env("HTTPS_PROXY", proxy.url())
        .env("ALL_PROXY", proxy.url())
        .args(["acs", "credentials", "get", "--acs-credential-id", CRED])
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    m.assert();
    assert_eq!(proxy.received(), "");
}

#[test]
fn a_proxy_that_refuses_the_tunnel_is_named_in_the_error() {
    let pki = pki(Leaf::Good);
    let (port, seen) = https_server(&pki, &[b"http/1.1"]);
    let proxy = Proxy::start(ProxyMode::Refuse);
    let o = trusting(get(port), &pki.ca_pem)
        .env_remove("NO_PROXY")
        .env("HTTPS_PROXY", proxy.url())
        .args(["--max-retries", "0"])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "through the proxy {} (from HTTPS_PROXY)",
            proxy.url()
        )),
        "{err}"
    );
    assert!(err.contains("NO_PROXY"), "{err}");
    assert_eq!(seen.requests.load(Ordering::SeqCst), 0);
    assert_only_a_tunnel_attempt(&proxy, port);
}

fn assert_only_a_tunnel_attempt(proxy: &Proxy, port: u16) {
    let seen = proxy.received();
    assert!(
        seen.starts_with(&format!("CONNECT 127.0.0.1:{port} ")),
        "{seen:?}"
    );
    assert!(!seen.contains(KEY));
}

#[test]
fn a_socks_proxy_is_refused_clearly() {
    let pki = pki(Leaf::Good);
    let (port, seen) = https_server(&pki, &[b"http/1.1"]);
    let o = trusting(get(port), &pki.ca_pem)
        .env_remove("NO_PROXY")
        .env("ALL_PROXY", "socks5://user:pw@127.0.0.1:1")
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("ALL_PROXY names a SOCKS proxy (socks5://127.0.0.1:1)"),
        "{err}"
    );
    assert!(!err.contains("pw@"), "{err}");
    assert_eq!(seen.connections.load(Ordering::SeqCst), 0);
}
