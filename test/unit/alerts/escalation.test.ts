import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../packages/core/src/errors.js'
import {
  DEFAULT_MATRIX,
  buildMatrix,
  channelsFor,
  parseDuration,
  passesLevel,
  realertWindowMs
} from '../../../packages/core/src/alerts/escalation.js'

const MIN = 60_000

describe('escalation matrix', () => {
  it('follows the spec: channels per severity', () => {
    expect(channelsFor(DEFAULT_MATRIX, 'critical')).toEqual(['console', 'email', 'slack', 'sms'])
    expect(channelsFor(DEFAULT_MATRIX, 'high')).toEqual(['console', 'email', 'slack'])
    expect(channelsFor(DEFAULT_MATRIX, 'medium')).toEqual(['console', 'email'])
    expect(channelsFor(DEFAULT_MATRIX, 'low')).toEqual(['console'])
  })

  it('turns response times into re-alert windows, with critical held to a 5 minute minimum', () => {
    expect(DEFAULT_MATRIX.rules.critical.responseMs).toBe(0)
    expect(realertWindowMs(DEFAULT_MATRIX, 'critical')).toBe(5 * MIN)
    expect(realertWindowMs(DEFAULT_MATRIX, 'high')).toBe(5 * MIN)
    expect(realertWindowMs(DEFAULT_MATRIX, 'medium')).toBe(15 * MIN)
    expect(realertWindowMs(DEFAULT_MATRIX, 'low')).toBe(60 * MIN)
    expect(DEFAULT_MATRIX.alertLevel).toBe('low')
  })

  it('adds opt-in channels per severity and accepts overrides', () => {
    const m = buildMatrix({
      high: { extraChannels: ['github-issue', 'webhook'], realert: '30m' },
      low: { channels: ['slack'] },
      minimumRealert: '1m',
      critical: { realert: 'immediate' }
    })
    expect(channelsFor(m, 'high')).toEqual(['console', 'email', 'slack', 'github-issue', 'webhook'])
    expect(realertWindowMs(m, 'high')).toBe(30 * MIN)
    expect(channelsFor(m, 'low')).toEqual(['slack'])
    expect(realertWindowMs(m, 'critical')).toBe(MIN)
    expect(channelsFor(m, 'medium')).toEqual(['console', 'email'])
  })

  it('lets a minimum of zero make critical re-alert on every run', () => {
    expect(realertWindowMs(buildMatrix({ minimumRealert: 0 }), 'critical')).toBe(0)
  })

  it('takes the alert level from config', () => {
    expect(buildMatrix({ alertLevel: 'high' }).alertLevel).toBe('high')
  })

  it.each([
    [{ high: { realert: '5 minutes' } }, 'high.realert: expected a duration'],
    [{ critical: { channels: ['pager'] } }, 'critical.channels[0]'],
    [{ medium: { extraChannels: ['sms'] } }, 'medium.extraChannels[0]'],
    [{ hihg: {} }, 'hihg: unknown key'],
    [{ low: { chanels: [] } }, 'low.chanels: unknown key'],
    [{ alertLevel: 'urgent' }, 'alertLevel'],
    ['not an object', '(root)']
  ])('rejects %j with a message naming the key', (config, fragment) => {
    let err: unknown
    try {
      buildMatrix(config)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(ConfigurationError)
    expect((err as Error).message).toContain('Invalid alert escalation config')
    expect((err as Error).message).toContain(fragment)
  })

  it('parses durations', () => {
    expect(parseDuration('immediate')).toBe(0)
    expect(parseDuration('90s')).toBe(90_000)
    expect(parseDuration('15min')).toBe(15 * MIN)
    expect(parseDuration('1h')).toBe(60 * MIN)
    expect(parseDuration(2500)).toBe(2500)
    expect(parseDuration('soon')).toBeUndefined()
    expect(parseDuration(-1)).toBeUndefined()
  })

  it('filters by alert level', () => {
    expect(passesLevel('critical', 'high')).toBe(true)
    expect(passesLevel('high', 'high')).toBe(true)
    expect(passesLevel('medium', 'high')).toBe(false)
    expect(passesLevel('low', 'low')).toBe(true)
  })
})
