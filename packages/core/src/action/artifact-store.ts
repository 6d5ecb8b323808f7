import type { ArtifactClient } from '@actions/artifact'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError, HeeError, OperationalError } from '../errors.js'
import { createGitHubClient } from '../github/octokit.js'
import { eachPage } from '../github/pages.js'
import { TimeLimitReached, withinTime } from './time-limit.js'
import { type CapsuleCandidate, versionFromName } from '../state/candidates.js'

export interface ArtifactStoreOptions {
  /** Artifact name prefix, e.g. `hee-state-capsule`. */
  prefix: string
  /** `owner/name` */
  repository: string
  /** This workflow run. */
  runId: number
  /** Token for the REST artifact endpoints (cross-run); not needed inside one run. */
  token?: string
  /** REST API root (the runner's GITHUB_API_URL). */
  apiUrl?: string
  /** Where downloads are unpacked (defaults to the OS temp dir). */
  tempDir?: string
  /**
   * Only capsules uploaded by runs of this workflow file (`.github/workflows/x.yml`) of earlier
   * runs are candidates; any workflow when absent.
   */
  workflowPath?: string
  /** Only capsules uploaded by runs of these branches of the repository itself; any branch when empty. */
  branches?: string[]
  /**
   * Longest time one capsule download may take, in ms (default DEFAULT_CAPSULE_DOWNLOAD_MS):
   * past it the download is cut off and fails with `artifact.download-limit`.
   */
  downloadMs?: number
}

/** Default time limit of one capsule download (the `download-seconds` input of capsule-load): 60 s. */
export const DEFAULT_CAPSULE_DOWNLOAD_MS = 60_000

/** Capsule artifacts of earlier runs that may be candidates, and what the listing left out. */
export interface PreviousRunsListing {
  candidates: CapsuleCandidate[]
  /** Artifacts with the capsule prefix left out, and why (a fork's run, another branch). */
  excluded: Array<{ name: string; runId: number; reason: string }>
  /** False when the listing stopped at its limit with pages left: older capsules may exist. */
  complete: boolean
  /** The `limit reached: …` note when the page cap stopped the listing with pages left. */
  capped?: string
}

/**
 * Capsules as workflow artifacts, through the real `@actions/artifact` client: within a run
 * over the runtime token, across runs over the REST endpoints and a token.
 */
export class ArtifactCapsuleStore {
  private clientPromise?: Promise<ArtifactClient>

  constructor(private readonly opts: ArtifactStoreOptions) {}

  // The artifact client (Azure SDK, protobuf) is half of a bundle's start-up; it loads only
  // when an artifact is actually read or written.
  private client(): Promise<ArtifactClient> {
    this.clientPromise ??= import('@actions/artifact').then((m) => new m.DefaultArtifactClient())
    return this.clientPromise
  }

  /** Capsule artifacts uploaded earlier in this run (by any job). */
  async listThisRun(): Promise<CapsuleCandidate[]> {
    const { artifacts } = await wrap('list the artifacts of this run', async () =>
      (await this.client()).listArtifacts({ latest: true })
    )
    const out: CapsuleCandidate[] = []
    for (const a of artifacts) {
      const version = versionFromName(this.opts.prefix, a.name)
      if (version !== undefined) {
        out.push({ id: a.id, name: a.name, version, runId: this.opts.runId, createdAt: a.createdAt, origin: 'run' })
      }
    }
    return out
  }

  /**
   * Capsule artifacts of earlier runs, newest first, read page by page until `limit`
   * candidates are found or `maxPages` pages were read (bounded API cost, whatever the list's
   * `Link: rel="next"` offers).
   */
  async listPreviousRuns(limit: number, maxPages = 5): Promise<PreviousRunsListing> {
    const [owner, repo] = this.opts.repository.split('/') as [string, string]
    const { octokit } = this.api()
    const out: CapsuleCandidate[] = []
    const excluded: PreviousRunsListing['excluded'] = []
    const branches = this.opts.branches ?? []
    const what = 'list the artifacts of earlier runs'
    let full = false
    let capped: string | undefined
    await wrap(what, () =>
      eachPage(
        octokit.paginate.iterator('GET /repos/{owner}/{repo}/actions/artifacts', { owner, repo, per_page: 100 }),
        { maxPages, what, onLimit: (note) => (capped = note) },
        (artifacts) => {
          for (const a of artifacts) {
            const version = versionFromName(this.opts.prefix, a.name)
            const run = a.workflow_run
            const runId = run?.id
            if (version === undefined || a.expired || !runId || runId === this.opts.runId) continue
            // The listing names the uploading run's repositories and branch: a fork's run, or a
            // branch that does not write the capsule, cannot supply one.
            if (run.head_repository_id === undefined || run.head_repository_id !== run.repository_id) {
              excluded.push({ name: a.name, runId, reason: "uploaded by a fork's run" })
              continue
            }
            if (branches.length > 0 && !branches.includes(run.head_branch ?? '')) {
              excluded.push({ name: a.name, runId, reason: `uploaded by a run of branch "${run.head_branch ?? '?'}"` })
              continue
            }
            if (out.length >= limit) {
              full = true
              return false
            }
            out.push({
              id: a.id,
              name: a.name,
              version,
              runId,
              createdAt: a.created_at ? new Date(a.created_at) : undefined,
              origin: 'previous-run',
              ...(run.head_branch ? { headBranch: run.head_branch } : {})
            })
          }
        }
      )
    )
    return { candidates: out, excluded, complete: !full && capped === undefined, ...(capped ? { capped } : {}) }
  }

