//! Interactive mode (issue 11), through the real binary on a pseudo-terminal: prompts for what
//! is missing with pickers fed by a local server, the `-i` menu, Esc, the command picker, and
//! the same commands without a terminal (or with prompts switched off) never prompting.

use crate::support::{assert_no_leak, seam, seam_std, stderr, KEY};
use httpmock::prelude::*;
use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};
use serde_json::json;
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const SYSTEM: &str = "11111111-1111-1111-1111-111111111111";
const OTHER_SYSTEM: &str = "22222222-2222-2222-2222-222222222222";
const JANE: &str = "33333333-3333-3333-3333-333333333333";
const BOB: &str = "44444444-4444-4444-4444-444444444444";
const LOBBY: &str = "55555555-5555-5555-5555-555555555555";
const GARAGE: &str = "56565656-5656-5656-5656-565656565656";
const CRED: &str = "77777777-7777-7777-7777-777777777777";

/// The widths every pty test runs at.
const WIDTHS: [u16; 2] = [80, 120];

const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const DOWN: &str = "\x1b[B";
const BACKSPACE: &str = "\x7f";
const CTRL_C: &str = "\x03";

/// How long to wait for text or an exit before giving up: a guard against a hang, not a
/// timing assertion.
const PATIENCE: Duration = Duration::from_secs(30);

/// `seam` running on a pseudo-terminal (stdin, stdout and stderr all on it).
struct Pty {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Arc<Mutex<Vec<u8>>>,
    _master: Box<dyn MasterPty + Send>,
    /// How much of the (escape-free) screen text earlier waits have consumed.
    seen: usize,
}

