#!/usr/bin/env node
// Trim Seam's published OpenAPI spec (from the pinned @seamapi/types) down to
// the endpoints the `seam` CLI talks to (/acs/credentials/* and the read-only
// lookups in LOOKUPS), apply the patches
// listed in PATCHES (the ONLY place where the spec is changed), and write it to
// .cache/acs-credentials.openapi.json for Prism.
//
// Usage:
//   node extract-spec.mjs                 # write .cache/acs-credentials.openapi.json
//   node extract-spec.mjs --out FILE      # write somewhere else
//   node extract-spec.mjs --list-patches  # print the patch list (name: reason) and exit
//   node extract-spec.mjs --skip NAME     # leave one patch out (repeatable; for experiments)
//   node extract-spec.mjs --no-patches    # leave all patches out (for experiments)
//
// Every patch asserts what it expects to find, so a new @seamapi/types version
// that changes the shape makes this script fail loudly instead of silently
// producing a different mock.

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const HERE = dirname(fileURLToPath(import.meta.url))
const DEFAULT_OUT = join(HERE, '.cache', 'acs-credentials.openapi.json')

const PREFIX = '/acs/credentials/'
// The lookup commands (seam acs systems|users|entrances, seam user-identities):
// only their read-only list/get endpoints, not the rest of those resources.
const LOOKUPS = [
  '/acs/systems/list',
  '/acs/systems/get',
  '/acs/users/list',
  '/acs/users/get',
  '/acs/entrances/list',
  '/acs/entrances/get',
  '/user_identities/list',
  '/user_identities/get',
]
// Left out on purpose: unreleased / undocumented upstream, not used by the CLI.
const EXCLUDED = [
  (p) => p === '/acs/credentials/create_offline_code',
  (p) => p.startsWith('/acs/credentials/unmanaged/'),
]

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

function fail(msg) {
  throw new Error(`extract-spec: ${msg}`)
}

function expect(cond, msg) {
  if (!cond) fail(`patch precondition failed: ${msg}`)
}

const clone = (v) => structuredClone(v)

function postBodySchema(spec, path) {
  const s = spec.paths[path]?.post?.requestBody?.content?.['application/json']?.schema
  expect(s, `${path} has a POST application/json body schema`)
  return s
}

function seamError(type, message, extra = {}) {
  return { error: { type, message, ...extra }, ok: false }
}

// ---------------------------------------------------------------------------
// PATCHES: every change made to the upstream spec, in order. Each has a name,
// a one-line reason (printed by --list-patches and copied into README.md) and
// an apply(spec) that mutates the trimmed spec in place.
// ---------------------------------------------------------------------------

