import { describe, expect, it } from 'vitest'
import {
  assertionProblem,
  exportedNames,
  parseLiteral,
  sourceLiterals,
  toSource
} from '../../../packages/core/src/coverage/generate/index.js'

describe('what counts as a test', () => {
  it('refuses a test that asserts nothing or only has a TODO', () => {
    expect(assertionProblem("import { test } from 'node:test'\ntest('x', () => { f(1) })")).toBe('asserts nothing')
    expect(assertionProblem("test('x', () => {\n  // TODO: assert.equal(f(1), 2)\n})")).toBe(
      'only a TODO, no assertion'
    )
    expect(assertionProblem("test.todo('later', () => { assert.equal(1, 1) })")).toBe('skipped or todo tests')
    expect(assertionProblem('const x = 1')).toBe('defines no test')
  })

  it('accepts node:assert, expect and fast-check assertions', () => {
    expect(assertionProblem("test('x', () => { assert.equal(f(1), 2) })")).toBeUndefined()
    expect(assertionProblem("it('x', () => { expect(f(1)).toBe(2) })")).toBeUndefined()
    expect(
      assertionProblem("test('x', () => { fc.assert(fc.property(fc.integer(), (n) => f(n) === f(n))) })")
    ).toBeUndefined()
  })
})

describe('values as source', () => {
  it('writes plain data back as JavaScript and refuses what it cannot pin', () => {
    expect(toSource([1, -0, NaN, 'a"b', null, undefined, { k: [true] }])).toBe(
      '[1, -0, NaN, "a\\"b", null, undefined, { k: [true] }]'
    )
    expect(toSource(new Date(0))).toBeUndefined()
    expect(toSource(() => 1)).toBeUndefined()
  })

  it('reads table cells and examples as literals, and the boundary values of a source', () => {
    expect(parseLiteral("'A'")).toEqual({ value: 'A' })
    expect(parseLiteral('`[1, 2]`')).toEqual({ value: [1, 2] })
    expect(parseLiteral('grade')).toBeUndefined()
    expect(sourceLiterals('if (x >= 90) return "A"').numbers).toEqual([89, 90, 91])
    expect(
      exportedNames('export function a() {}\nexport const b = 1\nexport { c as d, e }\nexport async function f() {}')
    ).toEqual(['a', 'f', 'b', 'd', 'e'])
  })
})
