/**
 * The classifier beside the naive keyword baseline (keyword-baseline.ts) on the logs of a set
 * that carry a tag (`excerpt` by default: text pasted into issue threads, log-analyzer output),
 * per slice: each primary class, each CI style tag, and the shapes an excerpt takes (a markdown
 * fence, quote marks, CRLF line ends, no timestamps, a stack trace). Counts as score.mjs does.
 *
 * With --shapes it also scores every tagged log pasted as people paste it (in a Markdown fence,
 * under a list item, behind quote marks, with CRLF line ends), where the answer should not move.
 *
 *   node --import tsx bench/excerpts.ts [--tag excerpt] [--shapes] [--verbose] DIR...
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { classifyText } from '../packages/core/src/diagnosis/log-classifier.js'
import type { Label } from './accuracy.js'
import { keywordBaseline } from './keyword-baseline.js'

interface Tally {
  n: number
  locN: number
  primary: [number, number]
  located: [number, number]
}

const CI_STYLES = new Set([
  'plain',
  'gha-ui',
  'gha-raw',
  'gha-ubuntu',
  'gitlab',
  'travis',
  'jenkins',
  'azure',
  'circle',
  'circleci',
  'buildkite',
  'windows'
])

/** The shapes of an excerpt that a tool-format reader can trip on. */
export function shapesOf(text: string): string[] {
  const lines = text.split('\n')
  const out: string[] = []
  if (lines.some((l) => /^\s*(?:>\s*)?(?:```|~~~)/.test(l))) out.push('shape:fenced')
  if (lines.some((l) => /^\s*>/.test(l))) out.push('shape:quoted')
  if (text.includes('\r\n')) out.push('shape:crlf')
  if (!lines.some((l) => /\d\d:\d\d:\d\d/.test(l))) out.push('shape:no-timestamps')
  if (
    lines.some((l) => /^\s+at \S+ \(|^\s+at [\w$.]+\(|^\s*File ".{1,300}", line \d+|^Traceback \(most recent/.test(l))
  )
    out.push('shape:stack-trace')
  if (!lines.some((l) => /##\[group\]|Process completed with exit code|^\$ \S/.test(l))) out.push('shape:no-runner')
  return out
}

const near = (c: Label, found: { pattern: string; line: number }[]): boolean =>
  found.some(
    (f) =>
      c.patterns.includes(f.pattern) && c.cause_lines.some((l) => typeof l === 'number' && Math.abs(l - f.line) <= 2)
  )

export async function compare(dir: string, tag: string, verbose: boolean): Promise<Map<string, Tally>> {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Label[]
  const slices = new Map<string, Tally>()
  const tally = (k: string): Tally => {
    let t = slices.get(k)
    if (!t) slices.set(k, (t = { n: 0, locN: 0, primary: [0, 0], located: [0, 0] }))
    return t
  }
  for (const c of labels) {
    const want = c.patterns[0]
    if (c.uncertain || want === 'OTHER' || !(c.tags ?? []).includes(tag)) continue
    const text = readFileSync(join(dir, 'logs', c.file), 'utf8')
    const answers = [classifyText(text).findings, keywordBaseline(text)]
    const keys = [
      'all',
      `class:${want ?? 'none'}`,
      ...(c.tags ?? []).filter((t) => CI_STYLES.has(t)),
      ...shapesOf(text)
    ]
    const line: string[] = []
    answers.forEach((found, k) => {
      const got = found.map((f) => f.pattern)
      const p = want ? got[0] === want : got.length === 0
      const l = want ? near(c, found) : false
      for (const key of keys) {
        const t = tally(key)
        if (k === 0) {
          t.n++
          if (want) t.locN++
        }
        if (p) t.primary[k]!++
        if (l) t.located[k]!++
      }
      if (!p || (want && !l))
        line.push(`${k === 0 ? 'hee' : 'baseline'} ${got.slice(0, 2).join(',') || 'none'}@${found[0]?.line ?? '-'}`)
    })
    if (verbose && line.length > 0 && line[0]!.startsWith('hee'))
      console.log(`  ${c.file}: want ${want ?? 'none'}@${c.cause_lines.slice(0, 4).join(',')}; ${line.join('; ')}`)
  }
  return slices
}

/** A log as people paste it, and how many lines the paste adds above the log's first. */
export const PASTES: Readonly<Record<string, { wrap: (t: string) => string; shift: number }>> = {
  fenced: { wrap: (t) => '```\n' + t.replace(/\n$/, '') + '\n```\n', shift: 1 },
  'fenced-with-prose': {
    wrap: (t) => 'The job fails with this error:\n\n```console\n' + t.replace(/\n$/, '') + '\n```\n\nAny idea?\n',
    shift: 3
  },
  'list-item-fence': {
    wrap: (t) => '1. Run the job:\n   ```\n' + indent(t, '   ') + '\n   ```\n',
    shift: 2
  },
  // A Markdown code block made by indenting four spaces, under a line of prose.
  'indented-block': { wrap: (t) => 'The job fails with this error:\n\n' + indent(t, '    ') + '\n', shift: 2 },
  // Each line behind the gutter a packaging or task wrapper prints (`│S│ `, `│ `).
  gutter: { wrap: (t) => indent(t, '│S│ '), shift: 0 },
  quoted: { wrap: (t) => indent(t, '> '), shift: 0 },
  'quoted-fence': { wrap: (t) => '> ```\n' + indent(t, '> ') + '\n> ```\n', shift: 1 },
  'nested-quote': { wrap: (t) => indent(t, '> > '), shift: 0 },
  crlf: { wrap: (t) => t.replace(/\r?\n/g, '\r\n'), shift: 0 }
}

function indent(t: string, by: string): string {
  return t
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (l ? by + l : by.trimEnd()))
    .join('\n')
}

/** Per paste shape: [cases, primary, located] of the tagged failing logs. */
export function comparePastes(dir: string, tag: string, verbose: boolean): Map<string, [number, number, number]> {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Label[]
  const out = new Map<string, [number, number, number]>()
  for (const c of labels) {
    const want = c.patterns[0]
    if (c.uncertain || want === undefined || want === 'OTHER' || !(c.tags ?? []).includes(tag)) continue
    const text = readFileSync(join(dir, 'logs', c.file), 'utf8')
    const fenced = /^\s*(?:>\s*)?(?:\x60{3}|~{3})/m.test(text)
    for (const [name, { wrap, shift }] of Object.entries(PASTES)) {
      // A log already in a fence is not fenced again (Markdown has no nested fences).
      if (fenced && name.includes('fence')) continue
      const found = classifyText(wrap(text)).findings
      const t = out.get(name) ?? [0, 0, 0]
      out.set(name, t)
      t[0]++
      const p = found[0]?.pattern === want
      const l = near({ ...c, cause_lines: c.cause_lines.map((x) => (typeof x === 'number' ? x + shift : x)) }, found)
      if (p) t[1]++
      if (l) t[2]++
      if (verbose && (!p || !l))
        console.log(
          `  ${name} ${c.file}: want ${want}, got ${
            found
              .map((f) => `${f.rule}@${f.line}`)
              .slice(0, 2)
              .join(', ') || 'none'
          }`
        )
    }
  }
  return out
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}` : '—')

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const at = args.indexOf('--tag')
  const tag = at >= 0 ? args[at + 1]! : 'excerpt'
  const verbose = args.includes('--verbose')
  for (const dir of args.filter((a, i) => !a.startsWith('--') && !(at >= 0 && i === at + 1))) {
    const slices = await compare(dir, tag, verbose)
    console.log(`\n${dir} (tag ${tag}): hee vs keyword baseline, % primary / % located`)
    console.log('| slice | cases | hee primary | baseline primary | hee located | baseline located |')
    console.log('|---|--:|--:|--:|--:|--:|')
    const order = (k: string): string =>
      k === 'all' ? '0' : k.startsWith('class:') ? `1${k}` : k.startsWith('shape:') ? `3${k}` : `2${k}`
    let behind = 0
    for (const [k, t] of [...slices.entries()].sort(([a], [b]) => order(a).localeCompare(order(b)))) {
      const worse = t.primary[0]! < t.primary[1]! || t.located[0]! < t.located[1]!
      if (worse) behind++
      console.log(
        `| ${k}${worse ? ' (behind)' : ''} | ${t.n} | ${pct(t.primary[0]!, t.n)} | ${pct(t.primary[1]!, t.n)} | ${pct(t.located[0]!, t.locN)} | ${pct(t.located[1]!, t.locN)} |`
      )
    }
    console.log(`slices where hee is behind the baseline: ${behind}`)
    if (args.includes('--shapes')) {
      console.log('\n| pasted as | cases | hee primary | hee located |')
      console.log('|---|--:|--:|--:|')
      for (const [k, [n, p, l]] of comparePastes(dir, tag, verbose))
        console.log(`| ${k} | ${n} | ${pct(p, n)} | ${pct(l, n)} |`)
    }
  }
}
