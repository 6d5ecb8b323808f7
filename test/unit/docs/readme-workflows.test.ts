import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { parse as parseYaml } from 'yaml'

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..', '..')
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'actions')).flatMap((a) => (a.endsWith('.json') ? [] : [`actions/${a}/README.md`]))
]

interface Job {
  uses?: string
  if?: string
  steps?: Array<{ uses?: string; with?: Record<string, unknown> }>
  'timeout-minutes'?: unknown
}

/** The YAML blocks of a Markdown file that hold jobs: what a reader copies as a workflow. */
function workflowSnippets(file: string): Array<{ where: string; jobs: Record<string, Job> }> {
  const text = readFileSync(join(ROOT, file), 'utf8')
  const out: Array<{ where: string; jobs: Record<string, Job> }> = []
  for (const m of text.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)) {
    const doc = parseYaml(m[1]!) as { jobs?: Record<string, Job> } | null
    if (doc && typeof doc === 'object' && doc.jobs) {
      const line = text.slice(0, m.index).split('\n').length
      out.push({ where: `${file}:${line}`, jobs: doc.jobs })
    }
  }
  return out
}

const snippets = DOCS.flatMap(workflowSnippets)

describe('the workflow snippets of the READMEs hold what the shipped workflows hold', () => {
  test('there are some: the Quick start, the monitor and the auto-fix examples', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(4)
  })

  test.each(snippets.map((s) => [s.where, s] as const))('%s', (_where, { where, jobs }) => {
    for (const [id, job] of Object.entries(jobs)) {
      if (job.uses || !job.steps) continue
      expect(job['timeout-minutes'], `${where} › ${id}: timeout-minutes`).toBeDefined()
      for (const step of job.steps) {
        if (!step.uses || step.uses.startsWith('hee-ci/hee-ci/') || step.uses.startsWith('./')) continue
        expect(step.uses, `${where} › ${id}: a third-party action pinned by SHA`).toMatch(/@[0-9a-f]{40}$/)
      }
      // A job that runs auto-fix on a run's code runs only for this repository's own branches.
      const fixes = job.steps.some(
        (s) => /actions\/auto-fix@/.test(s.uses ?? '') && !['compute', 'apply'].includes(String(s.with?.['stage']))
      )
      if (fixes)
        expect(job.if, `${where} › ${id}: the fork guard`).toMatch(/head_repository\.full_name == github\.repository/)
    }
  })
})
