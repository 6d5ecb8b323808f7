import { describe, expect, it } from 'vitest'
import { redact, redactDeep, secretlintFindings, secretValues } from '../../../packages/core/src/security/redact.js'
import { EXCERPT_WITH_EVERY_SECRET, SECRET_EXAMPLES } from '../../support/secret-examples.js'

const PRESET = '@secretlint/secretlint-rule-preset-recommend'

describe('redaction uses secretlint’s recommended rules, HEE CI’s CI-log shapes and the job’s own secrets', () => {
  for (const e of SECRET_EXAMPLES) {
    it(`${e.rule}: the example secret is gone from the line and from a whole excerpt`, () => {
      expect(e.line).toContain(e.secret)
      expect(redact(e.line)).not.toContain(e.secret)
      expect(redact(EXCERPT_WITH_EVERY_SECRET)).not.toContain(e.secret)
      expect(JSON.stringify(redactDeep({ excerpt: e.line }))).not.toContain(e.secret)
    })
  }

  it(`each secretlint example is found by its own rule of ${PRESET}`, () => {
    for (const e of SECRET_EXAMPLES.filter((x) => !x.rule.startsWith('hee:'))) {
      const rules = secretlintFindings(e.line).map((f) => f.rule)
      expect(rules, e.line).toContain(`@secretlint/secretlint-rule-${e.rule}`)
    }
  })

  it('a Slack app token is hidden to its end, not just the part the rule matches', () => {
    const token = SECRET_EXAMPLES.find((e) => e.rule === 'hee:slack-app-token')!.secret
    const out = redact(`auth ${token} ok`)
    expect(out).toBe('auth *** ok')
  })

  it('a private key is hidden whole when the excerpt starts inside it, and hex digests stay readable', () => {
    const e = SECRET_EXAMPLES.find((x) => x.rule === 'hee:private-key-body')!
    const out = redact(`${e.line}\nerror: signing failed`)
    for (const line of e.line.split('\n')) expect(out).not.toContain(line)
    expect(out).toContain('error: signing failed')
    const digest = 'sha256 3f786850e387550fdab836ed7e6dc881de23001b3f786850e387550fdab836ed'
    const git = '3f786850e387550fdab836ed7e6dc881de23001b'
    expect(redact(`${digest}\n${git}`)).toBe(`${digest}\n${git}`)
    // A tool that puts its level word before each line it prints hides none of the key, and keeps the word.
    const levelled = e.line
      .split('\n')
      .map((l, i) => `${i % 2 ? '[ERROR] ' : 'Error: '}${l}`)
      .join('\n')
    const hidden = redact(levelled)
    for (const line of e.line.split('\n')) expect(hidden).not.toContain(line)
    expect(hidden.split('\n')[0]).toBe('Error: ***')
  })

  it('`aws_secret_access_key = …` with spaces, `password = …`, and the line around them stays', () => {
    const aws = redact('aws_secret_access_key = abcdEFGHijklMNOPqrstUVWXyz0123456789ABCD # from CI')
    expect(aws).not.toContain('abcdEFGH')
    expect(aws).toMatch(/\*\*\* # from CI$/)
    expect(redact("AWS_SECRET_ACCESS_KEY: 'short0123456789abcdefXYZ'")).toBe("AWS_SECRET_ACCESS_KEY: '***'")
    expect(redact('db password = hunter2hunter2 and more')).toBe('db password = *** and more')
  })

  it('the job’s own secrets come as lines or as a JSON object such as toJSON(secrets)', () => {
    const pem =
      '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIKzNotARealKeyButLongEnough0123\n-----END PRIVATE KEY-----'
    expect(secretValues('one-secret-value\n\n  two-secret-value  \n')).toEqual(['one-secret-value', 'two-secret-value'])
    expect(secretValues(JSON.stringify({ DEPLOY: 'plain-deploy-word', KEY: pem, github_token: 'ghs_x' }))).toEqual([
      'plain-deploy-word',
      pem,
      'ghs_x'
    ])
    expect(secretValues('')).toEqual([])
    const known = secretValues(JSON.stringify({ DEPLOY: 'plain-deploy-word' }))
    // No shape gives this one away; only the job's list does.
    expect(redact('using plain-deploy-word now')).toBe('using plain-deploy-word now')
    expect(redact('using plain-deploy-word now', known)).toBe('using *** now')
  })
})
