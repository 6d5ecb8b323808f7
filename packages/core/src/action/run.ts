import * as core from '@actions/core'
import { failureReport } from '../errors.js'

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
}
