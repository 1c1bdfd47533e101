//! Requests to stop: SIGINT (Ctrl-C), SIGTERM (`timeout`, systemd, a cancelled CI job) and
//! SIGHUP (the terminal went away) are treated alike, so a bulk run always stops cleanly and
//! writes its journal, whoever stops it.

/// Resolves when the process is asked to stop, with the exit code that says why (128 + the
/// signal number: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP). Never resolves if no handler
/// can be installed (the signal then keeps its default effect).
pub async fn stop_requested() -> i32 {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        if let (Ok(mut term), Ok(mut hup)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::hangup()),
        ) {
            return tokio::select! {
                r = tokio::signal::ctrl_c() => match r {
                    Ok(()) => 130,
                    Err(_) => std::future::pending().await,
                },
                _ = term.recv() => 143,
                _ = hup.recv() => 129,
            };
        }
    }
    match tokio::signal::ctrl_c().await {
        Ok(()) => 130,
        Err(_) => std::future::pending().await,
    }
}

/// The signal's name, for messages.
pub fn name(code: i32) -> &'static str {
    match code {
        143 => "SIGTERM",
        129 => "SIGHUP",
        _ => "Ctrl-C",
    }
}
