/** The GitHub adapter layer: the one Octokit factory, error mapping, the readers and the write side. */
export { createGitHubClient, parseTokenExpiration } from './octokit.js'
export type { GitHubClient, GitHubClientOptions, GitHubClientStats, GitHubLog, GitHubOctokit } from './octokit.js'
export { toGitHubError, isRequestError, isRateLimitError, githubMessage } from './errors.js'
export type { RequestErrorLike } from './errors.js'
export { caller, orAbsent, type Call } from './call.js'
export { createRunsReader, MAX_ARTIFACT_ZIP_BYTES } from './runs.js'
export type {
  ArtifactInfo,
  JobInfo,
  JobStepInfo,
  ListCompletedRunsOptions,
  RunsReader,
  WorkflowRunInfo
} from './runs.js'
export { parseRepo, repoRefOf, type RepoRef } from './repo-ref.js'
export { createGitHubWriter, type GitHubWriter } from './writer.js'
export { createIssuesWriter, type IssuesWriter, type IssueRef, type CommentRef, type NewIssue } from './issues.js'
export { createPullsWriter, type PullsWriter, type PullRef, type NewPull } from './pulls.js'
export { createGitRefsWriter, branchRef, fullRef, type GitRefsWriter, type GitRef } from './git-refs.js'
export {
  createContentsWriter,
  type ContentsWriter,
  type RepoFile,
  type FileWrite,
  type FileCommit
} from './contents.js'
export { createRunControl, type RunControl } from './run-control.js'
export { createBranchesReader, type BranchesReader, type BranchProtection } from './branches.js'
