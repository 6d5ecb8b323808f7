import { describe, expect, it } from 'vitest'
import {
  alertMarkdown,
  annotationLevel,
  consoleChannel,
  mdCode,
  type AnnotationLevel,
  type AnnotationProps,
  type ConsoleSink
} from '../../../packages/core/src/alerts/console.js'
import { DEFAULT_MATRIX } from '../../../packages/core/src/alerts/escalation.js'
import { trackIncidents } from '../../../packages/core/src/alerts/incidents.js'
import type { Alert } from '../../../packages/core/src/alerts/types.js'
import { sourceLocationOf } from '../../../packages/core/src/diagnosis/source-location.js'

/** The source location as the classifier puts it on a finding. */
function sourceLocation(excerpt: string): { file?: string; fileLine?: number } {
  const l = sourceLocationOf(excerpt)
  return l ? { file: l.file, fileLine: l.line } : {}
}

function brokeAlert(excerpt: string): Alert {
  const r = trackIncidents({
    previous: {},
    repository: 'acme/app',
    workflow: 'CI',
    runId: 77,
    runUrl: 'https://github.com/acme/app/actions/runs/77',
    conclusion: 'failure',
    findings: [
      {
        pattern: 'PAT-001',
        name: 'Compilation failure',
        severity: 'critical',
        line: 120,
        excerpt,
        ...sourceLocation(excerpt),
        step: 'Build',
        job: 'build'
      }
    ],
    now: new Date('2025-03-01T10:00:00Z'),
    matrix: DEFAULT_MATRIX
  })
  return r.alerts[0]!
}

class MemorySink implements ConsoleSink {
  annotations: Array<{ level: AnnotationLevel; message: string; props: AnnotationProps }> = []
  summaries: string[] = []
  annotate(level: AnnotationLevel, message: string, props: AnnotationProps): void {
    this.annotations.push({ level, message, props })
  }
  summary(markdown: string): void {
    this.summaries.push(markdown)
  }
}

describe('alertMarkdown', () => {
  it('says what failed, where, since when and what happens next', () => {
    const md = alertMarkdown(brokeAlert('src/lib.rs:42:7 error[E0425]: cannot find value `x`'))
    expect(md).toMatch(/^### 🔴 CI broke: Compilation failure\n/)
    expect(md).toContain(
      '- **What:** Compilation failure (`PAT-001`), severity **critical** in [run 77](https://github.com/acme/app/actions/runs/77)'
    )
    expect(md).toContain('- **Where:** job `build` › step `Build` › `src/lib.rs:42` › log line 120')
    expect(md).toContain('- **Since:** 2025-03-01T10:00:00.000Z · 1 run in a row')
    expect(md).toMatch(/- \*\*Next:\*\* Fix the compile error/)
    expect(md).toContain('```text\nsrc/lib.rs:42:7 error[E0425]: cannot find value `x`\n```')
  })

  it('keeps an excerpt with fences and HTML inside its code block', () => {
    const md = alertMarkdown(brokeAlert('```\n<script>alert(1)</script>'))
    expect(md).toContain('````text\n```\n<script>alert(1)</script>\n````')
  })

  it('escapes Markdown in names', () => {
    const a = { ...brokeAlert('x'), title: 'CI *bold* <img src=x>' }
    expect(alertMarkdown(a)).toContain('CI \\*bold\\* &lt;img src=x&gt;')
    expect(mdCode('a`b')).toBe('`` a`b ``')
  })
})

describe('consoleChannel', () => {
  it('annotates the evidence line and writes a summary, redacted and inert', async () => {
    const sink = new MemorySink()
    const excerpt =
      'src/lib.rs:42:7 error\n::add-mask::x\n::set-output name=a::ghp_0123456789abcdefghijABCDEFGHIJ012345'
    await consoleChannel({ sink, knownSecrets: ['s3cret-value'] }).send({
      ...brokeAlert(excerpt),
      nextStep: 'ask s3cret-value'
    })
    expect(sink.annotations).toHaveLength(1)
    const [a] = sink.annotations
    expect(a!.level).toBe('error')
    expect(a!.props).toEqual({ title: 'HEE CI: CI broke: Compilation failure', file: 'src/lib.rs', startLine: 42 })
    const md = sink.summaries[0]!
    expect(md).not.toContain('ghp_0123456789')
    expect(md).not.toContain('s3cret-value')
    for (const line of md.split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^\s*::[a-zA-Z-]+( [^:]*)?::/)
  })

  it('maps kinds and severities to annotation levels', () => {
    const base = brokeAlert('x')
    expect(annotationLevel({ ...base, severity: 'medium' })).toBe('warning')
    expect(annotationLevel({ ...base, severity: 'low' })).toBe('notice')
    expect(annotationLevel({ ...base, kind: 'fixed' })).toBe('notice')
  })
})
