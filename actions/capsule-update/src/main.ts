import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import {
  capsuleArtifactName,
  capsuleDigest,
  ConfigurationError,
  HeeError,
  loadNewestValid,
  parseUpdate,
  readCapsuleFile,
  updateCapsuleFile,
  writeCapsuleFile,
  type Capsule,
  type CapsuleUpdate
} from '@hee/core'
import {
  ArtifactCapsuleStore,
  capsulePathOf,
  encryptionKeyInput,
  requiredKey,
  runnerContext,
  setOutputs,
  workspacePath
} from '@hee/core/action'
import { getInputs } from './inputs.js'

/** Applies an update to the job's capsule, signs it, writes it and uploads it as an artifact. */
export async function run(): Promise<void> {
  const inputs = getInputs()
  const ctx = runnerContext()
  const path = capsulePathOf(ctx, inputs['capsule-path'])

  const update = await readUpdate(inputs.update, inputs['update-file'] ? workspacePath(ctx, inputs['update-file']) : '')
  if (inputs.status) update.status = parseUpdate({ status: inputs.status }).status

  const signingKey = requiredKey(
    'signing-key',
    inputs['signing-key'],
    inputs['allow-unsigned'],
    'capsules are signed',
    'pass a secret (an Ed25519 PEM key or an HMAC secret of 16+ bytes)'
  )
  const encryptionKey = encryptionKeyInput('encryption-key', inputs['encryption-key'])
  if (inputs['sensitive-fields'].length && !encryptionKey) {
    throw new ConfigurationError('input `sensitive-fields` is set but `encryption-key` is empty')
  }

  const apply = () =>
    updateCapsuleFile({
      path,
      update,
      meta: { repository: ctx.repository, workflow: ctx.workflow, runId: ctx.runId },
      signingKey,
      encryptionKey,
      sensitiveFields: inputs['sensitive-fields'],
      requireSignature: !inputs['allow-unsigned'],
      historyLimit: inputs['history-limit']
    })
  // The capsule as stored before this update: a capsule another job uploaded meanwhile must follow it.
  const stored = existsSync(path) ? await readCapsuleFile(path) : undefined
  core.startGroup('Update the state capsule')
  const first = await apply()
  const created = first.created
  let { capsule, previous } = first
  const status = () => capsule.body.monitoring_state.current_status ?? 'operational'
  core.info(
    created
      ? `started a new capsule at version ${capsule.version}`
      : `version ${previous?.version} → ${capsule.version}, status ${previous?.body.monitoring_state.current_status} → ${status()}`
  )
  core.endGroup()

  let artifactId: number | undefined
  let artifactName: string | undefined
  if (inputs.upload) {
    core.startGroup('Upload the capsule artifact')
    const store = new ArtifactCapsuleStore({
      prefix: inputs['artifact-name'],
      repository: ctx.repository,
      runId: ctx.runId,
      downloadMs: inputs['download-seconds'] * 1000
    })
    // Two jobs of one run that updated the same version in parallel: the service takes the
    // first upload of a version and answers 409 to the second. The loser takes the winner's
    // capsule from this run, applies its own update on top and uploads the next version.
    for (let attempt = 1; ; attempt++) {
      artifactName = capsuleArtifactName(inputs['artifact-name'], capsule.version)
      try {
        const res = await store.upload(artifactName, path, dirname(path), inputs['retention-days'])
        artifactId = res.id
        core.info(`uploaded ${artifactName} (${basename(path)}, ${res.size} bytes, artifact ${res.id})`)
        break
      } catch (e) {
        if (attempt >= MAX_UPLOAD_ATTEMPTS || !(await takenByAnotherJob(store, e, capsule.version))) throw e
        core.info(`${artifactName} was uploaded by another job of this run first; updating its capsule instead`)
        const newer = await newestOfRun(store, {
          repository: ctx.repository,
          workflow: ctx.workflow,
          signingKey,
          encryptionKey,
          requireSignature: !inputs['allow-unsigned'],
          seen: stored
        })
        if (!newer || newer.version < capsule.version) throw e
        await writeCapsuleFile(path, newer)
        ;({ capsule, previous } = await apply())
        core.info(`version ${previous?.version} → ${capsule.version}, status ${status()}`)
      }
    }
    core.endGroup()
  }

  setOutputs({
    'capsule-path': path,
    version: capsule.version,
    digest: capsuleDigest(capsule),
    status: status(),
    'artifact-id': artifactId,
    'artifact-name': artifactName
  })
}

/** Uploads tried when other jobs of the run keep taking the version first. */
const MAX_UPLOAD_ATTEMPTS = 5

/**
 * True when the upload failed because another job of this run uploaded `version` (or a later
 * one) first: the service said 409, or, when two uploads of one name overlapped and the
 * service answered otherwise, that version shows up in the run's artifacts shortly after.
 */
async function takenByAnotherJob(store: ArtifactCapsuleStore, e: unknown, version: number): Promise<boolean> {
  if (e instanceof HeeError && e.code === 'artifact.conflict') return true
  if (!(e instanceof HeeError) || e.code !== 'artifact.service') return false
  for (let look = 0; look < 3; look++) {
    await new Promise((r) => setTimeout(r, 500 + Math.floor(Math.random() * 500)))
    const listed = await store.listThisRun().catch(() => [])
    if (listed.some((c) => c.version >= version)) return true
  }
  return false
}

/** The newest capsule of this run that verifies and follows `seen`, as stored. */
async function newestOfRun(
  store: ArtifactCapsuleStore,
  o: {
    repository: string
    workflow: string
    signingKey: Parameters<typeof updateCapsuleFile>[0]['signingKey']
    encryptionKey?: Buffer
    requireSignature: boolean
    seen?: Capsule
  }
): Promise<Capsule | undefined> {
  const found = await loadNewestValid({
    candidates: await store.listThisRun(),
    fetchText: (c) => store.fetchText(c),
    repository: o.repository,
    workflow: o.workflow,
    verifyKeys: o.signingKey ? [o.signingKey] : [],
    requireSignature: o.requireSignature,
    encryptionKey: o.encryptionKey,
    ...(o.seen ? { seen: o.seen } : {})
  })
  for (const r of found.rejected) {
    core.warning(`capsule ${r.candidate.name} of this run was rejected: ${r.reason}`)
  }
  return found.raw
}

async function readUpdate(json: string, file: string): Promise<CapsuleUpdate> {
  if (json && file) throw new ConfigurationError('inputs `update` and `update-file` are both set: use one')
  const text = json || (file ? await readUpdateFile(file) : '{}')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    throw new ConfigurationError(
      `input \`${json ? 'update' : 'update-file'}\` is not valid JSON: ${(e as Error).message}`
    )
  }
  return parseUpdate(value)
}

async function readUpdateFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable')
    throw new ConfigurationError(`input \`update-file\`: cannot read ${file}: ${why}`, {
      hint: 'the path is relative to the workspace',
      cause: e
    })
  }
}
