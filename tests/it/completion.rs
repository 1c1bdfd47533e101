//! `seam completion --install`: the script lands where each shell looks for it, and the user is
//! told where, and what (if anything) to add to the shell's rc file.

use crate::support::{seam_bare, stderr};
use std::path::Path;

fn install(home: &Path, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut c = seam_bare();
    c.env("HOME", home)
        .env_remove("XDG_DATA_HOME")
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("SHELL");
    for (k, v) in env {
        c.env(k, v);
    }
    c.arg("completion").args(args).output().expect("runs")
}

fn script(shell: &str) -> Vec<u8> {
    seam_bare()
        .args(["completion", shell])
        .output()
        .expect("runs")
        .stdout
}

#[test]
fn install_writes_each_shell_where_it_looks() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    for (shell, rel) in [
        ("bash", ".local/share/bash-completion/completions/seam"),
        ("zsh", ".zfunc/_seam"),
        ("fish", ".config/fish/completions/seam.fish"),
    ] {
        let o = install(h, &["--install", shell], &[]);
        assert!(o.status.success(), "{shell}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "nothing on stdout");
        let path = h.join(rel);
        assert_eq!(
            std::fs::read(&path).unwrap_or_default(),
            script(shell),
            "{shell}"
        );
        assert!(
            stderr(&o).contains(&path.display().to_string()),
            "{}",
            stderr(&o)
        );
    }
    // zsh needs its directory in fpath: said once, until ~/.zshrc has it.
    let o = install(h, &["--install", "zsh"], &[]);
    assert!(
        stderr(&o).contains("fpath=(~/.zfunc $fpath)"),
        "{}",
        stderr(&o)
    );
    std::fs::write(h.join(".zshrc"), "fpath=(~/.zfunc $fpath)\n").unwrap();
    let o = install(h, &["--install", "zsh"], &[]);
    assert!(!stderr(&o).contains("fpath="), "{}", stderr(&o));
}

#[test]
fn install_follows_xdg_and_shell_variables() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let o = install(
        home.path(),
        &["--install"],
        &[
            ("SHELL", "/usr/bin/bash"),
            ("XDG_DATA_HOME", data.to_str().unwrap()),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(data.join("bash-completion/completions/seam").is_file());
    // No $SHELL and no shell named: say so.
    let o = install(home.path(), &["--install"], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("$SHELL"), "{}", stderr(&o));
    // Shells whose scripts are loaded from a profile script: refused with a pointer.
    let o = install(home.path(), &["--install", "powershell"], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("seam completion --help"),
        "{}",
        stderr(&o)
    );
}
