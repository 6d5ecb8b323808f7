import * as core from '@actions/core'
import { existsSync, readFileSync } from 'node:fs'
import {
  canSign,
  createCapsule,
  HeeError,
  loadNewestValid,
  markdownText,
  openCapsule,
  readCapsuleFile,
  sealCapsule,
  writeCapsuleFile,
  type CapsuleCandidate,
  type LoadNewestResult,
  type OpenedCapsule
} from '@hee/core'
import {
  ArtifactCapsuleStore,
  capsulePathOf,
  encryptionKeyInput,
  requiredKey,
  runnerContext,
  setOutputs
} from '@hee/core/action'
import { getInputs } from './inputs.js'

/** Adds the caps reached to the job summary under "Limits reached", as the monitor does. */
async function limitsSummary(limits: readonly string[]): Promise<void> {
  if (limits.length === 0) return
  await core.summary
    .addRaw(['', '### Limits reached', '', ...limits.map((l) => `- ${markdownText(l)}`), ''].join('\n'))
    .write()
}

/** `.github/workflows/x.yml` of GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@ref`). */
export function workflowPathOf(ref: string | undefined, repository: string): string | undefined {
  if (!ref) return undefined
  const rest = ref.startsWith(`${repository}/`) ? ref.slice(repository.length + 1) : undefined
  const path = rest?.split('@')[0]
  return path && path.startsWith('.github/workflows/') ? path : undefined
}

/** The default branch the event payload names for `repository`, else the branch this run is on. */
export function defaultBranchOf(eventPath: string | undefined, repository: string): string | undefined {
  try {
    if (eventPath && existsSync(eventPath)) {
      const r = (
        JSON.parse(readFileSync(eventPath, 'utf8')) as {
          repository?: { full_name?: unknown; default_branch?: unknown }
        }
      ).repository
      if (typeof r?.default_branch === 'string' && String(r.full_name).toLowerCase() === repository.toLowerCase())
        return r.default_branch
    }
  } catch {
    // An unreadable payload names nothing.
  }
  const ref = process.env.GITHUB_REF ?? ''
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined
}

/**
 * Finds the newest capsule that verifies (this run first, then earlier runs), writes it to
 * `capsule-path`, and says plainly when it had to fall back or start fresh.
 */
