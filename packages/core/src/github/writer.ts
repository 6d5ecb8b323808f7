/**
 * The write side of the GitHub layer: everything that changes a repository, grouped by what it
 * changes, each call typed by its route and error-mapped like the readers. Permissions each
 * part needs: issues `issues: write`, pulls `pull-requests: write`, refs and contents
 * `contents: write`, runs `actions: write`.
 */
import { createBranchesReader, type BranchesReader } from './branches.js'
import { createContentsWriter, type ContentsWriter } from './contents.js'
import { createGitRefsWriter, type GitRefsWriter } from './git-refs.js'
import { createIssuesWriter, type IssuesWriter } from './issues.js'
import type { GitHubClient } from './octokit.js'
import { createPullsWriter, type PullsWriter } from './pulls.js'
import { repoRefOf, type RepoRef } from './repo-ref.js'
import { createRunControl, type RunControl } from './run-control.js'

export interface GitHubWriter {
  readonly repository: RepoRef
  readonly issues: IssuesWriter
  readonly pulls: PullsWriter
  readonly refs: GitRefsWriter
  readonly contents: ContentsWriter
  readonly runs: RunControl
  /** Default branch and branch protection (read only, `contents: read`). */
  readonly branches: BranchesReader
}

/** Binds the write side to one repository. */
export function createGitHubWriter(client: GitHubClient, repository: RepoRef | string): GitHubWriter {
  const ref = repoRefOf(repository)
  return {
    repository: ref,
    issues: createIssuesWriter(client, ref),
    pulls: createPullsWriter(client, ref),
    refs: createGitRefsWriter(client, ref),
    contents: createContentsWriter(client, ref),
    runs: createRunControl(client, ref),
    branches: createBranchesReader(client, ref)
  }
}
