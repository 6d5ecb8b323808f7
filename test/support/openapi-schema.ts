/**
 * Validators for GitHub REST response bodies built from `@octokit/openapi`'s description.
 * The 13 MB JSON is read directly: importing the package would load 385 MB.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

const SCHEMA_ID = 'https://hee-ci.local/github-openapi.json'

let ajv: Ajv | undefined

/** Rewrites OpenAPI 3.0 `nullable: true` into JSON Schema `anyOf [..., {type: 'null'}]`. */
export function rewriteNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteNullable)
  if (node === null || typeof node !== 'object') return node
  const obj: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(node)) if (k !== 'nullable') obj[k] = rewriteNullable(v)
  if ((node as Record<string, unknown>)['nullable'] === true) return { anyOf: [obj, { type: 'null' }] }
  return obj
}

function instance(): Ajv {
  if (ajv) return ajv
  const require = createRequire(import.meta.url)
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { components: unknown }
  ajv = new Ajv({ strict: false, allErrors: true })
  addFormats.default(ajv)
  ajv.addSchema({ $id: SCHEMA_ID, components: rewriteNullable(doc.components) })
  return ajv
}

/** A validator for `#/components/schemas/<name>`, e.g. `artifact`. */
export function componentValidator(name: string): ValidateFunction {
  const v = instance().getSchema(`${SCHEMA_ID}#/components/schemas/${name}`)
  if (!v) throw new Error(`no OpenAPI component schema ${name}`)
  return v
}

/** Throws with ajv's messages when `data` does not match the component schema `name`. */
export function assertMatchesComponent(name: string, data: unknown): void {
  const v = componentValidator(name)
  if (!v(data)) throw new Error(`${name} does not match the OpenAPI schema: ${instance().errorsText(v.errors)}`)
}
