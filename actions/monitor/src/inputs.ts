import { z } from 'zod'
import { MONITOR_CAP_FIELDS } from '@hee/core'
import { input, readInputs } from '@hee/core/action'

export const schema = z.object({
  'github-token': input.text(),
  repository: input.text(),
  trigger: input.oneOf(['auto', 'run', 'since-last', 'latest'], 'auto'),
  'run-id': input.int(0, 0, Number.MAX_SAFE_INTEGER),
  workflows: input.list(),
  branches: input.list(),
  'fork-alerts': input.bool(false),
  'max-runs': input.int(20, 1, 500),
  'alert-level': input.oneOf(['critical', 'high', 'medium', 'low'], 'low'),
  escalation: input.text(),
  'patterns-file': input.text('.github/hee-patterns.yml'),
  'fixable-patterns': input.list(),
  'failed-after': input.int(3, 1, 1000),
  'timeout-minutes': input.int(360, 1, 10_080),
  // action.yml supplies `*sarif*,*audit*` when the input is not given; an explicit '' reads none.
  'security-artifacts': input.list(),
  'last-green-baseline': input.bool(true),
  // max-pages, request-timeout-seconds, download-seconds, run-deadline-seconds: shared with `hee monitor`.
  ...MONITOR_CAP_FIELDS,
  'coverage-reports': input.list(),
  'coverage-artifacts': input.list(),
  'coverage-config': input.text('.github/hee-coverage.yml'),
  'coverage-gate': input.bool(false),
  'capsule-path': input.text(),
  'signing-key': input.text(),
  'verify-key': input.text(),
  'encryption-key': input.text(),
  'allow-unsigned': input.bool(false),
  'upload-capsule': input.bool(true),
  'artifact-name': input.text('hee-state-capsule'),
  'retention-days': input.int(90, 1, 400),
  'findings-path': input.text(),
  'slack-webhook-url': input.text(),
  'smtp-url': input.text(),
  'email-from': input.text(),
  'email-to': input.list(),
  'sms-account-sid': input.text(),
  'sms-auth-token': input.text(),
  'sms-from': input.text(),
  'sms-to': input.list(),
  'sms-api-url': input.text(),
  'webhook-url': input.text(),
  'webhook-secret': input.text(),
  'redact-values': input.text(),
  'github-issues': input.bool(false),
  'token-name': input.text('GITHUB_TOKEN')
})

export type Inputs = z.infer<typeof schema>

export const SECRET_INPUTS = [
  'github-token',
  'signing-key',
  'verify-key',
  'encryption-key',
  'slack-webhook-url',
  'smtp-url',
  'sms-auth-token',
  'webhook-url',
  'webhook-secret',
  'redact-values'
]

export function getInputs(): Inputs {
  return readInputs(schema, SECRET_INPUTS)
}
