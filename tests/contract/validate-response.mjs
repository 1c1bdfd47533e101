#!/usr/bin/env node
// Validate a JSON response body (stdin) against the response schema in the
// trimmed spec:  node validate-response.mjs PATH STATUS [SPEC] < body.json
// e.g.           node validate-response.mjs /acs/credentials/get 200 < body.json
// Exit 0 when valid, 1 with the errors on stderr when not, 2 on usage errors.
// Many bodies in one run:  node validate-response.mjs --many [SPEC] < lines.ndjson
// where each line is [PATH, STATUS, BODY]; each invalid line is reported with its number.
// Uses the ajv + ajv-formats that Prism already brings (pinned by package-lock.json).

import { readFileSync, writeSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const HERE = dirname(fileURLToPath(import.meta.url))
const require = createRequire(join(HERE, 'package.json'))
const Ajv = require('ajv').default
const addFormats = require('ajv-formats').default

const DEFAULT_SPEC = join(HERE, '.cache', 'acs-credentials.openapi.json')
if (process.argv[2] === '--many') {
  many(process.argv[3] ?? DEFAULT_SPEC)
}
const [path, status, specFile = DEFAULT_SPEC] = process.argv.slice(2)
if (!path || !status) {
  console.error('usage: validate-response.mjs PATH STATUS [SPEC] < body.json')
  process.exit(2)
}
const spec = JSON.parse(readFileSync(specFile, 'utf8'))
const method = 'post'
const op = spec.paths?.[path]?.[method]
const schema = op?.responses?.[status]?.content?.['application/json']?.schema
if (!schema) {
  console.error(`validate-response: no application/json schema for POST ${path} ${status}`)
  process.exit(2)
}

const ajv = new Ajv({ strict: false, allErrors: true, discriminator: true })
addFormats(ajv)
ajv.addFormat('float', true) // OpenAPI number format, not a JSON Schema one
ajv.addSchema(spec, 'spec')
const esc = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1')
const ptr = `spec#/paths/${esc(path)}/${method}/responses/${status}/content/${esc('application/json')}/schema`
const validate = ajv.getSchema(ptr)
if (!validate) {
  console.error(`validate-response: could not compile ${ptr}`)
  process.exit(2)
}

let body
try {
  body = JSON.parse(readFileSync(0, 'utf8'))
} catch (e) {
  console.error(`validate-response: body is not JSON: ${e.message}`)
  process.exit(1)
}
if (!validate(body)) {
  for (const e of validate.errors) console.error(`  ${e.instancePath || '/'} ${e.message} (${e.schemaPath})`)
  process.exit(1)
}

function many(specFile) {
  const spec = JSON.parse(readFileSync(specFile, 'utf8'))
  const ajv = new Ajv({ strict: false, allErrors: true, discriminator: true })
  addFormats(ajv)
  ajv.addFormat('float', true)
  ajv.addSchema(spec, 'spec')
  const esc = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1')
  let bad = 0
  const out = []
  let n = 0
  for (const line of readFileSync(0, 'utf8').split('\n')) {
    if (!line.trim()) continue
    n++
    const [p, st, body] = JSON.parse(line)
    const v = ajv.getSchema(`spec#/paths/${esc(p)}/post/responses/${st}/content/${esc('application/json')}/schema`)
    if (!v) {
      out.push(`line ${n}: no application/json schema for POST ${p} ${st}`)
      bad++
    } else if (!v(body)) {
      bad++
      out.push(`line ${n} (${p}):`)
      for (const e of v.errors) out.push(`  ${e.instancePath || '/'} ${e.message} (${e.schemaPath})`)
    }
  }
  if (out.length) writeSync(2, out.join('\n') + '\n')
  process.exit(bad ? 1 : 0)
}
