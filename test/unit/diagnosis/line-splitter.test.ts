import { describe, expect, it } from 'vitest'
import { LineSplitter } from '../../../packages/core/src/diagnosis/line-splitter.js'
import { MAX_RAW_CHARS } from '../../../packages/core/src/diagnosis/log-line.js'
import { RingBuffer } from '../../../packages/core/src/diagnosis/ring-buffer.js'

function split(chunks: (string | Buffer)[]) {
  const segments: [string, number][] = []
  const s = new LineSplitter((text, line) => segments.push([text, line]))
  for (const c of chunks) s.push(c)
  return { segments, ...s.end() }
}

describe('LineSplitter', () => {
  it('numbers lines on \\n only, so \\r progress segments share a line', () => {
    const r = split(['a\r\nprogress 1%\rprogress 99%\rdone\nlast'])
    expect(r.segments).toEqual([
      ['a', 1],
      ['progress 1%', 2],
      ['progress 99%', 2],
      ['done', 2],
      ['last', 3]
    ])
    expect(r.lines).toBe(3)
  })

  it('joins lines split across chunks', () => {
    expect(split(['err', 'or: x\nne', 'xt\n']).segments).toEqual([
      ['error: x', 1],
      ['next', 2]
    ])
  })

  it('decodes a UTF-8 character split between two Buffers', () => {
    const bytes = Buffer.from('✖ 2 problems\n')
    expect(split([bytes.subarray(0, 1), bytes.subarray(1, 2), bytes.subarray(2)]).segments).toEqual([
      ['✖ 2 problems', 1]
    ])
  })

  it('counts bytes of strings and Buffers alike', () => {
    expect(split(['é\n', Buffer.from('é\n')]).bytes).toBe(6)
  })

  it('keeps at most MAX_RAW_CHARS of a huge line but still counts the next line', () => {
    const r = split(['x'.repeat(MAX_RAW_CHARS * 3), '\nafter\n'])
    expect(r.segments[0][0].length).toBe(MAX_RAW_CHARS)
    expect(r.segments[1]).toEqual(['after', 2])
  })

  it('reads a big Buffer, decoded piece by piece, exactly as the same text given whole', () => {
    // Multi-byte characters land on every possible offset of the decoder's pieces.
    const text = Array.from({ length: 9000 }, (_, i) => `${i} é ✖ 🚨${'x'.repeat(i % 7)}`).join('\n') + '\n'
    const bytes = Buffer.from(text, 'utf8')
    expect(bytes.length).toBeGreaterThan(4 * 16 * 1024)
    const whole = split([text])
    expect(split([bytes])).toEqual(whole)
    expect(split([bytes.subarray(0, 40_001), bytes.subarray(40_001)])).toEqual(whole)
    expect(whole.lines).toBe(9000)
  })

  it('reports zero lines for an empty log', () => {
    expect(split([]).lines).toBe(0)
  })
})

describe('RingBuffer', () => {
  it('keeps the newest entries, oldest first', () => {
    const r = new RingBuffer<number>(3)
    for (let i = 1; i <= 5; i++) r.push(i)
    expect(r.toArray()).toEqual([3, 4, 5])
    expect(r.size).toBe(3)
  })
})
