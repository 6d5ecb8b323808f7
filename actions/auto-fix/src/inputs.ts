import { z } from 'zod'
import { input, readInputs } from '@hee/core/action'

export const schema = z.object({
  stage: input.oneOf(['all', 'compute', 'apply'], 'all'),
  delivery: input.oneOf(['pull-request', 'push'], 'pull-request'),
  'github-token': input.text(),
  'push-token': input.text(),
  'working-directory': input.text(),
  'log-path': input.text(),
  mode: input.oneOf(['hee-safe', 'review'], 'review'),
  'max-severity': input.oneOf(['critical', 'high', 'medium', 'low'], 'critical'),
  'run-id': input.int(0, 0, Number.MAX_SAFE_INTEGER),
  'head-sha': input.text(),
  branch: input.text(),
  'base-branch': input.text(),
  'remote-url': input.text(),
  'patch-path': input.text(),
  'attempt-budget': input.int(3, 1, 100),
  'max-files': input.int(50, 1, 10_000),
  'max-lines': input.int(2000, 1, 1_000_000),
  'protected-paths': input.list(),
  'commit-author': input.text(),
  'commit-signing-key': input.text(),
  'capsule-path': input.text(),
  'signing-key': input.text(),
  'verify-key': input.text(),
  'encryption-key': input.text(),
  'allow-unsigned': input.bool(false),
  'upload-capsule': input.bool(true),
  'artifact-name': input.text('hee-state-capsule'),
  'retention-days': input.int(90, 1, 400)
})

export type Inputs = z.infer<typeof schema>

export const SECRET_INPUTS = [
  'github-token',
  'push-token',
  'commit-signing-key',
  'signing-key',
  'verify-key',
  'encryption-key'
]

export function getInputs(): Inputs {
  return readInputs(schema, SECRET_INPUTS)
}
