import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import {
  detectFormat,
  indexRepository,
  readReports,
  type CoverageData
} from '../../../packages/core/src/coverage/index.js'

// Each report below is written by hand in one producer's format, reproducing one quirk of the
// producer's real output; the figures are what the producer's own summary says.

const dir = mkdtempSync(join(tmpdir(), 'hee-cov-producers-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let n = 0
function file(text: string | Buffer): string {
  const p = join(dir, `p${++n}`)
  writeFileSync(p, text)
  return p
}

async function read(text: string | Buffer, files: string[]): Promise<CoverageData> {
  const index = await indexRepository(dir, files)
  return readReports([{ path: file(text) }], { index })
}

function counts(d: CoverageData, path: string) {
  const f = d.all.get(path)
  if (!f) throw new Error(`${path} not in ${[...d.all.keys()].join(', ')}`)
  return { lines: f.lineCounts(), branches: f.branchCounts(), functions: f.functionCounts() }
}

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])
const utf16be = (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])
const bom = (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)])

describe('encodings Windows tools write', () => {
  it('reads a Go coverprofile with a UTF-8 byte order mark', async () => {
    const d = await read(bom('mode: set\r\nsrc/a.go:1.1,2.2 1 1\r\nsrc/a.go:3.1,3.9 1 0\r\n'), ['src/a.go'])
    expect(counts(d, 'src/a.go').lines).toEqual({ covered: 2, total: 3 })
  })

  it("reads UTF-16 reports (PowerShell's > redirection), little- and big-endian, gzip-compressed too", async () => {
    const lcov = 'SF:src\\a.ts\r\nDA:1,1\r\nDA:2,0\r\nend_of_record\r\n'
    for (const text of [utf16le(lcov), utf16be(lcov), gzipSync(utf16le(lcov))]) {
      const d = await read(text, ['src/a.ts'])
      expect(counts(d, 'src/a.ts').lines).toEqual({ covered: 1, total: 2 })
    }
    const xml = `<?xml version="1.0" encoding="utf-16"?>\r\n<coverage><packages><package name="p"><classes><class name="A" filename="src/a.ts"><lines><line number="1" hits="0"/></lines></class></classes></package></packages></coverage>`
    expect(counts(await read(utf16le(xml), ['src/a.ts']), 'src/a.ts').lines).toEqual({ covered: 0, total: 1 })
  })
})

