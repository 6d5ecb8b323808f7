import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { shellLine } from '../command.js'
import { jsChecks, pythonChecks, rustChecks } from '../companions.js'
import { repoPath } from '../job-log.js'
import {
  findInvocation,
  plan,
  type Detection,
  type DetectInput,
  type Strategy,
  type StrategyContext,
  type FixPlan
} from '../strategy.js'
import { addHeader, hasTag } from './license-comments.js'
import { licenseIds, projectLicensing, type ProjectFile } from './license-project.js'
import { parseReuseLint } from './license-reuse-report.js'
import { publishedLicenseText } from './license-texts.js'

const HEADER_WORDS = /licen[cs]e|spdx|copyright|header/i
const PATH_TOKEN =
  /(?:^|[\s'"`:(])((?:\.{0,2}\/)?[\w.@-]+(?:\/[\w.@-]+)*\.[A-Za-z0-9]+|(?:\.{0,2}\/)?(?:[\w.@-]+\/)+[\w.@-]+)(?=$|[\s'"`:),])/g
const MAX_READ = 256 * 1024

/** The repository files a header-check output names as lacking a header. */
function namedFiles(root: string, lines: readonly string[]): string[] {
  const out = new Set<string>()
  for (const l of lines) {
    if (!HEADER_WORDS.test(l)) continue
    for (const m of l.matchAll(PATH_TOKEN)) {
      const p = repoPath(root, m[1]!)
      if (p) out.add(p)
    }
  }
  return [...out]
}

async function trackedFiles(ctx: StrategyContext): Promise<ProjectFile[]> {
  const r = await ctx.run('git', ['ls-files', '-z'])
  const files: ProjectFile[] = []
  for (const path of r.stdout.split('\0').filter(Boolean)) {
    try {
      const buf = await readFile(join(ctx.root, path))
      if (buf.length > MAX_READ || buf.includes(0)) continue
      files.push({ path, text: buf.toString('utf8') })
    } catch {
      // a submodule or a broken link: no licensing to read
    }
  }
  return files
}

/** True when the first lines of the file carry the license (and, for REUSE, a copyright). */
async function headerHolds(root: string, path: string, reuse: boolean): Promise<boolean> {
  const read = async (p: string): Promise<string | undefined> => readFile(join(root, p), 'utf8').catch(() => undefined)
  const own = await read(path)
  const side = await read(`${path}.license`)
  const head = (t: string | undefined): string => (t ?? '').split('\n').slice(0, 12).join('\n')
  const ok = (t: string | undefined): boolean => hasTag(head(t), 'license') && (!reuse || hasTag(head(t), 'copyright'))
  return ok(own) || ok(side)
}

/**
 * License compliance (PAT-004): SPDX headers in each file's comment syntax (after shebangs,
 * XML declarations, pragmas and front matter), a `.license` file beside files without comments,
 * missing texts under LICENSES/ from a published source. The license and copyright are the
 * project's own, never invented. Proved by `reuse lint` where the project uses REUSE, by its own
 * failing check otherwise, or (a raw log of another check) by a scan of the files it named.
 */
/** The formatters and linters a header could upset: they must pass after it if they passed before. */
function headerCompanions(root: string): string[] {
  return [
    ...rustChecks(root, { format: true }),
    ...jsChecks(root, ['eslint', 'prettier']),
    ...pythonChecks(root, ['black', 'ruff'])
  ]
}

export const license: Strategy = {
  name: 'license-headers',
  patterns: ['PAT-004'],
  detect(input: DetectInput): Detection {
    const reuseInv = findInvocation(input, 'reuse')
    const report = parseReuseLint(input.log.lines.join('\n'))
    const reuseOutput = report.files.length > 0 || report.missingLicenses.length > 0
    if (reuseInv || (input.command === undefined && reuseOutput)) {
      if (report.other.length > 0)
        return { reason: `reuse lint reports what headers cannot fix: ${report.other.join('; ')}` }
      const check = reuseInv ? input.command! : 'reuse lint'
      return plan({
        check,
        fromLog: reuseInv !== undefined,
        companions: headerCompanions(input.root),
        data: { mode: 'reuse', reuseCheck: reuseInv ? shellLine(['reuse', ...reuseInv.args]) : 'reuse lint' }
      })
    }
    const files = namedFiles(input.root, input.log.lines)
    if (files.length === 0) return undefined
    if (input.command !== undefined)
      return plan({
        check: input.command,
        fromLog: true,
        companions: headerCompanions(input.root),
        data: { mode: 'named', files }
      })
    return plan({ check: '', fromLog: false, companions: headerCompanions(input.root), data: { mode: 'named', files } })
  },
  async apply(ctx, p) {
    const project = projectLicensing(await trackedFiles(ctx))
    let targets: Array<{ path: string }>
    let missingLicenses: string[] = []
    if (p.data['mode'] === 'reuse') {
      const r = await ctx.sh(`${p.data['reuseCheck'] as string} 2>&1`)
      if (r.notFound || r.code === 127) return { ok: false, detail: 'reuse is not installed' }
      const report = parseReuseLint(r.stdout)
      if (report.other.length > 0)
        return {
          ok: false,
          notApplicable: true,
          detail: `reuse lint reports what headers cannot fix: ${report.other.join('; ')}`
        }
      targets = report.files
      missingLicenses = report.missingLicenses
    } else {
      targets = (p.data['files'] as string[]).map((path) => ({ path }))
    }
    if (!project.license)
      return {
        ok: false,
        notApplicable: true,
        detail: 'the project declares no single license to repeat in the headers'
      }
    const reuse = p.data['mode'] === 'reuse' || project.reuse
    if (reuse && project.copyrights.length === 0)
      return {
        ok: false,
        notApplicable: true,
        detail: 'the project names no copyright holder to repeat in the headers'
      }
    const newFiles: string[] = []
    let edited = 0
    for (const t of targets) {
      const full = join(ctx.root, t.path)
      let text: string
      try {
        const buf = await readFile(full)
        text = buf.includes(0) ? '\0' : buf.toString('utf8')
      } catch {
        continue
      }
      const edit = addHeader(t.path, text, { copyrights: project.copyrights, license: project.license })
      if (edit.kind === 'none') continue
      if (edit.kind === 'sidecar') {
        const existing = await readFile(join(ctx.root, edit.path), 'utf8').catch(() => undefined)
        if (existing !== undefined) continue
        newFiles.push(edit.path)
      }
      await writeFile(join(ctx.root, edit.path), edit.text)
      edited++
    }
    const wanted = new Set([...missingLicenses, ...(reuse ? licenseIds(project.license) : [])])
    for (const id of wanted) {
      if (project.licenseTexts.includes(id)) continue
      const dest = `LICENSES/${id}.txt`
      if (
        await readFile(join(ctx.root, dest)).then(
          () => true,
          () => false
        )
      )
        continue
      if (!reuse && !missingLicenses.includes(id)) continue
      const text = publishedLicenseText(id)
      if (!text) return { ok: false, detail: `no published text of ${id} is available offline for LICENSES/` }
      await mkdir(dirname(join(ctx.root, dest)), { recursive: true })
      await writeFile(join(ctx.root, dest), text)
      newFiles.push(dest)
    }
    return {
      ok: edited > 0 || newFiles.length > 0,
      detail: `headers added to ${edited} file${edited === 1 ? '' : 's'} (${project.license}${project.copyrights[0] ? `, ${project.copyrights[0]}` : ''})${newFiles.some((f) => f.startsWith('LICENSES/')) ? ', license text added' : ''}`,
      newFiles
    }
  },
  async validate(ctx: StrategyContext, p: FixPlan) {
    if (p.check !== '') return { passed: true, detail: 'proved by the check' }
    const files = p.data['files'] as string[]
    const missing: string[] = []
    for (const f of files) if (!(await headerHolds(ctx.root, f, false))) missing.push(f)
    return missing.length === 0
      ? { passed: true, detail: `header scan: all ${files.length} named files carry SPDX-License-Identifier` }
      : { passed: false, detail: `header scan: no SPDX-License-Identifier in ${missing.slice(0, 5).join(', ')}` }
  }
}
