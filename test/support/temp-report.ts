// Reporter that prints what a run left in the temp folder. Every test file writes below its own
// `hee-test-<run>-…` root (temp-root.ts), removed when the file ends: a root still there after
// the run was kept (HEE_KEEP_TMP=1) or leaked (a worker killed before its afterAll). Other
// `hee-*` folders made since the run started come from a process that ignored TMPDIR, or from
// another run on the same machine; they are printed, never counted as a failure.
import { readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Reporter } from 'vitest/reporters'
import { TEMP_ROOT_PREFIX } from './temp-names.js'

export interface TempLeftovers {
  /** Roots of this run's test files still present. */
  roots: string[]
  /** Other `hee-*` entries changed since `since` (this run's or another process's). */
  recent: string[]
}

/** Lists what run `run` may have left in `dir` since `since` (ms since the epoch). */
export function tempLeftovers(dir: string, run: string, since: number): TempLeftovers {
  const roots: string[] = []
  const recent: string[] = []
  for (const name of readdirSync(dir)) {
    if (!name.startsWith('hee-')) continue
    if (name.startsWith(`${TEMP_ROOT_PREFIX}${run}-`)) roots.push(name)
    else if (!name.startsWith(TEMP_ROOT_PREFIX)) {
      try {
        if (statSync(join(dir, name)).mtimeMs >= since) recent.push(name)
      } catch {
        // removed meanwhile
      }
    }
  }
  return { roots: roots.sort(), recent: recent.sort() }
}

export default class TempReport implements Reporter {
  private readonly dir = tmpdir()
  private readonly run = String(process.pid)
  private readonly since = Date.now() - 1000

  onInit(): void {
    process.env['HEE_TEST_RUN'] = this.run
  }

  onTestRunEnd(): void {
    const { roots, recent } = tempLeftovers(this.dir, this.run, this.since)
    const list = (names: string[]): string =>
      names.slice(0, 10).join(', ') + (names.length > 10 ? `, … (${names.length - 10} more)` : '')
    if (roots.length > 0)
      process.stderr.write(
        `temp: ${roots.length} test file folder(s) of this run left in ${this.dir}: ${list(roots)}\n`
      )
    if (recent.length > 0)
      process.stderr.write(
        `temp: ${recent.length} hee-* folder(s) made in ${this.dir} during the run outside the test roots (this run or another process): ${list(recent)}\n`
      )
  }
}
