import * as core from '@actions/core'
import type { z } from 'zod'
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

export { input } from '../input-fields.js'
