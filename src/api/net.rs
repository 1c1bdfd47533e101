//! The network around a call: which certificates are trusted, which proxy carries the call, and
//! what a TLS failure means in words. See docs/network.md.
//!
//! Trust: the bundled web PKI roots plus the system store, read by `rustls-native-certs` (through
//! reqwest), which takes `SSL_CERT_FILE` and `SSL_CERT_DIR` in place of the system store when
//! either is set, as OpenSSL (and so curl and git) do. Proxies: reqwest reads `HTTPS_PROXY`,
//! `ALL_PROXY` and `NO_PROXY` with hyper-util's matcher; this file asks the same matcher which
//! proxy the endpoint takes, to check it and to say so in `--verbose`.
//!
//! These variables are read here with `std::env`, not through `crate::env`: the point is to
//! agree exactly with what reqwest and rustls-native-certs read (a proxy variable set to "" still
//! counts as set; `SSL_CERT_FILE=""` replaces the system store), so the reading must be theirs.

use crate::error::CliError;
use hyper_util::client::proxy::matcher::Matcher;
use std::error::Error as StdError;
use std::path::{Path, PathBuf};

const HTTPS_VARS: [&str; 2] = ["HTTPS_PROXY", "https_proxy"];
const ALL_VARS: [&str; 2] = ["ALL_PROXY", "all_proxy"];

