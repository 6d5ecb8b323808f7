/**
 * GitHub Actions expressions (`${{ … }}`) evaluated with GitHub's own parser and evaluator
 * (`@actions/expressions`). Only the contexts and status functions the harness really
 * provides are known to the parser: anything else fails loudly, naming the expression and
 * where it stands, instead of evaluating to an empty string.
 */
import { Evaluator, Lexer, Parser, data } from '@actions/expressions'
import type { FunctionDefinition } from '@actions/expressions/funcs/info'

/** The contexts a workflow file may read in the harness, as plain JSON values. */
export type Contexts = Partial<Record<ContextName, unknown>>
export type ContextName =
  | 'github'
  | 'env'
  | 'vars'
  | 'secrets'
  | 'inputs'
  | 'steps'
  | 'needs'
  | 'job'
  | 'jobs'
  | 'runner'
  | 'strategy'
  | 'matrix'

/** The status functions of `if:` conditions, decided by the caller (job or step scope). */
export interface Status {
  /** True when every earlier step (or every needed job) succeeded and nothing was cancelled. */
  success: boolean
  cancelled: boolean
}

/** An expression the harness cannot evaluate: the workflow file uses something it does not know. */
export class ExpressionFailure extends Error {
  constructor(where: string, expression: string, cause: unknown) {
    super(`${where}: cannot evaluate \${{ ${expression} }}: ${cause instanceof Error ? cause.message : String(cause)}`)
    this.name = 'ExpressionFailure'
  }
}

function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData
}

function statusFunctions(status: Status | undefined): FunctionDefinition[] {
  const fn = (name: string, value: () => boolean): FunctionDefinition => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(value())
  })
  if (!status) return []
  return [
    fn('success', () => status.success && !status.cancelled),
    fn('failure', () => !status.success && !status.cancelled),
    fn('cancelled', () => status.cancelled),
    fn('always', () => true)
  ]
}

function evaluate(expression: string, contexts: Contexts, where: string, status?: Status): data.ExpressionData {
  const functions = statusFunctions(status)
  try {
    const lexed = new Lexer(expression).lex()
    const parsed = new Parser(lexed.tokens, Object.keys(contexts), functions).parse()
    const dict = new data.Dictionary(...Object.entries(contexts).map(([key, value]) => ({ key, value: toData(value) })))
    return new Evaluator(parsed, dict, new Map(functions.map((f) => [f.name.toLowerCase(), f]))).evaluate()
  } catch (e) {
    throw new ExpressionFailure(where, expression, e)
  }
}

/** Converts an evaluated value to the string GitHub puts into an input, env var or `run:` script. */
function asString(value: data.ExpressionData): string {
  if (value.kind === data.Kind.Null) return ''
  if (value.kind === data.Kind.Array || value.kind === data.Kind.Dictionary)
    return JSON.stringify(JSON.parse(JSON.stringify(value, data.replacer)), null, 2)
  return value.coerceString()
}

/**
 * Replaces every `${{ … }}` in `template` by its value. A value that is only one expression
 * keeps its type (`asValue`) for callers that need it (e.g. `with:` booleans stay strings).
 */
export function interpolate(template: unknown, contexts: Contexts, where: string): string {
  if (typeof template !== 'string') return template === undefined || template === null ? '' : String(template)
  let out = ''
  let i = 0
  while (i < template.length) {
    const start = template.indexOf('${{', i)
    if (start < 0) {
      out += template.slice(i)
      break
    }
    const end = template.indexOf('}}', start + 3)
    if (end < 0) throw new ExpressionFailure(where, template.slice(start + 3), new Error('no closing }}'))
    out += template.slice(i, start)
    out += asString(evaluate(template.slice(start + 3, end).trim(), contexts, where))
    i = end + 2
  }
  return out
}

/**
 * An `if:` condition: with or without `${{ }}`; no status function in it means
 * `success() && (…)`, as on GitHub.
 */
export function condition(text: unknown, contexts: Contexts, status: Status, where: string): boolean {
  if (text === undefined || text === null || text === '') return status.success && !status.cancelled
  if (typeof text === 'boolean') return text && status.success && !status.cancelled
  let expr = String(text).trim()
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(expr)
  if (wrapped) expr = wrapped[1]!.trim()
  const usesStatus = /\b(?:success|failure|always|cancelled)\s*\(/i.test(expr)
  const value = evaluate(usesStatus ? expr : `success() && (${expr})`, contexts, where, status)
  return truthy(value)
}

function truthy(v: data.ExpressionData): boolean {
  switch (v.kind) {
    case data.Kind.Null:
      return false
    case data.Kind.Boolean:
      return (v as data.BooleanData).value
    case data.Kind.Number: {
      const n = (v as data.NumberData).value
      return n !== 0 && !Number.isNaN(n)
    }
    case data.Kind.String:
      return (v as data.StringData).value !== ''
    default:
      return true
  }
}
