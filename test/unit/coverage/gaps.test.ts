import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { codeGaps, indexRepository, readReports } from '../../../packages/core/src/coverage/index.js'

const dir = mkdtempSync(join(tmpdir(), 'hee-gaps-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// big: 8 unrun lines with 3 decisions (6 outcomes); small: 2 unrun lines, no decision; simple:
// 8 unrun lines, no decision; f ran.
function lcov(): string {
  const out = ['SF:src/a.ts', 'FN:1,10,big', 'FN:12,14,small', 'FN:16,25,simple', 'FN:27,28,f']
  out.push('FNDA:0,big', 'FNDA:0,small', 'FNDA:0,simple', 'FNDA:1,f')
  for (let l = 2; l <= 9; l++) out.push(`DA:${l},0`)
  for (const l of [3, 5, 7]) out.push(`BRDA:${l},0,0,0`, `BRDA:${l},0,1,0`)
  out.push('DA:13,0', 'DA:14,0')
  for (let l = 17; l <= 24; l++) out.push(`DA:${l},0`)
  out.push('DA:28,4', 'end_of_record')
  return out.join('\n') + '\n'
}

describe('gaps', () => {
  it('ranks uncovered functions by size × complexity, and the ones the change touches before all others', async () => {
    const path = join(dir, 'lcov.info')
    writeFileSync(path, lcov())
    const data = await readReports([{ path }], { index: await indexRepository(dir, ['src/a.ts']) })
    const plain = codeGaps(data.all)
    expect(plain.map((g) => [g.name, g.uncovered_lines, g.complexity])).toEqual([
      ['big', 8, 4],
      ['simple', 8, 1],
      ['small', 2, 1]
    ])
    // A pull request that changed line 13: the small function comes first, said so.
    const changed = codeGaps(data.all, new Map([['src/a.ts', new Set([13])]]))
    expect(changed.map((g) => g.name)).toEqual(['small', 'big', 'simple'])
    expect(changed[0]).toMatchObject({
      changed: true,
      why: 'small never ran: 2 lines, complexity 1, changed in this change'
    })
    expect(changed[1]!.changed).toBe(false)
    // The list is bounded.
    expect(codeGaps(data.all, undefined, 1).map((g) => g.name)).toEqual(['big'])
  })
})
