/**
 * The patch an unprivileged job hands to a privileged one (the two-workflow pattern for forks):
 * a folder with `fix.patch` and `fix.json`. The reader trusts nothing in it: sizes are bounded,
 * the metadata is parsed strictly, the patch must match its digest, and the caller checks the
 * patch again with the guard and its own limits before `git apply` (which runs no repository code).
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { ConfigurationError } from '../../errors.js'
import type { AutoFixResult, FixAttempt } from '../types.js'

export const HANDOFF_SCHEMA = 'hee.auto-fix-patch/v1'
export const PATCH_FILE = 'fix.patch'
export const META_FILE = 'fix.json'
/** Largest patch accepted from another job. */
export const MAX_PATCH_BYTES = 1_000_000
const MAX_META_BYTES = 1_000_000

const text = (max: number) => z.string().max(max)
const validation = z.strictObject({
  command: text(1_000),
  code: z.int(),
  passed: z.boolean(),
  tail: text(4_000)
})
const attempt = z.strictObject({
  pattern: text(100),
  strategy: text(200).nullable(),
  outcome: z.enum(['fixed', 'rolled-back', 'would-fix', 'skipped', 'report-only']),
  reason: text(1_000).optional(),
  evidence: text(2_000).optional(),
  validations: z.array(validation).max(20),
  filesChanged: z.int().min(0),
  linesChanged: z.int().min(0),
  durationMs: z.number().min(0)
})

export const handoffSchema = z.strictObject({
  schema: z.literal(HANDOFF_SCHEMA),
  repository: text(200),
  run_id: text(40),
  /** The commit the patch applies to. */
  base_sha: z.string().regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/),
  /** The branch the failing run was on (as the compute job saw it; not trusted for pushing). */
  branch: text(255),
  patch_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  workflow_files_left_out: z.array(text(1_000)).max(1_000),
  attempts: z.array(attempt).max(50)
})

export type HandoffMeta = z.infer<typeof handoffSchema>

export interface Handoff {
  meta: HandoffMeta
  patch: string
}

function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex')
}

/** Writes the engine's result for the apply stage; returns the folder. */
export async function writeHandoff(
  dir: string,
  input: { result: AutoFixResult; patch: string; repository: string; runId: string; branch: string }
): Promise<string> {
  await mkdir(dir, { recursive: true })
  const meta: HandoffMeta = {
    schema: HANDOFF_SCHEMA,
    repository: input.repository,
    run_id: input.runId,
    base_sha: input.result.baseSha,
    branch: input.branch,
    patch_sha256: sha256(input.patch),
    workflow_files_left_out: input.result.workflowFilesLeftOut,
    attempts: input.result.attempts.map((a: FixAttempt): HandoffMeta['attempts'][number] => ({
      pattern: a.pattern,
      strategy: a.strategy,
      outcome: a.outcome,
      ...(a.reason === undefined ? {} : { reason: a.reason.slice(0, 1_000) }),
      ...(a.evidence === undefined ? {} : { evidence: a.evidence.slice(0, 2_000) }),
      validations: a.validations
        .slice(0, 20)
        .map((v) => ({ ...v, command: v.command.slice(0, 1_000), tail: v.tail.slice(-4_000) })),
      filesChanged: a.filesChanged,
      linesChanged: a.linesChanged,
      durationMs: a.durationMs
    }))
  }
  await writeFile(join(dir, PATCH_FILE), input.patch)
  await writeFile(join(dir, META_FILE), JSON.stringify(meta, null, 2) + '\n')
  return dir
}

async function boundedRead(file: string, max: number, what: string): Promise<string> {
  let size: number
  try {
    size = (await stat(file)).size
  } catch {
    throw new ConfigurationError(`the patch folder has no ${what} (${file})`, {
      hint: 'download the artifact the compute stage uploaded into `patch-path`'
    })
  }
  if (size > max) throw new ConfigurationError(`${what} is ${size} bytes, more than the ${max} accepted`)
  return readFile(file, 'utf8')
}

/** Reads and checks a handoff folder; any defect is one clear error and nothing is applied. */
export async function readHandoff(dir: string): Promise<Handoff> {
  const rawMeta = await boundedRead(join(dir, META_FILE), MAX_META_BYTES, META_FILE)
  const patch = await boundedRead(join(dir, PATCH_FILE), MAX_PATCH_BYTES, PATCH_FILE)
  let json: unknown
  try {
    json = JSON.parse(rawMeta)
  } catch (e) {
    throw new ConfigurationError(`${META_FILE} is not JSON: ${(e as Error).message}`)
  }
  const parsed = handoffSchema.safeParse(json)
  if (!parsed.success) {
    const i = parsed.error.issues[0]!
    throw new ConfigurationError(`${META_FILE}: ${i.path.join('.') || '(root)'}: ${i.message}`)
  }
  if (sha256(patch) !== parsed.data.patch_sha256)
    throw new ConfigurationError(`${PATCH_FILE} does not match the digest in ${META_FILE}: it was changed on the way`)
  return { meta: parsed.data, patch }
}

/**
 * The handoff as an engine result for delivery: the patch as the diff, no commit (delivery makes
 * it), and only fixed attempts (a report from an unprivileged job is not turned into an issue).
 */
export function handoffResult(h: Handoff): AutoFixResult {
  return {
    baseSha: h.meta.base_sha,
    diff: h.patch,
    workflowFilesLeftOut: h.meta.workflow_files_left_out,
    attempts: h.meta.attempts
      .filter((a) => a.outcome === 'fixed' || a.outcome === 'rolled-back' || a.outcome === 'skipped')
      .map((a) => ({ ...a, steps: [] })),
    ok: true
  }
}
