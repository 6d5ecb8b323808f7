import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../packages/core/src/errors.js'
import { loadCatalogue } from '../../../packages/core/src/diagnosis/catalogue.js'
import { classifyText } from '../../../packages/core/src/diagnosis/log-classifier.js'

const TEST_FAILURE = 'running 1 test\ntest tests::adds ... FAILED\n'

function loadError(yaml: string): string {
  try {
    loadCatalogue(yaml)
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError)
    return (e as Error).message
  }
  throw new Error('expected loadCatalogue to throw')
}

describe('loadCatalogue', () => {
  it('holds PAT-001 to PAT-008 with the default severities of the design', () => {
    const c = loadCatalogue()
    const severities = Object.fromEntries([...c.patterns.values()].map((p) => [p.id, p.severity]))
    expect(severities).toEqual({
      'PAT-001': 'critical',
      'PAT-002': 'high',
      'PAT-003': 'critical',
      'PAT-004': 'medium',
      'PAT-005': 'medium',
      'PAT-006': 'high',
      'PAT-007': 'medium',
      'PAT-008': 'low'
    })
    for (const p of c.patterns.values()) expect(p.rules.length).toBeGreaterThan(0)
  })

  it('treats empty or comment-only YAML as no overrides', () => {
    expect(loadCatalogue('# nothing here\n').rules.length).toBe(loadCatalogue().rules.length)
  })

  it('changes a pattern severity from YAML and the finding carries it', () => {
    const c = loadCatalogue('patterns:\n  PAT-002:\n    severity: critical\n')
    expect(c.patterns.get('PAT-002')?.severity).toBe('critical')
    expect(classifyText(TEST_FAILURE, { catalogue: c }).findings[0]).toMatchObject({
      pattern: 'PAT-002',
      severity: 'critical'
    })
  })

  it('disables a pattern so its evidence yields no finding', () => {
    const c = loadCatalogue('patterns:\n  PAT-002:\n    enabled: false\n')
    expect(c.rules.some((r) => r.pattern === 'PAT-002')).toBe(false)
    expect(classifyText(TEST_FAILURE, { catalogue: c }).findings).toEqual([])
  })

  it('adds a rule to an existing pattern', () => {
    const yaml =
      'patterns:\n  PAT-008:\n    rules:\n      - id: flaky-mirror\n        regex: "mirror\\\\.example\\\\.com is sulking"\n        weight: 90\n'
    const c = loadCatalogue(yaml)
    const f = classifyText('step 1\nmirror.example.com is sulking\n', { catalogue: c }).findings
    expect(f[0]).toMatchObject({ pattern: 'PAT-008', line: 2, rule: 'PAT-008/flaky-mirror' })
    expect(classifyText('step 1\nmirror.example.com is sulking\n').findings).toEqual([])
  })

  it('adds a new pattern with its own id, name, severity and rules', () => {
    const yaml = [
      'patterns:',
      '  PAT-101:',
      '    name: Snapshot drift',
      '    severity: low',
      '    rules:',
      '      - regex: "^\\\\d+ snapshots? obsolete"',
      '        weight: 85'
    ].join('\n')
    const c = loadCatalogue(yaml)
    const [f] = classifyText('ok\n2 snapshots obsolete\n', { catalogue: c }).findings
    expect(f).toMatchObject({ pattern: 'PAT-101', name: 'Snapshot drift', severity: 'low', line: 2 })
  })

  it('replaces a pattern rules when replace_rules is set: the built-in rules no longer match, the family cues still do', () => {
    const c = loadCatalogue('patterns:\n  PAT-002:\n    replace_rules: true\n    rules:\n      - regex: "^BROKEN$"\n')
    expect(c.rules.filter((r) => r.pattern === 'PAT-002').map((r) => r.id)).toEqual(['user-1'])
    const findings = classifyText(TEST_FAILURE, { catalogue: c }).findings
    expect(findings.map((f) => f.rule).filter((r) => r.startsWith('PAT-002/') && !r.includes('cue:'))).toEqual([])
    expect(classifyText('step 1\nBROKEN\n', { catalogue: c }).findings[0]).toMatchObject({
      pattern: 'PAT-002',
      rule: 'PAT-002/user-1',
      line: 2
    })
  })

  it('rejects YAML that does not parse with a message saying so', () => {
    expect(loadError('patterns:\n  PAT-002: [unclosed\n')).toMatch(/hee-patterns\.yml: not valid YAML/)
  })

  it('rejects a bad severity naming the key', () => {
    expect(loadError('patterns:\n  PAT-002:\n    severity: urgent\n')).toMatch(/patterns\.PAT-002\.severity/)
  })

  it('rejects an unknown key naming it', () => {
    expect(loadError('patterns:\n  PAT-002:\n    severty: high\n')).toMatch(/patterns\.PAT-002\.severty/)
  })

  it('rejects a new pattern without a name', () => {
    expect(loadError('patterns:\n  PAT-102:\n    severity: low\n    rules:\n      - regex: x\n')).toMatch(
      /patterns\.PAT-102\.name/
    )
  })

  it('rejects a regex that does not compile, naming the rule and the reason', () => {
    expect(loadError('patterns:\n  PAT-001:\n    rules:\n      - regex: "(unclosed"\n')).toMatch(
      /patterns\.PAT-001\.rules\.0\.regex: not accepted by the linear-time regex engine .*missing closing \)/
    )
  })

  it('refuses lookarounds and back-references in a user rule, saying the engine cannot run them in linear time', () => {
    expect(loadError('patterns:\n  PAT-001:\n    rules:\n      - regex: "(?<!warn)ing: x"\n')).toMatch(
      /rules\.0\.regex: not accepted by the linear-time regex engine \(RE2; lookarounds and back-references/
    )
    expect(loadError('patterns:\n  PAT-001:\n    rules:\n      - regex: "(a)\\\\1"\n')).toMatch(
      /rules\.0\.regex: not accepted/
    )
  })

  it('runs user rules that backtrack in JavaScript in linear time on RE2', () => {
    const yaml = [
      'patterns:',
      '  PAT-101:',
      '    name: Slow rules',
      '    severity: low',
      '    rules:',
      '      - regex: "error.*failed.*at.*line"',
      '      - regex: "^(a+)+$"'
    ].join('\n')
    const c = loadCatalogue(yaml)
    // Each of these lines costs JavaScript's engine exponential or cubic time in its length.
    const hostile = [
      'a'.repeat(4000) + 'b',
      'error failed at '.repeat(250),
      ('error' + ' failed'.repeat(40) + ' at').repeat(20)
    ]
    const log = [...hostile, ...hostile, 'error: build failed at src/a.c line 3'].join('\n') + '\n'
    const f = classifyText(log, { catalogue: c }).findings.find((x) => x.pattern === 'PAT-101')
    expect(f).toMatchObject({ line: 7, rule: 'PAT-101/user-1' })
  })

  it('rejects context evidence without a context regex', () => {
    expect(loadError('patterns:\n  PAT-001:\n    rules:\n      - regex: x\n        evidence: context\n')).toMatch(
      /evidence/
    )
  })
})
