/**
 * A stand-in for the Actions artifact service, its blob store and GitHub's REST artifact
 * endpoints, so the real `@actions/artifact` client can run against 127.0.0.1.
 * It follows the protocol `@actions/artifact` 6 speaks (Twirp JSON, Azure block blobs, REST 302s).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Reply, RequestCtx, StandinServer } from './http-server.js'
import { example } from './openapi.js'

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService'
const BLOB_PREFIX = '/artifact-blobs'
const AZURE_VERSION = '2024-11-04'
const DAY_MS = 24 * 3600 * 1000
const DEFAULT_RETENTION_DAYS = 90
const SIGNED_URL_TTL_MS = 10 * 60 * 1000
const DOCS = 'https://docs.github.com/rest/actions/artifacts'

export interface RunRegistration {
  runBackendId: string
  workflowRunId: number
  /** `owner/name`. */
  repository: string
  headBranch?: string
  headSha?: string
  /** The workflow file of the run (default `.github/workflows/hee.yml`). */
  workflowPath?: string
  /** `owner/name` of a fork the run's head comes from (default: `repository`). */
  headRepository?: string
}

interface RunInfo extends Required<RunRegistration> {
  repositoryId: number
  headRepositoryId: number
}

/** What the store knows about one artifact; `finalized` ones are the visible ones. */
export interface StoredArtifact {
  id: number
  name: string
  runBackendId: string
  jobBackendId: string
  workflowRunId: number
  repository: string
  version: number
  mimeType?: string
  finalized: boolean
  /** Size reported at finalize. */
  size: number
  /** `sha256:<hex>` reported at finalize. */
  digest?: string
  createdAt: Date
  updatedAt: Date
  expiresAt: Date
  /** The committed blob, once the block list has been committed. */
  bytes?: Buffer
  blobContentType?: string
}

interface Blob {
  staged: Map<string, Buffer>
  committed?: Buffer
  committedBlocks: Map<string, Buffer>
  contentType?: string
  contentMd5?: string
  etag?: string
  lastModified?: Date
}

export interface ArtifactStoreOptions {
  /** Clock for created/expiry times and signed URL lifetimes; tests move it to expire artifacts. */
  now?: () => number
  /** REST tokens accepted; any non-empty token when omitted. */
  restTokens?: string[]
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

/** In-memory state shared by the Twirp, blob and REST sides. */
export class ArtifactStore {
  private readonly runs = new Map<string, RunInfo>()
  private readonly repositoryIds = new Map<string, number>()
  private readonly records: StoredArtifact[] = []
  private readonly blobs = new Map<string, Blob>()
  private readonly blobOf = new Map<number, string>()
  private nextId = 4100
  /** HMAC key for the signed blob URLs this store issues. */
  readonly secret = randomBytes(32)
  now: () => number
  readonly restTokens?: string[]

  constructor(opts: ArtifactStoreOptions = {}) {
    this.now = opts.now ?? Date.now
    this.restTokens = opts.restTokens
  }

  /** Ties a run backend id (from the runtime token) to a workflow run id and repository. */
  registerRun(reg: RunRegistration): void {
    const repositoryId = this.repositoryIds.get(reg.repository) ?? 700_000 + this.repositoryIds.size + 1
    this.repositoryIds.set(reg.repository, repositoryId)
    const head = reg.headRepository ?? reg.repository
    const headRepositoryId = this.repositoryIds.get(head) ?? 700_000 + this.repositoryIds.size + 1
    this.repositoryIds.set(head, headRepositoryId)
    this.runs.set(reg.runBackendId, {
      headBranch: 'main',
      headSha: createHash('sha1').update(`${reg.repository}#${reg.workflowRunId}`).digest('hex'),
      workflowPath: '.github/workflows/hee.yml',
      headRepository: head,
      ...reg,
      repositoryId,
      headRepositoryId
    })
  }

  run(runBackendId: string): RunInfo | undefined {
    return this.runs.get(runBackendId)
  }

  /** A registered run by its id in `repository`. */
  runOf(repository: string, workflowRunId: number): RunInfo | undefined {
    return [...this.runs.values()].find((r) => r.repository === repository && r.workflowRunId === workflowRunId)
  }

