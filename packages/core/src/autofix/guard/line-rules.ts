import { isCiScript, isJsFamily } from './file-kinds.js'

/**
 * A pattern that, on an added line, means the change silences a check instead of satisfying it.
 * `applies` narrows a pattern to the files where it means that (`fit(` is a focused test only in
 * JavaScript; `|| true` hides a failure only where a CI run executes the line).
 */
export interface LineRule {
  id: string
  pattern: RegExp
  reason: string
  applies?: (path: string) => boolean
}

const notWord = '(?:^|[^\\w.$])'

/** The suppression table; each row has its own unit tests. */
export const LINE_RULES: readonly LineRule[] = [
  {
    id: 'rust-allow',
    pattern: /#!?\[\s*(?:allow|expect)\s*\(/,
    reason: 'allows a Rust or clippy lint instead of fixing the code it points at'
  },
  {
    id: 'rust-cfg-attr-allow',
    pattern: /#!?\[\s*cfg_attr\s*\(.*\b(?:allow|expect|ignore|rustfmt::skip)\b/,
    reason: 'allows a lint, skips formatting or ignores a test behind cfg_attr'
  },
  {
    id: 'rustfmt-skip',
    pattern: /#!?\[\s*rustfmt::skip\b/,
    reason: 'tells rustfmt to leave the code unformatted'
  },
  {
    id: 'rust-ignore-test',
    pattern: /#\[\s*ignore\b/,
    reason: 'marks a Rust test #[ignore] so it no longer runs'
  },
  {
    id: 'test-expects-failure',
    pattern: /#\[\s*should_panic\b/,
    reason: 'turns a failing Rust test into one that expects the failure'
  },
  {
    id: 'eslint-disable',
    pattern: /eslint-disable/,
    reason: 'disables an eslint rule instead of fixing the code'
  },
  {
    id: 'eslint-inline-config',
    pattern: /\/\*\s*(?:eslint|globals?|jshint|jslint)(?:\s|-|:)/,
    reason: 'reconfigures eslint inline (rules, globals or environments)'
  },
  {
    id: 'ts-ignore',
    pattern: /@ts-(?:ignore|expect-error|nocheck)\b/,
    reason: 'silences the TypeScript compiler'
  },
  {
    id: 'prettier-ignore',
    pattern: /prettier-ignore/,
    reason: 'tells prettier to leave the code unformatted'
  },
  {
    id: 'python-noqa',
    pattern: /#\s*noqa\b/i,
    reason: 'silences a Python linter on the line (# noqa)'
  },
  {
    id: 'python-type-ignore',
    pattern: /#\s*(?:type|pyright|mypy)\s*:\s*(?:ignore|disable|basic)/,
    reason: 'silences a Python type checker'
  },
  {
    id: 'python-linter-disable',
    pattern: /#\s*(?:pylint|flake8|ruff|pyright|bandit)\s*:\s*(?:disable|noqa|ignore|skip)/i,
    reason: 'disables a Python linter rule'
  },
  {
    id: 'formatter-off',
    pattern: /#\s*fmt\s*:\s*(?:off|skip)\b|@formatter:off|clang-format\s+off|#\s*yapf\s*:\s*disable/,
    reason: 'turns the formatter off for a region'
  },
  {
    id: 'coverage-exclusion',
    pattern:
      /pragma:\s*no\s*(?:cover|branch)|\b(?:istanbul|c8|v8|node:coverage)\s+ignore\b|#!?\[\s*coverage\s*\(\s*off\s*\)|\bLCOV_EXCL_(?:LINE|START|BR_LINE)\b/,
    reason: 'excludes code from coverage'
  },
  {
    id: 'other-linter-disable',
    pattern:
      /\/\/\s*nolint\b|rubocop:disable|NOSONAR|@SuppressWarnings|#\s*pragma\s+(?:warning\s+disable|(?:GCC|clang)\s+diagnostic\s+ignored)|(?:deno-lint|biome|tslint|jscs|stylelint|markdownlint|shellcheck|yamllint|hadolint|checkov|tflint|semgrep)[-:\s]*(?:ignore|disable)|#\s*nosec\b|#\s*nosemgrep\b/,
    reason: 'disables a linter or analyser on the code'
  },
  {
    id: 'test-skip',
    pattern: /\b(?:it|test|describe|suite|bench|context|specify)(?:\.\w+)*\.(?:skip|only|todo|fails|skipIf|runIf)\b/,
    reason: 'skips, focuses or inverts tests so the failing one no longer counts'
  },
  {
    id: 'test-skip',
    pattern: new RegExp(`${notWord}(?:x(?:it|describe|test|context|specify)|f(?:it|describe))\\s*\\(`),
    reason: 'skips or focuses tests (x… / f… variants) so the failing one no longer counts',
    applies: isJsFamily
  },
  {
    id: 'test-skip',
    pattern: /\b(?:this|t|ctx|context)\.(?:skip|todo)\s*\(|[{,]\s*(?:skip|todo|only)\s*:\s*(?:true|['"`])/,
    reason: 'skips a test from inside it or through its options',
    applies: isJsFamily
  },
  {
    id: 'test-skip',
    pattern:
      /@pytest\.mark\.(?:skip|skipif|xfail)\b|\bpytest\.(?:skip|xfail|importorskip)\s*\(|\bunittest\.(?:skip|skipIf|skipUnless|expectedFailure)\b|\bself\.skipTest\s*\(/,
    reason: 'skips or expects the failure of a Python test'
  },
  {
    id: 'test-skip',
    pattern: /\bt\.Skip(?:f|Now)?\s*\(/,
    reason: 'skips a Go test',
    applies: (p) => /\.go$/.test(p)
  },
  {
    id: 'ci-continue-on-error',
    pattern: /continue-on-error/,
    reason: 'lets the CI step fail without failing the job'
  },
  {
    id: 'ci-ignore-exit-code',
    pattern: /\|\|\s*(?:true\b|:(?=\s|$|;|"|'|\))|exit\s+0\b)|^\s*set\s+\+e\b/,
    reason: 'ignores the exit code of a command CI runs',
    applies: isCiScript
  },
  {
    id: 'skip-ci',
    pattern: /\[(?:skip[ -]ci|ci[ -]skip|no[ -]ci|skip[ -]actions|actions[ -]skip)\]|\*\*\*NO_CI\*\*\*/i,
    reason: 'asks CI not to run'
  },
  {
    id: 'reuse-ignore',
    pattern: /REUSE-Ignore/,
    reason: 'hides text from the REUSE license check'
  },
  {
    id: 'lint-level-lowered',
    pattern:
      /--cap-lints\b|(?:^|[\s"'=[,])-A\s*(?:warnings|clippy::|unused|dead_code)|--allow[= ](?:warnings|clippy::)|RUSTFLAGS\s*[:=].*-[AW]\s*\w/,
    reason: 'lowers the level of compiler or clippy lints'
  },
  {
    id: 'check-loosened',
    pattern:
      /--max-warnings\b|--passWithNoTests\b|--pass-with-no-tests\b|--no-verify\b|--no-error-on-unmatched-pattern\b|--exit-zero\b|--no-fail-on-empty\b|--quiet\b.*eslint|eslint.*--quiet\b/,
    reason: 'runs the check in a mode that lets failures through'
  }
]
