/**
 * The caps on a monitor pass's work, by the names the `monitor` action's inputs and
 * `hee monitor`'s flags share, so both accept the same values with the same message: each a
 * whole number in its range, '' for its default.
 */
import { z } from 'zod'
import { input } from '../input-fields.js'
import type { MonitorSettings } from './setup.js'

export const MONITOR_CAP_FIELDS = {
  /** Pages of 100 read at most of any list. */
  'max-pages': input.int(10, 1, 1000),
  /** Longest wait for one request to answer (and longest silence within a download). */
  'request-timeout-seconds': input.int(30, 1, 600),
  /** Longest time one job log or artifact download may take. */
  'download-seconds': input.int(120, 1, 3600),
  /** Longest time the analysis of one run may take. */
  'run-deadline-seconds': input.int(300, 10, 21_600)
}

export const monitorCapsSchema = z.object(MONITOR_CAP_FIELDS)

export type MonitorCaps = z.infer<typeof monitorCapsSchema>

/** The caps as monitor settings. */
export function capSettings(
  caps: MonitorCaps
): Pick<MonitorSettings, 'maxPages' | 'requestTimeoutSeconds' | 'downloadSeconds' | 'runDeadlineSeconds'> {
  return {
    maxPages: caps['max-pages'],
    requestTimeoutSeconds: caps['request-timeout-seconds'],
    downloadSeconds: caps['download-seconds'],
    runDeadlineSeconds: caps['run-deadline-seconds']
  }
}
