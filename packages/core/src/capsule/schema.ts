import type { FormatDefinition, ValidateFunction } from 'ajv'
import Ajv2020Module from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { CAPSULE_SCHEMA_ID } from './types.js'
import type { Capsule } from './types.js'

/**
 * The body schema exactly as the spec writes it ("HEE State Capsule Structure"). Kept verbatim so
 * a reviewer can diff it against the spec; our additions are layered on in {@link BODY_SCHEMA}.
 */
export const SPEC_BODY_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'HEE CI Monitoring State Capsule',
  type: 'object',
  properties: {
    monitoring_state: {
      type: 'object',
      properties: {
        last_run_id: { type: 'integer' },
        current_status: {
          type: 'string',
          enum: ['operational', 'degraded', 'failed', 'maintenance']
        },
        hee_specific: {
          type: 'object',
          properties: {
            spec_coverage: { type: 'number', minimum: 0, maximum: 100 },
            prompt_coverage: { type: 'number', minimum: 0, maximum: 100 },
            decision_stability: { type: 'number', minimum: 0, maximum: 100 }
          }
        },
        coverage_metrics: {
          type: 'object',
          properties: {
            line: { type: 'number' },
            branch: { type: 'number' },
            function: { type: 'number' },
            integration: { type: 'number' },
            spec: { type: 'number' },
            prompt: { type: 'number' }
          }
        }
      }
    },
    auto_fix_history: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          timestamp: { type: 'string', format: 'date-time' },
          pattern_id: { type: 'string' },
          success: { type: 'boolean' },
          rollback: { type: 'boolean' },
          hee_context: {
            type: 'object',
            properties: {
              state_capsule_version: { type: 'string' },
              decision_impact: { type: 'string' },
              context_preservation: { type: 'boolean' }
            }
          }
        }
      }
    }
  }
} as const

const SHA256_DIGEST = '^sha256:[0-9a-f]{64}$'
const BASE64 = '^[A-Za-z0-9+/]*={0,2}$'
/** RFC 6901 pointer, non-empty: "/" followed by reference tokens where "~" is escaped. */
const JSON_POINTER = '^(/([^~/]|~[01])*)+$'
const ISO = { type: 'string', format: 'date-time' } as const
const COUNT = { type: 'integer', minimum: 0 } as const

const INCIDENT_SCHEMA = {
  type: 'object',
  required: ['workflow', 'pattern', 'severity', 'since', 'first_run_id', 'last_run_id', 'runs'],
  properties: {
    workflow: { type: 'string' },
    pattern: { type: 'string' },
    severity: { type: 'string', enum: ['critical', 'high', 'medium', 'low'] },
    since: ISO,
    first_run_id: { type: 'integer' },
    last_run_id: { type: 'integer' },
    last_run_attempt: { type: 'integer', minimum: 1 },
    runs: COUNT,
    last_alert_at: ISO,
    issue_number: { type: 'integer', minimum: 1 }
  }
} as const

const PATTERN_TOTALS_SCHEMA = {
  type: 'object',
  required: ['attempts', 'successes', 'rollbacks'],
  properties: { attempts: COUNT, successes: COUNT, rollbacks: COUNT }
} as const

/**
 * The capsule body: the spec's schema plus our optional additions (types.ts). Two tightenings
 * beyond the spec, both because every engine relies on them: `monitoring_state` and
 * `auto_fix_history` must be present, and each history entry needs timestamp, pattern_id and
 * success (compaction and the report count by them). Extra properties stay allowed, as in the spec.
 */
export const BODY_SCHEMA = {
  type: 'object',
  required: ['monitoring_state', 'auto_fix_history'],
  properties: {
    monitoring_state: {
      ...SPEC_BODY_SCHEMA.properties.monitoring_state,
      properties: {
        ...SPEC_BODY_SCHEMA.properties.monitoring_state.properties,
        status_since: ISO,
        consecutive_failures: COUNT,
        pattern_counts: { type: 'object', additionalProperties: COUNT },
        incidents: { type: 'object', additionalProperties: INCIDENT_SCHEMA },
        seen_jobs: { type: 'array', items: { type: 'string' } },
        notices: { type: 'object', additionalProperties: ISO }
      }
    },
    auto_fix_history: {
      type: 'array',
      items: {
        ...SPEC_BODY_SCHEMA.properties.auto_fix_history.items,
        required: ['timestamp', 'pattern_id', 'success']
      }
    },
    history_summary: {
      type: 'object',
      required: ['compacted_entries', 'by_pattern'],
      properties: {
        compacted_entries: COUNT,
        oldest_timestamp: ISO,
        by_pattern: { type: 'object', additionalProperties: PATTERN_TOTALS_SCHEMA }
      }
    }
  }
} as const

