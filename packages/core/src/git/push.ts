import type { Git } from './git.js'
import { GitError } from './git-error.js'

export interface PushOptions {
  remote: string
  /** `src:dst` refspecs, e.g. `<sha>:refs/heads/hee/auto-fix/123-pat-007`. */
  refspecs: readonly string[]
  /** A token for HTTPS remotes; used for this push only. */
  token?: string
  /** The server the token is for (`https://github.com`); its URL prefix scopes the header. */
  serverUrl?: string
  /** `ref:expected-sha` leases: the push fails if the remote moved meanwhile. */
  forceWithLease?: ReadonlyArray<readonly [string, string]>
  /** Called with each form of the credential before it is used, to mask it in logs. */
  onSecret?: (value: string) => void
}

/**
 * Pushes with a token that lives only in the environment of this one `git push` process.
 *
 * actions/checkout persists its token as `http.<server>/.extraheader` in `.git/config`
 * unless `persist-credentials: false`; create-pull-request saves and unsets that header, sets
 * its own, and restores the old one in a `finally`. We reach the same end without writing
 * `.git/config` at all: git reads `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`/`GIT_CONFIG_VALUE_n`
 * as command-line config, where an empty `http.extraheader` value first clears every header
 * inherited from the repository, global or system config (a stale persisted token included),
 * and the second entry adds ours. Nothing is left behind for a later step to read, even if
 * this process is killed, and the token never appears in a command line or a log.
 */
export async function push(git: Git, opts: PushOptions): Promise<void> {
  const args = ['push', '--porcelain', '--no-verify']
  for (const [ref, sha] of opts.forceWithLease ?? []) args.push(`--force-with-lease=${ref}:${sha}`)
  args.push(opts.remote, ...opts.refspecs)
  const env: Record<string, string> = {}
  if (opts.token) {
    const server = new URL(opts.serverUrl ?? 'https://github.com')
    const basic = Buffer.from(`x-access-token:${opts.token}`, 'utf8').toString('base64')
    opts.onSecret?.(opts.token)
    opts.onSecret?.(basic)
    const key = `http.${server.origin}/.extraheader`
    const base = Number(git.envVar('GIT_CONFIG_COUNT') ?? 0) || 0
    env['GIT_CONFIG_COUNT'] = String(base + 2)
    env[`GIT_CONFIG_KEY_${base}`] = key
    env[`GIT_CONFIG_VALUE_${base}`] = ''
    env[`GIT_CONFIG_KEY_${base + 1}`] = key
    env[`GIT_CONFIG_VALUE_${base + 1}`] = `AUTHORIZATION: basic ${basic}`
  }
  try {
    await git.run(args, { env, timeoutMs: 5 * 60_000 })
  } catch (e) {
    // git does not print headers, but a remote's error page might echo one back.
    if (opts.token && e instanceof GitError) {
      const basic = Buffer.from(`x-access-token:${opts.token}`, 'utf8').toString('base64')
      const redact = (t: string): string => t.split(opts.token!).join('***').split(basic).join('***')
      throw new GitError(e.args, e.exitCode, redact(e.stderr))
    }
    throw e
  }
}
