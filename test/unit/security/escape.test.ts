import { describe, expect, it } from 'vitest'
import { composeAlert } from '../../../packages/core/src/alerts/compose.js'
import { alertMarkdown } from '../../../packages/core/src/alerts/console.js'
import { emailHtml } from '../../../packages/core/src/alerts/email.js'
import { slackMessage } from '../../../packages/core/src/alerts/slack.js'
import type { MonitorOutcome } from '../../../packages/core/src/monitor/engine.js'
import { outcomeMarkdown } from '../../../packages/core/src/monitor/report.js'
import {
  htmlText,
  markdownCode,
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
