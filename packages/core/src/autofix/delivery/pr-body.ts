/**
 * The pull request a fix is delivered as: what failed (the evidence line), what changed (files
 * and lines), what proves it (each validation command and its result), and how to undo it.
 */
import type { FixAttempt } from '../types.js'
import { fixKey, SKIP_LABEL, SKIP_TRAILER } from './markers.js'
import { markdownLink } from '../../security/escape.js'
import { clip, code, fenced } from './markdown.js'
import { diffSummary } from './patch.js'

export interface PullBodyInput {
  attempts: readonly FixAttempt[]
  patch: string
  /** The failing branch, which the pull request merges into. */
  base: string
  headSha: string
  commit: string
  runId: string
  runUrl?: string
  workflowFilesLeftOut: readonly string[]
  /** False when the push used GITHUB_TOKEN: CI does not run on it. */
  ciTriggered: boolean
}

/** The fixed patterns, for titles, branch names and the hidden key. */
export function fixedPatterns(attempts: readonly FixAttempt[]): string[] {
  return [...new Set(attempts.filter((a) => a.outcome === 'fixed').map((a) => a.pattern))]
}

export function pullTitle(attempts: readonly FixAttempt[], base: string): string {
  const fixed = attempts.filter((a) => a.outcome === 'fixed')
  const what = fixed.map((a) => (a.strategy ? `${a.pattern} (${a.strategy})` : a.pattern)).join(', ')
  return `HEE CI auto-fix: ${what} on ${base}`
}

/** The commit message of the fix (trailers are added when it is committed). */
export function commitMessage(attempts: readonly FixAttempt[], base: string, runId: string): string {
  const fixed = attempts.filter((a) => a.outcome === 'fixed')
  const lines = fixed.map(
    (a) =>
      `- ${a.pattern}${a.strategy ? ` by ${a.strategy}` : ''}; proved by ${a.validations.map((v) => v.command).join(', ') || 'no command'}`
  )
  return `${pullTitle(attempts, base)}\n\nFixes the failure of run ${runId}.\n\n${lines.join('\n')}\n`
}

export function pullBody(input: PullBodyInput): string {
  const fixed = input.attempts.filter((a) => a.outcome === 'fixed')
  const out: string[] = []
  const run = markdownLink(`run ${input.runId}`, input.runUrl)
  out.push(
    `CI ${run} failed on ${code(input.base)} at \`${input.headSha.slice(0, 12)}\`. HEE CI fixed it and re-ran the checks that failed.`
  )
  for (const a of fixed) {
    out.push('', `### ${a.pattern}${a.strategy ? ` — ${a.strategy}` : ''}`)
    if (a.evidence) out.push('', 'The failing line:', '', fenced(clip(a.evidence, 2_000)))
    out.push('', '| validation | result |', '| --- | --- |')
    for (const v of a.validations)
      out.push(`| ${code(v.command)} | ${v.passed ? '✅ passed' : '❌ failed'} (exit ${v.code}) |`)
    if (a.validations.length === 0) out.push('| (none) | |')
    const tails = a.validations.filter((v) => v.tail.trim() !== '')
    if (tails.length) {
      out.push('', '<details><summary>Output of the validations</summary>', '')
      for (const v of tails) out.push(code(v.command), '', fenced(clip(v.tail, 3_000)), '')
      out.push('</details>')
    }
  }
  const files = diffSummary(input.patch)
  const added = files.reduce((n, f) => n + f.added, 0)
  const removed = files.reduce((n, f) => n + f.removed, 0)
  out.push(
    '',
    `### Changes: ${files.length} file(s), +${added} −${removed}`,
    '',
    '| file | + | − |',
    '| --- | ---: | ---: |'
  )
  for (const f of files.slice(0, 50)) out.push(`| ${code(f.path)} | ${f.added} | ${f.removed} |`)
  if (files.length > 50) out.push(`| … ${files.length - 50} more | | |`)
  if (input.workflowFilesLeftOut.length)
    out.push(
      '',
      `Left out on purpose: ${input.workflowFilesLeftOut.map(code).join(', ')}. A fix never changes files under \`.github/workflows/\` (a token without the \`workflows\` permission cannot push them, and CI configuration is for a person to change).`
    )
  if (!input.ciTriggered)
    out.push(
      '',
      '> [!NOTE]',
      '> This branch was pushed with `GITHUB_TOKEN`, and GitHub starts no workflow for such a push: CI has not run on this commit. Give the action a `push-token` (a GitHub App token or a PAT) to have CI re-run, or close and reopen this pull request to start it.'
    )
  out.push(
    '',
    '### Undo',
    '',
    `The fix is one commit (\`${input.commit.slice(0, 12)}\`): close this pull request to drop it, or use **Revert** on this page after merging. To keep auto-fix away, add the \`${SKIP_LABEL}\` label to a pull request or a \`${SKIP_TRAILER}: true\` trailer to a commit.`,
    '',
    fixKey(fixedPatterns(input.attempts), input.base)
  )
  return out.join('\n') + '\n'
}
