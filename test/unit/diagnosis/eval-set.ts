import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The shared labelled eval set (`shared/eval` beside the checkout, or beside a folder of
 * worktrees): the first ancestor of the tests that has one.
 */
export function findEvalSet(from = import.meta.dirname): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'eval')
    if (existsSync(join(candidate, 'labels.json'))) return candidate
    if (dirname(dir) === dir) return undefined
  }
}
