/**
 * What a failing step's name, command and exit code say about the failure before any of its
 * output is read: `cargo deny check licenses` fails on licences, `npm run lint` on lint, exit
 * 137 is a kill (out of memory), 143 a stop by the runner, 124 a time limit. These are priors: they decide
 * between families when the output itself is ambiguous and never outweigh a tool's own error
 * line (a lint step that fails with `command not found` is a dependency issue).
 */
import { LINTER_NAMES } from './evidence-cues.js'

/** Pattern id → prior points (0–25). */
export type Priors = Map<string, number>

interface StepHint {
  pattern: string
  regex: RegExp
  points: number
}

// Words in a step title or command. Order does not matter: every hint that matches adds.
const STEP_HINTS: readonly StepHint[] = [
  {
    pattern: 'PAT-004',
    regex:
      /\blicen[cs]es?\b|\blicen[cs]e[-_ ]?(?:check|finder|checker|header|eye|lint)|\breuse (?:lint|spec)|\bcargo[- ]deny check licen|\bcopyright\b|\bspdx\b|\bapache-rat\b|\brat:check\b|\bfossa\b|\blicensee\b|\baddlicense\b|\bgo-licenses\b|\bpip-licenses\b/i,
    points: 22
  },
  {
    pattern: 'PAT-003',
    regex:
      /\baudit\b|\bvuln|\bsecurity\b|\bsnyk\b|\btrivy\b|\bgrype\b|\bosv-scanner\b|\bsafety (?:check|scan)\b|\bbandit\b|\bgosec\b|\bgovulncheck\b|\bdependency-check\b|\bcargo[- ]deny check (?:advisories|bans)|\bretire\b|\bsemgrep\b|\bcodeql\b|\bbrakeman\b|\bgitleaks\b|\btrufflehog\b|\bcheckov\b|\btfsec\b|\bsast\b|\banchore\b|\bscout\b|\bxray\b|\bnancy\b|\bosv\b|\bdependency-review\b|\bsecretlint\b|\bdetect-secrets\b|\bggshield\b|\bsecrets? ?scan/i,
    points: 20
  },
  {
    pattern: 'PAT-007',
    regex: new RegExp(
      // The linters' names, and words of a step that formats or checks style whatever the tool
      // (`\blint` also reads the `x-lint` names: sass-lint, rst-lint, haml-lint).
      String.raw`\b(?:${LINTER_NAMES})\b|\blint|\bfmt\b|(?<![-=])\bformat|\bstyle\b|\bstylecheck|\bblack\b|\bgolangci|\bgo vet\b|\bktlint|\bdetekt|\bspotless|\bcheckstyle|\beditorconfig|\btypos\b|\bspell(?:ing|[- ]?check\w*)\b|\b(?:htmlhint|pylama|prospector|vulture|ktfmt|swift-format|stylua|luacheck|fourmolu|textlint|vale|proselint|rstcheck|doc8|misspell|taplo|yamlfmt|oxc|kubeconform|kube-score|conftest)\b|\bbuf (?:lint|breaking|format)\b|\btrunk check\b|\b(?:js|html|erb_?|golang|luac|selene|sol)lint\b|\b(?:dart|flutter) analyze\b|\bdotnet format\b|\bmix (?:format|credo)\b`,
      'i'
    ),
    points: 20
  },
  {
    pattern: 'PAT-002',
    regex:
      /\btests?\b|\btesting\b|\bspecs?\b|\bpytest\b|\bjest\b|\bvitest\b|\bmocha\b|\bkarma\b|\bjasmine\b|\brspec\b|\bminitest\b|\bphpunit\b|\bpest\b|\bctest\b|\bnextest\b|\btox\b|\bnox\b|\bunittest\b|\bxunit\b|\bnunit\b|\bplaywright\b|\bcypress\b|\be2e\b|\bintegration\b|\bcucumber\b|\bbehat\b|\bava\b|\btap\b|\bbats\b|\bcoverage\b|\bprove\b|\bmix test\b|\bgo test\b|\bcargo test\b|\bdotnet test\b|\bswift test\b|\bgotestsum\b|\bginkgo\b/i,
    points: 16
  },
  {
    pattern: 'PAT-001',
    regex:
      /\bbuild\b|\bcompile|\bmake\b|\bcmake\b|\bninja\b|\btsc\b|\btype-?check|\bcargo (?:build|check)\b|\bgo build\b|\bassemble\b|\bmsbuild\b|\bdotnet build\b|\bxcodebuild\b|\bwebpack\b|\bvite build\b|\brollup\b|\besbuild\b|\bbazel build\b|\bmvn\b.*\b(?:compile|package|install)\b|\bgradlew?\b.*\b(?:build|assemble|compile)/i,
    points: 14
  },
  {
    pattern: 'PAT-006',
    regex:
      /\binstall\b|\bnpm ci\b|\bpnpm i\b|\byarn(?: --frozen-lockfile| --immutable)?$|\bbundle (?:install|config)|\bpip\b|\bpoetry (?:install|lock|check)|\buv (?:sync|pip|lock)\b|\bpipenv\b|\bcomposer\b|\bgo mod\b|\bgo get\b|\brestore\b|\bdependenc|\bdeps\b|\bvendor\b|\block ?file|\bapt(?:-get)?\b|\bbrew\b|\bconda\b|\bmamba\b|\bpod install\b|\bcargo fetch\b|\bresolve\b/i,
    points: 16
  },
  {
    pattern: 'PAT-008',
    regex:
      /\bcheckout\b|\bdownload|\bupload|\bcache\b|\bdocker (?:pull|push|login)\b|\bsetup-\w+|\bpublish\b|\bdeploy/i,
    points: 8
  }
]

