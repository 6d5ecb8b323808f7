/**
 * What a writer must know before it pushes to a branch: which branch is the default one, and
 * whether a branch is protected, by classic branch protection or by a ruleset. Both reads need
 * only `contents: read` (metadata); the protection settings themselves (admin only) are not read.
 */
import { caller, orAbsent } from './call.js'
import type { GitHubClient } from './octokit.js'
import { eachPage, listCap } from './pages.js'
import type { RepoRef } from './repo-ref.js'

export interface BranchProtection {
  branch: string
  /** False when the branch does not exist. */
  exists: boolean
  /** Classic branch protection (`protected` of the branch). */
  protected: boolean
  /** Types of the ruleset rules that apply to the branch (`update`, `pull_request`, …). */
  rules: string[]
}

/** Rule types that mean "do not push here directly". Others (e.g. `required_signatures`) only shape commits. */
const BLOCKING_RULES = new Set([
  'update',
  'deletion',
  'non_fast_forward',
  'pull_request',
  'required_status_checks',
  'required_deployments',
  'merge_queue',
  'required_linear_history'
])

export interface BranchesReader {
  /** The repository's default branch. */
  defaultBranch(): Promise<string>
  /**
   * Protection of one branch; `blocked` is true when a direct push must not happen. The rules
   * are read up to the client's `maxPages` (a cap reached is a warning in the client's log).
   */
  protection(branch: string): Promise<BranchProtection & { blocked: boolean }>
}

/** The branch side of the API, bound to one repository. */
export function createBranchesReader(client: GitHubClient, { owner, repo }: RepoRef): BranchesReader {
  const { octokit } = client
  const call = caller(client)
  return {
    defaultBranch() {
      return call(`read the repository ${owner}/${repo}`, async () => {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo })
        return data.default_branch
      })
    },

    async protection(branch) {
      const rulesCall = `read the rules of branch ${branch}`
      const classic = await orAbsent(
        call(`read branch ${branch}`, async () => {
          const { data } = await octokit.request('GET /repos/{owner}/{repo}/branches/{branch}', {
            owner,
            repo,
            branch
          })
          return data.protected
        })
      )
      const rules =
        (await orAbsent(
          call(rulesCall, async () => {
            const types = new Set<string>()
            await eachPage(
              octokit.paginate.iterator('GET /repos/{owner}/{repo}/rules/branches/{branch}', {
                owner,
                repo,
                branch,
                per_page: 100
              }),
              listCap(client, rulesCall),
              (data) => data.forEach((r) => types.add(r.type))
            )
            return [...types]
          })
        )) ?? []
      const isProtected = classic === true
      return {
        branch,
        exists: classic !== undefined,
        protected: isProtected,
        rules,
        blocked: isProtected || rules.some((r) => BLOCKING_RULES.has(r))
      }
    }
  }
}
