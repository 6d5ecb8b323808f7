/**
 * Files over the contents API: read one file at a ref, create or update one in a commit on a
 * branch. GitHub serves files up to 1 MB this way; larger ones are refused with a clear error.
 */
import { OperationalError } from '../errors.js'
import { caller, orAbsent } from './call.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

export interface RepoFile {
  path: string
  /** Blob sha: pass it back to `put` to update this version of the file. */
  sha: string
  content: Buffer
}

export interface FileWrite {
  content: string | Buffer
  /** Commit message. */
  message: string
  /** Branch to commit on (default: the repository's default branch). */
  branch?: string
  /** Blob sha of the version being replaced; required to update an existing file. */
  sha?: string
  /** Author and committer of the commit (default: the token's identity). */
  committer?: { name: string; email: string }
}

export interface FileCommit {
  path: string
  /** The new blob sha. */
  sha: string
  commitSha: string
  /** True when the file did not exist before. */
  created: boolean
}

export interface ContentsWriter {
  /** The file at `ref` (default branch when omitted), or undefined when there is none. */
  get(path: string, options?: { ref?: string }): Promise<RepoFile | undefined>
  /** Creates or updates one file in one commit. */
  put(path: string, write: FileWrite): Promise<FileCommit>
}

/** The contents side of the write API, bound to one repository. */
export function createContentsWriter(client: GitHubClient, { owner, repo }: RepoRef): ContentsWriter {
  const { octokit } = client
  const call = caller(client)
  return {
    get(path, options = {}) {
      const name = `read ${path}${options.ref ? ` at ${options.ref}` : ''}`
      return orAbsent(
        call(name, async () => {
          const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
            owner,
            repo,
            path,
            ...(options.ref === undefined ? {} : { ref: options.ref })
          })
          if (Array.isArray(data) || data.type !== 'file')
            throw new OperationalError(
              'github.unprocessable',
              `${name}: it is a ${Array.isArray(data) ? 'directory' : data.type}, not a file`,
              { retryable: false }
            )
          if (!('content' in data) || data.encoding !== 'base64')
            throw new OperationalError(
              'github.unprocessable',
              `${name}: ${data.size} bytes is more than the contents API serves (1 MB)`,
              { retryable: false }
            )
          return { path: data.path, sha: data.sha, content: Buffer.from(data.content, 'base64') }
        })
      )
    },

    put(path, write) {
      const where = write.branch ? ` on ${write.branch}` : ''
      return call(`${write.sha ? 'update' : 'create'} ${path}${where}`, async () => {
        const res = await octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', {
          owner,
          repo,
          path,
          message: write.message,
          content: Buffer.from(write.content).toString('base64'),
          ...(write.branch === undefined ? {} : { branch: write.branch }),
          ...(write.sha === undefined ? {} : { sha: write.sha }),
          ...(write.committer === undefined ? {} : { committer: write.committer, author: write.committer })
        })
        const { content, commit } = res.data
        return {
          path: content?.path ?? path,
          sha: content?.sha ?? '',
          commitSha: commit.sha ?? '',
          created: res.status === 201
        }
      })
    }
  }
}
