/**
 * Reading what an action step printed: its workflow-command annotations, and the assertion
 * that a step succeeded, which shows the step's own error when it did not.
 */
import { expect } from 'vitest'
import type { ActionResult } from './runner-env.js'

export type AnnotationKind = 'error' | 'warning' | 'notice'

/** The messages of a step's `::error`, `::warning` or `::notice` lines, unescaped. */
export function annotations(r: ActionResult, kind: AnnotationKind): string[] {
  return r.stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${kind}`))
    .map((l) =>
      l
        .slice(l.indexOf('::', 2) + 2)
        .replace(/%0D/g, '\r')
        .replace(/%0A/g, '\n')
        .replace(/%25/g, '%')
    )
}

export interface ExpectOkOptions {
  /**
   * Whether a step that exits 0 may still print `::error` annotations (the monitor points at
   * the evidence line of a failure it found with one). Default: it may not.
   */
  allowErrorAnnotations?: boolean
}

/** Asserts the step exited 0 (and printed no error annotation unless allowed). */
export function expectOk(r: ActionResult, opts: ExpectOkOptions = {}): void {
  expect(r.code, `step failed:\n${annotations(r, 'error').join('\n')}\n${r.stderr}`).toBe(0)
  if (!opts.allowErrorAnnotations) expect(annotations(r, 'error')).toEqual([])
}
