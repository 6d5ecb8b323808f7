import { parseArgs, type ParseArgsConfig } from 'node:util'

/** Thrown for a usage mistake: the CLI prints it with the command's usage and exits 2. */
export class UsageError extends Error {}

/** parseArgs with strict checking, turning its errors into one-line usage errors. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false })
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0])
  }
}

/** The value of a required option, or a usage error naming it. */
export function required(values: Record<string, unknown>, name: string): string {
  const v = values[name]
  if (typeof v !== 'string' || v === '') throw new UsageError(`--${name} is required`)
  return v
}
