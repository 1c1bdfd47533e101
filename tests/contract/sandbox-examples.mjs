#!/usr/bin/env node
// Give a copy of the trimmed spec realistic response examples, for the sandbox
// (scripts/sandbox). Prism's static mode answers with a response's example when it
// has one, and otherwise builds a body from the schema: "string" for every name,
// code and time. This script sets, for each 200 answer, an example that looks like
// what Seam sends: people's names, a 6-digit PIN, a card number, timestamps around
// the time the sandbox started, v4 UUIDs. Every example is checked against the
// spec's own response schema (ajv, as pinned by package-lock.json) before it is
// written, so the sandbox never serves a body the spec does not allow.
//
// Usage:
//   node sandbox-examples.mjs SPEC_FILE          # rewrite SPEC_FILE in place (atomically)
//   node sandbox-examples.mjs SPEC_FILE --print  # print {path: body} on stdout, change nothing
//
// Env: SEAM_SANDBOX_NOW=RFC3339 fixes the moment the times are built around
// (default: now), e.g. to make the README's sample tables reproducible.
//
// Used only by `prism.sh start --realistic` (the sandbox). The contract tests start
// Prism without it and keep the spec's own examples; .cache/acs-credentials.openapi.json
// (the shared extracted spec) is never touched.
//
// To add a resource: add an entry to EXAMPLES; entries for paths the spec does not
// have are skipped.

import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const HERE = dirname(fileURLToPath(import.meta.url))
const require = createRequire(join(HERE, 'package.json'))

function fail(msg) {
  console.error(`sandbox-examples: ${msg}`)
  process.exit(1)
}

// ---------------------------------------------------------------------------
// Time: everything is placed around one moment, so the states the CLI derives
// (active / scheduled / expired) look right whenever the sandbox is started.
// ---------------------------------------------------------------------------

const nowText = process.env.SEAM_SANDBOX_NOW
const NOW = nowText ? Date.parse(nowText) : Date.now()
if (Number.isNaN(NOW)) fail(`SEAM_SANDBOX_NOW is not a date-time: ${JSON.stringify(nowText)}`)
const HOUR = 3600e3
const DAY = 24 * HOUR
// An instant `offset` ms from now, with the milliseconds Seam's timestamps carry.
const at = (offset, ms = 0) => new Date(Math.floor((NOW + offset) / 1000) * 1000 + ms).toISOString()
// A whole hour `days` days from today (UTC), as people set starts_at / ends_at.
const onHour = (days, hour) => {
  const d = new Date(NOW + days * DAY)
  d.setUTCHours(hour, 0, 0, 0)
  return d.toISOString()
}

// ---------------------------------------------------------------------------
// One small, consistent workspace: a Salto KS site, one guest (Jane Doe) with four
// credentials, two entrances (and, for the lookups below, two more users).
// ---------------------------------------------------------------------------

const WORKSPACE = '5d3bc4b8-1f0e-4a4c-9f3e-2a7f6c1d9b20'
const ACCOUNT = 'c0a2d6f1-7b3e-4e59-8d4a-91f2b6e3c7a5'
const SYSTEM = '9a6f3e2d-4c1b-4f8a-b7d5-3e2c1a0f9b84'
const JANE = 'f3a2c1d4-8b7e-4d2a-9c6f-1e5b3a7d9c02'
const JANE_IDENTITY = '4e8c2a1f-6d3b-4b7a-8e9f-0c5d2b6a1e73'
const FRONT_DOOR = '1b7e4c2a-9f3d-4a6b-8c5e-2d0f7a3b9e61'
const POOL_GATE = '7c3a9e1f-2b6d-4e8a-9f4c-5a1d8b2e6c07'

const base = (id, created) => ({
  acs_credential_id: id,
  acs_system_id: SYSTEM,
  acs_user_id: JANE,
  connected_account_id: ACCOUNT,
  workspace_id: WORKSPACE,
  created_at: created,
  is_managed: true,
  errors: [],
  warnings: [],
})