  runByWorkflowRunId(repository: string, workflowRunId: number): RunInfo | undefined {
    for (const r of this.runs.values()) if (r.repository === repository && r.workflowRunId === workflowRunId) return r
    return undefined
  }

  /** Every artifact record, pending and finalized, oldest first (copies). */
  artifacts(): StoredArtifact[] {
    return this.records.map((a) => ({
      ...a,
      bytes: this.blobFor(a.id)?.committed,
      blobContentType: this.blobFor(a.id)?.contentType
    }))
  }

  /** Moves an artifact's expiry, e.g. into the past. */
  setExpiry(id: number, expiresAt: Date): void {
    const a = this.byId(id)
    if (!a) throw new Error(`no artifact ${id}`)
    a.expiresAt = expiresAt
  }

  isExpired(a: StoredArtifact): boolean {
    return a.expiresAt.getTime() <= this.now()
  }

  byId(id: number): StoredArtifact | undefined {
    return this.records.find((a) => a.id === id)
  }

  finalizedInRun(runBackendId: string): StoredArtifact[] {
    return this.records.filter((a) => a.finalized && a.runBackendId === runBackendId)
  }

  create(input: {
    runBackendId: string
    jobBackendId: string
    name: string
    version: number
    mimeType?: string
    expiresAt?: Date
  }): StoredArtifact {
    const run = this.runs.get(input.runBackendId)
    if (!run) {
      throw new TwirpError(
        404,
        'not_found',
        `workflow run backend id ${input.runBackendId} is not registered with the stand-in (call ArtifactStore.registerRun)`
      )
    }
    if (this.records.some((a) => a.finalized && a.runBackendId === input.runBackendId && a.name === input.name)) {
      throw new TwirpError(
        409,
        'already_exists',
        `an artifact with this name already exists on the workflow run: ${input.name}`
      )
    }
    // An unfinished upload of the same name is replaced, so a retried upload can succeed.
    for (let i = this.records.length - 1; i >= 0; i--) {
      const a = this.records[i]!
      if (!a.finalized && a.runBackendId === input.runBackendId && a.name === input.name) this.remove(a.id)
    }
    const now = new Date(this.now())
    const record: StoredArtifact = {
      id: this.nextId++,
      name: input.name,
      runBackendId: input.runBackendId,
      jobBackendId: input.jobBackendId,
      workflowRunId: run.workflowRunId,
      repository: run.repository,
      version: input.version,
      mimeType: input.mimeType,
      finalized: false,
      size: 0,
      createdAt: now,
      updatedAt: now,
      expiresAt: input.expiresAt ?? new Date(now.getTime() + DEFAULT_RETENTION_DAYS * DAY_MS)
    }
    this.records.push(record)
    const key = `${record.id}-${randomBytes(6).toString('hex')}`
    this.blobs.set(key, { staged: new Map(), committedBlocks: new Map() })
    this.blobOf.set(record.id, key)
    return record
  }

  remove(id: number): boolean {
    const i = this.records.findIndex((a) => a.id === id)
    if (i < 0) return false
    this.records.splice(i, 1)
    const key = this.blobOf.get(id)
    if (key) this.blobs.delete(key)
    this.blobOf.delete(id)
    return true
  }

  blobKey(id: number): string | undefined {
    return this.blobOf.get(id)
  }

  blob(key: string): Blob | undefined {
    return this.blobs.get(key)
  }

  blobFor(id: number): Blob | undefined {
    const key = this.blobOf.get(id)
    return key ? this.blobs.get(key) : undefined
  }

  artifactForBlob(key: string): StoredArtifact | undefined {
    for (const [id, k] of this.blobOf) if (k === key) return this.byId(id)
    return undefined
  }

  private signature(permissions: string, path: string, expiry: string): string {
    return createHmac('sha256', this.secret).update(`${permissions}\n${path}\n${expiry}`).digest('base64url')
  }

