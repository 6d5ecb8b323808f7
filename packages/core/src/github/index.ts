/** The GitHub adapter layer: the one Octokit factory, error mapping and run/job/log readers. */
export { createGitHubClient, parseTokenExpiration } from './octokit.js'
export type { GitHubClient, GitHubClientOptions, GitHubClientStats, GitHubLog, GitHubOctokit } from './octokit.js'
export { toGitHubError, isRequestError, isRateLimitError, githubMessage } from './errors.js'
export type { RequestErrorLike } from './errors.js'
export { createRunsReader, parseRepo, MAX_ARTIFACT_ZIP_BYTES } from './runs.js'
export type {
  ArtifactInfo,
  JobInfo,
  JobStepInfo,
  ListCompletedRunsOptions,
  RepoRef,
  RunsReader,
  WorkflowRunInfo
} from './runs.js'
