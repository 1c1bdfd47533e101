//! `--help`: every parameter type and an example, and examples that paste into bash as one
//! command.

use crate::support::{seam_bare, stdout};

#[test]
fn help_lists_every_parameter_type_and_an_example() {
    use seam::spec::credentials::RESOURCE;
    for v in RESOURCE.verbs {
        let out = seam_bare()
            .args(["acs", "credentials", v.name, "--help"])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0));
        let h = stdout(&out);
        for p in v.params {
            assert!(
                h.contains(&format!("--{}", p.flag())),
                "{} help lacks --{}",
                v.name,
                p.flag()
            );
            assert!(
                h.contains(p.kind.value_name()),
                "{} help lacks type {}",
                v.name,
                p.kind.value_name()
            );
        }
        if v.params.iter().any(|p| p.required) {
            assert!(h.contains("(required)"));
        }
        assert!(
            h.contains("$ seam acs credentials"),
            "{} help has no example",
            v.name
        );
    }
    let out = seam_bare().arg("--help").output().expect("runs");
    let h = stdout(&out);
    assert!(h.contains("Exit codes:") && h.contains("130"), "{h}");
}

/// The help's examples, pasted into bash, are the examples of the parameter table: each long
/// one is continued with ` \` so no line is wider than clap's wrapping (which would break it).
#[test]
fn help_examples_paste_into_bash_as_one_command() {
    use seam::spec::credentials::RESOURCE;
    for v in RESOURCE.verbs {
        let out = seam_bare()
            .args(["acs", "credentials", v.name, "--help"])
            .env("COLUMNS", "100")
            .output()
            .expect("runs");
        let h = stdout(&out);
        let mut pasted = Vec::new();
        let mut lines = h.lines();
        while let Some(l) = lines.next() {
            let Some(first) = l.strip_prefix("  $ ") else {
                continue;
            };
            // As bash reads it: a backslash before the newline joins the next line.
            let mut cmd = first.to_string();
            while let Some(stripped) = cmd.strip_suffix('\\') {
                cmd = stripped.to_string();
                cmd.push_str(lines.next().expect("a continued line goes on"));
            }
            pasted.push(cmd.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        let want: Vec<String> = v.examples.iter().map(|(_, c)| c.to_string()).collect();
        assert_eq!(pasted, want, "{}:\n{h}", v.name);
        let examples = h.split("Examples:").nth(1).unwrap_or_default();
        for l in examples.lines() {
            assert!(l.chars().count() <= 90, "{}: too wide: {l}", v.name);
        }
    }
}

/// `-h` is the quick look: it fits one screen, names each parameter in a line, and leaves the
/// global options to `seam help globals` (and `--help`) instead of repeating them.
#[test]
fn short_help_fits_a_screen_and_globals_are_documented_once() {
    for v in seam::spec::credentials::RESOURCE.verbs {
        let o = seam_bare()
            .env("COLUMNS", "100")
            .args(["acs", "credentials", v.name, "-h"])
            .output()
            .expect("runs");
        let short = String::from_utf8_lossy(&o.stdout).into_owned();
        assert!(o.status.success());
        assert!(
            short.lines().count() <= 60,
            "{}: {} lines\n{short}",
            v.name,
            short.lines().count()
        );
        assert!(
            !short.contains("--max-retries"),
            "{}: globals in -h",
            v.name
        );
        assert!(short.contains("seam help globals"), "{short}");
        for p in v.params {
            assert!(
                short.contains(&format!("--{}", p.flag())),
                "{}: {}",
                v.name,
                p.name
            );
        }
        let long = seam_bare()
            .args(["acs", "credentials", v.name, "--help"])
            .output()
            .expect("runs");
        let long = String::from_utf8_lossy(&long.stdout).into_owned();
        assert!(
            long.contains("--max-retries"),
            "{}: --help keeps every option",
            v.name
        );
    }
    let g = seam_bare()
        .args(["help", "globals"])
        .output()
        .expect("runs");
    assert!(g.status.success());
    let g = String::from_utf8_lossy(&g.stdout).into_owned();
    for flag in [
        "--profile",
        "--format",
        "--verbose",
        "--dry-run",
        "--timeout",
        "--header",
    ] {
        assert!(g.contains(flag), "{flag} in `seam help globals`:\n{g}");
    }
    assert!(g.contains("SEAM_API_KEY"), "the environment too");
    let h = seam_bare()
        .args(["help", "acs", "credentials", "get"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&h.stdout).contains("--acs-credential-id"));
    let bad = seam_bare()
        .args(["help", "acs", "nope"])
        .output()
        .expect("runs");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("credentials"));
}

/// `ls` and `rm`, as in gh and kubectl.
#[test]
fn ls_and_rm_are_list_and_delete() {
    for (alias, verb) in [("ls", "list"), ("rm", "delete")] {
        let o = seam_bare()
            .args(["acs", "credentials", alias, "--help"])
            .output()
            .expect("runs");
        let text = String::from_utf8_lossy(&o.stdout).into_owned();
        assert!(o.status.success(), "{alias}");
        assert!(
            text.contains(&format!("seam acs credentials {verb}")),
            "{alias}: {text}"
        );
    }
    let o = seam_bare()
        .args(["acs", "credentials", "ls", "--dry-run", "--json"])
        .env("SEAM_API_KEY", crate::support::KEY)
        .output()
        .expect("runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}
