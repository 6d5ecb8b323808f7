import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../../packages/core/src/diagnosis/catalogue.js'
import {
  firstChars,
  firstNonBlankChars,
  isAsciiBlank,
  lastChars,
  requiredLiterals
} from '../../../packages/core/src/diagnosis/literal-hint.js'
import { LiteralIndex } from '../../../packages/core/src/diagnosis/literal-index.js'
import { cleanLine } from '../../../packages/core/src/diagnosis/log-line.js'
import { findEvalSet } from './eval-set.js'

function hits(index: LiteralIndex, text: string): Set<number> {
  const out = new Set<number>(index.always)
  index.scan(text, (r) => out.add(r))
  return out
}

describe('requiredLiterals', () => {
  it('takes the longest required run of each top-level alternative, lowercased', () => {
    expect(requiredLiterals(String.raw`^error\[E\d{4}\]: `)).toEqual(['error[e'])
    expect(requiredLiterals(String.raw`No space left|\bENOSPC\b`)).toEqual(['no space left', 'enospc'])
    expect(requiredLiterals(String.raw`\b(?:502 Bad Gateway|503 Service)\b`)).toEqual([
      '502 bad gateway',
      '503 service'
    ])
  })

  it('falls back to a required group whose alternatives all have fixed text', () => {
    expect(requiredLiterals(String.raw`^\s*(?:Compiling|Checking) \S+ v\d`)).toEqual(['compiling', 'checking'])
    expect(requiredLiterals(String.raw`^\s*(?:Compiling|Checking)? \S+`)).toBeUndefined()
    expect(requiredLiterals(String.raw`^(?!Warning)\S+`)).toBeUndefined()
  })

  it('leaves out optional text and gives up when an alternative has no fixed text', () => {
    expect(requiredLiterals(String.raw`colou?r failed`)).toEqual(['r failed'])
    expect(requiredLiterals(String.raw`^\s*\d+\) `)).toBeUndefined()
    expect(requiredLiterals(String.raw`abcdef|\d+`)).toBeUndefined()
  })
  it('with expand, spells out a stretch of small classes, optional characters and fixed alternatives', () => {
    const eslint = String.raw`^\S+\.(?:[cm]?[jt]sx?|vue):\d+`
    expect(requiredLiterals(eslint)).toBeUndefined()
    expect(requiredLiterals(eslint, 3, true)?.sort()).toEqual(
      ['.js:', '.jsx:', '.ts:', '.tsx:', '.vue:']
        .flatMap((x) => (x === '.vue:' ? [x] : [x, x.replace('.', '.c'), x.replace('.', '.m')]))
        .sort()
    )
    expect(requiredLiterals(String.raw`^\s*(?:Ld|CompileC) \S`, 3, true)).toEqual(['ld ', 'compilec '])
    // Repeats, unbounded classes and letters with another case from 128 up are not spelt out.
    expect(requiredLiterals(String.raw`a[bc]*d`, 3, true)).toBeUndefined()
    expect(requiredLiterals(String.raw`^\s*\d+\) `, 3, true)).toBeUndefined()
    expect(requiredLiterals(String.raw`[éè] x`, 3, true)).toBeUndefined()
    // Symbols have no other case: a class of them is, also inside a required group.
    expect(requiredLiterals(String.raw`[×✕] x`, 3, true)).toEqual(['× x', '✕ x'])
    expect(requiredLiterals(String.raw`^\s*(?:[✗✘] x|abc)d`, 3, true)).toEqual(['✗ x', '✘ x', 'abc'])
    expect(requiredLiterals(String.raw`^\s*(?:[✗✘] x|abc)d`, 3)).toBeUndefined()
  })

  it('with rarest, takes the run or required group least likely to occur in a log line by chance', () => {
    const kotlinc = String.raw`^e: (?:file://)?\S+\.kts?:`
    expect(requiredLiterals(kotlinc, 3, true)).toEqual(['e: '])
    expect(requiredLiterals(kotlinc, 3, true, true)).toEqual(['.kt'])
    expect(
      requiredLiterals(
        String.raw`^E: (?:Unable to locate package|Package '\S+' has no installation candidate)`,
        3,
        true,
        true
      )
    ).toEqual(['unable to locate package', "' has no installation candidate"])
    // A character from 128 up is rarer than common words: the bullet, not `error` or `info`.
    expect(requiredLiterals(String.raw`^\s*(?:error|warning|info|lint) • \S`, 3, true, true)).toEqual([' • '])
    // Runs shorter than `min` still do not count.
    expect(requiredLiterals(String.raw`^ab\d+cd`, 3, true, true)).toBeUndefined()
  })

  it('with expand, names a literal of every line the regex matches', () => {
    let matched = 0
    const sources = [
      String.raw`\.(?:[cm]?[jt]sx?|vue):\d`,
      String.raw`^\s*(?:Ld|Lib(?:tool)?|C[cx]) \S`,
      String.raw`x[ab]?y[cd]z|q(?:rs|t)?uv`,
      String.raw`(?:ab|c)+[de]fg`,
      String.raw`[a\-.]b\.c{0,1}d`,
      String.raw`^\s*(?:[✗✕×] x|\d+\) (?:q|u))`
    ]
    const chars = [
      '.',
      'j',
      's',
      't',
      'x',
      'c',
      'm',
      'v',
      ':',
      '1',
      ' ',
      'L',
      'd',
      'b',
      'C',
      'a',
      'y',
      'z',
      'q',
      'u',
      '-',
      'f'
    ]
    const pieces = [
      '.mjs:1',
      '.CTSX:2',
      '.vue:3',
      'Ld x',
      'Libtool y',
      'Lib z',
      'Cx q',
      'xbycz',
      'xyz',
      'qrsuv',
      'QUV',
      'ababcdf'
    ]
    const more = ['cef', 'a.b.cd', '-b.d', '.b.c', '✗', '×', '✕ x', '1) u', ')']
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.array(fc.constantFrom(...chars, ...pieces, ...more), { maxLength: 12 }),
        (source, cs) => {
          const text = cs.join('')
          const lits = requiredLiterals(source, 3, true)
          const rare = requiredLiterals(source, 3, true, true)
          expect(lits).toBeDefined()
          expect(rare).toBeDefined()
          if (new RegExp(source, 'i').test(text)) {
            matched++
            expect(lits!.some((l) => text.toLowerCase().includes(l))).toBe(true)
            expect(rare!.some((l) => text.toLowerCase().includes(l))).toBe(true)
          }
        }
      ),
      { numRuns: 5000 }
    )
    expect(matched).toBeGreaterThan(500)
  })
})

