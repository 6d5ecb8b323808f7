import { HeeError } from '../errors.js'

/**
 * A coverage report that cannot be read as what it claims to be. The message always names the
 * report and, where one exists, the line, so a person can open the file at the spot; no figure
 * is ever computed from a report that raised one.
 */
export class CoverageReportError extends HeeError {
  readonly file: string
  readonly line?: number

  constructor(file: string, line: number | undefined, message: string, options?: { hint?: string; cause?: unknown }) {
    super('coverage.report', `${file}${line === undefined ? '' : `:${line}`}: ${message}`, options)
    this.name = 'CoverageReportError'
    this.file = file
    this.line = line
  }
}

/**
 * A report that holds no source file, said the same way for every format: nothing was
 * measured, so the report gives no figure (neither 0 % nor 100 %). `what` names the report,
 * e.g. "the lcov tracefile".
 */
export function noSourceFile(file: string, what: string): CoverageReportError {
  return new CoverageReportError(
    file,
    undefined,
    `${what} holds no source file: nothing was measured, so it gives no figure`,
    {
      hint: 'check that the tests ran under the coverage tool and that its include and exclude settings match the sources'
    }
  )
}
