#!/usr/bin/env node
// The `hee` entry: everything happens in `main`, which returns the exit code.
import { main } from './cli.js'
import type { CliIO } from './io.js'

const io: CliIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env
}

process.exitCode = await main(process.argv.slice(2), io)
