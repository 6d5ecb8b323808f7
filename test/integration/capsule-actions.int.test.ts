/**
 * capsule-load and capsule-update as GitHub runs them: the committed ncc bundles run as
 * processes with a runner's env, against the artifact service + REST stand-in on 127.0.0.1,
 * through the real `@actions/artifact` client. Nothing here imports the action code; core is
 * used only to forge capsules and to check what the actions wrote.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import {
  capsuleDigest,
  formatCapsule,
  openCapsule,
  parseCapsuleText,
  parseEncryptionKey,
  parseKey,
  signCapsule,
  type Capsule
} from '../../packages/core/src/capsule/index.js'
import type { StoredArtifact } from '../support/artifact-service.js'
import { readCapsule } from '../support/capsule-file.js'
import type { ActionResult } from '../support/runner-env.js'
import { annotations, expectOk } from '../support/step-result.js'
import { LocalJob, startLocalGitHub, type JobOptions, type LocalGitHub } from '../support/workflow.js'

const WORKFLOW = 'HEE CI Monitoring and Auto-Fix'
const FILE = 'hee-state-capsule.json'
const TOKEN = 'ghs_capsule_actions_test'

function ed25519(): { privatePem: string; publicPem: string; bodyLine: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  const bodyLine = privatePem.split('\n').find((l) => l && !l.startsWith('-----'))!
  return { privatePem, publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), bodyLine }
}

const KEY = ed25519()
const OTHER_KEY = ed25519()
const HMAC = `hmac-${randomBytes(24).toString('hex')}`
const OTHER_HMAC = `hmac-${randomBytes(24).toString('hex')}`
const ENC_KEY = randomBytes(32).toString('hex')

let repoSeq = 0

/** One repository of its own per test, so tests sharing a stand-in never see each other's artifacts. */
class Repo {
  readonly name = `hee-it/repo-${++repoSeq}`
  constructor(readonly gh: LocalGitHub) {}

  job(runId: number, name: string, more: Partial<JobOptions> = {}): LocalJob {
    return new LocalJob({ gh: this.gh, repository: this.name, workflow: WORKFLOW, runId, job: name, ...more })
  }

  /** Finalized artifacts of this repository, oldest first, with their committed bytes. */
  artifacts(): StoredArtifact[] {
    return this.gh.artifacts.artifacts().filter((a) => a.repository === this.name && a.finalized)
  }

  artifact(name: string): StoredArtifact {
    const found = this.artifacts().filter((a) => a.name === name)
    expect(found, `artifacts named ${name}`).toHaveLength(1)
    return found[0]!
  }
}

function capsulePath(job: LocalJob): string {
  return job.capsuleFile
}

function expectFailure(r: ActionResult, message: RegExp | string): string {
  expect(r.code).toBe(1)
  const errors = annotations(r, 'error')
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(message)
  return errors[0]!
}

/** A plant directory holding one capsule file, ready for LocalJob.uploadRaw. */
function plant(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hee-plant-'))
  const file = join(dir, FILE)
  writeFileSync(file, text)
  return file
}

const sign = (k: { privatePem: string }) => ({ 'signing-key': k.privatePem })
const update = (u: object) => ({ update: JSON.stringify(u) })

/** Job A of run `runId` makes v2 (degraded) and uploads it; returns the job and its file text. */
async function seedV2(repo: Repo, runId = 1): Promise<{ job: LocalJob; text: string; result: ActionResult }> {
  const job = repo.job(runId, 'monitor')
  const result = await job.step('capsule-update', { ...sign(KEY), status: 'degraded' })
  expectOk(result)
  expect(result.outputs['artifact-name']).toBe('hee-state-capsule-v2')
  return { job, text: readFileSync(capsulePath(job), 'utf8'), result }
}

/** Signed v3 that follows `v2text`, written by another job without uploading it. */
async function localV3(repo: Repo, v2text: string, runId = 1): Promise<string> {
  const job = repo.job(runId, 'forge')
  writeFileSync(capsulePath(job), v2text)
  expectOk(await job.step('capsule-update', { ...sign(KEY), status: 'operational', upload: 'false' }))
  return readFileSync(capsulePath(job), 'utf8')
}

