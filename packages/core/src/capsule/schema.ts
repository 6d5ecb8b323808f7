import type { ValidateFunction } from 'ajv'
import Ajv2020Module from 'ajv/dist/2020.js'
import { z } from 'zod'
import { fullDateTimeDef, isDateTime } from './date-time.js'
import { capsuleBodySchema, capsuleSchema } from './shapes.js'
import type { Capsule } from './types.js'

export { isDateTime }

type JsonSchema = Record<string, unknown>

/**
 * JSON Schema (2020-12) of a zod shape, as a file on disk is checked: for input, so open
 * objects stay open as the spec's are. Integers are written as the spec writes them
 * (`"type": "integer"`), without the ±2^53 bounds zod adds for JavaScript's own safety.
 */
function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ jsonSchema: s }) => {
      if (s.type !== 'integer') return
      if (s.maximum === Number.MAX_SAFE_INTEGER) delete s.maximum
      if (s.minimum === Number.MIN_SAFE_INTEGER) delete s.minimum
    }
  }) as JsonSchema
}

/** The capsule body's JSON Schema: the spec's schema plus our optional additions. */
export const BODY_SCHEMA: JsonSchema = (() => {
  const { $schema: _drop, ...rest } = jsonSchemaOf(capsuleBodySchema)
  return rest
})()

/** JSON Schema (2020-12) of the whole capsule: the envelope of DESIGN §2 around {@link BODY_SCHEMA}. */
export const CAPSULE_JSON_SCHEMA: JsonSchema = {
  $id: 'https://hee-ci.dev/schemas/hee.capsule.v1.json',
  title: 'HEE CI state capsule (envelope + spec body)',
  ...jsonSchemaOf(capsuleSchema)
}

// ajv ships CommonJS with `exports.default`; under NodeNext the default import is the module
// object, and at runtime the class also carries `.default`, so `.default` works in both worlds.
const Ajv2020 = Ajv2020Module.default

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
