import { describe, expect, it } from 'vitest'
import { classifyText } from '../../../packages/core/src/diagnosis/log-classifier.js'
import { sourceLocationOf } from '../../../packages/core/src/diagnosis/source-location.js'

describe('sourceLocationOf', () => {
  it.each([
    ['src/app.ts(12,5): error TS2322: nope', { file: 'src/app.ts', line: 12 }],
    ['  --> src/main.rs:40:9', { file: 'src/main.rs', line: 40 }],
    ['./pkg/x.go:7:2: undefined: y', { file: 'pkg/x.go', line: 7 }],
    ['  File "tests/test_a.py", line 33, in test_x', { file: 'tests/test_a.py', line: 33 }],
    ['[ERROR] /w/src/main/java/A.java:[27,122] incompatible types', { file: '/w/src/main/java/A.java', line: 27 }],
    ['::error file=lib/a.rb,line=9,col=3::Layout/IndentationWidth', { file: 'lib/a.rb', line: 9 }]
  ])('reads %j', (text, expected) => {
    expect(sourceLocationOf(text)).toEqual(expected)
  })

  it('names no file for an echo, a URL with a port or a version', () => {
    expect(sourceLocationOf('npm ERR! code ELIFECYCLE')).toBeUndefined()
    expect(sourceLocationOf('see https://example.com:443/x')).toBeUndefined()
    expect(sourceLocationOf('Downloading node 20.11.1:1 of 3')).toBeUndefined()
  })

  it('is carried on the finding the classifier locates', () => {
    const [f] = classifyText('src/lib.rs:12:5: error: cannot find value `x` in this scope\n').findings
    expect(f).toMatchObject({ file: 'src/lib.rs', fileLine: 12 })
  })
})
