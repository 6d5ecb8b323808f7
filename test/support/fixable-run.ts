/**
 * A CI run of a real project of the fix corpus whose check failed, set up for the workflow
 * harness: the project is the repository's bare remote (the stand-in's branches are its
 * branches), `actions/checkout` clones it (or the HEE CI checkout, for a workflow that runs
 * its actions from `./actions`), and pushes to github.com go to the bare remote through git's own
 * `url.<path>.insteadOf`, as environment config.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { ActionEmulator, WorkflowRun } from '../e2e/harness/workflow-runner.js'
import { corpusCase, type CorpusCase } from './fix-corpus.js'
import type { FakeRepo } from './github-api.js'
import { ROOT } from './workflow.js'

/** A GitHub Actions job log around the check's real output, as the runner prints it. */
export function ghaLog(check: string, output: string): string {
  const lines = [
    '##[group]Run actions/checkout@v4',
    '##[endgroup]',
    `##[group]Run ${check}`,
    check,
    'shell: /usr/bin/bash -e {0}',
    '##[endgroup]',
    ...output.split('\n'),
    '##[error]Process completed with exit code 1.'
  ]
  return lines.map((l, i) => `2026-12-01T10:00:${String(i % 60).padStart(2, '0')}.0000000Z ${l}`).join('\n') + '\n'
}

export interface FixableCase {
  /** Fix-corpus project, its failing check, and the setup the check needs (e.g. `npm ci`). */
  project: string
  check: string
  setup?: string
  /** The failing job's name in the CI run. */
  job: string
  /**
   * The `path:` of the workflow's checkout of the project ('' for the workspace itself); a
   * checkout at any other path is the workflow's own repository (the HEE CI checkout).
   */
  projectPath?: string
}

export interface FixableRun {
  failed: ReturnType<FakeRepo['addRun']>
  c: CorpusCase
  /** The bare remote behind the stand-in's git endpoints. */
  remote: string
  /** The `workflow_run` event of the failed CI run, with checkout and push wired to `remote`. */
  run: (runId: number, base: Omit<WorkflowRun, 'runId' | 'event' | 'eventName'>) => WorkflowRun
}

/** Builds the project, records its failing CI run on `repo` and returns how to run a workflow on it. */
export function fixableRun(repo: FakeRepo, fc: FixableCase): FixableRun {
  const c = corpusCase(fc.project, fc.check, fc.setup)
  const remote = join(mkdtempSync(join(tmpdir(), 'hee-remote-')), `${repo.fullName.split('/')[1]}.git`)
  execFileSync('git', ['clone', '-q', '--bare', c.dir, remote])
  repo.linkGit(remote)
  const failed = repo.addRun({
    workflow: 'ci.yml',
    headSha: c.head,
    branch: 'main',
    jobs: [{ name: 'lint' }, { name: fc.job, conclusion: 'failure', log: ghaLog(fc.check, c.log) }]
  })
  const checkout: ActionEmulator = async ({ with: w, job, run }) => {
    const into = w.path ? resolve(job.workspace, w.path) : job.workspace
    mkdirSync(into, { recursive: true })
    const project = (w.path ?? '') === (fc.projectPath ?? '')
    execFileSync('git', ['clone', '-q', '--no-hardlinks', project ? remote : ROOT, into])
    const ref = w.ref || run.sha
    if (ref) execFileSync('git', ['checkout', '-q', '--detach', ref], { cwd: into })
    if (w['persist-credentials'] !== 'false') throw new Error('actions/checkout: persist-credentials must be false')
    return {}
  }
  return {
    failed,
    c,
    remote,
    run: (runId, base) => ({
      ...base,
      runId,
      eventName: 'workflow_run',
      event: {
        action: 'completed',
        workflow_run: {
          id: failed.id,
          name: 'CI',
          head_branch: 'main',
          head_sha: c.head,
          event: 'push',
          html_url: `https://github.com/${repo.fullName}/actions/runs/${failed.id}`,
          head_repository: { full_name: repo.fullName },
          repository: { full_name: repo.fullName },
          pull_requests: []
        }
      },
      emulators: { 'actions/checkout': checkout, ...base.emulators },
      env: {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `url.${remote}.insteadOf`,
        GIT_CONFIG_VALUE_0: `https://github.com/${repo.fullName}.git`,
        ...base.env
      }
    })
  }
}
