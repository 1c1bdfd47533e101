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