/** Prior points per pattern from a step title and the commands it ran. */
export function stepPriors(text: string | undefined): Priors {
  const out: Priors = new Map()
  if (!text) return out
  const t = text.length > 2000 ? text.slice(0, 2000) : text
  for (const h of STEP_HINTS) if (h.regex.test(t)) out.set(h.pattern, Math.max(out.get(h.pattern) ?? 0, h.points))
  return out
}

/**
 * Prior points from a step's exit code: 124 is GNU timeout's, 143 SIGTERM (the runner or its
 * host stopping the process, sometimes a time limit), 137 SIGKILL (nearly always the out-of-memory killer on CI), 127 a command
 * that does not exist, 126 one that cannot run. `timeLimit`: the step's output names a time limit.
 */
export function exitCodePriors(code: number | undefined, timeLimit = false): Priors {
  const out: Priors = new Map()
  // A kill after the step said it ran out of time (TeamCity's `Execution timeout`, then exit
  // 137) is the time limit's doing, not memory's or the host's.
  if (timeLimit && (code === 137 || code === 143)) {
    out.set('PAT-005', 30)
    return out
  }
  switch (code) {
    case 124:
      out.set('PAT-005', 40)
      break
    case 143:
      out.set('PAT-008', 28)
      out.set('PAT-005', 12)
      break
    case 137:
      out.set('PAT-008', 30)
      break
    case 127:
      out.set('PAT-006', 30)
      break
    case 126:
      out.set('PAT-006', 12)
      break
  }
  return out
}

// How often each class explains a failed CI job when nothing else tells: a tie-breaker only.
const BASE_RATE: Readonly<Record<string, number>> = {
  'PAT-002': 3,
  'PAT-001': 2.5,
  'PAT-007': 2,
  'PAT-006': 1.5,
  'PAT-008': 1,
  'PAT-005': 0.5,
  'PAT-003': 0.5,
  'PAT-004': 0.5
}

/** A small prior per built-in pattern (0 for user patterns). */
export function baseRate(pattern: string): number {
  return BASE_RATE[pattern] ?? 0
}

/** Reads an exit code from a runner's or shell's failure line, if it names one. */
export function exitCodeOf(text: string): number | undefined {
  const m = EXIT_CODE.exec(text)
  if (!m) return undefined
  const n = Number(m[1] ?? m[2] ?? m[3])
  return Number.isInteger(n) && n >= 0 && n < 100000 ? n : undefined
}

/**
 * A failed command as the tool that ran it echoes it: a Docker build's `RUN` instruction
 * (BuildKit's `process "/bin/sh -c …" did not complete successfully: exit code: N`, the classic
 * builder's `executor failed running […]`, `The command '/bin/sh -c …' returned a non-zero code:
 * N`), MSBuild's Exec task (`error MSB3073: The command "npm run build" exited with code 1.`),
 * execa's `Command failed with exit code 1: yarn build`, Python's `Command '['tox']' returned
 * non-zero exit status 1.` and Node's child_process (`Command failed: npm run test:run`, which a
 * release or task script prints when a command it ran fails): the command it ran and its exit
 * code, so the failure is read like a step that ran that command.
 */
export function failedCommandOf(text: string): { command: string; exitCode?: number } | undefined {
  if (
    text.indexOf('did not complete successfully') < 0 &&
    text.indexOf('executor failed running') < 0 &&
    text.indexOf('returned a non-zero code') < 0 &&
    text.indexOf('exited with code') < 0 &&
    text.indexOf('Command failed with exit code') < 0 &&
    text.indexOf('non-zero exit status') < 0 &&
    text.indexOf('Command failed: ') < 0
  )
    return undefined
  const m = FAILED_COMMAND.exec(text)
  if (!m) return undefined
  // Groups come in (command, code) pairs, but for execa's wording, whose code comes first.
  let i = 1
  while (m[i] === undefined && i < m.length) i += 2
  const execa = i === 9
  const command = m[execa ? 10 : i]!.trim()
  const code = Number(m[execa ? 9 : i + 1])
  return Number.isInteger(code) ? { command, exitCode: code } : { command }
}

const FAILED_COMMAND =
  /\bprocess "(?:\/bin\/(?:ba)?sh -c |cmd \/S \/C )?(.{1,400}?)" did not complete successfully: exit code: (\d{1,5})|\bexecutor failed running \[(?:\/bin\/(?:ba)?sh -c )?(.{1,400}?)\]: exit code: (\d{1,5})|\bThe command '(?:\/bin\/(?:ba)?sh -c )?(.{1,400}?)' returned a non-zero code: (\d{1,5})|\bMSB3073: (?:\(\w+=\w+\) )?The command "(.{1,400}?)" exited with code (-?\d{1,10})|\bCommand failed with exit code (\d{1,5}): (.{1,400})$|\bCommand '(.{1,400}?)' returned non-zero exit status (\d{1,5})|\bCommand failed: (\S.{0,399})$/

const EXIT_CODE =
  /\bexit(?:ed)?(?: with)?(?: (?:code|status))?:? '?(\d{1,5})\b|\breturned (?:a )?(?:non-zero )?exit (?:code|status) (\d{1,5})\b|\bexit code:? (\d{1,5})\b/i
