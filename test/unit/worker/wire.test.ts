import { describe, expect, it } from 'vitest'
import { CoverageReportError } from '../../../packages/core/src/coverage/report-error.js'
import {
  ConfigurationError,
  errorKind,
  failureReport,
  HeeError,
  OperationalError
} from '../../../packages/core/src/errors.js'
import { fromWire, toWire } from '../../../packages/core/src/worker/wire.js'

/** What crosses between threads is a structured clone: the round trip goes through one. */
const across = (e: unknown) => fromWire(structuredClone(toWire(e)))

describe('errors crossing from a worker thread', () => {
  it('keep the class, message, hint, file and line of a coverage report error', () => {
    const e = across(
      new CoverageReportError('big.info', 41, 'DA:1,x (not a valid lcov tracefile line)', { hint: 'regenerate it' })
    )
    expect(e).toBeInstanceOf(CoverageReportError)
    const c = e as CoverageReportError
    expect([c.message, c.hint, c.file, c.line, c.code]).toEqual([
      'big.info:41: DA:1,x (not a valid lcov tracefile line)',
      'regenerate it',
      'big.info',
      41,
      'coverage.report'
    ])
    expect(failureReport(e)).toEqual({
      kind: 'user',
      line: 'big.info:41: DA:1,x (not a valid lcov tracefile line) (regenerate it)'
    })
  })

  it('keep what the failure policy tells user, operational and bug errors apart by', () => {
    const config = across(new ConfigurationError('--spec docs is not a folder', { hint: 'give a folder' }))
    expect(config).toBeInstanceOf(ConfigurationError)
    expect(errorKind(config)).toBe('user')
    const op = across(new OperationalError('github.network', 'connection reset', { retryable: true }))
    expect(op).toBeInstanceOf(OperationalError)
    expect([errorKind(op), (op as OperationalError).retryable, (op as HeeError).code]).toEqual([
      'operational',
      true,
      'github.network'
    ])
    const bug = new TypeError('cannot read properties of undefined')
    const back = across(bug)
    expect(errorKind(back)).toBe('bug')
    expect([back.name, back.message, back.stack]).toEqual([bug.name, bug.message, bug.stack])
    expect(across('a thrown string').message).toBe('a thrown string')
  })
})
