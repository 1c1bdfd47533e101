#!/usr/bin/env bash
# Run Stoplight Prism as a mock of Seam's /acs/credentials/* API and the lookup
# list/get endpoints (spec from the pinned @seamapi/types, trimmed and patched by
# extract-spec.mjs).
#
#   prism.sh start [--name NAME] [--dynamic] [--seed N] [--port N] [--timeout S]
#                  [--extract-arg ARG]... (e.g. --extract-arg --no-patches: mock the unpatched spec)
#                  [--realistic] (answers that look real, from sandbox-examples.mjs; the sandbox uses it)
#   prism.sh stop  [--name NAME | --all]
#   prism.sh url   [--name NAME]       # print the URL of a running instance (exit 1 if none)
#   prism.sh status [--name NAME]      # say whether it runs (exit 0) or not (exit 1)
#   prism.sh log   [--name NAME]       # print the path of the instance's log file
#   prism.sh install                   # npm ci (only if needed)
#
# Environment (flags win): PRISM_NAME (default "default"), PRISM_DYNAMIC=1,
# PRISM_SEED=N, PRISM_PORT=N (default: a free port), PRISM_START_TIMEOUT=S
# (default 60), PRISM_INSTALL_TIMEOUT=S (default 300), PRISM_REALISTIC=1.
#
# Each instance keeps its state in .cache/prism/NAME/ (next to this script):
#   url, pid, port, mode, openapi.json (its own copy of the spec), prism.log
# `start` prints the URL on stdout and nothing else; progress goes to stderr.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
CACHE="$HERE/.cache"
SPEC="$CACHE/acs-credentials.openapi.json"
PRISM_BIN="$HERE/node_modules/@stoplight/prism-cli/dist/index.js"

die() { printf 'prism.sh: %s\n' "$*" >&2; exit 1; }
say() { printf 'prism.sh: %s\n' "$*" >&2; }

usage() {
  sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit "${1:-2}"
}

command -v node >/dev/null 2>&1 || die "node is not on PATH"
command -v curl >/dev/null 2>&1 || die "curl is not on PATH"

# ---------------------------------------------------------------- install ---

installed_ok() {
  # True when node_modules holds exactly the versions pinned in package.json.
  [[ -f "$PRISM_BIN" ]] || return 1
  # shellcheck disable=SC2016 # JavaScript, not shell
  (cd "$HERE" && node -e '
    const fs = require("fs");
    const deps = JSON.parse(fs.readFileSync("package.json", "utf8")).dependencies;
    for (const [name, want] of Object.entries(deps)) {
      let got;
      try { got = JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, "utf8")).version } catch { process.exit(1) }
      if (got !== want) process.exit(1);
    }' 2>/dev/null)
}

do_install() {
  mkdir -p "$CACHE"
  # One installer at a time (several `start`s may race).
  exec 9>"$CACHE/install.lock"
  flock -w "${PRISM_INSTALL_TIMEOUT:-300}" 9 || die "timed out waiting for another install (lock $CACHE/install.lock)"
  if installed_ok; then exec 9>&-; return 0; fi
  say "installing pinned packages (npm ci) in $HERE ..."
  local t0=$SECONDS
  # --ignore-scripts: the only install script in the tree is telemetry (@scarf/scarf).
  # --engine-strict=false: Prism 5.16 declares node>=24 but runs on node 20.
  if ! (cd "$HERE" && timeout "${PRISM_INSTALL_TIMEOUT:-300}" \
        npm ci --ignore-scripts --engine-strict=false --no-audit --no-fund --loglevel=error 1>&2); then
    die "npm ci failed or timed out in $HERE"
  fi
  installed_ok || die "npm ci finished but the pinned packages are not in node_modules"
  say "installed in $((SECONDS - t0)) s"
  exec 9>&-
}

# ---------------------------------------------------------------- helpers ---

NAME="${PRISM_NAME:-default}"
DYNAMIC="${PRISM_DYNAMIC:-0}"
SEED="${PRISM_SEED:-}"
PORT="${PRISM_PORT:-}"
START_TIMEOUT="${PRISM_START_TIMEOUT:-60}"
REALISTIC="${PRISM_REALISTIC:-0}"
ALL=0
EXTRACT_ARGS=()

