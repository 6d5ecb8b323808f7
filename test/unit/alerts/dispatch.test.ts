import { describe, expect, it } from 'vitest'
import { tokenExpiryAlert } from '../../../packages/core/src/alerts/compose.js'
import { dispatchAlerts } from '../../../packages/core/src/alerts/dispatch.js'
import { DEFAULT_MATRIX, buildMatrix } from '../../../packages/core/src/alerts/escalation.js'
import type { Alert, Channel, ChannelName } from '../../../packages/core/src/alerts/types.js'
import type { Severity } from '../../../packages/core/src/severity.js'

function alert(severity: Severity, kind: Alert['kind'] = 'broke'): Alert {
  return {
    kind,
    severity,
    repository: 'acme/app',
    workflow: 'CI',
    pattern: 'PAT-002',
    patternName: 'Test failure',
    title: `CI ${kind}`,
    summary: 's',
    nextStep: 'n'
  }
}

function recorder(names: ChannelName[], failing: Partial<Record<ChannelName, string>> = {}) {
  const sent: Array<[ChannelName, string]> = []
  const channels: Channel[] = names.map((name) => ({
    name,
    async send(a) {
      if (failing[name]) throw new Error(failing[name])
      sent.push([name, `${a.severity}/${a.kind}`])
    }
  }))
  return { sent, channels }
}

const ALL: ChannelName[] = ['console', 'slack', 'email', 'sms', 'webhook', 'github-issue']

describe('dispatchAlerts', () => {
  it('sends each severity to the channels of the matrix among those configured', async () => {
    const { sent, channels } = recorder(ALL)
    await dispatchAlerts([alert('critical'), alert('high'), alert('medium'), alert('low')], channels, DEFAULT_MATRIX)
    const by = (sev: string) =>
      sent
        .filter(([, k]) => k.startsWith(sev))
        .map(([n]) => n)
        .sort()
    expect(by('critical')).toEqual(['console', 'email', 'slack', 'sms'])
    expect(by('high')).toEqual(['console', 'email', 'slack'])
    expect(by('medium')).toEqual(['console', 'email'])
    expect(by('low')).toEqual(['console'])
  })

  it('skips channels the matrix names but nobody configured', async () => {
    const { channels } = recorder(['console'])
    const results = await dispatchAlerts([alert('critical')], channels, DEFAULT_MATRIX)
    expect(results.map((r) => r.channel)).toEqual(['console'])
  })

  it('sends nothing below the alert level', async () => {
    const { sent, channels } = recorder(ALL)
    const results = await dispatchAlerts([alert('high'), alert('medium'), alert('low')], channels, DEFAULT_MATRIX, {
      alertLevel: 'high'
    })
    expect(new Set(sent.map(([, k]) => k))).toEqual(new Set(['high/broke']))
    expect(results.every((r) => r.alert.severity === 'high')).toBe(true)
  })

  it('uses the matrix alert level when no option is given', async () => {
    const { sent, channels } = recorder(ALL)
    await dispatchAlerts([alert('low')], channels, buildMatrix({ alertLevel: 'medium' }))
    expect(sent).toEqual([])
  })

  it('sends opt-in channels only where configured', async () => {
    const { sent, channels } = recorder(ALL)
    await dispatchAlerts(
      [alert('high'), alert('medium')],
      channels,
      buildMatrix({ high: { extraChannels: ['github-issue'] } })
    )
    expect(sent.filter(([n]) => n === 'github-issue')).toEqual([['github-issue', 'high/broke']])
    expect(sent.some(([n]) => n === 'webhook')).toBe(false)
  })

  it('sends token-expiry alerts to every configured channel', async () => {
    const { sent, channels } = recorder(ALL)
    const t = tokenExpiryAlert({
      repository: 'acme/app',
      workflow: 'CI',
      tokenName: 'HEE_TOKEN',
      expiresAt: '2025-03-02T00:00:00Z',
      now: new Date('2025-03-01T00:00:00Z')
    })
    expect(t.severity).toBe('high')
    await dispatchAlerts([t], channels, DEFAULT_MATRIX)
    expect(sent.map(([n]) => n).sort()).toEqual([...ALL].sort())
  })

  it('reports a failing channel with redacted text and still delivers to the others', async () => {
    const { sent, channels } = recorder(ALL, {
      slack: 'boom for https://hooks.slack.com/services/T1/B2/abcdefgh',
      email: 'auth failed for hunter22'
    })
    const results = await dispatchAlerts([alert('critical')], channels, DEFAULT_MATRIX, { knownSecrets: ['hunter22'] })
    expect(sent.map(([n]) => n).sort()).toEqual(['console', 'sms'])
    const failed = results.filter((r) => !r.ok)
    expect(failed.map((r) => r.channel).sort()).toEqual(['email', 'slack'])
    for (const r of failed) {
      expect(r.error).toBeDefined()
      expect(r.error).not.toContain('hunter22')
      expect(r.error).not.toContain('abcdefgh')
    }
    expect(results.filter((r) => r.ok)).toHaveLength(2)
  })
})