export const PATCHES = [
  {
    name: 'post-only',
    reason:
      'The CLI sends POST + JSON body to every endpoint; drop the GET/PATCH/DELETE twins (list GET declares no params at all, so it accepts anything) so any other method gets 405.',
    apply(spec) {
      for (const [path, item] of Object.entries(spec.paths)) {
        expect(item.post, `${path} has a POST operation`)
        for (const m of Object.keys(item)) {
          if (['get', 'put', 'patch', 'delete', 'head', 'options', 'trace'].includes(m)) delete item[m]
        }
      }
    },
  },
  {
    name: 'request-body-required',
    reason:
      'Upstream never sets requestBody.required, so Prism skips body validation for a POST without a body (create with no body -> 200); the CLI always sends a JSON object.',
    apply(spec) {
      for (const [path, item] of Object.entries(spec.paths)) {
        const rb = item.post?.requestBody
        expect(rb && rb.required === undefined, `${path} POST requestBody exists and has no "required"`)
        rb.required = true
      }
    },
  },
  {
    name: 'list-selectors-anyof',
    reason:
      '/acs/credentials/list body is allOf[oneOf[selectors...,{}], filters]; the {} variant overlaps every selector, so oneOf rejects valid bodies ({"acs_user_id":UUID} -> 400) and, via {}, accepts bad ids. Use anyOf and check the selector ids (format uuid) next to the filters.',
    apply(spec) {
      const s = postBodySchema(spec, '/acs/credentials/list')
      expect(Array.isArray(s.allOf) && s.allOf.length === 2, 'list body is allOf of 2')
      const [sel, filters] = s.allOf
      expect(Array.isArray(sel.oneOf) && sel.oneOf.length === 5, 'list allOf[0] is oneOf of 5 selector variants')
      expect(
        sel.oneOf.some((v) => Object.keys(v.properties ?? {}).length === 0 && !v.required),
        'one selector variant is the empty object',
      )
      expect(filters.type === 'object' && filters.properties, 'list allOf[1] is the filters object')
      const selectorProps = {}
      for (const v of sel.oneOf) {
        for (const [k, p] of Object.entries(v.properties ?? {})) {
          expect(p.format === 'uuid', `selector ${k} is format uuid`)
          selectorProps[k] ??= clone(p)
        }
      }
      expect(
        JSON.stringify(Object.keys(selectorProps).sort()) ===
          JSON.stringify(['acs_system_id', 'acs_user_id', 'user_identity_id']),
        'selectors are acs_user_id, acs_system_id, user_identity_id',
      )
      sel.anyOf = sel.oneOf
      delete sel.oneOf
      for (const [k, p] of Object.entries(selectorProps)) {
        expect(!(k in filters.properties), `filters do not already define ${k}`)
        filters.properties[k] = p
      }
    },
  },
  {
    name: 'request-no-unknown-fields',
    reason:
      'Request objects do not set additionalProperties, so Prism accepts any misspelled or unsupported key ({"acs_user":...} -> 200); forbid unknown keys (stricter than the real API, which is believed to ignore them) so a CLI typo fails the contract test.',
    apply(spec) {
      const close = (s, where) => {
        if (!s || typeof s !== 'object') return
        if (s.allOf) {
          // Only the plain-object members (list: the filters, which after
          // list-selectors-anyof also holds the selector ids); the anyOf
          // member stays open, it documents the allowed selector combinations.
          for (const m of s.allOf) if (m.properties && !m.anyOf && !m.oneOf) close(m, where)
          return
        }
        if (s.oneOf && s.oneOf.every((m) => m.type === 'object' && m.properties)) {
          // A choice of plain objects (/user_identities/get: {user_identity_id} or
          // {user_identity_key}): close each branch, so a body with both keys, or an
          // unknown one, matches no branch.
          for (const [i, m] of s.oneOf.entries()) {
            expect(m.type === 'object' && m.properties && !m.oneOf && !m.anyOf, `${where}: oneOf[${i}] is a plain object`)
            close(m, `${where} oneOf[${i}]`)
          }
          return
        }
        expect(!s.anyOf && !s.oneOf, `${where}: no oneOf/anyOf outside allOf`)
        if (s.type === 'object' && s.properties) {
          expect(s.additionalProperties === undefined, `${where}: additionalProperties not set upstream`)
          s.additionalProperties = false
          for (const [k, p] of Object.entries(s.properties)) close(p, `${where}.${k}`)
        } else if (s.type === 'array') {
          close(s.items, `${where}[]`)
        }
      }
      for (const [path, item] of Object.entries(spec.paths)) {
        for (const [method, op] of Object.entries(item)) {
          const s = op.requestBody?.content?.['application/json']?.schema
          if (s) close(s, `${method.toUpperCase()} ${path}`)
        }
      }
      const list = postBodySchema(spec, '/acs/credentials/list')
      expect(
        list.allOf?.[1]?.additionalProperties === false && 'acs_user_id' in list.allOf[1].properties,
        'list filters closed and hold the selector ids (list-selectors-anyof must run first)',
      )
    },
  },
  {
    name: 'success-ok-true',
    reason:
      '200 bodies type "ok" as a plain boolean, so --dynamic sometimes answers 200 with "ok": false; the real API always sends true on success, so pin it (enum [true]).',
    apply(spec) {
      for (const [path, item] of Object.entries(spec.paths)) {
        for (const [method, op] of Object.entries(item)) {
          const s = op.responses?.['200']?.content?.['application/json']?.schema
          const ok = s?.properties?.ok
          expect(ok && ok.type === 'boolean' && !ok.enum, `${method.toUpperCase()} ${path} 200 has ok: boolean`)
          expect(s.required?.includes('ok'), `${method.toUpperCase()} ${path} 200 requires ok`)
          ok.enum = [true]
        }
      }
    },
  },
  {
    name: 'static-last-page',
    reason:
      'Static mode answers every list with has_next_page: true and next_page_cursor "string", so a client that follows pages never stops; give the pagination schema an example of a last page (static mode only).',
    apply(spec) {
      const p = spec.components.schemas.pagination
      expect(p && p.properties?.has_next_page && !p.example, 'pagination schema exists without an example')
      p.example = { has_next_page: false, next_page_cursor: null, next_page_url: null }
    },
  },
  {
    name: 'seam-error-bodies',
    reason:
      '400/401 responses have only a description, so Prism answers them with an empty body; give them Seam\'s error body {"error":{"type","message",...},"ok":false} (400 invalid_input, 401 unauthorized) with examples.',
    apply(spec) {
      addErrorResponses(spec, ['400', '401'], { mustExist: true })
    },
  },
  {
    name: 'seam-error-404-500',
    reason:
      'The real API (nextlove) also answers 404 *_not_found and 500 internal_server_error with the same error body, but the spec declares neither; add them so tests can force them with Prefer: code=404 / code=500.',
    apply(spec) {
      addErrorResponses(spec, ['404', '500'], { mustExist: false })
    },
  },
]

