import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  CaretEscapes,
  cleanLine,
  Cp437Mojibake,
  levelOf,
  LineView,
  MAX_MATCH_CHARS,
  prefixEnd,
  stripAnsi
} from '../../../packages/core/src/diagnosis/log-line.js'

describe('cleanLine', () => {
  it('takes the runner timestamp off and keeps it', () => {
    expect(cleanLine('2024-05-01T12:00:00.1234567Z error[E0308]: mismatched types')).toEqual({
      text: 'error[E0308]: mismatched types',
      timestamp: '2024-05-01T12:00:00.1234567Z',
      level: 'error',
      command: undefined
    })
  })

  it('reads an error annotation and strips its prefix', () => {
    const l = cleanLine('2024-05-01T12:00:00.1Z ##[error]Process completed with exit code 1.')
    expect(l).toMatchObject({ text: 'Process completed with exit code 1.', level: 'error', command: 'error' })
  })

  it('reads a group title', () => {
    expect(cleanLine('##[group]Run cargo test')).toMatchObject({ text: 'Run cargo test', command: 'group' })
  })

  it('drops the job and step columns of gh run view --log', () => {
    const l = cleanLine('build\tRun tests\t2021-12-01T13:01:04.3807878Z LogDifferTest > parses() FAILED')
    expect(l).toMatchObject({ text: 'LogDifferTest > parses() FAILED', timestamp: '2021-12-01T13:01:04.3807878Z' })
  })

  it("drops gh run view's columns before a step's first line, which carries a byte-order mark", () => {
    const l = cleanLine(
      'lint\tRun ruff format\t\uFEFF2026-01-30T03:23:56.5123612Z ##[group]Run uv run ruff format --check .'
    )
    expect(l).toMatchObject({
      text: 'Run uv run ruff format --check .',
      command: 'group',
      step: 'Run ruff format',
      timestamp: '2026-01-30T03:23:56.5123612Z'
    })
  })

  it("takes pnpm's recursive-run prefix (the package's folder and a script) off, and nothing like it", () => {
    expect(
      cleanLine("packages/mcp-server lint:   102:9  error  'timeout' is never reassigned  prefer-const").text
    ).toBe("  102:9  error  'timeout' is never reassigned  prefer-const")
    expect(cleanLine('apps/web test:unit: FAIL src/a.test.ts').text).toBe('FAIL src/a.test.ts')
    expect(cleanLine('src/lib warning: unused import').text).toBe('src/lib warning: unused import')
    expect(cleanLine('lib/foo.rb:12: warning: shadowing').text).toBe('lib/foo.rb:12: warning: shadowing')
  })

  it('removes colour codes, charset selections and Travis markers', () => {
    expect(cleanLine('\x1b[0Ktravis_fold:end:install\x1b[0K\x1b[31;1m$ make test\x1b[0m\x1b(B').text).toBe(
      '$ make test'
    )
  })

  it('marks Maven warnings as warnings and plain lines as none', () => {
    expect(cleanLine('[WARNING] Could not transfer metadata').level).toBe('warning')
    expect(cleanLine('Compiling foo v0.1.0').level).toBe('none')
  })

  it('bounds the text fed to regexes', () => {
    expect(cleanLine('x'.repeat(100_000)).text.length).toBe(MAX_MATCH_CHARS)
  })
})

describe('stripAnsi', () => {
  it('leaves text without escapes untouched', () => {
    expect(stripAnsi('plain [0m text')).toBe('plain [0m text')
  })

  it('removes OSC hyperlinks', () => {
    expect(stripAnsi('\x1b]8;;https://x.test\x07link\x1b]8;;\x07')).toBe('link')
  })
})

