/**
 * The classifier reads most lines as bytes, without decoding them (LogClassifier.readPlain,
 * ByteSplitter, the byte helpers of log-line.ts). Each piece is checked here against the
 * string code it stands in for, and the whole against the classifier reading every line in
 * full: the findings, scores, line and byte counts must be the same.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LiteralIndex, SEPARATOR } from '../../../packages/core/src/diagnosis/literal-index.js'
import {
  ByteSplitter,
  FILTERED_CLEAN,
  FILTERED_CUT,
  FILTERED_ESCAPES,
  FILTERED_HIT,
  RangeSplitter
} from '../../../packages/core/src/diagnosis/line-splitter.js'
import { LogClassifier } from '../../../packages/core/src/diagnosis/log-classifier.js'
import {
  cleanLine,
  mayHavePrefix,
  prefixEnd,
  stripAnsi,
  stripAnsiBytes,
  timestampEndOfBytes
} from '../../../packages/core/src/diagnosis/log-line.js'
import { seededRandom } from '../../support/seeded-random.js'

const next = seededRandom(7)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!

/** Pieces that log lines are made of, ANSI codes and awkward bytes among them. */
const PIECES = [
  'error',
  'Error: ',
  'npm ERR! ',
  'ok ',
  ' ',
  '  ',
  '\t',
  'x',
  '12',
  ':',
  '> ',
  '[1] ',
  '[198816] ',
  '[1234]',
  '[2026-',
  '[12:00:01] ',
  '[   47s] ',
  '[47s]',
  '[ 9',
  '[  12%] ',
  '#12 ',
  '12:00:01  ',
  '@acme/web:test: ',
  '2026-11-01T10:00:00.1234567Z ',
  '\x1b[31m',
  '\x1b[0m',
  '\x1b[1;32;40m',
  '\x1b[K',
  '\x1b]0;title\x07',
  '\x1b]8;;http://x\x1b\\',
  '\x1b(B',
  '\x1bM',
  '\x1b',
  '\x1b[',
  '[0K',
  'travis_fold:start:x',
  '✖ ',
  'é',
  '€',
  '\ufeff',
  '\u00a0',
  'FAIL ',
  'E   ',
  '$ make',
  'Run npm ci',
  '##[error]',
  '##[group]Run x',
  'Error: ',
  'Warning:  ',
  'src/a.c:3:1: error: x',
  'error[E0425]: ',
  'FAILED t.py::a'
]

function line(): string {
  let s = ''
  const n = 1 + Math.floor(next() * 8)
  for (let i = 0; i < n; i++) s += pick(PIECES)
  return s
}

/** Invalid or cut UTF-8 bytes spliced into a line. */
function withBadBytes(s: string): Buffer {
  const b = Buffer.from(s, 'utf8')
  if (next() < 0.7) return b
  const at = Math.floor(next() * (b.length + 1))
  const bad = pick([[0xe2], [0xe2, 0x82], [0x82], [0xc0, 0x80], [0xf0, 0x9f, 0x98]])
  return Buffer.concat([b.subarray(0, at), Buffer.from(bad), b.subarray(at)])
}

