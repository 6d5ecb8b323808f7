import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { ArtifactStore, registerArtifactService } from '../support/artifact-service.js'
import { StandinServer } from '../support/http-server.js'
import { validateResponse } from '../support/openapi.js'
import { type ActionResult, makeRuntimeToken, runAction, runnerEnv } from '../support/runner-env.js'

const PROBE = fileURLToPath(new URL('../support/artifact-probe.mjs', import.meta.url))
const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService'
const OWNER = 'hee'
const REPO = 'ci-demo'
const REST_TOKEN = 'ghs_standin_token'

const RUN1 = { runBackendId: 'b7a1c0de-0001-4aae-887f-30da475f5f1a', workflowRunId: 9001 }
const RUN2 = { runBackendId: 'b7a1c0de-0002-4aae-887f-30da475f5f1a', workflowRunId: 9002 }
const JOB_A = 'ca395085-040a-526b-2ce8-00000000000a'
const JOB_B = 'ca395085-040a-526b-2ce8-00000000000b'

let server: StandinServer
let store: ArtifactStore
let clockOffset = 0
let root: string

beforeAll(async () => {
  server = new StandinServer()
  store = registerArtifactService(server, new ArtifactStore({ now: () => Date.now() + clockOffset }))
  await server.start()
  for (const run of [RUN1, RUN2]) store.registerRun({ ...run, repository: `${OWNER}/${REPO}`, headBranch: 'main' })
  root = mkdtempSync(join(tmpdir(), 'hee-artifact-int-'))
})

afterAll(async () => {
  await server.stop()
  rmSync(root, { recursive: true, force: true })
})

afterEach(() => {
  server.clearFaults()
  clockOffset = 0
})

interface Job {
  run: { runBackendId: string; workflowRunId: number }
  job: string
}

function workspaceFor(label: string): string {
  const dir = mkdtempSync(join(root, `${label}-`))
  mkdirSync(dir, { recursive: true })
  return dir
}

async function probe(
  who: Job,
  op: string,
  args: object,
  extra: Record<string, string> = {}
): Promise<ActionResult & { result: any }> {
  const env = runnerEnv({
    origin: server.origin,
    workspace: workspaceFor(who.job),
    runId: who.run.workflowRunId,
    repository: `${OWNER}/${REPO}`,
    runBackendId: who.run.runBackendId,
    jobBackendId: who.job,
    extra
  })
  const res = await runAction(PROBE, env, { args: [op, JSON.stringify(args)] })
  return { ...res, result: res.outputs['result'] ? JSON.parse(res.outputs['result']) : undefined }
}

function requestsSince(mark: number) {
  return server.requests.slice(mark)
}

function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex')
}

