import { z } from 'zod'
import { CAPSULE_STATUSES } from '@hee/core'
import { DEFAULT_CAPSULE_DOWNLOAD_MS, input, readInputs } from '@hee/core/action'

export const schema = z.object({
  'capsule-path': input.text(),
  // '' keeps the status; anything else must be a state of the diagram, reported as this input.
  status: z
    .string()
    .transform((v) => v.trim())
    .refine((v) => v === '' || (CAPSULE_STATUSES as readonly string[]).includes(v), {
      message: `expected one of ${CAPSULE_STATUSES.join(', ')}`
    }),
  update: input.text(),
  'update-file': input.text(),
  'signing-key': input.text(),
  'encryption-key': input.text(),
  'sensitive-fields': input.list(),
  'artifact-name': input.text('hee-state-capsule'),
  'retention-days': input.int(90, 1, 400),
  upload: input.bool(true),
  'history-limit': input.int(200, 1, 100_000),
  'allow-unsigned': input.bool(false),
  'download-seconds': input.int(DEFAULT_CAPSULE_DOWNLOAD_MS / 1000, 1, 3600)
})

export type Inputs = z.infer<typeof schema>

export function getInputs(): Inputs {
  return readInputs(schema, ['signing-key', 'encryption-key'])
}