describe('firstChars', () => {
  const allowed = (source: string, flags = '') => members(firstChars(source, flags))

  it('reads the characters an anchored regex can start a line with', () => {
    expect(allowed(String.raw`^error\[E\d{4}\]`)).toBe('e')
    expect(allowed(String.raw`^(?:\[ERROR\] )?(?:Tests in error|Failed tests):`)).toBe('FT[')
    expect(allowed(String.raw`^\s*\d+\) `)).toBe('\t\n\v\f\r 0123456789')
    expect(allowed(String.raw`^[a-c_]x|^Z`, 'i')).toBe('ABCZ_abcz')
  })

  it('gives up on unanchored, empty-matching or unread starts', () => {
    expect(allowed(String.raw`error`)).toBeUndefined()
    expect(allowed(String.raw`^a|b`)).toBeUndefined()
    expect(allowed(String.raw`^\s*$`)).toBeUndefined()
    expect(allowed(String.raw`^(a)\1`)).toBe('a')
    expect(allowed(String.raw`^\1`)).toBeUndefined()
    expect(allowed(String.raw`^a`, 'm')).toBeUndefined()
  })

  it('agrees with the regex on random lines', () => {
    const sources = [
      String.raw`^\s*(?:FAIL|ok)\b`,
      String.raw`^[^a-z\d]+x`,
      String.raw`^(?:a|b?)c`,
      String.raw`^\W?[\-x]`,
      String.raw`^(?=a)\w`
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.boolean(),
        fc.string({ minLength: 1, maxLength: 8 }),
        (source, caseless, text) => {
          const re = new RegExp(source, caseless ? 'i' : '')
          const table = firstChars(source, re.flags)
          const c = text.charCodeAt(0)
          if (re.test(text) && table && c < 128) expect(table[c]).toBe(1)
        }
      ),
      { numRuns: 2000 }
    )
  })

  it('never rules out (by first, first non-blank or last character) a line that a built-in rule or after regex matches in the fixtures or the eval set', () => {
    const catalogue = loadCatalogue()
    const regexes = [
      ...catalogue.rules.map((r) => r.regex),
      ...catalogue.rules.flatMap((r) => (r.after ? [r.after] : []))
    ]
    const tables = regexes.map((re) => firstChars(re.source, re.flags))
    expect(tables.filter(Boolean).length).toBeGreaterThan(50)
    const nonBlank = regexes.map((re) => firstNonBlankChars(re.source, re.flags))
    const last = regexes.map((re) => lastChars(re.source, re.flags))
    expect(last.filter(Boolean).length).toBeGreaterThan(10)
    const dirs = [
      join(import.meta.dirname, '../../fixtures/logs'),
      join(findEvalSet() ?? join(import.meta.dirname, 'no-eval-set'), 'logs'),
      join(import.meta.dirname, '../../fixtures/corpus/dev/logs'),
      join(import.meta.dirname, '../../fixtures/heldout/logs')
    ].filter((d) => existsSync(d))
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.log'))) {
        for (const raw of readFileSync(join(dir, f), 'utf8').split(/[\r\n]/)) {
          const { text } = cleanLine(raw)
          const c = text.charCodeAt(0)
          const nb = [...text].find((ch) => !isAsciiBlank(ch.charCodeAt(0)))?.charCodeAt(0) ?? 128
          const end = text.charCodeAt(text.length - 1)
          regexes.forEach((re, i) => {
            if (!tables[i] && !nonBlank[i] && !last[i]) return
            if (!re.test(text)) return
            const allowed = [
              !tables[i] || !(c < 128) || tables[i]![c] === 1,
              !nonBlank[i] || nb >= 128 || nonBlank[i]![nb] === 1,
              !last[i] || !(end < 128) || last[i]![end] === 1
            ]
            expect({ re: re.source, text, allowed }).toEqual({ re: re.source, text, allowed: [true, true, true] })
          })
        }
      }
    }
  }, 120_000)
})

