import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { glob } from 'tinyglobby'

/** Where tests live in the ecosystems HEE CI meets; configurable. */
export const DEFAULT_TEST_GLOBS = [
  '**/*.{test,spec}.{js,jsx,ts,tsx,mjs,cjs,mts,cts}',
  '**/__tests__/**/*.{js,jsx,ts,tsx,mjs,cjs}',
  '**/test/**/*.{js,ts,mjs,cjs,mts,rb,ex,exs}',
  '**/tests/**/*.{js,ts,mjs,py,rs}',
  '**/test_*.py',
  '**/*_test.py',
  '**/*_test.go',
  '**/src/test/**/*.{java,kt,scala}',
  '**/*{Test,Tests,IT}.{java,kt}',
  '**/spec/**/*_spec.rb'
]

/** Folders that hold no tests of the project's own. */
export const NON_SOURCE_DIRS = [
  '**/node_modules/**',
  '**/.git/**',
  '**/dist/**',
  '**/build/**',
  '**/target/**',
  '**/vendor/**',
  '**/coverage/**'
]

/** Test files are read for references; a file bigger than this is not a hand-written test. */
const MAX_TEST_BYTES = 4 * 1024 * 1024

export interface TestFile {
  path: string
  text: string
}

/** The repository's test files (relative paths) with their text. */
export async function readTestFiles(root: string, globs: string[] = DEFAULT_TEST_GLOBS): Promise<TestFile[]> {
  const paths = (await glob(globs, { cwd: root, ignore: NON_SOURCE_DIRS, dot: false, onlyFiles: true })).sort()
  const out: TestFile[] = []
  for (const p of paths) {
    const full = join(root, p)
    const st = await stat(full)
    if (st.size > MAX_TEST_BYTES) continue
    out.push({ path: p, text: await readFile(full, 'utf8') })
  }
  return out
}