  /** A SAS-like URL: `sp` permissions (`cw` upload, `r` read), `se` expiry, `sig` HMAC. */
  signedBlobUrl(origin: string, key: string, permissions: 'cw' | 'r'): string {
    const path = `${BLOB_PREFIX}/actions-results/${key}`
    const expiry = new Date(this.now() + SIGNED_URL_TTL_MS).toISOString()
    const q = new URLSearchParams({
      sv: AZURE_VERSION,
      sr: 'b',
      sp: permissions,
      se: expiry,
      sig: this.signature(permissions, path, expiry)
    })
    return `${origin}${path}?${q.toString()}`
  }

  /** Why a blob request's signature fails, or undefined when it is valid for `needed`. */
  checkSignature(url: URL, needed: 'r' | 'w'): string | undefined {
    const sig = url.searchParams.get('sig')
    const sp = url.searchParams.get('sp') ?? ''
    const se = url.searchParams.get('se') ?? ''
    if (!sig) return 'missing sig'
    const expected = Buffer.from(this.signature(sp, url.pathname, se))
    const given = Buffer.from(sig)
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'signature mismatch'
    if (!(Date.parse(se) > this.now())) return 'signed URL expired'
    if (!sp.includes(needed)) return `permission ${needed} not granted`
    return undefined
  }
}

// ---------------------------------------------------------------------------------------------
// Twirp

function twirpReply(err: TwirpError): Reply {
  return { status: err.status, body: { code: err.code, msg: err.message } }
}

interface TokenIds {
  runBackendId: string
  jobBackendId: string
}

/** Reads `Actions.Results:<run>:<job>` from the Bearer JWT's `scp` claim. */
function idsFromAuthorization(header: string | undefined): TokenIds {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '')
  if (!m) throw new TwirpError(401, 'unauthenticated', 'missing Bearer runtime token')
  const part = m[1]!.split('.')[1]
  let claims: { scp?: unknown }
  try {
    claims = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as { scp?: unknown }
  } catch {
    throw new TwirpError(401, 'unauthenticated', 'runtime token is not a JWT')
  }
  if (typeof claims.scp !== 'string') throw new TwirpError(401, 'unauthenticated', 'runtime token has no scp claim')
  for (const scope of claims.scp.split(' ')) {
    const parts = scope.split(':')
    if (parts[0] === 'Actions.Results' && parts.length === 3 && parts[1] && parts[2])
      return { runBackendId: parts[1], jobBackendId: parts[2] }
  }
  throw new TwirpError(401, 'unauthenticated', 'runtime token has no Actions.Results scope')
}

type Json = Record<string, unknown>

function str(body: Json, field: string, required = true): string | undefined {
  const v = body[field]
  if (v === undefined && !required) return undefined
  if (typeof v !== 'string' || (required && v === ''))
    throw new TwirpError(400, 'invalid_argument', `${field} is required`)
  return v
}

function checkRun(body: Json, ids: TokenIds): string {
  const run = str(body, 'workflow_run_backend_id')!
  str(body, 'workflow_job_run_backend_id')
  if (run !== ids.runBackendId)
    throw new TwirpError(403, 'permission_denied', 'workflow_run_backend_id does not match the runtime token')
  return run
}

function timestamp(d: Date): string {
  return d.toISOString()
}

function parseTimestamp(v: unknown, field: string): Date | undefined {
  if (v === undefined) return undefined
  const t = typeof v === 'string' ? Date.parse(v) : NaN
  if (Number.isNaN(t)) throw new TwirpError(400, 'invalid_argument', `${field} is not an RFC 3339 timestamp`)
  return new Date(t)
}