/// Terminal output without its escape sequences (colours, cursor moves), as plain text.
fn strip_ansi(raw: &[u8]) -> String {
    let s = String::from_utf8_lossy(raw);
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\x1b' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('[') => {
                // CSI: parameters, then one final byte in @..~
                for c in it.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            Some(']') => {
                // OSC: up to BEL or ST
                while let Some(c) = it.next() {
                    if c == '\x07' || (c == '\x1b' && it.peek() == Some(&'\\')) {
                        it.next();
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    out
}

impl Pty {
    /// Starts `seam args` on a pty of `cols` columns, with the test key, `endpoint`, a clean
    /// environment (no CI, no Seam settings) and `env` on top.
    fn spawn(endpoint: &str, args: &[&str], env: &[(&str, &str)], cols: u16) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 30,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_seam"));
        cmd.args(args);
        for (k, _) in std::env::vars() {
            if k.starts_with("SEAM_")
                || k == "CI"
                || k == "NO_COLOR"
                || k == "COLUMNS"
                || k.to_ascii_lowercase().ends_with("_proxy")
            {
                cmd.env_remove(k);
            }
        }
        let cfg = std::env::temp_dir().join(format!("seam-it-empty-config-{}", std::process::id()));
        cmd.env("SEAM_CONFIG_DIR", cfg);
        cmd.env("TZ", "UTC");
        cmd.env("SEAM_NOW", "2024-03-02T00:00:00Z");
        cmd.env("NO_PROXY", "*");
        cmd.env("TERM", "xterm-256color");
        cmd.env("SEAM_API_KEY", KEY);
        cmd.env("SEAM_ENDPOINT", endpoint);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair
            .slave
            .spawn_command(cmd)
            .expect("seam starts on the pty");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = output.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .expect("output lock")
                    .extend_from_slice(&buf[..n]);
            }
        });
        Pty {
            child,
            writer,
            output,
            _master: pair.master,
            seen: 0,
        }
    }

    /// Everything shown so far, without escape sequences.
    fn screen(&self) -> String {
        strip_ansi(&self.output.lock().expect("output lock"))
    }

    /// Waits until `text` shows after what earlier waits consumed.
    fn expect(&mut self, text: &str) {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if let Some(at) = screen.get(self.seen..).and_then(|rest| rest.find(text)) {
                self.seen += at + text.len();
                return;
            }
            let exited = matches!(self.child.try_wait(), Ok(Some(_)));
            if exited {
                // Let the reader drain what is left, then look once more.
                std::thread::sleep(Duration::from_millis(200));
                let screen = self.screen();
                if let Some(at) = screen.get(self.seen..).and_then(|rest| rest.find(text)) {
                    self.seen += at + text.len();
                    return;
                }
                panic!("seam exited before showing {text:?}; the screen was:\n{screen}");
            }
            if start.elapsed() > PATIENCE {
                let _ = self.child.kill();
                panic!("never saw {text:?}; the screen was:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer
            .write_all(keys.as_bytes())
            .expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    /// Waits for the exit and returns its code (and the whole screen).
    fn wait(mut self) -> (i32, String) {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("child status") {
                // Let the reader drain what is left.
                std::thread::sleep(Duration::from_millis(100));
                return (status.exit_code() as i32, self.screen());
            }
            if start.elapsed() > PATIENCE {
                let _ = self.child.kill();
                panic!("seam did not exit; the screen was:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// A workspace with two access systems, two users in the first, two entrances, and a create
/// endpoint that answers only the exact body `create_body`.
struct Workspace {
    server: MockServer,
}

impl Workspace {
    /// A server with no lists.
    fn new_bare() -> Workspace {
        Workspace {
            server: MockServer::start(),
        }
    }

    fn new() -> Workspace {
        let server = MockServer::start();
        server.mock(|when, then| {
            when.method(POST).path("/acs/systems/list");
            then.status(200).json_body(json!({"ok": true, "acs_systems": [
                {"acs_system_id": SYSTEM, "name": "Main building", "external_type_display_name": "Salto KS", "errors": []},
                {"acs_system_id": OTHER_SYSTEM, "name": "Annex", "errors": []}
            ]}));
        });
        server.mock(|when, then| {
            when.method(POST)
                .path("/acs/users/list")
                .json_body_includes(json!({"acs_system_id": SYSTEM}).to_string());
            then.status(200).json_body(json!({"ok": true, "acs_users": [
                {"acs_user_id": JANE, "display_name": "Jane Doe", "email_address": "jane@example.com"},
                {"acs_user_id": BOB, "display_name": "Bob Roe", "email_address": "bob@example.com"}
            ], "pagination": {"has_next_page": false, "next_page_cursor": null}}));
        });
        server.mock(|when, then| {
            when.method(POST)
                .path("/acs/entrances/list")
                .json_body_includes(json!({"acs_system_id": SYSTEM}).to_string());
            then.status(200)
                .json_body(json!({"ok": true, "acs_entrances": [
                {"acs_entrance_id": LOBBY, "display_name": "Lobby", "acs_system_id": SYSTEM},
                {"acs_entrance_id": GARAGE, "display_name": "Garage", "acs_system_id": SYSTEM}
            ], "pagination": {"has_next_page": false, "next_page_cursor": null}}));
        });
        Workspace { server }
    }

    fn url(&self) -> String {
        self.server.base_url()
    }

    /// The create endpoint, answering only this exact body.
    fn create(&self, body: serde_json::Value) -> httpmock::Mock<'_> {
        self.server.mock(|when, then| {
            when.method(POST)
                .path("/acs/credentials/create")
                .json_body(body);
            then.status(200)
                .json_body(json!({"ok": true, "acs_credential": {
                    "acs_credential_id": CRED, "access_method": "code", "acs_user_id": BOB,
                    "display_name": "Bob's code", "errors": [], "warnings": []
                }}));
        })
    }

    /// Any request to `path`, to count what was sent.
    fn any(&self, path: &str) -> httpmock::Mock<'_> {
        self.server.mock(|when, then| {
            when.path(path);
            then.status(500);
        })
    }
}

#[test]
fn create_with_no_flags_picks_system_user_method_and_code() {
    for cols in WIDTHS {
        let ws = Workspace::new();
        let created =
            ws.create(json!({"access_method": "code", "acs_user_id": BOB, "code": "0123"}));
        let mut t = Pty::spawn(&ws.url(), &["acs", "credentials", "create"], &[], cols);
        t.expect("Access system");
        t.expect("Annex");
        t.send(ENTER); // Main building, the first
        t.expect("ACS user");
        t.expect("Bob Roe");
        t.send("bob"); // type to filter: only Bob is left
        t.send(ENTER);
        t.expect("access_method");
        t.send(ENTER); // code, the first
        t.expect("Entrances");
        t.expect("Garage");
        t.send(ENTER); // none chosen: left out
        t.expect("code:");
        t.send("12a4");
        t.send(ENTER);
        t.expect("expected digits only");
        t.send(&BACKSPACE.repeat(4));
        t.send("0123");
        t.send(ENTER);
        t.expect("Created credential 77777777-7777-7777-7777-777777777777");
        let (code, screen) = t.wait();
        assert_eq!(code, 0, "at {cols} columns:\n{screen}");
        created.assert_calls(1);
        assert!(!screen.contains(KEY), "the key leaked on the terminal");
    }
}

#[test]
fn entrance_multi_select_fills_allowed_acs_entrance_ids() {
    for cols in WIDTHS {
        let ws = Workspace::new();
        let created = ws.create(json!({
            "access_method": "card",
            "acs_user_id": JANE,
            "allowed_acs_entrance_ids": [LOBBY, GARAGE]
        }));
        let mut t = Pty::spawn(&ws.url(), &["acs", "credentials", "create"], &[], cols);
        t.expect("Access system");
        t.send(ENTER);
        t.expect("Jane Doe");
        t.send(ENTER);
        t.expect("mobile_key");
        t.send(DOWN); // card
        t.send(ENTER);
        t.expect("Garage");
        t.send(" "); // Lobby
        t.send("gar"); // filter to Garage
        t.expect("gar");
        t.send(" ");
        t.send(ENTER);
        t.expect("Created credential");
        let (code, screen) = t.wait();
        assert_eq!(code, 0, "at {cols} columns:\n{screen}");
        created.assert_calls(1);
    }
}

#[test]
fn a_user_identity_instead_of_an_acs_user_sends_the_system_too() {
    let ws = Workspace::new();
    let identity = "4b6ec19d-ba68-46ca-80fd-55247684c2bb";
    ws.server.mock(|when, then| {
        when.method(POST).path("/user_identities/list");
        then.status(200)
            .json_body(json!({"ok": true, "user_identities": [
            {"user_identity_id": identity, "display_name": "Ann Lee", "full_name": "Ann Lee",
             "email_address": "ann@example.com", "phone_number": null}
        ], "pagination": {"has_next_page": false, "next_page_cursor": null}}));
    });
    let created = ws.create(json!({
        "access_method": "mobile_key",
        "user_identity_id": identity,
        "acs_system_id": OTHER_SYSTEM
    }));
    // No users in the Annex: the list says so, and still offers a user identity.
    ws.server.mock(|when, then| {
        when.method(POST)
            .path("/acs/users/list")
            .json_body_includes(json!({"acs_system_id": OTHER_SYSTEM}).to_string());
        then.status(200)
            .json_body(json!({"ok": true, "acs_users": [],
            "pagination": {"has_next_page": false, "next_page_cursor": null}}));
    });
    ws.server.mock(|when, then| {
        when.method(POST)
            .path("/acs/entrances/list")
            .json_body_includes(json!({"acs_system_id": OTHER_SYSTEM}).to_string());
        then.status(200)
            .json_body(json!({"ok": true, "acs_entrances": [],
            "pagination": {"has_next_page": false, "next_page_cursor": null}}));
    });
    let mut t = Pty::spawn(&ws.url(), &["acs", "credentials", "create"], &[], 100);
    t.expect("Annex");
    t.send("annex");
    t.send(ENTER);
    t.expect("no ACS users found");
    t.send("identity");
    t.send(ENTER);
    t.expect("Ann Lee");
    t.send(ENTER);
    t.expect("access_method");
    t.send("mobile");
    t.send(ENTER);
    // No entrances in the Annex: said, and IDs may be typed (none here).
    t.expect("No entrances found");
    t.send(ENTER);
    t.expect("Created credential");
    let (code, screen) = t.wait();
    assert_eq!(code, 0, "{screen}");
    created.assert_calls(1);
}

#[test]
fn interactive_menu_edits_a_value_given_by_a_flag() {
    for cols in WIDTHS {
        let ws = Workspace::new();
        let created =
            ws.create(json!({"access_method": "code", "acs_user_id": JANE, "code": "2468"}));
        let mut t = Pty::spawn(
            &ws.url(),
            &[
                "acs",
                "credentials",
                "create",
                "-i",
                "--acs-user-id",
                JANE,
                "--access-method",
                "code",
                "--code",
                "1111",
            ],
            &[],
            cols,
        );
        t.expect("choose a parameter to edit");
        t.expect("review and send");
        t.send("code"); // filter the menu to the code
        t.expect("1111");
        t.send(ENTER);
        t.expect("code:");
        t.send(&BACKSPACE.repeat(4));
        t.send("2468");
        t.send(ENTER);
        t.expect("choose a parameter to edit");
        t.send("review");
        t.send(ENTER);
        // The request, as --dry-run shows it, then the question.
        t.expect("/acs/credentials/create");
        t.expect("\"code\": \"2468\"");
        t.expect("Send this request?");
        t.send(ENTER);
        t.expect("Created credential");
        let (code, screen) = t.wait();
        assert_eq!(code, 0, "at {cols} columns:\n{screen}");
        created.assert_calls(1);
        assert!(!screen.contains(KEY), "the key leaked on the terminal");
    }
}

#[test]
fn esc_or_ctrl_c_at_a_prompt_sends_nothing_and_exits_130() {
    for cols in WIDTHS {
        let ws = Workspace::new();
        let create = ws.any("/acs/credentials/create");
        let mut t = Pty::spawn(&ws.url(), &["acs", "credentials", "create"], &[], cols);
        t.expect("Access system");
        t.expect("Annex");
        t.send(ESC);
        let (code, screen) = t.wait();
        assert_eq!(code, 130, "at {cols} columns:\n{screen}");
        assert!(screen.contains("cancelled: nothing was sent"), "{screen}");

        // Ctrl-C, later on.
        let mut t = Pty::spawn(&ws.url(), &["acs", "credentials", "create"], &[], cols);
        t.expect("Annex");
        t.send(ENTER);
        t.expect("Jane Doe");
        t.send(ENTER);
        t.expect("access_method");
        t.send(CTRL_C);
        let (code, screen) = t.wait();
        assert_eq!(code, 130, "at {cols} columns:\n{screen}");
        create.assert_calls(0);

        // Esc in the -i menu, everything given: still nothing sent.
        let mut t = Pty::spawn(
            &ws.url(),
            &[
                "acs",
                "credentials",
                "create",
                "-i",
                "--acs-user-id",
                JANE,
                "--access-method",
                "card",
            ],
            &[],
            cols,
        );
        t.expect("review and send");
        t.send(ESC);
        let (code, _) = t.wait();
        assert_eq!(code, 130);
        create.assert_calls(0);
    }
}

#[test]
fn bare_seam_on_a_terminal_offers_the_commands() {
    for cols in WIDTHS {
        let ws = Workspace::new();
        let mut t = Pty::spawn(&ws.url(), &[], &[], cols);
        t.expect("Which command?");
        t.expect("Create a credential");
        t.send("credentials create");
        t.send(ENTER);
        // The picked command runs and asks for what it is missing.
        t.expect("Access system");
        t.send(ESC);
        let (code, screen) = t.wait();
        assert_eq!(code, 130, "at {cols} columns:\n{screen}");
    }
    // `seam acs credentials` alone offers only its verbs.
    let ws = Workspace::new();
    let got = ws.server.mock(|when, then| {
        when.method(POST)
            .path("/acs/credentials/get")
            .json_body(json!({"acs_credential_id": CRED}));
        then.status(200)
            .json_body(json!({"ok": true, "acs_credential": {
            "acs_credential_id": CRED, "access_method": "code", "errors": [], "warnings": []}}));
    });
    ws.server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/list");
        then.status(200)
            .json_body(json!({"ok": true, "acs_credentials": [
            {"acs_credential_id": CRED, "display_name": "Front desk", "access_method": "code"}
        ], "pagination": {"has_next_page": false, "next_page_cursor": null}}));
    });
    let mut t = Pty::spawn(&ws.url(), &["acs", "credentials"], &[], 100);
    t.expect("Which command?");
    t.expect("acs credentials get ");
    assert!(!t.screen().contains("whoami"), "{}", t.screen());
    t.send("get");
    t.send(ENTER);
    // The credential picker, fed by /acs/credentials/list.
    t.expect("Front desk");
    t.send(ENTER);
    t.expect("access_method"); // the credential's key/value view
    let (code, screen) = t.wait();
    assert_eq!(code, 0, "{screen}");
    got.assert_calls(1);
}

#[test]
fn without_a_terminal_nothing_prompts_and_a_missing_flag_exits_2() {
    let ws = Workspace::new();
    let systems = ws.any("/acs/systems/list");
    let create = ws.any("/acs/credentials/create");
    // (what, extra arguments, stdin from /dev/null rather than an empty pipe, CI=true)
    let cases: [(&str, bool, bool); 3] = [
        ("pipe", false, false),
        ("/dev/null", true, false),
        ("CI=true", true, true),
    ];
    for (what, devnull, ci) in cases {
        for args in [&["acs", "credentials", "create"][..], &[][..]] {
            let mut c = seam(&ws.url());
            c.args(args);
            if ci {
                c.env("CI", "true");
            }
            let o = if devnull {
                let mut c = seam_std(&ws.url());
                c.args(args);
                if ci {
                    c.env("CI", "true");
                }
                c.stdin(std::fs::File::open("/dev/null").expect("/dev/null"));
                c.output().expect("runs")
            } else {
                c.write_stdin("").output().expect("runs")
            };
            assert_eq!(o.status.code(), Some(2), "{what} {args:?}: {}", stderr(&o));
            if args.is_empty() {
                // Bare `seam` prints help, as before.
                assert!(stderr(&o).contains("Usage:"), "{what}: {}", stderr(&o));
            } else {
                assert!(
                    stderr(&o).contains("missing required --access-method"),
                    "{what}: {}",
                    stderr(&o)
                );
            }
            assert!(!stderr(&o).contains("Access system"), "{what} prompted");
            assert!(!stderr(&o).contains("Which command"), "{what} prompted");
            assert_no_leak(&o);
        }
    }
    // -i needs a terminal.
    let o = seam(&ws.url())
        .args([
            "acs",
            "credentials",
            "create",
            "-i",
            "--access-method",
            "card",
        ])
        .write_stdin("")
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--interactive needs a terminal"),
        "{}",
        stderr(&o)
    );
    systems.assert_calls(0);
    create.assert_calls(0);
}

/// Arguments and extra environment of one run.
type Run<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)]);

