import { describe, expect, it } from 'vitest'
import { DEFAULT_PATTERNS } from '../../../packages/core/src/diagnosis/default-patterns.js'
import { unsafeRegexReason } from '../../../packages/core/src/diagnosis/safe-regex.js'

describe('unsafeRegexReason', () => {
  it.each(['(a+)+$', '(\\w*x)*', '(?:a|ab)+c', '^(\\d+\\s?)+$', '(a{1,3}){2,}', '(x)\\1'])('refuses %s', (src) => {
    expect(unsafeRegexReason(src)).toBeTypeOf('string')
  })

  it.each([
    '^error\\[E\\d{4}\\]: ',
    '(?:ab|cd)\\d+',
    '[(a+)+]',
    '\\(a+\\)+',
    '(?:-[0-9a-z]{4}){3}',
    '^\\s*--- FAIL: \\S'
  ])('accepts %s', (src) => {
    expect(unsafeRegexReason(src)).toBeUndefined()
  })

  it('accepts every built-in rule, including its context regexes', () => {
    for (const p of DEFAULT_PATTERNS) {
      for (const r of p.rules) {
        for (const src of [r.regex, r.context?.after, r.context?.section]) {
          if (src !== undefined)
            expect({ rule: `${p.id}/${r.id}`, reason: unsafeRegexReason(src) }).toEqual({
              rule: `${p.id}/${r.id}`,
              reason: undefined
            })
        }
      }
    }
  })
})