/// The first of `names` that is set (even to ""), as hyper-util reads them.
fn first_env(names: &[&'static str]) -> Option<(&'static str, String)> {
    names
        .iter()
        .find_map(|n| std::env::var(n).ok().map(|v| (*n, v)))
}

/// How a call to an https endpoint leaves this machine.
#[derive(Debug, PartialEq, Eq)]
pub enum Route {
    /// Straight to the endpoint; the reason is for `--verbose`.
    Direct(&'static str),
    /// Through a proxy, in a CONNECT tunnel.
    Proxy {
        /// The proxy URL without any user name or password.
        shown: String,
        /// The variable it came from.
        var: &'static str,
        /// The proxy URL holds a user name (sent as Proxy-Authorization in the CONNECT).
        credentials: bool,
    },
}

impl Route {
    pub fn describe(&self, endpoint: &str) -> String {
        match self {
            Route::Direct(why) => format!("* proxy: none for {endpoint} ({why})"),
            Route::Proxy {
                shown,
                var,
                credentials,
            } => format!(
                "* proxy: {shown} (from {var}{}) for {endpoint}, in a CONNECT tunnel: it sees the host name, never the request",
                if *credentials { ", with credentials" } else { "" }
            ),
        }
    }
}

/// Which proxy reqwest will take for `endpoint` (an https URL), checked: a proxy variable that
/// cannot be used is an error rather than a silent direct connection.
pub fn route(endpoint: &str) -> Result<Route, CliError> {
    let Ok(dst) = endpoint.parse::<http::Uri>() else {
        return Ok(Route::Direct("not a URL"));
    };
    let https = first_env(&HTTPS_VARS);
    let all = first_env(&ALL_VARS);
    let set = |v: &Option<(&'static str, String)>| v.as_ref().is_some_and(|(_, v)| !v.is_empty());
    if !set(&https) && !set(&all) {
        return Ok(Route::Direct("no HTTPS_PROXY or ALL_PROXY set"));
    }
    if std::env::var_os("REQUEST_METHOD").is_some() {
        // hyper-util (like curl's libraries) ignores proxy variables in a CGI environment.
        return Ok(Route::Direct(
            "proxy variables are ignored when REQUEST_METHOD is set (CGI)",
        ));
    }
    let pick = |v: &Option<(&'static str, String)>| {
        v.as_ref().and_then(|(name, value)| {
            Matcher::builder()
                .https(value.clone())
                .build()
                .intercept(&dst)
                .map(|i| (*name, i))
        })
    };
    let Some((var, intercept)) = pick(&https).or_else(|| pick(&all)) else {
        let var = if set(&https) {
            https.map(|(n, _)| n)
        } else {
            all.map(|(n, _)| n)
        };
        return Err(CliError::Network {
            message: format!(
                "{} is set but is not a proxy URL seam can use",
                var.unwrap_or("HTTPS_PROXY")
            ),
            hints: vec![
                "set it to http://host:port (or http://user:password@host:port), or unset it"
                    .into(),
            ],
        });
    };
    if no_proxy_matches(&dst) {
        return Ok(Route::Direct("NO_PROXY matches the host"));
    }
    let uri = intercept.uri();
    let scheme = uri.scheme_str().unwrap_or("http");
    let shown = format!(
        "{scheme}://{}",
        uri.authority().map(|a| a.as_str()).unwrap_or("")
    );
    if scheme.starts_with("socks") {
        return Err(CliError::Network {
            message: format!("{var} names a SOCKS proxy ({shown}), which seam does not support"),
            hints: vec![
                "use an http:// or https:// proxy (it tunnels TLS with CONNECT), or set NO_PROXY for this host"
                    .into(),
            ],
        });
    }
    Ok(Route::Proxy {
        shown,
        var,
        credentials: intercept.basic_auth().is_some(),
    })
}

/// Whether `NO_PROXY` (or `no_proxy`) exempts the host, as curl reads it: comma-separated host
/// names (each also matching its subdomains, a leading dot allowed), IP addresses, CIDR ranges,
/// and `*` for every host. hyper-util's own matcher misses `*` for IP addresses, so the client
/// is told `no_proxy()` whenever this says so.
fn no_proxy_matches(dst: &http::Uri) -> bool {
    let Some((_, list)) = first_env(&["NO_PROXY", "no_proxy"]) else {
        return false;
    };
    if list.split(',').any(|e| e.trim() == "*") {
        return true;
    }
    Matcher::builder()
        .https("http://proxy.invalid:1")
        .no(list)
        .build()
        .intercept(dst)
        .is_none()
}

/// Where trusted certificates come from.
pub struct Trust {
    file: Option<PathBuf>,
    dirs: Vec<PathBuf>,
}

impl Trust {
    /// Reads `SSL_CERT_FILE` and `SSL_CERT_DIR` as rustls-native-certs does, and refuses paths
    /// that cannot be read (curl stops too): a typo must not quietly fall back to other roots.
    pub fn from_env() -> Result<Trust, CliError> {
        let file = std::env::var_os("SSL_CERT_FILE").map(PathBuf::from);
        let dirs: Vec<PathBuf> = match std::env::var_os("SSL_CERT_DIR") {
            Some(d) => std::env::split_paths(&d)
                .filter(|p| !p.as_os_str().is_empty())
                .collect(),
            None => Vec::new(),
        };
        let bad = |var: &str, p: &Path, why: String| {
            CliError::Network {
            message: format!(
                "{var}={} cannot be used: {why}",
                crate::output::one_line_safe(&p.display().to_string())
            ),
            hints: vec![format!(
                "point {var} at a readable {} of PEM certificates, or unset it to use the system trust store",
                if var == "SSL_CERT_FILE" { "file" } else { "directory" }
            )],
        }
        };
        if let Some(f) = &file {
            if f.as_os_str().is_empty() {
                return Err(bad("SSL_CERT_FILE", f, "it is empty".into()));
            }
            match std::fs::metadata(f) {
                Ok(m) if m.is_file() => {}
                Ok(_) => return Err(bad("SSL_CERT_FILE", f, "not a file".into())),
                Err(e) => return Err(bad("SSL_CERT_FILE", f, io_reason(&e))),
            }
        }
        for d in &dirs {
            match std::fs::metadata(d) {
                Ok(m) if m.is_dir() => {}
                Ok(_) => return Err(bad("SSL_CERT_DIR", d, "not a directory".into())),
                Err(e) => return Err(bad("SSL_CERT_DIR", d, io_reason(&e))),
            }
        }
        Ok(Trust { file, dirs })
    }

    /// What is trusted, in words (reads the files to count certificates: for `--verbose` and
    /// for the message of a TLS failure only).
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(f) = &self.file {
            parts.push(format!(
                "SSL_CERT_FILE={} ({})",
                show_path(f),
                count_word(count_certs(f))
            ));
        }
        for d in &self.dirs {
            let n: usize = std::fs::read_dir(d)
                .map(|rd| {
                    rd.filter_map(Result::ok)
                        .map(|e| count_certs(&e.path()))
                        .sum()
                })
                .unwrap_or(0);
            parts.push(format!("SSL_CERT_DIR={} ({})", show_path(d), count_word(n)));
        }
        if parts.is_empty() {
            parts.push("the system trust store".into());
        }
        parts.push("the bundled web PKI roots".into());
        parts.join(" + ")
    }

    pub fn from_variables(&self) -> bool {
        self.file.is_some() || !self.dirs.is_empty()
    }
}

fn show_path(p: &Path) -> String {
    crate::output::one_line_safe(&p.display().to_string())
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn count_certs(p: &Path) -> usize {
    std::fs::read(p)
        .map(|b| {
            b.windows(27)
                .filter(|w| *w == b"-----BEGIN CERTIFICATE-----")
                .count()
        })
        .unwrap_or(0)
}

fn count_word(n: usize) -> String {
    match n {
        0 => "no PEM certificates in it".into(),
        1 => "1 certificate".into(),
        n => format!("{n} certificates"),
    }
}

/// A TLS handshake that failed, in words.
#[derive(Debug)]
pub struct TlsProblem {
    pub message: String,
    /// The server's certificate was refused (as opposed to a protocol failure).
    pub certificate: bool,
    /// A hint specific to the problem (the clock, the host name).
    pub hint: Option<String>,
}

/// Finds a rustls error in the chain of `e` and says what it means.
pub fn tls_problem(e: &(dyn StdError + 'static)) -> Option<TlsProblem> {
    let mut cur: Option<&(dyn StdError + 'static)> = Some(e);
    while let Some(err) = cur {
        if let Some(t) = err.downcast_ref::<rustls::Error>() {
            return Some(explain(t));
        }
        // io::Error::source() skips the error it wraps (often another io::Error holding the
        // rustls one); step into it instead.
        cur = match err
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => Some(inner as &(dyn StdError + 'static)),
            None => err.source(),
        };
    }
    None
}

fn date(t: &rustls::pki_types::UnixTime) -> String {
    jiff::Timestamp::from_second(t.as_secs() as i64)
        .map(|ts| ts.strftime("%Y-%m-%d %H:%M:%S UTC").to_string())
        .unwrap_or_else(|_| "?".into())
}

fn explain(e: &rustls::Error) -> TlsProblem {
    use rustls::CertificateError as C;
    let cert = |message: String, hint: Option<String>| TlsProblem {
        message: format!("TLS certificate problem: {message}"),
        certificate: true,
        hint,
    };
    let clock = || {
        Some("check this computer's clock; otherwise the server's operator must renew the certificate".to_string())
    };
    match e {
        rustls::Error::InvalidCertificate(c) => match c {
            C::UnknownIssuer => cert(
                "unknown issuer: the server's certificate is not signed by a certificate authority trusted here"
                    .into(),
                Some("a proxy or network that re-signs TLS uses its own certificate authority: trust it with SSL_CERT_FILE=/path/to/ca.pem (or SSL_CERT_DIR)".into()),
            ),
            C::Expired => cert("the server's certificate has expired".into(), clock()),
            C::ExpiredContext { time, not_after } => cert(
                format!(
                    "the server's certificate expired on {} (it is now {})",
                    date(not_after),
                    date(time)
                ),
                clock(),
            ),
            C::NotValidYet => cert("the server's certificate is not valid yet".into(), clock()),
            C::NotValidYetContext { time, not_before } => cert(
                format!(
                    "the server's certificate is not valid before {} (it is now {})",
                    date(not_before),
                    date(time)
                ),
                clock(),
            ),
            C::NotValidForName => cert(
                "name mismatch: the server's certificate is not valid for this host".into(),
                Some("check the host in the endpoint (--endpoint, SEAM_ENDPOINT)".into()),
            ),
            C::NotValidForNameContext { expected, presented } => cert(
                format!(
                    "name mismatch: the server's certificate is not valid for {} (it is for {})",
                    crate::output::one_line_safe(&expected.to_str()),
                    if presented.is_empty() {
                        "no names".to_string()
                    } else {
                        crate::output::one_line_safe(&presented.join(", "))
                    }
                ),
                Some("check the host in the endpoint (--endpoint, SEAM_ENDPOINT)".into()),
            ),
            C::Revoked => cert("the server's certificate has been revoked".into(), None),
            C::BadSignature => cert(
                "a signature in the server's certificate chain is invalid".into(),
                None,
            ),
            C::InvalidPurpose | C::InvalidPurposeContext { .. } => cert(
                "the server's certificate is not meant for TLS servers".into(),
                None,
            ),
            C::BadEncoding => cert("the server's certificate is malformed".into(), None),
            other => cert(format!("the server's certificate was refused ({other})"), None),
        },
        rustls::Error::InvalidMessage(_) => TlsProblem {
            message: "the server did not answer in TLS (is it plain http://, or not a web server?)"
                .into(),
            certificate: false,
            hint: None,
        },
        rustls::Error::AlertReceived(a) => TlsProblem {
            message: format!("the server refused the TLS handshake (alert: {a:?})"),
            certificate: false,
            hint: None,
        },
        other => TlsProblem {
            message: format!("the TLS handshake failed: {other}"),
            certificate: false,
            hint: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rustls_error_inside_an_io_error_is_found() {
        let io = std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer),
        );
        let p = tls_problem(&io).expect("found");
        assert!(p.certificate);
        assert!(p.message.contains("unknown issuer"), "{}", p.message);
        let p = tls_problem(&rustls::Error::InvalidCertificate(
            rustls::CertificateError::Expired,
        ))
        .expect("found");
        assert!(p.message.contains("expired"), "{}", p.message);
        assert!(tls_problem(&std::io::Error::other("refused")).is_none());
    }
}