#[test]
fn prompts_off_on_a_terminal_never_prompt() {
    let ws = Workspace::new();
    let systems = ws.any("/acs/systems/list");
    let create = ws.any("/acs/credentials/create");
    let runs: [Run; 4] = [
        (&["acs", "credentials", "create", "--non-interactive"], &[]),
        (&["acs", "credentials", "create", "-y"], &[]),
        (&["acs", "credentials", "create"], &[("CI", "true")]),
        (
            &[
                "acs",
                "credentials",
                "create",
                "--acs-user-id",
                JANE,
                "--non-interactive",
            ],
            &[],
        ),
    ];
    for cols in WIDTHS {
        for (args, env) in &runs {
            let t = Pty::spawn(&ws.url(), args, env, cols);
            let (code, screen) = t.wait();
            assert_eq!(code, 2, "{args:?} {env:?}:\n{screen}");
            assert!(
                screen.contains("missing required --access-method"),
                "{screen}"
            );
            assert!(
                !screen.contains("Access system"),
                "{args:?} prompted:\n{screen}"
            );
        }
    }
    systems.assert_calls(0);
    create.assert_calls(0);
}

#[test]
fn delete_on_a_terminal_with_prompts_off_needs_yes() {
    let ws = Workspace::new();
    let deleted = ws.server.mock(|when, then| {
        when.method(POST)
            .path("/acs/credentials/delete")
            .json_body(json!({"acs_credential_id": CRED}));
        then.status(200).json_body(json!({"ok": true}));
    });
    for cols in WIDTHS {
        let t = Pty::spawn(
            &ws.url(),
            &[
                "acs",
                "credentials",
                "delete",
                "--acs-credential-id",
                CRED,
                "--non-interactive",
            ],
            &[],
            cols,
        );
        let (code, screen) = t.wait();
        assert_eq!(code, 2, "{screen}");
        assert!(screen.contains("pass --yes"), "{screen}");
    }
    deleted.assert_calls(0);
    // With --yes it goes ahead, without a question.
    let t = Pty::spawn(
        &ws.url(),
        &[
            "acs",
            "credentials",
            "delete",
            "--acs-credential-id",
            CRED,
            "--yes",
        ],
        &[],
        80,
    );
    let (code, screen) = t.wait();
    assert_eq!(code, 0, "{screen}");
    deleted.assert_calls(1);
}

