
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'seam' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'seam'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'seam' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('acs', 'acs', [CompletionResultType]::ParameterValue, 'Access control systems')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check a token and save it in a profile (hidden prompt, or stdin with --with-token)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the token of a profile from the config file')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show the profile, endpoint, workspace and token in effect, and where each came from')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and change the config file: profiles, tokens (masked), workspaces, endpoints')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seam;acs' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('credentials', 'credentials', [CompletionResultType]::ParameterValue, 'Issue, inspect, change and revoke ACS credentials')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seam;acs;credentials' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a credential to an ACS user')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a credential for an ACS user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a credential')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get a credential')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List credentials')
            [CompletionResult]::new('list-accessible-entrances', 'list-accessible-entrances', [CompletionResultType]::ParameterValue, 'List the entrances a credential opens')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Unassign a credential from an ACS user')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a credential''s code or end time')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seam;acs;credentials;assign' {
            [CompletionResult]::new('--acs-credential-id', '--acs-credential-id', [CompletionResultType]::ParameterName, '(required) ID of the credential. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.')
            [CompletionResult]::new('--acs-user-id', '--acs-user-id', [CompletionResultType]::ParameterName, 'ID of the ACS user. Give this or --user-identity-id, not both. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.')
            [CompletionResult]::new('--user-identity-id', '--user-identity-id', [CompletionResultType]::ParameterName, 'ID of the user identity. If the access system has a user with the same email or phone, the two are linked; if not, an ACS user is created. Give this or --acs-user-id, not both. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'seam;acs;credentials;create' {
            [CompletionResult]::new('--access-method', '--access-method', [CompletionResultType]::ParameterName, '(required) How the credential opens entrances.')
            [CompletionResult]::new('--acs-user-id', '--acs-user-id', [CompletionResultType]::ParameterName, 'ID of the ACS user the credential is for. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.')
            [CompletionResult]::new('--user-identity-id', '--user-identity-id', [CompletionResultType]::ParameterName, 'ID of the user identity the credential is for (needs --acs-system-id). Links to, or creates, an ACS user with the same email or phone. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.')
            [CompletionResult]::new('--acs-system-id', '--acs-system-id', [CompletionResultType]::ParameterName, 'ID of the access system (needed with --user-identity-id). Accepts a UUID such as 33333333-3333-3333-3333-333333333333.')
            [CompletionResult]::new('--allowed-acs-entrance-ids', '--allowed-acs-entrance-ids', [CompletionResultType]::ParameterName, 'IDs of the entrances the credential opens. Accepts UUIDs: a,b or [a,b] or ''["a","b"]'', or the flag repeated.')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'PIN code (digits only; sent as a string, so leading zeros stay). Accepts digits only (0-9), e.g. 0123.')
            [CompletionResult]::new('--credential-manager-acs-system-id', '--credential-manager-acs-system-id', [CompletionResultType]::ParameterName, 'ACS system ID of the credential manager. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.')
            [CompletionResult]::new('--is-multi-phone-sync-credential', '--is-multi-phone-sync-credential', [CompletionResultType]::ParameterName, 'Make a multi-phone sync credential (for Seam mobile keys). Accepts true, false, 1 or 0 (the bare flag means true).')
            [CompletionResult]::new('--starts-at', '--starts-at', [CompletionResultType]::ParameterName, 'Start of validity. Accepts an RFC 3339 timestamp such as 2024-03-01T10:40:00Z.')
            [CompletionResult]::new('--ends-at', '--ends-at', [CompletionResultType]::ParameterName, 'End of validity: in the future and after --starts-at. Accepts an RFC 3339 timestamp such as 2024-03-01T10:40:00Z.')
            [CompletionResult]::new('--visionline-metadata', '--visionline-metadata', [CompletionResultType]::ParameterName, 'Visionline-specific options. Accepts a JSON object or @file.json, with keys: auto_join, card_format, card_function_type, joiner_acs_credential_ids, override, is_override_key, assa_abloy_credential_service_mobile_endpoint_id.')
            [CompletionResult]::new('--assa-abloy-vostio-metadata', '--assa-abloy-vostio-metadata', [CompletionResultType]::ParameterName, 'ASSA ABLOY Vostio-specific options. Accepts a JSON object or @file.json, with keys: auto_join, join_all_guest_acs_entrances, override_all_guest_acs_entrances, override_guest_acs_entrance_ids.')
            [CompletionResult]::new('--salto-space-metadata', '--salto-space-metadata', [CompletionResultType]::ParameterName, 'Salto Space-specific options. Accepts a JSON object or @file.json, with keys: assign_new_key, update_current_key.')
            [CompletionResult]::new('--hotek-metadata', '--hotek-metadata', [CompletionResultType]::ParameterName, 'Hotek-specific options (in development at Seam). Accepts a JSON object or @file.json, with keys: auto_join, override.')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Create one credential per record of FILE (- for stdin): JSON Lines, or CSV whose header row names the parameters. Flags and --data give values shared by every record; a record''s own value wins')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once: 1 to 64, or auto (start at 4, grow while latency holds, halve on 429 or rising latency) [default: auto]')
            [CompletionResult]::new('--results', '--results', [CompletionResultType]::ParameterName, 'Write the result lines (JSON Lines, one per record) to FILE, a new file (mode 0600), instead of stdout. On a terminal they are not printed: failures and the summary are')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'Journal of the run, written before and after every request [default: FILE.journal next to the input; needed with --from-file -]')
            [CompletionResult]::new('--retry-unknown', '--retry-unknown', [CompletionResultType]::ParameterName, 'With --resume: send again the records whose outcome is unknown (all, or only the input lines given, e.g. --retry-unknown=4,9). Check first that they did not happen: a create sent twice makes two credentials')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--ignore-unknown-columns', '--ignore-unknown-columns', [CompletionResultType]::ParameterName, 'Skip CSV columns that are not parameters (without it they are an error)')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Run without a journal (then an interrupted run cannot be resumed safely)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue the run in the journal: skip records done, send records never sent or refused; records whose outcome is unknown are reported, not sent again')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'seam;acs;credentials;delete' {
            [CompletionResult]::new('--acs-credential-id', '--acs-credential-id', [CompletionResultType]::ParameterName, '(required) ID of the credential. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Delete every credential listed in FILE (- for stdin): one id per line, JSON Lines with acs_credential_id, or CSV with an acs_credential_id column (other keys and columns are ignored, so `list --format ndjson` output works). Asks once on a terminal; needs --yes when stdin or stderr is not a terminal')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once: 1 to 64, or auto (start at 4, grow while latency holds, halve on 429 or rising latency) [default: auto]')
            [CompletionResult]::new('--results', '--results', [CompletionResultType]::ParameterName, 'Write the result lines (JSON Lines, one per record) to FILE, a new file (mode 0600), instead of stdout. On a terminal they are not printed: failures and the summary are')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'Journal of the run, written before and after every request [default: FILE.journal next to the input; needed with --from-file -]')
            [CompletionResult]::new('--retry-unknown', '--retry-unknown', [CompletionResultType]::ParameterName, 'With --resume: send again the records whose outcome is unknown (all, or only the input lines given, e.g. --retry-unknown=4,9). Check first that they did not happen: a create sent twice makes two credentials')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--ignore-unknown-columns', '--ignore-unknown-columns', [CompletionResultType]::ParameterName, 'Skip CSV columns that are not parameters (without it they are an error)')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Run without a journal (then an interrupted run cannot be resumed safely)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue the run in the journal: skip records done, send records never sent or refused; records whose outcome is unknown are reported, not sent again')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'seam;acs;credentials;get' {
            [CompletionResult]::new('--acs-credential-id', '--acs-credential-id', [CompletionResultType]::ParameterName, '(required) ID of the credential. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--with-entrances', '--with-entrances', [CompletionResultType]::ParameterName, 'Also fetch the entrances each credential opens (one list_accessible_entrances call per credential, 8 at a time) and show them: an ENTRANCES column in the table, an "acs_entrances" array added to each credential in JSON')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'seam;acs;credentials;list' {
            [CompletionResult]::new('--acs-user-id', '--acs-user-id', [CompletionResultType]::ParameterName, 'Only credentials of this ACS user. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.')
            [CompletionResult]::new('--acs-system-id', '--acs-system-id', [CompletionResultType]::ParameterName, 'Only credentials in this access system. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.')
            [CompletionResult]::new('--user-identity-id', '--user-identity-id', [CompletionResultType]::ParameterName, 'Only credentials of this user identity. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only credentials created before this time. Accepts an RFC 3339 timestamp such as 2024-03-01T10:40:00Z.')
            [CompletionResult]::new('--is-multi-phone-sync-credential', '--is-multi-phone-sync-credential', [CompletionResultType]::ParameterName, 'Only multi-phone sync credentials (true), or only the others (false). Accepts true, false, 1 or 0 (the bare flag means true).')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Credentials per page (the API''s default is 500). Accepts a number, 0 or more.')
            [CompletionResult]::new('--page-cursor', '--page-cursor', [CompletionResultType]::ParameterName, 'Cursor of the page to fetch: the next_page_cursor of the previous page. Accepts a string.')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Partial match on display_name, code, card_number, acs_user_id or acs_credential_id. Accepts a non-empty string.')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (following next_page_cursor) and stream them out; --limit sets the page size')
            [CompletionResult]::new('--with-entrances', '--with-entrances', [CompletionResultType]::ParameterName, 'Also fetch the entrances each credential opens (one list_accessible_entrances call per credential, 8 at a time) and show them: an ENTRANCES column in the table, an "acs_entrances" array added to each credential in JSON')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'seam;acs;credentials;list-accessible-entrances' {
            [CompletionResult]::new('--acs-credential-id', '--acs-credential-id', [CompletionResultType]::ParameterName, '(required) ID of the credential. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'seam;acs;credentials;unassign' {
            [CompletionResult]::new('--acs-credential-id', '--acs-credential-id', [CompletionResultType]::ParameterName, '(required) ID of the credential. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.')
            [CompletionResult]::new('--acs-user-id', '--acs-user-id', [CompletionResultType]::ParameterName, 'ID of the ACS user. Give this or --user-identity-id, not both. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.')
            [CompletionResult]::new('--user-identity-id', '--user-identity-id', [CompletionResultType]::ParameterName, 'ID of the user identity. If the access system has a user with the same email or phone, the two are linked; if not, an ACS user is created. Give this or --acs-user-id, not both. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'seam;acs;credentials;update' {
            [CompletionResult]::new('--acs-credential-id', '--acs-credential-id', [CompletionResultType]::ParameterName, '(required) ID of the credential. Accepts a non-empty string.')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'New PIN code (digits only; sent as a string, so leading zeros stay). Accepts digits only (0-9), e.g. 0123.')
            [CompletionResult]::new('--ends-at', '--ends-at', [CompletionResultType]::ParameterName, 'New end of validity. Must be in the future and after the credential''s starts_at. Accepts an RFC 3339 timestamp such as 2024-03-01T10:40:00Z.')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'seam;acs;credentials;help' {
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a credential to an ACS user')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a credential for an ACS user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a credential')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get a credential')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List credentials')
            [CompletionResult]::new('list-accessible-entrances', 'list-accessible-entrances', [CompletionResultType]::ParameterValue, 'List the entrances a credential opens')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Unassign a credential from an ACS user')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a credential''s code or end time')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seam;acs;credentials;help;assign' {
            break
        }
        'seam;acs;credentials;help;create' {
            break
        }
        'seam;acs;credentials;help;delete' {
            break
        }
        'seam;acs;credentials;help;get' {
            break
        }
        'seam;acs;credentials;help;list' {
            break
        }
        'seam;acs;credentials;help;list-accessible-entrances' {
            break
        }
        'seam;acs;credentials;help;unassign' {
            break
        }
        'seam;acs;credentials;help;update' {
            break
        }
        'seam;acs;credentials;help;help' {
            break
        }
        'seam;acs;help' {
            [CompletionResult]::new('credentials', 'credentials', [CompletionResultType]::ParameterValue, 'Issue, inspect, change and revoke ACS credentials')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seam;acs;help;credentials' {
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a credential to an ACS user')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a credential for an ACS user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a credential')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get a credential')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List credentials')
            [CompletionResult]::new('list-accessible-entrances', 'list-accessible-entrances', [CompletionResultType]::ParameterValue, 'List the entrances a credential opens')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Unassign a credential from an ACS user')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a credential''s code or end time')
            break
        }
        'seam;acs;help;credentials;assign' {
            break
        }
        'seam;acs;help;credentials;create' {
            break
        }
        'seam;acs;help;credentials;delete' {
            break
        }
        'seam;acs;help;credentials;get' {
            break
        }
        'seam;acs;help;credentials;list' {
            break
        }
        'seam;acs;help;credentials;list-accessible-entrances' {
            break
        }
        'seam;acs;help;credentials;unassign' {
            break
        }
        'seam;acs;help;credentials;update' {
            break
        }
        'seam;acs;help;help' {
            break
        }
        'seam;login' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the token from stdin instead of asking for it')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Save the token without checking it with the API')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'seam;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'seam;whoami' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'seam;config' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show every profile (tokens masked)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one value of the profile (a token masked)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one value of the profile (not the token: use `seam login`)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove one value from the profile')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make PROFILE the default profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seam;config;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'seam;config;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'seam;config;set' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'seam;config;unset' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'seam;config;path' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'seam;config;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'seam;config;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show every profile (tokens masked)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one value of the profile (a token masked)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one value of the profile (not the token: use `seam login`)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove one value from the profile')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make PROFILE the default profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seam;config;help;list' {
            break
        }
        'seam;config;help;get' {
            break
        }
        'seam;config;help;set' {
            break
        }
        'seam;config;help;unset' {
            break
        }
        'seam;config;help;path' {
            break
        }
        'seam;config;help;use' {
            break
        }
        'seam;config;help;help' {
            break
        }
        'seam;completion' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every request (repeatable), e.g. ''Prefer: code=401'' for a mock; not Authorization')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No status lines or hints on stderr (errors still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP request, response and retry on stderr (the token is masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (and an equivalent curl command) instead of sending it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (delete, unassign)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'seam;help' {
            [CompletionResult]::new('acs', 'acs', [CompletionResultType]::ParameterValue, 'Access control systems')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check a token and save it in a profile (hidden prompt, or stdin with --with-token)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the token of a profile from the config file')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show the profile, endpoint, workspace and token in effect, and where each came from')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and change the config file: profiles, tokens (masked), workspaces, endpoints')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'seam;help;acs' {
            [CompletionResult]::new('credentials', 'credentials', [CompletionResultType]::ParameterValue, 'Issue, inspect, change and revoke ACS credentials')
            break
        }
        'seam;help;acs;credentials' {
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a credential to an ACS user')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a credential for an ACS user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a credential')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get a credential')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List credentials')
            [CompletionResult]::new('list-accessible-entrances', 'list-accessible-entrances', [CompletionResultType]::ParameterValue, 'List the entrances a credential opens')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Unassign a credential from an ACS user')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a credential''s code or end time')
            break
        }
        'seam;help;acs;credentials;assign' {
            break
        }
        'seam;help;acs;credentials;create' {
            break
        }
        'seam;help;acs;credentials;delete' {
            break
        }
        'seam;help;acs;credentials;get' {
            break
        }
        'seam;help;acs;credentials;list' {
            break
        }
        'seam;help;acs;credentials;list-accessible-entrances' {
            break
        }
        'seam;help;acs;credentials;unassign' {
            break
        }
        'seam;help;acs;credentials;update' {
            break
        }
        'seam;help;login' {
            break
        }
        'seam;help;logout' {
            break
        }
        'seam;help;whoami' {
            break
        }
        'seam;help;config' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show every profile (tokens masked)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one value of the profile (a token masked)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one value of the profile (not the token: use `seam login`)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove one value from the profile')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make PROFILE the default profile')
            break
        }
        'seam;help;config;list' {
            break
        }
        'seam;help;config;get' {
            break
        }
        'seam;help;config;set' {
            break
        }
        'seam;help;config;unset' {
            break
        }
        'seam;help;config;path' {
            break
        }
        'seam;help;config;use' {
            break
        }
        'seam;help;completion' {
            break
        }
        'seam;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