// Seam error bodies (not in the upstream spec; shape from the official SDKs and
// nextlove). One schema per status so that --dynamic also produces a plausible
// error.type for it; the examples are what static mode returns.
const ERRORS = {
  400: {
    schema: 'seam_error_invalid_input',
    description: 'Bad Request',
    types: ['invalid_input'],
    // Fixed text: Prism sends this example for every invalid request; the actual
    // violations are only in its sl-violations response header.
    example: () =>
      seamError('invalid_input', 'Invalid input (mock: the sl-violations response header lists what is wrong)', {
        validation_errors: { _errors: [] },
      }),
  },
  401: {
    schema: 'seam_error_unauthorized',
    description: 'Unauthorized',
    types: ['unauthorized'],
    example: () => seamError('unauthorized', 'Unauthorized'),
  },
  404: {
    schema: 'seam_error_not_found',
    description: 'Not Found',
    types: ['acs_credential_not_found', 'acs_user_not_found', 'acs_system_not_found', 'acs_entrance_not_found', 'user_identity_not_found'],
    example: (path) =>
      path === '/acs/credentials/create' || path === '/acs/credentials/list' || path.startsWith('/acs/users/')
        ? seamError('acs_user_not_found', 'ACS user not found')
        : path.startsWith('/acs/systems/')
          ? seamError('acs_system_not_found', 'ACS system not found')
          : path.startsWith('/acs/entrances/')
            ? seamError('acs_entrance_not_found', 'ACS entrance not found')
            : path.startsWith('/user_identities/')
              ? seamError('user_identity_not_found', 'User identity not found')
              : seamError('acs_credential_not_found', 'ACS credential not found'),
  },
  500: {
    schema: 'seam_error_internal',
    description: 'Internal Server Error',
    types: ['internal_server_error'],
    example: () => seamError('internal_server_error', 'Internal server error'),
  },
}

function errorSchema(types) {
  return {
    description:
      'Seam API error body (added for the mock; not in the upstream spec). Clients should read error.type / error.message on any non-2xx status.',
    type: 'object',
    required: ['error', 'ok'],
    properties: {
      error: {
        type: 'object',
        required: ['type', 'message'],
        properties: {
          type: { type: 'string', enum: types, description: 'Machine-readable error code.' },
          message: { type: 'string', minLength: 1, description: 'Human-readable message.' },
          data: { type: 'object', description: 'Optional extra data of unknown shape.' },
          ...(types.includes('invalid_input')
            ? {
                validation_errors: {
                  type: 'object',
                  description: 'zod .format() output: { "_errors": [...], "<param>": { "_errors": ["..."] } }.',
                },
              }
            : {}),
        },
      },
      ok: { type: 'boolean', enum: [false] },
    },
  }
}

function addErrorResponses(spec, codes, { mustExist }) {
  const schemas = (spec.components.schemas ??= {})
  for (const code of codes) {
    const e = ERRORS[code]
    expect(!schemas[e.schema], `no ${e.schema} schema yet`)
    schemas[e.schema] = errorSchema(e.types)
  }
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      for (const code of codes) {
        const e = ERRORS[code]
        const r = op.responses?.[code]
        if (mustExist) expect(r && !r.content, `${method.toUpperCase()} ${path} ${code} exists without content`)
        else expect(!r, `${method.toUpperCase()} ${path} does not declare ${code}`)
        op.responses[code] = {
          description: r?.description ?? e.description,
          content: {
            'application/json': {
              schema: { $ref: `#/components/schemas/${e.schema}` },
              example: e.example(path),
            },
          },
        }
      }
    }
  }
}


// ---------------------------------------------------------------------------
// Trimming
// ---------------------------------------------------------------------------

function collectRefs(node, out) {
  if (Array.isArray(node)) {
    for (const v of node) collectRefs(v, out)
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.add(v)
      else collectRefs(v, out)
    }
  }
}

function trimComponents(spec) {
  // Components reachable from the kept paths (after patches), transitively.
  const schemas = {}
  const seen = new Set()
  const queue = new Set()
  collectRefs(spec.paths, queue)
  const pool = spec.components.schemas ?? {}
  while (queue.size) {
    const [ref] = queue
    queue.delete(ref)
    if (seen.has(ref)) continue
    seen.add(ref)
    const m = /^#\/components\/schemas\/([^/]+)$/.exec(ref)
    if (!m) fail(`unsupported $ref ${ref}`)
    const s = pool[m[1]]
    if (!s) fail(`dangling $ref ${ref}`)
    schemas[m[1]] = s
    const inner = new Set()
    collectRefs(s, inner)
    for (const r of inner) if (!seen.has(r)) queue.add(r)
  }

  const securitySchemes = {}
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values(item)) {
      for (const req of op.security ?? []) {
        for (const name of Object.keys(req)) {
          const ss = spec.components.securitySchemes?.[name]
          if (!ss) fail(`unknown security scheme ${name}`)
          securitySchemes[name] = ss
        }
      }
    }
  }
  const sortObj = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)))
  return { schemas: sortObj(schemas), securitySchemes: sortObj(securitySchemes) }
}

