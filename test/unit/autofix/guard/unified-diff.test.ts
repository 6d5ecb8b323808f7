import { describe, expect, it } from 'vitest'
import { parseUnifiedDiff } from '../../../../packages/core/src/autofix/guard/unified-diff.js'
import { repoDiff } from './git-diff.js'

describe('parseUnifiedDiff', () => {
  it('numbers added lines in the new file and removed lines in the old file across hunks', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n'
    const after = before.replace('line 2\n', 'line two\n').replace('line 18\n', 'line 18\nline 18b\n')
    const [f] = parseUnifiedDiff(repoDiff({ 'a.txt': before }, { 'a.txt': after }))
    expect(f).toMatchObject({ path: 'a.txt', oldPath: 'a.txt', newPath: 'a.txt', status: 'modified', emptied: false })
    expect(f!.lines).toEqual([
      { side: 'removed', line: 2, text: 'line 2' },
      { side: 'added', line: 2, text: 'line two' },
      { side: 'added', line: 19, text: 'line 18b' }
    ])
  })

  it('tells created, deleted, renamed and emptied files apart, without git prefixes', () => {
    const files = parseUnifiedDiff(
      repoDiff(
        { 'old/name.rs': 'fn a() {}\nfn b() {}\nfn c() {}\n', 'gone.txt': 'x\n', 'empty.py': 'import os\n' },
        {
          'old/name.rs': null,
          'new/name.rs': 'fn a() {}\nfn b() {}\nfn c() {}\n',
          'gone.txt': null,
          'new.txt': 'n\n',
          'empty.py': ''
        },
        ['-M']
      )
    )
    const by = Object.fromEntries(files.map((f) => [f.path, f]))
    expect(by['gone.txt']).toMatchObject({ status: 'deleted', oldPath: 'gone.txt', newPath: undefined })
    expect(by['new.txt']).toMatchObject({
      status: 'added',
      oldPath: undefined,
      lines: [{ side: 'added', line: 1, text: 'n' }]
    })
    expect(by['new/name.rs']).toMatchObject({ status: 'renamed', oldPath: 'old/name.rs' })
    expect(by['empty.py']).toMatchObject({ status: 'modified', emptied: true })
  })

  it('does not take a zero-context diff that drops the first line for an emptied file', () => {
    const [f] = parseUnifiedDiff(repoDiff({ 'a.txt': 'a\nb\n' }, { 'a.txt': 'b\n' }, ['-U0']))
    expect(f).toMatchObject({ emptied: false, lines: [{ side: 'removed', line: 1, text: 'a' }] })
  })

  it('reads a plain diff -u with names of its own and an empty input', () => {
    const plain = '--- src/x.js\t2024-01-01\n+++ src/x.js\t2024-01-02\n@@ -1 +1 @@\n-a\n+b\n'
    expect(parseUnifiedDiff(plain)).toEqual([
      expect.objectContaining({
        path: 'src/x.js',
        status: 'modified',
        lines: [expect.objectContaining({ side: 'removed' }), expect.objectContaining({ side: 'added' })]
      })
    ])
    expect(parseUnifiedDiff('')).toEqual([])
  })

  it('keeps paths with spaces and marks binary files', () => {
    const files = parseUnifiedDiff(
      repoDiff({ 'my file.txt': 'a\n', 'b.bin': 'a\0b' }, { 'my file.txt': 'b\n', 'b.bin': 'a\0c' })
    )
    expect(files.map((f) => [f.path, f.binary])).toEqual([
      ['b.bin', true],
      ['my file.txt', false]
    ])
  })
})
