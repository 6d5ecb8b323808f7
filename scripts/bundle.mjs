#!/usr/bin/env node
// Rebuilds every ncc bundle under dist/ and smoke-runs each one as a process.
//   node scripts/bundle.mjs            rebuild dist/ in place, then smoke-run
//   node scripts/bundle.mjs --check    rebuild, then fail if dist/ differs from what git has
//   node scripts/bundle.mjs --smoke    only smoke-run the committed bundles
// Bundles are built one after another into a temp folder and then swapped in, so an
// interrupted build never leaves a half-written dist/.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, renameSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const BUNDLES = [
  { name: 'capsule-load', entry: 'actions/capsule-load/src/index.ts' },
  { name: 'capsule-update', entry: 'actions/capsule-update/src/index.ts' },
  { name: 'monitor', entry: 'actions/monitor/src/index.ts' },
  { name: 'cli', entry: 'packages/cli/src/main.ts' }
].filter((b) => existsSync(join(root, b.entry)))

const args = new Set(process.argv.slice(2))
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

function build() {
  const staging = mkdtempSync(join(tmpdir(), 'hee-dist-'))
  for (const b of BUNDLES) {
    const out = join(staging, b.name)
    process.stdout.write(`bundling ${b.name} … `)
    execFileSync(process.execPath, [ncc, 'build', b.entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit']
    })
    process.stdout.write('done\n')
  }
  mkdirSync(join(root, 'dist'), { recursive: true })
  for (const b of BUNDLES) {
    const target = join(root, 'dist', b.name)
    rmSync(target, { recursive: true, force: true })
    renameSync(join(staging, b.name), target)
  }
  rmSync(staging, { recursive: true, force: true })
}

// A bundle that cannot even start (a missing module, an ESM/CJS mix-up) fails here. Each
// action is started with no inputs: it must exit through its own failure path with a
// clear message, not crash while loading.
function smoke() {
  let failed = 0
  for (const b of BUNDLES) {
    const file = join(root, 'dist', b.name, 'index.js')
    const isCli = b.name === 'cli'
    const r = spawnSync(process.execPath, isCli ? [file, '--version'] : [file], {
      cwd: tmpdir(),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: tmpdir() },
      encoding: 'utf8',
      timeout: 30_000
    })
    const out = `${r.stdout}${r.stderr}`
    const loaded = !/Cannot find (module|package)|ERR_REQUIRE_ESM|SyntaxError|ReferenceError/.test(out)
    const ok = isCli ? r.status === 0 : loaded && (r.status === 0 || /::error::/.test(out))
    console.log(`smoke ${b.name}: ${ok ? 'ok' : 'FAILED'} (exit ${r.status})`)
    if (!ok) {
      failed++
      console.log(out.slice(0, 2000))
    }
  }
  if (failed) process.exit(1)
}

if (!args.has('--smoke')) build()
smoke()
if (args.has('--check')) {
  const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { cwd: root, encoding: 'utf8' })
  if (status.trim()) {
    console.error('dist/ does not match the source. Run `npm run bundle` and commit dist/:\n' + status)
    process.exit(1)
  }
  const stray = readdirSync(join(root, 'dist')).filter((d) => !BUNDLES.some((b) => b.name === d))
  if (stray.length) {
    console.error(`dist/ holds bundles with no source: ${stray.join(', ')}`)
    process.exit(1)
  }
  console.log('dist/ matches the source')
}
