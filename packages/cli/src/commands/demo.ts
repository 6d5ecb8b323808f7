import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigurationError } from '@hee/core/errors'
import { parse } from '../args.js'
import type { CliIO, Command } from '../io.js'

export const DEMO_USAGE = `usage: hee demo [--keep DIR]

The whole of HEE CI against a local stand-in of GitHub, on a sample repository whose CI just
failed (the same as \`npm run demo\`): the monitor's findings and alert, the fix pull request with
its validation, the failure left alone and why, the coverage table and the capsule report.
Needs a clone of the HEE CI repository after \`npm ci\`, and cargo.

  --keep DIR   leave the sample repository, its remote, the stand-in's records and the capsule in DIR`

/** The repository this CLI was built in, when it runs from a clone (dist/ or packages/cli/). */
function repositoryRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'scripts', 'demo.ts')) && existsSync(join(dir, 'node_modules', 'tsx'))) return dir
    dir = dirname(dir)
  }
  return undefined
}

/** Node's arguments for scripts/demo.ts of `root`; `--keep` relative to `cwd`, or absolute as given. */
export function demoArgs(root: string, cwd: string, keep: string | undefined): string[] {
  const args = ['--import', 'tsx', join(root, 'scripts', 'demo.ts')]
  if (keep) args.push('--keep', resolve(cwd, keep))
  return args
}

/** `hee demo`: runs scripts/demo.ts of the clone, its output streamed as it goes. */
export const demoCommand: Command = async (argv: string[], io: CliIO): Promise<number> => {
  const { values } = parse(argv, { keep: { type: 'string' } })
  const root = repositoryRoot()
  if (!root)
    throw new ConfigurationError('hee demo runs from a clone of the HEE CI repository after `npm ci`', {
      hint: 'git clone the repository, run `npm ci`, then `npx hee demo`'
    })
  const args = demoArgs(root, io.cwd, values.keep)
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, env: io.env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.setEncoding('utf8').on('data', (t: string) => io.stdout(t))
    child.stderr.setEncoding('utf8').on('data', (t: string) => io.stderr(t))
    child.on('close', (code) => done(code ?? 1))
  })
}
