//! Unit tests of the config module: token kinds, precedence, parsing and rendering.

use super::file::without_quotes;
use super::*;
use crate::api::DEFAULT_ENDPOINT;
use std::collections::BTreeMap;
use std::path::Path;

const KEY: &str = "seam_test_aaaaaaaaaaaaaaaaaaaa1234";
const PAT: &str = "seam_at1_bbbbbbbbbbbbbbbbbbbbb5678";
const WS1: &str = "11111111-1111-4111-8111-111111111111";
const WS2: &str = "22222222-2222-4222-8222-222222222222";

fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let m: BTreeMap<String, String> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    move |k: &str| m.get(k).cloned().filter(|v| !v.is_empty())
}

fn file() -> ConfigFile {
    ConfigFile::parse(&format!(
        r#"
default_profile = "main"
[profiles.main]
token = "{KEY}"
endpoint = "https://main.example"
[profiles.pat]
token = "{PAT}"
workspace_id = "{WS1}"
endpoint = "https://pat.example"
"#
    ))
    .expect("valid")
}

#[test]
fn token_kinds() {
    assert_eq!(TokenKind::of("seam_at1_x"), TokenKind::PersonalAccessToken);
    assert_eq!(TokenKind::of("seam_abc"), TokenKind::ApiKey);
    assert_eq!(TokenKind::of("seam_cst1"), TokenKind::ClientSession);
    assert_eq!(TokenKind::of("seam_pk1"), TokenKind::PublishableKey);
    assert_eq!(TokenKind::of("eyJhbGciOi"), TokenKind::ConsoleSession);
    assert_eq!(TokenKind::of("abc"), TokenKind::Unknown);
    assert!(TokenKind::PersonalAccessToken.needs_workspace());
    assert!(TokenKind::ConsoleSession.needs_workspace());
    assert!(!TokenKind::ApiKey.needs_workspace());
}

#[test]
fn defaults_with_nothing_set() {
    let r = resolve(&Overrides::default(), &env_of(&[]), &ConfigFile::default()).unwrap();
    assert_eq!(r.profile, "default");
    assert_eq!(r.profile_source, Source::Default);
    assert!(r.token.is_none());
    assert_eq!(r.endpoint, (DEFAULT_ENDPOINT.into(), Source::Default));
}

#[test]
fn env_beats_default_profile() {
    let r = resolve(
        &Overrides::default(),
        &env_of(&[
            ("SEAM_CLI_TOKEN", "seam_env"),
            ("SEAM_CLI_ENDPOINT", "https://e"),
        ]),
        &file(),
    )
    .unwrap();
    assert_eq!(r.profile, "main");
    assert_eq!(r.profile_source, Source::ConfigDefault);
    assert_eq!(r.token.unwrap().1, Source::Env("SEAM_CLI_TOKEN"));
    assert_eq!(
        r.endpoint,
        ("https://e".into(), Source::Env("SEAM_CLI_ENDPOINT"))
    );
}

#[test]
fn explicit_profile_beats_env() {
    let env = env_of(&[
        ("SEAM_API_KEY", "seam_env"),
        ("SEAM_ENDPOINT", "https://e"),
        ("SEAM_WORKSPACE_ID", WS2),
    ]);
    let o = Overrides {
        profile: Some("pat".into()),
        ..Default::default()
    };
    let r = resolve(&o, &env, &file()).unwrap();
    assert_eq!(r.token.as_ref().unwrap().0.expose(), PAT);
    assert_eq!(
        r.workspace_id,
        Some((WS1.into(), Source::Profile("pat".into())))
    );
    assert_eq!(r.endpoint.1, Source::Profile("pat".into()));
    assert_eq!(r.notes.len(), 3, "{:?}", r.notes);
    // Flags still beat the profile.
    let o = Overrides {
        profile: Some("pat".into()),
        workspace_id: Some(WS2.into()),
        endpoint: Some("https://f".into()),
    };
    let r = resolve(&o, &env, &file()).unwrap();
    assert_eq!(r.workspace_id.unwrap().1, Source::Flag("--workspace-id"));
    assert_eq!(r.endpoint.1, Source::Flag("--endpoint"));
}

#[test]
fn conflicts_are_errors() {
    let env = env_of(&[
        ("SEAM_API_KEY", "seam_a"),
        ("SEAM_PERSONAL_ACCESS_TOKEN", "seam_atb"),
    ]);
    let e = resolve(&Overrides::default(), &env, &ConfigFile::default()).unwrap_err();
    assert_eq!(e.exit_code(), crate::error::exit::AUTH);
    assert!(e
        .to_string()
        .contains("SEAM_API_KEY and SEAM_PERSONAL_ACCESS_TOKEN"));
    assert!(!e.to_string().contains("seam_a"));
    // The same value twice is no conflict.
    let env = env_of(&[("SEAM_API_KEY", "seam_a"), ("SEAM_CLI_TOKEN", "seam_a")]);
    assert!(resolve(&Overrides::default(), &env, &ConfigFile::default()).is_ok());
    let env = env_of(&[
        ("SEAM_ENDPOINT", "https://a"),
        ("SEAM_CLI_ENDPOINT", "https://b"),
    ]);
    let e = resolve(&Overrides::default(), &env, &ConfigFile::default()).unwrap_err();
    assert_eq!(e.exit_code(), crate::error::exit::USAGE);
}

#[test]
fn pat_without_workspace_fails_check() {
    let env = env_of(&[("SEAM_PERSONAL_ACCESS_TOKEN", PAT)]);
    let r = resolve(&Overrides::default(), &env, &ConfigFile::default()).unwrap();
    let e = r.check(Path::new("/x")).unwrap_err();
    assert_eq!(e.exit_code(), crate::error::exit::AUTH);
    assert!(r.sent_workspace().is_none());
}

#[test]
fn parse_errors_do_not_quote_the_file() {
    let text = format!("[profiles.a]\ntoken = \"{KEY}\"\nendpoint = \"{KEY}\n");
    let e = ConfigFile::parse(&text).unwrap_err();
    assert!(!e.contains(KEY), "{e}");
    assert!(e.starts_with("line 3"), "{e}");
    let e = ConfigFile::parse(&format!("profiles = \"{KEY}\"")).unwrap_err();
    assert!(!e.contains(KEY), "{e}");
}

#[test]
fn round_trip() {
    let f = file();
    let text = f.render().unwrap();
    let g = ConfigFile::parse(&text).unwrap();
    assert_eq!(g.profiles, f.profiles);
    assert_eq!(g.default_profile.as_deref(), Some("main"));
    assert!(format!("{f:?}").contains("(redacted)"));
    assert!(!format!("{f:?}").contains(KEY));
}

#[test]
fn endpoints_worth_saving() {
    for ok in [
        "https://connect.getseam.com",
        "http://127.0.0.1:8080",
        "http://localhost",
        "http://[::1]:9/",
    ] {
        assert!(check_endpoint(ok, "t").is_ok(), "{ok}");
    }
    for bad in [
        "http://example.com",
        "ftp://x",
        "connect.getseam.com",
        "https://",
        "http://10.0.0.1",
    ] {
        assert!(check_endpoint(bad, "t").is_err(), "{bad}");
    }
}

#[test]
fn parser_messages_lose_their_quotes() {
    assert_eq!(
        without_quotes("invalid type: string \"abc\", expected x"),
        "invalid type: string \"…\", expected x"
    );
    assert_eq!(without_quotes("bad `x"), "bad `…");
}
