#!/usr/bin/env node
// The `hee` entry: everything happens in `main`, which returns the exit code.
import { main } from './cli.js'
import type { CliIO } from './io.js'

// A reader that went away (`hee … | head`) ends the output, as for any Unix tool: no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw e
  })
}

const io: CliIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env
}

process.exitCode = await main(process.argv.slice(2), io)
