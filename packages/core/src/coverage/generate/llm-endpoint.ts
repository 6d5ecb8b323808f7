import { ConfigurationError } from '../../errors.js'
import { testPlacement } from './import-path.js'
import type { GenerationContext, TestCandidate, TestGenerator } from './types.js'

export interface LlmSettings {
  /** Base URL of an OpenAI-compatible API, e.g. `https://api.example.com/v1`. */
  url: string
  model: string
  apiKey?: string
  /** Candidates to ask for. */
  count?: number
  timeoutMs?: number
  fetch?: typeof fetch
}

/**
 * An optional generator behind an OpenAI-compatible `/chat/completions` endpoint, off unless
 * configured. Whatever comes back is only a candidate: it passes the same filter as every
 * other generator's tests (builds, passes three times, raises measured coverage).
 */
export function llmGenerator(s: LlmSettings): TestGenerator {
  return {
    name: 'llm',
    async generate(ctx) {
      const body = {
        model: s.model,
        temperature: 0.4,
        n: 1,
        messages: [
          {
            role: 'system',
            content:
              'You write unit tests with node:test and node:assert/strict. Reply with one fenced ```js code block per test file; each imports the module under test from the given import path and asserts on real behaviour.'
          },
          { role: 'user', content: prompt(ctx, s.count ?? 3) }
        ]
      }
      const doFetch = s.fetch ?? fetch
      let res: Response
      try {
        res = await doFetch(`${s.url.replace(/\/+$/, '')}/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(s.apiKey ? { authorization: `Bearer ${s.apiKey}` } : {}) },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(s.timeoutMs ?? 120_000)
        })
      } catch (e) {
        throw new ConfigurationError(`the test generation endpoint ${s.url} did not answer: ${(e as Error).message}`)
      }
      if (!res.ok)
        throw new ConfigurationError(`the test generation endpoint ${s.url} answered ${res.status} ${res.statusText}`)
      const json = (await res.json()) as { choices?: Array<{ message?: { content?: string } }> }
      const blocks = (json.choices ?? []).flatMap((c) =>
        [...(c.message?.content ?? '').matchAll(/```(?:js|javascript|mjs)?\s*\n([\s\S]*?)```/g)].map((m) => m[1]!)
      )
      return blocks.map((content, k): TestCandidate => {
        const { path } = testPlacement(ctx.target, 'llm', k)
        return { generator: 'llm', path, content, description: `model ${s.model}, answer ${k + 1} of ${blocks.length}` }
      })
    }
  }
}

function prompt(ctx: GenerationContext, count: number): string {
  const { importPath } = testPlacement(ctx.target, 'llm')
  const uncovered = ctx.uncovered?.length
    ? `Functions no test runs yet: ${ctx.uncovered.map((f) => `${f.name} (line ${f.line})`).join(', ')}.\n`
    : ''
  return `Write ${count} test files for the module below, imported as '${importPath}'.\n${uncovered}\n// ${ctx.target}\n${ctx.source.slice(0, 20_000)}`
}
