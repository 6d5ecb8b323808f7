import * as core from '@actions/core'
import { failureReport } from '../errors.js'
import { unwinding } from './time-limit.js'

/**
 * The one failure policy of every HEE CI action: all work happens inside `main`. A user error
 * or an operational failure ends in its one line (and hint); a bug ends in one sentence, and
 * its stack goes once to the debug log (visible with `ACTIONS_STEP_DEBUG`).
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main()
  } catch (e) {
    const report = failureReport(e)
    if (report.stack) core.debug(report.stack)
    core.setFailed(report.line)
  }
  // Work cut off at its time limit (a capped artifact download) may still be failing its own
  // retries in the background; the step is done and does not wait for them.
  if (unwinding() > 0) {
    core.debug(`${unwinding()} download(s) cut off at their time limit are still unwinding; exiting now`)
    process.exit()
  }
}
