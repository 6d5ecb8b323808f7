import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { indexRepository, readReports, type CoverageData } from '../../../packages/core/src/coverage/index.js'
import { newRecord, ownCopy } from '../../../packages/core/src/coverage/file-record.js'

const dir = mkdtempSync(join(tmpdir(), 'hee-cov-parse-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let n = 0
function file(text: string | Buffer, name = `r${++n}`): string {
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}

async function read(...texts: Array<string | Buffer | { text: string | Buffer; lane: string }>): Promise<CoverageData> {
  const index = await indexRepository(dir, ['src/a.ts', 'src/b.ts', 'lib/x.py', 'src/main/java/org/x/A.java'])
  return readReports(
    texts.map((t) => (typeof t === 'object' && 'lane' in t ? { path: file(t.text), lane: t.lane } : { path: file(t) })),
    { index }
  )
}

const LCOV = 'TN:\nSF:src/a.ts\nFN:1,f\nFNDA:1,f\nDA:1,1\nDA:2,0\nBRDA:2,0,0,1\nBRDA:2,0,1,0\nend_of_record\n'

describe('bad input', () => {
  it('names the file and line of a truncated lcov record', async () => {
    await expect(read('SF:src/a.ts\nDA:1,1\nDA:2,')).rejects.toThrow(
      /r\d+:3: DA:2, \(not a valid lcov tracefile line\)/
    )
    await expect(read('SF:src/a.ts\nDA:1,1')).rejects.toThrow(
      /r\d+:1: the record of src\/a.ts has no end_of_record and its last line no line end: the tracefile is truncated/
    )
  })

  it('names the line where a truncated Cobertura document stops', async () => {
    const xml =
      '<?xml version="1.0"?>\n<coverage line-rate="1">\n<packages><package><classes>\n<class filename="src/a.ts">\n<lines>\n<line number="1" hits="1"/>\n'
    await expect(read(xml)).rejects.toThrow(
      /r\d+:7: the XML document ends before its elements are closed: the report is truncated/
    )
  })

  it('names the line of malformed XML', async () => {
    await expect(read('<coverage>\n<packages>\n<package></classes>\n</coverage>')).rejects.toThrow(
      /r\d+:3: malformed XML/
    )
  })

  it('refuses a JSON report cut off in the middle', async () => {
    await expect(
      read('{"src/a.ts": {"path": "src/a.ts", "statementMap": {"0": {"start": {"line": 1}}}, "s": {"0": 1')
    ).rejects.toThrow(/the JSON document ends early: the report is truncated/)
  })

  it('refuses files that are not coverage reports, saying what they are', async () => {
    await expect(read('hello world\n')).rejects.toThrow(/r\d+:1: not a coverage report: 'hello world'/)
    await expect(read('<testsuites><testsuite/></testsuites>')).rejects.toThrow(/JUnit test results/)
    await expect(
      read(
        '<?xml version="1.0" encoding="utf-8"?>\n<CoverageSession>\n<Summary numSequencePoints="3"/>\n</CoverageSession>\n'
      )
    ).rejects.toThrow(/an OpenCover XML report .*ask the tool for Cobertura/)
    await expect(read('<coverage generated="1" clover="4.4"><project/></coverage>')).rejects.toThrow(
      /a Clover XML report: not read/
    )
    await expect(read('{"name": "x", "version": "1.0.0"}')).rejects.toThrow(
      /a JSON document of no known coverage format/
    )
    await expect(read(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff]))).rejects.toThrow(/a binary file/)
    await expect(read('')).rejects.toThrow(/the empty file holds no source file: nothing was measured/)
    await expect(read('{"schemaVersion": "1", "files": {"a.ts": {"mutants": []}}}')).rejects.toThrow(
      /Stryker mutation report/
    )
  })

  it('refuses a Go block that is not one and a mode that changes midway', async () => {
    await expect(read('mode: set\nexample.com/m/a.go:1.1,2.2 1\n')).rejects.toThrow(
      /r\d+:2: 'example.com\/m\/a.go:1.1,2.2 1' is not/
    )
    await expect(read('mode: set\na.go:1.1,2.2 1 1\nmode: count\n')).rejects.toThrow(
      /r\d+:3: mode 'count' after mode 'set'/
    )
  })

  it('refuses a path outside the repository, naming the report line of its record', async () => {
    await expect(
      read('SF:src/a.ts\nDA:1,1\nend_of_record\nSF:/usr/lib/node/x.js\nDA:1,1\nend_of_record\n')
    ).rejects.toThrow(/r\d+:4: \/usr\/lib\/node\/x.js is outside the repository/)
    await expect(read('SF:../elsewhere/x.ts\nDA:1,1\nend_of_record\n')).rejects.toThrow(/escapes the repository root/)
  })

  it('reports a missing file as unreadable', async () => {
    const index = await indexRepository(dir, [])
    await expect(readReports([{ path: join(dir, 'nope.info') }], { index })).rejects.toThrow(
      /nope.info: cannot read the report: no such file/
    )
  })
})