#[test]
fn menu_adds_optional_values_checked_as_the_flags_are() {
    let ws = Workspace::new();
    let created = ws.create(json!({
        "access_method": "card",
        "acs_user_id": JANE,
        "ends_at": "2024-03-09T00:00:00Z",
        "is_multi_phone_sync_credential": true
    }));
    let mut t = Pty::spawn(
        &ws.url(),
        &[
            "acs",
            "credentials",
            "create",
            "--interactive",
            "--acs-user-id",
            JANE,
            "--access-method",
            "card",
        ],
        &[],
        80,
    );
    t.expect("review and send");
    // A timestamp starts from now (SEAM_NOW here) and is checked as --ends-at is.
    t.send("ends_at");
    t.send(ENTER);
    t.expect("ends_at: 2024-03-02T00:00:00Z");
    t.send(&BACKSPACE.repeat(20));
    t.send("next week");
    t.send(ENTER);
    t.expect("expected an RFC 3339 timestamp");
    t.send(&BACKSPACE.repeat(9));
    t.send("2024-03-09T00:00:00Z");
    t.send(ENTER);
    // A boolean is yes/no (or left out).
    t.expect("choose a parameter to edit");
    t.send("multi_phone");
    t.send(ENTER);
    t.expect("leave it out");
    t.send("yes");
    t.send(ENTER);
    // The code was never given: left out, so not sent.
    t.expect("choose a parameter to edit");
    t.send("review");
    t.send(ENTER);
    t.expect("\"ends_at\": \"2024-03-09T00:00:00Z\"");
    t.expect("Send this request?");
    t.send(ENTER);
    t.expect("Created credential");
    let (code, screen) = t.wait();
    assert_eq!(code, 0, "{screen}");
    created.assert_calls(1);
}