parse_opts() {
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --name) [[ $# -ge 2 ]] || die "--name needs a value"; NAME="$2"; shift 2 ;;
      --name=*) NAME="${1#*=}"; shift ;;
      --dynamic|-d) DYNAMIC=1; shift ;;
      --static) DYNAMIC=0; shift ;;
      --seed) [[ $# -ge 2 ]] || die "--seed needs a value"; SEED="$2"; shift 2 ;;
      --seed=*) SEED="${1#*=}"; shift ;;
      --port) [[ $# -ge 2 ]] || die "--port needs a value"; PORT="$2"; shift 2 ;;
      --port=*) PORT="${1#*=}"; shift ;;
      --timeout) [[ $# -ge 2 ]] || die "--timeout needs a value"; START_TIMEOUT="$2"; shift 2 ;;
      --timeout=*) START_TIMEOUT="${1#*=}"; shift ;;
      --all) ALL=1; shift ;;
      --realistic) REALISTIC=1; shift ;;
      --extract-arg) [[ $# -ge 2 ]] || die "--extract-arg needs a value"; EXTRACT_ARGS+=("$2"); shift 2 ;;
      -h|--help) usage 0 ;;
      *) die "unknown option: $1 (try --help)" ;;
    esac
  done
  [[ "$NAME" =~ ^[A-Za-z0-9_.-]+$ ]] || die "bad --name '$NAME' (letters, digits, . _ - only)"
  [[ "$DYNAMIC" == 0 || "$DYNAMIC" == 1 ]] || die "PRISM_DYNAMIC must be 0 or 1"
  [[ "$REALISTIC" == 0 || "$REALISTIC" == 1 ]] || die "PRISM_REALISTIC must be 0 or 1"
  [[ -z "$SEED" || "$SEED" =~ ^[A-Za-z0-9_-]+$ ]] || die "bad seed '$SEED'"
  [[ -z "$PORT" || "$PORT" =~ ^[0-9]+$ ]] || die "bad port '$PORT'"
  [[ "$START_TIMEOUT" =~ ^[0-9]+$ && "$START_TIMEOUT" -gt 0 ]] || die "bad timeout '$START_TIMEOUT'"
  STATE="$CACHE/prism/$NAME"
}

free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
  else
    node -e 'const s=require("net").createServer(); s.listen(0,"127.0.0.1",()=>{console.log(s.address().port); s.close()})'
  fi
}

port_free() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket,sys; s=socket.socket(); s.bind(("127.0.0.1",int(sys.argv[1]))); s.close()' "$1" 2>/dev/null
  else
    node -e 'const s=require("net").createServer(); s.on("error",()=>process.exit(1)); s.listen(+process.argv[1],"127.0.0.1",()=>s.close())' "$1" 2>/dev/null
  fi
}

# Is $1 a live Prism process started by us (guards against pid reuse)?
is_our_prism() {
  local pid="$1"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [[ -r "/proc/$pid/cmdline" ]] || { kill -0 "$pid" 2>/dev/null || return 1; return 0; }
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "prism-cli.* mock .*$STATE/openapi.json"
}

http_up() {
  # Any HTTP answer counts (Prism says 404 for /).
  local code
  code="$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "$1/" 2>/dev/null || true)"
  [[ -n "$code" && "$code" != 000 ]]
}

running_pid() {
  local pid
  [[ -f "$STATE/pid" ]] || return 1
  pid="$(cat "$STATE/pid" 2>/dev/null || true)"
  is_our_prism "$pid" || return 1
  printf '%s\n' "$pid"
}

log_tail() {
  if [[ -f "$STATE/prism.log" ]]; then
    say "last lines of $STATE/prism.log:"
    tail -n 25 "$STATE/prism.log" | sed 's/^/  | /' >&2
  fi
}

kill_group() {
  # Stop process group $1 (Prism was started with setsid, so pgid == pid):
  # TERM, wait up to 10 s, then KILL.
  local pid="$1" i
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    kill -0 -- "-$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  say "pid $pid did not exit on TERM; sending KILL"
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 30; i++)); do
    kill -0 -- "-$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  return 1
}

# ---------------------------------------------------------------- commands --

