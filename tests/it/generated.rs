//! Generated files kept in step with the clap tree: completion scripts, man pages and
//! docs/reference.md.

use crate::support::{seam_bare, stderr, stdout};
use std::path::Path;

// ---- completions, man pages, reference ----

#[test]
fn completion_prints_the_committed_script_for_each_shell() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (shell, file) in [
        ("bash", "seam.bash"),
        ("zsh", "_seam"),
        ("fish", "seam.fish"),
        ("powershell", "_seam.ps1"),
        ("elvish", "seam.elv"),
    ] {
        let o = seam_bare().args(["completion", shell]).output().unwrap();
        assert!(o.status.success(), "{shell}: {}", stderr(&o));
        let committed = std::fs::read(root.join("completions").join(file)).unwrap_or_default();
        assert!(
            o.stdout == committed,
            "`seam completion {shell}` differs from completions/{file}; update with: {}",
            crate::docs::UPDATE_COMMAND
        );
    }
}

#[test]
fn completions_offer_enum_values_and_help_says_how_to_install() {
    let zsh = seam_bare().args(["completion", "zsh"]).output().unwrap();
    let zsh = stdout(&zsh);
    assert!(
        zsh.contains("(code card mobile_key cloud_key)"),
        "access_method values"
    );
    assert!(
        zsh.contains("(table wide json ndjson csv tsv)"),
        "format values"
    );
    assert!(!zsh.contains("__generate"));
    let fish = stdout(&seam_bare().args(["completion", "fish"]).output().unwrap());
    // clap_complete's fish script stops two levels down; seam adds the verbs' flags.
    let create = fish
        .lines()
        .find(|l| {
            l.contains("__fish_seen_subcommand_from create") && l.contains("-l access-method")
        })
        .unwrap_or_else(|| panic!("no --access-method rule for create in:\n{fish}"));
    assert!(
        create.contains("-a \"code card mobile_key cloud_key\""),
        "{create}"
    );
    let help = seam_bare().args(["completion", "--help"]).output().unwrap();
    let help = stdout(&help);
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        assert!(
            help.contains(&format!("seam completion {shell}")),
            "{shell}: {help}"
        );
    }
    let bad = seam_bare().args(["completion", "tcsh"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

/// Every file under `dir` (relative path -> bytes).
fn tree(root: &Path, dir: &str) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
        for e in entries.flatten() {
            if e.path().is_file() {
                let rel = Path::new(dir).join(e.file_name());
                out.insert(rel, std::fs::read(e.path()).unwrap());
            }
        }
    }
    out
}

#[test]
fn generated_files_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    // Through the generator's own writer, into a temporary directory.
    crate::docs::write_all(&seam::cli::command(), tmp.path()).unwrap();
    let mut fresh = tree(tmp.path(), "completions");
    fresh.extend(tree(tmp.path(), "docs/man"));
    fresh.insert(
        "docs/reference.md".into(),
        std::fs::read(tmp.path().join("docs/reference.md")).unwrap(),
    );
    assert_eq!(
        fresh,
        crate::docs::files(&seam::cli::command()).unwrap(),
        "write_all and files() disagree"
    );

    let mut committed = tree(root, "completions");
    committed.extend(tree(root, "docs/man"));
    if let Ok(r) = std::fs::read(root.join("docs/reference.md")) {
        committed.insert("docs/reference.md".into(), r);
    }
    let mut problems = Vec::new();
    for (path, bytes) in &fresh {
        match committed.get(path) {
            None => problems.push(format!("missing: {}", path.display())),
            Some(old) if old != bytes => problems.push(format!("out of date: {}", path.display())),
            _ => {}
        }
    }
    for path in committed.keys() {
        if !fresh.contains_key(path) {
            problems.push(format!("stale (no such command): {}", path.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "generated files differ from the clap tree:\n  {}\nupdate them with:\n  {}\nand commit the result",
        problems.join("\n  "),
        crate::docs::UPDATE_COMMAND
    );
}

#[test]
fn every_command_has_a_man_page() {
    let files = crate::docs::files(&seam::cli::command()).unwrap();
    for page in [
        "seam.1",
        "seam-acs.1",
        "seam-acs-credentials.1",
        "seam-acs-credentials-create.1",
        "seam-acs-credentials-list-accessible-entrances.1",
        "seam-completion.1",
    ] {
        let path = Path::new("docs/man").join(page);
        let text = String::from_utf8(files[&path].clone()).unwrap();
        assert!(text.starts_with(".ie"), "{page} is not roff");
        assert!(text.contains(".SH NAME"), "{page}");
    }
    let create =
        String::from_utf8(files[Path::new("docs/man/seam-acs-credentials-create.1")].clone())
            .unwrap();
    assert!(create.contains("mobile_key"), "enum values in the man page");
    assert!(create.contains("824759"), "examples in the man page");
}

#[test]
fn reference_lists_every_flag_type_and_example() {
    let reference = String::from_utf8(
        crate::docs::files(&seam::cli::command()).unwrap()[Path::new("docs/reference.md")].clone(),
    )
    .unwrap();
    for v in seam::spec::credentials::RESOURCE.verbs {
        let head = format!("## seam acs credentials {}\n", v.name);
        let start = reference.find(&head).unwrap_or_else(|| panic!("no {head}"));
        let rest = &reference[start + head.len()..];
        let section = &rest[..rest.find("\n## ").unwrap_or(rest.len())];
        for p in v.params {
            let row = section
                .lines()
                .find(|l| l.contains(&format!("| `{}` |", p.name)))
                .unwrap_or_else(|| panic!("no row for {} {}", v.name, p.name));
            assert!(
                row.contains(&format!("| {} |", p.kind.type_name())),
                "{row}"
            );
            assert!(
                row.contains(if p.required { "| yes |" } else { "| no |" }),
                "{row}"
            );
            assert!(
                row.contains(&p.kind.accepted().replace('|', "\\|")),
                "{row}"
            );
        }
        for (_, example) in v.examples {
            assert!(section.contains(example), "{example}");
        }
    }
    for needle in [
        "`--dry-run`",
        "`--with-entrances`",
        "acs_entrances",
        "SEAM_NOW",
        "one of `bash`",
    ] {
        assert!(reference.contains(needle), "{needle}");
    }
}
