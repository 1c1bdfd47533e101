#!/usr/bin/env bash
# Prove the facts documented in README.md against real Prism instances.
# Starts its own instances (names facts-*; stopped again on exit):
#   facts        static mock of the patched spec
#   facts-raw    static mock of the UNPATCHED spec (shows why each patch exists)
#   facts-dyn7a  --dynamic --seed 7
#   facts-dyn7b  --dynamic --seed 7 (second instance: same seed, same answers)
#   facts-dyn8   --dynamic --seed 8
#   facts-rnd    --dynamic (no seed)
# Prints one PASS/FAIL line per check and "N passed, N failed"; exits 1 if any failed.
# Every curl has --max-time; the whole run takes well under a minute.
#
#   check-facts.sh            # run everything
#   CHECK_FACTS_KEEP=1 check-facts.sh   # leave the instances running afterwards
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
PRISM="$HERE/prism.sh"
TMP="$(mktemp -d)"
STARTED=()
PASS=0
FAIL=0

cleanup() {
  local n
  if [[ "${CHECK_FACTS_KEEP:-0}" != 1 ]]; then
    for n in "${STARTED[@]}"; do "$PRISM" stop --name "$n" >/dev/null 2>&1 || true; done
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start() { # start NAME [prism.sh options] -> sets URL; records startup time
  local name="$1" t0 t1
  shift
  "$PRISM" stop --name "$name" >/dev/null 2>&1 || true
  t0=$(date +%s%N)
  URL="$("$PRISM" start --name "$name" "$@" 2>"$TMP/start.err")" || { cat "$TMP/start.err" >&2; exit 1; }
  t1=$(date +%s%N)
  STARTED+=("$name")
  printf 'started %-12s %-28s in %4d ms (prism.sh start incl. extract; %s)\n' "$name" "$*" \
    $(((t1 - t0) / 1000000)) "$(grep -o 'ready at .* in [0-9]* ms' "$TMP/start.err" || echo '?')"
}

AUTH=(-H 'Authorization: Bearer seam_test_key')
JSON=(-H 'Content-Type: application/json')

# call BASE PATH [curl args...] -> STATUS, $TMP/h (headers), $TMP/b (body), CURL_RC
call() {
  local base="$1" path="$2"
  shift 2
  CURL_RC=0
  STATUS="$(curl -sS --max-time "${MAXT:-10}" -D "$TMP/h" -o "$TMP/b" -w '%{http_code}' "$@" "$base$path" 2>"$TMP/curl.err")" || CURL_RC=$?
}

viol() { grep -i '^sl-violations:' "$TMP/h" | cut -d' ' -f2- | tr -d '\r' || true; }

ok() { PASS=$((PASS + 1)); printf 'PASS  %s\n' "$1"; }
ko() { FAIL=$((FAIL + 1)); printf 'FAIL  %s\n' "$1"; shift; printf '      %s\n' "$@"; }

# expect NAME STATUS VIOL JQ -- BASE PATH [curl args...]
#   VIOL: yes | no | any ; JQ: jq expression that must be true on the body, or -
#   Bodies of 2xx/4xx/5xx with an application/json schema are also validated against the spec.
expect() {
  local name="$1" want="$2" wantviol="$3" jqx="$4"
  shift 5 # the 5th is the literal --
  local base="$1" path="$2"
  call "$@"
  local v
  v="$(viol)"
  local why=()
  [[ "$STATUS" == "$want" ]] || why+=("status $STATUS, want $want (curl rc $CURL_RC)")
  case "$wantviol" in
    yes) [[ -n "$v" ]] || why+=("no sl-violations header") ;;
    no) [[ -z "$v" ]] || why+=("unexpected sl-violations: ${v:0:300}") ;;
  esac
  if [[ "$jqx" != - ]] && ! jq -e "$jqx" "$TMP/b" >/dev/null 2>&1; then
    why+=("body fails jq '$jqx': $(head -c 300 "$TMP/b")")
  fi
  if [[ "${VALIDATE:-1}" == 1 && "$STATUS" =~ ^[2345] && -s "$TMP/b" ]] &&
    grep -qi '^content-type: application/json' "$TMP/h"; then
    if ! node "$HERE/validate-response.mjs" "$path" "$STATUS" <"$TMP/b" 2>"$TMP/val.err"; then
      why+=("body does not match the spec's $STATUS schema: $(head -c 400 "$TMP/val.err")")
    fi
  fi
  local extra=""
  [[ -n "$v" ]] && extra=" [sl-violations: $(jq -r '[.[].code|tostring]|join(",")' <<<"$v" 2>/dev/null)]"
  if [[ ${#why[@]} -eq 0 ]]; then ok "$name -> $STATUS$extra"; else ko "$name" "${why[@]}"; fi
}

U=11111111-2222-4333-8444-555555555555 # RFC 4122 v4
D=33333333-3333-3333-3333-333333333333 # docs-style placeholder (not v4; still format "uuid")

echo "== starting instances"
start facts
S="$URL"
start facts-raw --extract-arg --no-patches
R="$URL"
start facts-dyn7a --dynamic --seed 7
D7A="$URL"
start facts-dyn7b --dynamic --seed 7
D7B="$URL"
start facts-dyn8 --dynamic --seed 8
D8="$URL"
start facts-rnd --dynamic
DR="$URL"

echo "== static mock, valid requests (200, no sl-violations, body matches the spec)"
E='.error.type and .error.message and .ok == false'
CREATE_DOCS="{\"acs_user_id\":\"$D\",\"access_method\":\"code\",\"code\":\"824759\",\"allowed_acs_entrance_ids\":[\"$D\"],\"starts_at\":\"2025-06-10T15:00:00.000Z\",\"ends_at\":\"2025-06-12T11:00:00.000Z\"}"
expect 'create: docs example body' 200 no '.ok == true and .acs_credential.acs_credential_id' -- "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -d "$CREATE_DOCS"
expect 'create: user_identity_id + acs_system_id, card + visionline' 200 no '.ok' -- "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" \
  -d "{\"user_identity_id\":\"$U\",\"acs_system_id\":\"$U\",\"access_method\":\"card\",\"visionline_metadata\":{\"card_format\":\"rfid48\",\"card_function_type\":\"staff\",\"override\":true,\"joiner_acs_credential_ids\":[\"$U\"]}}"
expect 'create: mobile_key, multi-phone, vostio/salto/hotek metadata' 200 no '.ok' -- "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" \
  -d "{\"acs_user_id\":\"$U\",\"access_method\":\"mobile_key\",\"is_multi_phone_sync_credential\":true,\"credential_manager_acs_system_id\":\"$U\",\"assa_abloy_vostio_metadata\":{\"auto_join\":true,\"override_guest_acs_entrance_ids\":[\"$U\"]},\"salto_space_metadata\":{\"assign_new_key\":true},\"hotek_metadata\":{\"auto_join\":false}}"
expect 'create: cloud_key, upper-case uuid' 200 no '.ok' -- "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -d '{"acs_user_id":"AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE","access_method":"cloud_key"}'
expect 'create: charset=utf-8 content type' 200 no '.ok' -- "$S" /acs/credentials/create "${AUTH[@]}" -H 'Content-Type: application/json; charset=utf-8' -d '{"access_method":"code"}'
expect 'get' 200 no '.acs_credential.is_managed == true' -- "$S" /acs/credentials/get "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_credential_id\":\"$U\"}"
expect 'delete' 200 no '. == {"ok":true}' -- "$S" /acs/credentials/delete "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_credential_id\":\"$U\"}"
expect 'assign' 200 no '.acs_credential' -- "$S" /acs/credentials/assign "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_credential_id\":\"$U\",\"acs_user_id\":\"$U\"}"
expect 'unassign (user_identity_id)' 200 no '.acs_credential' -- "$S" /acs/credentials/unassign "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_credential_id\":\"$U\",\"user_identity_id\":\"$U\"}"
expect 'update' 200 no '.acs_credential' -- "$S" /acs/credentials/update "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_credential_id\":\"$U\",\"code\":\"1234\",\"ends_at\":\"2030-01-01T00:00:00Z\"}"
expect 'update: acs_credential_id not a uuid is accepted (no format upstream)' 200 no '.ok' -- "$S" /acs/credentials/update "${AUTH[@]}" "${JSON[@]}" -d '{"acs_credential_id":"not-a-uuid"}'
expect 'list_accessible_entrances' 200 no '.acs_entrances | type == "array"' -- "$S" /acs/credentials/list_accessible_entrances "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_credential_id\":\"$U\"}"
expect 'list {} (static: one credential, last page; needs static-last-page)' 200 no '(.acs_credentials | length) == 1 and .pagination == {"has_next_page":false,"next_page_cursor":null,"next_page_url":null}' -- "$S" /acs/credentials/list "${AUTH[@]}" "${JSON[@]}" -d '{}'
expect 'list {acs_user_id: UUID} (needs list-selectors-anyof)' 200 no '.acs_credentials' -- "$S" /acs/credentials/list "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_user_id\":\"$U\"}"
expect 'list {acs_system_id}' 200 no '.ok' -- "$S" /acs/credentials/list "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_system_id\":\"$U\"}"
expect 'list {user_identity_id}' 200 no '.ok' -- "$S" /acs/credentials/list "${AUTH[@]}" "${JSON[@]}" -d "{\"user_identity_id\":\"$U\"}"
expect 'list {acs_user_id, acs_system_id} + every filter' 200 no '.ok' -- "$S" /acs/credentials/list "${AUTH[@]}" "${JSON[@]}" \
  -d "{\"acs_user_id\":\"$U\",\"acs_system_id\":\"$U\",\"limit\":10,\"page_cursor\":null,\"search\":\"front\",\"created_before\":\"2024-01-01T00:00:00Z\",\"is_multi_phone_sync_credential\":false}"
expect 'list page_cursor string, limit 2.5 (number)' 200 no '.ok' -- "$S" /acs/credentials/list "${AUTH[@]}" "${JSON[@]}" -d '{"page_cursor":"abc","limit":2.5}'

echo "== static mock, invalid requests (400 + sl-violations + Seam error body)"
INV="$E and .error.type == \"invalid_input\""
expect 'create: acs_user_id not-a-uuid' 400 yes "$INV" -- "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -d '{"access_method":"code","acs_user_id":"not-a-uuid"}'
expect 'create: starts_at "yesterday" (date-time)' 400 yes "$INV" -- "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -d "{\"access_method\":\"code\",\"acs_user_id\":\"$U\",\"starts_at\":\"yesterday\"}"
expect 'create: ends_at date only "2025-01-01"' 400 yes "$INV" -- "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -d "{\"access_method\":\"code\",\"acs_user_id\":\"$U\",\"ends_at\":\"2025-01-01\"}"
expect 'create: code "12a4" (pattern ^\d+$)' 400 yes "$INV" -- "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -d "{\"access_method\":\"code\",\"acs_user_id\":\"$U\",\"code\":\"12a4\"}"
expect 'create: code 1234 as a number' 400 yes "$INV" -- "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -d "{\"access_method\":\"code\",\"acs_user_id\":\"$U\",\"code\":1234}"
expect 'create: access_method "foo" (enum)' 400 yes "$INV" -- "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -d "{\"access_method\":\"foo\",\"acs_user_id\":\"$U\"}"
expect 'create: access_method missing (required)' 400 yes "$INV" -- "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_user_id\":\"$U\"}"
expect 'create: visionline_metadata.card_format "xyz" (enum)' 400 yes "$INV" -- "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -d "{\"access_method\":\"card\",\"acs_user_id\":\"$U\",\"visionline_metadata\":{\"card_format\":\"xyz\"}}"
expect 'create: allowed_acs_entrance_ids ["x"] (uuid items)' 400 yes "$INV" -- "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -d "{\"access_method\":\"code\",\"acs_user_id\":\"$U\",\"allowed_acs_entrance_ids\":[\"x\"]}"
expect 'create: is_multi_phone_sync_credential "yes" (boolean)' 400 yes "$INV" -- "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -d "{\"access_method\":\"code\",\"acs_user_id\":\"$U\",\"is_multi_phone_sync_credential\":\"yes\"}"
expect 'create: unknown key acs_user (needs request-no-unknown-fields)' 400 yes "$INV" -- "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -d "{\"access_method\":\"code\",\"acs_user\":\"$U\"}"
expect 'create: unknown nested key visionline_metadata.card_fmt' 400 yes "$INV" -- "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -d "{\"access_method\":\"card\",\"acs_user_id\":\"$U\",\"visionline_metadata\":{\"card_fmt\":\"rfid48\"}}"
expect 'create: POST without body (needs request-body-required)' 400 yes "$INV" -- "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -X POST
expect 'create: JSON body sent as form (curl -d default content type)' 400 yes "$INV" -- "$S" /acs/credentials/create "${AUTH[@]}" -d '{"access_method":"code"}'
expect 'update: code "12a4"' 400 yes "$INV" -- "$S" /acs/credentials/update "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_credential_id\":\"$U\",\"code\":\"12a4\"}"
expect 'update: ends_at "tomorrow"' 400 yes "$INV" -- "$S" /acs/credentials/update "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_credential_id\":\"$U\",\"ends_at\":\"tomorrow\"}"
expect 'get: acs_credential_id missing' 400 yes "$INV" -- "$S" /acs/credentials/get "${AUTH[@]}" "${JSON[@]}" -d '{}'
expect 'get: acs_credential_id "bad"' 400 yes "$INV" -- "$S" /acs/credentials/get "${AUTH[@]}" "${JSON[@]}" -d '{"acs_credential_id":"bad"}'
expect 'delete: acs_credential_id "bad"' 400 yes "$INV" -- "$S" /acs/credentials/delete "${AUTH[@]}" "${JSON[@]}" -d '{"acs_credential_id":"bad"}'
expect 'assign: acs_user_id "bad"' 400 yes "$INV" -- "$S" /acs/credentials/assign "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_credential_id\":\"$U\",\"acs_user_id\":\"bad\"}"
expect 'list {acs_user_id: "not-a-uuid"} (needs list-selectors-anyof)' 400 yes "$INV" -- "$S" /acs/credentials/list "${AUTH[@]}" "${JSON[@]}" -d '{"acs_user_id":"not-a-uuid"}'
expect 'list {user_identity_id: "nope"}' 400 yes "$INV" -- "$S" /acs/credentials/list "${AUTH[@]}" "${JSON[@]}" -d '{"user_identity_id":"nope"}'
expect 'list created_before "yesterday"' 400 yes "$INV" -- "$S" /acs/credentials/list "${AUTH[@]}" "${JSON[@]}" -d '{"created_before":"yesterday"}'
expect 'list limit "ten"' 400 yes "$INV" -- "$S" /acs/credentials/list "${AUTH[@]}" "${JSON[@]}" -d '{"limit":"ten"}'
expect 'list search "" (minLength 1)' 400 yes "$INV" -- "$S" /acs/credentials/list "${AUTH[@]}" "${JSON[@]}" -d '{"search":""}'
expect 'list unknown filter "acs_entrance_id"' 400 yes "$INV" -- "$S" /acs/credentials/list "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_entrance_id\":\"$U\"}"

echo "== static mock, auth, forced statuses, methods, odd input"
expect 'no Authorization header' 401 yes "$E and .error.type == \"unauthorized\"" -- "$S" /acs/credentials/get "${JSON[@]}" -d "{\"acs_credential_id\":\"$U\"}"
expect 'Authorization: Basic' 401 yes "$E and .error.type == \"unauthorized\"" -- "$S" /acs/credentials/get -H 'Authorization: Basic Zm9vOmJhcg==' "${JSON[@]}" -d "{\"acs_credential_id\":\"$U\"}"
expect 'any bearer works (Bearer x)' 200 no '.ok' -- "$S" /acs/credentials/get -H 'Authorization: Bearer x' "${JSON[@]}" -d "{\"acs_credential_id\":\"$U\"}"
expect 'Prefer: code=401' 401 no '. == {"error":{"type":"unauthorized","message":"Unauthorized"},"ok":false}' -- "$S" /acs/credentials/get "${AUTH[@]}" "${JSON[@]}" -H 'Prefer: code=401' -d "{\"acs_credential_id\":\"$U\"}"
expect 'Prefer: code=400' 400 no "$INV" -- "$S" /acs/credentials/get "${AUTH[@]}" "${JSON[@]}" -H 'Prefer: code=400' -d "{\"acs_credential_id\":\"$U\"}"
expect 'Prefer: code=404 (needs seam-error-404-500)' 404 no "$E and .error.type == \"acs_credential_not_found\"" -- "$S" /acs/credentials/get "${AUTH[@]}" "${JSON[@]}" -H 'Prefer: code=404' -d "{\"acs_credential_id\":\"$U\"}"
expect 'Prefer: code=500 (needs seam-error-404-500)' 500 no "$E and .error.type == \"internal_server_error\"" -- "$S" /acs/credentials/get "${AUTH[@]}" "${JSON[@]}" -H 'Prefer: code=500' -d "{\"acs_credential_id\":\"$U\"}"
expect 'Prefer: code=401 with an invalid body -> 400 wins' 400 yes "$INV" -- "$S" /acs/credentials/get "${AUTH[@]}" "${JSON[@]}" -H 'Prefer: code=401' -d '{"acs_credential_id":"bad"}'
expect 'Prefer: code=503 (not declared)' 404 no '.title' -- "$S" /acs/credentials/get "${AUTH[@]}" "${JSON[@]}" -H 'Prefer: code=503' -d "{\"acs_credential_id\":\"$U\"}"
expect 'GET /acs/credentials/get (needs post-only)' 405 no '.status == 405' -- "$S" /acs/credentials/get "${AUTH[@]}" -G --data-urlencode "acs_credential_id=$U"
expect 'PATCH /acs/credentials/update (needs post-only)' 405 no '.status == 405' -- "$S" /acs/credentials/update "${AUTH[@]}" "${JSON[@]}" -X PATCH -d "{\"acs_credential_id\":\"$U\"}"
expect 'unknown path /acs/credentials/create_offline_code (left out)' 404 no '.title' -- "$S" /acs/credentials/create_offline_code "${AUTH[@]}" "${JSON[@]}" -d '{}'

echo "== static mock, lookup endpoints (list/get of systems, users, entrances, user identities)"
expect 'systems/list {} (no pagination)' 200 no '(.acs_systems | length) == 1 and (has("pagination") | not)' -- "$S" /acs/systems/list "${AUTH[@]}" "${JSON[@]}" -d '{}'
expect 'systems/get' 200 no '.acs_system.acs_system_id' -- "$S" /acs/systems/get "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_system_id\":\"$U\"}"
expect 'users/list every filter, last page' 200 no '.acs_users and .pagination.has_next_page == false' -- "$S" /acs/users/list "${AUTH[@]}" "${JSON[@]}" \
  -d "{\"acs_system_id\":\"$U\",\"user_identity_id\":\"$U\",\"user_identity_email_address\":\"a@b.c\",\"user_identity_phone_number\":\"+15555550100\",\"search\":\"jane\",\"created_before\":\"2030-01-01T00:00:00Z\",\"limit\":1,\"page_cursor\":null}"
expect 'users/get {} (the schema requires nothing)' 200 no '.acs_user' -- "$S" /acs/users/get "${AUTH[@]}" "${JSON[@]}" -d '{}'
expect 'entrances/list every filter' 200 no '.acs_entrances' -- "$S" /acs/entrances/list "${AUTH[@]}" "${JSON[@]}" \
  -d "{\"acs_system_id\":\"$U\",\"acs_credential_id\":\"$U\",\"acs_entrance_ids\":[\"$U\"],\"connected_account_id\":\"$U\",\"space_id\":\"$U\",\"location_id\":null,\"customer_key\":\"c\",\"search\":\"Door\",\"limit\":900}"
expect 'entrances/get' 200 no '.acs_entrance.acs_entrance_id' -- "$S" /acs/entrances/get "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_entrance_id\":\"$U\"}"
expect 'user_identities/list search "" (no minLength here)' 200 no '.user_identities' -- "$S" /user_identities/list "${AUTH[@]}" "${JSON[@]}" -d '{"search":""}'
expect 'user_identities/get by key' 200 no '.user_identity' -- "$S" /user_identities/get "${AUTH[@]}" "${JSON[@]}" -d '{"user_identity_key":"k"}'
expect 'users/list limit 0 (exclusiveMinimum)' 400 yes "$INV" -- "$S" /acs/users/list "${AUTH[@]}" "${JSON[@]}" -d '{"limit":0}'
expect 'entrances/list limit 2.5 (integer)' 400 yes "$INV" -- "$S" /acs/entrances/list "${AUTH[@]}" "${JSON[@]}" -d '{"limit":2.5}'
expect 'systems/list search "" (minLength 1)' 400 yes "$INV" -- "$S" /acs/systems/list "${AUTH[@]}" "${JSON[@]}" -d '{"search":""}'
expect 'entrances/get acs_entrance_id missing' 400 yes "$INV" -- "$S" /acs/entrances/get "${AUTH[@]}" "${JSON[@]}" -d '{}'
expect 'user_identities/get both keys (oneOf, branches closed)' 400 yes "$INV" -- "$S" /user_identities/get "${AUTH[@]}" "${JSON[@]}" -d "{\"user_identity_id\":\"$U\",\"user_identity_key\":\"k\"}"
expect 'user_identities/get neither key' 400 yes "$INV" -- "$S" /user_identities/get "${AUTH[@]}" "${JSON[@]}" -d '{}'
expect 'users/list unknown key "acs_system"' 400 yes "$INV" -- "$S" /acs/users/list "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_system\":\"$U\"}"
expect 'systems/get Prefer: code=404 names the system' 404 no "$E and .error.type == \"acs_system_not_found\"" -- "$S" /acs/systems/get "${AUTH[@]}" "${JSON[@]}" -H 'Prefer: code=404' -d "{\"acs_system_id\":\"$U\"}"
expect 'user_identities/get Prefer: code=404' 404 no "$E and .error.type == \"user_identity_not_found\"" -- "$S" /user_identities/get "${AUTH[@]}" "${JSON[@]}" -H 'Prefer: code=404' -d "{\"user_identity_id\":\"$U\"}"
expect 'GET /acs/users/list (needs post-only)' 405 no '.status == 405' -- "$S" /acs/users/list "${AUTH[@]}" -G --data-urlencode "acs_system_id=$U"
expect 'unknown path /acs/users/create (not a lookup)' 404 no '.title' -- "$S" /acs/users/create "${AUTH[@]}" "${JSON[@]}" -d '{}'

MAXT=3 call "$S" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -d '{"access_method":"code",'
if [[ "$CURL_RC" == 28 ]]; then
  ok 'malformed JSON body: Prism never answers (curl --max-time 3 -> exit 28); a client timeout is needed'
else
  ko 'malformed JSON body: expected a hang (curl exit 28)' "got curl rc $CURL_RC status $STATUS body $(head -c 200 "$TMP/b")"
fi
expect 'server still answers after the malformed request' 200 no '.ok' -- "$S" /acs/credentials/get "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_credential_id\":\"$U\"}"
expect 'static answers are fixed (example-less schema -> same body every time)' 200 no ".acs_credential.acs_credential_id == \"$(jq -r .acs_credential.acs_credential_id "$TMP/b")\"" -- "$S" /acs/credentials/get "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_credential_id\":\"$D\"}"
expect 'no state: get returns the fixed credential, not the one asked for' 200 no ".acs_credential.acs_credential_id != \"$D\"" -- "$S" /acs/credentials/get "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_credential_id\":\"$D\"}"

echo "== unpatched spec (why each patch exists)"
VALIDATE=0 # the raw spec has no error schemas; the trimmed one would not match its shape
expect 'raw: list {acs_user_id: UUID} is rejected (oneOf overlap)' 400 yes - -- "$R" /acs/credentials/list "${AUTH[@]}" "${JSON[@]}" -d "{\"acs_user_id\":\"$U\"}"
expect 'raw: list {acs_user_id: "not-a-uuid"} is accepted' 200 no - -- "$R" /acs/credentials/list "${AUTH[@]}" "${JSON[@]}" -d '{"acs_user_id":"not-a-uuid"}'
expect 'raw: create with no body is accepted' 200 no - -- "$R" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -X POST
expect 'raw: create with unknown key is accepted' 200 no - -- "$R" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -d "{\"access_method\":\"code\",\"acs_user\":\"$U\"}"
expect 'raw: 400 on bad input has an empty body' 400 yes '. == null' -- "$R" /acs/credentials/create "${AUTH[@]}" "${JSON[@]}" -d '{}'
if [[ -s "$TMP/b" ]]; then ko 'raw: 400 body is empty' "body: $(head -c 200 "$TMP/b")"; else ok 'raw: 400 body is empty (0 bytes)'; fi
expect 'raw: Prefer code=401 -> 401' 401 no - -- "$R" /acs/credentials/get "${AUTH[@]}" "${JSON[@]}" -H 'Prefer: code=401' -d "{\"acs_credential_id\":\"$U\"}"
if [[ -s "$TMP/b" ]]; then ko 'raw: 401 body is empty' "body: $(head -c 200 "$TMP/b")"; else ok 'raw: 401 body is empty (0 bytes)'; fi
expect 'raw: Prefer code=404 -> Prism problem+json' 404 no '.type | test("NOT_FOUND")' -- "$R" /acs/credentials/get "${AUTH[@]}" "${JSON[@]}" -H 'Prefer: code=404' -d "{\"acs_credential_id\":\"$U\"}"
expect 'raw: static list always says has_next_page true, cursor "string"' 200 no '.pagination.has_next_page == true and .pagination.next_page_cursor == "string"' -- "$R" /acs/credentials/list "${AUTH[@]}" "${JSON[@]}" -d '{"page_cursor":"string"}'
expect 'raw: GET /acs/credentials/list with junk query is accepted' 200 no - -- "$R" /acs/credentials/list "${AUTH[@]}" -G --data-urlencode 'acs_user_id=not-a-uuid'
VALIDATE=1

echo "== dynamic mock (--dynamic --seed N)"
body_of() { call "$1" "$2" "${AUTH[@]}" "${JSON[@]}" -d "$3"; cp "$TMP/b" "$TMP/$4"; }
GETB="{\"acs_credential_id\":\"$U\"}"
body_of "$D7A" /acs/credentials/get "$GETB" a1
body_of "$D7A" /acs/credentials/get "$GETB" a2
body_of "$D7B" /acs/credentials/get "$GETB" b1
body_of "$D8" /acs/credentials/get "$GETB" c1
body_of "$S" /acs/credentials/get "$GETB" s1
if cmp -s "$TMP/a1" "$TMP/a2"; then ok 'dynamic seed 7: same request twice -> identical body'; else ko 'dynamic seed 7: same request twice -> identical body' "differs"; fi
if cmp -s "$TMP/a1" "$TMP/b1"; then ok 'dynamic seed 7: two instances -> identical body'; else ko 'dynamic seed 7: two instances -> identical body' "differs"; fi
if ! cmp -s "$TMP/a1" "$TMP/c1"; then ok 'dynamic seed 8 differs from seed 7'; else ko 'dynamic seed 8 differs from seed 7' "identical"; fi
if ! cmp -s "$TMP/a1" "$TMP/s1"; then ok 'dynamic differs from static'; else ko 'dynamic differs from static' "identical"; fi
body_of "$D7A" /acs/credentials/list '{}' l1
body_of "$D7A" /acs/credentials/list "{\"acs_user_id\":\"$U\"}" l2
if cmp -s "$TMP/l1" "$TMP/l2"; then ok 'dynamic seed 7: the answer ignores the request body (list {} == list {acs_user_id})'; else ko 'dynamic seed 7: the answer ignores the request body' "differs"; fi
if jq -e '.pagination.has_next_page == true and (.pagination.next_page_cursor | type) == "string"' "$TMP/l1" >/dev/null; then
  ok 'dynamic seed 7 list: has_next_page true, and the same cursor on every call (a paging client must stop on a repeated cursor)'
else
  ko 'dynamic seed 7 list: has_next_page true with a cursor' "$(jq -c .pagination "$TMP/l1")"
fi
for base in "$D7A" "$D8"; do
  for ep in "get:$GETB" 'list:{}' "list_accessible_entrances:$GETB" 'create:{"access_method":"code"}' "assign:{\"acs_credential_id\":\"$U\",\"acs_user_id\":\"$U\"}" "update:{\"acs_credential_id\":\"$U\"}" "delete:$GETB"; do
    expect "dynamic ${base##*:} ${ep%%:*} matches the spec" 200 no '.ok == true' -- "$base" "/acs/credentials/${ep%%:*}" "${AUTH[@]}" "${JSON[@]}" -d "${ep#*:}"
  done
done
# Unseeded: a new random body per request; 3 rounds over every endpoint.
for round in 1 2 3; do
  for ep in "get:$GETB" 'list:{}' "list_accessible_entrances:$GETB" 'create:{"access_method":"code"}' "assign:{\"acs_credential_id\":\"$U\",\"acs_user_id\":\"$U\"}" "unassign:{\"acs_credential_id\":\"$U\",\"acs_user_id\":\"$U\"}" "update:{\"acs_credential_id\":\"$U\"}" "delete:$GETB"; do
    expect "dynamic unseeded round $round ${ep%%:*} matches the spec" 200 no '.ok == true' -- "$DR" "/acs/credentials/${ep%%:*}" "${AUTH[@]}" "${JSON[@]}" -d "${ep#*:}"
  done
done
body_of "$DR" /acs/credentials/get "$GETB" r1
body_of "$DR" /acs/credentials/get "$GETB" r2
if ! cmp -s "$TMP/r1" "$TMP/r2"; then ok 'dynamic unseeded: same request twice -> different bodies'; else ko 'dynamic unseeded: same request twice -> different bodies' "identical"; fi
expect 'dynamic: invalid input still -> 400 with the static example' 400 yes "$INV and (.error.message | startswith(\"Invalid input\"))" -- "$D7A" /acs/credentials/get "${AUTH[@]}" "${JSON[@]}" -d '{"acs_credential_id":"bad"}'
expect 'dynamic: Prefer code=401 -> generated body, type still "unauthorized"' 401 no "$E and .error.type == \"unauthorized\"" -- "$D7A" /acs/credentials/get "${AUTH[@]}" "${JSON[@]}" -H 'Prefer: code=401' -d "$GETB"
expect 'dynamic seed 7: extra random keys in small objects (pagination; fillProperties)' 200 no '.pagination | keys | length > 3' -- "$D7A" /acs/credentials/list "${AUTH[@]}" "${JSON[@]}" -d '{}'

echo
echo "$PASS passed, $FAIL failed"
[[ "$FAIL" == 0 ]]
