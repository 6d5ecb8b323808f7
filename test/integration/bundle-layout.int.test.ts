/**
 * What dist/ promises beyond "it runs": every entry is a stub over one shared build, each
 * dependency is on disk once, and a position in a chunk maps back to the TypeScript line it
 * came from, so a stack from a runner points at src/.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SourceMapConsumer } from 'source-map-js'
import { describe, expect, test } from 'vitest'
import { BUNDLES, SHARED } from '../../scripts/bundle.mjs'
import { ROOT } from '../support/workflow.js'

const DIST = join(ROOT, 'dist')
const SHARED_DIR = join(DIST, SHARED)
const chunks = readdirSync(SHARED_DIR).filter((f) => f.endsWith('.mjs'))

/**
 * Every chunk holding `text`, with the 1-based line and 0-based column where it starts. webpack
 * copies a module smaller than its split threshold into each chunk that needs it, so one source
 * line may sit in several chunks; each copy must map back.
 */
function locate(text: string): { chunk: string; line: number; column: number }[] {
  const found = chunks.flatMap((chunk) => {
    const lines = readFileSync(join(SHARED_DIR, chunk), 'utf8').split('\n')
    const i = lines.findIndex((l) => l.includes(text))
    return i < 0 ? [] : [{ chunk, line: i + 1, column: lines[i]!.indexOf(text) }]
  })
  expect(found.length, `chunks containing ${text}`).toBeGreaterThan(0)
  return found
}

describe('dist/', () => {
  test('each entry is a small stub that starts its entry of the shared build', () => {
    for (const b of BUNDLES) {
      const stub = readFileSync(join(DIST, b.name, 'index.js'), 'utf8')
      expect(stub.length).toBeLessThan(1000)
      expect(stub).toContain(`await import('../${SHARED}/index.mjs')`)
      expect(stub).toContain(`start(${JSON.stringify(b.name)})`)
    }
  })

  test('holds the artifact client once, however many entries use it', () => {
    const holders = chunks.filter((c) =>
      readFileSync(join(SHARED_DIR, c), 'utf8').includes('ArtifactServiceClientJSON')
    )
    expect(holders).toHaveLength(1)
  })

  test('maps a position in a chunk back to the TypeScript line it was built from', () => {
    const source = 'packages/core/src/action/run.ts'
    const want =
      readFileSync(join(ROOT, source), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('async function runAction(')) + 1
    for (const at of locate('async function runAction(')) {
      const map = JSON.parse(readFileSync(join(SHARED_DIR, `${at.chunk}.map`), 'utf8'))
      const origin = new SourceMapConsumer(map).originalPositionFor({ line: at.line, column: at.column })
      expect(origin.source, at.chunk).toBe(`../../${source}`)
      expect(origin.line, at.chunk).toBe(want)
    }
  })

  test("maps only this repository's sources, by paths that exist from dist/", () => {
    for (const f of readdirSync(SHARED_DIR).filter((x) => x.endsWith('.map'))) {
      const map = JSON.parse(readFileSync(join(SHARED_DIR, f), 'utf8')) as {
        sources: string[]
        sourcesContent?: unknown
      }
      expect(map.sourcesContent).toBeUndefined()
      for (const s of map.sources) {
        expect(s).toMatch(/^\.\.\/\.\.\/(actions|packages)\/[^/]+\/src\//)
        expect(readFileSync(join(SHARED_DIR, s), 'utf8').length).toBeGreaterThan(0)
      }
    }
  })
})