// Active PIN code: issued, on the locks.
const PIN = {
  ...base('8f2e6a1c-3d7b-4c9e-a5f1-6b0d2e8c4a97', at(-2 * DAY - 5 * HOUR, 412)),
  access_method: 'code',
  code: '482913',
  display_name: 'Jane Doe',
  starts_at: onHour(-1, 15),
  ends_at: onHour(6, 11),
  is_issued: true,
  issued_at: at(-2 * DAY - 5 * HOUR + 47e3, 861),
  is_one_time_use: false,
  is_latest_desired_state_synced_with_provider: true,
  latest_desired_state_synced_with_provider_at: at(-2 * DAY - 5 * HOUR + 47e3, 861),
}

// Key card for next week: not encoded yet.
const CARD = {
  ...base('2c9d4b7e-6a1f-4e3c-8b5d-9f0a3c6e1d28', at(-3 * HOUR, 127)),
  access_method: 'card',
  card_number: '0004471829',
  display_name: 'Jane Doe',
  starts_at: onHour(7, 15),
  ends_at: onHour(10, 11),
  is_issued: false,
  issued_at: null,
  is_latest_desired_state_synced_with_provider: true,
  latest_desired_state_synced_with_provider_at: at(-3 * HOUR + 12e3, 554),
  warnings: [
    {
      created_at: at(-3 * HOUR, 301),
      message: 'Credential is waiting to be issued.',
      warning_code: 'waiting_to_be_issued',
    },
  ],
}

// Mobile key on Jane's phones, no end date.
const MOBILE = {
  ...base('5a1e8c3f-7d2b-4f6a-9c4e-3b8d1f7a2e50', at(-9 * DAY - 2 * HOUR, 733)),
  access_method: 'mobile_key',
  display_name: 'Multi Phone Sync Credential',
  user_identity_id: JANE_IDENTITY,
  is_multi_phone_sync_credential: true,
  is_issued: true,
  issued_at: at(-9 * DAY - 2 * HOUR + 3e3, 90),
  is_latest_desired_state_synced_with_provider: true,
  latest_desired_state_synced_with_provider_at: at(-9 * DAY - 2 * HOUR + 3e3, 90),
}

// Last month's code: ended.
const OLD_PIN = {
  ...base('d4b7a2e9-1c6f-4a3d-8e5b-7f2c9a0d6b13', at(-34 * DAY - 4 * HOUR, 218)),
  access_method: 'code',
  code: '7315',
  display_name: 'Jane Doe',
  starts_at: onHour(-33, 15),
  ends_at: onHour(-30, 11),
  is_issued: true,
  issued_at: at(-34 * DAY - 4 * HOUR + 38e3, 402),
  is_one_time_use: false,
  is_latest_desired_state_synced_with_provider: true,
  latest_desired_state_synced_with_provider_at: at(-30 * DAY, 15),
}

// What `create` answers: a new PIN, not on the locks yet.
const CREATED = {
  ...base('e6c1f9a4-5b2d-4d8e-a3f7-0c9b4e2a8d65', at(-1e3, 583)),
  access_method: 'code',
  code: '824759',
  display_name: 'Jane Doe',
  starts_at: onHour(0, 15),
  ends_at: onHour(3, 11),
  is_issued: false,
  issued_at: null,
  is_one_time_use: false,
  is_latest_desired_state_synced_with_provider: false,
  latest_desired_state_synced_with_provider_at: null,
  warnings: [
    {
      created_at: at(-1e3, 601),
      message: 'Credential is waiting to be issued.',
      warning_code: 'waiting_to_be_issued',
    },
  ],
}

const entrance = (id, name, created, salto) => ({
  acs_entrance_id: id,
  acs_system_id: SYSTEM,
  connected_account_id: ACCOUNT,
  created_at: created,
  display_name: name,
  space_ids: [],
  can_unlock_with_card: true,
  can_unlock_with_code: true,
  can_unlock_with_mobile_key: true,
  can_unlock_with_cloud_key: false,
  is_locked: true,
  salto_ks_metadata: salto,
  errors: [],
  warnings: [],
})

const ENTRANCES = [
  entrance(FRONT_DOOR, 'Front Door', at(-120 * DAY, 310), {
    door_name: 'Front Door',
    lock_type: 'wall_reader',
    locked_state: 'locked',
    battery_level: 'high',
    online: true,
    left_open_alarm: false,
    intrusion_alarm: false,
    privacy_mode: false,
  }),
  entrance(POOL_GATE, 'Pool Gate', at(-120 * DAY, 655), {
    door_name: 'Pool Gate',
    lock_type: 'wall_reader',
    locked_state: 'locked',
    battery_level: 'medium',
    online: true,
    left_open_alarm: false,
    intrusion_alarm: false,
    privacy_mode: false,
  }),
]