  /**
   * Why candidate `c` may not supply the capsule, or undefined when it may: a candidate of an
   * earlier run must come from a run of `workflowPath` (one request per run, remembered).
   */
  async admit(c: CapsuleCandidate): Promise<string | undefined> {
    const want = this.opts.workflowPath
    if (c.origin === 'run' || !want) return undefined
    let path = this.runPaths.get(c.runId)
    if (!path) {
      const [owner, repo] = this.opts.repository.split('/') as [string, string]
      const { octokit } = this.api()
      path = wrap(`read run ${c.runId}`, async () => {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
          owner,
          repo,
          run_id: c.runId
        })
        return data.path ?? ''
      })
      this.runPaths.set(c.runId, path)
    }
    const got = await path
    return got === want ? undefined : `uploaded by a run of ${got || 'an unknown workflow'}, not ${want}`
  }

  private readonly runPaths = new Map<number, Promise<string>>()
  private apiClient?: ReturnType<typeof createGitHubClient>

  // The same client as every other API call: retries, rate limits, no token in any message.
  private api(): ReturnType<typeof createGitHubClient> {
    this.apiClient ??= createGitHubClient({
      token: this.requireToken(),
      baseUrl: this.opts.apiUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com'
    })
    return this.apiClient
  }

  /** Downloads one candidate and returns the text of the capsule file inside it. */
  async fetchText(c: CapsuleCandidate): Promise<string> {
    const dir = await mkdtemp(join(this.opts.tempDir ?? tmpdir(), 'hee-capsule-'))
    try {
      const [owner, repo] = this.opts.repository.split('/') as [string, string]
      const findBy =
        c.origin === 'previous-run'
          ? { token: this.requireToken(), workflowRunId: c.runId, repositoryOwner: owner, repositoryName: repo }
          : undefined
      const ms = this.opts.downloadMs ?? DEFAULT_CAPSULE_DOWNLOAD_MS
      const client = await this.client()
      // The client's own limit is 30 s of silence, retried: a blob that trickles would hold the
      // job for as long as it trickles. Past `ms` the download is cut off.
      const res = await withinTime(ms, () =>
        wrap(`download artifact ${c.name}`, () =>
          client.downloadArtifact(c.id, { path: dir, ...(findBy ? { findBy } : {}) })
        )
      ).catch((e: unknown) => {
        if (!(e instanceof TimeLimitReached)) throw e
        throw new OperationalError(
          'artifact.download-limit',
          `limit reached: artifact ${c.name} (run ${c.runId}) was still downloading after ${ms / 1000} s (download-seconds); it was cut off and cannot be verified`,
          { retryable: true, cause: e }
        )
      })
      if (res.digestMismatch)
        throw new OperationalError('artifact.digest', `artifact ${c.name} does not match its digest`, {
          hint: 'the download was corrupted on the way; loading again reads it anew',
          retryable: true
        })
      const files = (await readdir(dir)).filter((f) => f.endsWith('.json'))
      if (files.length !== 1) {
        throw new HeeError('artifact.content', `artifact ${c.name} should hold one capsule file, found ${files.length}`)
      }
      return await readFile(join(dir, files[0]!), 'utf8')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  /** Uploads a capsule file as `<prefix>-v<version>`. */
  async upload(
    name: string,
    file: string,
    rootDir: string,
    retentionDays: number
  ): Promise<{ id: number; size: number }> {
    const res = await wrap(`upload artifact ${name}`, () =>
      this.client().then((cl) => cl.uploadArtifact(name, [file], rootDir, { retentionDays }))
    ).catch((e: unknown) => {
      // The service answers 409 when this run holds an artifact of that name already: another
      // job uploaded the same version first.
      if (/\(409\)/.test(messageChain(e)))
        throw new OperationalError('artifact.conflict', `artifact ${name} exists already in this run`, {
          retryable: false,
          cause: e
        })
      throw e
    })
    return { id: res.id ?? 0, size: res.size ?? 0 }
  }

  private requireToken(): string {
    if (!this.opts.token) {
      throw new ConfigurationError('input `github-token` is empty: it is needed to read capsules of earlier runs', {
        hint: 'use the default `${{ github.token }}` with `permissions: actions: read`'
      })
    }
    return this.opts.token
  }
}

function messageChain(e: unknown): string {
  const parts: string[] = []
  for (let x: unknown = e, i = 0; x instanceof Error && i < 5; x = x.cause, i++) parts.push(x.message)
  return parts.join(' ')
}

async function wrap<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (e) {
    if (e instanceof HeeError) throw e
    const msg = e instanceof Error ? e.message : String(e)
    throw new OperationalError('artifact.service', `could not ${what}: ${msg.split('\n')[0]}`, {
      retryable: true,
      cause: e
    })
  }
}
