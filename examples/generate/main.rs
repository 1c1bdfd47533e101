//! Regenerates the committed generated files: `cargo run --example generate -- DIR` writes
//! completions/, docs/man/ and docs/reference.md under DIR (the source tree's root: `.`), from
//! the binary's clap tree. The drift test (tests/it/generated.rs) fails when they are stale.

mod docs;

fn main() {
    let dir = std::env::args_os().nth(1).unwrap_or_else(|| ".".into());
    let dir = std::path::Path::new(&dir);
    match docs::write_all(&seam::cli::command(), dir) {
        Ok(n) => eprintln!("Wrote {n} files under {}", dir.display()),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
