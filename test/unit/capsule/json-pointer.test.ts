import { describe, expect, it } from 'vitest'
import { getAt, parsePointer, removeAt, setAt } from '../../../packages/core/src/capsule/json-pointer.js'

describe('JSON pointers', () => {
  it('unescapes ~1 and ~0 in the right order', () => {
    expect(parsePointer('/a~1b/c~0d/~01')).toEqual(['a/b', 'c~d', '~1'])
  })

  it('rejects pointers without a leading slash or with a bad escape', () => {
    expect(() => parsePointer('a/b')).toThrow(/must start with "\/"/)
    expect(() => parsePointer('/a~2')).toThrow(/"~0" or "~1"/)
  })

  it('gets, removes and sets object members, creating parents on set', () => {
    const o: Record<string, unknown> = { a: { b: 1 } }
    expect(getAt(o, '/a/b')).toBe(1)
    expect(removeAt(o, '/a/b')).toBe(1)
    expect(o).toEqual({ a: {} })
    setAt(o, '/x/y', 2)
    expect(o).toEqual({ a: {}, x: { y: 2 } })
  })

  it('stores a "__proto__" member as data without touching the prototype', () => {
    const o: Record<string, unknown> = {}
    setAt(o, '/__proto__/polluted', true)
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(getAt(o, '/__proto__/polluted')).toBe(true)
  })
})
