/**
 * GitHub's published OpenAPI description, read straight from
 * `@octokit/openapi/generated/api.github.com.json` (importing the package loads ~385 MB), with
 * ajv validators for response bodies and access to GitHub's own examples.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
type JsonObject = { [k: string]: Json }

interface OpenApiDoc {
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, JsonObject> }>>
  components: {
    schemas: Record<string, JsonObject>
    examples: Record<string, { value: Json }>
    responses: Record<string, JsonObject>
  }
}

export interface ValidationResult {
  valid: boolean
  /** One line per violation: `<instance path> <message>`. */
  errors: string[]
}

const REF_ID = 'gh-openapi'

let docCache: OpenApiDoc | undefined
let ajvCache: Ajv | undefined
const validators = new Map<string, ValidateFunction | null>()

/** Parses the description once per process (13 MB of JSON, ~100 ms). */
export function openApiDocument(): OpenApiDoc {
  if (!docCache) {
    // Resolve the folder through package.json: the package's own entry must never be loaded.
    const require = createRequire(import.meta.url)
    const pkgDir = dirname(require.resolve('@octokit/openapi/package.json'))
    docCache = JSON.parse(readFileSync(join(pkgDir, 'generated', 'api.github.com.json'), 'utf8')) as OpenApiDoc
  }
  return docCache
}

/**
 * Rewrites OpenAPI 3.0 `nullable: true` into JSON Schema (`anyOf [schema, {type: 'null'}]`),
 * `oneOf` into `anyOf`, and points local `$ref`s at the registered components document.
 */
function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema)
  if (node === null || typeof node !== 'object') return node
  const out: JsonObject = {}
  for (const [k, v] of Object.entries(node)) {
    if (k === 'nullable' || k === 'example' || k === 'examples') continue
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#/')) out[k] = `${REF_ID}${v}`
    // GitHub's `oneOf`s are not exclusive (e.g. a 409 is both `basic-error` and
    // `repository-rule-violation-error`): a body must match one of them, not exactly one.
    else if (k === 'oneOf') out.anyOf = toJsonSchema(v)
    else out[k] = toJsonSchema(v)
  }
  if (node.nullable === true) return { anyOf: [out, { type: 'null' }] }
  return out
}

function ajv(): Ajv {
  if (!ajvCache) {
    const doc = openApiDocument()
    ajvCache = new Ajv({ strict: false, allErrors: true, logger: false })
    const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv
    addFormats(ajvCache)
    ajvCache.addSchema({
      $id: REF_ID,
      components: { schemas: toJsonSchema(doc.components.schemas as unknown as Json) }
    } as object)
  }
  return ajvCache
}

/** The operation object for `method` + path template, e.g. `('GET', '/repos/{owner}/{repo}/actions/runs')`. */
export function operation(
  method: string,
  template: string
): { operationId?: string; responses?: Record<string, JsonObject> } {
  const op = openApiDocument().paths[template]?.[method.toLowerCase()]
  if (!op) throw new Error(`the OpenAPI description has no operation ${method.toUpperCase()} ${template}`)
  return op
}

/** True when the description documents `status` for this operation. */
export function isDocumentedStatus(method: string, template: string, status: number): boolean {
  return operation(method, template).responses?.[String(status)] !== undefined
}

function responseSchema(method: string, template: string, status: number): Json | undefined {
  const doc = openApiDocument()
  let response: JsonObject | undefined = operation(method, template).responses?.[String(status)]
  const ref = response?.$ref
  if (typeof ref === 'string') response = doc.components.responses[ref.replace('#/components/responses/', '')]
  const content = response?.content as JsonObject | undefined
  const json = content?.['application/json'] as JsonObject | undefined
  return json?.schema
}

/** True when the description gives a JSON schema for this operation and status. */
export function documentsJsonBody(method: string, template: string, status: number): boolean {
  return isDocumentedStatus(method, template, status) && responseSchema(method, template, status) !== undefined
}

/**
 * Validates a JSON body against the response schema GitHub documents for this operation and
 * status. A status the description does not document is a violation; one without a JSON body
 * (e.g. 302, 304) only accepts an empty body.
 */
export function validateResponse(method: string, template: string, status: number, body: unknown): ValidationResult {
  const key = `${method.toUpperCase()} ${template} ${status}`
  let validate = validators.get(key)
  if (validate === undefined) {
    const op = operation(method, template)
    if (!op.responses?.[String(status)]) {
      return { valid: false, errors: [`${key} is not a documented response`] }
    }
    const schema = responseSchema(method, template, status)
    validate = schema === undefined ? null : ajv().compile(toJsonSchema(schema) as object)
    validators.set(key, validate)
  }
  if (validate === null) {
    const empty = body === undefined || body === ''
    return { valid: empty, errors: empty ? [] : [`${key} documents no JSON body`] }
  }
  if (validate(body)) return { valid: true, errors: [] }
  return {
    valid: false,
    errors: (validate.errors ?? []).map(
      (e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'} ${JSON.stringify(e.params)}`
    )
  }
}

/** A deep copy of `components.examples[name].value` (e.g. `workflow-run`, `job`, `issue`). */
export function example<T = Record<string, unknown>>(name: string): T {
  const ex = openApiDocument().components.examples[name]
  if (!ex) throw new Error(`the OpenAPI description has no example ${name}`)
  return structuredClone(ex.value) as T
}
