
use builtin;
use str;

set edit:completion:arg-completer[seam] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'seam'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'seam'= {
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand acs 'Access control systems'
            cand login 'Check a token and save it in a profile (hidden prompt, or stdin with --with-token)'
            cand logout 'Remove the token of a profile from the config file'
            cand whoami 'Show the profile, endpoint, workspace and token in effect, and where each came from'
            cand config 'Show and change the config file: profiles, tokens (masked), workspaces, endpoints'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'seam;acs'= {
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand credentials 'Issue, inspect, change and revoke ACS credentials'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'seam;acs;credentials'= {
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand assign 'Assign a credential to an ACS user'
            cand create 'Create a credential for an ACS user'
            cand delete 'Delete a credential'
            cand get 'Get a credential'
            cand list 'List credentials'
            cand list-accessible-entrances 'List the entrances a credential opens'
            cand unassign 'Unassign a credential from an ACS user'
            cand update 'Update a credential''s code or end time'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'seam;acs;credentials;assign'= {
            cand --acs-credential-id '(required) ID of the credential. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.'
            cand --acs-user-id 'ID of the ACS user. Give this or --user-identity-id, not both. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.'
            cand --user-identity-id 'ID of the user identity. If the access system has a user with the same email or phone, the two are linked; if not, an ACS user is created. Give this or --acs-user-id, not both. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.'
            cand --data 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it'
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'seam;acs;credentials;create'= {
            cand --access-method '(required) How the credential opens entrances.'
            cand --acs-user-id 'ID of the ACS user the credential is for. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.'
            cand --user-identity-id 'ID of the user identity the credential is for (needs --acs-system-id). Links to, or creates, an ACS user with the same email or phone. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.'
            cand --acs-system-id 'ID of the access system (needed with --user-identity-id). Accepts a UUID such as 33333333-3333-3333-3333-333333333333.'
            cand --allowed-acs-entrance-ids 'IDs of the entrances the credential opens. Accepts UUIDs: a,b or [a,b] or ''["a","b"]'', or the flag repeated.'
            cand --code 'PIN code (digits only; sent as a string, so leading zeros stay). Accepts digits only (0-9), e.g. 0123.'
            cand --credential-manager-acs-system-id 'ACS system ID of the credential manager. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.'
            cand --is-multi-phone-sync-credential 'Make a multi-phone sync credential (for Seam mobile keys). Accepts true, false, 1 or 0 (the bare flag means true).'
            cand --starts-at 'Start of validity. Accepts an RFC 3339 timestamp such as 2024-03-01T10:40:00Z.'
            cand --ends-at 'End of validity: in the future and after --starts-at. Accepts an RFC 3339 timestamp such as 2024-03-01T10:40:00Z.'
            cand --visionline-metadata 'Visionline-specific options. Accepts a JSON object or @file.json, with keys: auto_join, card_format, card_function_type, joiner_acs_credential_ids, override, is_override_key, assa_abloy_credential_service_mobile_endpoint_id.'
            cand --assa-abloy-vostio-metadata 'ASSA ABLOY Vostio-specific options. Accepts a JSON object or @file.json, with keys: auto_join, join_all_guest_acs_entrances, override_all_guest_acs_entrances, override_guest_acs_entrance_ids.'
            cand --salto-space-metadata 'Salto Space-specific options. Accepts a JSON object or @file.json, with keys: assign_new_key, update_current_key.'
            cand --hotek-metadata 'Hotek-specific options (in development at Seam). Accepts a JSON object or @file.json, with keys: auto_join, override.'
            cand --data 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it'
            cand --from-file 'Create one credential per record of FILE (- for stdin): JSON Lines, or CSV whose header row names the parameters. Flags and --data give values shared by every record; a record''s own value wins'
            cand --concurrency 'Requests in flight at once: 1 to 64, or auto (start at 4, grow while latency holds, halve on 429 or rising latency) [default: auto]'
            cand --results 'Write the result lines (JSON Lines, one per record) to FILE, a new file (mode 0600), instead of stdout. On a terminal they are not printed: failures and the summary are'
            cand --journal 'Journal of the run, written before and after every request [default: FILE.journal next to the input; needed with --from-file -]'
            cand --retry-unknown 'With --resume: send again the records whose outcome is unknown (all, or only the input lines given, e.g. --retry-unknown=4,9). Check first that they did not happen: a create sent twice makes two credentials'
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --ignore-unknown-columns 'Skip CSV columns that are not parameters (without it they are an error)'
            cand --no-journal 'Run without a journal (then an interrupted run cannot be resumed safely)'
            cand --resume 'Continue the run in the journal: skip records done, send records never sent or refused; records whose outcome is unknown are reported, not sent again'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'seam;acs;credentials;delete'= {
            cand --acs-credential-id '(required) ID of the credential. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.'
            cand --data 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it'
            cand --from-file 'Delete every credential listed in FILE (- for stdin): one id per line, JSON Lines with acs_credential_id, or CSV with an acs_credential_id column (other keys and columns are ignored, so `list --format ndjson` output works). Asks once on a terminal; needs --yes when stdin or stderr is not a terminal'
            cand --concurrency 'Requests in flight at once: 1 to 64, or auto (start at 4, grow while latency holds, halve on 429 or rising latency) [default: auto]'
            cand --results 'Write the result lines (JSON Lines, one per record) to FILE, a new file (mode 0600), instead of stdout. On a terminal they are not printed: failures and the summary are'
            cand --journal 'Journal of the run, written before and after every request [default: FILE.journal next to the input; needed with --from-file -]'
            cand --retry-unknown 'With --resume: send again the records whose outcome is unknown (all, or only the input lines given, e.g. --retry-unknown=4,9). Check first that they did not happen: a create sent twice makes two credentials'
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --ignore-unknown-columns 'Skip CSV columns that are not parameters (without it they are an error)'
            cand --no-journal 'Run without a journal (then an interrupted run cannot be resumed safely)'
            cand --resume 'Continue the run in the journal: skip records done, send records never sent or refused; records whose outcome is unknown are reported, not sent again'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'seam;acs;credentials;get'= {
            cand --acs-credential-id '(required) ID of the credential. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.'
            cand --data 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it'
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --with-entrances 'Also fetch the entrances each credential opens (one list_accessible_entrances call per credential, 8 at a time) and show them: an ENTRANCES column in the table, an "acs_entrances" array added to each credential in JSON'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'seam;acs;credentials;list'= {
            cand --acs-user-id 'Only credentials of this ACS user. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.'
            cand --acs-system-id 'Only credentials in this access system. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.'
            cand --user-identity-id 'Only credentials of this user identity. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.'
            cand --created-before 'Only credentials created before this time. Accepts an RFC 3339 timestamp such as 2024-03-01T10:40:00Z.'
            cand --is-multi-phone-sync-credential 'Only multi-phone sync credentials (true), or only the others (false). Accepts true, false, 1 or 0 (the bare flag means true).'
            cand --limit 'Credentials per page (the API''s default is 500). Accepts a number, 0 or more.'
            cand --page-cursor 'Cursor of the page to fetch: the next_page_cursor of the previous page. Accepts a string.'
            cand --search 'Partial match on display_name, code, card_number, acs_user_id or acs_credential_id. Accepts a non-empty string.'
            cand --data 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it'
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --all 'Fetch every page (following next_page_cursor) and stream them out; --limit sets the page size'
            cand --with-entrances 'Also fetch the entrances each credential opens (one list_accessible_entrances call per credential, 8 at a time) and show them: an ENTRANCES column in the table, an "acs_entrances" array added to each credential in JSON'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'seam;acs;credentials;list-accessible-entrances'= {
            cand --acs-credential-id '(required) ID of the credential. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.'
            cand --data 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it'
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'seam;acs;credentials;unassign'= {
            cand --acs-credential-id '(required) ID of the credential. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.'
            cand --acs-user-id 'ID of the ACS user. Give this or --user-identity-id, not both. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.'
            cand --user-identity-id 'ID of the user identity. If the access system has a user with the same email or phone, the two are linked; if not, an ACS user is created. Give this or --acs-user-id, not both. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.'
            cand --data 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it'
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'seam;acs;credentials;update'= {
            cand --acs-credential-id '(required) ID of the credential. Accepts a non-empty string.'
            cand --code 'New PIN code (digits only; sent as a string, so leading zeros stay). Accepts digits only (0-9), e.g. 0123.'
            cand --ends-at 'New end of validity. Must be in the future and after the credential''s starts_at. Accepts an RFC 3339 timestamp such as 2024-03-01T10:40:00Z.'
            cand --data 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it'
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'seam;acs;credentials;help'= {
            cand assign 'Assign a credential to an ACS user'
            cand create 'Create a credential for an ACS user'
            cand delete 'Delete a credential'
            cand get 'Get a credential'
            cand list 'List credentials'
            cand list-accessible-entrances 'List the entrances a credential opens'
            cand unassign 'Unassign a credential from an ACS user'
            cand update 'Update a credential''s code or end time'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'seam;acs;credentials;help;assign'= {
        }
        &'seam;acs;credentials;help;create'= {
        }
        &'seam;acs;credentials;help;delete'= {
        }
        &'seam;acs;credentials;help;get'= {
        }
        &'seam;acs;credentials;help;list'= {
        }
        &'seam;acs;credentials;help;list-accessible-entrances'= {
        }
        &'seam;acs;credentials;help;unassign'= {
        }
        &'seam;acs;credentials;help;update'= {
        }
        &'seam;acs;credentials;help;help'= {
        }
        &'seam;acs;help'= {
            cand credentials 'Issue, inspect, change and revoke ACS credentials'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'seam;acs;help;credentials'= {
            cand assign 'Assign a credential to an ACS user'
            cand create 'Create a credential for an ACS user'
            cand delete 'Delete a credential'
            cand get 'Get a credential'
            cand list 'List credentials'
            cand list-accessible-entrances 'List the entrances a credential opens'
            cand unassign 'Unassign a credential from an ACS user'
            cand update 'Update a credential''s code or end time'
        }
        &'seam;acs;help;credentials;assign'= {
        }
        &'seam;acs;help;credentials;create'= {
        }
        &'seam;acs;help;credentials;delete'= {
        }
        &'seam;acs;help;credentials;get'= {
        }
        &'seam;acs;help;credentials;list'= {
        }
        &'seam;acs;help;credentials;list-accessible-entrances'= {
        }
        &'seam;acs;help;credentials;unassign'= {
        }
        &'seam;acs;help;credentials;update'= {
        }
        &'seam;acs;help;help'= {
        }
        &'seam;login'= {
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --with-token 'Read the token from stdin instead of asking for it'
            cand --no-verify 'Save the token without checking it with the API'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'seam;logout'= {
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'seam;whoami'= {
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'seam;config'= {
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'Show every profile (tokens masked)'
            cand get 'Print one value of the profile (a token masked)'
            cand set 'Set one value of the profile (not the token: use `seam login`)'
            cand unset 'Remove one value from the profile'
            cand path 'Print the path of the config file'
            cand use 'Make PROFILE the default profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'seam;config;list'= {
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'seam;config;get'= {
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'seam;config;set'= {
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'seam;config;unset'= {
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'seam;config;path'= {
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'seam;config;use'= {
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'seam;config;help'= {
            cand list 'Show every profile (tokens masked)'
            cand get 'Print one value of the profile (a token masked)'
            cand set 'Set one value of the profile (not the token: use `seam login`)'
            cand unset 'Remove one value from the profile'
            cand path 'Print the path of the config file'
            cand use 'Make PROFILE the default profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'seam;config;help;list'= {
        }
        &'seam;config;help;get'= {
        }
        &'seam;config;help;set'= {
        }
        &'seam;config;help;unset'= {
        }
        &'seam;config;help;path'= {
        }
        &'seam;config;help;use'= {
        }
        &'seam;config;help;help'= {
        }
        &'seam;completion'= {
            cand --profile 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]'
            cand --workspace-id 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]'
            cand --endpoint 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]'
            cand --format 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]'
            cand --color 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --max-retries 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]'
            cand -H 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --header 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization'
            cand --json 'Same as --format json'
            cand -q 'No status lines or hints on stderr (errors still show)'
            cand --quiet 'No status lines or hints on stderr (errors still show)'
            cand -v 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --verbose 'Trace each HTTP request, response and retry on stderr (the token is masked)'
            cand --dry-run 'Print the request (and an equivalent curl command) instead of sending it'
            cand -y 'Do not ask for confirmation (delete, unassign)'
            cand --yes 'Do not ask for confirmation (delete, unassign)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'seam;help'= {
            cand acs 'Access control systems'
            cand login 'Check a token and save it in a profile (hidden prompt, or stdin with --with-token)'
            cand logout 'Remove the token of a profile from the config file'
            cand whoami 'Show the profile, endpoint, workspace and token in effect, and where each came from'
            cand config 'Show and change the config file: profiles, tokens (masked), workspaces, endpoints'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'seam;help;acs'= {
            cand credentials 'Issue, inspect, change and revoke ACS credentials'
        }
        &'seam;help;acs;credentials'= {
            cand assign 'Assign a credential to an ACS user'
            cand create 'Create a credential for an ACS user'
            cand delete 'Delete a credential'
            cand get 'Get a credential'
            cand list 'List credentials'
            cand list-accessible-entrances 'List the entrances a credential opens'
            cand unassign 'Unassign a credential from an ACS user'
            cand update 'Update a credential''s code or end time'
        }
        &'seam;help;acs;credentials;assign'= {
        }
        &'seam;help;acs;credentials;create'= {
        }
        &'seam;help;acs;credentials;delete'= {
        }
        &'seam;help;acs;credentials;get'= {
        }
        &'seam;help;acs;credentials;list'= {
        }
        &'seam;help;acs;credentials;list-accessible-entrances'= {
        }
        &'seam;help;acs;credentials;unassign'= {
        }
        &'seam;help;acs;credentials;update'= {
        }
        &'seam;help;login'= {
        }
        &'seam;help;logout'= {
        }
        &'seam;help;whoami'= {
        }
        &'seam;help;config'= {
            cand list 'Show every profile (tokens masked)'
            cand get 'Print one value of the profile (a token masked)'
            cand set 'Set one value of the profile (not the token: use `seam login`)'
            cand unset 'Remove one value from the profile'
            cand path 'Print the path of the config file'
            cand use 'Make PROFILE the default profile'
        }
        &'seam;help;config;list'= {
        }
        &'seam;help;config;get'= {
        }
        &'seam;help;config;set'= {
        }
        &'seam;help;config;unset'= {
        }
        &'seam;help;config;path'= {
        }
        &'seam;help;config;use'= {
        }
        &'seam;help;completion'= {
        }
        &'seam;help;help'= {
        }
    ]
    $completions[$command]
}