export async function run(): Promise<void> {
  const inputs = getInputs()
  const ctx = runnerContext()
  const path = capsulePathOf(ctx, inputs['capsule-path'])

  const key = requiredKey(
    'verify-key',
    inputs['verify-key'],
    inputs['allow-unsigned'],
    'capsules are verified before use',
    'pass the Ed25519 public key (or the HMAC secret) that signs them'
  )
  const encryptionKey = encryptionKeyInput('encryption-key', inputs['encryption-key'])
  const open = { verifyKeys: key ? [key] : [], encryptionKey, requireSignature: !inputs['allow-unsigned'] }

  // A capsule this job already holds sets the floor: nothing older is accepted.
  let seen: OpenedCapsule | undefined
  if (existsSync(path)) {
    seen = openCapsule(await readCapsuleFile(path), open)
    core.info(`already holding capsule version ${seen.capsule.version} at ${path}`)
  }

  // Earlier runs' capsules count only when a run of the writing workflow on a writing branch
  // of this repository uploaded them: anything else with the prefix is junk, never a candidate.
  const workflowPath = inputs['capsule-workflow']
    ? inputs['capsule-workflow'].includes('/')
      ? inputs['capsule-workflow']
      : `.github/workflows/${inputs['capsule-workflow']}`
    : workflowPathOf(process.env.GITHUB_WORKFLOW_REF, ctx.repository)
  const defaultBranch = defaultBranchOf(ctx.eventPath, ctx.repository)
  const branches = inputs['capsule-branches'].length ? inputs['capsule-branches'] : defaultBranch ? [defaultBranch] : []
  const store = new ArtifactCapsuleStore({
    prefix: inputs['artifact-name'],
    repository: ctx.repository,
    runId: ctx.runId,
    token: inputs['github-token'] || undefined,
    apiUrl: ctx.apiUrl,
    tempDir: ctx.tempDir,
    ...(workflowPath ? { workflowPath } : {}),
    branches,
    downloadMs: inputs['download-seconds'] * 1000
  })
  const search = async (candidates: CapsuleCandidate[]) =>
    loadNewestValid({
      candidates,
      fetchText: (c) => store.fetchText(c),
      repository: ctx.repository,
      workflow: ctx.workflow,
      ...open,
      seen,
      admit: (c) => store.admit(c)
    })

  core.startGroup('Find the state capsule')
  const rejected: LoadNewestResult['rejected'] = []
  let result: LoadNewestResult | undefined
  let examined = 0
  /** False when the search stopped at a limit with older capsules possibly left unread. */
  let complete = true
  const skippedNotes: string[] = []
  /** Caps reached (`limit reached: …`), for the summary: the search went on without what they cut. */
  const limits: string[] = []
  if (inputs.source !== 'latest') {
    const here = await store.listThisRun()
    core.info(`${here.length} capsule artifact(s) in this run`)
    examined += here.length
    result = await search(here)
    rejected.push(...result.rejected)
  }
  if (!result?.capsule && inputs.source !== 'run') {
    const earlier = await store.listPreviousRuns(inputs['max-candidates'] * 4)
    core.info(
      `${earlier.candidates.length} capsule artifact(s) in earlier runs of ${workflowPath ?? 'any workflow'} on ${branches.join(', ') || 'any branch'}` +
        (earlier.excluded.length ? `; ${earlier.excluded.length} left out` : '')
    )
    for (const x of earlier.excluded) skippedNotes.push(`${x.name} (run ${x.runId}): ${x.reason}`)
    examined += earlier.candidates.length
    complete = earlier.complete
    result = await search(earlier.candidates)
    rejected.push(...result.rejected)
    // The listing is bounded; that it left older capsules out matters only when none verified.
    if (!result.capsule && !complete)
      limits.push(
        earlier.capped ??
          `limit reached: the capsule artifacts of earlier runs were listed up to ${inputs['max-candidates'] * 4} candidate(s) (max-candidates ${inputs['max-candidates']}); older ones were left out`
      )
    for (const c of result.skipped)
      skippedNotes.push(`${c.name} (run ${c.runId}): ${result.skipReasons?.get(c.id) ?? 'skipped'}`)
  }
  for (const n of skippedNotes) core.info(`not a candidate: ${n}`)
  core.endGroup()

  for (const r of rejected) {
    core.warning(`capsule ${r.candidate.name} (run ${r.candidate.runId}) was rejected: ${r.reason}`)
  }
  // A candidate cut off at download-seconds could not be verified, which is not the same as
  // failing verification: it may be the good capsule.
  const cutOff = rejected.filter((r) => r.code === 'artifact.download-limit')
  limits.push(...cutOff.map((r) => r.reason))

  let capsule = result?.capsule
  let found = Boolean(capsule)
  const fallbackUsed = Boolean(capsule) && rejected.length > 0
  if (capsule && fallbackUsed) {
    core.warning(
      `using capsule version ${capsule.version} from run ${result!.candidate!.runId}: ` +
        `${rejected.length} newer capsule(s) failed verification` +
        (cutOff.length ? ` (${cutOff.length} of them cut off at download-seconds)` : '')
    )
  }

  if (!capsule && seen) {
    capsule = seen.capsule
    found = true
    core.info('no newer capsule found; keeping the one already held')
  } else if (!capsule) {
    // Every way on from here (an error or a fresh capsule) says first what the caps cut.
    await limitsSummary(limits)
    limits.length = 0
    if (cutOff.length > 0) {
      throw new HeeError(
        'capsule.invalid',
        `no capsule verified and ${cutOff.length} could not be downloaded within ${inputs['download-seconds']} s (${cutOff.map((r) => `${r.candidate.name} of run ${r.candidate.runId}`).join(', ')}); not starting fresh while one of them may verify`,
        { hint: 'load again when the artifact storage answers, or raise `download-seconds`' }
      )
    }
    if (rejected.length > 0 && !complete) {
      // Older capsules may exist past the limit: starting fresh could drop a good one.
      throw new HeeError(
        'capsule.invalid',
        `none of the ${rejected.length} newest capsule(s) passed verification and the search stopped at ${inputs['max-candidates'] * 4} candidate(s) (first reason: ${rejected[0]!.reason}); not starting fresh while older ones may verify`,
        { hint: 'raise `max-candidates` to look further back' }
      )
    }
    if (rejected.length > 0 && inputs['on-invalid'] === 'fail') {
      throw new HeeError(
        'capsule.invalid',
        `none of the ${rejected.length} capsule(s) found passed verification (first reason: ${rejected[0]!.reason})`,
        { hint: "check `verify-key`; set `on-invalid: 'fresh'` to start over deliberately" }
      )
    }
    if (inputs['fail-on-missing']) {
      throw new HeeError(
        'capsule.missing',
        `no capsule artifact named ${inputs['artifact-name']}-v* was found (${examined} examined)`
      )
    }
    capsule = createCapsule({ repository: ctx.repository, workflow: ctx.workflow, runId: ctx.runId, now: new Date() })
    core.notice(`no usable capsule found: starting a fresh operational capsule (version ${capsule.version})`)
  }

  if (result?.raw && capsule === result.capsule) {
    // Written exactly as stored (signed, sensitive fields encrypted): every later step
    // verifies it again with its own keys.
    await writeCapsuleFile(path, result.raw)
  } else if (!found) {
    if (key && canSign(key)) await writeCapsuleFile(path, sealCapsule(capsule, { signingKey: key, encryptionKey }))
    else if (inputs['allow-unsigned']) await writeCapsuleFile(path, capsule)
    else core.notice('the verify key cannot sign: the fresh capsule is not written; capsule-update will create it')
  }

  const status = capsule.body.monitoring_state.current_status ?? 'operational'
  await core.summary
    .addHeading('HEE CI state capsule', 3)
    .addTable([
      [
        { data: 'status', header: true },
        { data: 'version', header: true },
        { data: 'from', header: true },
        { data: 'fallback', header: true }
      ],
      [
        status,
        String(capsule.version),
        found ? `run ${result?.candidate?.runId ?? ctx.runId}` : 'fresh',
        fallbackUsed ? 'yes' : 'no'
      ]
    ])
    .write()
  await limitsSummary(limits)

  setOutputs({
    'capsule-path': path,
    status,
    version: capsule.version,
    found,
    'fallback-used': fallbackUsed,
    'source-run-id': result?.candidate?.runId
  })
}
