import { z } from 'zod'
import { input, readInputs } from '@hee/core/action'

export const schema = z.object({
  'capsule-path': input.text('hee-state-capsule.json'),
  status: input.text(),
  update: input.text(),
  'update-file': input.text(),
  'signing-key': input.text(),
  'encryption-key': input.text(),
  'sensitive-fields': input.list(),
  'artifact-name': input.text('hee-state-capsule'),
  'retention-days': input.int(90, 1, 400),
  upload: input.bool(true),
  'history-limit': input.int(200, 1, 100_000),
  'allow-unsigned': input.bool(false)
})

export type Inputs = z.infer<typeof schema>

export function getInputs(): Inputs {
  return readInputs(schema, ['signing-key', 'encryption-key'])
}