async function loadUpstream() {
  try {
    const m = await import('@seamapi/types/connect')
    if (m.openapi) return m.openapi
  } catch (e) {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND' && e?.code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw e
  }
  const file = join(HERE, 'node_modules', '@seamapi', 'types', 'lib', 'seam', 'connect', 'openapi.js')
  const m = await import(pathToFileURL(file).href)
  if (!m.default) fail(`no openapi export in @seamapi/types (tried connect and ${file}); run npm ci in ${HERE}`)
  return m.default
}

export async function buildSpec({ skip = new Set() } = {}) {
  const full = clone(await loadUpstream())
  if (!/^3\.0\./.test(full.openapi)) fail(`expected OpenAPI 3.0.x, got ${full.openapi}`)

  const paths = {}
  for (const [p, item] of Object.entries(full.paths)) {
    if (p.startsWith(PREFIX) && !EXCLUDED.some((f) => f(p))) paths[p] = clone(item)
  }
  if (Object.keys(paths).length === 0) fail(`no ${PREFIX}* paths in the upstream spec`)
  for (const p of LOOKUPS) {
    if (!full.paths[p]) fail(`no ${p} in the upstream spec`)
    paths[p] = clone(full.paths[p])
  }

  const usedTags = new Set(Object.values(paths).flatMap((i) => Object.values(i).flatMap((op) => op.tags ?? [])))
  const spec = {
    openapi: full.openapi,
    info: {
      ...full.info,
      title: `${full.info.title} (/acs/credentials/* and lookups only, patched for Prism)`,
      description:
        'Generated by tests/contract/extract-spec.mjs from @seamapi/types; see tests/contract/README.md for the patches. Do not edit by hand.',
    },
    servers: full.servers,
    tags: (full.tags ?? []).filter((t) => usedTags.has(t.name)),
    paths,
    // Everything for now (patches may change or add components); trimmed below.
    components: { schemas: clone(full.components.schemas), securitySchemes: clone(full.components.securitySchemes) },
  }

  const applied = []
  for (const p of PATCHES) {
    if (skip.has(p.name)) continue
    p.apply(spec)
    applied.push(p.name)
  }
  spec.components = trimComponents(spec)
  spec['x-seam-contract'] = {
    source: '@seamapi/types/connect (openapi)',
    excluded: ['/acs/credentials/create_offline_code', '/acs/credentials/unmanaged/*'],
    lookups: LOOKUPS,
    patches: applied,
  }
  return spec
}

async function main(argv) {
  let out = DEFAULT_OUT
  const skip = new Set()
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--list-patches') {
      for (const p of PATCHES) console.log(`${p.name}: ${p.reason}`)
      return
    } else if (a === '--out') {
      out = resolve(argv[++i] ?? fail('--out needs a file'))
    } else if (a === '--skip') {
      const n = argv[++i] ?? fail('--skip needs a patch name')
      if (!PATCHES.some((p) => p.name === n)) fail(`unknown patch ${n}`)
      skip.add(n)
    } else if (a === '--no-patches') {
      for (const p of PATCHES) skip.add(p.name)
    } else {
      fail(`unknown argument ${a}`)
    }
  }
  const spec = await buildSpec({ skip })
  const text = JSON.stringify(spec, null, 2) + '\n'
  // Write only when the content changes (a running Prism watches its file), and
  // atomically (several prism.sh start may run at once).
  const unchanged = existsSync(out) && readFileSync(out, 'utf8') === text
  if (!unchanged) {
    mkdirSync(dirname(out), { recursive: true })
    const tmp = `${out}.${process.pid}.tmp`
    writeFileSync(tmp, text)
    renameSync(tmp, out)
  }
  const ops = Object.values(spec.paths).reduce((n, i) => n + Object.keys(i).length, 0)
  console.error(
    `extract-spec: ${Object.keys(spec.paths).length} paths, ${ops} operations, ` +
      `${Object.keys(spec.components.schemas).length} schemas, ` +
      `${Object.keys(spec.components.securitySchemes).length} security schemes; ` +
      `patches: ${spec['x-seam-contract'].patches.join(', ') || '(none)'} -> ${out}${unchanged ? ' (unchanged)' : ''}`,
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e?.message ?? e)
    process.exit(1)
  })
}
