import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { ConfigurationError } from '../errors.js'
import { SEVERITIES } from '../severity.js'
import { DEFAULT_PATTERNS } from './default-patterns.js'
import type { Catalogue, CompiledRule, LineLevel, PatternSpec, RuleSpec } from './pattern-types.js'
import { requiredLiterals } from './literal-hint.js'
import { compileLinear, type LineRegex } from './line-regex.js'

/** Where users keep their overrides, relative to the repository root. */
export const PATTERNS_FILE = '.github/hee-patterns.yml'

const MAX_CONTEXT_WINDOW = 500
/** Evidence taken from an earlier line must still be in the recent-lines window. */
const MAX_EVIDENCE_WINDOW = 50

const ruleSchema = z.strictObject({
  id: z.string().min(1).max(80).optional(),
  regex: z.string().min(1).max(2000),
  flags: z.string().regex(/^i?$/, 'only the "i" flag is supported').optional(),
  weight: z.number().min(1).max(100).default(70),
  context: z
    .strictObject({
      section: z.string().min(1).max(2000).optional(),
      after: z.string().min(1).max(2000).optional(),
      within: z.number().int().min(1).max(MAX_CONTEXT_WINDOW).optional(),
      level: z
        .array(z.enum(['error', 'warning', 'none']))
        .min(1)
        .optional()
    })
    .optional(),
  evidence: z.enum(['line', 'context']).optional(),
  warnings_count: z.boolean().optional()
})

const patternSchema = z.strictObject({
  name: z.string().min(1).max(200).optional(),
  severity: z.enum(SEVERITIES as [string, ...string[]]).optional(),
  enabled: z.boolean().optional(),
  /** Rules appended to the pattern's own (or replacing them with `replace_rules: true`). */
  rules: z.array(ruleSchema).optional(),
  replace_rules: z.boolean().optional()
})

const fileSchema = z.strictObject({
  version: z.literal(1).optional(),
  patterns: z
    .record(
      z.string().regex(/^[A-Za-z0-9][\w.-]{0,63}$/, 'pattern ids are letters, digits, "-", "_" or "."'),
      patternSchema
    )
    .default({})
})

type UserRule = z.infer<typeof ruleSchema>

/**
 * The pattern catalogue: the built-in PAT-001…PAT-008, overridden and extended by the user's
 * `.github/hee-patterns.yml` when its text is given. A user can change a pattern's severity or
 * name, disable it (`enabled: false`), add rules, replace its rules, or add new patterns
 * (any id; PAT-1xx by convention), which need a name, a severity and at least one rule.
 * Throws a ConfigurationError naming the offending key for bad YAML, a bad value or a regex
 * that does not compile or could backtrack catastrophically.
 */
export function loadCatalogue(yamlText?: string): Catalogue {
  const patterns = new Map<string, PatternSpec>(DEFAULT_PATTERNS.map((p) => [p.id, { ...p, rules: [...p.rules] }]))
  if (yamlText !== undefined && yamlText.trim() !== '') applyOverrides(patterns, yamlText)
  return compileCatalogue(patterns)
}

