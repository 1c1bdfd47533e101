# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_seam_global_optspecs
    string join \n profile= workspace-id= endpoint= format= json color= q/quiet v/verbose dry-run y/yes timeout= max-retries= H/header= h/help V/version
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
complete -c seam -n "__fish_seam_needs_command" -l format -d 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c seam -n "__fish_seam_needs_command" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_needs_command" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_needs_command" -l max-retries -d 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]' -r
complete -c seam -n "__fish_seam_needs_command" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_needs_command" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_needs_command" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_needs_command" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_needs_command" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_needs_command" -s y -l yes -d 'Do not ask for confirmation (delete, unassign)'
complete -c seam -n "__fish_seam_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_needs_command" -s V -l version -d 'Print version'
complete -c seam -n "__fish_seam_needs_command" -f -a "acs" -d 'Access control systems'
complete -c seam -n "__fish_seam_needs_command" -f -a "login" -d 'Check a token and save it in a profile (hidden prompt, or stdin with --with-token)'
complete -c seam -n "__fish_seam_needs_command" -f -a "logout" -d 'Remove the token of a profile from the config file'
complete -c seam -n "__fish_seam_needs_command" -f -a "whoami" -d 'Show the profile, endpoint, workspace and token in effect, and where each came from'
complete -c seam -n "__fish_seam_needs_command" -f -a "config" -d 'Show and change the config file: profiles, tokens (masked), workspaces, endpoints'
complete -c seam -n "__fish_seam_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c seam -n "__fish_seam_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials help" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials help" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials help" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials help" -l format -d 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials help" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials help" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials help" -l max-retries -d 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials help" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials help" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials help" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials help" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials help" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials help" -s y -l yes -d 'Do not ask for confirmation (delete, unassign)'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials help" -s h -l help -d 'Print help'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials help" -f -a "credentials" -d 'Issue, inspect, change and revoke ACS credentials'
complete -c seam -n "__fish_seam_using_subcommand acs; and not __fish_seen_subcommand_from credentials help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l format -d 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l max-retries -d 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -s y -l yes -d 'Do not ask for confirmation (delete, unassign)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials" -s h -l help -d 'Print help'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and not __fish_seen_subcommand_from assign create delete get list list-accessible-entrances list_accessible_entrances unassign update help" -f -a "assign" -d 'Assign a credential to an ACS user'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and not __fish_seen_subcommand_from assign create delete get list list-accessible-entrances list_accessible_entrances unassign update help" -f -a "create" -d 'Create a credential for an ACS user'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and not __fish_seen_subcommand_from assign create delete get list list-accessible-entrances list_accessible_entrances unassign update help" -f -a "delete" -d 'Delete a credential'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and not __fish_seen_subcommand_from assign create delete get list list-accessible-entrances list_accessible_entrances unassign update help" -f -a "get" -d 'Get a credential'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and not __fish_seen_subcommand_from assign create delete get list list-accessible-entrances list_accessible_entrances unassign update help" -f -a "list" -d 'List credentials'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and not __fish_seen_subcommand_from assign create delete get list list-accessible-entrances list_accessible_entrances unassign update help" -f -a "list-accessible-entrances" -d 'List the entrances a credential opens'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and not __fish_seen_subcommand_from assign create delete get list list-accessible-entrances list_accessible_entrances unassign update help" -f -a "unassign" -d 'Unassign a credential from an ACS user'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and not __fish_seen_subcommand_from assign create delete get list list-accessible-entrances list_accessible_entrances unassign update help" -f -a "update" -d 'Update a credential\'s code or end time'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and not __fish_seen_subcommand_from assign create delete get list list-accessible-entrances list_accessible_entrances unassign update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from help" -f -a "credentials" -d 'Issue, inspect, change and revoke ACS credentials'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seam -n "__fish_seam_using_subcommand login" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand login" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand login" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand login" -l format -d 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c seam -n "__fish_seam_using_subcommand login" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand login" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand login" -l max-retries -d 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand login" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand login" -l with-token -d 'Read the token from stdin instead of asking for it'
complete -c seam -n "__fish_seam_using_subcommand login" -l no-verify -d 'Save the token without checking it with the API'
complete -c seam -n "__fish_seam_using_subcommand login" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand login" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand login" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand login" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand login" -s y -l yes -d 'Do not ask for confirmation (delete, unassign)'
complete -c seam -n "__fish_seam_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand logout" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand logout" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand logout" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand logout" -l format -d 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c seam -n "__fish_seam_using_subcommand logout" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand logout" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand logout" -l max-retries -d 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand logout" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand logout" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand logout" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand logout" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand logout" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand logout" -s y -l yes -d 'Do not ask for confirmation (delete, unassign)'
complete -c seam -n "__fish_seam_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand whoami" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand whoami" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand whoami" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand whoami" -l format -d 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c seam -n "__fish_seam_using_subcommand whoami" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand whoami" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand whoami" -l max-retries -d 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand whoami" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand whoami" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand whoami" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand whoami" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand whoami" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand whoami" -s y -l yes -d 'Do not ask for confirmation (delete, unassign)'
complete -c seam -n "__fish_seam_using_subcommand whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -l format -d 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -l max-retries -d 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -s y -l yes -d 'Do not ask for confirmation (delete, unassign)'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -f -a "list" -d 'Show every profile (tokens masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -f -a "get" -d 'Print one value of the profile (a token masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -f -a "set" -d 'Set one value of the profile (not the token: use `seam login`)'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -f -a "unset" -d 'Remove one value from the profile'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -f -a "path" -d 'Print the path of the config file'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -f -a "use" -d 'Make PROFILE the default profile'
complete -c seam -n "__fish_seam_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path use help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l format -d 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation (delete, unassign)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l format -d 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -s y -l yes -d 'Do not ask for confirmation (delete, unassign)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l format -d 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l max-retries -d 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -s y -l yes -d 'Do not ask for confirmation (delete, unassign)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l format -d 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l max-retries -d 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Do not ask for confirmation (delete, unassign)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l format -d 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l max-retries -d 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -s y -l yes -d 'Do not ask for confirmation (delete, unassign)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l format -d 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l max-retries -d 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -s y -l yes -d 'Do not ask for confirmation (delete, unassign)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'Show every profile (tokens masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print one value of the profile (a token masked)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set one value of the profile (not the token: use `seam login`)'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove one value from the profile'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the path of the config file'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make PROFILE the default profile'
complete -c seam -n "__fish_seam_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seam -n "__fish_seam_using_subcommand completion" -l profile -d 'Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else "default"]' -r
complete -c seam -n "__fish_seam_using_subcommand completion" -l workspace-id -d 'Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]' -r
complete -c seam -n "__fish_seam_using_subcommand completion" -l endpoint -d 'API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]' -r
complete -c seam -n "__fish_seam_using_subcommand completion" -l format -d 'Output format [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c seam -n "__fish_seam_using_subcommand completion" -l color -d 'Colour: auto (terminal and no NO_COLOR), always, never [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c seam -n "__fish_seam_using_subcommand completion" -l timeout -d 'Give up on a request after this many seconds [default: 30]' -r
complete -c seam -n "__fish_seam_using_subcommand completion" -l max-retries -d 'Retries after a retryable failure (see README: Failure behaviour) [default: 3]' -r
complete -c seam -n "__fish_seam_using_subcommand completion" -s H -l header -d 'Add a header to every request (repeatable), e.g. \'Prefer: code=401\' for a mock; not Authorization' -r
complete -c seam -n "__fish_seam_using_subcommand completion" -l json -d 'Same as --format json'
complete -c seam -n "__fish_seam_using_subcommand completion" -s q -l quiet -d 'No status lines or hints on stderr (errors still show)'
complete -c seam -n "__fish_seam_using_subcommand completion" -s v -l verbose -d 'Trace each HTTP request, response and retry on stderr (the token is masked)'
complete -c seam -n "__fish_seam_using_subcommand completion" -l dry-run -d 'Print the request (and an equivalent curl command) instead of sending it'
complete -c seam -n "__fish_seam_using_subcommand completion" -s y -l yes -d 'Do not ask for confirmation (delete, unassign)'
complete -c seam -n "__fish_seam_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand help; and not __fish_seen_subcommand_from acs login logout whoami config completion help" -f -a "acs" -d 'Access control systems'
complete -c seam -n "__fish_seam_using_subcommand help; and not __fish_seen_subcommand_from acs login logout whoami config completion help" -f -a "login" -d 'Check a token and save it in a profile (hidden prompt, or stdin with --with-token)'
complete -c seam -n "__fish_seam_using_subcommand help; and not __fish_seen_subcommand_from acs login logout whoami config completion help" -f -a "logout" -d 'Remove the token of a profile from the config file'
complete -c seam -n "__fish_seam_using_subcommand help; and not __fish_seen_subcommand_from acs login logout whoami config completion help" -f -a "whoami" -d 'Show the profile, endpoint, workspace and token in effect, and where each came from'
complete -c seam -n "__fish_seam_using_subcommand help; and not __fish_seen_subcommand_from acs login logout whoami config completion help" -f -a "config" -d 'Show and change the config file: profiles, tokens (masked), workspaces, endpoints'
complete -c seam -n "__fish_seam_using_subcommand help; and not __fish_seen_subcommand_from acs login logout whoami config completion help" -f -a "completion" -d 'Print a shell completion script'
complete -c seam -n "__fish_seam_using_subcommand help; and not __fish_seen_subcommand_from acs login logout whoami config completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c seam -n "__fish_seam_using_subcommand help; and __fish_seen_subcommand_from acs" -f -a "credentials" -d 'Issue, inspect, change and revoke ACS credentials'
complete -c seam -n "__fish_seam_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'Show every profile (tokens masked)'
complete -c seam -n "__fish_seam_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print one value of the profile (a token masked)'
complete -c seam -n "__fish_seam_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set one value of the profile (not the token: use `seam login`)'
complete -c seam -n "__fish_seam_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove one value from the profile'
complete -c seam -n "__fish_seam_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the path of the config file'
complete -c seam -n "__fish_seam_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "use" -d 'Make PROFILE the default profile'

# Commands three levels down (added by seam: clap_complete stops at two).
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l acs-credential-id -d '(required) ID of the credential. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l acs_credential_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l acs-user-id -d 'ID of the ACS user. Give this or --user-identity-id, not both. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l acs_user_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l user-identity-id -d 'ID of the user identity. If the access system has a user with the same email or phone, the two are linked; if not, an ACS user is created. Give this or --acs-user-id, not both. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l user_identity_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l access-method -d '(required) How the credential opens entrances.' -r -f -a "code card mobile_key cloud_key"
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l access_method
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l acs-user-id -d 'ID of the ACS user the credential is for. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l acs_user_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l user-identity-id -d 'ID of the user identity the credential is for (needs --acs-system-id). Links to, or creates, an ACS user with the same email or phone. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l user_identity_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l acs-system-id -d 'ID of the access system (needed with --user-identity-id). Accepts a UUID such as 33333333-3333-3333-3333-333333333333.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l acs_system_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l allowed-acs-entrance-ids -d 'IDs of the entrances the credential opens. Accepts UUIDs: a,b or [a,b] or \'["a","b"]\', or the flag repeated.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l allowed_acs_entrance_ids
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l code -d 'PIN code (digits only; sent as a string, so leading zeros stay). Accepts digits only (0-9), e.g. 0123.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l credential-manager-acs-system-id -d 'ACS system ID of the credential manager. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l credential_manager_acs_system_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l is-multi-phone-sync-credential -d 'Make a multi-phone sync credential (for Seam mobile keys). Accepts true, false, 1 or 0 (the bare flag means true).'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l is_multi_phone_sync_credential
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l starts-at -d 'Start of validity. Accepts an RFC 3339 timestamp such as 2024-03-01T10:40:00Z.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l starts_at
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l ends-at -d 'End of validity: in the future and after --starts-at. Accepts an RFC 3339 timestamp such as 2024-03-01T10:40:00Z.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l ends_at
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l visionline-metadata -d 'Visionline-specific options. Accepts a JSON object or @file.json, with keys: auto_join, card_format, card_function_type, joiner_acs_credential_ids, override, is_override_key, assa_abloy_credential_service_mobile_endpoint_id.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l visionline_metadata
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l assa-abloy-vostio-metadata -d 'ASSA ABLOY Vostio-specific options. Accepts a JSON object or @file.json, with keys: auto_join, join_all_guest_acs_entrances, override_all_guest_acs_entrances, override_guest_acs_entrance_ids.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l assa_abloy_vostio_metadata
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l salto-space-metadata -d 'Salto Space-specific options. Accepts a JSON object or @file.json, with keys: assign_new_key, update_current_key.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l salto_space_metadata
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l hotek-metadata -d 'Hotek-specific options (in development at Seam). Accepts a JSON object or @file.json, with keys: auto_join, override.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l hotek_metadata
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l from-file -d 'Create one credential per record of FILE (- for stdin): JSON Lines, or CSV whose header row names the parameters. Flags and --data give values shared by every record; a record\'s own value wins' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l from_file
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l concurrency -d 'Requests in flight at once: 1 to 64, or auto (start at 4, grow while latency holds, halve on 429 or rising latency) [default: auto]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l results -d 'Write the result lines (JSON Lines, one per record) to FILE, a new file (mode 0600), instead of stdout. On a terminal they are not printed: failures and the summary are' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l ignore-unknown-columns -d 'Skip CSV columns that are not parameters (without it they are an error)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l ignore_unknown_columns
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l journal -d 'Journal of the run, written before and after every request [default: FILE.journal next to the input; needed with --from-file -]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l no-journal -d 'Run without a journal (then an interrupted run cannot be resumed safely)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l no_journal
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l resume -d 'Continue the run in the journal: skip records done, send records never sent or refused; records whose outcome is unknown are reported, not sent again'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l retry-unknown -d 'With --resume: send again the records whose outcome is unknown (all, or only the input lines given, e.g. --retry-unknown=4,9). Check first that they did not happen: a create sent twice makes two credentials'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -l retry_unknown
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete" -l acs-credential-id -d '(required) ID of the credential. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete" -l acs_credential_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete" -l from-file -d 'Delete every credential listed in FILE (- for stdin): one id per line, JSON Lines with acs_credential_id, or CSV with an acs_credential_id column (other keys and columns are ignored, so `list --format ndjson` output works). Asks once on a terminal; needs --yes when stdin or stderr is not a terminal' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete" -l from_file
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete" -l concurrency -d 'Requests in flight at once: 1 to 64, or auto (start at 4, grow while latency holds, halve on 429 or rising latency) [default: auto]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete" -l results -d 'Write the result lines (JSON Lines, one per record) to FILE, a new file (mode 0600), instead of stdout. On a terminal they are not printed: failures and the summary are' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete" -l ignore-unknown-columns -d 'Skip CSV columns that are not parameters (without it they are an error)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete" -l ignore_unknown_columns
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete" -l journal -d 'Journal of the run, written before and after every request [default: FILE.journal next to the input; needed with --from-file -]' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete" -l no-journal -d 'Run without a journal (then an interrupted run cannot be resumed safely)'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete" -l no_journal
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete" -l resume -d 'Continue the run in the journal: skip records done, send records never sent or refused; records whose outcome is unknown are reported, not sent again'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete" -l retry-unknown -d 'With --resume: send again the records whose outcome is unknown (all, or only the input lines given, e.g. --retry-unknown=4,9). Check first that they did not happen: a create sent twice makes two credentials'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete" -l retry_unknown
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from get" -l acs-credential-id -d '(required) ID of the credential. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from get" -l acs_credential_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from get" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from get" -l with-entrances -d 'Also fetch the entrances each credential opens (one list_accessible_entrances call per credential, 8 at a time) and show them: an ENTRANCES column in the table, an "acs_entrances" array added to each credential in JSON'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from get" -l with_entrances
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l acs-user-id -d 'Only credentials of this ACS user. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l acs_user_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l acs-system-id -d 'Only credentials in this access system. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l acs_system_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l user-identity-id -d 'Only credentials of this user identity. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l user_identity_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l created-before -d 'Only credentials created before this time. Accepts an RFC 3339 timestamp such as 2024-03-01T10:40:00Z.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l created_before
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l is-multi-phone-sync-credential -d 'Only multi-phone sync credentials (true), or only the others (false). Accepts true, false, 1 or 0 (the bare flag means true).'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l is_multi_phone_sync_credential
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l limit -d 'Credentials per page (the API\'s default is 500). Accepts a number, 0 or more.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l page-cursor -d 'Cursor of the page to fetch: the next_page_cursor of the previous page. Accepts a string.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l page_cursor
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l search -d 'Partial match on display_name, code, card_number, acs_user_id or acs_credential_id. Accepts a non-empty string.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (following next_page_cursor) and stream them out; --limit sets the page size'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l with-entrances -d 'Also fetch the entrances each credential opens (one list_accessible_entrances call per credential, 8 at a time) and show them: an ENTRANCES column in the table, an "acs_entrances" array added to each credential in JSON'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -l with_entrances
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list-accessible-entrances list_accessible_entrances" -l acs-credential-id -d '(required) ID of the credential. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list-accessible-entrances list_accessible_entrances" -l acs_credential_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list-accessible-entrances list_accessible_entrances" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from list-accessible-entrances list_accessible_entrances" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from unassign" -l acs-credential-id -d '(required) ID of the credential. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from unassign" -l acs_credential_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from unassign" -l acs-user-id -d 'ID of the ACS user. Give this or --user-identity-id, not both. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from unassign" -l acs_user_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from unassign" -l user-identity-id -d 'ID of the user identity. If the access system has a user with the same email or phone, the two are linked; if not, an ACS user is created. Give this or --acs-user-id, not both. Accepts a UUID such as 33333333-3333-3333-3333-333333333333.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from unassign" -l user_identity_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from unassign" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from unassign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l acs-credential-id -d '(required) ID of the credential. Accepts a non-empty string.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l acs_credential_id
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l code -d 'New PIN code (digits only; sent as a string, so leading zeros stay). Accepts digits only (0-9), e.g. 0123.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l ends-at -d 'New end of validity. Must be in the future and after the credential\'s starts_at. Accepts an RFC 3339 timestamp such as 2024-03-01T10:40:00Z.' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l ends_at
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -l data -d 'Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it' -r
complete -c seam -n "__fish_seam_using_subcommand acs; and __fish_seen_subcommand_from credentials; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
