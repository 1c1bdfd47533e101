//! Endpoint checks: what an endpoint may be, and the one wording of what is wrong with it.

use crate::error::CliError;

/// What is wrong with an endpoint, if anything.
#[derive(Debug, PartialEq, Eq)]
pub enum EndpointIssue {
    /// Not an http(s) URL with a host.
    NotUrl,
    /// Plain http:// to this host, which is not loopback: a token would cross the network in
    /// clear text.
    RemotePlainHttp(String),
    /// A query string or fragment, which request paths cannot be appended to.
    QueryOrFragment,
    /// A user name or password (`https://user:pw@host`): a second credential, sent as Basic
    /// auth beside the token, and shown in traces.
    Credentials,
}

/// An endpoint as it may be shown: a user name or password in it (refused anyway) is hidden.
pub fn shown_endpoint(e: &str) -> String {
    match reqwest::Url::parse(e) {
        Ok(mut u) if !u.username().is_empty() || u.password().is_some() => {
            let _ = u.set_username("");
            let _ = u.set_password(None);
            format!("{u} (user name and password hidden)")
        }
        _ => e.to_string(),
    }
}

/// Parses an endpoint the way the HTTP client will (so no spelling can slip a different host
/// past the check), and says whether it is plain http to a loopback host.
pub fn check_endpoint_url(e: &str) -> Result<EndpointKind, EndpointIssue> {
    let url = reqwest::Url::parse(e).map_err(|_| EndpointIssue::NotUrl)?;
    let host = match url.host() {
        Some(h) if matches!(url.scheme(), "http" | "https") => h,
        _ => return Err(EndpointIssue::NotUrl),
    };
    if !url.username().is_empty() || url.password().is_some() {
        return Err(EndpointIssue::Credentials);
    }
    // `https://h/v1` is a path prefix; `?x=1` or `#f` would swallow the request path.
    if url.query().is_some() || url.fragment().is_some() {
        return Err(EndpointIssue::QueryOrFragment);
    }
    if url.scheme() == "https" {
        return Ok(EndpointKind::Https);
    }
    let loopback = match host {
        url::Host::Domain(d) => d.eq_ignore_ascii_case("localhost"),
        url::Host::Ipv4(ip) => ip.is_loopback(),
        url::Host::Ipv6(ip) => ip.is_loopback(),
    };
    if loopback {
        Ok(EndpointKind::LoopbackHttp)
    } else {
        Err(EndpointIssue::RemotePlainHttp(host.to_string()))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndpointKind {
    Https,
    /// http:// to 127.0.0.0/8, ::1 or localhost: a local mock.
    LoopbackHttp,
}

impl EndpointIssue {
    /// The one wording of every endpoint problem. `origin` names where the endpoint came from
    /// (`--endpoint`, `seam config set`) when that is known.
    pub fn error(&self, e: &str, origin: Option<&str>) -> CliError {
        let from = origin.map(|o| format!(" ({o})")).unwrap_or_default();
        let quoted = format!("'{}'{from}", e.escape_debug());
        match self {
            EndpointIssue::NotUrl => CliError::usage_hint(
                format!("invalid endpoint {quoted}: expected an https:// URL (or http:// to a local mock)"),
                "set it with --endpoint, SEAM_ENDPOINT or SEAM_CLI_ENDPOINT",
            ),
            EndpointIssue::QueryOrFragment => CliError::usage_hint(
                format!("invalid endpoint {quoted}: an endpoint takes no query string or fragment"),
                "a path prefix such as https://host/v1 is fine; drop the '?...' or '#...'",
            ),
            // The endpoint is not quoted: it holds a password.
            EndpointIssue::Credentials => CliError::usage_hint(
                format!("invalid endpoint{from}: it holds a user name or password (user:pw@host)"),
                "the token is the only credential sent; remove the user:password@ part",
            ),
            EndpointIssue::RemotePlainHttp(host) => CliError::usage_hint(
                format!("invalid endpoint {quoted}: a token is never sent over plain http:// to {host}"),
                PLAIN_HTTP_HINT,
            ),
        }
    }
}

const PLAIN_HTTP_HINT: &str =
    "use an https:// endpoint; plain http is allowed only for loopback (127.0.0.1, ::1, localhost)";

/// An endpoint worth saving (`seam login`, `seam config set`): the rule the client applies
/// before sending a token.
pub fn check_for_saving(e: &str, origin: &str) -> Result<(), CliError> {
    check_endpoint_url(e)
        .map(|_| ())
        .map_err(|issue| issue.error(e, Some(origin)))
}

/// The endpoint a request is about to go to. Plain http:// to a remote host is refused only
/// when a token would be sent (`sends_token`; a dry run sends nothing), and then as an
/// authentication error: the token must not cross the network in clear text.
pub fn check_for_sending(e: &str, sends_token: bool) -> Result<EndpointKind, CliError> {
    match check_endpoint_url(e) {
        Ok(kind) => Ok(kind),
        Err(EndpointIssue::RemotePlainHttp(_)) if !sends_token => Ok(EndpointKind::Https),
        Err(EndpointIssue::RemotePlainHttp(host)) => Err(CliError::Auth {
            message: format!("refusing to send an API key over plain http:// to {host}"),
            hints: vec![PLAIN_HTTP_HINT.into()],
        }),
        Err(issue) => Err(issue.error(e, None)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_are_judged_as_the_client_parses_them() {
        use EndpointIssue::*;
        assert_eq!(
            check_endpoint_url("https://connect.getseam.com"),
            Ok(EndpointKind::Https)
        );
        for ok in [
            "http://127.0.0.1:8080",
            "http://localhost/",
            "http://[::1]:9",
            "http://127.8.9.10",
        ] {
            assert_eq!(
                check_endpoint_url(ok),
                Ok(EndpointKind::LoopbackHttp),
                "{ok}"
            );
        }
        for (bad, host) in [
            ("http://example.invalid\\@127.0.0.1", "example.invalid"),
            ("http://127.example.invalid", "127.example.invalid"),
            ("http://10.0.0.1", "10.0.0.1"),
            ("http://a.localhost", "a.localhost"),
        ] {
            assert_eq!(
                check_endpoint_url(bad),
                Err(RemotePlainHttp(host.into())),
                "{bad}"
            );
        }
        for bad in ["ftp://x", "connect.getseam.com", "https://", ""] {
            assert_eq!(check_endpoint_url(bad), Err(NotUrl), "{bad}");
        }
        for bad in ["http://127.0.0.1/v1?x=1", "https://h/v1#f", "https://h?"] {
            assert_eq!(check_endpoint_url(bad), Err(QueryOrFragment), "{bad}");
        }
        for bad in [
            "http://user:pw@127.0.0.1:9",
            "https://user@connect.getseam.com",
        ] {
            assert_eq!(check_endpoint_url(bad), Err(Credentials), "{bad}");
        }
        assert_eq!(check_endpoint_url("https://h/v1"), Ok(EndpointKind::Https));
    }

    #[test]
    fn one_wording_for_saving_and_sending() {
        let bad = "https://h/?x=1";
        let saving = check_for_saving(bad, "--endpoint")
            .err()
            .map(|e| e.lines().0);
        let sending = check_for_sending(bad, true).err().map(|e| e.lines().0);
        let (Some(saving), Some(sending)) = (saving, sending) else {
            panic!("both refuse {bad}");
        };
        assert_eq!(saving[0].replace(" (--endpoint)", ""), sending[0]);
        assert!(check_for_sending("http://example.com", false).is_ok());
        assert!(check_for_sending("http://example.com", true).is_err());
        assert!(check_for_saving("http://example.com", "t").is_err());
    }
}
