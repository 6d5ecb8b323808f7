/**
 * The stream reader security reports are parsed with: the same document as JSON.parse under
 * the caps, whatever the chunking; SARIF results past the cap never built; a node bomb read no
 * further than the chunk that crosses the node cap.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  JsonReportReader,
  readJsonReport,
  type JsonReportLimits,
  type JsonReportRead
} from '../../../packages/core/src/artifacts/json-report-reader.js'
import { countJsonNodes } from '../../support/json-nodes.js'

const NO_CAPS: JsonReportLimits = { maxNodes: Infinity, maxResults: Infinity }

/** `text` as UTF-8 bytes cut at `cuts` (byte offsets, any of them inside a character). */
function chunked(text: string, cuts: number[]): Buffer[] {
  const bytes = Buffer.from(text, 'utf8')
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
  const out: Buffer[] = []
  let from = 0
  for (const c of [...at, bytes.length]) {
    out.push(bytes.subarray(from, c))
    from = c
  }
  return out
}

function read(chunks: Array<Buffer | string>, limits: JsonReportLimits = NO_CAPS): JsonReportRead {
  const r = new JsonReportReader(limits)
  for (const c of chunks) r.write(c)
  return r.end()
}

const cutsArb = fc.array(fc.nat(), { maxLength: 8 })

describe('JsonReportReader', () => {
  it('property: under the caps it gives what JSON.parse gives, in any chunking, and refuses what JSON.parse refuses', () => {
    const text = fc.oneof(
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v, null, 1)),
      fc.string({ unit: fc.constantFrom(...'{}[]:,"01-.e+tfalsenu\\ \n'.split('')), maxLength: 14 }),
      fc.string()
    )
    fc.assert(
      fc.property(text, cutsArb, (t, cuts) => {
        let parsed: unknown
        let valid = true
        try {
          parsed = JSON.parse(t)
        } catch {
          valid = false
        }
        const r = read(chunked(t, cuts))
        if (!valid) return r.kind === 'malformed'
        // Compared as JSON: -0 and 0 are one number to a report.
        return r.kind === 'document' && JSON.stringify(r.doc) === JSON.stringify(parsed) && r.dropped === 0
      }),
      { numRuns: 3000 }
    )
  })

  it('keeps `__proto__` as a key, as JSON.parse does, without touching the prototype', () => {
    const r = read(['{"__proto__":{"polluted":true},"a":1}'])
    expect(r.kind).toBe('document')
    const doc = (r as { doc: Record<string, unknown> }).doc
    expect(Object.keys(doc)).toEqual(['__proto__', 'a'])
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('says where it stopped on malformed, truncated and trailing input', () => {
    expect(read(['{"a":1}{}'])).toEqual({ kind: 'malformed', message: 'data after the end of the document at byte 7' })
    expect(read(['[1 2]'])).toEqual({ kind: 'malformed', message: 'unexpected a value at byte 3' })
    expect(read(['{"runs":[{"results":[{}'])).toEqual({ kind: 'malformed', message: 'the document ends early' })
    expect(read([''])).toEqual({ kind: 'malformed', message: 'the document ends early' })
    expect(read(['\uFEFF{"a":1}  \n'])).toMatchObject({ kind: 'document', doc: { a: 1 } })
  })

  it('property: SARIF results past the cap, over all runs, are counted but never built; the rest of the document is', () => {
    const resultArb = fc.oneof(
      fc.record({ ruleId: fc.string({ maxLength: 6 }), level: fc.constantFrom('error', 'warning', 'note') }),
      fc.jsonValue({ maxDepth: 2 })
    )
    const runArb = fc.record({
      tool: fc.record({ driver: fc.record({ name: fc.string({ maxLength: 6 }) }) }),
      invocations: fc.array(fc.record({ exitCode: fc.integer() }), { maxLength: 3 }),
      results: fc.array(resultArb, { maxLength: 30 }),
      artifacts: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 })
    })
    fc.assert(
      fc.property(fc.array(runArb, { maxLength: 4 }), fc.nat({ max: 40 }), cutsArb, (runs, cap, cuts) => {
        const sarif = { version: '2.1.0', runs, other: { results: [1, 2, 3] } }
        const total = runs.reduce((n, r) => n + r.results.length, 0)
        const r = read(chunked(JSON.stringify(sarif), cuts), { maxNodes: Infinity, maxResults: cap })
        let left = cap
        const expected = {
          ...sarif,
          runs: runs.map((run) => {
            const kept = run.results.slice(0, Math.max(0, left))
            left -= kept.length
            return { ...run, results: kept }
          })
        }
        expect(r).toEqual({
          kind: 'document',
          doc: JSON.parse(JSON.stringify(expected)),
          results: total,
          dropped: Math.max(0, total - cap)
        })
      }),
      { numRuns: 400 }
    )
  })

  it('hands over exactly the cap of a SARIF with 500 times more results', async () => {
    const results = `{"version":"2.1.0","runs":[{"results":[${'{"ruleId":"r","level":"error"},'.repeat(4999)}{}]}]}`
    const r = await readJsonReport([results], { maxNodes: Infinity, maxResults: 10 })
    expect(r.kind === 'document' && r.results).toBe(5000)
    const doc = (r as { doc: { runs: Array<{ results: unknown[] }> } }).doc
    expect(doc.runs[0]!.results).toHaveLength(10)
    expect(doc.runs[0]!.results[9]).toEqual({ ruleId: 'r', level: 'error' })
  })

  it('stops a 48 MB node bomb inside the chunk that crosses the node cap, the rest never pulled', async () => {
    const MB = 1024 * 1024
    const unit = '{},'.repeat(MB / 3)
    let pulled = 0
    async function* bomb(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"runs":[{"results":[')
      for (let i = 0; i < 48; i++) {
        pulled++
        yield Buffer.from(unit)
      }
      yield Buffer.from('{}]}]}')
    }
    const limits = { maxNodes: 200_000, maxResults: 10_000 }
    expect(await readJsonReport(bomb(), limits)).toEqual({ kind: 'too-many-nodes' })
    expect(pulled).toBe(1)

    // The count is the brackets outside strings, as countJsonNodes counts them on a text.
    const text = `{"a":"{[{[","b":[${'[],'.repeat(5)}{}]}`
    expect(countJsonNodes(text)).toBe(8)
    expect(read([text], { maxNodes: 8, maxResults: 0 }).kind).toBe('document')
    expect(read([text], { maxNodes: 7, maxResults: 0 }).kind).toBe('too-many-nodes')
  })
})
