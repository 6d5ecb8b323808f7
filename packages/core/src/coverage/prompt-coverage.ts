import { posix } from 'node:path'
import { glob } from 'tinyglobby'
import type { Measured } from './metrics.js'
import { percent } from './metrics.js'
import { NON_SOURCE_DIRS, type TestFile } from './test-files.js'

export interface PromptFile {
  path: string
  tests: string[]
}

export interface PromptCoverage extends Measured {
  prompts: PromptFile[]
}

/**
 * Prompt coverage: of the prompt files the glob selects, the share that at least one test
 * loads or names — by its repository path, its path below the glob's folder, or its file name.
 * A test that only builds the name at run time is not seen: name the file in the test.
 */
export async function promptCoverage(root: string, pattern: string, tests: TestFile[]): Promise<PromptCoverage> {
  const files = (await glob(pattern, { cwd: root, onlyFiles: true, ignore: NON_SOURCE_DIRS })).sort()
  if (files.length === 0) return { value: null, prompts: [], reason: `no file matches the prompt glob ${pattern}` }
  const base = staticBase(pattern)
  const prompts = files.map((path) => {
    const names = new Set([path, posix.basename(path)])
    if (base && path.startsWith(base + '/')) names.add(path.slice(base.length + 1))
    const hit = tests.filter((t) => [...names].some((n) => t.text.includes(n))).map((t) => t.path)
    return { path, tests: hit }
  })
  const counts = { covered: prompts.filter((p) => p.tests.length > 0).length, total: prompts.length }
  return { value: percent(counts), counts, prompts }
}

function staticBase(pattern: string): string {
  const segs = pattern.split('/')
  const out: string[] = []
  for (const s of segs) {
    if (/[*?[\]{}()!]/.test(s)) break
    out.push(s)
  }
  return out.join('/')
}