cmd_start() {
  mkdir -p "$STATE"
  local mode="static"
  [[ "$DYNAMIC" == 1 ]] && mode="dynamic${SEED:+ seed=$SEED}"
  [[ ${#EXTRACT_ARGS[@]} -gt 0 ]] && mode="$mode extract:${EXTRACT_ARGS[*]}"
  [[ "$REALISTIC" == 1 ]] && mode="$mode realistic"

  local pid
  if pid="$(running_pid)"; then
    local url have
    url="$(cat "$STATE/url")"
    have="$(cat "$STATE/mode" 2>/dev/null || true)"
    [[ "$have" == "$mode" ]] || die "instance '$NAME' already runs ($have at $url); stop it first or use another --name"
    http_up "$url" || die "instance '$NAME' (pid $pid) runs but $url does not answer; try: $0 stop --name $NAME"
    say "instance '$NAME' already running ($mode)"
    printf '%s\n' "$url"
    return 0
  fi
  rm -f "$STATE/pid" "$STATE/url" "$STATE/port" "$STATE/mode"

  do_install
  # Each instance reads its own copy: Prism watches its spec file and restarts on change.
  if [[ ${#EXTRACT_ARGS[@]} -gt 0 ]]; then
    (cd "$HERE" && timeout 60 node extract-spec.mjs "${EXTRACT_ARGS[@]}" --out "$STATE/openapi.json" >&2) \
      || die "extract-spec.mjs ${EXTRACT_ARGS[*]} failed"
  else
    (cd "$HERE" && timeout 60 node extract-spec.mjs >&2) || die "extract-spec.mjs failed"
    cp "$SPEC" "$STATE/openapi.json.tmp" && mv -f "$STATE/openapi.json.tmp" "$STATE/openapi.json"
  fi
  # Only this instance's copy changes; the shared extracted spec keeps the spec's examples.
  if [[ "$REALISTIC" == 1 ]]; then
    (cd "$HERE" && timeout 60 node sandbox-examples.mjs "$STATE/openapi.json" >&2) \
      || die "sandbox-examples.mjs failed"
  fi

  local args=(mock --host 127.0.0.1)
  [[ "$DYNAMIC" == 1 ]] && args+=(--dynamic)
  [[ -n "$SEED" ]] && args+=(--seed "$SEED")

  local attempt port url t0 deadline
  if [[ -n "$PORT" ]] && ! port_free "$PORT"; then
    die "port $PORT on 127.0.0.1 is already in use"
  fi
  for attempt in 1 2 3; do
    port="${PORT:-$(free_port)}"
    url="http://127.0.0.1:$port"
    : >"$STATE/prism.log"
    t0=$(date +%s%N)
    # setsid: own process group, so `stop` gets Prism and anything it forks.
    # No stdin/stdout/stderr is kept: `eval "$(prism.sh start)"` must not hang.
    setsid node "$PRISM_BIN" "${args[@]}" --port "$port" "$STATE/openapi.json" \
      </dev/null >>"$STATE/prism.log" 2>&1 &
    pid=$!
    printf '%s\n' "$pid" >"$STATE/pid"
    deadline=$((SECONDS + START_TIMEOUT))
    while ((SECONDS < deadline)); do
      if ! kill -0 "$pid" 2>/dev/null; then break; fi
      # Our own log line first: another server may already answer on this port.
      if grep -q "Prism is listening on $url" "$STATE/prism.log" 2>/dev/null && http_up "$url"; then
        printf '%s\n' "$url" >"$STATE/url"
        printf '%s\n' "$port" >"$STATE/port"
        printf '%s\n' "$mode" >"$STATE/mode"
        say "instance '$NAME' ($mode) ready at $url in $(( ($(date +%s%N) - t0) / 1000000 )) ms (pid $pid, log $STATE/prism.log)"
        printf '%s\n' "$url"
        return 0
      fi
      sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
      kill_group "$pid" || true
      rm -f "$STATE/pid"
      log_tail
      die "Prism did not answer on $url within ${START_TIMEOUT}s (instance '$NAME')"
    fi
    rm -f "$STATE/pid"
    if [[ -z "$PORT" ]] && grep -q EADDRINUSE "$STATE/prism.log"; then
      say "port $port was taken meanwhile; retrying ($attempt/3)"
      continue
    fi
    log_tail
    die "Prism exited during startup (instance '$NAME')"
  done
  log_tail
  die "could not find a free port for Prism after 3 tries"
}

stop_one() {
  local pid
  if pid="$(running_pid)"; then
    if kill_group "$pid"; then
      say "stopped instance '$NAME' (pid $pid)"
    else
      die "could not stop instance '$NAME' (pid $pid)"
    fi
  else
    say "instance '$NAME' is not running"
  fi
  rm -f "$STATE/pid" "$STATE/url" "$STATE/port" "$STATE/mode"
}

cmd_stop() {
  if [[ "$ALL" == 1 ]]; then
    local d
    shopt -s nullglob
    for d in "$CACHE"/prism/*/; do
      NAME="$(basename "$d")"; STATE="$CACHE/prism/$NAME"
      stop_one
    done
  else
    stop_one
  fi
}

cmd_url() {
  running_pid >/dev/null || die "instance '$NAME' is not running (start it: $0 start --name $NAME)"
  cat "$STATE/url"
}

cmd_status() {
  local pid
  if pid="$(running_pid)"; then
    local url
    url="$(cat "$STATE/url" 2>/dev/null || echo '?')"
    if http_up "$url"; then
      say "instance '$NAME' running: $(cat "$STATE/mode" 2>/dev/null) at $url (pid $pid)"
      return 0
    fi
    say "instance '$NAME' has pid $pid but $url does not answer"
    return 1
  fi
  say "instance '$NAME' is not running"
  return 1
}

[[ $# -ge 1 ]] || usage 2
cmd="$1"; shift
parse_opts "$@"
case "$cmd" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  url) cmd_url ;;
  status) cmd_status ;;
  log) printf '%s\n' "$STATE/prism.log" ;;
  install) do_install ;;
  -h|--help|help) usage 0 ;;
  *) die "unknown command: $cmd (start|stop|url|status|log|install)" ;;
esac