const members = (t: Uint8Array | undefined) =>
  t && [...t].flatMap((v, c) => (v ? [String.fromCharCode(c)] : [])).join('')

describe('firstNonBlankChars', () => {
  it('reads past leading blanks to the characters a match must go on with', () => {
    expect(members(firstNonBlankChars(String.raw`^\s*\d+\) `))).toBe('0123456789')
    expect(members(firstNonBlankChars(String.raw`^\s+(?:Compile|Ld) \S|^ {2,}x`))).toBe('CLx')
    expect(members(firstNonBlankChars(String.raw`^\s*● \S`))).toBe('')
    expect(members(firstNonBlankChars(String.raw`^error`, 'i'))).toBe('Ee')
  })

  it('gives up when a match may go on with a blank, or where firstChars does', () => {
    expect(firstNonBlankChars(String.raw`^\s*\s?x`)).toBeUndefined()
    expect(firstNonBlankChars(String.raw`^\s*(?:\t|y)`)).toBeUndefined()
    expect(firstNonBlankChars(String.raw`^.x`)).toBeUndefined()
    expect(firstNonBlankChars(String.raw`x`)).toBeUndefined()
  })

  it('agrees with the regex on random lines', () => {
    const sources = [String.raw`^\s*(?:FAIL|ok)\b`, String.raw`^\s+\d+:\d+`, String.raw`^ *[×x] \S|^\s{2,}Y`]
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.boolean(),
        fc.array(fc.constantFrom(' ', '\t', 'x', 'X', '×', 'F', 'A', 'I', 'L', '1', ':', 'y', 'Y', 'o', 'k')),
        (source, caseless, chars) => {
          const text = chars.join('')
          const re = new RegExp(source, caseless ? 'i' : '')
          const table = firstNonBlankChars(source, re.flags)
          const c = [...text].find((ch) => !isAsciiBlank(ch.charCodeAt(0)))?.charCodeAt(0) ?? 128
          if (re.test(text) && table && c < 128) expect(table[c]).toBe(1)
        }
      ),
      { numRuns: 2000 }
    )
  })
})

