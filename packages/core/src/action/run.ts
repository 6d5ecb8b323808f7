import * as core from '@actions/core'
import { describeError, isUserError } from '../errors.js'

/**
 * The one failure policy of every HEE CI action: all work happens inside `main`; a user
 * error ends in one clear line, a bug keeps its stack (in the debug log and the message).
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main()
  } catch (e) {
    if (!isUserError(e) && e instanceof Error && e.stack) core.debug(e.stack)
    core.setFailed(describeError(e))
  }
}