describe('a capsule travels between jobs and runs', () => {
  let gh: LocalGitHub
  beforeAll(async () => {
    gh = await startLocalGitHub()
  })
  afterAll(async () => gh.stop())

  test('job A updates and uploads, job B loads it with the public key, and a later run loads it across runs', async () => {
    const repo = new Repo(gh)

    // Run 1, job A: nothing yet; capsule-update starts a capsule and moves it to degraded.
    const a = repo.job(1, 'monitor')
    const up = await a.step('capsule-update', { ...sign(KEY), ...update({ status: 'degraded', last_run_id: 1 }) })
    expectOk(up)
    expect(up.outputs).toMatchObject({
      'capsule-path': capsulePath(a),
      version: '2',
      status: 'degraded',
      'artifact-name': 'hee-state-capsule-v2'
    })
    const stored = repo.artifact('hee-state-capsule-v2')
    expect(up.outputs['artifact-id']).toBe(String(stored.id))
    expect(stored.workflowRunId).toBe(1)
    const fileA = readCapsule(capsulePath(a))
    expect(up.outputs['digest']).toBe(capsuleDigest(fileA))
    expect(fileA.signature?.alg).toBe('Ed25519')

    // Run 1, job B: another machine, only the public key.
    const b = repo.job(1, 'auto-fix')
    const load = await b.step('capsule-load', { source: 'run', 'verify-key': KEY.publicPem })
    expectOk(load)
    expect(load.outputs).toMatchObject({
      found: 'true',
      version: '2',
      status: 'degraded',
      'fallback-used': 'false',
      'source-run-id': '1',
      'capsule-path': capsulePath(b)
    })
    expect(capsuleDigest(readCapsule(capsulePath(b)))).toBe(up.outputs['digest'])
    expect(readFileSync(capsulePath(b), 'utf8')).toBe(readFileSync(capsulePath(a), 'utf8'))
    expect(load.summary).toContain('degraded')

    // Run 2: only earlier runs, over REST.
    const c = repo.job(2, 'monitor')
    const later = await c.step('capsule-load', { source: 'latest', 'verify-key': KEY.publicPem, 'github-token': TOKEN })
    expectOk(later)
    expect(later.outputs).toMatchObject({ found: 'true', version: '2', 'source-run-id': '1', 'fallback-used': 'false' })
    expect(capsuleDigest(readCapsule(capsulePath(c)))).toBe(up.outputs['digest'])
  })

  test('auto source takes an earlier run’s capsule while this run has none, then this run’s newer one', async () => {
    const repo = new Repo(gh)
    const { text: v2text } = await seedV2(repo, 1)

    const first = repo.job(2, 'monitor')
    const early = await first.step('capsule-load', { 'verify-key': KEY.publicPem, 'github-token': TOKEN })
    expectOk(early)
    expect(early.outputs).toMatchObject({ found: 'true', version: '2', 'source-run-id': '1' })
    const up = await first.step('capsule-update', { ...sign(KEY), status: 'operational' })
    expectOk(up)
    expect(up.outputs).toMatchObject({ version: '3', status: 'operational', 'artifact-name': 'hee-state-capsule-v3' })
    expect(readCapsule(capsulePath(first)).previous_digest).toBe(capsuleDigest(parseCapsuleText(v2text, 'v2')))

    const second = repo.job(2, 'report')
    const load = await second.step('capsule-load', { 'verify-key': KEY.publicPem, 'github-token': TOKEN })
    expectOk(load)
    expect(load.outputs).toMatchObject({
      found: 'true',
      version: '3',
      status: 'operational',
      'source-run-id': '2',
      'fallback-used': 'false'
    })
    expect(capsuleDigest(readCapsule(capsulePath(second)))).toBe(up.outputs['digest'])
  })
})

/** Changes the last digit of the year in `updated_at`: same length, still valid JSON and schema. */
function flipOneByte(text: string): string {
  const at = text.indexOf('"updated_at": "') + '"updated_at": "'.length + 3
  const digit = text[at]!
  const other = digit === '9' ? '8' : String(Number(digit) + 1)
  return text.slice(0, at) + other + text.slice(at + 1)
}

