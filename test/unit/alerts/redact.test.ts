import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { redact, redactDeep, redactError } from '../../../packages/core/src/security/redact.js'

const A36 = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'

describe('redact', () => {
  const shapes: Array<[string, string, string]> = [
    ['a classic GitHub token', `token ghp_${A36} used`, `ghp_${A36}`],
    ['a GitHub OAuth token', `gho_${A36}`, `gho_${A36}`],
    ['a GitHub user-to-server token', `x=ghu_${A36};`, `ghu_${A36}`],
    ['a GitHub installation token', `"ghs_${A36}"`, `ghs_${A36}`],
    ['a GitHub refresh token', `ghr_${A36}`, `ghr_${A36}`],
    [
      'a fine-grained PAT',
      `github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ`,
      'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz'
    ],
    [
      'a Slack bot token',
      'SLACK=xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
      'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'
    ],
    ['a Slack user token', 'xoxp-1234-5678-abcdef', 'xoxp-1234-5678-abcdef'],
    [
      'a Slack webhook URL',
      'posting to https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX now',
      'T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX'
    ],
    ['an AWS access key id', 'aws AKIAIOSFODNN7EXAMPLE end', 'AKIAIOSFODNN7EXAMPLE'],
    [
      'a JWT',
      'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U end',
      'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'
    ],
    ['a bearer token', 'curl -H "x: Bearer abc.def-ghi_jkl123"', 'abc.def-ghi_jkl123'],
    ['an Authorization header', 'Authorization: Basic dXNlcjpwYXNzd29yZA==', 'dXNlcjpwYXNzd29yZA=='],
    ['a JSON authorization value', '{"authorization":"token s3cr3tvalue"}', 's3cr3tvalue'],
    [
      'an npm token',
      '//registry.example.com/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789',
      'npm_abcdefghijklmnopqrstuvwxyz0123456789'
    ],
    ['a bare npm token', 'NPM npm_abcdefghijklmnopqrstuvwxyz0123456789 ok', 'npm_abcdefghijklmnopqrstuvwxyz0123456789'],
    ['a URL password', 'git clone https://user:hunter2pass@example.com/repo.git', 'hunter2pass'],
    ['a URL password containing @', 'https://me:p@ss@host.example/x', 'p@ss'],
    ['a password= query value', 'GET /login?user=bob&password=Sup3rS3cret&x=1', 'Sup3rS3cret'],
    ['a token= value', 'https://x.test/cb?token=abcdef123456#frag', 'abcdef123456'],
    ['a secret= env value', 'CLIENT_SECRET=zzz-topsecret-zzz', 'zzz-topsecret-zzz'],
    ['a JSON password', '{"db_password": "pa55word!"}', 'pa55word!']
  ]
  for (const [what, text, secret] of shapes) {
    it(`removes ${what}`, () => {
      const out = redact(text)
      expect(out).not.toContain(secret)
      expect(out).toContain('***')
    })
  }

  it('removes a PEM private key block whole', () => {
    const pem = [
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun',
      'VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK',
      '-----END RSA PRIVATE KEY-----'
    ].join('\n')
    const out = redact(`before\n${pem}\nafter`)
    expect(out).toBe('before\n***\nafter')
  })

  it('removes an unterminated private key up to the next boundary', () => {
    const out = redact('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n')
    expect(out).not.toContain('b3BlbnNzaC1rZXktdjE')
  })

  it('keeps ordinary log text intact', () => {
    const text =
      'error[E0308]: mismatched types\n  --> src/main.rs:12:5\nFAIL src/a.test.ts > adds (Unexpected token: })\nAuthor: Jane'
    expect(redact(text)).toBe(text)
  })

  it('removes known secrets, their lines, URL-encoded and JSON-escaped forms', () => {
    const secret = 'p@ss "word"/x\nsecond-line-value'
    const text = `a ${secret} b ${encodeURIComponent(secret)} c ${JSON.stringify(secret)} d second-line-value`
    const out = redact(text, [secret])
    expect(out).not.toContain('p@ss')
    expect(out).not.toContain('second-line-value')
    expect(out).not.toContain(encodeURIComponent(secret))
  })

  it('ignores empty and undefined known secrets', () => {
    expect(redact('abc', ['', undefined])).toBe('abc')
  })

  it('never lets a known secret embedded anywhere in random text survive', () => {
    const secretArb = fc.string({ minLength: 1, maxLength: 24, unit: 'binary' }).filter((s) => /[^*]/.test(s))
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        secretArb,
        fc.string({ unit: 'binary' }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (before, secret, after, extra) => {
          let text = `${before}${secret}${after}`
          for (const at of extra)
            text = `${text.slice(0, at % (text.length + 1))}${secret}${text.slice(at % (text.length + 1))}`
          expect(redact(text, [secret])).not.toContain(secret)
        }
      ),
      { numRuns: 2000 }
    )
  })

  it('never lets a secret made of asterisks and letters rebuild itself from replacements', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[*a]{0,12}$/),
        fc.stringMatching(/^[*a]{1,6}$/).filter((s) => s.includes('a')),
        (text, secret) => {
          expect(redact(`${text}${secret}${text}`, [secret])).not.toContain(secret)
        }
      ),
      { numRuns: 2000 }
    )
  })

  it('runs in linear time on hostile input', () => {
    const hostile = [
      'eyJ'.repeat(200_000),
      `${'eyJaaaa.'.repeat(80_000)}`,
      '-----BEGIN PRIVATE KEY-----'.repeat(20_000),
      `https://${'a'.repeat(300_000)}`,
      'token'.repeat(100_000),
      `${'Authorization'.repeat(40_000)}`,
      'ghp_'.repeat(100_000),
      ' '.repeat(500_000),
      `"${'password'.repeat(50_000)}`
    ]
    const t0 = performance.now()
    for (const h of hostile) redact(h, ['knownsecret'])
    expect(performance.now() - t0).toBeLessThan(3000)
  })
})

describe('redactDeep', () => {
  it('redacts every string in nested objects and arrays and keeps other values', () => {
    const v = { a: 'x ghp_' + A36, b: [1, 'my-secret-value', { c: null, d: true }] }
    expect(redactDeep(v, ['my-secret-value'])).toEqual({ a: 'x ***', b: [1, '***', { c: null, d: true }] })
  })
})

describe('redactError', () => {
  it('includes the cause and removes secrets from both', () => {
    const e = new Error('fetch failed to https://u:pw12345@h.test', {
      cause: new Error('connect ECONNREFUSED with sekrit99')
    })
    const s = redactError(e, ['sekrit99'])
    expect(s).toContain('ECONNREFUSED')
    expect(s).not.toContain('sekrit99')
    expect(s).not.toContain('pw12345')
  })
})
