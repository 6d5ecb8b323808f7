import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError } from '../../../packages/core/src/capsule/json-syntax.js'

describe('JSON syntax scanner', () => {
  it('agrees with JSON.parse on what is valid (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (v, pretty) => {
        expect(findJsonSyntaxError(JSON.stringify(v, null, pretty ? 2 : 0))).toBeUndefined()
      }),
      { numRuns: 300 }
    )
  })

  it('agrees with JSON.parse on what is invalid (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        let valid = true
        try {
          JSON.parse(s)
        } catch {
          valid = false
        }
        expect(findJsonSyntaxError(s) === undefined).toBe(valid)
      }),
      { numRuns: 2000 }
    )
  })

  it('calls every proper prefix of a JSON object truncated', () => {
    const text = JSON.stringify({ a: [1, -2.5e3, true, null], 'b\\"': 'x\u00e9\\u0041' })
    for (let n = 0; n < text.length; n++)
      expect(findJsonSyntaxError(text.slice(0, n))).toMatchObject({ truncated: true, offset: n })
  })

  it('reports the offset of a bad character and that it is not truncation', () => {
    expect(findJsonSyntaxError('{"a":}')).toMatchObject({ offset: 5, truncated: false })
    expect(findJsonSyntaxError('{"a":1}}')).toMatchObject({ offset: 7, truncated: false })
    expect(findJsonSyntaxError('{"a":01}')).toMatchObject({ offset: 6, truncated: false })
  })
})