describe('lastChars', () => {
  it('reads the characters a regex anchored with $ ends a line with', () => {
    expect(members(lastChars(String.raw`^\S+:\d+ .+\((?:[\w-]+\/)?[\w-]+\)$`))).toBe(')')
    expect(members(lastChars(String.raw`^_{3,} \S.{0,300} _{3,}$|done$`, 'i'))).toBe('E_e')
    expect(members(lastChars(String.raw`\s{2}[@\w/-]+$`))).toBe(
      '-/0123456789@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz'
    )
  })

  it('gives up on unanchored, optional, grouped or any-character ends', () => {
    expect(lastChars(String.raw`error`)).toBeUndefined()
    expect(lastChars(String.raw`a$|b`)).toBeUndefined()
    expect(lastChars(String.raw`ab?$`)).toBeUndefined()
    expect(lastChars(String.raw`a(?:b|c)$`)).toBeUndefined()
    expect(lastChars(String.raw`a.$`)).toBeUndefined()
    expect(lastChars(String.raw`a\$`)).toBeUndefined()
    expect(lastChars(String.raw`a\b$`)).toBeUndefined()
    expect(lastChars(String.raw`a$`, 'm')).toBeUndefined()
  })

  it('agrees with the regex on random lines', () => {
    const sources = [String.raw`x\)$`, String.raw`[a-c]+$|\d{2}$`, String.raw`_{3,}$`, String.raw`\w$`]
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.boolean(),
        fc.array(fc.constantFrom(' ', 'x', ')', 'a', 'C', '_', '1', '2', '✖', '-'), { minLength: 1 }),
        (source, caseless, chars) => {
          const text = chars.join('')
          const re = new RegExp(source, caseless ? 'i' : '')
          const table = lastChars(source, re.flags)
          const c = text.charCodeAt(text.length - 1)
          if (re.test(text) && table && c < 128) expect(table[c]).toBe(1)
        }
      ),
      { numRuns: 2000 }
    )
  })
})

describe('LiteralIndex', () => {
  it('finds every literal wherever it occurs, ignoring ASCII case', () => {
    const index = new LiteralIndex([['error:'], ['fail'], undefined, ['✖ ']])
    expect([...hits(index, 'src/a.c:1:2: ERROR: x')].sort()).toEqual([0, 2])
    expect([...hits(index, 'FAILED ✖ 2 problems')].sort()).toEqual([1, 2, 3])
    expect([...hits(index, 'all good')]).toEqual([2])
  })

  it('scans a range of a string as it would the slice', () => {
    const index = new LiteralIndex([['error:'], ['fail']])
    const found: number[] = []
    index.scanRange('fail\nERROR: x\nfail', 5, 14, (r) => found.push(r))
    expect(found).toEqual([0])
  })

  it('agrees with naive substring search on random text', () => {
    const alphabet = ['a', 'b', 'A', 'B', ' ', '✖']
    const word = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 4 }).map((a) => a.join(''))
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }),
        (lits, chars) => {
          const lower = lits.map((ls) => ls.map((l) => l.toLowerCase()))
          const text = chars.join('')
          const expected = new Set(
            lower.flatMap((ls, i) => (ls.some((l) => text.toLowerCase().includes(l)) ? [i] : []))
          )
          expect(hits(new LiteralIndex(lower), text)).toEqual(expected)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('never skips a built-in rule whose regex matches a line of the fixtures or the eval set', () => {
    const catalogue = loadCatalogue()
    const index = new LiteralIndex(catalogue.rules.map((r) => r.literals))
    const dirs = [
      join(import.meta.dirname, '../../fixtures/logs'),
      join(findEvalSet() ?? join(import.meta.dirname, 'no-eval-set'), 'logs'),
      join(import.meta.dirname, '../../fixtures/corpus/dev/logs'),
      join(import.meta.dirname, '../../fixtures/heldout/logs')
    ].filter((d) => existsSync(d))
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
