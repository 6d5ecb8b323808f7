import { ConfigurationError, HeeError, OperationalError, type ErrorCode } from '../errors.js'
import { CoverageReportError } from '../coverage/report-error.js'

/** An error as it crosses from a worker thread: what the failure policy needs to show it. */
export interface WireError {
  name: string
  message: string
  stack?: string
  code?: ErrorCode
  hint?: string
  retryable?: boolean
  file?: string
  line?: number
}

export function toWire(e: unknown): WireError {
  if (!(e instanceof Error)) return { name: 'Error', message: String(e) }
  const w: WireError = { name: e.name, message: e.message, stack: e.stack }
  if (e instanceof HeeError) {
    w.code = e.code
    w.hint = e.hint
  }
  if (e instanceof OperationalError) w.retryable = e.retryable
  if (e instanceof CoverageReportError) {
    w.file = e.file
    w.line = e.line
  }
  return w
}

/** The error again, of the same class, so the caller's failure policy treats it as if thrown here. */
export function fromWire(w: WireError): Error {
  const options = { hint: w.hint }
  const e =
    w.name === 'CoverageReportError'
      ? new CoverageReportError(w.file ?? '', w.line, w.message, options)
      : w.name === 'ConfigurationError'
        ? new ConfigurationError(w.message, { ...options, code: w.code })
        : w.name === 'OperationalError'
          ? new OperationalError(w.code ?? 'github.api', w.message, { ...options, retryable: w.retryable ?? false })
          : w.code
            ? new HeeError(w.code, w.message, options)
            : new Error(w.message)
  e.message = w.message
  e.name = w.name
  if (w.stack) e.stack = w.stack
  return e
}
