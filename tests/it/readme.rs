//! The README and docs/ stay honest: every relative link (and `#anchor`) in README.md and
//! docs/*.md leads somewhere, the README links every page of docs/ and stays short, and every
//! `seam ...` command in the README's `sh` blocks is accepted by the binary (run with
//! `--dry-run`: checked in full, nothing sent). Files only; the commands point at a closed
//! port on 127.0.0.1 should anything try to connect.

use crate::support::{stderr, stdout, KEY};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn doc_pages() -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(Path::new(ROOT).join("docs"))
        .expect("docs/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    pages.sort();
    pages
}

/// Text outside fenced code blocks (links in samples are not links).
fn prose(text: &str) -> String {
    let mut out = String::new();
    let mut fenced = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        } else if !fenced {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Targets of Markdown links `[text](target)` in prose.
fn links(text: &str) -> Vec<String> {
    let prose = prose(text);
    let mut found = Vec::new();
    let mut rest = prose.as_str();
    while let Some(i) = rest.find("](") {
        rest = &rest[i + 2..];
        if let Some(end) = rest.find(')') {
            found.push(rest[..end].to_string());
        }
    }
    found
}

/// GitHub's anchor for a heading: lower case; letters, digits, `-` and `_` kept; spaces to `-`.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

fn anchors(text: &str) -> BTreeSet<String> {
    prose(text)
        .lines()
        .filter(|l| l.starts_with('#'))
        .map(|l| slug(l.trim_start_matches('#')))
        .collect()
}

#[test]
fn readme_and_docs_links_lead_somewhere() {
    let mut files = vec![Path::new(ROOT).join("README.md")];
    files.extend(doc_pages());
    files.push(Path::new(ROOT).join("CONTRIBUTING.md"));
    let mut broken = Vec::new();
    for file in &files {
        let text = read(file);
        for target in links(&text) {
            if target.starts_with("http://") || target.starts_with("https://") {
                continue;
            }
            let (path, anchor) = match target.split_once('#') {
                Some((p, a)) => (p, Some(a)),
                None => (target.as_str(), None),
            };
            let dest = if path.is_empty() {
                file.clone()
            } else {
                file.parent().expect("a directory").join(path)
            };
            if !dest.exists() {
                broken.push(format!("{}: {target} (no such file)", file.display()));
                continue;
            }
            if let Some(a) = anchor {
                if dest.extension().is_some_and(|x| x == "md") && !anchors(&read(&dest)).contains(a)
                {
                    broken.push(format!("{}: {target} (no such heading)", file.display()));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn readme_links_every_doc_page_and_stays_short() {
    let readme = read(&Path::new(ROOT).join("README.md"));
    let linked: BTreeSet<String> = links(&readme).into_iter().collect();
    for page in doc_pages() {
        let name = format!(
            "docs/{}",
            page.file_name().expect("a name").to_string_lossy()
        );
        assert!(linked.contains(&name), "README.md does not link {name}");
    }
    for must in ["CONTRIBUTING.md", "docs/exit-codes.md"] {
        assert!(linked.contains(must), "README.md does not link {must}");
    }
    let lines = readme.lines().count();
    assert!(
        lines <= 210,
        "README.md has {lines} lines; keep it near 200"
    );
    assert!(
        !readme.contains("<!--"),
        "README.md holds an HTML comment (a leftover marker?)"
    );
}

/// The `seam ...` commands of the README's `sh` blocks, continuation lines joined.
fn readme_commands() -> Vec<String> {
    let readme = read(&Path::new(ROOT).join("README.md"));
    let mut cmds = Vec::new();
    let mut in_sh = false;
    let mut pending = String::new();
    for line in readme.lines() {
        let t = line.trim();
        if t.starts_with("```") {
            in_sh = t == "```sh";
            continue;
        }
        if !in_sh {
            continue;
        }
        pending.push_str(t.trim_end_matches('\\'));
        pending.push(' ');
        if t.ends_with('\\') {
            continue;
        }
        let cmd = std::mem::take(&mut pending);
        if cmd.starts_with("seam ") {
            cmds.push(cmd.trim().to_string());
        }
    }
    cmds
}

#[test]
fn readme_commands_are_accepted_by_the_binary() {
    let cmds = readme_commands();
    assert!(cmds.len() >= 8, "too few commands found: {cmds:?}");
    let dir = tempfile::tempdir().expect("a temp dir");
    std::fs::write(
        dir.path().join("guests.csv"),
        "acs_user_id,access_method,code,starts_at,ends_at\n\
         f3a2c1d4-8b7e-4d2a-9c6f-1e5b3a7d9c02,code,482913,2026-12-04T15:00:00Z,2026-12-07T11:00:00Z\n",
    )
    .expect("guests.csv");
    let bin = assert_cmd::cargo::cargo_bin("seam");
    // All at once (each is a few milliseconds of work; most of the time is process start-up).
    let mut running = Vec::new();
    for cmd in &cmds {
        // Not API calls: they would ask for a token or write files in $HOME.
        if [
            "seam login",
            "seam completion",
            "seam whoami",
            "seam config",
        ]
        .iter()
        .any(|p| cmd.starts_with(p))
        {
            continue;
        }
        let child = Command::new("bash")
            .arg("-c")
            .arg(format!(
                "seam() {{ \"$SEAM_BIN\" \"$@\" --dry-run; }}\n{cmd}"
            ))
            .current_dir(dir.path())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", dir.path())
            .env("SEAM_BIN", &bin)
            .env("SEAM_CONFIG_DIR", dir.path().join("config"))
            .env("SEAM_API_KEY", KEY)
            .env("SEAM_ENDPOINT", "http://127.0.0.1:9")
            .env("SEAM_NOW", "2026-12-03T09:00:00Z")
            .env("TZ", "UTC")
            .env("NO_PROXY", "*")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("bash runs");
        running.push((cmd, child));
    }
    let mut checked = 0;
    for (cmd, child) in running {
        let out = child.wait_with_output().expect("bash ends");
        assert!(
            out.status.success(),
            "README command refused: {cmd}\nstdout: {}\nstderr: {}",
            stdout(&out),
            stderr(&out)
        );
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} commands checked");
}
