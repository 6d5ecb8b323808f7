import { runAction } from '@hee/core/action'
import { run } from './main.js'

await runAction(run)