describe('bad input ends in a clear message and loses nothing', () => {
  let gh: LocalGitHub
  beforeAll(async () => {
    gh = await startLocalGitHub()
  })
  afterAll(async () => gh.stop())
  afterEach(() => gh.server.clearFaults())

  test('a newest capsule with one byte changed is rejected by name and the previous version is used', async () => {
    const repo = new Repo(gh)
    const { job: a, text: v2text } = await seedV2(repo)
    const v3text = await localV3(repo, v2text)
    const tampered = flipOneByte(v3text)
    expect(tampered).not.toBe(v3text)
    expect(tampered.length).toBe(v3text.length)
    await a.uploadRaw('hee-state-capsule-v3', plant(tampered))
    const v2bytes = repo.artifact('hee-state-capsule-v2').bytes

    const b = repo.job(1, 'auto-fix')
    const r = await b.step('capsule-load', { source: 'run', 'verify-key': KEY.publicPem })
    expectOk(r)
    expect(r.outputs).toMatchObject({
      found: 'true',
      version: '2',
      'fallback-used': 'true',
      'source-run-id': '1',
      status: 'degraded'
    })
    const warnings = annotations(r, 'warning')
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^capsule hee-state-capsule-v3 \(run 1\) was rejected: signature does not match \(key id [0-9a-f]{16}\)/
      )
    )
    expect(warnings).toContainEqual('using capsule version 2 from run 1: 1 newer capsule(s) failed verification')
    expect(readFileSync(capsulePath(b), 'utf8')).toBe(v2text)
    expect(repo.artifact('hee-state-capsule-v2').bytes).toEqual(v2bytes)
  })

  test('a truncated newest capsule is rejected with the truncation reason and the previous version is used', async () => {
    const repo = new Repo(gh)
    const { job: a, text: v2text } = await seedV2(repo)
    const v3text = await localV3(repo, v2text)
    await a.uploadRaw('hee-state-capsule-v3', plant(v3text.slice(0, Math.floor(v3text.length / 2))))

    const b = repo.job(1, 'auto-fix')
    const r = await b.step('capsule-load', { source: 'run', 'verify-key': KEY.publicPem })
    expectOk(r)
    expect(r.outputs).toMatchObject({ found: 'true', version: '2', 'fallback-used': 'true' })
    expect(annotations(r, 'warning')).toContainEqual(
      expect.stringMatching(
        /^capsule hee-state-capsule-v3 \(run 1\) was rejected: capsule hee-state-capsule-v3 is truncated: JSON ends at byte \d+/
      )
    )
    expect(readFileSync(capsulePath(b), 'utf8')).toBe(v2text)
  })

  test.each([
    { kind: 'a different Ed25519 public key', signer: KEY.privatePem, verifier: OTHER_KEY.publicPem },
    { kind: 'a different HMAC secret', signer: HMAC, verifier: OTHER_HMAC }
  ])(
    'loading with $kind fails because no capsule verifies, and writes no capsule file',
    async ({ signer, verifier }) => {
      const repo = new Repo(gh)
      const a = repo.job(1, 'monitor')
      expectOk(await a.step('capsule-update', { 'signing-key': signer, status: 'degraded' }))
      const before = repo.artifact('hee-state-capsule-v2').bytes

      const b = repo.job(1, 'auto-fix')
      const r = await b.step('capsule-load', { source: 'run', 'verify-key': verifier })
      expectFailure(
        r,
        /^none of the 1 capsule\(s\) found passed verification \(first reason: no verification key has key id [0-9a-f]{16} .*\) \(check `verify-key`/
      )
      expect(existsSync(capsulePath(b))).toBe(false)
      expect(r.outputs['capsule-path']).toBeUndefined()
      expect(repo.artifact('hee-state-capsule-v2').bytes).toEqual(before)
    }
  )

  test('a missing key fails capsule-load naming `verify-key` and capsule-update naming `signing-key`', async () => {
    const repo = new Repo(gh)
    const a = repo.job(1, 'monitor')
    expectFailure(
      await a.step('capsule-load', { source: 'run' }),
      /^input `verify-key` is empty: capsules are verified before use/
    )
    expectFailure(
      await a.step('capsule-update', { status: 'degraded' }),
      /^input `signing-key` is empty: capsules are signed/
    )
    expect(existsSync(capsulePath(a))).toBe(false)
    expect(repo.artifacts()).toEqual([])
  })

  test('a missing update-file fails with one line naming the input and the file; the stack only in debug', async () => {
    const repo = new Repo(gh)
    const a = repo.job(1, 'monitor')
    for (const debug of [{}, { RUNNER_DEBUG: '1' }] as Record<string, string>[]) {
      const r = await a.step('capsule-update', { ...sign(KEY), 'update-file': 'no/update.json' }, debug)
      const line = expectFailure(r, /^input `update-file`: cannot read \S+\/no\/update\.json: no such file/)
      expect(line).not.toMatch(/internal error|ENOENT|\bat /)
      expect(r.stdout).not.toMatch(/^\s+at /m)
    }
    expect(existsSync(capsulePath(a))).toBe(false)
    expect(repo.artifacts()).toEqual([])
  })

  test('a malformed key fails naming its input, without showing the key', async () => {
    const repo = new Repo(gh)
    const a = repo.job(1, 'monitor')
    const r = await a.step('capsule-update', { status: 'degraded', 'signing-key': 'too-short' })
    expectFailure(r, /^input `signing-key`: HMAC secret is too short/)
    const e = await a.step('capsule-update', { ...sign(KEY), status: 'degraded', 'encryption-key': 'not-a-key' })
    expectFailure(e, /^input `encryption-key`: /)
    expect(`${e.stdout}${e.stderr}`.replace(/::add-mask::.*/g, '')).not.toContain('not-a-key')
    expect(existsSync(capsulePath(a))).toBe(false)
  })

  test('a correctly signed capsule whose body breaks the schema is rejected with the JSON path of the problem', async () => {
    const repo = new Repo(gh)
    const { job: a, text: v2text } = await seedV2(repo)
    const v2 = parseCapsuleText(v2text, 'v2')
    const forged: Capsule = { ...structuredClone(v2), version: 3, previous_digest: capsuleDigest(v2) }
    ;(forged.body.monitoring_state as { current_status: string }).current_status = 'broken'
    await a.uploadRaw('hee-state-capsule-v3', plant(formatCapsule(signCapsule(forged, parseKey(KEY.privatePem)))))

    const b = repo.job(1, 'auto-fix')
    const r = await b.step('capsule-load', { source: 'run', 'verify-key': KEY.publicPem })
    expectOk(r)
    expect(r.outputs).toMatchObject({ found: 'true', version: '2', 'fallback-used': 'true', status: 'degraded' })
    expect(annotations(r, 'warning')).toContainEqual(
      expect.stringMatching(
        /^capsule hee-state-capsule-v3 \(run 1\) was rejected: .*\/body\/monitoring_state\/current_status must be one of operational, degraded, failed, maintenance/
      )
    )
    expect(readFileSync(capsulePath(b), 'utf8')).toBe(v2text)
  })

  test('an illegal transition fails capsule-update, leaves the capsule file byte-identical and uploads nothing', async () => {
    const repo = new Repo(gh)
    const a = repo.job(1, 'monitor')
    expectOk(await a.step('capsule-update', { ...sign(KEY), ...update({ last_run_id: 1 }) }))
    const before = readFileSync(capsulePath(a))
    const artifactsBefore = repo.artifacts().map((x) => x.name)
    expect(artifactsBefore).toEqual(['hee-state-capsule-v2'])

    const r = await a.step('capsule-update', { ...sign(KEY), status: 'failed' })
    expectFailure(
      r,
      /^illegal status transition operational → failed; from operational the allowed next states are: degraded, maintenance \(go through degraded first\)/
    )
    expect(r.outputs).toEqual({})
    expect(readFileSync(capsulePath(a))).toEqual(before)
    expect(readdirSync(a.tempDir).filter((f) => f.startsWith('hee-state-capsule'))).toEqual([FILE])
    expect(repo.artifacts().map((x) => x.name)).toEqual(artifactsBefore)
  })

  test('an artifact named v9 that holds a validly signed v2 is rejected as a replay', async () => {
    const repo = new Repo(gh)
    const { job: a, text: v2text } = await seedV2(repo)
    await a.uploadRaw('hee-state-capsule-v9', plant(v2text))

    const b = repo.job(1, 'auto-fix')
    const r = await b.step('capsule-load', { source: 'run', 'verify-key': KEY.publicPem })
    expectOk(r)
    expect(r.outputs).toMatchObject({ found: 'true', version: '2', 'fallback-used': 'true' })
    expect(annotations(r, 'warning')).toContainEqual(
      'capsule hee-state-capsule-v9 (run 1) was rejected: artifact hee-state-capsule-v9 holds capsule version 2, not 9: refusing a replayed capsule'
    )
    expect(readFileSync(capsulePath(b), 'utf8')).toBe(v2text)
  })

  test('a job already holding v3 refuses the older v2 from the artifacts and keeps its v3 byte for byte', async () => {
    const repo = new Repo(gh)
    const { text: v2text } = await seedV2(repo)
    const v3text = await localV3(repo, v2text)
    const j = repo.job(1, 'auto-fix')
    writeFileSync(capsulePath(j), v3text)

    const r = await j.step('capsule-load', { source: 'run', 'verify-key': KEY.publicPem })
    expectOk(r)
    expect(r.outputs).toMatchObject({ found: 'true', version: '3', status: 'operational' })
    expect(annotations(r, 'warning')).toContainEqual(
      expect.stringMatching(
        /^capsule hee-state-capsule-v2 \(run 1\) was rejected: capsule version 2 is not newer than version 3 already seen: refusing a replayed or stale capsule/
      )
    )
    expect(readFileSync(capsulePath(j), 'utf8')).toBe(v3text)
  })

  test('with no capsule anywhere capsule-load starts a fresh operational one, and fail-on-missing turns that into an error', async () => {
    const repo = new Repo(gh)
    const a = repo.job(1, 'monitor')
    const fresh = await a.step('capsule-load', { 'verify-key': KEY.privatePem, 'github-token': TOKEN })
    expectOk(fresh)
    expect(fresh.outputs).toMatchObject({
      found: 'false',
      version: '1',
      status: 'operational',
      'fallback-used': 'false'
    })
    expect(annotations(fresh, 'notice')).toContain(
      'no usable capsule found: starting a fresh operational capsule (version 1)'
    )
    const written = readCapsule(capsulePath(a))
    expect(written.version).toBe(1)
    expect(openCapsule(written, { verifyKeys: [parseKey(KEY.publicPem)], requireSignature: true }).keyId).not.toBeNull()

    const b = repo.job(1, 'verify-only')
    const unwritten = await b.step('capsule-load', { 'verify-key': KEY.publicPem, 'github-token': TOKEN })
    expectOk(unwritten)
    expect(unwritten.outputs).toMatchObject({ found: 'false', version: '1' })
    expect(annotations(unwritten, 'notice')).toContainEqual(
      expect.stringMatching(/the verify key cannot sign: the fresh capsule is not written/)
    )
    expect(existsSync(capsulePath(b))).toBe(false)

    const c = repo.job(1, 'strict')
    const strict = await c.step('capsule-load', {
      'verify-key': KEY.publicPem,
      'github-token': TOKEN,
      'fail-on-missing': 'true'
    })
    expectFailure(strict, /^no capsule artifact named hee-state-capsule-v\* was found \(0 examined\)/)
    expect(existsSync(capsulePath(c))).toBe(false)
    expect(repo.artifacts()).toEqual([])
  })

  test('two jobs of one run updating the same version in parallel both land, in order: the loser builds on the winner’s version', async () => {
    const repo = new Repo(gh)
    const { text: v2 } = await seedV2(repo)
    const [b, c] = [repo.job(1, 'fix-rust'), repo.job(1, 'fix-node')]
    for (const j of [b, c]) writeFileSync(capsulePath(j), v2)
    const [rb, rc] = await Promise.all([
      b.step('capsule-update', {
        ...sign(KEY),
        ...update({ append_history: [{ pattern_id: 'PAT-RUST', success: true }] })
      }),
      c.step('capsule-update', {
        ...sign(KEY),
        ...update({ append_history: [{ pattern_id: 'PAT-NODE', success: true }] })
      })
    ])
    expectOk(rb)
    expectOk(rc)
    expect([rb.outputs['version'], rc.outputs['version']].sort()).toEqual(['3', '4'])
    expect(repo.artifacts().map((x) => x.name)).toEqual([
      'hee-state-capsule-v2',
      'hee-state-capsule-v3',
      'hee-state-capsule-v4'
    ])
    // v4 follows v3 and holds both jobs' entries: nothing the first job wrote was lost.
    const v3 = JSON.parse(
      await downloadCapsule(repo.job(1, 'read'), repo.artifact('hee-state-capsule-v3').id)
    ) as Capsule
    const last = [b, c].find((j) => readCapsule(capsulePath(j)).version === 4)!
    const v4 = readCapsule(capsulePath(last))
    expect(v4.previous_digest).toBe(capsuleDigest(v3))
    expect(v4.body.auto_fix_history.map((h) => h.pattern_id).sort()).toEqual(['PAT-NODE', 'PAT-RUST'])
    const load = await repo.job(1, 'report').step('capsule-load', { source: 'run', 'verify-key': KEY.publicPem })
    expectOk(load)
    expect(load.outputs).toMatchObject({ version: '4', 'fallback-used': 'false' })
  })

  test('a 403 on CreateArtifact fails capsule-update with “could not upload artifact …” and the previous artifact stays', async () => {
    const repo = new Repo(gh)
    const { job: a, result } = await seedV2(repo)
    const before = repo.artifact('hee-state-capsule-v2')

    gh.server.injectFault({
      method: 'POST',
      path: /\/CreateArtifact$/,
      fault: { kind: 'status', status: 403, body: { code: 'permission_denied', msg: 'injected: not allowed' } }
    })
    const r = await a.step('capsule-update', { ...sign(KEY), status: 'operational' })
    expectFailure(r, /^could not upload artifact hee-state-capsule-v3: .*403/)
    expect(repo.artifacts().map((x) => x.name)).toEqual(['hee-state-capsule-v2'])
    expect(repo.artifact('hee-state-capsule-v2').bytes).toEqual(before.bytes)

    // The run's other jobs still find the good v2.
    const b = repo.job(1, 'auto-fix')
    const load = await b.step('capsule-load', { source: 'run', 'verify-key': KEY.publicPem })
    expectOk(load)
    expect(load.outputs).toMatchObject({ found: 'true', version: '2', 'fallback-used': 'false' })
    expect(capsuleDigest(readCapsule(capsulePath(b)))).toBe(result.outputs['digest'])
  })

  test('a 4xx on ListArtifacts fails capsule-load clearly and writes no capsule file', async () => {
    const repo = new Repo(gh)
    await seedV2(repo)
    gh.server.injectFault({
      method: 'POST',
      path: /\/ListArtifacts$/,
      fault: { kind: 'status', status: 401, body: { code: 'unauthenticated', msg: 'injected: token expired' } }
    })
    const b = repo.job(1, 'auto-fix')
    const r = await b.step('capsule-load', { source: 'run', 'verify-key': KEY.publicPem })
    expectFailure(r, /^could not list the artifacts of this run: .*401/)
    expect(existsSync(capsulePath(b))).toBe(false)
  })

  test('a single 500 on ListArtifacts is retried by the client and capsule-load still succeeds', async () => {
    const repo = new Repo(gh)
    const { result } = await seedV2(repo)
    const mark = gh.server.requests.length
    gh.server.injectFault({
      method: 'POST',
      path: /\/ListArtifacts$/,
      times: 1,
      fault: { kind: 'status', status: 500 }
    })
    const b = repo.job(1, 'auto-fix')
    const r = await b.step('capsule-load', { source: 'run', 'verify-key': KEY.publicPem })
    expectOk(r)
    expect(r.outputs).toMatchObject({ found: 'true', version: '2' })
    expect(capsuleDigest(readCapsule(capsulePath(b)))).toBe(result.outputs['digest'])
    // The first listing failed once and was repeated; the download looks the artifact up again.
    const lists = gh.server.requests.slice(mark).filter((q) => q.path.endsWith('/ListArtifacts'))
    expect(lists.map((q) => q.status).slice(0, 2)).toEqual([500, 200])
    expect(lists.filter((q) => q.status !== 200)).toHaveLength(1)
    expect(r.stdout).toMatch(/Attempt 1 of \d+ failed with error: .*Retrying request/)
  })

  test.each([
    {
      action: 'capsule-update',
      input: 'retention-days',
      value: '0',
      message: /^input `retention-days`: expected a whole number from 1 to 400/
    },
    {
      action: 'capsule-load',
      input: 'source',
      value: 'sideways',
      message: /^input `source`: expected one of auto, run, latest/
    },
    {
      action: 'capsule-update',
      input: 'status',
      value: 'broken',
      message: /^input `status`: expected one of operational, degraded, failed, maintenance$/
    }
  ])(
    '$action with $input: $value fails naming the input and touches nothing',
    async ({ action, input, value, message }) => {
      const repo = new Repo(gh)
      const { job: a, text: v2text } = await seedV2(repo)
      const r = await a.step(action, { ...sign(KEY), 'verify-key': KEY.publicPem, [input]: value })
      expectFailure(r, message)
      expect(readFileSync(capsulePath(a), 'utf8')).toBe(v2text)
      expect(repo.artifacts().map((x) => x.name)).toEqual(['hee-state-capsule-v2'])
    }
  )
})

