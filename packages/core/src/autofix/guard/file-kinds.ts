/** Which kind of file a path is, as far as the guard's rules care. */

const JS_FAMILY = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/i
const SNAPSHOT = /\.snap$/i
const SHELL = /\.(?:sh|bash|zsh|ksh|ps1|bat|cmd)$/i
const CI_FILE =
  /(?:^|\/)(?:\.github\/workflows\/[^/]+|\.github\/actions\/.+|action\.ya?ml|\.ci\/[^/]+|\.gitlab-ci\.ya?ml|\.circleci\/[^/]+|azure-pipelines\.ya?ml|\.travis\.ya?ml|Jenkinsfile|\.pre-commit-config\.ya?ml|Makefile|GNUmakefile|justfile|Justfile|Dockerfile|tox\.ini|noxfile\.py|package\.json|scripts\/[^/.]+)$/

/**
 * Files that decide how strict a check is: linters, formatters, type checkers, test runners,
 * coverage, audit and license tooling, CI workflows, and the manifests that carry such settings.
 * A fix changes the code the check looks at, never these.
 */
const CONFIG =
  /(?:^|\/)(?:package\.json|deno\.jsonc?|biome\.jsonc?|Cargo\.toml|pyproject\.toml|setup\.cfg|tox\.ini|\.flake8|\.?pylintrc|\.pylintrc\.toml|mypy\.ini|\.mypy\.ini|pyrightconfig\.json|\.?ruff\.toml|pytest\.ini|\.coveragerc|\.?clippy\.toml|\.?rustfmt\.toml|deny\.toml|\.editorconfig|\.gitignore|\.gitattributes|\.prettierignore|\.eslintignore|\.stylelintignore|\.npmrc|\.nsprc|audit-ci\.jsonc?|\.snyk|osv-scanner\.toml|codecov\.ya?ml|\.codecov\.ya?ml|REUSE\.toml|\.golangci\.ya?ml|\.rubocop\.ya?ml|\.pre-commit-config\.ya?ml|\.gitlab-ci\.ya?ml|tsconfig[^/]*\.json|jsconfig[^/]*\.json)$|(?:^|\/)(?:eslint\.config|\.eslintrc|\.prettierrc|prettier\.config|\.stylelintrc|stylelint\.config|\.markdownlint|\.yamllint|vitest\.config|vitest\.workspace|vite\.config|jest\.config|\.mocharc|\.c8rc|\.nycrc|karma\.conf|playwright\.config|\.lintstagedrc|lint-staged\.config|\.huskyrc|commitlint\.config)[^/]*$|(?:^|\/)\.cargo\/config(?:\.toml)?$|(?:^|\/)\.reuse\/|(?:^|\/)\.github\/workflows\/|(?:^|\/)\.husky\/|(?:^|\/)\.ci\//

export const isJsFamily = (path: string): boolean => JS_FAMILY.test(path)
export const isSnapshotFile = (path: string): boolean => SNAPSHOT.test(path)
export const isCheckConfig = (path: string): boolean => CONFIG.test(path)

/** Files whose lines are commands a CI run executes: workflows, CI scripts, shell, task files. */
export function isCiScript(path: string): boolean {
  return SHELL.test(path) || CI_FILE.test(path) || /\.(?:ya?ml)$/i.test(path)
}

/** Rust, where lint levels are attributes in the source. */
export const isRust = (path: string): boolean => /\.rs$/i.test(path)
