import { lock } from 'proper-lockfile'
import { HeeError } from '../errors.js'

export interface FileLockOptions {
  /** How long to wait for another holder, in ms (default 30 s). */
  waitMs?: number
}

/**
 * Runs `fn` while holding the lock of `path` (a `<path>.lock` folder, `proper-lockfile`):
 * writers of one file take turns, so each reads the version the previous one wrote. A lock
 * whose holder died is taken over once it is stale (its holder refreshes it while alive).
 * The file need not exist yet. Refuses with `capsule.locked` after `waitMs`.
 */
export async function withFileLock<T>(path: string, fn: () => Promise<T>, opts: FileLockOptions = {}): Promise<T> {
  const waitMs = opts.waitMs ?? 30_000
  let release: () => Promise<void>
  try {
    release = await lock(path, {
      realpath: false,
      stale: 10_000,
      // Exponential back-off from 10 ms up to 250 ms, as many tries as fit in waitMs.
      retries: { retries: Math.max(1, Math.ceil(waitMs / 250)), factor: 1.5, minTimeout: 10, maxTimeout: 250 }
    })
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ELOCKED')
      throw new HeeError(
        'capsule.locked',
        `${path} is being updated by another process; gave up after ${waitMs / 1000} s`,
        {
          hint: `if no update is running, remove ${path}.lock`
        }
      )
    throw new HeeError('capsule.write', `cannot lock ${path} (${code ?? 'error'})`, { cause: e })
  }
  try {
    return await fn()
  } finally {
    await release().catch(() => undefined)
  }
}
