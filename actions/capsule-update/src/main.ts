import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import {
  capsuleArtifactName,
  capsuleDigest,
  ConfigurationError,
  parseUpdate,
  updateCapsuleFile,
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

  core.startGroup('Update the state capsule')
  const { capsule, previous, created } = await updateCapsuleFile({
    path,
    update,
    meta: { repository: ctx.repository, workflow: ctx.workflow, runId: ctx.runId },
    signingKey,
    encryptionKey,
    sensitiveFields: inputs['sensitive-fields'],
    requireSignature: !inputs['allow-unsigned'],
    historyLimit: inputs['history-limit']
  })
  const status = capsule.body.monitoring_state.current_status ?? 'operational'
  core.info(
    created
      ? `started a new capsule at version ${capsule.version}`
      : `version ${previous?.version} → ${capsule.version}, status ${previous?.body.monitoring_state.current_status} → ${status}`
  )
  core.endGroup()

  let artifactId: number | undefined
  let artifactName: string | undefined
  if (inputs.upload) {
    core.startGroup('Upload the capsule artifact')
    artifactName = capsuleArtifactName(inputs['artifact-name'], capsule.version)
    const store = new ArtifactCapsuleStore({
      prefix: inputs['artifact-name'],
      repository: ctx.repository,
      runId: ctx.runId
    })
    const res = await store.upload(artifactName, path, dirname(path), inputs['retention-days'])
    artifactId = res.id
    core.info(`uploaded ${artifactName} (${basename(path)}, ${res.size} bytes, artifact ${res.id})`)
    core.endGroup()
  }

  setOutputs({
    'capsule-path': path,
    version: capsule.version,
    digest: capsuleDigest(capsule),
    status,
    'artifact-id': artifactId,
    'artifact-name': artifactName
  })
}

async function readUpdate(json: string, file: string): Promise<CapsuleUpdate> {
  if (json && file) throw new ConfigurationError('inputs `update` and `update-file` are both set: use one')
  const text = json || (file ? await readFile(file, 'utf8') : '{}')
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
