import { describe, expect, it } from 'vitest'
import { composeAlert } from '../../../packages/core/src/alerts/compose.js'
import { alertMarkdown } from '../../../packages/core/src/alerts/console.js'
import { emailHtml } from '../../../packages/core/src/alerts/email.js'
import { slackMessage } from '../../../packages/core/src/alerts/slack.js'
import { pullBody } from '../../../packages/core/src/autofix/delivery/pr-body.js'
import { reportBody } from '../../../packages/core/src/autofix/delivery/report.js'
import { summaryMarkdown } from '../../../packages/core/src/autofix/delivery/summary.js'
import { advisoriesMarkdown } from '../../../packages/core/src/autofix/strategies/security-advisories.js'
import type { FixAttempt } from '../../../packages/core/src/autofix/types.js'
import {
  heeTotal,
  renderCoverageMarkdown,
  resolveSettings,
  SPEC_PRIORITIES,
  type CoverageAnalysis
} from '../../../packages/core/src/coverage/index.js'
import { coverageMarkdown, type CoverageStepResult } from '../../../packages/core/src/monitor/coverage-step.js'
import type { MonitorOutcome } from '../../../packages/core/src/monitor/engine.js'
import { outcomeMarkdown } from '../../../packages/core/src/monitor/report.js'
import {
  htmlText,
  inertJson,
  mentionFree,
  markdownCode,
  markdownLink,
  markdownText,
  plainText,
  slackText
} from '../../../packages/core/src/security/escape.js'

// Names a repository or a run controls, as an attacker would pick them.
const WORKFLOW = 'CI <img src=x onerror=alert(1)> @octocat'
const JOB = 'build ![i](https://evil.test/p.png) @acme/security-team'
const STEP = 'Run [click](https://evil.test) **now** <script>x</script> @here'
const BRANCH = 'fix/<b>bold</b>-@octocat'
const ENTRY = '<img src=https://evil.test/x.png>.sarif'

/** A mention GitHub or Slack would notify: `@name` not right after a letter or digit. */
const LIVE_MENTION = /(^|[^A-Za-z0-9])@[A-Za-z0-9_]/

