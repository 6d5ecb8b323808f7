import { describe, expect, it } from 'vitest'
import {
  ConfigurationError,
  describeError,
  errorKind,
  failureReport,
  HeeError,
  isRetryable,
  OperationalError
} from '../../packages/core/src/errors.js'

describe('errors with consequences', () => {
  it('sorts every failure into user, operational or bug', () => {
    expect(errorKind(new ConfigurationError('input `x` is empty'))).toBe('user')
    expect(errorKind(new HeeError('capsule.signature', 'signature does not match'))).toBe('user')
    expect(errorKind(new OperationalError('github.network', 'could not reach GitHub', { retryable: true }))).toBe(
      'operational'
    )
    expect(errorKind(new TypeError('x is undefined'))).toBe('bug')
    expect(errorKind('a thrown string')).toBe('bug')
  })

  it('gives a configuration error the code `config` unless it names a narrower one', () => {
    expect(new ConfigurationError('input `x` is empty').code).toBe('config')
    expect(new ConfigurationError('token rejected', { code: 'github.auth' }).code).toBe('github.auth')
  })

  it('says an operational failure may pass only when it is retryable', () => {
    expect(isRetryable(new OperationalError('github.api', '502', { retryable: true }))).toBe(true)
    expect(isRetryable(new OperationalError('github.unprocessable', '422', { retryable: false }))).toBe(false)
    expect(isRetryable(new ConfigurationError('x'))).toBe(false)
    expect(isRetryable(new Error('x'))).toBe(false)
  })

  it('reports a user or operational error as its one line with the hint, and no stack', () => {
    const e = new ConfigurationError('input `update-file`: no such file', { hint: 'check the path' })
    expect(failureReport(e)).toEqual({ kind: 'user', line: 'input `update-file`: no such file (check the path)' })
    const o = new OperationalError('artifact.service', 'could not upload', { retryable: true, cause: new Error('503') })
    expect(failureReport(o)).toEqual({ kind: 'operational', line: 'could not upload' })
  })

  it('reports a bug as one sentence saying so, keeping its stack apart for the debug log', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')\n    at somewhere")
    const r = failureReport(bug)
    expect(r.kind).toBe('bug')
    expect(r.line).toBe(
      "internal error (a bug in HEE CI, please report it): Cannot read properties of undefined (reading 'id')"
    )
    expect(r.line).not.toContain('\n')
    expect(r.stack).toBe(bug.stack)
    expect(describeError(bug)).not.toContain('at somewhere')
  })
})
