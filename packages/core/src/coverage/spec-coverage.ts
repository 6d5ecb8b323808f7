import { readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { glob } from 'tinyglobby'
import { ConfigurationError } from '../errors.js'
import type { Measured } from './metrics.js'
import { percent } from './metrics.js'
import { toPosix } from './repo-paths.js'
import type { TestFile } from './test-files.js'

export const DEFAULT_SPEC_ID_PATTERN = 'REQ-\\d+'
export const SPEC_DOC_GLOB = '**/*.{md,markdown,txt,rst,adoc,yaml,yml,feature}'

export interface SpecId {
  id: string
  /** The spec document and line where the id first appears. */
  file: string
  line: number
  /** Test files that reference it. */
  tests: string[]
}

export interface SpecCoverage extends Measured {
  ids: SpecId[]
}

/** The id pattern as a whole-token regex: `REQ-1` does not match inside `REQ-12` or `XREQ-1`. */
export function idRegex(pattern: string): RegExp {
  try {
    return new RegExp(`(?<![\\w-])(?:${pattern})(?![\\w])`, 'g')
  } catch (e) {
    throw new ConfigurationError(`spec id pattern '${pattern}' is not a regular expression: ${(e as Error).message}`)
  }
}

/**
 * Spec coverage: of the requirement ids the spec documents define (every match of the id
 * pattern in the spec folder), the share that at least one test file mentions.
 */
export async function specCoverage(
  root: string,
  specDir: string,
  pattern: string,
  tests: TestFile[]
): Promise<SpecCoverage> {
  const re = idRegex(pattern)
  const base = join(root, specDir)
  const docs = (await glob(SPEC_DOC_GLOB, { cwd: base, onlyFiles: true, ignore: ['**/node_modules/**'] })).sort()
  if (docs.length === 0) return { value: null, ids: [], reason: `no spec document under ${specDir}` }
  const ids = new Map<string, SpecId>()
  for (const d of docs) {
    const text = await readFile(join(base, d), 'utf8')
    const file = toPosix(relative(root, join(base, d)))
    let lineNo = 1
    let lastIndex = 0
    for (const m of text.matchAll(re)) {
      for (let i = text.indexOf('\n', lastIndex); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) lineNo++
      lastIndex = m.index
      if (!ids.has(m[0])) ids.set(m[0], { id: m[0], file, line: lineNo, tests: [] })
    }
  }
  if (ids.size === 0)
    return { value: null, ids: [], reason: `no id matching /${pattern}/ in the spec documents under ${specDir}` }
  for (const t of tests) {
    for (const m of new Set(Array.from(t.text.matchAll(re), (x) => x[0]))) ids.get(m)?.tests.push(t.path)
  }
  const list = [...ids.values()]
  const counts = { covered: list.filter((s) => s.tests.length > 0).length, total: list.length }
  return { value: percent(counts), counts, ids: list }
}