describe('CaretEscapes', () => {
  const read = (chunks: (string | Buffer)[]): string => {
    const c = new CaretEscapes()
    const parts = chunks.map((x) => {
      const y = c.next(x)
      return typeof y === 'string' ? y : Buffer.from(y).toString('latin1')
    })
    const held = c.end()
    if (held) parts.push(held.toString('latin1'))
    return parts.join('') // the texts are ASCII: a byte is a character
  }

  it('turns the caret-written escape of gh run view --log back into the escape', () => {
    expect(read(['^[[1m^[[91merror^[[0m^[[1m: unnested or-patterns^[[0m\n'])).toBe(
      '\x1b[1m\x1b[91merror\x1b[0m\x1b[1m: unnested or-patterns\x1b[0m\n'
    )
  })

  it('leaves a caret that opens no colour or cursor code as it is', () => {
    const text = "grep -E '^[[:space:]]*#' ^[x ^[[12 done ^[\n"
    expect(read([text])).toBe(text)
  })

  it('reads a code cut by a chunk boundary anywhere, in strings and in bytes', () => {
    const text = 'a ^[[36;1mcargo clippy^[[0m b ^'
    const want = 'a \x1b[36;1mcargo clippy\x1b[0m b ^'
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: text.length }),
        fc.integer({ min: 0, max: text.length }),
        fc.boolean(),
        (x, y, bytes) => {
          const [i, j] = x <= y ? [x, y] : [y, x]
          const cut = [text.slice(0, i), text.slice(i, j), text.slice(j)].map((p) => (bytes ? Buffer.from(p) : p))
          expect(read(cut)).toBe(want)
        }
      )
    )
  })
})

describe('LineView', () => {
  const viewed = (v: LineView) => ({
    text: v.text,
    timestamp: v.timestamp,
    level: v.level,
    command: v.command,
    ...(v.step !== undefined ? { step: v.step } : {}),
    ...(v.cyan ? { cyan: true } : {})
  })

  it('cleans a line in place exactly as cleanLine does', () => {
    const pieces = [
      '2024-05-01T12:00:00',
      '.1234567',
      '.1234567890',
      'Z',
      ' ',
      '##[error]',
      '##[group]',
      '\uFEFF',
      '\t',
      '\x1b[31m',
      '\x1b[36;1m',
      'build\tRun tests\t',
      'travis_fold:end:x',
      '[0K',
      'error: x',
      '  ',
      '\u00a0',
      'Run a',
      'x'.repeat(5000)
    ]
    const line = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((a) => a.join(''))
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        // Several lines in one string, viewed in order, as the classifier does with a chunk.
        const chunk = lines.join('\n')
        const v = new LineView()
        let from = 0
        for (const l of lines) {
          v.reset(chunk, from, from + l.length)
          expect(viewed(v)).toEqual(cleanLine(l))
          from += l.length + 1
        }
      }),
      { numRuns: 1000 }
    )
  })
})

