import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../../packages/core/src/diagnosis/log-classifier.js'
import { MAX_MATCH_CHARS } from '../../../packages/core/src/diagnosis/log-line.js'
import { sourceLocationOf } from '../../../packages/core/src/diagnosis/source-location.js'
import { stepPriors } from '../../../packages/core/src/diagnosis/step-hints.js'
import { adversarialLines, builtInRegexes, fragmentsOf, repeated } from '../../support/adversarial-lines.js'

// Every built-in regex meets lines made of its own fragments at the longest length a regex is
// ever given. A regex that backtracks polynomially (as `\blint\S*\b.{0,80}\bfail` did on
// `lint"lint"…`: a second per line) makes these tests run past their time limit; linear ones
// take milliseconds. Speed itself is measured by the bench (`npm run bench -- hostile`).
const REGEXES = builtInRegexes()

describe('built-in regexes on adversarial lines', () => {
  it.each(REGEXES.map(([name, re]) => [name, re] as const))(
    '%s finishes on its fragments repeated to the line limit',
    (_name, re) => {
      let matched = 0
      for (const line of adversarialLines(re)) {
        expect(line.length).toBe(MAX_MATCH_CHARS)
        if (re.test(line)) matched++
      }
      expect(matched).toBeGreaterThanOrEqual(0)
    }
  )

  it('every rule and cue finishes on random mixes of fragments from all of them', () => {
    const all = [...new Set(REGEXES.flatMap(([, re]) => fragmentsOf(re.source)))]
    const line = fc
      .array(fc.constantFrom(...all), { minLength: 1, maxLength: 600 })
      .map((parts) => repeated(parts.join('')))
    fc.assert(
      fc.property(line, (l) => {
        for (const [, re] of REGEXES) re.test(l)
        return true
      }),
      { numRuns: 25 }
    )
  })

  it('the whole pass (cleaning, locator, outcome markers, excerpts) finishes on a log of such lines', () => {
    const lines: string[] = []
    for (const [, re] of REGEXES) for (const f of fragmentsOf(re.source).slice(0, 3)) lines.push(repeated(f, ' '))
    const result = classifyText(
      `##[group]Run make lint\n${lines.join('\n')}\n##[error]Process completed with exit code 1.\n`
    )
    expect(result.lines).toBe(lines.length + 2)
    expect(result.findings.length).toBeGreaterThan(0)
  })

  it('source locations and step hints finish on long path-like and word-like text', () => {
    for (const unit of ['a/', 'a.', 'a/b.c:1', 'x:1:', '(1,', 'File "', 'lint ', 'test', 'build ']) {
      const text = repeated(unit)
      sourceLocationOf(text)
      stepPriors(text)
    }
    expect(sourceLocationOf(repeated('a/') + '.rs:3')).toBeUndefined()
  })
})
