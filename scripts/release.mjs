#!/usr/bin/env node
// Cuts a release the way GitHub documents action versioning: one immutable `vX.Y.Z` tag per
// release and a moving major tag `vX` that consumers pin (`uses: …/actions/monitor@v1`).
//
//   node scripts/release.mjs 1.2.0            version bump commit, tags v1.2.0 and (moved) v1
//   node scripts/release.mjs 1.2.0 --dry-run  says what it would do, changes nothing
//   node scripts/release.mjs 1.2.0 --repo DIR the repository to release (default: this one)
//
// It refuses unless the work tree is clean, on `main`, `dist/` matches the source
// (`npm run check-dist`), the version is higher than the current one and CHANGELOG.md has an
// "Unreleased" section with something in it. It never pushes: it prints the two push commands.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const flag = (name) => args.includes(name)
const opt = (name) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const version = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--repo')
const dryRun = flag('--dry-run')
const root = opt('--repo') ?? join(dirname(fileURLToPath(import.meta.url)), '..')

function fail(message) {
  console.error(`release: ${message}`)
  process.exit(2)
}

const git = (...a) => execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim()

if (!version || !/^\d+\.\d+\.\d+$/.test(version))
  fail('give the version as X.Y.Z, e.g. `node scripts/release.mjs 1.2.0`')
if (git('status', '--porcelain')) fail('the work tree has uncommitted changes: commit or stash them first')
const branch = git('rev-parse', '--abbrev-ref', 'HEAD')
if (branch !== 'main') fail(`releases are cut from main, not from ${branch}`)

const pkgFile = join(root, 'package.json')
const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'))
const newer = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number))
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i]
  return false
}
if (!newer(version, pkg.version)) fail(`version ${version} is not higher than the current ${pkg.version}`)
const tag = `v${version}`
if (git('tag', '--list', tag)) fail(`tag ${tag} exists already`)

const changelogFile = join(root, 'CHANGELOG.md')
const changelog = readFileSync(changelogFile, 'utf8')
const unreleased = /^## Unreleased\s*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog)
if (!unreleased || !unreleased[1].trim())
  fail('CHANGELOG.md has no "## Unreleased" section with entries: say what changed first')

try {
  execFileSync('npm', ['run', '--silent', 'check-dist'], { cwd: root, stdio: 'inherit' })
} catch {
  fail('dist/ does not match the source: run `npm run bundle` and commit dist/ first')
}

const major = `v${version.split('.')[0]}`
const date = new Date().toISOString().slice(0, 10)
const plan = [
  `set version ${pkg.version} → ${version} in package.json and packages/*/package.json`,
  `date the Unreleased changelog section as ${version} (${date})`,
  `commit "Release ${tag}"`,
  `tag ${tag}`,
  `move ${major} to ${tag}`
]
if (dryRun) {
  console.log(`release ${tag} (dry run):\n${plan.map((p) => `  - ${p}`).join('\n')}`)
  process.exit(0)
}

const manifests = [
  pkgFile,
  ...git('ls-files', 'packages/*/package.json')
    .split('\n')
    .filter(Boolean)
    .map((f) => join(root, f))
]
for (const file of manifests) {
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, text.replace(/("version":\s*")[^"]+(")/, `$1${version}$2`))
}
writeFileSync(changelogFile, changelog.replace(/^## Unreleased\s*\n/m, `## Unreleased\n\n## ${version} — ${date}\n\n`))
git('add', '--', 'CHANGELOG.md', ...manifests.map((f) => f.slice(root.length + 1)))
git('commit', '-q', '-m', `Release ${tag}`)
git('tag', '-a', tag, '-m', `HEE CI ${tag}`)
git('tag', '-f', '-a', major, '-m', `HEE CI ${major} (currently ${tag})`)
console.log(
  `released ${tag}; ${major} now points at it. Publish with:\n  git push origin main ${tag}\n  git push --force origin ${major}`
)
