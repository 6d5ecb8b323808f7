import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { indexRepository, readMutationReport } from '../../../packages/core/src/coverage/index.js'
import { applicableSurvivors, applyMutant } from '../../../packages/core/src/coverage/generate/mutants.js'

const FIXTURES = join(import.meta.dirname, '../../fixtures/coverage')
const dir = mkdtempSync(join(tmpdir(), 'hee-mutation-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('mutation reports', () => {
  it("reads StrykerJS's mutation.json with Stryker's own score, and its survivors with their spans", async () => {
    const index = await indexRepository(dir, ['grade.mjs'])
    const s = await readMutationReport(join(FIXTURES, 'stryker/mutation.json'), 'mutation.json', index)
    // Stryker's clear-text summary of that run: 15 killed, 0 timeout, 19 survived, 0 no coverage: 44.12.
    expect(s).toMatchObject({ tool: 'stryker', value: 44.12, counts: { covered: 15, total: 34 } })
    expect(s.survivors).toHaveLength(19)
    expect(s.survivors).toContainEqual({
      file: 'grade.mjs',
      line: 4,
      column: 7,
      end_line: 4,
      end_column: 18,
      mutator: 'EqualityOperator',
      replacement: 'score > 75'
    })
    // The span is the code the mutant replaces: applied to the file Stryker mutated, it gives Stryker's mutant.
    const source = readFileSync(join(FIXTURES, 'stryker/grade.mjs'), 'utf8')
    const m = s.survivors.find((x) => x.replacement === 'score > 75')!
    expect(applyMutant(source, m)!.split('\n')[3]).toBe("  if (score > 75) return 'B'")
    const block = s.survivors.find((x) => x.mutator === 'BlockStatement')!
    expect(applyMutant(source, block)).toContain('export function unused(a, b) {}\n')
  })

  it("reads cargo-mutants' outcomes.json with the score of its own totals, leaving out unviable mutants", async () => {
    const path = join(FIXTURES, 'cargo-mutants/outcomes.json')
    const doc = JSON.parse(readFileSync(path, 'utf8'))
    const index = await indexRepository(dir, ['src/lib.rs'])
    const s = await readMutationReport(path, 'outcomes.json', index)
    const detected = doc.caught + doc.timeout
    expect(s.tool).toBe('cargo-mutants')
    expect(s.counts).toEqual({ covered: detected, total: detected + doc.missed })
    expect(s.value).toBe(60)
    expect(s.survivors).toEqual([
      {
        file: 'src/lib.rs',
        line: 4,
        column: 21,
        end_line: 4,
        end_column: 23,
        mutator: 'BinaryOperator',
        replacement: '<'
      },
      {
        file: 'src/lib.rs',
        line: 12,
        column: 7,
        end_line: 12,
        end_column: 8,
        mutator: 'BinaryOperator',
        replacement: '+'
      }
    ])
    const source = readFileSync(join(FIXTURES, 'cargo-mutants/lib.rs'), 'utf8')
    expect(applyMutant(source, s.survivors[1]!)!.split('\n')[11]).toBe('    x + 2')
  })

  it("places survivors' absolute paths in the repository and keeps those of other files out of a target's list", async () => {
    const root = join(dir, 'repo')
    const report = join(dir, 'abs.json')
    writeFileSync(
      report,
      JSON.stringify({
        schemaVersion: '1',
        thresholds: { high: 80, low: 60 },
        files: {
          [join(root, 'src/a.js')]: {
            language: 'javascript',
            source: 'x',
            mutants: [
              {
                id: '1',
                mutatorName: 'BooleanLiteral',
                replacement: 'false',
                status: 'Survived',
                location: { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } }
              }
            ]
          },
          'src/b.js': {
            language: 'javascript',
            source: 'y',
            mutants: [{ id: '2', status: 'Survived', mutatorName: 'X' }]
          }
        }
      })
    )
    const s = await readMutationReport(report, 'abs.json', await indexRepository(root, ['src/a.js', 'src/b.js']))
    expect(s.survivors.map((x) => x.file)).toEqual(['src/a.js', 'src/b.js'])
    // Only a survivor with a span and a replacement can be tried against a test.
    expect(applicableSurvivors(s.survivors, 'src/a.js')).toHaveLength(1)
    expect(applicableSurvivors(s.survivors, 'src/b.js')).toHaveLength(0)
    // A span beyond the file (a report of another version) is not applied.
    expect(applyMutant('ok\n', { ...s.survivors[0]!, line: 3 })).toBeUndefined()
  })

  it('names the file and line of a malformed report, and says what a JSON of another kind is', async () => {
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{\n  "schemaVersion": "1",\n  "files": {\n    oops\n')
    await expect(readMutationReport(bad, 'bad.json')).rejects.toThrow(/^bad\.json:4: malformed JSON/)
    const other = join(dir, 'other.json')
    writeFileSync(other, '{"total": {"lines": {}}}')
    await expect(readMutationReport(other, 'other.json')).rejects.toThrow(
      /other\.json:1: neither a Stryker mutation\.json .* nor a cargo-mutants outcomes\.json/
    )
  })
})