describe('secrets never reach the log', () => {
  let gh: LocalGitHub
  beforeAll(async () => {
    gh = await startLocalGitHub()
  })
  afterAll(async () => gh.stop())

  test('signing keys, HMAC secrets and the encryption key are masked and never printed, output or summarised', async () => {
    const steps: Array<{ label: string; r: ActionResult; given: string[] }> = []
    const run = async (label: string, job: LocalJob, action: string, inputs: Record<string, string>, ok: boolean) => {
      const r = await job.step(action, inputs)
      if (ok) expectOk(r)
      else expect(r.code, label).toBe(1)
      const given = [KEY.bodyLine, OTHER_KEY.bodyLine, HMAC, OTHER_HMAC, ENC_KEY].filter((s) =>
        Object.values(inputs).some((v) => v.includes(s))
      )
      steps.push({ label, r, given })
    }

    const hmacRepo = new Repo(gh)
    const a = hmacRepo.job(1, 'monitor')
    await run('hmac update', a, 'capsule-update', { 'signing-key': HMAC, status: 'degraded' }, true)
    const b = hmacRepo.job(1, 'auto-fix')
    await run('hmac load', b, 'capsule-load', { source: 'run', 'verify-key': HMAC, 'encryption-key': ENC_KEY }, true)
    await run(
      'hmac update encrypted',
      b,
      'capsule-update',
      {
        'signing-key': HMAC,
        'encryption-key': ENC_KEY,
        'sensitive-fields': '/monitoring_state/hee_specific',
        ...update({ hee_specific: { spec_coverage: 12.5 } })
      },
      true
    )
    await run(
      'hmac recovery',
      b,
      'capsule-update',
      { 'signing-key': HMAC, status: 'operational', upload: 'false' },
      true
    )
    await run('hmac illegal transition', b, 'capsule-update', { 'signing-key': HMAC, status: 'failed' }, false)
    const c = hmacRepo.job(1, 'intruder')
    await run('wrong hmac load', c, 'capsule-load', { source: 'run', 'verify-key': OTHER_HMAC }, false)

    const edRepo = new Repo(gh)
    const d = edRepo.job(1, 'monitor')
    await run('ed25519 fresh load', d, 'capsule-load', { 'verify-key': KEY.privatePem, 'github-token': TOKEN }, true)
    await run('ed25519 update', d, 'capsule-update', { 'signing-key': KEY.privatePem, status: 'maintenance' }, true)
    const e = edRepo.job(2, 'monitor')
    await run(
      'ed25519 wrong private key',
      e,
      'capsule-load',
      { 'verify-key': OTHER_KEY.privatePem, 'github-token': TOKEN },
      false
    )
    await run(
      'ed25519 update over a foreign capsule',
      d,
      'capsule-update',
      { 'signing-key': OTHER_KEY.privatePem, status: 'operational' },
      false
    )

    const secrets = [KEY.bodyLine, OTHER_KEY.bodyLine, HMAC, OTHER_HMAC, ENC_KEY]
    for (const { label, r, given } of steps) {
      expect(given.length, label).toBeGreaterThan(0)
      const lines = r.stdout.split('\n')
      const masks = lines.filter((l) => l.startsWith('::add-mask::'))
      for (const s of given)
        expect(masks, `${label}: the runner is told to mask what it was given`).toContain(`::add-mask::${s}`)
      const printed = [
        ...lines.filter((l) => !l.startsWith('::add-mask::')),
        r.stderr,
        r.summary,
        JSON.stringify(r.outputs)
      ].join('\n')
      for (const s of secrets) expect(printed.includes(s), `${label} printed a secret`).toBe(false)
    }
    for (const job of [a, b, c, d, e]) {
      if (!existsSync(capsulePath(job))) continue
      const text = readFileSync(capsulePath(job), 'utf8')
      for (const s of secrets) expect(text.includes(s)).toBe(false)
    }
  })
})

