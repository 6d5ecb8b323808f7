import { describe, expect, it } from 'vitest'
import {
  fixBranchName,
  fixKey,
  matchesAny,
  pullBody,
  splitPatch,
  summaryMarkdown,
  withoutWorkflowFiles,
  type FixAttempt
} from '../../../packages/core/src/autofix/delivery/index.js'
import { code, fenced } from '../../../packages/core/src/autofix/delivery/markdown.js'

const patch = (path: string, body = '@@ -1 +1 @@\n-a\n+b\n'): string =>
  `diff --git a/${path} b/${path}\nindex 1111111..2222222 100644\n--- a/${path}\n+++ b/${path}\n${body}`

describe('names and keys', () => {
  it('names the fix branch after the run and the sorted, lower-case patterns', () => {
    expect(fixBranchName('123', ['PAT-007'])).toBe('hee/auto-fix/123-pat-007')
    expect(fixBranchName('12/3', ['PAT-007', 'PAT-004', 'PAT-007'])).toBe('hee/auto-fix/12-3-pat-004-pat-007')
  })

  it('keys a failure by its patterns and base, whatever their order', () => {
    expect(fixKey(['PAT-007', 'PAT-004'], 'main')).toBe(fixKey(['PAT-004', 'PAT-007'], 'main'))
    expect(fixKey(['PAT-007'], 'main')).not.toBe(fixKey(['PAT-007'], 'dev'))
  })
})

describe('protected path globs', () => {
  it.each([
    ['secrets/', 'secrets/a/b.txt', true],
    ['secrets/', 'src/secrets.txt', false],
    ['*.pem', 'deep/dir/key.pem', true],
    ['src/*.js', 'src/a.js', true],
    ['src/*.js', 'src/x/a.js', false],
    ['src/**/*.js', 'src/x/y/a.js', true],
    ['src/**/*.js', 'src/a.js', true],
    ['LICENSE', 'LICENSE', true],
    ['a?c', 'abc', true],
    ['a.c', 'abc', false]
  ])('%s matches %s: %s', (glob, path, hit) => {
    expect(matchesAny(path, [glob])).toBe(hit)
  })
})

describe('patches', () => {
  it('takes workflow files out and keeps the rest byte for byte', () => {
    const keep = patch('src/a.js')
    const all = keep + patch('.github/workflows/ci.yml')
    expect(splitPatch(all).map((s) => s.path)).toEqual(['src/a.js', '.github/workflows/ci.yml'])
    expect(withoutWorkflowFiles(all)).toEqual({ patch: keep, leftOut: ['.github/workflows/ci.yml'] })
  })
})

describe('markdown of untrusted text', () => {
  it('fences text whatever backticks it holds', () => {
    const f = fenced('a ```\n```` b')
    expect(f.startsWith('`````\n')).toBe(true)
    expect(f.endsWith('\n`````')).toBe(true)
  })

  it('keeps a command with backticks and pipes inside one table cell', () => {
    expect(code('echo `x` | grep y')).toBe('`` echo `x` \\| grep y ``')
  })

  it('puts the evidence in a fence and the key at the end of the pull request body', () => {
    const attempt: FixAttempt = {
      pattern: 'PAT-007',
      strategy: 'eslint',
      outcome: 'fixed',
      evidence: '```\n@everyone <script>',
      steps: [],
      validations: [{ command: 'npx eslint .', code: 0, passed: true, tail: '' }],
      filesChanged: 1,
      linesChanged: 2,
      durationMs: 5
    }
    const body = pullBody({
      attempts: [attempt],
      patch: patch('src/a.js'),
      base: 'main',
      headSha: 'a'.repeat(40),
      commit: 'b'.repeat(40),
      runId: '7',
      workflowFilesLeftOut: [],
      ciTriggered: true
    })
    expect(body).toContain('````\n```\n@everyone <script>\n````')
    expect(body).not.toContain('CI has not run')
    expect(body.trimEnd().endsWith('<!-- hee-auto-fix key=PAT-007@main -->')).toBe(true)
  })
})

describe('the job summary', () => {
  it('says when nothing was done and why, and warns when CI will not re-run', () => {
    const stopped = summaryMarkdown({ stage: 'all', attempts: [], entries: [], stopped: 'the branch moved on' })
    expect(stopped).toContain('**Nothing was done:** the branch moved on')
    const pushed = summaryMarkdown({
      stage: 'all',
      attempts: [],
      entries: [],
      delivery: {
        kind: 'push',
        branch: 'feature',
        ciTriggered: false,
        workflowFilesLeftOut: [],
        refusals: [],
        filesChanged: 1,
        linesChanged: 1,
        notes: ['Pushed the fix to feature.']
      }
    })
    expect(pushed).toContain('**CI will not re-run**')
    expect(pushed).toContain('- Pushed the fix to feature.')
  })
})
