import * as core from '@actions/core'
import { z } from 'zod'
import { ConfigurationError } from '../errors.js'
import { secretValues } from '../security/redact.js'

/**
 * Reads every input named by the schema's keys (kebab-case, as in action.yml) once, and
 * parses them with zod so a bad input fails before any work, naming the input.
 * Inputs listed in `secrets` are masked in the log before anything else happens.
 */
export function readInputs<S extends z.ZodObject<any>>(schema: S, secrets: string[] = []): z.infer<S> {
  const raw: Record<string, string> = {}
  for (const name of Object.keys(schema.shape)) {
    const value = core.getInput(name)
    if (secrets.includes(name) && value) {
      maskSecret(value)
      // A list of secrets: each value on its own as well.
      for (const v of secretValues(value)) if (v !== value) maskSecret(v)
    }
    raw[name] = value
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const name = String(issue.path[0] ?? '')
    throw new ConfigurationError(`input \`${name}\`: ${issue.message}`)
  }
  return parsed.data
}

const masked = new Set<string>()

/**
 * Masks a secret and each of its lines (a PEM key spans several), and remembers it: every
 * value masked in the log is also redacted from what the action writes elsewhere (summary,
 * files, alerts), see {@link maskedValues}.
 */
export function maskSecret(value: string): void {
  core.setSecret(value)
  masked.add(value)
  for (const line of value.split(/\r?\n/)) if (line.trim().length >= 8) core.setSecret(line.trim())
}

/** Every value {@link maskSecret} masked in this process. */
export function maskedValues(): string[] {
  return [...masked]
}

/** Sets outputs from a record; values are strings, numbers or booleans. */
export function setOutputs(outputs: Record<string, string | number | boolean | undefined>): void {
  for (const [k, v] of Object.entries(outputs)) if (v !== undefined) core.setOutput(k, String(v))
}

/** Input fields: action inputs arrive as strings, '' when not given. */
export const input = {
  text: (dflt = '') => z.string().transform((v) => (v === '' ? dflt : v)),
  bool: (dflt: boolean) =>
    z
      .string()
      .transform((v) => v.trim().toLowerCase())
      .refine((v) => ['', 'true', 'false'].includes(v), { message: "expected 'true' or 'false'" })
      .transform((v) => (v === '' ? dflt : v === 'true')),
  int: (dflt: number, min: number, max: number) =>
    z
      .string()
      .transform((v) => (v.trim() === '' ? dflt : Number(v.trim())))
      .refine((n) => Number.isInteger(n) && n >= min && n <= max, {
        message: `expected a whole number from ${min} to ${max}`
      }),
  oneOf: <T extends string>(values: readonly [T, ...T[]], dflt: T) =>
    z
      .string()
      .transform((v) => (v.trim() === '' ? dflt : v.trim()))
      .refine((v): v is T => (values as readonly string[]).includes(v), {
        message: `expected one of ${values.join(', ')}`
      })
      .transform((v) => v as T),
  list: () =>
    z.string().transform((v) =>
      v
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean)
    )
}
