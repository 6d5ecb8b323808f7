/**
 * Errors the user can act on. An action or the CLI prints `message` (and `hint`) as one
 * line and exits non-zero; anything that is not a HeeError is a bug and keeps its stack.
 */
export class HeeError extends Error {
  /** Stable machine-readable code, e.g. `capsule.signature`, `input.invalid`. */
  readonly code: string
  /** Optional next step for the user. */
  readonly hint?: string

  constructor(code: string, message: string, options?: { hint?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'HeeError'
    this.code = code
    this.hint = options?.hint
  }
}

/** A wrong input or setting: the message names the input. */
export class ConfigurationError extends HeeError {
  constructor(message: string, options?: { hint?: string; cause?: unknown }) {
    super('config', message, options)
    this.name = 'ConfigurationError'
  }
}

/** True for errors whose message is meant for the user (no stack needed). */
export function isUserError(e: unknown): e is HeeError {
  return e instanceof HeeError
}

/** One line for a person: the message, then the hint if any. */
export function describeError(e: unknown): string {
  if (e instanceof HeeError) return e.hint ? `${e.message} (${e.hint})` : e.message
  if (e instanceof Error) return e.stack ?? e.message
  return String(e)
}