const lastPage = { has_next_page: false, next_page_cursor: null, next_page_url: null }

// ---------------------------------------------------------------------------
// The lookups (`seam acs systems|users|entrances`, `seam user-identities`): the same
// workspace seen from the other side. One access system (the Salto KS site every
// credential above is on); its three users: Jane Doe (the guest above), John Smith
// (the second guest of the README's guests.csv) and a member of staff whose Salto KS
// subscription has lapsed; the two guests' user identities; the two entrances.
// ---------------------------------------------------------------------------

const JOHN = '0b5e9d27-3c4a-4f1e-9a8d-6c2f7e1b4a39'
const JOHN_IDENTITY = '8d1f6b3e-2a9c-4e7d-b5f0-3c6a9e2d4b18'
const MARIA = '6e4a1c8d-5f2b-4a9e-8c3d-7b0e5f1a2c96'

const MAIN_BUILDING = {
  acs_system_id: SYSTEM,
  name: 'Main building',
  external_type: 'salto_ks_site',
  external_type_display_name: 'Salto KS site',
  is_credential_manager: false,
  acs_user_count: 3,
  acs_access_group_count: 2,
  connected_account_id: ACCOUNT,
  connected_account_ids: [ACCOUNT],
  created_at: at(-120 * DAY, 104),
  image_url: 'https://connect.getseam.com/assets/images/acs_systems/salto_ks_site.png',
  image_alt_text: 'Salto KS site logo',
  location: { time_zone: 'Europe/London' },
  workspace_id: WORKSPACE,
  errors: [],
  warnings: [],
}

const acsUser = (id, created, fields) => ({
  acs_user_id: id,
  acs_system_id: SYSTEM,
  connected_account_id: ACCOUNT,
  workspace_id: WORKSPACE,
  created_at: created,
  external_type: 'salto_site_user',
  external_type_display_name: 'Salto site user',
  is_managed: true,
  is_suspended: false,
  last_successful_sync_at: at(-20 * 60e3, 230),
  salto_ks_metadata: { is_subscribed: true },
  errors: [],
  warnings: [],
  ...fields,
})

// The guest every credential above belongs to.
const JANE_USER = acsUser(JANE, at(-34 * DAY - 4 * HOUR - 60e3, 975), {
  display_name: 'Jane Doe',
  full_name: 'Jane Doe',
  email_address: 'jane.doe@example.com',
  phone_number: '+15555550123',
  access_schedule: { starts_at: onHour(-1, 15), ends_at: onHour(10, 11) },
  user_identity_id: JANE_IDENTITY,
  user_identity_full_name: 'Jane Doe',
  user_identity_email_address: 'jane.doe@example.com',
  user_identity_phone_number: '+15555550123',
})

const JOHN_USER = acsUser(JOHN, at(-5 * DAY - 7 * HOUR, 342), {
  display_name: 'John Smith',
  full_name: 'John Smith',
  email_address: 'john.smith@example.com',
  phone_number: '+15555550188',
  access_schedule: { starts_at: onHour(2, 15), ends_at: onHour(6, 11) },
  user_identity_id: JOHN_IDENTITY,
  user_identity_full_name: 'John Smith',
  user_identity_email_address: 'john.smith@example.com',
  user_identity_phone_number: '+15555550188',
})

// Staff, no user identity; the site's Salto KS subscription slots ran out.
const MARIA_USER = acsUser(MARIA, at(-90 * DAY, 518), {
  display_name: 'Maria Garcia',
  full_name: 'Maria Garcia',
  email_address: 'maria.garcia@example.com',
  salto_ks_metadata: { is_subscribed: false },
  warnings: [
    {
      created_at: at(-6 * DAY, 77),
      message: 'User is not subscribed on the Salto KS site.',
      warning_code: 'salto_ks_user_not_subscribed',
    },
  ],
})

const identity = (id, key, name, email, phone, acsUsers, created) => ({
  user_identity_id: id,
  user_identity_key: key,
  display_name: name,
  full_name: name,
  email_address: email,
  phone_number: phone,
  acs_user_ids: acsUsers,
  created_at: created,
  workspace_id: WORKSPACE,
  errors: [],
  warnings: [],
})

