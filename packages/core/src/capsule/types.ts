/**
 * The state capsule's types: the spec's schema as `body`, wrapped in an envelope that makes it
 * trustworthy between jobs (version, hash chain, signature). See DESIGN §2. Every type here is
 * derived from the one definition in `shapes.ts`.
 */
import type { z } from 'zod'
import {
  CAPSULE_STATUSES as STATUSES,
  type autoFixEntryShape,
  type baselineEntryShape,
  type capsuleBodySchema,
  type capsuleSchema,
  type capsuleSignatureSchema,
  type capsuleUpdateSchema,
  type coverageMetricsShape,
  type encryptedBlockSchema,
  type heeContextShape,
  type historySummarySchema,
  type incidentShape,
  type monitoringStateSchema
} from './shapes.js'

export { CAPSULE_SCHEMA_ID } from './shapes.js'

type Out<Shape extends z.ZodRawShape> = z.output<z.ZodObject<Shape>>

export type CapsuleStatus = (typeof STATUSES)[number]
export const CAPSULE_STATUSES: readonly CapsuleStatus[] = STATUSES

export type HeeContext = Out<typeof heeContextShape>
/** One entry of the spec's `auto_fix_history`. */
export type AutoFixEntry = Out<typeof autoFixEntryShape>
export type CoverageMetrics = Out<typeof coverageMetricsShape>
/** A failed job's last-green baseline, as the capsule remembers it. */
export type BaselineEntry = Out<typeof baselineEntryShape>
/** An open failure the monitor is tracking: one per workflow and pattern. */
export type Incident = Out<typeof incidentShape>
export type MonitoringState = z.output<typeof monitoringStateSchema>
/** Counts kept when old `auto_fix_history` entries are compacted away. */
export type HistorySummary = z.output<typeof historySummarySchema>
export type CapsuleBody = z.output<typeof capsuleBodySchema>
export type EncryptedBlock = z.output<typeof encryptedBlockSchema>
export type CapsuleSignature = z.output<typeof capsuleSignatureSchema>
export type Capsule = z.output<typeof capsuleSchema>
/** A typed change to a capsule; everything optional, merged in order. */
export type CapsuleUpdate = z.output<typeof capsuleUpdateSchema>
