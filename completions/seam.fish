# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_seam_global_optspecs
    string join \n profile= workspace-id= endpoint= o/format= columns= no-pager json no-json jq= r/raw-output color= q/quiet v/verbose dry-run y/yes i/interactive non-interactive timeout= max-retries= H/header= h/help V/version
end

function __fish_seam_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_seam_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_seam_using_subcommand
    set -l cmd (__fish_seam_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c seam -n "__fish_seam_needs_command" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_needs_command" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_needs_command" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_needs_command" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_needs_command" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_needs_command" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_needs_command" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_needs_command" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_needs_command" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_needs_command" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_needs_command" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_needs_command" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_needs_command" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_needs_command" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_needs_command" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_needs_command" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_needs_command" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_needs_command" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_needs_command" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_needs_command" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_needs_command" -s V -l version -d 'Print version'
complete -c seam -n "__fish_seam_needs_command" -f -a "acs" -d 'Access control systems'
complete -c seam -n "__fish_seam_needs_command" -f -a "user-identities" -d 'Find user identities (a person, across access systems)'
complete -c seam -n "__fish_seam_needs_command" -f -a "login" -d 'Check a token and save it in a profile (hidden prompt, or stdin with --with-token)'
complete -c seam -n "__fish_seam_needs_command" -f -a "logout" -d 'Remove the token of a profile from the config file'
complete -c seam -n "__fish_seam_needs_command" -f -a "whoami" -d 'Show the profile, endpoint, workspace and token in effect, and where each came from'
complete -c seam -n "__fish_seam_needs_command" -f -a "config" -d 'Show and change the config file: profiles, tokens (masked), workspaces, endpoints'
complete -c seam -n "__fish_seam_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c seam -n "__fish_seam_needs_command" -f -a "help" -d 'Print the help of a command, or the global options (`seam help globals`)'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -f -a "credentials" -d 'Issue, inspect, change and revoke ACS credentials'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -f -a "entrances" -d 'Find entrances (doors, gates, zones) of the access systems'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -f -a "systems" -d 'Find access systems (the access control systems connected to the workspace)'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials entrances systems users" -f -a "users" -d 'Find ACS users (the people an access system knows)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and not __fish_seen_subcommand_from assign create delete rm get list ls list-accessible-entrances list_accessible_entrances unassign update" -f -a "assign" -d 'Assign a credential to an ACS user'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and not __fish_seen_subcommand_from assign create delete rm get list ls list-accessible-entrances list_accessible_entrances unassign update" -f -a "create" -d 'Create a credential for an ACS user'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and not __fish_seen_subcommand_from assign create delete rm get list ls list-accessible-entrances list_accessible_entrances unassign update" -f -a "delete" -d 'Delete a credential'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and not __fish_seen_subcommand_from assign create delete rm get list ls list-accessible-entrances list_accessible_entrances unassign update" -f -a "get" -d 'Get a credential'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and not __fish_seen_subcommand_from assign create delete rm get list ls list-accessible-entrances list_accessible_entrances unassign update" -f -a "list" -d 'List credentials'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and not __fish_seen_subcommand_from assign create delete rm get list ls list-accessible-entrances list_accessible_entrances unassign update" -f -a "list-accessible-entrances" -d 'List the entrances a credential opens'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and not __fish_seen_subcommand_from assign create delete rm get list ls list-accessible-entrances list_accessible_entrances unassign update" -f -a "unassign" -d 'Unassign a credential from an ACS user'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and not __fish_seen_subcommand_from assign create delete rm get list ls list-accessible-entrances list_accessible_entrances unassign update" -f -a "update" -d 'Update a credential\'s code or end time'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and not __fish_seen_subcommand_from get list ls" -f -a "get" -d 'Get an entrance'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and not __fish_seen_subcommand_from get list ls" -f -a "list" -d 'List entrances'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems; and not __fish_seen_subcommand_from get list ls" -f -a "get" -d 'Get an access system'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems; and not __fish_seen_subcommand_from get list ls" -f -a "list" -d 'List access systems'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and not __fish_seen_subcommand_from get list ls" -f -a "get" -d 'Get an ACS user'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and not __fish_seen_subcommand_from get list ls" -f -a "list" -d 'List ACS users'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -f -a "get" -d 'Get a user identity'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and not __fish_seen_subcommand_from get list" -f -a "list" -d 'List user identities'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -l user-identity-id -d 'ID of the user identity.' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -l user-identity-key -d 'Key of the user identity (its user_identity_key).' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -l data -l raw -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l search -d 'Partial match on full_name, phone_number, email_address or user_identity_id (not display_name).' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l user-identity-ids -d 'Only these user identities.' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l credential-manager-acs-system-id -d 'Only user identities of this credential manager (its acs_system_id).' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l created-before -d 'Only user identities created before this time.' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l limit -d 'User identities per page (the API\'s default is 500).' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l page-cursor -d 'Cursor of the page to fetch: the next_page_cursor of the previous page.' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l data -l raw -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (following next_page_cursor) and stream them out; --limit sets the page size'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand user-identities; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand login" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand login" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand login" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand login" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand login" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand login" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand login" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand login" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand login" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand login" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand login" -l with-token -d 'Read the token from stdin instead of asking for it'
complete -c seam -n "__fish_seam_using_subcommand login" -l no-verify -d 'Save the token without checking it with the API'
complete -c seam -n "__fish_seam_using_subcommand login" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand login" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand login" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand login" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand login" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand login" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand login" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand login" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand login" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand login" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand logout" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand logout" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand logout" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand logout" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand logout" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand logout" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand logout" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand logout" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand logout" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand logout" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand logout" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand logout" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand logout" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand logout" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand logout" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand logout" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand logout" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand logout" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand logout" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand logout" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand whoami" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand whoami" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand whoami" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand whoami" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand whoami" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand whoami" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand whoami" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand whoami" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand whoami" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand whoami" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand whoami" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand whoami" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand whoami" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand whoami" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand whoami" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand whoami" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand whoami" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand whoami" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand whoami" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand whoami" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -f -a "list" -d 'Show every profile (tokens masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -f -a "get" -d 'Print one value of the profile (a token masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -f -a "set" -d 'Set one value of the profile (not the token: use `seam login`)'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -f -a "unset" -d 'Remove one value from the profile'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -f -a "path" -d 'Print the path of the config file'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use" -f -a "use" -d 'Make PROFILE the default profile'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand completion" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand completion" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand completion" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand completion" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand completion" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand completion" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand completion" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand completion" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand completion" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand completion" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand completion" -l install -d 'Write the script where the shell looks for it (bash, zsh, fish) instead of printing it, and say what to add to the shell\'s rc file, if anything'
complete -c seam -n "__fish_seam_using_subcommand completion" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand completion" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand completion" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand completion" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand completion" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand completion" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand completion" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand completion" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand completion" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand completion" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand help" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand help" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand help" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand help" -s o -l format -d 'Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
wide\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c seam -n "__fish_seam_using_subcommand help" -l columns -d 'Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)' -r
complete -c seam -n "__fish_seam_using_subcommand help" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed): applied to the document, to each line with --format ndjson, to each page with --all; one compact JSON value per line. Implies JSON output (ndjson stays ndjson)' -r
complete -c seam -n "__fish_seam_using_subcommand help" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand help" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand help" -l max-retries -d 'Retries after a retryable failure (see docs/failures.md) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand help" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand help" -l no-pager -d 'Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX'
complete -c seam -n "__fish_seam_using_subcommand help" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand help" -l no-json -d 'The human format (tables) even when stdout is not a terminal'
complete -c seam -n "__fish_seam_using_subcommand help" -s r -l raw-output -d 'With --jq: print strings without quotes, as jq -r does'
complete -c seam -n "__fish_seam_using_subcommand help" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand help" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand help" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand help" -s y -l yes -d 'Do not ask for confirmation (delete, unassign); implies --non-interactive'
complete -c seam -n "__fish_seam_using_subcommand help" -s i -l interactive -d 'Review and edit every parameter in a menu, then confirm sending (needs a terminal)'
complete -c seam -n "__fish_seam_using_subcommand help" -l non-interactive -d 'Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)'
complete -c seam -n "__fish_seam_using_subcommand help" -s h -l help -d 'Print help (see more with \'--help\')'