const JANE_ID = identity(
  JANE_IDENTITY,
  'guest-10482',
  'Jane Doe',
  'jane.doe@example.com',
  '+15555550123',
  [JANE],
  at(-34 * DAY - 4 * HOUR - 120e3, 66),
)
const JOHN_ID = identity(
  JOHN_IDENTITY,
  'guest-10517',
  'John Smith',
  'john.smith@example.com',
  '+15555550188',
  [JOHN],
  at(-5 * DAY - 7 * HOUR - 60e3, 829),
)

export const EXAMPLES = {
  '/acs/credentials/list': { acs_credentials: [PIN, CARD, MOBILE, OLD_PIN], pagination: lastPage, ok: true },
  '/acs/credentials/get': { acs_credential: PIN, ok: true },
  '/acs/credentials/create': { acs_credential: CREATED, ok: true },
  '/acs/credentials/update': {
    acs_credential: { ...PIN, code: '730591', latest_desired_state_synced_with_provider_at: at(-2e3, 12) },
    ok: true,
  },
  '/acs/credentials/assign': { acs_credential: PIN, ok: true },
  '/acs/credentials/unassign': { acs_credential: PIN, ok: true },
  '/acs/credentials/delete': { ok: true },
  '/acs/credentials/list_accessible_entrances': { acs_entrances: ENTRANCES, ok: true },
  '/acs/systems/list': { acs_systems: [MAIN_BUILDING], ok: true },
  '/acs/systems/get': { acs_system: MAIN_BUILDING, ok: true },
  '/acs/users/list': { acs_users: [JANE_USER, JOHN_USER, MARIA_USER], pagination: lastPage, ok: true },
  '/acs/users/get': { acs_user: JANE_USER, ok: true },
  '/acs/entrances/list': { acs_entrances: ENTRANCES, pagination: lastPage, ok: true },
  '/acs/entrances/get': { acs_entrance: ENTRANCES[0], ok: true },
  '/user_identities/list': { user_identities: [JANE_ID, JOHN_ID], pagination: lastPage, ok: true },
  '/user_identities/get': { user_identity: JANE_ID, ok: true },
}

// ---------------------------------------------------------------------------

// Keys in alphabetical order, as the API sends them.
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys)
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]))
  }
  return v
}

function validator(spec) {
  const Ajv = require('ajv').default
  const addFormats = require('ajv-formats').default
  const ajv = new Ajv({ strict: false, allErrors: true, discriminator: true })
  addFormats(ajv)
  ajv.addFormat('float', true)
  ajv.addSchema(spec, 'spec')
  const esc = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1')
  return (path, body) => {
    const ptr = `spec#/paths/${esc(path)}/post/responses/200/content/${esc('application/json')}/schema`
    const validate = ajv.getSchema(ptr) ?? fail(`cannot compile ${ptr}`)
    if (validate(body)) return
    const errs = validate.errors.map((e) => `  ${e.instancePath || '/'} ${e.message}`).join('\n')
    fail(`the example for ${path} does not match the spec:\n${errs}`)
  }
}

function main([file, ...rest]) {
  if (!file || rest.some((a) => a !== '--print')) fail('usage: sandbox-examples.mjs SPEC_FILE [--print]')
  const spec = JSON.parse(readFileSync(file, 'utf8'))
  const check = validator(spec)
  const used = {}
  for (const [path, body] of Object.entries(EXAMPLES)) {
    const media = spec.paths[path]?.post?.responses?.['200']?.content?.['application/json']
    if (!media) continue
    const sorted = sortKeys(body)
    check(path, sorted)
    media.example = sorted
    delete media.examples
    used[path] = sorted
  }
  if (Object.keys(used).length === 0) fail(`no path of ${file} has an example here`)
  if (rest.includes('--print')) {
    process.stdout.write(JSON.stringify(used, null, 2) + '\n')
    return
  }
  spec['x-seam-contract'] = { ...spec['x-seam-contract'], sandbox_examples: Object.keys(used) }
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, JSON.stringify(spec, null, 2) + '\n')
  renameSync(tmp, file)
  console.error(`sandbox-examples: realistic answers for ${Object.keys(used).length} paths -> ${file}`)
}

main(process.argv.slice(2))
