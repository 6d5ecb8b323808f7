import type { Exec } from '../../exec/types.js'
import type { FunctionInfo } from '../file-coverage.js'

/** A generated test file, before the filter has judged it. */
export interface TestCandidate {
  /** The generator that wrote it. */
  generator: string
  /** Repository path where the test file goes. */
  path: string
  content: string
  /** What it is meant to cover, for a person. */
  description: string
}

/** What a generator is given: the target source, what is uncovered in it, the tools. */
export interface GenerationContext {
  root: string
  /** Repository path of the source file to cover. */
  target: string
  /** The target's source text. */
  source: string
  /** Functions of the target that no test runs (from the coverage report), when known. */
  uncovered?: FunctionInfo[]
  /** Spec documents folder, for the spec-based generator. */
  specDir?: string
  exec: Exec
  /** The node binary that runs probes and tests. */
  node: string
}

/** A pluggable source of candidates; every candidate goes through the one filter. */
export interface TestGenerator {
  name: string
  generate(ctx: GenerationContext): Promise<TestCandidate[]>
}

export type Stage = 'asserts' | 'builds' | 'passes' | 'raises' | 'kept'

export interface CandidateOutcome {
  candidate: TestCandidate
  /** The last stage it reached. */
  reached: Stage | 'generated'
  kept: boolean
  /** Why it stopped (or what it added, when kept). */
  reason: string
}

/** How many candidates reached each stage: generated → asserts → builds → passes 3× → raises coverage → kept. */
export interface Funnel {
  generated: number
  asserts: number
  builds: number
  passes: number
  raises: number
  kept: number
}