# Commands three levels down (added by seam: clap_complete stops at two).
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l acs-credential-id -d '(required) ID of the credential.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l acs_credential_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l acs-user-id -d 'ID of the ACS user.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l acs_user_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l user-identity-id -d 'ID of the user identity.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l user_identity_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l raw
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l wait -d 'Then wait until the credential is issued (exit 7 if not in time)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l wait-timeout -d 'How long --wait waits, e.g. 90s, 5m [default: 2m]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l wait_timeout
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l wait-interval -d 'First pause between polls; each next one is longer, up to 15 s [default: 1s]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l wait_interval
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l access-method -d '(required) How the credential opens entrances.' -r -f -a "code card mobile_key cloud_key"
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l access_method
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l acs-user-id -d 'ID of the ACS user the credential is for.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l acs_user_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l user-identity-id -d 'ID of the user identity the credential is for (needs --acs-system-id).' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l user_identity_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l acs-system-id -d 'ID of the access system (needed with --user-identity-id).' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l acs_system_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l allowed-acs-entrance-ids -d 'IDs of the entrances the credential opens.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l allowed_acs_entrance_ids
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l code -d 'PIN code (digits only; sent as a string, so leading zeros stay).' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l credential-manager-acs-system-id -d 'ACS system ID of the credential manager.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l credential_manager_acs_system_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l is-multi-phone-sync-credential -d 'Make a multi-phone sync credential (for Seam mobile keys).'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l is_multi_phone_sync_credential
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l starts-at -d 'Start of validity.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l starts_at
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l ends-at -d 'End of validity: in the future and after --starts-at.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l ends_at
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l visionline-metadata -d 'Visionline-specific options.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l visionline_metadata
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l assa-abloy-vostio-metadata -d 'ASSA ABLOY Vostio-specific options.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l assa_abloy_vostio_metadata
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l salto-space-metadata -d 'Salto Space-specific options.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l salto_space_metadata
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l hotek-metadata -d 'Hotek-specific options (in development at Seam).' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l hotek_metadata
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l raw
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l wait -d 'Then wait until the credential is issued (exit 7 if not in time)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l wait-timeout -d 'How long --wait waits, e.g. 90s, 5m [default: 2m]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l wait_timeout
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l wait-interval -d 'First pause between polls; each next one is longer, up to 15 s [default: 1s]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l wait_interval
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l from-file -d 'Create one credential per record of FILE (- for stdin): JSON Lines, or CSV whose header row names the parameters' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l from_file
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l concurrency -d 'Requests in flight at once: 1 to 64, or auto (start at 4, grow while latency holds, halve on 429 or rising latency) [default: auto]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l results -d 'Write the result lines (JSON Lines, one per record) to FILE, a new file (mode 0600), instead of stdout' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l ignore-unknown-columns -d 'Skip CSV columns that are not parameters (without it they are an error)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l ignore_unknown_columns
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l journal -d 'Journal of the run, written before and after every request [default: FILE.journal next to the input; needed with --from-file -]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l no-journal -d 'Run without a journal (then an interrupted run cannot be resumed safely)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l no_journal
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l resume -d 'Continue the run in the journal: skip records done, send records never sent or refused; records whose outcome is unknown are reported, not sent again'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l resume-elsewhere -d 'With --resume: go on although the journal\'s run went to another endpoint, workspace or token'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l resume_elsewhere
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l retry-unknown -d 'With --resume: send again the records whose outcome is unknown (all, or only the input lines given, e.g. --retry-unknown=4,9)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l retry_unknown
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l acs-credential-id -d '(required) ID of the credential.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l acs_credential_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l raw
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l from-file -d 'Delete every credential listed in FILE (- for stdin): one id per line, JSON Lines with acs_credential_id, or CSV with an acs_credential_id column (other keys and columns are ignored, so `list --format ndjson` output works)' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l from_file
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l concurrency -d 'Requests in flight at once: 1 to 64, or auto (start at 4, grow while latency holds, halve on 429 or rising latency) [default: auto]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l results -d 'Write the result lines (JSON Lines, one per record) to FILE, a new file (mode 0600), instead of stdout' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l ignore-unknown-columns -d 'Skip CSV columns that are not parameters (without it they are an error)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l ignore_unknown_columns
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l journal -d 'Journal of the run, written before and after every request [default: FILE.journal next to the input; needed with --from-file -]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l no-journal -d 'Run without a journal (then an interrupted run cannot be resumed safely)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l no_journal
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l resume -d 'Continue the run in the journal: skip records done, send records never sent or refused; records whose outcome is unknown are reported, not sent again'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l resume-elsewhere -d 'With --resume: go on although the journal\'s run went to another endpoint, workspace or token'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l resume_elsewhere
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l retry-unknown -d 'With --resume: send again the records whose outcome is unknown (all, or only the input lines given, e.g. --retry-unknown=4,9)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -l retry_unknown
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from get" -l acs-credential-id -d '(required) ID of the credential.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from get" -l acs_credential_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from get" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from get" -l raw
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from get" -l with-entrances -d 'Also show the entrances each credential opens'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from get" -l with_entrances
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l acs-user-id -d 'Only credentials of this ACS user.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l acs_user_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l acs-system-id -d 'Only credentials in this access system.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l acs_system_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l user-identity-id -d 'Only credentials of this user identity.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l user_identity_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l created-before -d 'Only credentials created before this time.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l created_before
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l is-multi-phone-sync-credential -d 'Only multi-phone sync credentials (true), or only the others (false).'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l is_multi_phone_sync_credential
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l limit -d 'Credentials per page (the API\'s default is 500).' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l page-cursor -d 'Cursor of the page to fetch: the next_page_cursor of the previous page.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l page_cursor
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l search -d 'Partial match on display_name, code, card_number, acs_user_id or acs_credential_id.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l raw
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l state -d 'Only credentials in this state (repeatable, or a,b: any of them). Applied by seam after fetching, not by the API: a page may show fewer than --limit, even none. active/scheduled/expired: by starts_at/ends_at; not-issued: is_issued false; errors, warnings: that list is not empty' -r -f -a "active scheduled expired not-issued errors warnings"
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l all -d 'Fetch every page (following next_page_cursor) and stream them out; --limit sets the page size'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l with-entrances -d 'Also show the entrances each credential opens'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -l with_entrances
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list-accessible-entrances list_accessible_entrances" -l acs-credential-id -d '(required) ID of the credential.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list-accessible-entrances list_accessible_entrances" -l acs_credential_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list-accessible-entrances list_accessible_entrances" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list-accessible-entrances list_accessible_entrances" -l raw
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list-accessible-entrances list_accessible_entrances" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from unassign" -l acs-credential-id -d '(required) ID of the credential.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from unassign" -l acs_credential_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from unassign" -l acs-user-id -d 'ID of the ACS user.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from unassign" -l acs_user_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from unassign" -l user-identity-id -d 'ID of the user identity.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from unassign" -l user_identity_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from unassign" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from unassign" -l raw
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from unassign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l acs-credential-id -d '(required) ID of the credential.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l acs_credential_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l code -d 'New PIN code (digits only; sent as a string, so leading zeros stay).' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l ends-at -d 'New end of validity.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l ends_at
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l raw
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l wait -d 'Then wait until the credential is issued (exit 7 if not in time)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l wait-timeout -d 'How long --wait waits, e.g. 90s, 5m [default: 2m]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l wait_timeout
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l wait-interval -d 'First pause between polls; each next one is longer, up to 15 s [default: 1s]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l wait_interval
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from get" -l acs-entrance-id -d '(required) ID of the entrance.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from get" -l acs_entrance_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from get" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from get" -l raw
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l acs-system-id -d 'Only entrances of this access system.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l acs_system_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l acs-credential-id -d 'Only entrances this credential opens.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l acs_credential_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l acs-entrance-ids -d 'Only these entrances.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l acs_entrance_ids
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l connected-account-id -d 'Only entrances of this connected account.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l connected_account_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l space-id -d 'Only entrances in this space.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l space_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l location-id -d '(deprecated) Only entrances in this location.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l location_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l customer-key -d 'Only entrances of this customer.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l customer_key
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l search -d 'Partial match on display_name.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l limit -d 'Entrances per page (the API\'s default is 900).' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l page-cursor -d 'Cursor of the page to fetch: the next_page_cursor of the previous page.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l page_cursor
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l raw
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -l all -d 'Fetch every page (following next_page_cursor) and stream them out; --limit sets the page size'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from entrances; and __fish_seen_subcommand_from list ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems; and __fish_seen_subcommand_from get" -l acs-system-id -d '(required) ID of the access system.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems; and __fish_seen_subcommand_from get" -l acs_system_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems; and __fish_seen_subcommand_from get" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems; and __fish_seen_subcommand_from get" -l raw
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems; and __fish_seen_subcommand_from list ls" -l connected-account-id -d 'Only access systems of this connected account.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems; and __fish_seen_subcommand_from list ls" -l connected_account_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems; and __fish_seen_subcommand_from list ls" -l customer-key -d 'Only access systems of this customer.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems; and __fish_seen_subcommand_from list ls" -l customer_key
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems; and __fish_seen_subcommand_from list ls" -l search -d 'Partial match on name or acs_system_id.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems; and __fish_seen_subcommand_from list ls" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems; and __fish_seen_subcommand_from list ls" -l raw
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from systems; and __fish_seen_subcommand_from list ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from get" -l acs-user-id -d 'ID of the ACS user.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from get" -l acs_user_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from get" -l user-identity-id -d 'ID of the user identity whose ACS user to get.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from get" -l user_identity_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from get" -l acs-system-id -d 'ID of the access system (with --user-identity-id: the system whose ACS user to get).' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from get" -l acs_system_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from get" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from get" -l raw
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -l acs-system-id -d 'Only ACS users of this access system.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -l acs_system_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -l user-identity-id -d 'Only ACS users linked to this user identity.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -l user_identity_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -l user-identity-email-address -d 'Only ACS users whose user identity has this email address.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -l user_identity_email_address
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -l user-identity-phone-number -d 'Only ACS users whose user identity has this phone number, in E.164 format (e.g. +15555550100).' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -l user_identity_phone_number
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -l search -d 'Partial match on full_name, phone_number, email_address, acs_user_id, user_identity_id, user_identity_full_name or user_identity_phone_number (not display_name).' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -l created-before -d 'Only ACS users created before this time.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -l created_before
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -l limit -d 'ACS users per page (the API\'s default is 500).' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -l page-cursor -d 'Cursor of the page to fetch: the next_page_cursor of the previous page.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -l page_cursor
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -l raw
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -l all -d 'Fetch every page (following next_page_cursor) and stream them out; --limit sets the page size'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from users; and __fish_seen_subcommand_from list ls" -s h -l help -d 'Print help (see more with \'--help\')'