async function downloadCapsule(job: LocalJob, id: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'hee-download-'))
  mkdirSync(dir, { recursive: true })
  const r = await job.probe('download', { id, path: dir })
  expect(r.code).toBe(0)
  expect(readdirSync(dir)).toEqual([FILE])
  return readFileSync(join(dir, FILE), 'utf8')
}

describe('sensitive fields are encrypted at rest', () => {
  let gh: LocalGitHub
  beforeAll(async () => {
    gh = await startLocalGitHub()
  })
  afterAll(async () => gh.stop())

  const PLAIN = /87\.125|42\.375|63\.5|spec_coverage|prompt_coverage|decision_stability/
  const verifyKeys = [parseKey(KEY.publicPem)]

  test('the field is stored only as ciphertext, carried forward by a job without the key, and read back with it', async () => {
    const repo = new Repo(gh)
    const a = repo.job(1, 'monitor')
    const up = await a.step('capsule-update', {
      ...sign(KEY),
      'encryption-key': ENC_KEY,
      'sensitive-fields': '/monitoring_state/hee_specific',
      ...update({
        status: 'degraded',
        hee_specific: { spec_coverage: 87.125, prompt_coverage: 42.375, decision_stability: 63.5 }
      })
    })
    expectOk(up)
    const v2text = readFileSync(capsulePath(a), 'utf8')
    const inArtifact = await downloadCapsule(a, repo.artifact('hee-state-capsule-v2').id)
    expect(inArtifact).toBe(v2text)
    expect(v2text).not.toMatch(PLAIN)
    const v2 = parseCapsuleText(v2text, 'v2')
    expect(v2.encrypted?.fields).toEqual(['/monitoring_state/hee_specific'])
    expect(v2.body.monitoring_state.hee_specific).toBeUndefined()

    // Job B has no encryption key: it loads and updates, and the block travels on unchanged.
    const b = repo.job(1, 'auto-fix')
    const load = await b.step('capsule-load', { source: 'run', 'verify-key': KEY.publicPem })
    expectOk(load)
    expect(load.outputs).toMatchObject({ found: 'true', version: '2' })
    const up2 = await b.step('capsule-update', {
      ...sign(KEY),
      ...update({ status: 'operational', append_history: [{ pattern_id: 'PAT-001', success: true }] })
    })
    expectOk(up2)
    const v3text = readFileSync(capsulePath(b), 'utf8')
    expect(v3text).not.toMatch(PLAIN)
    const v3 = parseCapsuleText(v3text, 'v3')
    expect(v3.version).toBe(3)
    expect(v3.encrypted).toEqual(v2.encrypted)
    expect(v3.previous_digest).toBe(capsuleDigest(v2))
    expect(await downloadCapsule(b, repo.artifact('hee-state-capsule-v3').id)).toBe(v3text)

    // A later run with the key: capsule-load verifies and decrypts (the file stays sealed, as stored).
    const c = repo.job(2, 'monitor')
    const loaded = await c.step('capsule-load', {
      'verify-key': KEY.publicPem,
      'encryption-key': ENC_KEY,
      'github-token': TOKEN
    })
    expectOk(loaded)
    expect(loaded.outputs).toMatchObject({ found: 'true', version: '3', status: 'operational', 'source-run-id': '1' })
    const opened = openCapsule(readCapsule(capsulePath(c)), {
      verifyKeys,
      encryptionKey: parseEncryptionKey(ENC_KEY),
      requireSignature: true
    })
    expect(opened.decrypted).toBe(true)
    expect(opened.capsule.body.monitoring_state.hee_specific).toEqual({
      spec_coverage: 87.125,
      prompt_coverage: 42.375,
      decision_stability: 63.5
    })
    expect(opened.capsule.body.auto_fix_history.map((h) => h.pattern_id)).toEqual(['PAT-001'])

    // Updating with the key merges new values and keeps the field encrypted.
    const up3 = await c.step('capsule-update', {
      ...sign(KEY),
      'encryption-key': ENC_KEY,
      ...update({ hee_specific: { spec_coverage: 91.25 } })
    })
    expectOk(up3)
    const v4text = readFileSync(capsulePath(c), 'utf8')
    expect(v4text).not.toMatch(/91\.25|spec_coverage/)
    const v4 = openCapsule(parseCapsuleText(v4text, 'v4'), {
      verifyKeys,
      encryptionKey: parseEncryptionKey(ENC_KEY),
      requireSignature: true
    })
    expect(v4.capsule.version).toBe(4)
    expect(v4.capsule.body.monitoring_state.hee_specific).toEqual({
      spec_coverage: 91.25,
      prompt_coverage: 42.375,
      decision_stability: 63.5
    })
    expect(v4.capsule.previous_digest).toBe(capsuleDigest(v3))
  })
})

