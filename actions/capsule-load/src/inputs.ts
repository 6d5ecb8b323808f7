import { z } from 'zod'
import { DEFAULT_CAPSULE_DOWNLOAD_MS, input, readInputs } from '@hee/core/action'

export const schema = z.object({
  'capsule-path': input.text(),
  source: input.oneOf(['auto', 'run', 'latest'], 'auto'),
  'verify-key': input.text(),
  'encryption-key': input.text(),
  'allow-unsigned': input.bool(false),
  'artifact-name': input.text('hee-state-capsule'),
  'github-token': input.text(),
  'fail-on-missing': input.bool(false),
  'on-invalid': input.oneOf(['fail', 'fresh'], 'fail'),
  'max-candidates': input.int(5, 1, 50),
  'download-seconds': input.int(DEFAULT_CAPSULE_DOWNLOAD_MS / 1000, 1, 3600),
  // Default: this workflow's file (GITHUB_WORKFLOW_REF) and the repository's default branch.
  'capsule-workflow': input.text(),
  'capsule-branches': input.list()
})

export type Inputs = z.infer<typeof schema>

export function getInputs(): Inputs {
  return readInputs(schema, ['verify-key', 'encryption-key', 'github-token'])
}