describe('the byte helpers of log-line', () => {
  it('strip ANSI codes as stripAnsi does on the decoded text, or say they cannot', () => {
    const dst = Buffer.alloc(8192)
    let compared = 0
    for (let k = 0; k < 4000; k++) {
      const bytes = withBadBytes(line())
      const n = stripAnsiBytes(bytes, 0, bytes.length, dst)
      if (n < 0) continue
      compared++
      expect(dst.toString('utf8', 0, n), JSON.stringify(bytes.toString('latin1'))).toBe(
        stripAnsi(bytes.toString('utf8'))
      )
    }
    expect(compared).toBeGreaterThan(3000)
    // An OSC sequence holding non-ASCII text, and a code cutting a character, are left to strings.
    const osc = Buffer.from('\x1b]0;tïtle\x07x')
    expect(stripAnsiBytes(osc, 0, osc.length, dst)).toBe(-1)
    const cut = Buffer.from([0xe2, 0x1b, 0x5b, 0x6d, 0x82, 0xac])
    expect(stripAnsiBytes(cut, 0, cut.length, dst)).toBe(-1)
  })

  it('find no prefix only where prefixEnd takes none off', () => {
    let plain = 0
    for (let k = 0; k < 4000; k++) {
      const s = line()
      const b = Buffer.from(s, 'utf8')
      const ascii = b.length === s.length
      for (const afterTimestamp of [false, true]) {
        if (!ascii || mayHavePrefix(b, 0, b.length, afterTimestamp)) continue
        plain++
        expect(prefixEnd(s, 0, afterTimestamp), JSON.stringify(s)).toBe(0)
        expect(s.startsWith('##[')).toBe(false)
      }
    }
    expect(plain).toBeGreaterThan(1000)
  })

  it('read the runner timestamp where cleanLine reads it', () => {
    const cases = [
      '2026-11-01T10:00:00.1234567Z x',
      '2026-11-01T10:00:00Z',
      '2026-11-01T10:00:00.Z x',
      '2026-11-01T10:00:00.1234567890Z x',
      '2026-11-01 10:00:00.1Z x',
      '2026-11-01T10:00:0a.1Z x',
      'x 2026-11-01T10:00:00Z'
    ]
    for (const s of cases) {
      const b = Buffer.from(s)
      const end = timestampEndOfBytes(b, 0, b.length)
      const ts = cleanLine(s).timestamp
      expect(end < 0 ? undefined : s.slice(0, end), s).toBe(ts)
    }
  })
})

describe('the line scanner over bytes', () => {
  it('ends every segment and reports each literal where it ends, as scanBytes does', () => {
    const literals = ['error', 'fail', '✖', '\x1b', 'rror:']
    const index = LiteralIndex.forBytes(literals.map((l) => [l]))
    const { next: table, table: classes } = index.lineScanner()
    for (let k = 0; k < 500; k++) {
      const text = Array.from({ length: 4 }, () => line()).join(pick(['\n', '\r\n', '\r']))
      const buf = withBadBytes(text + '\n')
      if (buf[buf.length - 1] !== 0x0a) continue
      let row = 0
      let start = 0
      let found: number[] = []
      for (let i = 0; i < buf.length; i++) {
        row = table[row + classes[buf[i]!]!]!
        if (row === SEPARATOR) {
          const want: number[] = []
          index.scanBytes(buf, start, i, (id) => want.push(id))
          expect(found, buf.toString('latin1', start, i)).toEqual(want)
          found = []
          row = 0
          start = i + 1
        } else if (row < 0) {
          row = ~row
          found.push(...index.outputsAtRow(row))
        }
      }
      expect(start).toBe(buf.length)
    }
  })

  it('counts only the literals of the ids it is told to', () => {
    const literals = [['error'], ['warn'], ['rror:']]
    // Id 1 does not count; id 2 counts, and ends inside id 0's literal.
    const {
      next: table,
      table: classes,
      counted,
      width
    } = LiteralIndex.forBytes(literals).lineScanner({ counts: (id) => id !== 1 })
    const hits = (text: string): boolean[] => {
      const out: boolean[] = []
      let row = 0
      let hit = false
      for (const b of Buffer.from(text, 'utf8')) {
        row = table[row + classes[b]!]!
        if (row === SEPARATOR) {
          out.push(hit)
          row = 0
          hit = false
        } else if (row < 0) {
          row = ~row
          hit ||= counted[row / width] === 1
        }
      }
      return out
    }
    expect(hits('a warning\n')).toEqual([false])
    expect(hits('an ERROR\n')).toEqual([true])
    expect(hits('warn then rror: x\nwarn\n')).toEqual([true, false])
    expect(hits('warnerror\n')).toEqual([true])
  })
})

