import { runAction } from '@hee/core/action'
import { engine } from './engine.js'
import { run } from './main.js'

await runAction(() => run(engine))
