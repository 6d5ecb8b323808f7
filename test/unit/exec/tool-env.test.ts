import { describe, expect, it } from 'vitest'
import { isSecretName, toolEnv } from '../../../packages/core/src/exec/tool-env.js'

describe('the environment tools run with', () => {
  it('holds no action input, runtime token or secret-looking variable', () => {
    const env = toolEnv({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      'INPUT_GITHUB-TOKEN': 'ghs_x',
      GITHUB_TOKEN: 'ghs_y',
      ACTIONS_RUNTIME_TOKEN: 'jwt',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      NPM_TOKEN: 'npm_z',
      AWS_SECRET_ACCESS_KEY: 'aws',
      SLACK_WEBHOOK_URL: 'https://hooks.slack.com/x',
      GITHUB_REPOSITORY: 'o/r'
    })
    expect(Object.keys(env).sort()).toEqual(
      [
        'CARGO_TERM_COLOR',
        'CI',
        'FORCE_COLOR',
        'GITHUB_REPOSITORY',
        'GIT_TERMINAL_PROMPT',
        'HOME',
        'NO_COLOR',
        'PATH'
      ].sort()
    )
  })

  it('sets CI and turns colour off, and lets extra values add or remove variables', () => {
    const env = toolEnv(
      { PATH: '/bin', CARGO_TARGET_DIR: '/x' },
      { CARGO_TARGET_DIR: undefined, RUSTFLAGS: '-D warnings' }
    )
    expect(env).toMatchObject({ CI: 'true', NO_COLOR: '1', RUSTFLAGS: '-D warnings' })
    expect(env).not.toHaveProperty('CARGO_TARGET_DIR')
  })

  it('names the variables it withholds', () => {
    expect(isSecretName('INPUT_SIGNING-KEY')).toBe(true)
    expect(isSecretName('MY_API_KEY')).toBe(true)
    expect(isSecretName('PATH')).toBe(false)
    expect(isSecretName('RUSTFLAGS')).toBe(false)
  })
})