describe('ByteSplitter', () => {
  it('gives RangeSplitter’s segments and counts, whatever the chunks', () => {
    const filter = LiteralIndex.forBytes([['error']]).lineScanner()
    for (let k = 0; k < 300; k++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 6) }, () =>
        next() < 0.05 ? 'y'.repeat(70000) : line()
      ).join(pick(['\n', '\r\n', '\r', '\n\n']))
      const buf = Buffer.concat([withBadBytes(text), Buffer.from(next() < 0.5 ? '\n' : '')])
      const want: [string, number][] = []
      const strings = new RangeSplitter((s, from, to, l) => want.push([s.slice(from, to), l]))
      strings.push(buf)
      const wantEnd = strings.end()
      const got: [string, number][] = []
      const bytes = new ByteSplitter(filter, (b, from, to, l, filtered) => {
        expect([FILTERED_CLEAN, FILTERED_HIT, FILTERED_CUT]).toContain(filtered)
        let s = b.toString('utf8', from, Math.min(to, from + 3 * 16384 + 4))
        if (s.length > 16384) s = s.slice(0, 16384)
        got.push([s, l])
      })
      for (let at = 0; at < buf.length;) {
        const size = 1 + Math.floor(next() * (next() < 0.5 ? 8 : 90000))
        bytes.push(buf.subarray(at, at + size))
        at += size
      }
      expect(bytes.end()).toEqual(wantEnd)
      expect(got).toEqual(want)
    }
  })

  it('keeps the literals of each segment it scanned whole: those a scan from there finds', () => {
    const index = LiteralIndex.forBytes([['error'], ['fail', 'rror:'], ['\x1b'], ['00z']])
    const scanner = index.lineScanner()
    let kept = 0
    for (let k = 0; k < 200; k++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 40) }, () =>
        next() < 0.05 ? 'error '.repeat(12000) : line()
      ).join(pick(['\n', '\r\n', '\r']))
      const buf = Buffer.concat([withBadBytes(text), Buffer.from('\n')])
      const bytes: ByteSplitter = new ByteSplitter(scanner, (b, from, to, _l, filtered, scanFrom, f, t) => {
        if (scanFrom < 0) return
        expect(filtered).not.toBe(FILTERED_CUT)
        expect(scanFrom).toBeGreaterThanOrEqual(from)
        const want: string[] = []
        index.scanBytes(b, scanFrom, to, (id) => want.push(String(id)))
        const got: string[] = []
        for (let j = f; j < t; j++) {
          expect(bytes.found.at[j]).toBeGreaterThanOrEqual(scanFrom)
          expect(bytes.found.at[j]).toBeLessThan(to)
          got.push(...index.outputsAtRow(bytes.found.row[j]!).map(String))
        }
        expect(got).toEqual(want)
        kept++
      })
      for (let at = 0; at < buf.length;) {
        const size = 1 + Math.floor(next() * (next() < 0.5 ? 200 : 200000))
        bytes.push(buf.subarray(at, at + size))
        at += size
      }
      bytes.end()
    }
    expect(kept).toBeGreaterThan(1000)
  })

  it('steps over ANSI sequences: what it says of a segment and keeps of it are what the text without them holds', () => {
    // `m` and `k` end most sequences, `[0k` is one, `rror:` may be split by one.
    const index = LiteralIndex.forBytes([['error'], ['fail', 'rror:'], ['m'], ['[0k'], ['title', 'k']])
    const scanner = index.lineScanner({ escapes: true })
    const dst = Buffer.alloc(4 * 65536)
    let escaped = 0
    let clean = 0
    for (let k = 0; k < 300; k++) {
      const text = Array.from(
        { length: 1 + Math.floor(next() * 40) },
        () =>
          pick(['err', 'or: ', '\x1b[0m', '\x1b[31m', '\x1b[K', '\x1b[0K', 'x']).repeat(1 + Math.floor(next() * 3)) +
          line()
      ).join(pick(['\n', '\r\n', '\r']))
      const buf = Buffer.concat([withBadBytes(text), Buffer.from('\n')])
      const bytes: ByteSplitter = new ByteSplitter(scanner, (b, from, to, _l, filtered, scanFrom, f, t) => {
        if (filtered === FILTERED_CUT) return
        const seg = b.subarray(from, to)
        expect((filtered & FILTERED_ESCAPES) !== 0).toBe(seg.includes(0x1b))
        if (scanFrom < 0) return
        const n = stripAnsiBytes(b, scanFrom, to, dst)
        const label = JSON.stringify(seg.toString('latin1'))
        // An OSC sequence, or one the bytes cannot tell, is scanned as text: a candidate.
        if (n < 0 || seg.includes('\x1b]')) {
          expect(filtered & FILTERED_HIT, label).toBe(FILTERED_HIT)
          return
        }
        const want: number[] = []
        index.scanBytes(dst, 0, n, (id) => want.push(id))
        const got: number[] = []
        for (let j = f; j < t; j++) got.push(...index.outputsAtRow(bytes.found.row[j]!))
        expect(got, label).toEqual(want)
        expect(filtered & FILTERED_HIT, label).toBe(want.length > 0 ? FILTERED_HIT : 0)
        if (filtered & FILTERED_ESCAPES) escaped++
        if (filtered === FILTERED_ESCAPES) clean++
      })
      for (let at = 0; at < buf.length;) {
        const size = 1 + Math.floor(next() * (next() < 0.5 ? 200 : 200000))
        bytes.push(buf.subarray(at, at + size))
        at += size
      }
      bytes.end()
    }
    expect(escaped).toBeGreaterThan(1000)
    // Segments whose only literals were inside sequences (`\x1b[31m` holds `m`) are no candidates.
    expect(clean).toBeGreaterThan(100)
  })

  it('filters a segment from where its text starts: past the runner timestamp', () => {
    // '00z' occurs in every timestamp (folded to lower case), 'error' in text.
    const filter = LiteralIndex.forBytes([['00z', 'error']]).lineScanner()
    const got: [string, number][] = []
    const splitter = new ByteSplitter(filter, (b, from, to, _l, filtered) =>
      got.push([b.toString('utf8', from, to), filtered])
    )
    splitter.push(
      '2026-11-01T10:00:00.1234500Z all good\n' +
        '2026-11-01T10:00:00.1234500Z an error\n' +
        '2026-11-01T10:00:00.1234500Z\n' +
        'at 2026-11-01T10:00:00.1234500Z\n' +
        '2026-11-01T10:00:00.1234500Z  2026-11-01T10:00:00.1234500Z\r2026-11-01T10:00:00Z ok\n'
    )
    splitter.end()
    expect(got).toEqual([
      ['2026-11-01T10:00:00.1234500Z all good', FILTERED_CLEAN],
      ['2026-11-01T10:00:00.1234500Z an error', FILTERED_HIT],
      ['2026-11-01T10:00:00.1234500Z', FILTERED_CLEAN],
      // Not at the start: text.
      ['at 2026-11-01T10:00:00.1234500Z', FILTERED_HIT],
      // Past the first timestamp and one blank, the second is text.
      ['2026-11-01T10:00:00.1234500Z  2026-11-01T10:00:00.1234500Z', FILTERED_HIT],
      ['2026-11-01T10:00:00Z ok', FILTERED_CLEAN]
    ])
  })
})

