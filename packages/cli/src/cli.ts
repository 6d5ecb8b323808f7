// Only the error helpers load up front: each verb pulls in its own engines on demand.
import { failureReport } from '@hee/core/errors'
import { UsageError } from './args.js'
import type { CliIO, Command } from './io.js'

const VERSION = '1.0.0'

const USAGE = `hee ${VERSION} — HEE CI on the command line

usage: hee <command> [options]

  analyze   --log FILE [--format json|text] [--patterns FILE]   classify one CI log offline
  auto-fix  --workdir DIR (--log FILE | --findings FILE) [--dry-run] …   fix, prove, commit to a local branch
  capsule   init | update | validate | report | keygen           the state capsule
  coverage  analyze --report FILE… [--spec DIR] [--prompts GLOB]   HEE coverage metrics, gaps, gate
  demo      [--keep DIR]                                         the whole story on a local GitHub stand-in
  monitor   [--repo o/n] [--run-id N] [--watch] …                watch a repository's CI
  pre-commit check | validate-capsule                           the pre-commit hooks' checks

Run \`hee <command> --help\` for a command's options. Exit codes: 0 ok, 1 a failed check or
an operational failure (network, GitHub), 2 a usage or input error. \`--debug\` (or HEE_DEBUG=1)
adds the stack to an internal error.`

// Each verb is loaded on demand so `hee analyze` starts without the capsule or API code.
/** A verb and how to load it. */
export type CommandTable = Record<string, () => Promise<{ command: Command; usage: string }>>

export const COMMANDS: CommandTable = {
  analyze: async () => {
    const m = await import('./commands/analyze.js')
    return { command: m.analyzeCommand, usage: m.ANALYZE_USAGE }
  },
  'auto-fix': async () => {
    const m = await import('./commands/auto-fix.js')
    return { command: m.autoFixCommand, usage: m.AUTO_FIX_USAGE }
  },
  capsule: async () => {
    const m = await import('./commands/capsule.js')
    return { command: m.capsuleCommand, usage: m.CAPSULE_USAGE }
  },
  demo: async () => {
    const m = await import('./commands/demo.js')
    return { command: m.demoCommand, usage: m.DEMO_USAGE }
  },
  coverage: async () => {
    const m = await import('./commands/coverage.js')
    return { command: m.coverageCommand, usage: m.COVERAGE_USAGE }
  },
  monitor: async () => {
    const m = await import('./commands/monitor.js')
    return { command: m.monitorCommand, usage: m.MONITOR_USAGE }
  },
  'pre-commit': async () => {
    const m = await import('./commands/pre-commit.js')
    return { command: m.preCommitCommand, usage: m.PRE_COMMIT_USAGE }
  }
}

/**
 * Runs the CLI and returns its exit code, with the failure policy the actions use
 * (`failureReport`): a user error is one line and exit 2, an operational failure one line
 * and exit 1, a bug one sentence and exit 1, its stack only under `--debug` or `HEE_DEBUG=1`.
 */
export async function main(argv: string[], io: CliIO, commands: CommandTable = COMMANDS): Promise<number> {
  const debug = argv.includes('--debug') || io.env.HEE_DEBUG === '1'
  const [verb, ...rest] = argv.filter((a) => a !== '--debug')
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    io.stdout(USAGE + '\n')
    return verb ? 0 : 2
  }
  if (verb === '--version' || verb === '-v') {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  const load = commands[verb]
  if (!load) {
    io.stderr(`hee: unknown command '${verb}'\n\n${USAGE}\n`)
    return 2
  }
  const { command, usage } = await load()
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(usage + '\n')
    return 0
  }
  try {
    // Commands see `--debug` as HEE_DEBUG=1, the way a child process would.
    return await command(rest, debug && io.env.HEE_DEBUG !== '1' ? { ...io, env: { ...io.env, HEE_DEBUG: '1' } } : io)
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`hee ${verb}: ${e.message}\n\n${usage}\n`)
      return 2
    }
    // JSON given on the command line (`--update`) that does not parse.
    if (e instanceof SyntaxError) {
      io.stderr(`hee ${verb}: ${e.message}\n`)
      return 2
    }
    const report = failureReport(e)
    io.stderr(`hee ${verb}: ${report.line}\n`)
    if (report.stack)
      io.stderr(debug ? `${report.stack}\n` : 'run again with --debug (or HEE_DEBUG=1) to see where it happened\n')
    return report.kind === 'user' ? 2 : 1
  }
}