function twirpHandlers(store: ArtifactStore): Record<string, (body: Json, ids: TokenIds, ctx: RequestCtx) => Json> {
  return {
    CreateArtifact(body, ids, ctx) {
      const runBackendId = checkRun(body, ids)
      const version = typeof body['version'] === 'number' ? body['version'] : 0
      if (version < 4) throw new TwirpError(400, 'invalid_argument', `unsupported artifact version ${version}`)
      const mimeType = body['mime_type']
      const a = store.create({
        runBackendId,
        jobBackendId: str(body, 'workflow_job_run_backend_id')!,
        name: str(body, 'name')!,
        version,
        mimeType: typeof mimeType === 'string' ? mimeType : undefined,
        expiresAt: parseTimestamp(body['expires_at'], 'expires_at')
      })
      return { ok: true, signed_upload_url: store.signedBlobUrl(ctx.origin, store.blobKey(a.id)!, 'cw') }
    },
    FinalizeArtifact(body, ids) {
      const runBackendId = checkRun(body, ids)
      const name = str(body, 'name')!
      const a = store.artifacts().find((x) => !x.finalized && x.runBackendId === runBackendId && x.name === name)
      if (!a) throw new TwirpError(404, 'not_found', `no pending artifact named ${name} in this run`)
      const blob = store.blobFor(a.id)
      if (!blob?.committed)
        throw new TwirpError(412, 'failed_precondition', `the blob of ${name} has not been committed`)
      const size = Number(str(body, 'size'))
      if (!Number.isSafeInteger(size) || size !== blob.committed.length) {
        throw new TwirpError(
          400,
          'invalid_argument',
          `size ${String(body['size'])} does not match the ${blob.committed.length} committed bytes`
        )
      }
      const hash = body['hash']
      const actual = `sha256:${createHash('sha256').update(blob.committed).digest('hex')}`
      if (hash !== undefined && hash !== actual)
        throw new TwirpError(400, 'invalid_argument', `hash ${String(hash)} does not match the committed blob`)
      const rec = store.byId(a.id)!
      rec.finalized = true
      rec.size = size
      rec.digest = actual
      rec.updatedAt = new Date(store.now())
      return { ok: true, artifact_id: String(rec.id) }
    },
    ListArtifacts(body, ids) {
      const runBackendId = checkRun(body, ids)
      const nameFilter = body['name_filter']
      const idFilter = body['id_filter']
      const list = store
        .finalizedInRun(runBackendId)
        .filter((a) => !store.isExpired(a))
        .filter((a) => (typeof nameFilter === 'string' ? a.name === nameFilter : true))
        .filter((a) => (idFilter !== undefined && idFilter !== null ? String(a.id) === String(idFilter) : true))
      return {
        artifacts: list.map((a) => ({
          workflow_run_backend_id: a.runBackendId,
          workflow_job_run_backend_id: a.jobBackendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: timestamp(a.createdAt),
          ...(a.digest ? { digest: a.digest } : {})
        }))
      }
    },
    GetSignedArtifactURL(body, ids, ctx) {
      const runBackendId = checkRun(body, ids)
      const name = str(body, 'name')!
      const a = store.finalizedInRun(runBackendId).find((x) => x.name === name)
      if (!a) throw new TwirpError(404, 'not_found', `artifact ${name} not found in this run`)
      if (store.isExpired(a)) throw new TwirpError(404, 'not_found', `artifact ${name} has expired`)
      return { signed_url: store.signedBlobUrl(ctx.origin, store.blobKey(a.id)!, 'r') }
    },
    DeleteArtifact(body, ids) {
      const runBackendId = checkRun(body, ids)
      const name = str(body, 'name')!
      const a = store.finalizedInRun(runBackendId).find((x) => x.name === name)
      if (!a) throw new TwirpError(404, 'not_found', `artifact ${name} not found in this run`)
      store.remove(a.id)
      return { ok: true, artifact_id: String(a.id) }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Blob side (the subset of Azure Block Blob the SDK's uploadStream and a plain GET use)

function azureHeaders(extra: Record<string, string | number> = {}): Record<string, string | number> {
  return {
    'x-ms-request-id': randomBytes(16).toString('hex'),
    'x-ms-version': AZURE_VERSION,
    date: new Date().toUTCString(),
    ...extra
  }
}

function azureError(status: number, code: string, message: string): Reply {
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`
  return { status, headers: azureHeaders({ 'x-ms-error-code': code, 'content-type': 'application/xml' }), body }
}

function md5(b: Buffer): string {
  return createHash('md5').update(b).digest('base64')
}

function parseBlockList(xml: string): Array<{ kind: string; id: string }> {
  if (!/<BlockList>/.test(xml)) throw new Error('body is not a BlockList')
  const out: Array<{ kind: string; id: string }> = []
  const re = /<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push({ kind: m[1]!, id: m[2]! })
  return out
}

function blobPut(store: ArtifactStore, ctx: RequestCtx): Reply {
  const denied = store.checkSignature(ctx.url, 'w')
  if (denied) return azureError(403, 'AuthenticationFailed', `Server failed to authenticate the request: ${denied}`)
  const blob = store.blob(ctx.params['key']!)
  if (!blob) return azureError(404, 'BlobNotFound', 'The specified blob does not exist.')
  if (ctx.headers['x-ms-structured-body'])
    return azureError(400, 'UnsupportedHeader', 'structured message bodies are not supported by the stand-in')
  const sentMd5 = ctx.headers['content-md5']
  if (typeof sentMd5 === 'string' && sentMd5 !== md5(ctx.body))
    return azureError(
      400,
      'Md5Mismatch',
      'The MD5 value specified in the request did not match the MD5 value calculated by the server.'
    )
  const comp = ctx.url.searchParams.get('comp')
  if (comp === 'block') {
    const id = ctx.url.searchParams.get('blockid')
    if (!id) return azureError(400, 'InvalidQueryParameterValue', 'blockid is required')
    blob.staged.set(id, Buffer.from(ctx.body))
    return {
      status: 201,
      headers: azureHeaders({ 'content-md5': md5(ctx.body), 'x-ms-request-server-encrypted': 'true' })
    }
  }
  let content: Buffer
  if (comp === 'blocklist') {
    let list: Array<{ kind: string; id: string }>
    try {
      list = parseBlockList(ctx.body.toString('utf8'))
    } catch {
      return azureError(400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.')
    }
    const parts: Buffer[] = []
    const blocks = new Map<string, Buffer>()
    for (const { kind, id } of list) {
      const fromStaged = kind !== 'Committed' ? blob.staged.get(id) : undefined
      const fromCommitted = kind !== 'Uncommitted' ? blob.committedBlocks.get(id) : undefined
      const block = fromStaged ?? fromCommitted
      if (!block) return azureError(400, 'InvalidBlockList', `The specified block list is invalid: unknown block ${id}`)
      parts.push(block)
      blocks.set(id, block)
    }
    content = Buffer.concat(parts)
    blob.committedBlocks = blocks
    blob.staged.clear()
  } else if (comp === null && ctx.headers['x-ms-blob-type'] === 'BlockBlob') {
    content = Buffer.from(ctx.body)
  } else {
    return azureError(400, 'UnsupportedQueryParameter', `comp=${comp ?? ''} is not supported by the stand-in`)
  }
  const contentType = ctx.headers['x-ms-blob-content-type']
  blob.committed = content
  blob.contentType = typeof contentType === 'string' ? contentType : 'application/octet-stream'
  blob.contentMd5 = md5(content)
  blob.lastModified = new Date()
  blob.etag = `"0x${createHash('sha1').update(content).update(String(Date.now())).digest('hex').slice(0, 16).toUpperCase()}"`
  return {
    status: 201,
    headers: azureHeaders({
      etag: blob.etag,
      'last-modified': blob.lastModified.toUTCString(),
      'content-md5': md5(ctx.body),
      'x-ms-request-server-encrypted': 'true'
    })
  }
}

function blobGet(store: ArtifactStore, ctx: RequestCtx): Reply {
  const denied = store.checkSignature(ctx.url, 'r')
  if (denied) return azureError(403, 'AuthenticationFailed', `Server failed to authenticate the request: ${denied}`)
  const key = ctx.params['key']!
  const blob = store.blob(key)
  const artifact = store.artifactForBlob(key)
  if (!blob?.committed || !artifact || store.isExpired(artifact))
    return azureError(404, 'BlobNotFound', 'The specified blob does not exist.')
  const fileName = artifact.mimeType && artifact.mimeType !== 'application/zip' ? artifact.name : `${artifact.name}.zip`
  const headers = azureHeaders({
    'content-type':
      blob.contentType === 'application/octet-stream' || !blob.contentType ? 'application/zip' : blob.contentType,
    'content-disposition': `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'content-md5': blob.contentMd5!,
    etag: blob.etag!,
    'last-modified': blob.lastModified!.toUTCString(),
    'accept-ranges': 'bytes',
    'x-ms-blob-type': 'BlockBlob'
  })
  const range = /^bytes=(\d+)-(\d*)$/.exec(String(ctx.headers['range'] ?? ctx.headers['x-ms-range'] ?? ''))
  if (range) {
    const total = blob.committed.length
    const start = Number(range[1])
    const end = range[2] ? Math.min(Number(range[2]), total - 1) : total - 1
    if (start >= total || start > end)
      return azureError(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.')
    return {
      status: 206,
      headers: { ...headers, 'content-range': `bytes ${start}-${end}/${total}` },
      body: blob.committed.subarray(start, end + 1)
    }
  }
  return { status: 200, headers, body: blob.committed }
}

// ---------------------------------------------------------------------------------------------
// GitHub REST

function restAuth(store: ArtifactStore, ctx: RequestCtx): Reply | undefined {
  const m = /^(?:Bearer|token)\s+(\S+)$/i.exec(String(ctx.headers['authorization'] ?? ''))
  if (!m || (store.restTokens && !store.restTokens.includes(m[1]!))) {
    return {
      status: 401,
      body: {
        message: m ? 'Bad credentials' : 'Requires authentication',
        documentation_url: 'https://docs.github.com/rest',
        status: '401'
      }
    }
  }
  return undefined
}

function notFound(): Reply {
  return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } }
}

/** The OpenAPI `artifact` object for a stored artifact. */
export function restArtifact(store: ArtifactStore, a: StoredArtifact, origin: string): Record<string, unknown> {
  const run = store.run(a.runBackendId)
  const url = `${origin}/repos/${a.repository}/actions/artifacts/${a.id}`
  return {
    id: a.id,
    node_id: Buffer.from(`06:Artifact${a.id}`).toString('base64').replace(/=+$/, ''),
    name: a.name,
    size_in_bytes: a.size,
    url,
    archive_download_url: `${url}/zip`,
    expired: store.isExpired(a),
    digest: a.digest ?? null,
    created_at: a.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    updated_at: a.updatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    expires_at: a.expiresAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    workflow_run: run
      ? {
          id: run.workflowRunId,
          repository_id: run.repositoryId,
          head_repository_id: run.headRepositoryId,
          head_branch: run.headBranch,
          head_sha: run.headSha
        }
      : null
  }
}

function paginate(ctx: RequestCtx, items: StoredArtifact[], store: ArtifactStore): Reply {
  const perPage = Math.min(100, Math.max(1, Number(ctx.url.searchParams.get('per_page') ?? 30) || 30))
  const page = Math.max(1, Number(ctx.url.searchParams.get('page') ?? 1) || 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const slice = items.slice((page - 1) * perPage, page * perPage)
  const link = (p: number, rel: string): string => {
    const u = new URL(ctx.url.pathname, ctx.origin)
    ctx.url.searchParams.forEach((v, k) => u.searchParams.set(k, v))
    u.searchParams.set('per_page', String(perPage))
    u.searchParams.set('page', String(p))
    return `<${u.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  return {
    status: 200,
    headers: {
      ...(links.length ? { link: links.join(', ') } : {}),
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase()
    },
    body: { total_count: items.length, artifacts: slice.map((a) => restArtifact(store, a, ctx.origin)) }
  }
}

function newestFirst(a: StoredArtifact, b: StoredArtifact): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id
}

function visibleIn(store: ArtifactStore, ctx: RequestCtx): StoredArtifact[] {
  const repository = `${ctx.params['owner']}/${ctx.params['repo']}`
  const name = ctx.url.searchParams.get('name')
  return store
    .artifacts()
    .filter((a) => a.finalized && a.repository === repository && (name === null || a.name === name))
    .sort(newestFirst)
}

function findInRepo(store: ArtifactStore, ctx: RequestCtx): StoredArtifact | undefined {
  const id = Number(ctx.params['artifact_id'])
  const a = store.byId(id)
  return a?.finalized && a.repository === `${ctx.params['owner']}/${ctx.params['repo']}` ? a : undefined
}

/**
 * Registers the Twirp artifact service, the signed-URL blob store and the REST artifact
 * endpoints on `server`. Returns the store for inspection.
 */
export function registerArtifactService(
  server: StandinServer,
  store: ArtifactStore = new ArtifactStore()
): ArtifactStore {
  const handlers = twirpHandlers(store)
  for (const [method, handler] of Object.entries(handlers)) {
    server.route('POST', `${TWIRP_PREFIX}/${method}`, (ctx) => {
      try {
        const ids = idsFromAuthorization(ctx.headers['authorization'])
        let body: Json
        try {
          body = ctx.json<Json>()
        } catch {
          throw new TwirpError(400, 'malformed', 'request body is not JSON')
        }
        return { status: 200, body: handler(body, ids, ctx) }
      } catch (e) {
        if (e instanceof TwirpError) return twirpReply(e)
        return { status: 500, body: { code: 'internal', msg: (e as Error).message } }
      }
    })
  }

  server.route('PUT', `${BLOB_PREFIX}/actions-results/:key`, (ctx) => blobPut(store, ctx))
  server.route('GET', `${BLOB_PREFIX}/actions-results/:key`, (ctx) => blobGet(store, ctx))

  server.route('GET', '/repos/:owner/:repo/actions/runs/:run_id/artifacts', (ctx) => {
    const denied = restAuth(store, ctx)
    if (denied) return denied
    const runId = Number(ctx.params['run_id'])
    return paginate(
      ctx,
      visibleIn(store, ctx).filter((a) => a.workflowRunId === runId),
      store
    )
  })
  // The run an artifact came from (its workflow file, branch and head repository), for runs
  // registered here; any other run is left to the Actions API when the server also serves it.
  server.route('GET', '/repos/:owner/:repo/actions/runs/:run_id', (ctx) => {
    const denied = restAuth(store, ctx)
    if (denied) return denied
    const repository = `${ctx.params['owner']}/${ctx.params['repo']}`
    const run = store.runOf(repository, Number(ctx.params['run_id']))
    if (!run) return undefined
    const body = example<Record<string, unknown>>('workflow-run')
    const repo = (full: string, id: number) => ({
      ...(body.repository as object),
      id,
      name: full.split('/')[1],
      full_name: full,
      url: `${ctx.origin}/repos/${full}`,
      html_url: `https://github.com/${full}`
    })
    return {
      status: 200,
      body: {
        ...body,
        id: run.workflowRunId,
        path: run.workflowPath,
        head_branch: run.headBranch,
        head_sha: run.headSha,
        status: 'completed',
        conclusion: 'success',
        repository: repo(run.repository, run.repositoryId),
        head_repository: repo(run.headRepository, run.headRepositoryId)
      }
    }
  })
  server.route('GET', '/repos/:owner/:repo/actions/artifacts', (ctx) => {
    const denied = restAuth(store, ctx)
    if (denied) return denied
    return paginate(ctx, visibleIn(store, ctx), store)
  })
  server.route('GET', '/repos/:owner/:repo/actions/artifacts/:artifact_id', (ctx) => {
    const denied = restAuth(store, ctx)
    if (denied) return denied
    const a = findInRepo(store, ctx)
    return a ? { status: 200, body: restArtifact(store, a, ctx.origin) } : notFound()
  })
  server.route('GET', '/repos/:owner/:repo/actions/artifacts/:artifact_id/:archive_format', (ctx) => {
    const denied = restAuth(store, ctx)
    if (denied) return denied
    const a = findInRepo(store, ctx)
    if (!a || ctx.params['archive_format'] !== 'zip') return notFound()
    if (store.isExpired(a))
      return { status: 410, body: { message: 'Artifact has expired', documentation_url: DOCS, status: '410' } }
    return { status: 302, headers: { location: store.signedBlobUrl(ctx.origin, store.blobKey(a.id)!, 'r') }, body: '' }
  })
  server.route('DELETE', '/repos/:owner/:repo/actions/artifacts/:artifact_id', (ctx) => {
    const denied = restAuth(store, ctx)
    if (denied) return denied
    const a = findInRepo(store, ctx)
    if (!a) return notFound()
    store.remove(a.id)
    return { status: 204 }
  })
  return store
}