const DEV = join(import.meta.dirname, '../../fixtures/corpus/dev/logs')
const FIXTURES = join(import.meta.dirname, '../../fixtures/logs')
const logs = [
  ...readdirSync(DEV).map((n) => join(DEV, n)),
  ...readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.log'))
    .map((n) => join(FIXTURES, n))
]

/** Classifies `chunks`; with `full`, every line is decoded and read in full (no byte reading). */
function classify(chunks: readonly Buffer[], full: boolean): string {
  const c = new LogClassifier()
  if (full) (c as unknown as { readPlain: () => boolean }).readPlain = () => false
  for (const x of chunks) c.push(x)
  return JSON.stringify(c.end({ explain: true }))
}

/**
 * Runs `body` while counting the lines the classifier read as bytes (readPlain answered true)
 * and `counts` accepts (given the line's bytes as latin1), and returns that count.
 */
function countBytesRead(counts: (line: string) => boolean, body: () => void): number {
  let n = 0
  const proto = LogClassifier.prototype as unknown as {
    readPlain: (buf: Buffer, from: number, to: number, ...a: unknown[]) => boolean
  }
  const readPlain = proto.readPlain
  proto.readPlain = function (this: unknown, buf: Buffer, from: number, to: number, ...a: unknown[]) {
    const r = readPlain.call(this, buf, from, to, ...a)
    if (r && counts(buf.toString('latin1', from, to))) n++
    return r
  }
  try {
    body()
  } finally {
    proto.readPlain = readPlain
  }
  return n
}

/**
 * 300 logs of `lines` lines, each of one to `parts` random pieces: the byte reading must find on
 * each what the full reading finds.
 */
function compareOnRandomLogs(pieces: readonly string[], lines: number, parts: number): void {
  for (let k = 0; k < 300; k++) {
    const log = Array.from({ length: lines }, () => {
      let s = ''
      for (let n = 1 + Math.floor(next() * parts); n > 0; n--) s += pick(pieces)
      return s
    })
    const buf = Buffer.from(log.join('\n') + '\n', 'utf8')
    expect(classify([buf], false), log.join('\n')).toBe(classify([buf], true))
  }
}

