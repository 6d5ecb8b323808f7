import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../../packages/core/src/errors.js'
import { globToRegExp } from '../../../../packages/core/src/autofix/engine.js'
import {
  DEFAULT_MATRIX,
  explainMatrix,
  parseAutoFixConfig,
  resolveMatrix
} from '../../../../packages/core/src/autofix/matrix.js'

describe('decision matrix', () => {
  it('holds the spec table: lint, tests and licenses auto-apply, dependencies agent review, security manual only', () => {
    const row = (p: string) => DEFAULT_MATRIX.find((r) => r.pattern === p)!
    expect(row('PAT-007')).toMatchObject({
      capability: 'full',
      safety: 'high',
      rollbackRequired: false,
      integration: 'auto-apply'
    })
    expect(row('PAT-006')).toMatchObject({
      capability: 'partial',
      safety: 'medium',
      rollbackRequired: true,
      integration: 'agent-review'
    })
    expect(row('PAT-002')).toMatchObject({ capability: 'full', integration: 'auto-apply' })
    expect(row('PAT-003')).toMatchObject({ capability: 'partial', safety: 'low', integration: 'manual-only' })
    expect(row('PAT-004')).toMatchObject({ capability: 'full', integration: 'auto-apply' })
    expect(row('PAT-001').capability).toBe('none')
  })

  it('applies a repository override and prints it marked', () => {
    const config = parseAutoFixConfig(
      'version: 1\nmatrix:\n  PAT-007: { integration: agent-review }\nlimits: { max_files: 5 }\nprotected_paths: [db/**]\n'
    )
    expect(config.limits).toEqual({ maxFiles: 5, protectedPaths: ['db/**'] })
    const rows = resolveMatrix(config)
    expect(rows.find((r) => r.pattern === 'PAT-007')!.integration).toBe('agent-review')
    const text = explainMatrix(rows, ['PAT-007'])
    expect(text).toMatch(/^PAT-007\*\s+full\s+high\s+no\s+agent-review/m)
    expect(text).toMatch(/^PAT-003\s+partial\s+low\s+yes\s+manual-only/m)
  })

  it('names the wrong field of a bad config', () => {
    expect(() => parseAutoFixConfig('matrix:\n  PAT-007: { integration: always }\n')).toThrow(ConfigurationError)
    expect(() => parseAutoFixConfig('matrix:\n  PAT-007: { integration: always }\n')).toThrow(
      /matrix\.PAT-007\.integration/
    )
    expect(() => parseAutoFixConfig('matrix:\n  lint: {}\n')).toThrow(/PAT-007/)
    expect(() => parseAutoFixConfig('limits: { max_files: -1 }')).toThrow(/limits\.max_files/)
    expect(() => parseAutoFixConfig('unknown: 1')).toThrow(ConfigurationError)
    expect(() => parseAutoFixConfig('a: [')).toThrow(/not YAML/)
  })
})

describe('protected path globs', () => {
  it('match folders, single and double stars', () => {
    expect(globToRegExp('db/**').test('db/migrations/1.sql')).toBe(true)
    expect(globToRegExp('db').test('db/x')).toBe(true)
    expect(globToRegExp('*.lock').test('Cargo.lock')).toBe(true)
    expect(globToRegExp('*.lock').test('sub/Cargo.lock')).toBe(false)
    expect(globToRegExp('**/secrets.json').test('a/b/secrets.json')).toBe(true)
    expect(globToRegExp('src/*.rs').test('src/a/b.rs')).toBe(false)
  })
})
