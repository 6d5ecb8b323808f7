/**
 * Errors with consequences. Every failure HEE CI raises falls in one of three kinds, and the
 * kind alone decides what a person sees:
 *
 * - **user** — `ConfigurationError` (an input, setting, flag or file the user must change) and
 *   any other `HeeError` that rejects what the user handed in (a tampered capsule, an illegal
 *   status transition). One line naming the input; the CLI exits 2.
 * - **operational** — `OperationalError`: the network, GitHub (5xx, rate limits, malformed
 *   answers) or the artifact service failed. Message, hint and cause; `retryable` says whether
 *   trying again later can help. The CLI exits 1.
 * - **bug** — anything else. The annotation or CLI line gets one sentence; the stack goes once
 *   to the debug log (actions) or to stderr under `--debug` / `HEE_DEBUG=1` (CLI).
 *
 * Expected negative outcomes of an engine are values, not exceptions: a fix that was rejected,
 * a rollback that was done, a ref or file that does not exist, a cap that was reached are
 * returned as data the caller must look at (`{ ok: false, reason }`, `undefined`, a `capped`
 * field). Throw only when the engine cannot go on.
 */

/** Every error code, by area. A new code is added here, so codes stay a closed, typed set. */
export type ErrorCode =
  // what the user must change
  | 'config'
  // the CLI's own refusals
  | 'cli.exists'
  | 'cli.missing'
  // the state capsule
  | 'capsule.chain'
  | 'capsule.conflict'
  | 'capsule.locked'
  | 'capsule.decrypt'
  | 'capsule.invalid'
  | 'capsule.key'
  | 'capsule.missing'
  | 'capsule.parse'
  | 'capsule.read'
  | 'capsule.replay'
  | 'capsule.schema'
  | 'capsule.signature'
  | 'capsule.transition'
  | 'capsule.truncated'
  | 'capsule.unsigned'
  | 'capsule.update'
  | 'capsule.write'
  // the artifact service (`@actions/artifact`)
  | 'artifact.conflict'
  | 'artifact.content'
  | 'artifact.digest'
  | 'artifact.download-limit'
  | 'artifact.service'
  // the GitHub API
  | 'github.api'
  | 'github.artifact-too-large'
  | 'github.auth'
  | 'github.conflict'
  | 'github.forbidden'
  | 'github.log-truncated'
  | 'github.log-limit'
  | 'github.malformed-response'
  | 'github.network'
  | 'github.not-found'
  | 'github.rate-limited'
  | 'github.timeout'
  | 'github.unprocessable'
  // coverage reports
  | 'coverage.report'
  // git and commit signing
  | 'git.failed'
  | 'signing.key'
  // alert channels
  | 'alerts.email'
  | 'alerts.github-issue'
  | 'alerts.slack'
  | 'alerts.sms'
  | 'alerts.webhook'

export interface HeeErrorOptions {
  /** The next step for the user, printed after the message. */
  hint?: string
  cause?: unknown
}

/**
 * A failure with a message meant for a person (no stack needed). Used directly for input the
 * user handed in that HEE CI refuses; see the subclasses for the other kinds.
 */
export class HeeError extends Error {
  /** Stable machine-readable code, e.g. `capsule.signature`, `github.forbidden`. */
  readonly code: ErrorCode
  /** Optional next step for the user. */
  readonly hint?: string

  constructor(code: ErrorCode, message: string, options?: HeeErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'HeeError'
    this.code = code
    this.hint = options?.hint
  }
}

/** Something the user must change: the message is one line naming the input, setting, flag or file. */
export class ConfigurationError extends HeeError {
  constructor(message: string, options?: HeeErrorOptions & { code?: ErrorCode }) {
    super(options?.code ?? 'config', message, options)
    this.name = 'ConfigurationError'
  }
}

/**
 * The world failed, not the user or the code: the network, GitHub, the artifact service.
 * `retryable` is true when the same call may succeed later (a 5xx, a reset, a rate limit).
 */
export class OperationalError extends HeeError {
  readonly retryable: boolean

  constructor(code: ErrorCode, message: string, options: HeeErrorOptions & { retryable: boolean }) {
    super(code, message, options)
    this.name = 'OperationalError'
    this.retryable = options.retryable
  }
}

export type ErrorKind = 'user' | 'operational' | 'bug'

/** Which of the three kinds `e` is (see the module comment). */
export function errorKind(e: unknown): ErrorKind {
  if (e instanceof OperationalError) return 'operational'
  if (e instanceof HeeError) return 'user'
  return 'bug'
}

/** True for errors whose message is meant for the user (no stack needed). */
export function isUserError(e: unknown): e is HeeError {
  return e instanceof HeeError
}

/** True when trying the same thing again later may succeed. */
export function isRetryable(e: unknown): boolean {
  return e instanceof OperationalError && e.retryable
}

/** One line for a person: the message, then the hint if any. A bug gives its first line only. */
export function describeError(e: unknown): string {
  if (e instanceof HeeError) return e.hint ? `${e.message} (${e.hint})` : e.message
  if (e instanceof Error) return firstLine(e.message) || e.name
  return firstLine(String(e))
}

/** What a failure policy shows: the line for a person, and the stack a bug also gets (debug only). */
export interface FailureReport {
  kind: ErrorKind
  /** One line (user and operational errors) or one sentence (bugs). */
  line: string
  /** Only for bugs: the stack, for the debug log. */
  stack?: string
}

/**
 * The failure policy shared by every action (`action/run.ts`) and the CLI: what to print for
 * `e`. A bug is reported as one sentence saying it is one; its stack is kept apart so the
 * caller prints it once, in debug.
 */
export function failureReport(e: unknown): FailureReport {
  const kind = errorKind(e)
  if (kind !== 'bug') return { kind, line: describeError(e) }
  const stack = e instanceof Error ? e.stack : undefined
  return {
    kind,
    line: `internal error (a bug in HEE CI, please report it): ${describeError(e)}`,
    ...(stack ? { stack } : {})
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim()
}
