import { describe, expect, it } from 'vitest'
import { capsuleDigest } from '../../../packages/core/src/capsule/canonical.js'
import { parseKey } from '../../../packages/core/src/capsule/keys.js'
import { renderReport, renderStateDiagram } from '../../../packages/core/src/capsule/report.js'
import { signCapsule } from '../../../packages/core/src/capsule/sign.js'
import { STATUS_TRANSITIONS } from '../../../packages/core/src/capsule/state-machine.js'
import { applyUpdate } from '../../../packages/core/src/capsule/update.js'
import { NOW, fresh, rich } from './fixtures.js'

describe('renderReport', () => {
  it('puts repository, workflow and status with its start first', () => {
    const md = renderReport(applyUpdate(fresh(), { status: 'degraded' }, { now: NOW }))
    const lines = md.split('\n')
    expect(lines[0]).toBe('# HEE CI state: octo/hello-world · CI')
    expect(lines[2]).toBe(`**Status: degraded** since ${NOW.toISOString()}`)
  })

  it('contains the mermaid state diagram with the current state marked', () => {
    const md = renderReport(applyUpdate(fresh(), { status: 'maintenance' }, { now: NOW }))
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(md)?.[1]
    expect(block).toBeDefined()
    expect(block).toMatch(/^stateDiagram-v2\n/)
    expect(block).toContain('classDef current')
    expect(block).toContain('    class Maintenance current')
    expect(block).not.toContain('class Operational current')
    for (const t of STATUS_TRANSITIONS)
      expect(block).toContain(`--> ${t.to[0]!.toUpperCase()}${t.to.slice(1)}: ${t.event}`)
    expect(block).toContain('[*] --> Operational')
  })

  it('shows envelope facts: version, run id, signature and digest', () => {
    const key = parseKey('0123456789abcdef0123456789abcdef')
    const signed = signCapsule(rich(), key)
    const md = renderReport(signed)
    expect(md).toContain('| version | 1 |')
    expect(md).toContain('| run id | 100 |')
    expect(md).toContain(`| signature | HS256, key id \`${key.keyId}\` |`)
    expect(md).toContain(capsuleDigest(signed))
    expect(renderReport(rich())).toContain('| signature | unsigned |')
  })

  it('lists open incidents and coverage metrics', () => {
    const md = renderReport(rich())
    expect(md).toContain('## Open incidents (1)')
    expect(md).toContain('| PAT-002 | CI | high |')
    expect(md).toContain('| line | 81.5% |')
    expect(md).toContain('| spec_coverage | 90% |')
  })

  it('shows the newest 20 history entries newest first and totals including compacted ones', () => {
    let c = fresh()
    for (let i = 0; i < 30; i++) {
      const at = new Date(NOW.getTime() + i * 1000)
      c = applyUpdate(
        c,
        { append_history: [{ pattern_id: i % 2 ? 'PAT-007' : 'PAT-002', success: i % 3 !== 0, rollback: i === 29 }] },
        { now: at, historyLimit: 25 }
      )
    }
    const md = renderReport(c)
    const rows = md.split('\n').filter((l) => /^\| 2024-/.test(l))
    expect(rows).toHaveLength(20)
    expect(rows[0]).toBe(`| ${new Date(NOW.getTime() + 29_000).toISOString()} | PAT-007 | yes | yes |`)
    expect(md).toContain('5 older entries compacted')
    expect(md).toContain('| PAT-002 | 15 | 10 | 0 | 67% |')
    expect(md).toContain('| PAT-007 | 15 | 10 | 1 | 67% |')
  })

  it('escapes table-breaking and HTML characters in values', () => {
    const c = fresh()
    c.body.auto_fix_history = [{ timestamp: NOW.toISOString(), pattern_id: 'a|b<script>', success: true }]
    const md = renderReport(c)
    expect(md).toContain('a\\|b&lt;script&gt;')
    expect(md).not.toContain('<script>')
  })

  it('renders the diagram on its own for any status', () => {
    expect(renderStateDiagram('failed')).toContain('class Failed current')
  })
})