/** JSON Schema (2020-12) of the whole capsule: the envelope of DESIGN §2 around {@link BODY_SCHEMA}. */
export const CAPSULE_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://hee-ci.dev/schemas/hee.capsule.v1.json',
  title: 'HEE CI state capsule (envelope + spec body)',
  type: 'object',
  additionalProperties: false,
  required: ['schema', 'version', 'previous_digest', 'repository', 'workflow', 'run_id', 'updated_at', 'body'],
  properties: {
    schema: { const: CAPSULE_SCHEMA_ID },
    version: { type: 'integer', minimum: 1 },
    previous_digest: { type: ['string', 'null'], pattern: SHA256_DIGEST },
    repository: { type: 'string', pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$' },
    workflow: { type: 'string', minLength: 1 },
    run_id: { type: 'integer', minimum: 0 },
    updated_at: ISO,
    body: BODY_SCHEMA,
    encrypted: {
      type: 'object',
      additionalProperties: false,
      required: ['alg', 'key_id', 'fields', 'iv', 'tag', 'ciphertext'],
      properties: {
        alg: { const: 'A256GCM' },
        key_id: { type: 'string', pattern: '^[0-9a-f]{16}$' },
        fields: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: JSON_POINTER } },
        iv: { type: 'string', pattern: BASE64, minLength: 16, maxLength: 16 },
        tag: { type: 'string', pattern: BASE64, minLength: 24, maxLength: 24 },
        ciphertext: { type: 'string', pattern: BASE64 }
      }
    },
    signature: {
      type: 'object',
      additionalProperties: false,
      required: ['alg', 'key_id', 'value'],
      properties: {
        alg: { enum: ['Ed25519', 'HS256'] },
        key_id: { type: 'string', pattern: '^[0-9a-f]{16}$' },
        value: { type: 'string', pattern: BASE64, minLength: 1 }
      }
    }
  }
} as const

// ajv ships CommonJS with `exports.default`; under NodeNext the default import is the module
// object, and at runtime the class also carries `.default`, so `.default` works in both worlds.
const Ajv2020 = Ajv2020Module.default
const addFormats = addFormatsModule.default

// ajv-formats' own (full mode) date-time check: the reference for every form but the usual one.
const fullDateTimeDef = addFormats.get('date-time', 'full') as FormatDefinition<string>
const fullDateTime = fullDateTimeDef.validate as (s: string) => boolean

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function allDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

function digits2(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48
  const b = s.charCodeAt(at + 1) - 48
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1
}

/**
 * ajv-formats' RFC 3339 `date-time` check with a fast path for the form every capsule uses
 * (`toISOString`: `YYYY-MM-DDTHH:MM:SS[.fraction]Z`). The generic check splits the string and runs
 * three regular expressions, which dominated validating a long history; this reads the digits in
 * place and applies the same rules (a real calendar day; second 60 only at 23:59 UTC). Any other
 * form goes to ajv-formats unchanged; a property test holds both to the same answers.
 */
export function isDateTime(s: string): boolean {
  const n = s.length
  const shaped =
    n >= 20 &&
    s.charCodeAt(4) === 45 && // -
    s.charCodeAt(7) === 45 &&
    s.charCodeAt(10) === 84 && // T
    s.charCodeAt(13) === 58 && // :
    s.charCodeAt(16) === 58 &&
    s.charCodeAt(n - 1) === 90 && // Z
    (n === 20 || (n > 21 && s.charCodeAt(19) === 46 && allDigits(s, 20, n - 1)))
  if (!shaped) return fullDateTime(s)
  const century = digits2(s, 0)
  const yy = digits2(s, 2)
  const month = digits2(s, 5)
  const day = digits2(s, 8)
  const hour = digits2(s, 11)
  const minute = digits2(s, 14)
  const whole = digits2(s, 17)
  if (century < 0 || yy < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || whole < 0) return fullDateTime(s)
  const year = century * 100 + yy
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month]!)) return false
  // ajv-formats compares the seconds as a number; a long run of 9s in the fraction can round
  // 59.999… up to 60, so parse exactly as it does once the whole seconds are 59 or more.
  const second = whole < 59 ? whole : Number(s.slice(17, n - 1))
  if (hour <= 23 && minute <= 59 && second < 60) return true
  return hour === 23 && minute === 59 && second < 61 // a leap second, which is always at 23:59:60 UTC
}

let compiled: ValidateFunction<Capsule> | undefined

/** The compiled validator; compiled on first use only, because compiling costs milliseconds. */
export function capsuleValidator(): ValidateFunction<Capsule> {
  if (compiled === undefined) {
    const ajv = new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true })
    ajv.addFormat('date-time', { type: 'string', validate: isDateTime, compare: fullDateTimeDef.compare })
    compiled = ajv.compile<Capsule>(CAPSULE_JSON_SCHEMA)
  }
  return compiled
}