#[test]
fn menu_says_what_is_missing_before_sending() {
    let ws = Workspace::new();
    let create = ws.any("/acs/credentials/create");
    let mut t = Pty::spawn(
        &ws.url(),
        &[
            "acs",
            "credentials",
            "create",
            "-i",
            "--access-method",
            "card",
        ],
        &[],
        120,
    );
    t.expect("review and send");
    t.send("review");
    t.send(ENTER);
    t.expect("cannot send yet: say who the credential is for");
    t.expect("choose a parameter to edit");
    t.send(ESC);
    let (code, _) = t.wait();
    assert_eq!(code, 130);
    create.assert_calls(0);
}

#[test]
fn delete_on_a_terminal_picks_the_credential_then_asks() {
    let ws = Workspace::new();
    ws.server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/list");
        then.status(200)
            .json_body(json!({"ok": true, "acs_credentials": [
            {"acs_credential_id": CRED, "display_name": "Front desk", "access_method": "code"}
        ], "pagination": {"has_next_page": false, "next_page_cursor": null}}));
    });
    let deleted = ws.server.mock(|when, then| {
        when.method(POST)
            .path("/acs/credentials/delete")
            .json_body(json!({"acs_credential_id": CRED}));
        then.status(200).json_body(json!({"ok": true}));
    });
    let mut t = Pty::spawn(&ws.url(), &["acs", "credentials", "delete"], &[], 80);
    t.expect("Front desk");
    t.send(ENTER);
    t.expect("Delete credential 77777777-7777-7777-7777-777777777777?");
    t.send("y\r");
    t.expect("Deleted credential");
    let (code, screen) = t.wait();
    assert_eq!(code, 0, "{screen}");
    deleted.assert_calls(1);
}