describe('LogClassifier reading lines as bytes', () => {
  it('finds on the dev corpus and the fixtures what reading every line in full finds, in any chunks', () => {
    const plain = countBytesRead(
      () => true,
      () => {
        for (const file of logs) {
          const buf = readFileSync(file)
          const want = classify([buf], true)
          expect(classify([buf], false), file).toBe(want)
          const chunks: Buffer[] = []
          for (let at = 0; at < buf.length;) {
            const size = 1 + Math.floor(next() * (next() < 0.3 ? 16 : 5000))
            chunks.push(buf.subarray(at, at + size))
            at += size
          }
          expect(classify(chunks, false), `${file} in ${chunks.length} chunks`).toBe(want)
        }
      }
    )
    // The byte reading did take thousands of lines (the dev logs are short and failure-dense).
    expect(plain).toBeGreaterThan(5000)
  })

  it('reads fenced, Travis-marked and tabbed lines as bytes as the full reading reads them', () => {
    const pieces = [
      '',
      ' ',
      '    ',
      '\t',
      'error: x',
      'FAILED ',
      'travis_fold:start:install',
      'travis_time:end:0a1b:start=1,finish=2',
      'travis_fold:x',
      '[0K',
      '\x1b[31m',
      '\x1b[0K',
      '```',
      '~~~',
      '> ',
      '##[error]',
      '#1 ',
      '2026-11-01T10:00:00.1234567Z ',
      'build\tRun tests\t2026-11-01T10:00:00.1Z ',
      '](https://github.com/o/r/actions/runs/1/job/2#step:4:7)',
      'No space left on device',
      'Process completed with exit code 1.',
      'timed out',
      '✗ ',
      'ok'
    ]
    const plain = countBytesRead(
      (s) => s.includes('travis_') || s.includes('[0K') || s.includes('\t') || s.startsWith(' '),
      () => compareOnRandomLogs(pieces, 30, 5)
    )
    // Lines of each of these kinds were read as bytes, not only in full.
    expect(plain).toBeGreaterThan(1000)
  })

  it("reads an excerpt's line numbers and a service's gutter as bytes as the full reading reads them", () => {
    // Gutters that open, continue (the next number), break and open again, among fences and
    // blank lines, and lines that only look like one (`404: Not Found`, a table's `a | b`).
    const pieces = [
      '1 | ',
      '2 | ',
      '3 | ',
      ' 12│',
      '13: ',
      '14: ',
      '7\t',
      '8\t',
      '404: Not Found',
      'api-1  | ',
      'db_1 | ',
      'name | value',
      '```',
      '',
      ' ',
      'error: cannot find x',
      'FAILED t.py::a',
      '2026-11-01T10:00:00.1234567Z ',
      'ok'
    ]
    const plain = countBytesRead(
      () => true,
      () => compareOnRandomLogs(pieces, 24, 3)
    )
    expect(plain).toBeGreaterThan(500)
  })

  it('notes the context lines that rules read after them as the full reading notes them', () => {
    // Lines that only set a rule's context (`# pkg` before Go's errors, ansible-lint's
    // `rule[tag]: …` before its location, ruff's code before its arrow), read as bytes,
    // among the lines whose rules read that context.
    const context = ['# example.com/pkg', 'yaml[truthy]: Truthy value', 'F401 [*] `os` imported', 'ruff: x']
    const pieces = [
      ...context,
      'main.go:3:1: undefined: x',
      'roles/a.yml:12',
      '  --> a.py:1:8',
      '2026-11-01T10:00:00.1234567Z ',
      '\x1b[31m',
      'error: ',
      'ok',
      ''
    ]
    const plain = countBytesRead(
      (s) => context.some((c) => s.includes(c)),
      () => compareOnRandomLogs(pieces, 20, 3)
    )
    expect(plain).toBeGreaterThan(500)
  })

  it('reads lines whose error or cue words say nothing as bytes, as the full reading reads them', () => {
    // Words that name a severity or a family's trigger inside text that reports nothing
    // (`0 errors`, `terror`, `--timeout=30`), among lines whose words do report a failure or a
    // clean result, and Docker `RUN` lines, which the full reading takes as commands.
    const quiet = ['errors: 0', 'terror', 'failover', 'timeout=30', 'audit', 'license MIT', 'undefinedBehavior']
    const pieces = [
      ...quiet,
      'No vulnerabilities found',
      '0 failed',
      'error: cannot find x',
      'Killed',
      'npm ERR! code E404',
      '#5 [2/3] RUN make',
      'warning: unused',
      'WARNING: ',
      '2026-11-01T10:00:00.1234567Z ',
      '\x1b[31m',
      ' ',
      'ok',
      ''
    ]
    const plain = countBytesRead(
      (s) => quiet.some((q) => s.includes(q)),
      () => compareOnRandomLogs(pieces, 20, 3)
    )
    expect(plain).toBeGreaterThan(500)
  })

  it('reads lines with ANSI sequences as bytes as the full reading reads them', () => {
    // Sequences around and inside the words that make a line a candidate, OSC sequences that
    // hold a tab, a link or a Travis marker, and sequences the bytes cannot tell.
    const pieces = [
      '\x1b[31m',
      '\x1b[0m',
      '\x1b[36;1m',
      '\x1b[0K',
      '\x1b[K',
      '\x1b(B',
      '\x1bM',
      '\x1b',
      '\x1b[',
      '\x1b]0;a\tb\x07',
      '\x1b]8;;https://github.com/o/r\x1b\\',
      '\x1b](https://github.com/o/r/actions/runs/1/job/2#step:4:7)\x07',
      '\x1b]0;travis_fold:start:x\x07',
      '\x1b]0;tïtle\x07',
      'err',
      'or: ',
      'FAIL',
      'ED t.py::a',
      'Process completed with exit code 1.',
      'npm ERR! ',
      'travis_fold:start:x',
      '[0K',
      '2026-11-01T10:00:00.1234567Z ',
      '$ ',
      'E ',
      ' ',
      'é',
      'ok',
      ''
    ]
    const plain = countBytesRead(
      (s) => s.includes('\x1b'),
      () => compareOnRandomLogs(pieces, 24, 5)
    )
    expect(plain).toBeGreaterThan(1000)
  })

  it('tries the outcome markers whose literals a line holds, and finds what the full reading finds', () => {
    // Step and job outcomes cut into pieces, so that many lines start as a marker does and
    // hold some of its words (`ok`, ` in `, `Tests:`) without being one, among Travis markers
    // and ANSI sequences, after which the literals the splitter kept are not those of the text.
    const pieces = [
      'The command "make" ',
      'exited with 0.',
      'exited with 2.',
      'failed and ',
      'OK',
      ' (3 tests)',
      'ok',
      'Tests:  ',
      '1 failed',
      '2 total',
      '=== ',
      '1 passed',
      ' in 0.5s ===',
      'BUILD SUCCESSFUL',
      'BUILD FAILED',
      'FAILURES!',
      'make: *** [all] Error 2',
      'Finished: SUCCESS',
      'Finished: FAILURE',
      'npm info ok',
      'test result: ok.',
      'test result: FAILED.',
      '\ud83d\udea8 Error: The command exited with status 1',
      'travis_fold:end:x',
      '\x1b[31m',
      '\x1b]0;x\x07',
      '2026-11-01T10:00:00.1234567Z ',
      ' ',
      ''
    ]
    // A marker's words split by a Travis marker or an OSC sequence, which the text read loses.
    const split = [
      'Finished:',
      ' SUCCESS',
      'The command "m',
      '" exited with',
      ' 0.',
      'travis_fold:end:x',
      '\x1b]0;x\x07',
      '2026-11-01T10:00:00.1234567Z ',
      'error: cannot find x',
      ''
    ]
    const plain = countBytesRead(
      (s) => /^(?:\S+Z )?(?:OK|ok|Tests|The|BUILD|Finished|test|npm|===)/.test(s),
      () => {
        compareOnRandomLogs(pieces, 20, 3)
        compareOnRandomLogs(split, 20, 4)
      }
    )
    expect(plain).toBeGreaterThan(500)
  })

  it('reads a string as its UTF-8 bytes', () => {
    const text = readFileSync(logs[0]!, 'utf8')
    const c = new LogClassifier()
    c.push(text)
    expect(JSON.stringify(c.end({ explain: true }))).toBe(classify([Buffer.from(text, 'utf8')], true))
  })
})