describe('junk artifacts with the capsule prefix', () => {
  let gh: LocalGitHub
  beforeAll(async () => {
    gh = await startLocalGitHub()
  })
  afterAll(async () => gh.stop())

  const junk = () => plant('{}')

  test('a flood of hee-state-capsule-v1000…v1004 from other workflows, branches and forks around a good v2: v2 loads, none is even downloaded', async () => {
    const repo = new Repo(gh)
    await repo.job(2, 'noise', { workflowFile: 'other.yml' }).uploadRaw('hee-state-capsule-v1', junk())
    const { result: seeded } = await seedV2(repo, 3)
    await repo.job(4, 'noise', { workflowFile: 'other.yml' }).uploadRaw('hee-state-capsule-v1000', junk())
    await repo.job(5, 'pr', { headBranch: 'feature/x' }).uploadRaw('hee-state-capsule-v1001', junk())
    const fork = repo.job(6, 'pr', { headRepository: 'mallory/app' })
    await fork.uploadRaw('hee-state-capsule-v1002', junk())
    const other = repo.job(7, 'noise', { workflowFile: 'other.yml' })
    await other.uploadRaw('hee-state-capsule-v1003', junk())
    await other.uploadRaw('hee-state-capsule-v1004', junk())
    const downloadsBefore = gh.server.requests.filter((r) => r.path.includes('/zip')).length

    const j = repo.job(8, 'monitor')
    const r = await j.step('capsule-load', {
      source: 'latest',
      'verify-key': KEY.publicPem,
      'github-token': TOKEN,
      'on-invalid': 'fresh'
    })

    expectOk(r)
    expect(r.outputs).toMatchObject({ found: 'true', version: '2', 'fallback-used': 'false', 'source-run-id': '3' })
    expect(capsuleDigest(readCapsule(capsulePath(j)))).toBe(seeded.outputs['digest'])
    expect(annotations(r, 'warning')).toEqual([])
    expect(r.stdout).toContain(`not a candidate: hee-state-capsule-v1002 (run 6): uploaded by a fork's run`)
    expect(r.stdout).toContain(
      'not a candidate: hee-state-capsule-v1001 (run 5): uploaded by a run of branch "feature/x"'
    )
    expect(r.stdout).toContain(
      'not a candidate: hee-state-capsule-v1004 (run 7): uploaded by a run of .github/workflows/other.yml, not .github/workflows/hee.yml'
    )
    // Only v2 was downloaded: one zip redirect.
    expect(gh.server.requests.filter((r) => r.path.includes('/zip')).length - downloadsBefore).toBe(1)
  })

  test('junk from the writing workflow itself, more of it than max-candidates, never costs the good v2 its place', async () => {
    const repo = new Repo(gh)
    const { result: seeded } = await seedV2(repo, 1)
    const noisy = repo.job(2, 'noise')
    for (let v = 1000; v <= 1006; v++) await noisy.uploadRaw(`hee-state-capsule-v${v}`, junk())

    const j = repo.job(3, 'monitor')
    const r = await j.step('capsule-load', {
      source: 'latest',
      'verify-key': KEY.publicPem,
      'github-token': TOKEN,
      'max-candidates': '5'
    })

    expectOk(r)
    expect(r.outputs).toMatchObject({ found: 'true', version: '2', 'fallback-used': 'true', 'source-run-id': '1' })
    expect(capsuleDigest(readCapsule(capsulePath(j)))).toBe(seeded.outputs['digest'])
    expect(annotations(r, 'warning').filter((w) => w.includes('was rejected'))).toHaveLength(7)
  })

  test('when the listing stops at its limit before a capsule verifies, on-invalid fresh fails instead of starting over', async () => {
    const repo = new Repo(gh)
    await seedV2(repo, 1)
    const noisy = repo.job(2, 'noise')
    for (let v = 1000; v <= 1004; v++) await noisy.uploadRaw(`hee-state-capsule-v${v}`, junk())

    const j = repo.job(3, 'monitor')
    const r = await j.step('capsule-load', {
      source: 'latest',
      'verify-key': KEY.publicPem,
      'github-token': TOKEN,
      'max-candidates': '1',
      'on-invalid': 'fresh'
    })

    expectFailure(r, /the search stopped at 4 candidate\(s\).*not starting fresh while older ones may verify/)
    expect(existsSync(capsulePath(j))).toBe(false)
  })
})