/// Several IDs to delete: one question listing them all; "no" sends nothing; prompts off on a
/// terminal needs --yes, as for one ID.
#[test]
fn deleting_several_ids_on_a_terminal_asks_once() {
    const CRED2: &str = "78787878-7878-7878-7878-787878787878";
    let ws = Workspace::new();
    let deleted = ws.server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/delete");
        then.status(200).json_body(json!({"ok": true}));
    });
    let args = ["acs", "credentials", "delete", CRED, CRED2];
    for cols in WIDTHS {
        let mut t = Pty::spawn(&ws.url(), &args, &[], cols);
        t.expect(CRED2);
        t.expect("Delete these 2 credentials?");
        t.send("n\r");
        let (code, screen) = t.wait();
        assert_eq!(code, 2, "{screen}");
        assert!(screen.contains(CRED), "{screen}");
        assert!(screen.contains("cancelled: nothing was sent"), "{screen}");
    }
    deleted.assert_calls(0);
    let t = Pty::spawn(
        &ws.url(),
        &[&args[..], &["--non-interactive"]].concat(),
        &[],
        80,
    );
    let (code, screen) = t.wait();
    assert_eq!(code, 2, "{screen}");
    assert!(screen.contains("pass --yes"), "{screen}");
    deleted.assert_calls(0);
    let mut t = Pty::spawn(&ws.url(), &args, &[], 80);
    t.expect("Delete these 2 credentials?");
    t.send("y\r");
    let (code, screen) = t.wait();
    assert_eq!(code, 0, "{screen}");
    deleted.assert_calls(2);
}