describe('a log pasted into an issue', () => {
  const view = (text: string): string[] => {
    const v = new LineView(true)
    const out: string[] = []
    let from = 0
    for (const l of text.split('\n')) {
      v.reset(text, from, from + l.length)
      out.push(v.text)
      from += l.length + 1
    }
    return out
  }

  it('loses its quote marks, one space each, and keeps its own indentation', () => {
    expect(view('> FAIL src/a.test.ts\n>\n>     at f (src/a.ts:3:5)\n> > error: x\n>> > E   assert 1 == 2')).toEqual([
      'FAIL src/a.test.ts',
      '',
      '    at f (src/a.ts:3:5)',
      'error: x',
      'E   assert 1 == 2'
    ])
    // Python's prompt is no quote: the command it was given stays behind it.
    expect(view('>>> import torch\n> >>> import torch')).toEqual(['>>> import torch', '>>> import torch'])
    // A quoted runner line loses its timestamp as well; a `>` before text is text.
    expect(cleanLine('> 2024-05-01T12:00:00Z ##[error]boom')).toMatchObject({ text: 'boom', command: 'error' })
    expect(cleanLine('>=1.2.3 required').text).toBe('>=1.2.3 required')
  })

  it("loses an indented fence's indentation inside the fence, and only there", () => {
    const text = ['1. Run it:', '   ```console', '   12:00:01  error: x', '      at f', '   ```', '   after'].join('\n')
    expect(view(text)).toEqual(['1. Run it:', '   ```console', 'error: x', '   at f', '   ```', '   after'])
  })

  it('loses the indentation of a block indented as Markdown code under a sentence, up to a line less indented', () => {
    const text = [
      'The job fails with:',
      '',
      '    error[E0425]: cannot find value `x`',
      '      --> src/main.rs:2:5',
      '',
      '    error: aborting due to 1 previous error',
      'Any idea?',
      '    not code: no blank line above'
    ].join('\n')
    expect(view(text)).toEqual([
      'The job fails with:',
      '',
      'error[E0425]: cannot find value `x`',
      '  --> src/main.rs:2:5',
      '',
      'error: aborting due to 1 previous error',
      'Any idea?',
      '    not code: no blank line above'
    ])
  })

  it('loses the gutter a wrapper puts before each line (│, ┃, a lettered │S│), and keeps the table rows behind it', () => {
    const text = [
      '│S│ + cargo fetch --locked',
      '│S│     Updating crates.io index',
      '┃ error: x',
      '│',
      '│ high │ Remote Code Execution │'
    ].join('\n')
    expect(view(text)).toEqual([
      '+ cargo fetch --locked',
      '    Updating crates.io index',
      'error: x',
      '',
      'high │ Remote Code Execution │'
    ])
  })

  it("loses an excerpt's line numbers while each line continues them, and a compose service's name", () => {
    const numbered = [
      ' 1201 | Run pytest -q',
      ' 1202 | ',
      ' 1203 | FAILED tests/test_io.py::test_read - OSError: x',
      ' 1204 | 1 failed in 0.20s',
      '',
      '12 | let x = 1;'
    ].join('\n')
    expect(view(numbered)).toEqual([
      'Run pytest -q',
      '',
      'FAILED tests/test_io.py::test_read - OSError: x',
      '1 failed in 0.20s',
      '',
      'let x = 1;'
    ])
    // `88: ` and a tab, from the first line of a log or of a fence; the gutter ends where a
    // line does not continue it.
    expect(view('88: error: x\n89: Error 1\n91: not next\nplain')).toEqual([
      'error: x',
      'Error 1',
      '91: not next',
      'plain'
    ])
    expect(view('Output:\n```\n7\tFAIL a.test.js\n8\t  ● adds\n```')).toEqual([
      'Output:',
      '```',
      'FAIL a.test.js',
      '  ● adds',
      '```'
    ])
    // After a blank line only a gutter that cannot be a tool's own words opens: an HTTP status
    // is text, and so is a line that only looks like a gutter in the middle of a log.
    expect(view('Fetching index\n\n404: Not Found\nsrc/a.rs\n2 | foo();')).toEqual([
      'Fetching index',
      '',
      '404: Not Found',
      'src/a.rs',
      '2 | foo();'
    ])
    expect(view('api-1  | npm ERR! code E404\ndb_1   | ready\nweb.1 | FAIL x\nname | value')).toEqual([
      'npm ERR! code E404',
      'ready',
      'FAIL x',
      'name | value'
    ])
  })

  it("keeps a tool's own indentation: a deeper line under an indented one opens no block", () => {
    const text = ['  1) suite', '       adds:', '', '      AssertionError: expected 1 to equal 2'].join('\n')
    expect(view(text)).toEqual(text.split('\n'))
  })

  it("puts GitHub's web-view line links back as the digits they show", () => {
    const link = (n: number) => `[${n}](https://github.com/o/r/actions/runs/1/job/2?pr=3#step:4:${n})`
    expect(cleanLine(`GHSA-${link(8)}cgq-6mh2-7j6v`).text).toBe('GHSA-8cgq-6mh2-7j6v')
    expect(view(`advisories: 9${link(6)}5 advisories\nerror: x`)).toEqual(['advisories: 965 advisories', 'error: x'])
  })
})