describe('a capsule download that trickles', () => {
  let gh: LocalGitHub
  beforeAll(async () => {
    gh = await startLocalGitHub()
  })
  afterAll(async () => gh.stop())

  /** The blob of `artifact` answers 200 and then a byte every 50 ms, for as long as it is read. */
  function trickle(artifact: StoredArtifact): string {
    const key = gh.artifacts.blobKey(artifact.id)!
    gh.server.injectFault({
      method: 'GET',
      path: new RegExp(`^/artifact-blobs/actions-results/${key}$`),
      times: Infinity,
      fault: { kind: 'trickle', head: 'P', chunk: 'K', intervalMs: 50 }
    })
    return `/artifact-blobs/actions-results/${key}?`
  }
  const load = (j: LocalJob, more: Record<string, string> = {}) =>
    j.step('capsule-load', {
      source: 'latest',
      'verify-key': KEY.publicPem,
      'github-token': TOKEN,
      'download-seconds': '1',
      ...more
    })

  test('the newest capsule trickling past download-seconds is cut off and the older good one is loaded, the summary saying which cap', async () => {
    const repo = new Repo(gh)
    const { text: v2text, result: v2 } = await seedV2(repo, 1)
    const writer = repo.job(2, 'monitor')
    writeFileSync(capsulePath(writer), v2text)
    expectOk(await writer.step('capsule-update', { ...sign(KEY), status: 'operational' }))
    const blob = trickle(repo.artifact('hee-state-capsule-v3'))

    const j = repo.job(3, 'monitor')
    const r = await load(j)

    // The blob was served, trickling (the artifact client's own 30 s silence limit never fires).
    expect(
      gh.server.requests.filter((q) => q.method === 'GET' && q.path.startsWith(blob)).map((q) => q.status)
    ).toEqual([200])
    expectOk(r)
    expect(r.outputs).toMatchObject({ found: 'true', version: '2', 'fallback-used': 'true', 'source-run-id': '1' })
    expect(capsuleDigest(readCapsule(capsulePath(j)))).toBe(v2.outputs['digest'])
    const note =
      'limit reached: artifact hee-state-capsule-v3 (run 2) was still downloading after 1 s (download-seconds); it was cut off and cannot be verified'
    expect(annotations(r, 'warning')).toEqual([
      `capsule hee-state-capsule-v3 (run 2) was rejected: ${note}`,
      'using capsule version 2 from run 1: 1 newer capsule(s) failed verification (1 of them cut off at download-seconds)'
    ])
    expect(r.summary).toContain('### Limits reached')
    expect(r.summary).toContain(
      '- limit reached: artifact hee-state-capsule-v3 (run 2) was still downloading after 1 s (download-seconds)'
    )
    // The cut-off download's own retries were not waited for.
    expect(r.stdout).toContain('1 download(s) cut off at their time limit are still unwinding; exiting now')
  })

  test('the only capsule trickling: capsule-load fails instead of starting fresh, even with on-invalid fresh', async () => {
    const repo = new Repo(gh)
    await seedV2(repo, 1)
    trickle(repo.artifact('hee-state-capsule-v2'))

    const j = repo.job(2, 'monitor')
    const r = await load(j, { 'on-invalid': 'fresh' })

    expectFailure(
      r,
      /no capsule verified and 1 could not be downloaded within 1 s \(hee-state-capsule-v2 of run 1\); not starting fresh while one of them may verify/
    )
    expect(existsSync(capsulePath(j))).toBe(false)
    expect(r.summary).toContain('### Limits reached')
    expect(r.summary).toContain('(download-seconds)')
  })

  test('capsule-update reading the version another job uploaded first stops at its download-seconds and fails on the conflict, the stored capsules untouched', async () => {
    const repo = new Repo(gh)
    const { text: v2 } = await seedV2(repo)
    const [winner, loser] = [repo.job(1, 'fix-rust'), repo.job(1, 'fix-node')]
    for (const j of [winner, loser]) writeFileSync(capsulePath(j), v2)
    expectOk(await winner.step('capsule-update', { ...sign(KEY), status: 'operational' }))
    const v3 = repo.artifact('hee-state-capsule-v3').bytes
    const blob = trickle(repo.artifact('hee-state-capsule-v3'))

    const r = await loser.step('capsule-update', { ...sign(KEY), status: 'operational', 'download-seconds': '1' })

    expectFailure(r, /artifact hee-state-capsule-v3 exists already in this run/)
    expect(annotations(r, 'warning')).toEqual([
      'capsule hee-state-capsule-v3 of this run was rejected: limit reached: artifact hee-state-capsule-v3 (run 1) was still downloading after 1 s (download-seconds); it was cut off and cannot be verified'
    ])
    expect(gh.server.requests.filter((q) => q.method === 'GET' && q.path.startsWith(blob)).length).toBeGreaterThan(0)
    expect(repo.artifacts().map((x) => x.name)).toEqual(['hee-state-capsule-v2', 'hee-state-capsule-v3'])
    expect(repo.artifact('hee-state-capsule-v3').bytes).toEqual(v3)
  })

  test('a download-seconds that is not a whole number from 1 to 3600 fails naming the input', async () => {
    const repo = new Repo(gh)
    const r = await load(repo.job(1, 'monitor'), { 'download-seconds': '0' })
    expectFailure(r, /input `download-seconds`: expected a whole number from 1 to 3600/)
  })
})
