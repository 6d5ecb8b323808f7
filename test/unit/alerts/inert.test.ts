import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inertText } from '../../../packages/core/src/security/inert.js'

// The runner's command syntax (v2 after trimming, and the legacy form).
const V2 = /^\s*::[a-zA-Z-]+( [^:]*)?::/
const LEGACY = /^##\[/

/** Splits like the runner (CR, LF, CRLF) and like JavaScript (U+2028/9), whichever is stricter. */
function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/)
}

function executable(text: string): string[] {
  return lines(text).filter((l) => V2.test(l) || LEGACY.test(l) || /##\[/.test(l) || /^[\s\u0085\u180e]*::/.test(l))
}

describe('inertText', () => {
  it.each([
    '::set-output name=x::1',
    '::add-mask::ghp_secret',
    '::stop-commands::tok',
    '  ::error file=a.ts,line=1::boom',
    '\t::warning::x',
    '\u00a0::notice::x',
    '\ufeff::debug::x',
    '\u0085::set-env name=A::B',
    '##[command]rm -rf /',
    '##[set-output name=x;]1',
    'prefix ##[error]legacy commands are found anywhere in a line'
  ])('neutralises %j', (line) => {
    const out = inertText(line)
    expect(executable(out)).toEqual([])
    expect(out.replace(/\u200b/g, '')).toBe(line)
  })

  it('neutralises commands after CR, LF and CRLF line breaks', () => {
    const out = inertText('ok\r::add-mask::a\n::set-output name=b::c\r\n  ##[group]x')
    expect(executable(out)).toEqual([])
    expect(lines(out)).toHaveLength(4)
  })

  it('leaves text without commands unchanged', () => {
    const text = 'error TS2322: a::b is fine mid-line\nstd::vector<int> v;\n# heading'
    expect(inertText(text)).toBe(text)
  })

  it('never yields an executable line for random lines with commands injected', () => {
    const ws = fc.constantFrom('', ' ', '\t', '  ', '\u00a0', '\ufeff', '\u2003', '\u0085', '\u3000')
    const cmd = fc.constantFrom(
      '::set-output name=x::1',
      '::add-mask::',
      '::stop-commands::t',
      '::error file=a::m',
      '::x::',
      '::',
      '##[command]',
      '##[',
      ':::'
    )
    const piece = fc.oneof(fc.string({ maxLength: 20 }), cmd, ws)
    const line = fc.tuple(ws, cmd, fc.array(piece, { maxLength: 5 })).map(([w, c, rest]) => `${w}${c}${rest.join('')}`)
    const sep = fc.constantFrom('\n', '\r', '\r\n', '\u2028')
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(line, fc.string({ maxLength: 30 })), sep), { minLength: 1, maxLength: 12 }),
        (parts) => {
          const text = parts.map(([l, s]) => `${l}${s}`).join('')
          const out = inertText(text)
          expect(executable(out)).toEqual([])
          expect(out.replace(/\u200b/g, '')).toBe(text.replace(/\u200b/g, ''))
        }
      ),
      { numRuns: 3000 }
    )
  })

  it('runs in linear time on hostile input', () => {
    const t0 = performance.now()
    inertText('\n'.repeat(500_000))
    inertText(`\n${' '.repeat(500_000)}`.repeat(2))
    inertText('##['.repeat(200_000))
    expect(performance.now() - t0).toBeLessThan(2000)
  })
})