/** Markdown without its code spans and blocks, which show their content as written. */
const outsideCode = (md: string): string => md.replace(/^(`{3,})[^]*?^\1/gm, '').replace(/(`+)[^`]*?\1/g, '')

describe('one escaping function per sink kind', () => {
  it('Markdown: no tag, image, link, emphasis or mention survives, and the text still reads', () => {
    for (const s of [WORKFLOW, JOB, STEP, BRANCH, ENTRY]) {
      const md = markdownText(s)
      expect(md).not.toMatch(/<[a-z]/i)
      expect(md).not.toMatch(/!?\[[^\]\\]*\]\(/)
      expect(md).not.toMatch(LIVE_MENTION)
      expect(
        md
          .replace(/\\|\u200b/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&')
      ).toBe(s)
    }
    expect(markdownText('mail me at dev@example.com')).toBe('mail me at dev@example.com')
    expect(markdownText('a\nb')).toBe('a b')
  })

  it('JSON for a webhook: no tag or live mention in the bytes, the text as written after parsing', () => {
    const value = { job: JOB, list: [WORKFLOW, 'a & b'], n: 3, ok: true, none: null }
    const json = inertJson(value)
    expect(json).not.toMatch(/[<>&]/)
    expect(json).not.toMatch(LIVE_MENTION)
    const back = JSON.parse(json) as typeof value
    expect(back.job).toBe(mentionFree(JOB))
    expect(back.list[0]!.replace(/\u200b/g, '')).toBe(WORKFLOW)
    expect(back.list[1]).toBe('a & b')
    expect([back.n, back.ok, back.none]).toEqual([3, true, null])
    expect(mentionFree('mail dev@example.com, ping @here')).toBe('mail dev@example.com, ping @\u200bhere')
  })

  it('Markdown code spans hold any backticks and table pipes', () => {
    expect(markdownCode('a ``b`` c')).toBe('``` a ``b`` c ```')
    expect(markdownCode('x | y', true)).toBe('`x \\| y`')
  })

  it('HTML, Slack mrkdwn and plain text', () => {
    expect(htmlText('<a href="x">&</a>')).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#60;/a&#62;')
    const slack = slackText('<!channel> <@U123> <https://evil.test|click> @here &')
    expect(slack).not.toMatch(/<[!@h]/)
    expect(slack).not.toMatch(LIVE_MENTION)
    expect(slack).toContain('&amp;')
    const plain = plainText('\u001b[31mred\u001b[0m\n::add-mask::x\n##[set-output name=a]b')
    expect(plain).not.toContain('\u001b')
    expect(plain.split('\n').filter((l) => /^\s*::/.test(l) || l.includes('##['))).toEqual([])
  })
})

describe('every field from a repository or run is escaped where it is shown', () => {
  const alert = composeAlert({
    kind: 'broke',
    severity: 'critical',
    repository: 'acme/app',
    workflow: WORKFLOW,
    branch: BRANCH,
    pattern: 'PAT-003',
    patternName: 'Security vulnerability',
    runId: 7,
    runUrl: 'https://github.com/acme/app/actions/runs/7',
    runs: 1,
    since: '2026-01-01T00:00:00Z',
    evidence: { job: JOB, step: STEP, file: ENTRY, line: 3, excerpt: `${ENTRY} — 1 critical` },
    realertMs: 3_600_000
  })

  it('the issue body and job-summary section of an alert: no live markup or mention', () => {
    // Outside code (shown as written), nothing is markup or a mention.
    const prose = outsideCode(alertMarkdown(alert))
    expect(prose).toContain('octocat')
    expect(prose).not.toMatch(/<(img|script|b)\b/i)
    expect(prose).not.toMatch(/!\[i\]\(/)
    expect(prose).not.toMatch(/[^\\]\[click\]\(/)
    expect(prose).not.toMatch(LIVE_MENTION)
  })

  it('the monitor’s summary table', () => {
    const outcome = {
      decision: {
        from: 'operational',
        to: 'degraded',
        path: ['operational', 'degraded'],
        reason: `${WORKFLOW} failed`
      },
      fixRequired: false,
      patterns: ['PAT-003'],
      analyses: [
        {
          run: { id: 7, runAttempt: 1, conclusion: 'failure', htmlUrl: 'https://github.com/acme/app/actions/runs/7' },
          workflow: WORKFLOW,
          jobs: [
            {
              id: 1,
              name: JOB,
              conclusion: 'failure',
              failedStep: STEP,
              findings: [
                {
                  pattern: 'PAT-003',
                  name: 'Security vulnerability',
                  severity: 'critical',
                  line: 3,
                  step: STEP,
                  excerpt: `${ENTRY} — 1 critical`
                }
              ]
            }
          ]
        }
      ],
      skipped: [],
      alerts: [],
      deliveries: [],
      unreadable: [`artifact ${ENTRY}: not a report`]
    } as unknown as MonitorOutcome
    const md = outsideCode(outcomeMarkdown(outcome))
    expect(md).toContain('octocat')
    expect(md).not.toMatch(/<(img|script|b)\b/i)
    expect(md).not.toMatch(/!\[i\]\(/)
    expect(md).not.toMatch(/[^\\]\[click\]\(/)
    expect(md).not.toMatch(LIVE_MENTION)
  })

  it('the monitor’s summary names a few unreadable artifacts and counts the rest', () => {
    const outcome = {
      decision: { from: 'degraded', to: 'degraded', path: ['degraded'], reason: 'run 7 failed' },
      fixRequired: false,
      patterns: [],
      analyses: [],
      skipped: [],
      alerts: [],
      deliveries: [],
      unreadable: Array.from({ length: 12 }, (_, i) => `artifact ${ENTRY}-${i}: not a zip`)
    } as unknown as MonitorOutcome
    const md = outcomeMarkdown(outcome)
    const listed = md.split('\n').filter((l) => l.startsWith('- artifact'))
    expect(listed).toHaveLength(5)
    expect(md).toContain('- and 7 more (see the log)')
    expect(outsideCode(md)).not.toMatch(/<img/i)
  })

  it('Slack and email', () => {
    // mrkdwn text (plain_text blocks are shown as written).
    const mrkdwn: string[] = []
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk)
      else if (v !== null && typeof v === 'object') {
        const o = v as Record<string, unknown>
        if (o.type === 'mrkdwn' && typeof o.text === 'string') mrkdwn.push(o.text)
        Object.values(o).forEach(walk)
      }
    }
    const message = slackMessage(alert)
    walk(message)
    mrkdwn.push(message.text)
    expect(mrkdwn.join('\n')).toContain('octocat')
    for (const t of mrkdwn) {
      expect(t).not.toMatch(/<(img|script|b|!channel|@)/i)
      expect(t).not.toMatch(LIVE_MENTION)
    }
    const html = emailHtml(alert)
    expect(html).not.toMatch(/<(img|script)\b/i)
    expect(html).toContain('&#60;img')
  })
})

/** No tag, image, live link or mention outside code spans and blocks. */
function expectInert(md: string): void {
  const prose = outsideCode(md)
  expect(prose).not.toMatch(/<(img|script|b)\b/i)
  expect(prose).not.toMatch(/!\[i\]\(/)
  expect(prose).not.toMatch(/[^\\]\[click\]\(/)
  expect(prose).not.toMatch(LIVE_MENTION)
  expect(prose).not.toMatch(/\]\(javascript:/i)
}

describe('auto-fix and coverage sinks', () => {
  const attempt: FixAttempt = {
    pattern: 'PAT-007',
    strategy: 'prettier',
    outcome: 'fixed',
    evidence: `[warn] ${ENTRY} ${STEP}`,
    steps: [],
    validations: [{ command: `npx prettier --check ${ENTRY}`, passed: true, code: 0, tail: JOB } as never],
    filesChanged: 1,
    linesChanged: 2,
    durationMs: 10
  }
  const patch = `diff --git a/${ENTRY} b/${ENTRY}\n--- a/${ENTRY}\n+++ b/${ENTRY}\n@@ -1 +1 @@\n-a\n+b\n`

  it('the fix pull request body: branch, evidence, commands, file names and run link', () => {
    const body = pullBody({
      attempts: [attempt],
      patch,
      base: BRANCH,
      headSha: 'a'.repeat(40),
      commit: 'b'.repeat(40),
      runId: '7',
      runUrl: 'javascript:alert(1)',
      workflowFilesLeftOut: [],
      ciTriggered: false
    })
    expectInert(body)
    expect(body).toContain(markdownCode(BRANCH))
    expect(body).not.toContain('](javascript:')
    // The hidden key that finds this pull request again cannot be closed early by a branch name.
    const closing = pullBody({
      attempts: [attempt],
      patch: '',
      base: 'x--><img src=x>',
      headSha: 'a'.repeat(40),
      commit: 'b'.repeat(40),
      runId: '7',
      workflowFilesLeftOut: [],
      ciTriggered: true
    })
    expect(outsideCode(closing).replace(/<!--[^]*?-->/g, '')).not.toMatch(/<img/)
  })

  it('the report of what only a person may change, and its advisories table', () => {
    const advisory = {
      ecosystem: 'npm' as const,
      package: `evil|pkg ${JOB}`,
      versions: '<2.0.0',
      severity: 'critical',
      id: 'GHSA-xxxx',
      url: 'https://github.com/advisories/GHSA-xxxx)![i](https://evil.test/x.png',
      title: `${STEP} ${WORKFLOW}`,
      fix: '@octocat says upgrade'
    }
    const report: FixAttempt = {
      ...attempt,
      pattern: 'PAT-003',
      outcome: 'report-only',
      reason: `${WORKFLOW} needs a person`,
      report: advisoriesMarkdown(
        [advisory],
        [
          { command: 'npm audit fix --dry-run', code: 0, output: `would change ${JOB}\n\`\`\`\n<img src=x>` },
          { command: 'npm audit fix --force --dry-run', code: 1, output: `npm error ${JOB} <img src=x>` }
        ]
      )
    }
    const body = reportBody([report], BRANCH, '7', 'https://github.com/acme/app/actions/runs/7')
    expectInert(body)
    expect(body).toContain('[run 7](https://github.com/acme/app/actions/runs/7)')
    // Each table row keeps its six cells: a pipe in a package name does not add one.
    const row = body.split('\n').find((l) => l.startsWith('| npm '))!
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(8)
  })

  it("the auto-fix job summary: a guard's reason quoting a diff line, notes and the stop reason", () => {
    const md = summaryMarkdown({
      stage: 'all',
      attempts: [],
      stopped: `the head commit of ${BRANCH} is the agent's own`,
      entries: [
        {
          pattern_id: 'PAT-007',
          strategy: 'eslint',
          outcome: 'refused',
          reason: `src/a.js:3: eslint-disable: ${STEP}`,
          validations: []
        } as never
      ],
      delivery: { kind: 'refused', notes: [`Not pushed to ${BRANCH}: ${JOB}`], ciTriggered: true } as never
    })
    expectInert(md)
    expect(md).toContain('octocat')
  })

  it('the coverage table, its gaps and the monitor’s coverage section', () => {
    const metrics = { line: 80, branch: null, function: null, integration: null, spec: 50, prompt: null }
    const analysis: CoverageAnalysis = {
      metrics,
      hee_total: heeTotal(metrics),
      not_measured: { branch: `${ENTRY} has no branch data` },
      counts: {},
      targets: resolveSettings().targets,
      gate: { passed: true, failures: [] },
      gaps: [
        { kind: 'function', file: ENTRY, line: 3, name: JOB, risk: 9, why: `${STEP} never ran` },
        { kind: 'spec', file: `spec/${WORKFLOW}.md`, line: 4, name: 'REQ-7', risk: 0, why: 'no test' },
        { kind: 'prompt', file: `prompts/${JOB}.txt`, risk: 0, why: 'no test' }
      ],
      patch: null,
      annotations: [],
      annotations_omitted: 0,
      spec: null,
      prompts: null,
      mutation: [],
      lanes: {},
      reports: [{ path: ENTRY, format: 'lcov', lane: '<b>unit</b> @octocat', files: 1, notes: [] }],
      skipped: [],
      trend: []
    }
    expectInert(renderCoverageMarkdown(analysis, SPEC_PRIORITIES))
    const step = {
      analysis,
      settings: resolveSettings(),
      sources: [`${ENTRY} (artifact)`],
      notes: Array.from({ length: 12 }, (_, i) => `artifact ${ENTRY}-${i}: not a report ${WORKFLOW}`)
    } as unknown as CoverageStepResult
    const section = coverageMarkdown(step)
    expectInert(section)
    // A run can upload any number of broken artifacts: a few are named, the rest counted.
    expect(section.split('\n').filter((l) => l.startsWith('- artifact'))).toHaveLength(5)
    expect(section).toContain('and 7 more')
  })

  it('a link is kept only for a plain http(s) URL', () => {
    expect(markdownLink('run 7', 'https://github.com/a/b/actions/runs/7')).toBe(
      '[run 7](https://github.com/a/b/actions/runs/7)'
    )
    expect(markdownLink('run 7', 'javascript:alert(1)')).toBe('run 7')
    expect(markdownLink('run 7', 'https://x.test/a)b')).toBe('run 7')
    expect(markdownLink('@here', undefined)).toBe('@\u200bhere')
  })
})
