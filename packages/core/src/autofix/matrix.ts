import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { ConfigurationError } from '../errors.js'
import type { AutoFixConfig, MatrixRow } from './types.js'

/** Where a repository overrides the decision matrix, limits and protected paths. */
export const AUTOFIX_CONFIG_FILE = '.github/hee-autofix.yml'

/**
 * The spec's decision matrix, one row per failure pattern. Rows the spec table does not list
 * (compilation, timeout, infrastructure) have no fix: a person or a re-run decides.
 */
export const DEFAULT_MATRIX: readonly MatrixRow[] = [
  { pattern: 'PAT-001', capability: 'none', safety: 'low', rollbackRequired: true, integration: 'manual-only' },
  { pattern: 'PAT-002', capability: 'full', safety: 'high', rollbackRequired: false, integration: 'auto-apply' },
  { pattern: 'PAT-003', capability: 'partial', safety: 'low', rollbackRequired: true, integration: 'manual-only' },
  { pattern: 'PAT-004', capability: 'full', safety: 'high', rollbackRequired: false, integration: 'auto-apply' },
  { pattern: 'PAT-005', capability: 'none', safety: 'low', rollbackRequired: true, integration: 'manual-only' },
  { pattern: 'PAT-006', capability: 'partial', safety: 'medium', rollbackRequired: true, integration: 'agent-review' },
  { pattern: 'PAT-007', capability: 'full', safety: 'high', rollbackRequired: false, integration: 'auto-apply' },
  { pattern: 'PAT-008', capability: 'none', safety: 'low', rollbackRequired: true, integration: 'manual-only' }
]

/** What each row's fix is, for `--explain`. */
export const ROW_LABELS: Record<string, string> = {
  'PAT-001': 'Compilation failure: reported, never fixed',
  'PAT-002': 'Test logic: snapshot mismatches only (vitest, jest, insta), proved by three re-runs',
  'PAT-003': 'Security vulnerabilities: advisories reported, nothing applied',
  'PAT-004': 'License compliance: SPDX headers, license texts (reuse lint or the repository check)',
  'PAT-005': 'Timeout: reported, never fixed',
  'PAT-006': 'Dependency: lockfile out of sync with its manifest regenerated (npm, Cargo)',
  'PAT-007': 'Lint and format (clippy, rustfmt, eslint, prettier, ruff, black)',
  'PAT-008': 'Infrastructure flake: a re-run, not a code change'
}

export const DEFAULT_LIMITS = { maxFiles: 50, maxLines: 2000 } as const

/** Paths a fix never changes, whatever the repository says. */
export const ALWAYS_PROTECTED = ['.github/workflows/**']

const PATTERN_ID = /^PAT-\d{3}$/

const rowOverride = z
  .object({
    capability: z.enum(['full', 'partial', 'none']).optional(),
    safety: z.enum(['high', 'medium', 'low']).optional(),
    rollback_required: z.boolean().optional(),
    integration: z.enum(['auto-apply', 'agent-review', 'manual-only']).optional()
  })
  .strict()

const configSchema = z
  .object({
    version: z.literal(1).optional(),
    matrix: z.record(z.string(), rowOverride).optional(),
    limits: z
      .object({
        max_files: z.number().int().positive().optional(),
        max_lines: z.number().int().positive().optional()
      })
      .strict()
      .optional(),
    protected_paths: z.array(z.string().min(1)).optional(),
    disabled_strategies: z.array(z.string().min(1)).optional()
  })
  .strict()

/**
 * Reads `.github/hee-autofix.yml`:
 *
 * ```yaml
 * version: 1
 * matrix:
 *   PAT-007: { integration: agent-review }
 * limits: { max_files: 20, max_lines: 500 }
 * protected_paths: [migrations/**]
 * disabled_strategies: [prettier]
 * ```
 * Throws ConfigurationError naming the first wrong field.
 */
export function parseAutoFixConfig(text: string, source = AUTOFIX_CONFIG_FILE): AutoFixConfig {
  let raw: unknown
  try {
    raw = parseYaml(text) ?? {}
  } catch (e) {
    throw new ConfigurationError(`${source}: not YAML: ${(e as Error).message.split('\n')[0]}`)
  }
  const r = configSchema.safeParse(raw)
  if (!r.success) {
    const issue = r.error.issues[0]!
    const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)'
    throw new ConfigurationError(`${source}: ${where}: ${issue.message}`)
  }
  const c = r.data
  const badKey = Object.keys(c.matrix ?? {}).find((k) => !PATTERN_ID.test(k))
  if (badKey !== undefined) throw new ConfigurationError(`${source}: matrix.${badKey}: not a pattern id like PAT-007`)
  const out: AutoFixConfig = {}
  if (c.matrix) {
    out.matrix = {}
    for (const [pattern, o] of Object.entries(c.matrix)) {
      out.matrix[pattern] = {
        ...(o.capability ? { capability: o.capability } : {}),
        ...(o.safety ? { safety: o.safety } : {}),
        ...(o.rollback_required !== undefined ? { rollbackRequired: o.rollback_required } : {}),
        ...(o.integration ? { integration: o.integration } : {})
      }
    }
  }
  if (c.limits || c.protected_paths) {
    out.limits = {
      ...(c.limits?.max_files ? { maxFiles: c.limits.max_files } : {}),
      ...(c.limits?.max_lines ? { maxLines: c.limits.max_lines } : {}),
      ...(c.protected_paths ? { protectedPaths: c.protected_paths } : {})
    }
  }
  if (c.disabled_strategies) out.disabledStrategies = c.disabled_strategies
  return out
}

/** The matrix with the repository's overrides applied (a pattern the defaults lack gets a full row). */
export function resolveMatrix(config: AutoFixConfig = {}): MatrixRow[] {
  const rows = DEFAULT_MATRIX.map((r) => ({ ...r, ...config.matrix?.[r.pattern] }))
  for (const [pattern, o] of Object.entries(config.matrix ?? {})) {
    if (rows.some((r) => r.pattern === pattern)) continue
    rows.push({
      pattern,
      capability: o.capability ?? 'none',
      safety: o.safety ?? 'low',
      rollbackRequired: o.rollbackRequired ?? true,
      integration: o.integration ?? 'manual-only'
    })
  }
  return rows
}

/** The matrix as a table for a person (`hee auto-fix --explain`). */
export function explainMatrix(rows: readonly MatrixRow[], overridden: readonly string[] = []): string {
  const head = ['pattern', 'capability', 'safety', 'rollback', 'integration', 'fix']
  const body = rows.map((r) => [
    r.pattern + (overridden.includes(r.pattern) ? '*' : ''),
    r.capability,
    r.safety,
    r.rollbackRequired ? 'yes' : 'no',
    r.integration,
    ROW_LABELS[r.pattern] ?? ''
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)))
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd()
  return [line(head), ...body.map(line)].join('\n')
}