#[test]
fn login_with_prompts_off_does_not_ask_for_the_token() {
    let ws = Workspace::new();
    let t = Pty::spawn(&ws.url(), &["login", "--non-interactive"], &[], 80);
    let (code, screen) = t.wait();
    assert_eq!(code, 2, "{screen}");
    assert!(screen.contains("--with-token"), "{screen}");
    assert!(!screen.contains("Paste your"), "{screen}");
}

#[test]
fn long_lists_load_more_pages_and_search_on_the_server() {
    let ws = Workspace::new_bare();
    ws.server.mock(|when, then| {
        when.method(POST).path("/acs/systems/list");
        then.status(200)
            .json_body(json!({"ok": true, "acs_systems": [
                {"acs_system_id": SYSTEM, "name": "Main building", "errors": []}
            ]}));
    });
    // Page 1, page 2 (by cursor), and a server-side search.
    ws.server.mock(|when, then| {
        when.method(POST)
            .path("/acs/users/list")
            .json_body(json!({"acs_system_id": SYSTEM, "limit": 100}));
        then.status(200).json_body(json!({"ok": true, "acs_users": [
            {"acs_user_id": JANE, "display_name": "Jane Doe"}
        ], "pagination": {"has_next_page": true, "next_page_cursor": "page-2"}}));
    });
    ws.server.mock(|when, then| {
        when.method(POST)
            .path("/acs/users/list")
            .json_body(json!({"acs_system_id": SYSTEM, "limit": 100, "page_cursor": "page-2"}));
        then.status(200).json_body(json!({"ok": true, "acs_users": [
            {"acs_user_id": BOB, "display_name": "Bob Roe"}
        ], "pagination": {"has_next_page": false, "next_page_cursor": null}}));
    });
    let zed = "88888888-8888-8888-8888-888888888888";
    ws.server.mock(|when, then| {
        when.method(POST)
            .path("/acs/users/list")
            .json_body(json!({"acs_system_id": SYSTEM, "limit": 100, "search": "zed"}));
        then.status(200).json_body(json!({"ok": true, "acs_users": [
            {"acs_user_id": zed, "display_name": "Zed Ng"}
        ], "pagination": {"has_next_page": false, "next_page_cursor": null}}));
    });
    let assigned = |user: &str| {
        let user = user.to_string();
        ws.server.mock(move |when, then| {
            when.method(POST)
                .path("/acs/credentials/assign")
                .json_body(json!({"acs_credential_id": CRED, "acs_user_id": user}));
            then.status(200).json_body(json!({"ok": true}));
        })
    };
    let to_bob = assigned(BOB);
    let to_zed = assigned(zed);
    let args = ["acs", "credentials", "assign", "--acs-credential-id", CRED];

    // assign: which of the two (Rule::ExactlyOne), then the system, then the next page.
    let mut t = Pty::spawn(&ws.url(), &args, &[], 80);
    t.expect("Give one of");
    t.send(ENTER); // acs_user_id
    t.expect("Main building");
    t.send(ENTER);
    t.expect("load more");
    t.send(DOWN);
    t.send(ENTER);
    t.expect("Bob Roe");
    t.send(ENTER); // the cursor is on the first new item
    let (code, screen) = t.wait();
    assert_eq!(code, 0, "{screen}");
    to_bob.assert_calls(1);

    // The same, searching on the server.
    let mut t = Pty::spawn(&ws.url(), &args, &[], 120);
    t.expect("Give one of");
    t.send(ENTER);
    t.expect("Main building");
    t.send(ENTER);
    t.expect("search on the server");
    t.send("search");
    t.send(ENTER);
    t.expect("Search ACS users for");
    t.send("zed");
    t.send(ENTER);
    t.expect("Zed Ng");
    t.send(ENTER);
    let (code, screen) = t.wait();
    assert_eq!(code, 0, "{screen}");
    to_zed.assert_calls(1);
}

#[test]
fn interactive_is_for_one_request() {
    let ws = Workspace::new();
    let t = Pty::spawn(
        &ws.url(),
        &["acs", "credentials", "list", "-i", "--all"],
        &[],
        80,
    );
    let (code, screen) = t.wait();
    assert_eq!(code, 2, "{screen}");
    assert!(
        screen.contains("cannot be used with --all or --from-file"),
        "{screen}"
    );
}

#[test]
fn dry_run_still_reads_the_lists_and_sends_nothing() {
    let ws = Workspace::new();
    let create = ws.any("/acs/credentials/create");
    let mut t = Pty::spawn(
        &ws.url(),
        &[
            "acs",
            "credentials",
            "create",
            "--dry-run",
            "--access-method",
            "card",
        ],
        &[],
        120,
    );
    t.expect("Main building");
    t.send(ENTER);
    t.expect("Jane Doe");
    t.send(ENTER);
    t.expect("Entrances");
    t.send(ENTER);
    t.expect("/acs/credentials/create");
    t.expect(JANE);
    let (code, screen) = t.wait();
    assert_eq!(code, 0, "{screen}");
    create.assert_calls(0);
}
