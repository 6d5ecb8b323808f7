import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../../packages/core/src/monitor/catalogue.js'
import { requiredLiterals } from '../../../packages/core/src/monitor/literal-hint.js'
import { LiteralIndex } from '../../../packages/core/src/monitor/literal-index.js'
import { cleanLine } from '../../../packages/core/src/monitor/log-line.js'

function hits(index: LiteralIndex, text: string): Set<number> {
  const out = new Set<number>(index.always)
  index.scan(text, (r) => out.add(r))
  return out
}

describe('requiredLiterals', () => {
  it('takes the longest required run of each top-level alternative, lowercased', () => {
    expect(requiredLiterals(String.raw`^error\[E\d{4}\]: `)).toEqual(['error[e'])
    expect(requiredLiterals(String.raw`No space left|\bENOSPC\b`)).toEqual(['no space left', 'enospc'])
    expect(requiredLiterals(String.raw`\b(?:502 Bad Gateway|503 Service)\b`)).toEqual(['502 bad gateway', '503 service'])
  })

  it('leaves out optional text and gives up when an alternative has no fixed text', () => {
    expect(requiredLiterals(String.raw`colou?r failed`)).toEqual(['r failed'])
    expect(requiredLiterals(String.raw`^\s*\d+\) `)).toBeUndefined()
    expect(requiredLiterals(String.raw`abcdef|\d+`)).toBeUndefined()
  })
})

describe('LiteralIndex', () => {
  it('finds every literal wherever it occurs, ignoring ASCII case', () => {
    const index = new LiteralIndex([['error:'], ['fail'], undefined, ['✖ ']])
    expect([...hits(index, 'src/a.c:1:2: ERROR: x')].sort()).toEqual([0, 2])
    expect([...hits(index, 'FAILED ✖ 2 problems')].sort()).toEqual([1, 2, 3])
    expect([...hits(index, 'all good')]).toEqual([2])
  })

  it('agrees with naive substring search on random text', () => {
    const alphabet = ['a', 'b', 'A', 'B', ' ', '✖']
    const word = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 4 }).map((a) => a.join(''))
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (lits, chars) => {
        const lower = lits.map((ls) => ls.map((l) => l.toLowerCase()))
        const text = chars.join('')
        const expected = new Set(lower.flatMap((ls, i) => (ls.some((l) => text.toLowerCase().includes(l)) ? [i] : [])))
        expect(hits(new LiteralIndex(lower), text)).toEqual(expected)
      }),
      { numRuns: 300 }
    )
  })

  it('never skips a built-in rule whose regex matches a line of the fixtures or the eval set', () => {
    const catalogue = loadCatalogue()
    const index = new LiteralIndex(catalogue.rules.map((r) => r.literals))
    const dirs = [join(import.meta.dirname, '../../fixtures/logs'), '/work/shared/eval/logs'].filter((d) => existsSync(d))
    let matched = 0
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.log'))) {
        for (const raw of readFileSync(join(dir, f), 'utf8').split(/[\r\n]/)) {
          const { text } = cleanLine(raw)
          const candidates = hits(index, text)
          catalogue.rules.forEach((r, i) => {
            if (r.regex.test(text)) {
              matched++
              expect({ rule: r.id, text, candidate: candidates.has(i) }).toEqual({ rule: r.id, text, candidate: true })
            }
          })
        }
      }
    }
    expect(matched).toBeGreaterThan(50)
  }, 120_000)
})
