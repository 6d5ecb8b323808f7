import { readFile } from 'node:fs/promises'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { ConfigurationError } from '../errors.js'
import { METRICS, SPEC_WEIGHTS, type Metric } from './metrics.js'

export const PRIORITIES = ['Critical', 'High', 'Medium', 'Low'] as const
export type Priority = (typeof PRIORITIES)[number]

/** The spec's "Coverage Targets" table: every target 100 %, with its priority. */
export const SPEC_TARGETS: Record<Metric, number> = {
  line: 100,
  branch: 100,
  function: 100,
  integration: 100,
  spec: 100,
  prompt: 100
}
export const SPEC_PRIORITIES: Record<Metric, Priority> = {
  line: 'High',
  branch: 'High',
  function: 'Medium',
  integration: 'High',
  spec: 'Critical',
  prompt: 'Critical'
}

const metricRecord = <T extends z.ZodType>(v: T) => z.partialRecord(z.enum(METRICS), v)
const pct = z.number().min(0).max(100)

/** The coverage settings a repository keeps in a YAML or JSON file (`--config`, the action's `coverage-config`). */
export const coverageConfigSchema = z.strictObject({
  weights: metricRecord(z.number().min(0)).optional(),
  targets: metricRecord(pct).optional(),
  priorities: metricRecord(z.enum(PRIORITIES)).optional(),
  gate: z
    .strictObject({
      /** Fail when a measured metric (or the total) is below its target. */
      targets: z.boolean().optional(),
      /** Fail when the HEE total or a metric fell by more than this many points since the previous run. */
      max_drop: z.number().min(0).optional(),
      /** Fail when patch coverage is below this. */
      patch: pct.optional()
    })
    .optional(),
  spec: z.strictObject({ dir: z.string().min(1), id_pattern: z.string().min(1).optional() }).optional(),
  prompts: z.strictObject({ glob: z.string().min(1) }).optional(),
  tests: z.strictObject({ globs: z.array(z.string().min(1)).min(1) }).optional(),
  integration_lanes: z.array(z.string().min(1)).optional(),
  annotations: z.strictObject({ max: z.number().int().min(0) }).optional(),
  outside: z.enum(['error', 'skip']).optional()
})
export type CoverageConfig = z.infer<typeof coverageConfigSchema>

/** Settings after defaults. */
export interface CoverageSettings {
  weights: Record<Metric, number>
  targets: Record<Metric, number>
  priorities: Record<Metric, Priority>
  gate: { targets: boolean; maxDrop?: number; patch?: number }
  spec?: { dir: string; idPattern: string }
  prompts?: { glob: string }
  testGlobs?: string[]
  integrationLanes: string[]
  maxAnnotations: number
  outside: 'error' | 'skip'
}

export function resolveSettings(c: CoverageConfig = {}): CoverageSettings {
  return {
    weights: { ...SPEC_WEIGHTS, ...c.weights },
    targets: { ...SPEC_TARGETS, ...c.targets },
    priorities: { ...SPEC_PRIORITIES, ...c.priorities },
    gate: { targets: c.gate?.targets ?? false, maxDrop: c.gate?.max_drop, patch: c.gate?.patch },
    spec: c.spec ? { dir: c.spec.dir, idPattern: c.spec.id_pattern ?? 'REQ-\\d+' } : undefined,
    prompts: c.prompts,
    testGlobs: c.tests?.globs,
    integrationLanes: c.integration_lanes ?? ['integration', 'e2e'],
    maxAnnotations: c.annotations?.max ?? 10,
    outside: c.outside ?? 'error'
  }
}

/** Reads a coverage config file (YAML or JSON); a wrong setting names the file and the setting. */
export async function loadCoverageConfig(path: string, name = path): Promise<CoverageConfig> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    throw new ConfigurationError(
      `cannot read the coverage config ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`
    )
  }
  let raw: unknown
  try {
    raw = parseYaml(text) ?? {}
  } catch (e) {
    throw new ConfigurationError(
      `the coverage config ${name} is not YAML or JSON: ${(e as Error).message.split('\n')[0]}`
    )
  }
  const r = coverageConfigSchema.safeParse(raw)
  if (!r.success) {
    const i = r.error.issues[0]!
    throw new ConfigurationError(`the coverage config ${name}: ${i.path.join('.') || '(root)'}: ${i.message}`)
  }
  return r.data
}
