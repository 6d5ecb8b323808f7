/**
 * The one try/catch of the GitHub layer: every call runs through `call(name, fn)`, so each
 * failure becomes an error naming the call (`toGitHubError`), redacted with the client's token.
 */
import { HeeError } from '../errors.js'
import { toGitHubError } from './errors.js'
import type { GitHubClient } from './octokit.js'

/** Runs one named GitHub call; see the module comment. */
export type Call = <T>(name: string, fn: () => Promise<T>) => Promise<T>

/** Binds `call` to a client's redaction. */
export function caller(client: Pick<GitHubClient, 'redact'>): Call {
  return async (name, fn) => {
    try {
      return await fn()
    } catch (e) {
      throw toGitHubError(e, name, client.redact)
    }
  }
}

/**
 * `undefined` where GitHub answered 404: for lookups whose "not there" is an expected outcome
 * (a branch or file that does not exist yet), not a failure.
 */
export async function orAbsent<T>(pending: Promise<T>): Promise<T | undefined> {
  try {
    return await pending
  } catch (e) {
    if (e instanceof HeeError && e.code === 'github.not-found') return undefined
    throw e
  }
}