describe('reading', () => {
  it('keeps a record path exactly as the report writes it, in a string of its own', () => {
    const chunk = `SF:src/ünï/файл-😀.ts\nSF:lone\ud800surrogate.ts\n${'x'.repeat(4096)}`
    for (const path of chunk
      .split('\n')
      .slice(0, 2)
      .map((l) => l.slice(3))) {
      expect(newRecord(path, 1).path).toBe(path)
      expect(ownCopy(path)).toBe(path)
    }
    expect(ownCopy('')).toBe('')
  })

  it('reads lcov 2 FNL/FNA functions and the end lines of FN', async () => {
    const d = await read(
      'SF:src/a.ts\nFNL:0,3,9\nFNA:0,2,main\nFN:10,12,helper\nFNDA:0,helper\nDA:3,1\nDA:10,0\nend_of_record\n'
    )
    const fns = d.all.get('src/a.ts')!.functions()
    expect(fns).toEqual([
      { name: 'main', line: 3, endLine: 9, covered: true },
      { name: 'helper', line: 10, endLine: 12, covered: false }
    ])
  })

  it('tells the format from the content, whatever the name, and reads gzip-compressed reports', async () => {
    const d = await read(gzipSync(LCOV))
    expect(d.reports[0]!.format).toBe('lcov')
    expect(d.all.get('src/a.ts')!.lineCounts()).toEqual({ covered: 1, total: 2 })
  })

  it('unites the same file of two runs: a line or branch covered in either is covered', async () => {
    const other = 'SF:src/a.ts\nDA:1,0\nDA:2,3\nBRDA:2,0,0,0\nBRDA:2,0,1,1\nend_of_record\n'
    const d = await read(LCOV, other)
    const a = d.all.get('src/a.ts')!
    expect(a.lineCounts()).toEqual({ covered: 2, total: 2 })
    expect(a.branchCounts()).toEqual({ covered: 2, total: 2 })
  })

  it('keeps lanes apart and counts integration lanes as integration coverage', async () => {
    const unit = 'SF:src/a.ts\nDA:1,1\nDA:2,0\nDA:3,0\nDA:4,0\nend_of_record\n'
    const integration = 'SF:src/a.ts\nDA:1,0\nDA:2,1\nDA:3,0\nDA:4,0\nend_of_record\n'
    const d = await read({ text: unit, lane: 'unit' }, { text: integration, lane: 'integration' })
    expect(d.all.get('src/a.ts')!.lineCounts()).toEqual({ covered: 2, total: 4 })
    expect(d.lanes.get('unit')!.get('src/a.ts')!.lineCounts()).toEqual({ covered: 1, total: 4 })
    expect(d.integration!.get('src/a.ts')!.lineCounts()).toEqual({ covered: 1, total: 4 })
  })

  it('reads per-line branches of Cobertura condition-coverage and methods inside classes', async () => {
    const xml = `<?xml version="1.0" ?>
<coverage lines-valid="3" lines-covered="2" line-rate="0.66" branches-valid="2" branches-covered="1" version="6.5">
<sources><source>/ci/r/r</source></sources>
<packages><package name="p"><classes>
<class name="a" filename="src/a.ts"><methods><method name="f" signature="()V" hits="0"><lines><line number="2" hits="0"/></lines></method></methods>
<lines><line number="1" hits="3"/><line number="2" hits="0" branch="true" condition-coverage="50% (1/2)"/><line number="3" hits="1"/></lines></class>
</classes></package></packages></coverage>`
    const d = await read(xml)
    const a = d.all.get('src/a.ts')!
    expect([a.lineCounts(), a.branchCounts(), a.functionCounts()]).toEqual([
      { covered: 2, total: 3 },
      { covered: 1, total: 2 },
      { covered: 0, total: 1 }
    ])
    expect(d.reports[0]!.declared).toEqual({ lines: { covered: 2, total: 3 }, branches: { covered: 1, total: 2 } })
  })
})
