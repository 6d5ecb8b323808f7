import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkDiff } from '../../../../packages/core/src/autofix/guard/index.js'
import { addHeader } from '../../../../packages/core/src/autofix/strategies/license-comments.js'
import { licenseIds, projectLicensing } from '../../../../packages/core/src/autofix/strategies/license-project.js'
import { parseReuseLint } from '../../../../packages/core/src/autofix/strategies/license-reuse-report.js'
import { publishedLicenseText } from '../../../../packages/core/src/autofix/strategies/license-texts.js'

const CORPUS = join(import.meta.dirname, '../../../fixtures/fix-corpus')
const temps: string[] = []
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })))

/** A fixture project as a fresh git repository (reuse lint reads git's idea of the files). */
function repoOf(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `hee-reuse-${name}-`))
  temps.push(dir)
  cpSync(join(CORPUS, name), dir, { recursive: true })
  const git = (...a: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...a],
      { cwd: dir }
    )
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-qm', 'import')
  return dir
}

function reuseLint(dir: string): { code: number; out: string } {
  const r = spawnSync('reuse', ['lint'], { cwd: dir, encoding: 'utf8' })
  if (r.error) throw new Error('the reuse tool is not installed (Debian package reuse)')
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` }
}

function trackedFiles(dir: string): Array<{ path: string; text: string }> {
  return execFileSync('git', ['ls-files'], { cwd: dir, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((path) => ({ path, text: readFileSync(join(dir, path), 'latin1') }))
}

/** What the license strategy does, with the pure parts: headers where reuse says, texts it lacks. */
function fix(dir: string, out: string): void {
  const report = parseReuseLint(out)
  const lic = projectLicensing(trackedFiles(dir))
  for (const f of report.files) {
    const text = readFileSync(join(dir, f.path), 'latin1')
    const e = addHeader(f.path, text, { copyrights: lic.copyrights, license: lic.license })
    if (e.kind === 'none') continue
    mkdirSync(dirname(join(dir, e.path)), { recursive: true })
    writeFileSync(join(dir, e.path), e.text, 'latin1')
  }
  const needed = new Set([...report.missingLicenses, ...(lic.license ? licenseIds(lic.license) : [])])
  for (const id of needed) {
    if (existsSync(join(dir, 'LICENSES', `${id}.txt`))) continue
    const text = publishedLicenseText(id)
    if (!text) throw new Error(`no published text for ${id}`)
    mkdirSync(join(dir, 'LICENSES'), { recursive: true })
    writeFileSync(join(dir, 'LICENSES', `${id}.txt`), text)
  }
}

describe('parseReuseLint on real reuse lint output', () => {
  it('lists the files without headers, and the one that has a copyright notice but no license', () => {
    const { code, out } = reuseLint(repoOf('toolbox'))
    expect(code).not.toBe(0)
    const r = parseReuseLint(out)
    expect(r.compliant).toBe(false)
    expect(r.files).toContainEqual({ path: 'scripts/backup.sh', copyright: false, license: true })
    expect(r.files).toContainEqual({ path: 'bin/deploy', copyright: true, license: true })
    expect(r.files.map((f) => f.path).sort()).toEqual(
      [
        '.github/workflows/ci.yml',
        '.gitignore',
        'assets/logo.png',
        'bin/deploy',
        'config/schema.xml',
        'data/hosts.csv',
        'docs/guide.md',
        'scripts/backup.sh',
        'src/checks.rs',
        'tools/convert.py',
        'web/app.js',
        'web/index.html',
        'web/style.css'
      ].sort()
    )
    expect(r.missingLicenses).toEqual([])
  })

  it('names a license whose text is missing from LICENSES/', () => {
    const r = parseReuseLint(reuseLint(repoOf('palette')).out)
    expect(r.missingLicenses).toEqual(['Apache-2.0'])
    expect(r.other).toEqual([])
  })

  it.each(['toolbox', 'palette'])(
    'headers and published texts make %s compliant, and the guard accepts the diff',
    (name) => {
      const dir = repoOf(name)
      fix(dir, reuseLint(dir).out)
      const after = reuseLint(dir)
      expect(after.out).toMatch(/Congratulations/)
      expect(parseReuseLint(after.out).compliant).toBe(true)
      execFileSync('git', ['add', '-A'], { cwd: dir })
      const diff = execFileSync('git', ['diff', '--cached'], { cwd: dir, encoding: 'utf8' })
      expect(checkDiff(diff)).toEqual({ ok: true })
    }
  )
})