async function rest(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.origin}${path}`, {
    redirect: 'manual',
    ...init,
    headers: { authorization: `Bearer ${REST_TOKEN}`, ...init.headers }
  })
}

const jobA: Job = { run: RUN1, job: JOB_A }
const jobB: Job = { run: RUN1, job: JOB_B }
const laterRun: Job = { run: RUN2, job: JOB_A }
const findBy = { token: REST_TOKEN, workflowRunId: RUN1.workflowRunId, repositoryOwner: OWNER, repositoryName: REPO }

// Shared by the tests that follow the upload: a multi-block payload and a small text file.
const big = randomBytes(9 * 1024 * 1024)
const text = Buffer.from('capsule: v1\nhello from job A\n')
let uploadedId = 0

describe('artifact service stand-in with the real @actions/artifact client', () => {
  test('an upload from job A creates the artifact, stages blocks in order, commits them and finalizes', async () => {
    const src = workspaceFor('src')
    writeFileSync(join(src, 'big.bin'), big)
    writeFileSync(join(src, 'capsule.txt'), text)
    const mark = server.requests.length

    const res = await probe(jobA, 'upload', {
      name: 'report',
      files: [join(src, 'big.bin'), join(src, 'capsule.txt')],
      root: src
    })

    expect(res.code, res.stdout).toBe(0)
    uploadedId = res.result.id
    const calls = requestsSince(mark).map(
      (r) =>
        `${r.method} ${r.path.split('?')[0]} ${new URL(r.path, server.origin).searchParams.get('comp') ?? ''} ${r.status}`
    )
    const create = calls.findIndex((c) => c.includes('/CreateArtifact'))
    const blocks = calls.flatMap((c, i) => (c.includes(' block 201') ? [i] : []))
    const commit = calls.findIndex((c) => c.includes(' blocklist 201'))
    const finalize = calls.findIndex((c) => c.includes('/FinalizeArtifact'))
    expect(create).toBeGreaterThanOrEqual(0)
    expect(blocks.length).toBeGreaterThanOrEqual(2)
    expect(Math.min(...blocks)).toBeGreaterThan(create)
    expect(commit).toBeGreaterThan(Math.max(...blocks))
    expect(finalize).toBeGreaterThan(commit)

    const stored = store.artifacts().find((a) => a.id === uploadedId)!
    expect(stored).toMatchObject({
      name: 'report',
      finalized: true,
      workflowRunId: RUN1.workflowRunId,
      jobBackendId: JOB_A
    })
    expect(stored.bytes!.subarray(0, 2).toString('latin1')).toBe('PK')
    expect(stored.size).toBe(stored.bytes!.length)
    expect(stored.digest).toBe(`sha256:${sha256(stored.bytes!)}`)
    expect(res.result.digest).toBe(sha256(stored.bytes!))
  })

  test('job B of the same run lists the artifact and downloads byte-identical files by id', async () => {
    const listed = await probe(jobB, 'list', {})
    expect(listed.code, listed.stdout).toBe(0)
    expect(listed.result.artifacts).toEqual([
      expect.objectContaining({ id: uploadedId, name: 'report', digest: expect.stringMatching(/^sha256:/) })
    ])

    const dest = workspaceFor('dest-b')
    const res = await probe(jobB, 'download', { id: uploadedId, path: dest })
    expect(res.code, res.stdout).toBe(0)
    expect(sha256(readFileSync(join(dest, 'big.bin')))).toBe(sha256(big))
    expect(readFileSync(join(dest, 'capsule.txt'))).toEqual(text)
  })

  test('a later run finds and downloads the artifact cross-run through the REST endpoints and a 302', async () => {
    const mark = server.requests.length
    const got = await probe(laterRun, 'get', { name: 'report', findBy })
    expect(got.code, got.stdout).toBe(0)
    expect(got.result.artifact).toMatchObject({ id: uploadedId, name: 'report' })

    const dest = workspaceFor('dest-run2')
    const res = await probe(laterRun, 'download', { id: uploadedId, path: dest, findBy })
    expect(res.code, res.stdout).toBe(0)
    expect(sha256(readFileSync(join(dest, 'big.bin')))).toBe(sha256(big))
    expect(readFileSync(join(dest, 'capsule.txt'))).toEqual(text)

    const seen = requestsSince(mark)
    expect(
      seen.some(
        (r) =>
          r.path.startsWith(`/repos/${OWNER}/${REPO}/actions/runs/${RUN1.workflowRunId}/artifacts?`) && r.status === 200
      )
    ).toBe(true)
    expect(seen.find((r) => r.path === `/repos/${OWNER}/${REPO}/actions/artifacts/${uploadedId}/zip`)?.status).toBe(302)
    expect(seen.some((r) => r.method === 'GET' && r.path.startsWith('/artifact-blobs/') && r.status === 200)).toBe(true)
    expect(seen.filter((r) => r.path.startsWith('/twirp/'))).toEqual([])
  })

  test('a second upload with the same name in the run fails with a conflict naming the artifact', async () => {
    const src = workspaceFor('dup')
    writeFileSync(join(src, 'again.txt'), 'again')
    const res = await probe(jobB, 'upload', { name: 'report', files: [join(src, 'again.txt')], root: src })
    expect(res.code).toBe(1)
    expect(res.outputs['error']).toMatch(
      /\(409\) Conflict: an artifact with this name already exists on the workflow run: report/
    )
    expect(store.artifacts().filter((a) => a.name === 'report' && a.runBackendId === RUN1.runBackendId)).toHaveLength(1)
  })

  test('an injected 403 on CreateArtifact makes the upload fail quickly without storing anything', async () => {
    server.injectFault({
      method: 'POST',
      path: new RegExp(`${TWIRP}/CreateArtifact$`),
      fault: { kind: 'status', status: 403, body: { code: 'permission_denied', msg: 'injected denial' } }
    })
    const src = workspaceFor('denied')
    writeFileSync(join(src, 'x.txt'), 'x')
    const res = await probe(jobA, 'upload', { name: 'denied', files: [join(src, 'x.txt')], root: src })
    expect(res.code).toBe(1)
    expect(res.outputs['error']).toMatch(
      /Failed to CreateArtifact: Received non-retryable error: Failed request: \(403\).*injected denial/
    )
    expect(Number(res.outputs['elapsed-ms'])).toBeLessThan(5000)
    expect(store.artifacts().some((a) => a.name === 'denied')).toBe(false)
  })

  test('an injected 404 on the blob GET fails the download after the client gives up, writing no file', async () => {
    // The client retries any failed blob GET 5 times with a fixed 5 s sleep; the probe shortens that sleep.
    server.injectFault({
      method: 'GET',
      path: /^\/artifact-blobs\//,
      times: 5,
      fault: { kind: 'status', status: 404, body: 'BlobNotFound' }
    })
    const dest = workspaceFor('dest-404')
    const mark = server.requests.length
    const res = await probe(jobB, 'download', { id: uploadedId, path: dest }, { ARTIFACT_PROBE_RETRY_SLEEP_MS: '20' })
    expect(res.code).toBe(1)
    expect(res.outputs['error']).toMatch(
      /Unable to download and extract artifact: Artifact download failed after 5 retries/
    )
    expect(
      requestsSince(mark)
        .filter((r) => r.path.startsWith('/artifact-blobs/'))
        .map((r) => r.status)
    ).toEqual([404, 404, 404, 404, 404])
    expect(Number(res.outputs['elapsed-ms'])).toBeLessThan(5000)
    expect(() => readFileSync(join(dest, 'capsule.txt'))).toThrow()
  })

  test('an injected 403 on the REST zip endpoint fails a cross-run download at once', async () => {
    server.injectFault({
      method: 'GET',
      path: /\/actions\/artifacts\/\d+\/zip$/,
      fault: { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration' } }
    })
    const res = await probe(laterRun, 'download', { id: uploadedId, path: workspaceFor('dest-403'), findBy })
    expect(res.code).toBe(1)
    expect(res.outputs['error']).toMatch(/Resource not accessible by integration/)
    expect(Number(res.outputs['elapsed-ms'])).toBeLessThan(5000)
  })

  test('blob URLs the service did not issue, or used beyond their permission, are refused with 403', async () => {
    const signed = new URL(
      (await rest(`/repos/${OWNER}/${REPO}/actions/artifacts/${uploadedId}/zip`)).headers.get('location')!
    )
    expect((await fetch(signed)).status).toBe(200)

    const forged = new URL(signed)
    forged.searchParams.set('sig', 'A'.repeat(43))
    const res = await fetch(forged)
    expect(res.status).toBe(403)
    expect(res.headers.get('x-ms-error-code')).toBe('AuthenticationFailed')

    const unsigned = new URL(signed)
    unsigned.search = ''
    expect((await fetch(unsigned)).status).toBe(403)

    const write = await fetch(new URL(`${signed.toString()}&comp=block&blockid=AAAA`), {
      method: 'PUT',
      body: 'overwrite'
    })
    expect(write.status).toBe(403)
  })

  test('Twirp calls without a usable runtime token are answered 401 with Twirp error JSON', async () => {
    const body = JSON.stringify({ workflow_run_backend_id: RUN1.runBackendId, workflow_job_run_backend_id: JOB_A })
    const missing = await fetch(`${server.origin}${TWIRP}/ListArtifacts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body
    })
    expect(missing.status).toBe(401)
    expect(await missing.json()).toMatchObject({ code: 'unauthenticated' })

    const garbled = await fetch(`${server.origin}${TWIRP}/ListArtifacts`, {
      method: 'POST',
      headers: { authorization: 'Bearer not.a-jwt', 'content-type': 'application/json' },
      body
    })
    expect(garbled.status).toBe(401)

    const otherRun = makeRuntimeToken({ runBackendId: RUN2.runBackendId, jobBackendId: JOB_A })
    const crossed = await fetch(`${server.origin}${TWIRP}/ListArtifacts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${otherRun}` },
      body
    })
    expect(crossed.status).toBe(403)

    const ok = await fetch(`${server.origin}${TWIRP}/ListArtifacts`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${makeRuntimeToken({ runBackendId: RUN1.runBackendId, jobBackendId: JOB_B })}`
      },
      body: JSON.stringify({
        workflow_run_backend_id: RUN1.runBackendId,
        workflow_job_run_backend_id: JOB_B,
        id_filter: String(uploadedId)
      })
    })
    const listed = (await ok.json()) as { artifacts: Array<Record<string, unknown>> }
    expect(listed.artifacts).toEqual([
      expect.objectContaining({
        database_id: String(uploadedId),
        size: expect.stringMatching(/^\d+$/),
        created_at: expect.stringMatching(/Z$/),
        workflow_job_run_backend_id: JOB_A
      })
    ])
  })

  test('an artifact past its retention is listed as expired and can no longer be downloaded', async () => {
    const src = workspaceFor('short')
    writeFileSync(join(src, 'short.txt'), 'short-lived')
    const up = await probe(jobA, 'upload', {
      name: 'short-lived',
      files: [join(src, 'short.txt')],
      root: src,
      retentionDays: 1
    })
    expect(up.code, up.stdout).toBe(0)
    const stored = store.artifacts().find((a) => a.id === up.result.id)!
    expect(Math.abs(stored.expiresAt.getTime() - Date.now() - 24 * 3600 * 1000)).toBeLessThan(60_000)

    clockOffset = 2 * 24 * 3600 * 1000
    const meta = (await (await rest(`/repos/${OWNER}/${REPO}/actions/artifacts/${up.result.id}`)).json()) as {
      expired: boolean
    }
    expect(meta.expired).toBe(true)
    expect((await rest(`/repos/${OWNER}/${REPO}/actions/artifacts/${up.result.id}/zip`)).status).toBe(410)

    const inRun = await probe(jobB, 'download', { id: up.result.id, path: workspaceFor('dest-exp') })
    expect(inRun.code).toBe(1)
    expect(inRun.outputs['error']).toMatch(/ArtifactNotFoundError: No artifacts found for ID/)

    const crossRun = await probe(laterRun, 'download', { id: up.result.id, path: workspaceFor('dest-exp2'), findBy })
    expect(crossRun.code).toBe(1)
    expect(crossRun.outputs['error']).toMatch(/Artifact has expired/)
  })

  test('REST artifact bodies match the OpenAPI artifact schema and the list pages newest first with Link headers', async () => {
    const single = await (await rest(`/repos/${OWNER}/${REPO}/actions/artifacts/${uploadedId}`)).json()
    expect(
      validateResponse('GET', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}', 200, single).errors
    ).toEqual([])
    expect(single).toMatchObject({ id: uploadedId, workflow_run: { id: RUN1.workflowRunId, head_branch: 'main' } })

    const page1 = await rest(`/repos/${OWNER}/${REPO}/actions/artifacts?per_page=1`)
    const body1 = (await page1.json()) as { total_count: number; artifacts: Array<{ id: number; name: string }> }
    expect(body1.total_count).toBe(2)
    expect(body1.artifacts.map((a) => a.name)).toEqual(['short-lived'])
    expect(validateResponse('GET', '/repos/{owner}/{repo}/actions/artifacts', 200, body1).errors).toEqual([])
    const link = page1.headers.get('link')!
    expect(link).toMatch(/[?&]page=2[^>]*>; rel="next"/)
    const next = /<([^>]+)>; rel="next"/.exec(link)![1]!
    const body2 = (await (await rest(new URL(next).pathname + new URL(next).search)).json()) as {
      artifacts: Array<{ name: string }>
    }
    expect(body2.artifacts.map((a) => a.name)).toEqual(['report'])

    const byName = (await (
      await rest(`/repos/${OWNER}/${REPO}/actions/runs/${RUN1.workflowRunId}/artifacts?name=report`)
    ).json()) as { total_count: number }
    expect(byName.total_count).toBe(1)
    expect((await fetch(`${server.origin}/repos/${OWNER}/${REPO}/actions/artifacts`)).status).toBe(401)
  })

  test('deleting an artifact over REST answers 204 and removes it from both APIs', async () => {
    const del = await rest(`/repos/${OWNER}/${REPO}/actions/artifacts/${uploadedId}`, { method: 'DELETE' })
    expect(del.status).toBe(204)
    expect((await rest(`/repos/${OWNER}/${REPO}/actions/artifacts/${uploadedId}`)).status).toBe(404)
    const listed = await probe(jobB, 'list', {})
    expect(listed.result.artifacts.map((a: { name: string }) => a.name)).not.toContain('report')
  })
})