function applyOverrides(patterns: Map<string, PatternSpec>, yamlText: string): void {
  let doc: unknown
  try {
    doc = parseYaml(yamlText)
  } catch (e) {
    const first = ((e as Error).message ?? String(e)).split('\n')[0]
    throw new ConfigurationError(`${PATTERNS_FILE}: not valid YAML: ${first}`, { cause: e })
  }
  if (doc === null || doc === undefined) return
  const parsed = fileSchema.safeParse(doc)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const keys = 'keys' in issue && Array.isArray(issue.keys) && issue.keys.length > 0 ? issue.keys.map(String) : []
    const path = [...issue.path.map(String), ...keys].join('.') || '(top level)'
    throw new ConfigurationError(`${PATTERNS_FILE}: ${path}: ${issue.message}`)
  }
  for (const [id, over] of Object.entries(parsed.data.patterns)) {
    const existing = patterns.get(id)
    const added = (over.rules ?? []).map((r, i) => toRuleSpec(r, i))
    // Compile now so an error names the user's key, not a position in the merged list.
    added.forEach((r, i) => compileRule(id, r, `patterns.${id}.rules.${i}`))
    if (existing) {
      patterns.set(id, {
        ...existing,
        name: over.name ?? existing.name,
        severity: (over.severity as PatternSpec['severity'] | undefined) ?? existing.severity,
        enabled: over.enabled ?? existing.enabled,
        rules: over.replace_rules ? added : [...existing.rules, ...added]
      })
      continue
    }
    if (!over.name) throw new ConfigurationError(`${PATTERNS_FILE}: patterns.${id}.name: a new pattern needs a name`)
    if (!over.severity)
      throw new ConfigurationError(`${PATTERNS_FILE}: patterns.${id}.severity: a new pattern needs a severity`)
    if (added.length === 0)
      throw new ConfigurationError(`${PATTERNS_FILE}: patterns.${id}.rules: a new pattern needs at least one rule`)
    patterns.set(id, {
      id,
      name: over.name,
      severity: over.severity as PatternSpec['severity'],
      enabled: over.enabled ?? true,
      rules: added
    })
  }
}

function toRuleSpec(r: UserRule, index: number): RuleSpec {
  return {
    id: r.id ?? `user-${index + 1}`,
    regex: r.regex,
    flags: r.flags,
    weight: r.weight,
    context: r.context,
    evidence: r.evidence,
    warningsCount: r.warnings_count,
    user: true
  }
}

function compileCatalogue(patterns: Map<string, PatternSpec>): Catalogue {
  const rules: CompiledRule[] = []
  for (const p of patterns.values()) {
    if (!p.enabled) continue
    for (const r of p.rules) rules.push(compileRule(p.id, r, `patterns.${p.id}.rules.${r.id}`))
  }
  return { patterns, rules }
}

function compileRule(patternId: string, r: RuleSpec, where: string): CompiledRule {
  const flags = r.flags ?? ''
  if (r.context?.after === undefined && r.evidence === 'context') {
    throw new ConfigurationError(`${PATTERNS_FILE}: ${where}.evidence: "context" needs context.after`)
  }
  if (r.evidence === 'context' && (r.context?.within ?? 10) > MAX_EVIDENCE_WINDOW) {
    throw new ConfigurationError(
      `${PATTERNS_FILE}: ${where}.context.within: at most ${MAX_EVIDENCE_WINDOW} with evidence "context"`
    )
  }
  return {
    id: r.id,
    pattern: patternId,
    weight: r.weight,
    regex: compileRegex(r.regex, flags, `${where}.regex`, r.user),
    literals: requiredLiterals(r.regex, 3, true, true),
    section:
      r.context?.section === undefined
        ? undefined
        : compileRegex(r.context.section, flags, `${where}.context.section`, r.user),
    after:
      r.context?.after === undefined
        ? undefined
        : compileRegex(r.context.after, flags, `${where}.context.after`, r.user),
    within: Math.min(r.context?.within ?? 10, MAX_CONTEXT_WINDOW),
    levels: r.context?.level === undefined ? undefined : new Set<LineLevel>(r.context.level),
    evidence: r.evidence ?? 'line',
    warningsCount: r.warningsCount ?? false
  }
}

/**
 * A built-in rule's regex on JavaScript's engine (the catalogue's own, tested on adversarial
 * lines); a user's on RE2, refused with RE2's reason when it cannot run in linear time.
 */
function compileRegex(source: string, flags: string, where: string, user = false): LineRegex {
  if (user) {
    try {
      return compileLinear(source, flags)
    } catch (e) {
      throw new ConfigurationError(
        `${PATTERNS_FILE}: ${where}: not accepted by the linear-time regex engine (RE2; lookarounds and back-references are not supported): ${(e as Error).message}`
      )
    }
  }
  try {
    return new RegExp(source, flags)
  } catch (e) {
    throw new ConfigurationError(`${PATTERNS_FILE}: ${where}: invalid regex: ${(e as Error).message}`)
  }
}