describe('prefixEnd', () => {
  // The prefixes as patterns alone, tried wherever their first character allows: prefixEnd
  // looks at a few characters before it runs them, and must take off exactly the same.
  const GITLAB = /\d\d[OE]\+? /y
  const TASK = /(?:@[\w.-]{1,60}\/[\w.-]{1,60}|[\w.]{0,40}-[\w.-]{1,60})(?::[a-z][\w-]{0,30}){1,3}: ?/y
  const OTHER =
    /(?:(?:\d{4}-\d\d-\d\d )?\d\d:\d\d:\d\d(?:[.,]\d{1,6})? {1,2}|\[\d\d:\d\d:\d\d\][ A-Za-z]?:[\t ]+(?:\[(?!(?:ERROR|WARN(?:ING)?|INFO|DEBUG|FATAL|error|warn(?:ing)?|info|debug|fatal)\])[^\]\t]{1,120}\] ?)?|\[(?:\d{4}-\d\d-\d\d[T ])?\d\d:\d\d:\d\d(?:[.,]\d{1,9})?Z?\] ?|\[\d{1,3}\] |\[ {0,6}\d{1,7}s\] |#\d{1,4} (?:\d{1,6}\.\d{1,3} )?)/y
  // GitHub's web view before a tool's own line: located, a level word, a marker.
  const WEB =
    /(?:Error|Warning): {1,2}(?=(?![a-z]{2,10}:\/\/)[^\s:(]{1,300}(?::\d+|\(\d+(?:,\d+)?\)|:\[\d+,\d+\])|(?:error|warning)(?:\[\w+\])?:|FAIL(?:ED)? |\[(?:ERROR|WARNING)\] )/y
  // Quote marks of a pasted log: `>` and the one space after it, up to four levels; not
  // Python's prompt `>>> `.
  const QUOTE = /(?:>(?!>> )(?: |(?=>|$))){1,4}/y
  // BuildKit's step and time, after a CI's time or stream tag.
  const BUILDKIT = /#\d{1,4} (?:\d{1,6}\.\d{1,3} )?/y
  function byPatterns(whole: string, afterTimestamp: boolean): number {
    QUOTE.lastIndex = 0
    const quoted = QUOTE.test(whole) ? QUOTE.lastIndex : 0
    if (quoted > 0) {
      if (whole.charCodeAt(quoted) === 0x3e) return quoted
      afterTimestamp = false
    }
    const s = whole.slice(quoted)
    const rest = restPrefix(s, afterTimestamp)
    return quoted + rest
  }
  function restPrefix(s: string, afterTimestamp: boolean): number {
    const sticky = (re: RegExp, at = 0): number | undefined => {
      re.lastIndex = at
      return re.test(s) ? re.lastIndex : undefined
    }
    const thenBuildKit = (end: number): number => sticky(BUILDKIT, end) ?? end
    const c = s.charCodeAt(0)
    if (afterTimestamp && c >= 0x30 && c <= 0x39) {
      const end = sticky(GITLAB)
      if (end !== undefined) return thenBuildKit(end)
    }
    if (/^(?:Error|Warning):/.test(s)) {
      const end = sticky(WEB)
      if (end !== undefined) return end
    }
    if (/^[@A-Za-z0-9]/.test(s)) {
      const end = sticky(TASK)
      if (end !== undefined) return end
    }
    if (!/^[0-9[#]/.test(s)) return 0
    const end = sticky(OTHER)
    return end === undefined ? 0 : thenBuildKit(end)
  }

  it('takes off what the prefix patterns match, and nothing else', () => {
    const pieces = [
      '> ',
      '>>> ',
      '>',
      '> > ',
      '>=1.2',
      '12:00:01  ',
      '12:00:01.123 ',
      '12:00:01,123 ',
      '2020-03-19 13:16:47  ',
      '[10:56:14]:',
      '[17:31:51]W:',
      '[14:36:30] :',
      '\t',
      '[Step 1/5] ',
      '[docker]',
      '2020-03-19 ',
      '2020-',
      '12:00:01',
      '[2024-05-01 12:00:01] ',
      '[12:00:01.5Z]',
      '[0] ',
      '[12] ',
      '[   47s] ',
      '[47s] ',
      '[ 1234s] ',
      '[  12%] ',
      '[ ',
      '#12 ',
      '#12 3.456 ',
      '00O ',
      '00E+ ',
      '@acme/web:test: ',
      'e2e-tests:dev:test: ',
      'a-b:c: ',
      'src/a.ts:3: ',
      'Error: ',
      'Error:  ',
      'Warning: ',
      'Error:',
      'src/a.ts(3,5)',
      'A.java:[1,2]',
      'error[E1]:',
      'warning:',
      'FAILED ',
      '[ERROR] ',
      'https://x.io:443',
      '12 files',
      '[INFO] ',
      '#include',
      '1:2',
      'x',
      ' ',
      ':',
      '-',
      '@',
      '/',
      '.',
      '_',
      'abc',
      '9'
    ]
    const line = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((a) => a.join(''))
    fc.assert(
      fc.property(line, fc.boolean(), (s, ts) => {
        expect(prefixEnd(s, 0, ts)).toBe(byPatterns(s, ts))
      }),
      { numRuns: 3000 }
    )
  })
})

describe('levelOf', () => {
  const ERROR =
    /^\s*(?:\[(?:ERROR|FATAL|error|fatal)\]|(?:ERROR|FATAL|Error|E)(?::|\s\|)\s|(?:FATAL ERROR|Fatal error|fatal error): |error(?:\[\w+\])?:|fatal:|[EF]\d{4} \d\d:\d\d:\d\d\.\d{6} )/
  const WARNING =
    /^\s*(?:\[(?:WARNING|WARN|warning|warn)\]|(?:WARNING|WARN|Warning|W):\s|warning(?:\[\w+\])?:|W\d{4} \d\d:\d\d:\d\d\.\d{6} )/

  it('reads the level its patterns give, whatever character opens the line', () => {
    const pieces = [
      ' ',
      '\t',
      '\u00a0',
      '\ufeff',
      'ERROR: ',
      'Error: ',
      'E: ',
      'E | ',
      '[error]',
      '[FATAL]',
      'fatal:',
      'error[E1]:',
      'FATAL ERROR: ',
      'Fatal error: ',
      'fatal error: '
    ]
    const more = [
      'warning[x]:',
      'WARN: ',
      'W: ',
      '[warn]',
      'Warning: ',
      'x',
      '[INFO]',
      'e',
      'w',
      '1',
      'E0312',
      'W0101',
      'F0101',
      ' 10:01:03.456789 '
    ]
    const line = fc.array(fc.constantFrom(...pieces, ...more), { maxLength: 4 }).map((a) => a.join(''))
    fc.assert(
      fc.property(line, (text) => {
        expect(levelOf(text)).toBe(ERROR.test(text) ? 'error' : WARNING.test(text) ? 'warning' : 'none')
      }),
      { numRuns: 3000 }
    )
  })
})

describe('levelOf on a two-word level', () => {
  it("reads west's and V8's FATAL ERROR, PHP's Fatal error and a compiler's fatal error as errors", () => {
    expect(levelOf("FATAL ERROR: can't init: no west.yml found in /tmp/zmk-config/config")).toBe('error')
    expect(levelOf('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory')).toBe('error')
    expect(levelOf("PHP Fatal error:  Uncaught Error: Class 'Foo' not found")).toBe('none')
    expect(levelOf("Fatal error: Uncaught Error: Class 'Foo' not found")).toBe('error')
    expect(levelOf('fatal error: stdio.h: No such file or directory')).toBe('error')
    expect(levelOf('A fatal error: this sentence is prose')).toBe('none')
  })
})

describe('levelOf on checkstyle XML', () => {
  it('reads the severity attribute with either quote', () => {
    expect(levelOf(`<error line="4" column="1" severity="warning" message="Pin versions" source="DL3008" />`)).toBe(
      'warning'
    )
    expect(levelOf(`<error line='4' column='1' severity='warning' message='Pin versions' source='DL3008' />`)).toBe(
      'warning'
    )
    expect(levelOf(`<error line='9' column='1' severity='error' message='Use COPY' source='DL3020' />`)).toBe('error')
  })
})

describe('Cp437Mojibake', () => {
  const read = (chunks: (string | Buffer)[]): { text: string; removed: number } => {
    const c = new Cp437Mojibake()
    const parts: Buffer[] = chunks.map((x) => {
      const y = c.next(x)
      return typeof y === 'string' ? Buffer.from(y, 'utf8') : Buffer.from(y)
    })
    const held = c.end()
    if (held) parts.push(held)
    return { text: Buffer.concat(parts).toString('utf8'), removed: c.removed }
  }

  it('mends UTF-8 marks a Windows console read as code page 437', () => {
    const text =
      '\u2229\u2557\u2510  1) [chromium] \u0393\u00c7\u2551 tests/a.spec.ts:5:5 \u0393\u00c7\u2551 opens\n\u0393\u00a3\u00fb 3 problems\n'
    const want = '\uFEFF  1) [chromium] \u203a tests/a.spec.ts:5:5 \u203a opens\n\u2716 3 problems\n'
    const r = read([text])
    expect(r.text).toBe(want)
    expect(r.removed).toBe(Buffer.byteLength(text) - Buffer.byteLength(want))
  })

  it('leaves Greek text, a lone lead and real box drawing as they are', () => {
    const text = '\u0393\u03b1\u03bc\u03bc\u03b1 \u0393 \u2229 \u2502 \u2500\u253c\u2500 \u2554\u2550\u2557\n'
    expect(read([text]).text).toBe(text)
  })

  it('mends a run cut by a chunk boundary anywhere, in strings and in bytes', () => {
    const text = 'a \u0393\u00c7\u2551 b \u2229\u2557\u2510 c'
    const want = 'a \u203a b \uFEFF c'
    const bytes = Buffer.from(text, 'utf8')
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length }), fc.integer({ min: 0, max: bytes.length }), (x, y) => {
        const [i, j] = x <= y ? [x, y] : [y, x]
        expect(read([bytes.subarray(0, i), bytes.subarray(i, j), bytes.subarray(j)]).text).toBe(want)
      })
    )
    const chars = [...text]
    for (let k = 0; k <= chars.length; k++) {
      expect(read([chars.slice(0, k).join(''), chars.slice(k).join('')]).text).toBe(want)
    }
  })
})
