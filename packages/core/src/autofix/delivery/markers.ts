/** How the agent marks its own work, and the switches that keep it away, shared by every step. */
import type { GitIdentity } from '../../git/identity.js'

/** Trailer every fix commit carries (`HEE-Auto-Fix: <run id>`): the loop guard's mark. */
export const AUTO_FIX_TRAILER = 'HEE-Auto-Fix'
/** A commit trailer (`HEE-Skip: true`) that keeps auto-fix away from a commit. */
export const SKIP_TRAILER = 'HEE-Skip'
/** A label on a pull request that keeps auto-fix away from it. */
export const SKIP_LABEL = 'hee:skip'
/** Prefix of every fix branch. */
export const FIX_BRANCH_PREFIX = 'hee/auto-fix/'

/** The author of fix commits unless configured. */
export const DEFAULT_AUTHOR: GitIdentity = {
  name: 'hee-ci[bot]',
  email: 'hee-ci[bot]@users.noreply.github.com'
}

/** `hee/auto-fix/<run id>-<pattern>[-<pattern>…]`, lower case, safe as a ref name. */
export function fixBranchName(runId: string, patterns: readonly string[]): string {
  const id = runId.replace(/[^A-Za-z0-9._-]+/g, '-')
  const tail = [...new Set(patterns)]
    .map((p) => p.toLowerCase().replace(/[^a-z0-9._-]+/g, '-'))
    .sort()
    .join('-')
  return `${FIX_BRANCH_PREFIX}${id}-${tail || 'fix'}`
}

/**
 * The hidden key a fix pull request carries in its body: the same failure (the same patterns
 * on the same base branch) finds its open pull request again, whatever run opened it.
 */
export function fixKey(patterns: readonly string[], base: string): string {
  // The branch is percent-encoded: a name holding `-->` would otherwise end the comment.
  return `<!-- hee-auto-fix key=${[...new Set(patterns)].sort().join('+')}@${encodeURIComponent(base)} -->`
}
