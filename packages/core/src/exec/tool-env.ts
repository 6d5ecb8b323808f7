/**
 * The environment for tools that may run repository code (build scripts, lint plugins, npm
 * scripts). Action inputs arrive as INPUT_* variables and include tokens; the runner's
 * ACTIONS_* variables grant cache and artifact access. None of that reaches a tool.
 */

const DROP_EXACT = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'HEE_SIGNING_KEY',
  'HEE_CAPSULE_KEY'
])
const DROP_PREFIX = ['INPUT_', 'STATE_', 'HEE_SECRET_']
const DROP_PATTERN = /(TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|ACCESS_KEY|CREDENTIAL|WEBHOOK)/i

/** True when a variable of this name is withheld from tools. */
export function isSecretName(name: string): boolean {
  return DROP_EXACT.has(name) || DROP_PREFIX.some((p) => name.startsWith(p)) || DROP_PATTERN.test(name)
}

/**
 * `base` without secrets, with CI set (tools behave as in CI: no prompts, no TTY colours)
 * and colour turned off so their output can be read back. `extra` is applied last.
 */
export function toolEnv(
  base: Readonly<Record<string, string | undefined>>,
  extra: Readonly<Record<string, string | undefined>> = {}
): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(base)) if (v !== undefined && !isSecretName(k)) env[k] = v
  env['CI'] = 'true'
  env['NO_COLOR'] = '1'
  env['FORCE_COLOR'] = '0'
  env['CARGO_TERM_COLOR'] = 'never'
  env['GIT_TERMINAL_PROMPT'] = '0'
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k]
    else env[k] = v
  }
  return env
}