describe('Cobertura', () => {
  it('reads a document with blank lines before its XML declaration, naming lines as the file numbers them', async () => {
    const xml = `\n\n<?xml version="1.0" ?>\n<coverage version="7.4"><packages><package name="p"><classes>\n<class name="a" filename="src/a.ts"><lines><line number="1" hits="1"/></lines></class>\n</classes></package></packages></coverage>\n`
    expect(counts(await read(xml, ['src/a.ts']), 'src/a.ts').lines).toEqual({ covered: 1, total: 1 })
    await expect(read(`\n\n<?xml version="1.0" ?>\n<coverage>\n<packages>\n<package></classes>`, [])).rejects.toThrow(
      /p\d+:6: malformed XML: unexpected close tag/
    )
  })

  it('counts coverlet\'s branch="True" lines and places its Windows paths under the declared source root', async () => {
    // coverlet: .NET's capitalised booleans, backslashes, a <source> on the runner's drive, one
    // file split over several <class>es (the compiler's state machines), <conditions> inside lines.
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<coverage line-rate="0.75" branch-rate="0.5" version="1.9" timestamp="1700000000" lines-covered="3" lines-valid="4" branches-covered="1" branches-valid="2">
  <sources>
    <source>D:\\a\\app\\app\\src\\</source>
  </sources>
  <packages>
    <package name="App.Core" line-rate="0.75" branch-rate="0.5" complexity="3">
      <classes>
        <class name="App.Core.Grade" filename="App.Core\\Grade.cs" line-rate="0.66" branch-rate="0.5" complexity="2">
          <methods>
            <method name="Score" signature="(System.Int32)" line-rate="0.66" branch-rate="0.5" complexity="2">
              <lines>
                <line number="11" hits="2" branch="True" condition-coverage="50% (1/2)">
                  <conditions><condition number="7" type="jump" coverage="50%" /></conditions>
                </line>
              </lines>
            </method>
          </methods>
          <lines>
            <line number="10" hits="2" branch="False" />
            <line number="11" hits="2" branch="True" condition-coverage="50% (1/2)">
              <conditions><condition number="7" type="jump" coverage="50%" /></conditions>
            </line>
            <line number="12" hits="0" branch="False" />
          </lines>
        </class>
        <class name="App.Core.Grade/&lt;Run&gt;d__3" filename="App.Core\\Grade.cs" line-rate="1" branch-rate="1" complexity="1">
          <methods />
          <lines><line number="20" hits="1" branch="False" /></lines>
        </class>
      </classes>
    </package>
  </packages>
</coverage>`
    // The same relative path exists under two folders: only the source root tells which one.
    const d = await read(xml, ['src/App.Core/Grade.cs', 'tests/App.Core/Grade.cs'])
    expect([...d.all.keys()]).toEqual(['src/App.Core/Grade.cs'])
    expect(counts(d, 'src/App.Core/Grade.cs')).toEqual({
      lines: { covered: 3, total: 4 },
      branches: { covered: 1, total: 2 },
      functions: { covered: 1, total: 1 }
    })
    expect(d.reports[0]!.files).toBe(1)
  })

  it('takes condition-coverage="100%" written on every line as a default for no branches, not as an error', async () => {
    // A writer that gives each line branch="false" condition-coverage="100%" and empty <conditions>,
    // and names files in <source path=…/> attributes instead of root folders.
    const xml = `<coverage line-rate="0.33" branch-rate="0.00" lines-covered="1" lines-valid="3" branches-covered="0" branches-valid="0" complexity="0" version="" timestamp="0">
  <sources><source path="src\\fuzz.h"/></sources>
  <packages><package name="" line-rate="0.33" branch-rate="0.00" complexity="0"><classes>
    <class name="src\\fuzz.h" filename="src\\fuzz.h" line-rate="0.33" branch-rate="0.00" complexity="0">
      <methods>
      </methods>
      <lines>
        <line number="3" hits="1" branch="false" condition-coverage="100%"><conditions>
          </conditions></line>
        <line number="4" hits="0" branch="false" condition-coverage="100%"><conditions></conditions></line>
        <line number="5" hits="0" condition-coverage="100%"/>
      </lines>
    </class>
  </classes></package></packages>
</coverage>`
    const d = await read(xml, ['src/fuzz.h'])
    expect(counts(d, 'src/fuzz.h').lines).toEqual({ covered: 1, total: 3 })
    expect(d.reports[0]!.carries.branches).toBe(false)
  })

  it("places coverage.py's files under whichever of several <source> roots holds them", async () => {
    const xml = `<?xml version="1.0" ?>
<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">
<coverage version="7.4.1" timestamp="1" lines-valid="4" lines-covered="2" line-rate="0.5" branches-covered="1" branches-valid="2" branch-rate="0.5" complexity="0">
	<!-- Generated by coverage.py: https://coverage.readthedocs.io/en/7.4.1 -->
	<sources>
		<source>/home/runner/work/proj/proj/src</source>
		<source>/home/runner/work/proj/proj/tools</source>
	</sources>
	<packages>
		<package name="." line-rate="0.5" branch-rate="0.5" complexity="0">
			<classes>
				<class name="util.py" filename="pkg/util.py" complexity="0" line-rate="1" branch-rate="0">
					<methods/>
					<lines><line number="1" hits="1"/></lines>
				</class>
				<class name="run.py" filename="run.py" complexity="0" line-rate="0.33" branch-rate="0.5">
					<methods/>
					<lines><line number="1" hits="1" branch="true" condition-coverage="50% (1/2)" missing-branches="3"/><line number="2" hits="0"/><line number="3" hits="0"/></lines>
				</class>
			</classes>
		</package>
	</packages>
</coverage>`
    // run.py and util.py have namesakes elsewhere: a base-name match would be ambiguous.
    const d = await read(xml, ['src/pkg/util.py', 'legacy/pkg/util.py', 'tools/run.py', 'examples/run.py'])
    expect([...d.all.keys()].sort()).toEqual(['src/pkg/util.py', 'tools/run.py'])
    expect(counts(d, 'tools/run.py').branches).toEqual({ covered: 1, total: 2 })
  })

  it('refuses SonarQube generic coverage (gcovr --sonarqube) instead of reading it as an empty Cobertura report', async () => {
    const xml = `<?xml version='1.0' encoding='UTF-8'?>\n<coverage version="1"><file path="src/main.cpp"><lineToCover lineNumber="11" covered="true"/><lineToCover lineNumber="13" covered="true" branchesToCover="4" coveredBranches="2"/></file></coverage>`
    await expect(read(xml, ['src/main.cpp'])).rejects.toThrow(
      /p\d+: SonarQube generic coverage XML .*not Cobertura: ask the tool for Cobertura \(gcovr --cobertura\)/
    )
    // Past the detection (a format forced by the caller), the parser says the same.
    const index = await indexRepository(dir, ['src/main.cpp'])
    await expect(readReports([{ path: file(xml), format: 'cobertura' }], { index })).rejects.toThrow(
      /p\d+:2: SonarQube generic coverage XML/
    )
  })
})

describe('lcov', () => {
  it('reads a tracefile whose writer left out the last end_of_record, and says so', async () => {
    const d = await read('TN:\nSF:src/a.ts\nDA:1,1\nDA:2,0\nLF:2\nLH:1\n', ['src/a.ts'])
    expect(counts(d, 'src/a.ts').lines).toEqual({ covered: 1, total: 2 })
    expect(d.reports[0]!.notes).toContain(
      'the last record (src/a.ts) has no end_of_record: read to the end of the file'
    )
  })

  it("counts functions that share a name (two classes' methods, Solidity overloads) apart, each with its own FNDA", async () => {
    // solidity-coverage: two safeTransferFrom overloads, FNF 3; the second was never called.
    const d = await read(
      'SF:contracts/Nft.sol\nFN:41,transferFrom\nFN:49,safeTransferFrom\nFN:57,safeTransferFrom\nFNF:3\nFNH:2\nFNDA:1,transferFrom\nFNDA:4,safeTransferFrom\nFNDA:0,safeTransferFrom\nDA:42,1\nDA:50,4\nDA:58,0\nend_of_record\n',
      ['contracts/Nft.sol']
    )
    expect(counts(d, 'contracts/Nft.sol').functions).toEqual({ covered: 2, total: 3 })
    expect(
      d.all
        .get('contracts/Nft.sol')!
        .functions()
        .find((f) => !f.covered)
    ).toMatchObject({
      name: 'safeTransferFrom',
      line: 57
    })
    // One FNDA for a name with two FN lines (an older writer): the name's hits stand for both.
    const one = await read('SF:src/a.ts\nFN:2,get\nFN:5,get\nFNDA:3,get\nDA:2,3\nend_of_record\n', ['src/a.ts'])
    expect(counts(one, 'src/a.ts').functions).toEqual({ covered: 2, total: 2 })
  })

  it("counts the instances llvm-cov's lcov export lists of one function (cargo llvm-cov) once, as its own FNF does", async () => {
    // The library's and the test binary's copies of two functions, and two generic instances of one of them.
    const d = await read(
      [
        'SF:src/configuration.rs',
        'FN:16,_RNvNtCslIQ9Jy4gRpB_3app13configuration17get_configuration',
        'FN:24,_RNvMNtCslIQ9Jy4gRpB_3app13configurationNtB2_8Database17connection_string',
        'FN:16,_RNvNtCs9lSmsy1E5hy_3app13configuration17get_configuration',
        'FN:24,_RINvMNtCs9lSmsy1E5hy_3app13configurationNtB3_8Database17connection_stringINtB5_3FooE',
        'FN:24,_RINvMNtCs9lSmsy1E5hy_3app13configurationNtB3_8Database17connection_stringINtB5_3BarE',
        'FNDA:0,_RNvNtCslIQ9Jy4gRpB_3app13configuration17get_configuration',
        'FNDA:0,_RNvMNtCslIQ9Jy4gRpB_3app13configurationNtB2_8Database17connection_string',
        'FNDA:3,_RNvNtCs9lSmsy1E5hy_3app13configuration17get_configuration',
        'FNDA:0,_RINvMNtCs9lSmsy1E5hy_3app13configurationNtB3_8Database17connection_stringINtB5_3FooE',
        'FNDA:0,_RINvMNtCs9lSmsy1E5hy_3app13configurationNtB3_8Database17connection_stringINtB5_3BarE',
        'FNF:2',
        'FNH:1',
        'DA:16,3',
        'DA:24,0',
        'end_of_record',
        ''
      ].join('\n'),
      ['src/configuration.rs']
    )
    expect(counts(d, 'src/configuration.rs').functions).toEqual({ covered: 1, total: 2 })
    expect(
      d.all
        .get('src/configuration.rs')!
        .functions()
        .find((f) => !f.covered)!.line
    ).toBe(24)
  })

  it('counts an lcov 2 function once whatever its FNA aliases (C++ template instances)', async () => {
    const d = await read(
      'VER:2.0-1\nSF:src/a.cpp\nFNL:0,3,9\nFNA:0,0,Box<int>::get() const\nFNA:0,2,Box<long>::get() const\nFNL:1,12,14\nFNA:1,0,helper(int, char)\nFNF:2\nFNH:1\nDA:3,2\nDA:12,0\nend_of_record\n',
      ['src/a.cpp']
    )
    expect(d.all.get('src/a.cpp')!.functions()).toEqual([
      { name: 'Box<int>::get() const', line: 3, endLine: 9, covered: true },
      { name: 'helper(int, char)', line: 12, endLine: 14, covered: false }
    ])
  })

  it('leaves out records at line 0 (a module wrapper) instead of refusing the tracefile', async () => {
    const d = await read(
      'SF:src/a.ts\nFN:0,(module)\nFNDA:1,(module)\nFN:2,f\nFNDA:1,f\nDA:0,1\nDA:2,1\nDA:3,0\nBRDA:0,0,0,1\nend_of_record\n',
      ['src/a.ts']
    )
    expect(counts(d, 'src/a.ts')).toEqual({
      lines: { covered: 1, total: 2 },
      branches: { covered: 0, total: 0 },
      functions: { covered: 1, total: 1 }
    })
    expect(d.reports[0]!.notes).toContain('3 record(s) at line 0 left out: line 0 is no source line')
  })

  it("takes a record's own LF/LH and BRF/BRH when it has no DA or BRDA lines", async () => {
    const d = await read(
      'SF:src/a.ts\nLF:40\nLH:30\nBRF:4\nBRH:1\nend_of_record\nSF:src/b.ts\nLF:0\nLH:0\nend_of_record\n',
      ['src/a.ts', 'src/b.ts']
    )
    expect(d.all.get('src/a.ts')!.summaryOnly).toEqual({
      lines: { total: 40, covered: 30 },
      branches: { total: 4, covered: 1 },
      functions: undefined
    })
    expect(counts(d, 'src/b.ts').lines).toEqual({ covered: 0, total: 0 })
  })

  it("names gcov's negative counts as what they are", async () => {
    await expect(read('SF:src/a.c\nDA:1,-1\nend_of_record\n', ['src/a.c'])).rejects.toThrow(
      /p\d+:2: DA:1,-1: a negative hit count \(gcov's counters overflowed or raced between threads\)/
    )
  })
})

describe('Istanbul', () => {
  it("reads solidity-coverage's coverage.json: `l` maps, functions and branches placed by `line` alone, empty maps", async () => {
    const json = JSON.stringify({
      'contracts/Vault.sol': {
        l: { '14': 1, '15': 0 },
        path: '/home/dev/proj/contracts/Vault.sol',
        s: { '1': 1, '2': 0 },
        b: { '1': [1, 0] },
        f: { '1': 1 },
        fnMap: {
          '1': { name: 'deposit', line: 12, loc: { start: { line: 12, column: 4 }, end: { line: 16, column: 4 } } }
        },
        statementMap: {
          '1': { start: { line: 14, column: 8 }, end: { line: 14, column: 30 } },
          '2': { start: { line: 15, column: 8 }, end: { line: 15, column: 30 } }
        },
        branchMap: {
          '1': {
            line: 14,
            type: 'if',
            locations: [{ start: { line: 14, column: 4 } }, { start: { line: 14, column: 4 } }]
          }
        }
      },
      'contracts/Storage.sol': {
        l: {},
        path: '/home/dev/proj/contracts/Storage.sol',
        s: {},
        b: {},
        f: {},
        fnMap: {},
        statementMap: {},
        branchMap: {}
      }
    })
    const d = await read(json, ['contracts/Vault.sol', 'contracts/Storage.sol'])
    expect(counts(d, 'contracts/Vault.sol')).toEqual({
      lines: { covered: 1, total: 2 },
      branches: { covered: 1, total: 2 },
      functions: { covered: 1, total: 1 }
    })
    expect(counts(d, 'contracts/Storage.sol').lines).toEqual({ covered: 0, total: 0 })
  })

  it('places a branch that has neither loc nor line by its first location, with b arrays of any length', async () => {
    const json = JSON.stringify({
      'src/a.ts': {
        path: 'src/a.ts',
        statementMap: { '0': { start: { line: 7, column: 0 }, end: { line: 7, column: 9 } } },
        s: { '0': 1 },
        fnMap: {},
        f: {},
        branchMap: {
          '0': { type: 'cond-expr', locations: [{ start: { line: 7, column: 1 } }, { start: { line: 7, column: 3 } }] },
          '1': { type: 'switch', loc: { start: { line: 9 } }, locations: [{ start: { line: 9 } }] }
        },
        b: { '0': [0, 1], '1': [1, 0, 0] },
        inputSourceMap: { version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA' }
      }
    })
    const d = await read(json, ['src/a.ts'])
    expect(counts(d, 'src/a.ts').branches).toEqual({ covered: 2, total: 5 })
    expect([...d.all.get('src/a.ts')!.branchesByLine()]).toEqual([
      [7, { covered: 1, total: 2 }],
      [9, { covered: 1, total: 3 }]
    ])
  })
})

describe('llvm-cov export', () => {
  it('unites a file that is in several data entries instead of refusing the export', async () => {
    const entry = (count: number, taken: [number, number]) => ({
      files: [
        {
          filename: '/ci/r/r/src/a.c',
          segments: [
            [1, 1, count, true, true, false],
            [2, 2, 0, false, false, false]
          ],
          branches: [[1, 5, 1, 9, ...taken, 0, 0, 4]],
          expansions: [],
          summary: { lines: { count: 2, covered: count > 0 ? 2 : 0 } }
        }
      ],
      functions: [
        { name: 'f', count, regions: [[1, 1, 2, 2, count, 0, 0, 0]], filenames: ['/ci/r/r/src/a.c'], branches: [] }
      ],
      totals: {}
    })
    const json = JSON.stringify({
      data: [entry(0, [0, 1]), entry(3, [2, 0])],
      type: 'llvm.coverage.json.export',
      version: '2.0.1'
    })
    const d = await read(json, ['src/a.c'])
    expect(counts(d, 'src/a.c')).toEqual({
      lines: { covered: 2, total: 2 },
      branches: { covered: 2, total: 2 },
      functions: { covered: 1, total: 1 }
    })
    expect(d.reports[0]!.files).toBe(1)
  })
})

describe('llvm-cov export, summary only', () => {
  it("reads `cargo llvm-cov --json --summary-only` as the file's counts, saying there are no lines", async () => {
    const json = JSON.stringify({
      data: [
        {
          files: [
            {
              filename: '/home/runner/work/r/r/crates/core/src/lib.rs',
              summary: {
                branches: { count: 4, covered: 3, notcovered: 1, percent: 75 },
                functions: { count: 8, covered: 6, percent: 75 },
                instantiations: { count: 8, covered: 6, percent: 75 },
                lines: { count: 100, covered: 80, percent: 80 },
                regions: { count: 20, covered: 15, notcovered: 5, percent: 75 }
              }
            }
          ],
          totals: { lines: { count: 100, covered: 80, percent: 80 } }
        }
      ],
      type: 'llvm.coverage.json.export',
      version: '2.0.1',
      cargo_llvm_cov: { version: '0.6.15', manifest_path: '/home/runner/work/r/r/Cargo.toml' }
    })
    const d = await read(json, ['crates/core/src/lib.rs'])
    expect(d.all.get('crates/core/src/lib.rs')!.summaryOnly).toEqual({
      lines: { total: 100, covered: 80 },
      branches: { total: 4, covered: 3 },
      functions: { total: 8, covered: 6 }
    })
    expect(d.reports[0]!.notes[0]).toMatch(/^summary only: the export has no per-line data/)
  })
})

describe('JaCoCo', () => {
  it("keeps apart one package path in two modules of Maven's report-aggregate (<group>s)", async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="aggregate"><sessioninfo id="h-1" start="1" dump="2"/><group name="core"><package name="org/x"><class name="org/x/A" sourcefilename="A.java"><method name="&lt;init&gt;" desc="()V" line="3"><counter type="METHOD" missed="0" covered="1"/></method></class><sourcefile name="A.java"><line nr="3" mi="0" ci="3" mb="0" cb="0"/><line nr="5" mi="2" ci="0" mb="2" cb="0"/><counter type="LINE" missed="1" covered="1"/></sourcefile></package></group><group name="web"><package name="org/x"><class name="org/x/A" sourcefilename="A.java"><method name="run" desc="()V" line="4"><counter type="METHOD" missed="1" covered="0"/></method></class><sourcefile name="A.java"><line nr="4" mi="1" ci="0" mb="0" cb="0"/></sourcefile></package><package name=""><class name="Main" sourcefilename="Main.java"/><sourcefile name="Main.java"><line nr="1" mi="0" ci="1" mb="0" cb="0"/></sourcefile></package></group><counter type="LINE" missed="2" covered="2"/></report>`
    const d = await read(xml, [
      'core/src/main/java/org/x/A.java',
      'web/src/main/java/org/x/A.java',
      'web/src/main/java/Main.java'
    ])
    expect(counts(d, 'core/src/main/java/org/x/A.java')).toEqual({
      lines: { covered: 1, total: 2 },
      branches: { covered: 0, total: 2 },
      functions: { covered: 1, total: 1 }
    })
    expect(counts(d, 'web/src/main/java/org/x/A.java').lines).toEqual({ covered: 0, total: 1 })
    expect(counts(d, 'web/src/main/java/Main.java').lines).toEqual({ covered: 1, total: 1 })
  })

  it('counts overloads that JaCoCo places at one line (constructors sharing field initialisers) as the methods they are', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><report name="r"><sessioninfo id="h-1" start="1" dump="2"/><package name="org/x"><class name="org/x/Link" sourcefilename="Link.java"><method name="&lt;init&gt;" desc="()V" line="38"><counter type="METHOD" missed="0" covered="1"/></method><method name="&lt;init&gt;" desc="(Lorg/x/Node;[IJ)V" line="38"><counter type="METHOD" missed="1" covered="0"/></method><method name="size" desc="()I" line="50"><counter type="METHOD" missed="0" covered="1"/></method><counter type="METHOD" missed="1" covered="2"/></class><sourcefile name="Link.java"><line nr="38" mi="0" ci="4" mb="0" cb="0"/><line nr="50" mi="0" ci="2" mb="0" cb="0"/></sourcefile></package><counter type="METHOD" missed="1" covered="2"/></report>`
    const d = await read(xml, ['src/main/java/org/x/Link.java'])
    // JaCoCo's own METHOD counter: 2 of 3.
    expect(counts(d, 'src/main/java/org/x/Link.java').functions).toEqual({ covered: 2, total: 3 })
    expect(
      d.all
        .get('src/main/java/org/x/Link.java')!
        .functions()
        .find((f) => !f.covered)!.name
    ).toBe('Link.<init>(Node, int[], long)')
  })
})

describe('Go', () => {
  it("places GOPATH-less packages' _/absolute paths through the report's checkout folder", async () => {
    const d = await read('mode: set\n_/home/u/proj/pkg/a.go:1.1,2.2 1 1 \n_/home/u/proj/pkg/b.go:1.1,2.2 1 0\n', [
      'pkg/a.go',
      'pkg/b.go'
    ])
    expect([...d.all.keys()].sort()).toEqual(['pkg/a.go', 'pkg/b.go'])
    expect(counts(d, 'pkg/b.go').lines).toEqual({ covered: 0, total: 2 })
  })
})

describe('Go, -coverpkg', () => {
  it('counts a block repeated by several test binaries once, covered when any of them ran it', async () => {
    // go test -coverpkg=./... : each package's test binary reports every package's blocks.
    const profile = [
      'mode: count',
      'example.com/m/pkg/a.go:3.10,5.2 2 0',
      'example.com/m/pkg/a.go:7.10,9.2 1 0',
      'example.com/m/cmd/main.go:3.13,5.2 1 1',
      'example.com/m/pkg/a.go:3.10,5.2 2 4',
      'example.com/m/pkg/a.go:7.10,9.2 1 0',
      'example.com/m/cmd/main.go:3.13,5.2 1 0',
      ''
    ].join('\n')
    const index = await indexRepository(dir, ['go.mod', 'pkg/a.go', 'cmd/main.go'])
    index.goModules.push({ module: 'example.com/m', dir: '' })
    const d = await readReports([{ path: file(profile) }], { index })
    // go tool cover -func: 2 of 3 statements in a.go, 1 of 1 in main.go.
    expect(d.all.get('pkg/a.go')!.statements).toEqual({ total: 3, covered: 2 })
    expect(d.all.get('cmd/main.go')!.statements).toEqual({ total: 1, covered: 1 })
  })
})

describe('format detection per producer', () => {
  const cases: Array<[string, string, string]> = [
    [
      'coverage.py XML with DOCTYPE and BOM',
      '\uFEFF<?xml version="1.0" ?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n<coverage version="7.4">',
      'cobertura'
    ],
    [
      'gcovr with a comment',
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- gcovr 7.2 -->\n<coverage line-rate="1">',
      'cobertura'
    ],
    [
      'JaCoCo with DOCTYPE',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x">',
      'jacoco'
    ],
    [
      'Istanbul final, pretty',
      '\n{\n  "/ci/r/r/src/a.ts": {\n    "path": "/ci/r/r/src/a.ts",\n    "statementMap": {',
      'istanbul-final'
    ],
    ['Istanbul summary', '{"total": {"lines":{"total":2,"covered":1,"skipped":0,"pct":50}', 'istanbul-summary'],
    [
      'coverage.py JSON 5.x',
      '{"meta": {"version": "5.5", "timestamp": "2021", "branch_coverage": false, "show_contexts": false}, "files": {',
      'coverage-py'
    ],
    [
      'coverage.py JSON 7.x',
      '{"meta": {"format": 3, "version": "7.6.1"}, "files": {"a.py": {"executed_lines": [1], "missing_lines": []',
      'coverage-py'
    ],
    [
      'llvm-cov export',
      '{"data":[{"files":[{"filename":"/src/a.c","segments":[]}]}],"type":"llvm.coverage.json.export"',
      'llvm-cov'
    ],
    ['Dart lcov without TN', 'SF:/Users/dev/proj/lib/a.dart\nDA:1,1\n', 'lcov'],
    ['lcov 2 with VER', 'VER:2.0-1\nTN:\nSF:a.c\n', 'lcov'],
    ['Go atomic with CRLF', 'mode: atomic\r\nexample.com/m/a.go:1.1,2.2 1 1\r\n', 'go']
  ]
  it.each(cases)('%s', (_name, head, format) => {
    expect(detectFormat(head, 'report')).toBe(format)
  })
})
