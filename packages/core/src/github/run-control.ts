/** What the monitor may ask of a run: re-running its failed jobs (a flake's fix). */
import { caller } from './call.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

export interface RunControl {
  /** Asks GitHub to re-run the failed jobs of a completed run (needs `actions: write`). */
  rerunFailedJobs(runId: number): Promise<void>
}

/** The run side of the write API, bound to one repository. */
export function createRunControl(client: GitHubClient, { owner, repo }: RepoRef): RunControl {
  const call = caller(client)
  return {
    rerunFailedJobs(runId) {
      return call(`re-run the failed jobs of run ${runId}`, async () => {
        await client.octokit.request('POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs', {
          owner,
          repo,
          run_id: runId
        })
      })
    }
  }
}
