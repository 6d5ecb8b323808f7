export const id = 281;
export const ids = [281];
export const modules = {

/***/ 90203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ checkDiff)
});

;// CONCATENATED MODULE: ./packages/core/src/autofix/guard/file-kinds.ts
/** Which kind of file a path is, as far as the guard's rules care. */
const JS_FAMILY = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/i;
const SNAPSHOT = /\.snap$/i;
const SHELL = /\.(?:sh|bash|zsh|ksh|ps1|bat|cmd)$/i;
const CI_FILE = /(?:^|\/)(?:\.github\/workflows\/[^/]+|\.github\/actions\/.+|action\.ya?ml|\.ci\/[^/]+|\.gitlab-ci\.ya?ml|\.circleci\/[^/]+|azure-pipelines\.ya?ml|\.travis\.ya?ml|Jenkinsfile|\.pre-commit-config\.ya?ml|Makefile|GNUmakefile|justfile|Justfile|Dockerfile|tox\.ini|noxfile\.py|package\.json|scripts\/[^/.]+)$/;
/**
 * Files that decide how strict a check is: linters, formatters, type checkers, test runners,
 * coverage, audit and license tooling, CI workflows, and the manifests that carry such settings.
 * A fix changes the code the check looks at, never these.
 */
const CONFIG = /(?:^|\/)(?:package\.json|deno\.jsonc?|biome\.jsonc?|Cargo\.toml|pyproject\.toml|setup\.cfg|tox\.ini|\.flake8|\.?pylintrc|\.pylintrc\.toml|mypy\.ini|\.mypy\.ini|pyrightconfig\.json|\.?ruff\.toml|pytest\.ini|\.coveragerc|\.?clippy\.toml|\.?rustfmt\.toml|deny\.toml|\.editorconfig|\.gitignore|\.gitattributes|\.prettierignore|\.eslintignore|\.stylelintignore|\.npmrc|\.nsprc|audit-ci\.jsonc?|\.snyk|osv-scanner\.toml|codecov\.ya?ml|\.codecov\.ya?ml|REUSE\.toml|\.golangci\.ya?ml|\.rubocop\.ya?ml|\.pre-commit-config\.ya?ml|\.gitlab-ci\.ya?ml|tsconfig[^/]*\.json|jsconfig[^/]*\.json)$|(?:^|\/)(?:eslint\.config|\.eslintrc|\.prettierrc|prettier\.config|\.stylelintrc|stylelint\.config|\.markdownlint|\.yamllint|vitest\.config|vitest\.workspace|vite\.config|jest\.config|\.mocharc|\.c8rc|\.nycrc|karma\.conf|playwright\.config|\.lintstagedrc|lint-staged\.config|\.huskyrc|commitlint\.config)[^/]*$|(?:^|\/)\.cargo\/config(?:\.toml)?$|(?:^|\/)\.reuse\/|(?:^|\/)\.github\/workflows\/|(?:^|\/)\.husky\/|(?:^|\/)\.ci\//;
const isJsFamily = (path) => JS_FAMILY.test(path);
const isSnapshotFile = (path) => SNAPSHOT.test(path);
const isCheckConfig = (path) => CONFIG.test(path);
/** Files whose lines are commands a CI run executes: workflows, CI scripts, shell, task files. */
function isCiScript(path) {
    return SHELL.test(path) || CI_FILE.test(path) || /\.(?:ya?ml)$/i.test(path);
}
/** Rust, where lint levels are attributes in the source. */
const isRust = (path) => /\.rs$/i.test(path);

;// CONCATENATED MODULE: ./packages/core/src/autofix/guard/line-rules.ts

const notWord = '(?:^|[^\\w.$])';
/** The suppression table; each row has its own unit tests. */
const LINE_RULES = [
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
        pattern: /pragma:\s*no\s*(?:cover|branch)|\b(?:istanbul|c8|v8|node:coverage)\s+ignore\b|#!?\[\s*coverage\s*\(\s*off\s*\)|\bLCOV_EXCL_(?:LINE|START|BR_LINE)\b/,
        reason: 'excludes code from coverage'
    },
    {
        id: 'other-linter-disable',
        pattern: /\/\/\s*nolint\b|rubocop:disable|NOSONAR|@SuppressWarnings|#\s*pragma\s+(?:warning\s+disable|(?:GCC|clang)\s+diagnostic\s+ignored)|(?:deno-lint|biome|tslint|jscs|stylelint|markdownlint|shellcheck|yamllint|hadolint|checkov|tflint|semgrep)[-:\s]*(?:ignore|disable)|#\s*nosec\b|#\s*nosemgrep\b/,
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
        pattern: /@pytest\.mark\.(?:skip|skipif|xfail)\b|\bpytest\.(?:skip|xfail|importorskip)\s*\(|\bunittest\.(?:skip|skipIf|skipUnless|expectedFailure)\b|\bself\.skipTest\s*\(/,
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
        pattern: /--cap-lints\b|(?:^|[\s"'=[,])-A\s*(?:warnings|clippy::|unused|dead_code)|--allow[= ](?:warnings|clippy::)|RUSTFLAGS\s*[:=].*-[AW]\s*\w/,
        reason: 'lowers the level of compiler or clippy lints'
    },
    {
        id: 'check-loosened',
        pattern: /--max-warnings\b|--passWithNoTests\b|--pass-with-no-tests\b|--no-verify\b|--no-error-on-unmatched-pattern\b|--exit-zero\b|--no-fail-on-empty\b|--quiet\b.*eslint|eslint.*--quiet\b/,
        reason: 'runs the check in a mode that lets failures through'
    }
];

;// CONCATENATED MODULE: ./packages/core/src/autofix/guard/test-markers.ts
/**
 * What a test and an assertion look like in the languages the fixers touch. A fix may move and
 * reformat them but never leaves fewer of either in a file.
 */
const TEST_DECLARATION = [
    /(?:^|[^\w.$])(?:it|test|describe|suite|specify|context|bench)(?:\.(?:each|concurrent|sequential|for)\b[^(]*)?\s*\(/g,
    /#\[\s*(?:\w+::)*test\b/g,
    /(?:^|\s)(?:async\s+)?def\s+test\w*\s*\(/g,
    /\bfunc\s+(?:Test|Benchmark|Fuzz)\w*\s*\(/g
];
const ASSERTION = [
    /(?:^|[^\w])(?:debug_)?assert(?:_eq|_ne|_matches)?!\s*[([{]/g,
    /(?:^|[^\w.$])expect\s*\(/g,
    /(?:^|[^\w.$])expect\.(?:assertions|hasAssertions)\s*\(/g,
    /(?:^|[^\w.$])assert(?:\.\w+)*\s*\(/g,
    /(?:^|\s)assert\s+[^\s(=]/g,
    /\bself\.assert\w*\s*\(/g,
    /\bpytest\.raises\s*\(/g,
    /\bt\.(?:Error|Errorf|Fatal|Fatalf|Fail|FailNow)\s*\(/g,
    /\.should\b/g
];
/** How many times the patterns occur in a line. */
function countMatches(patterns, text) {
    let n = 0;
    for (const p of patterns) {
        p.lastIndex = 0;
        while (p.exec(text) !== null)
            n++;
    }
    return n;
}

;// CONCATENATED MODULE: ./packages/core/src/autofix/guard/loosening.ts

const SEVERITY = /\b(forbid|deny|error|warn|warning|allow|off|ignore)\b/g;
const STRENGTH = {
    forbid: 3,
    deny: 2,
    error: 2,
    warn: 1,
    warning: 1,
    allow: 0,
    off: 0,
    ignore: 0
};
const NUMBER = /\d+(?:\.\d+)?/g;
/** Keys where a larger number lets more through. */
const UPPER_BOUND = /(?:max|limit|complexity|length|\blen\b|warnings|timeout|budget|allowed|tolerance)[^\d]*$/i;
/** Keys where a smaller number lets more through. */
const LOWER_BOUND = /(?:min|threshold|fail.?under|coverage|\blines|branches|functions|statements|percent|\bcov\b)[^\d]*$/i;
/** A line with its numbers and severity words blanked: two lines of one shape differ only in those. */
function shape(text) {
    return text.replace(NUMBER, '#').replace(SEVERITY, '~').replace(/\s+/g, ' ').trim();
}
function looser(r, a, severity, thresholds) {
    if (thresholds) {
        const rn = [...r.text.matchAll(NUMBER)];
        const an = [...a.text.matchAll(NUMBER)];
        if (rn.length === an.length) {
            for (let i = 0; i < rn.length; i++) {
                const before = Number(rn[i][0]);
                const after = Number(an[i][0]);
                if (before === after)
                    continue;
                const key = r.text.slice(0, rn[i].index);
                if (UPPER_BOUND.test(key) && after > before)
                    return `raises a limit from ${before} to ${after}`;
                if (LOWER_BOUND.test(key) && after < before)
                    return `lowers a threshold from ${before} to ${after}`;
            }
        }
    }
    if (severity) {
        const rs = [...r.text.matchAll(SEVERITY)].map((m) => m[1]);
        const as = [...a.text.matchAll(SEVERITY)].map((m) => m[1]);
        if (rs.length === as.length) {
            for (let i = 0; i < rs.length; i++) {
                if (STRENGTH[as[i]] < STRENGTH[rs[i]])
                    return `turns "${rs[i]}" into "${as[i]}"`;
            }
        }
    }
    return undefined;
}
/**
 * Lines changed in place to let more through: a coverage or warning threshold moved the lenient
 * way, a lint level lowered (`error` → `warn`, `#![deny(…)]` → `#![warn(…)]`). Looked for in the
 * files that configure checks and, for lint levels, in Rust attributes.
 */
function looseningPairs(f) {
    const config = isCheckConfig(f.path) || isCiScript(f.path);
    const rust = isRust(f.path);
    if (!config && !rust)
        return [];
    const removed = f.lines.filter((l) => l.side === 'removed');
    const added = f.lines.filter((l) => l.side === 'added');
    const used = new Set();
    const out = [];
    for (const r of removed) {
        if (rust && !config && !/#!?\[/.test(r.text))
            continue;
        const s = shape(r.text);
        const a = added.find((x) => !used.has(x) && shape(x.text) === s);
        if (!a)
            continue;
        used.add(a);
        const why = looser(r, a, true, config);
        if (why)
            out.push({ file: f.path, line: a.line, side: 'added', text: a.text, rule: 'check-loosened', reason: why });
    }
    return out;
}
const STRICT = /-D\s*warnings\b|--deny[= ](?:warnings|clippy::\S+)|#!?\[\s*(?:deny|forbid)\s*\(|--max-warnings[= ]0\b|--check\b|--strict\b|--frozen\b|--locked\b|--error-on-warnings\b|--deny-warnings\b|-Werror\b|--warnings-as-errors\b|--cov-fail-under\b|--fail-under\b|\bfail_under\b|"strict"\s*:\s*true|\bset\s+-[a-z]*e[a-z]*\b|\bpipefail\b/g;
/** Strictness a file had and no longer has: `-D warnings`, `--check`, `#![deny(…)]`, `set -e`, … */
function strictnessRemoved(f) {
    if (/\.(?:md|markdown|rst|txt|adoc)$/i.test(f.path))
        return [];
    const addedTokens = [];
    for (const l of f.lines)
        if (l.side === 'added')
            for (const m of l.text.matchAll(STRICT))
                addedTokens.push(m[0].replace(/\s+/g, ' '));
    const out = [];
    for (const l of f.lines) {
        if (l.side !== 'removed')
            continue;
        for (const m of l.text.matchAll(STRICT)) {
            const t = m[0].replace(/\s+/g, ' ');
            const i = addedTokens.indexOf(t);
            if (i >= 0) {
                addedTokens.splice(i, 1);
                continue;
            }
            out.push({
                file: f.path,
                line: l.line,
                side: 'removed',
                text: l.text,
                rule: 'strictness-removed',
                reason: `removes "${t}" from how the check runs`
            });
            break;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/autofix/guard/unified-diff.ts
var unified_diff = __webpack_require__(46850);
;// CONCATENATED MODULE: ./packages/core/src/autofix/guard/check-diff.ts





/** A line a license header fix may add or drop anywhere, config files included. */
const HEADER_ONLY = /SPDX-|^[ \t]*$|^[ \t]*(?:#|\/\/|\/\*|\*\/|\*|<!--|-->|;;?|--|%|\{-|-\}|'|REM)[ \t]*$/;
const SPDX_HEADER = /SPDX-(?:License-Identifier|FileCopyrightText|FileContributor|SnippetCopyrightText)/;
const SNAPSHOT_KEY = /exports\[`((?:[^`\\]|\\.)*)`\]/g;
/** A line that is (the start or body of) a comment in one of the header styles. */
const COMMENT_LINE = /^[ \t]*(?:#|\/\/|\/\*|\*|<!--|;|--|%|\{-|'|REM\b|\.\.)/;
/** Text of a comment line without its markers, for "did the header fix keep this text". */
function commentText(line) {
    return line
        .replace(/^[\s#/*;!<>%'-]*/, '')
        .replace(/\s*(?:\*\/|-->)?\s*$/, '')
        .trim();
}
function violation(f, l, rule, reason) {
    return { file: f.path, line: l.line, side: l.side, text: l.text, rule, reason };
}
/**
 * Suppression patterns that are new in this file: a pattern's matches on added lines beyond the
 * same matches on removed lines (a formatter that re-indents an existing `// eslint-disable-line`
 * adds nothing new).
 */
function newSuppressions(f) {
    const out = [];
    const rules = LINE_RULES.filter((r) => !r.applies || r.applies(f.path));
    const removed = new Map();
    for (const l of f.lines) {
        if (l.side !== 'removed')
            continue;
        for (const r of rules) {
            const m = r.pattern.exec(l.text);
            if (m)
                removed.set(r, [...(removed.get(r) ?? []), m[0].trim()]);
        }
    }
    for (const l of f.lines) {
        if (l.side !== 'added')
            continue;
        for (const r of rules) {
            const m = r.pattern.exec(l.text);
            if (!m)
                continue;
            const pool = removed.get(r);
            const i = pool ? pool.indexOf(m[0].trim()) : -1;
            if (pool && i >= 0) {
                pool.splice(i, 1);
                continue;
            }
            out.push(violation(f, l, r.id, r.reason));
            break;
        }
    }
    return out;
}
/** Fewer tests or assertions in a file than before: the removed ones whose text did not come back. */
function fewerOf(f, patterns, rule, reason) {
    let added = 0;
    let removed = 0;
    const addedText = new Set();
    const removedLines = [];
    for (const l of f.lines) {
        const n = countMatches(patterns, l.text);
        if (l.side === 'added') {
            added += n;
            if (n > 0)
                addedText.add(l.text.replace(/\s+/g, ''));
        }
        else if (n > 0) {
            removed += n;
            removedLines.push(l);
        }
    }
    if (removed <= added)
        return [];
    const gone = removedLines.filter((l) => !addedText.has(l.text.replace(/\s+/g, '')));
    const blame = gone.length > 0 ? gone : removedLines.slice(0, 1);
    return blame.map((l) => violation(f, l, rule, reason));
}
function snapshotKeys(lines, side) {
    const keys = new Map();
    for (const l of lines) {
        if (l.side !== side)
            continue;
        SNAPSHOT_KEY.lastIndex = 0;
        for (let m = SNAPSHOT_KEY.exec(l.text); m !== null; m = SNAPSHOT_KEY.exec(l.text))
            keys.set(m[1], l);
    }
    return keys;
}
function snapshotViolations(f, allow) {
    if (allow.includes(f.path))
        return [];
    const removed = snapshotKeys(f.lines, 'removed');
    const added = snapshotKeys(f.lines, 'added');
    const out = [];
    for (const [key, l] of removed) {
        if (added.has(key) || allow.includes(key) || allow.includes(`${f.path}::${key}`))
            continue;
        out.push(violation(f, l, 'snapshot-deleted', `deletes the snapshot "${key}" instead of updating it`));
    }
    // A whole snapshot file going away is only an update when every entry in it was obsolete;
    // a file without entries this guard can read (insta's) is never deleted by an update.
    if (f.status === 'deleted' && removed.size === 0)
        out.push({
            file: f.path,
            line: 0,
            side: 'file',
            text: '',
            rule: 'snapshot-deleted',
            reason: 'deletes a snapshot file'
        });
    return out;
}
function headerTextLost(f) {
    const added = f.lines.filter((l) => l.side === 'added');
    if (!added.some((l) => SPDX_HEADER.test(l.text)))
        return [];
    const kept = new Set(added.map((l) => commentText(l.text)));
    // Only comment lines can be header text: code a formatter rewrapped in the same diff is not.
    return f.lines
        .filter((l) => l.side === 'removed' &&
        COMMENT_LINE.test(l.text) &&
        /[\p{L}\p{N}]/u.test(l.text) &&
        !kept.has(commentText(l.text)))
        .map((l) => violation(f, l, 'header-text-lost', 'the license header fix drops text that was in the file'));
}
function configViolations(f, ctx) {
    if (!isCheckConfig(f.path) || ctx.allowConfigChange?.includes(f.path))
        return [];
    return f.lines
        .filter((l) => !HEADER_ONLY.test(l.text))
        .map((l) => violation(f, l, 'config-changed', 'changes the configuration of a check (lint, format, type, test, coverage, audit, license or CI)'));
}
function fileLevel(f, ctx) {
    const whole = (rule, reason) => ({
        file: f.path,
        line: 0,
        side: 'file',
        text: '',
        rule,
        reason
    });
    const allowed = ctx.allowDeletedFiles?.includes(f.oldPath ?? f.path) === true;
    if (f.status === 'deleted' && !allowed && !isSnapshotFile(f.path))
        return [whole('file-deleted', 'deletes the file')];
    if (f.status === 'renamed' && !allowed) {
        return [{ ...whole('file-deleted', `moves the file away to ${f.newPath}`), file: f.oldPath ?? f.path }];
    }
    if (f.emptied)
        return [whole('file-emptied', 'empties the file')];
    return [];
}
/**
 * Checks a fix's unified diff for changes that silence a check instead of fixing what it found:
 * suppression comments and attributes, skipped or deleted tests and assertions, deleted snapshots
 * and files, loosened lint, test, coverage or CI configuration, and license header fixes that lose
 * text. Each violation names the file, the line (new-file numbering for added lines, old-file
 * numbering for removed ones) and the rule.
 */
function checkDiff(diff, context = {}) {
    const violations = [];
    for (const f of (0,unified_diff/* parseUnifiedDiff */.r)(diff)) {
        violations.push(...fileLevel(f, context));
        violations.push(...newSuppressions(f));
        if (isSnapshotFile(f.path))
            violations.push(...snapshotViolations(f, context.allowSnapshotUpdate ?? []));
        violations.push(...fewerOf(f, TEST_DECLARATION, 'test-removed', 'removes a test'), ...fewerOf(f, ASSERTION, 'assertion-removed', 'removes an assertion'));
        violations.push(...headerTextLost(f));
        const cfg = configViolations(f, context);
        // Name the precise loosening where one is seen; the rest of a config change stays "config-changed".
        const precise = looseningPairs(f);
        const preciseLines = new Set(precise.map((v) => `${v.side}:${v.line}`));
        violations.push(...precise, ...cfg.filter((v) => !preciseLines.has(`${v.side}:${v.line}`)));
        violations.push(...strictnessRemoved(f));
    }
    return violations.length === 0 ? { ok: true } : { ok: false, violations: dedupe(violations) };
}
function dedupe(vs) {
    const seen = new Set();
    return vs.filter((v) => {
        const k = `${v.file}\0${v.side}\0${v.line}\0${v.rule}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}


/***/ }),

/***/ 21751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ formatViolations)
/* harmony export */ });
/** One line per violation, `file:line: rule: reason: text`, for logs, summaries and errors. */
function formatViolations(violations) {
    return violations
        .map((v) => {
        const where = v.line > 0 ? `${v.file}:${v.line}` : v.file;
        const text = v.text.trim();
        return `${where}: ${v.rule}: ${v.reason}${text ? `: ${text.length > 120 ? `${text.slice(0, 117)}...` : text}` : ''}`;
    })
        .join('\n');
}


/***/ }),

/***/ 46850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ parseUnifiedDiff)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73857);

/** The empty blob's id in SHA-1 and SHA-256 repositories. */
const EMPTY_BLOB = [
    'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391',
    '473a0f4c3be8a93681a267e3b1e9a7dcda1185436fe141f7749120a303721813'
];
function unquote(name) {
    if (name === undefined || name === '' || name === '/dev/null')
        return undefined;
    // git quotes paths with unusual characters; the quotes are not part of the name
    return name.startsWith('"') && name.endsWith('"') ? name.slice(1, -1) : name;
}
/** git's `a/` and `b/` prefixes, taken off when the diff uses them (both sides, or the one side there is). */
function stripPrefixes(oldName, newName) {
    const o = oldName === undefined || oldName.startsWith('a/');
    const n = newName === undefined || newName.startsWith('b/');
    if (!o || !n)
        return [oldName, newName];
    return [oldName?.slice(2), newName?.slice(2)];
}
/**
 * Reads a unified diff (`git diff`, `diff -u`) into files and their added and removed lines.
 * Git's extended headers (new, deleted, renamed, binary) are honoured, so a deletion is seen even
 * when the diff carries no hunk for it.
 */
function parseUnifiedDiff(diff) {
    const out = [];
    const gitSections = diff.split(/^(?=diff --git )/m).filter((s) => s.startsWith('diff --git '));
    const patches = (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .parsePatch */ .i)(diff);
    const sectionOf = patches.length === gitSections.length ? gitSections : [];
    for (const [i, p] of patches.entries()) {
        let [oldPath, newPath] = stripPrefixes(p.isCreate ? undefined : unquote(p.oldFileName), p.isDelete ? undefined : unquote(p.newFileName));
        // a deleted file's diff --git line may name the old path on both sides
        if (p.isDelete)
            newPath = undefined;
        if (p.isCreate)
            oldPath = undefined;
        const path = newPath ?? oldPath;
        if (path === undefined)
            continue;
        const status = oldPath === undefined ? 'added' : newPath === undefined ? 'deleted' : oldPath !== newPath ? 'renamed' : 'modified';
        const lines = [];
        let hadLines = false;
        let emptied = false;
        for (const h of p.hunks) {
            let o = h.oldStart;
            let n = h.newStart;
            let context = false;
            for (const l of h.lines) {
                const c = l[0];
                if (c === '-')
                    lines.push({ side: 'removed', line: o++, text: l.slice(1) });
                else if (c === '+')
                    lines.push({ side: 'added', line: n++, text: l.slice(1) });
                else if (c === ' ') {
                    context = true;
                    o++;
                    n++;
                }
            }
            if (h.oldLines > 0)
                hadLines = true;
            // `+0,0` (which jsdiff reads as start 1, no lines) with no context line left: nothing remains of
            // the file. A zero-context diff (`-U0`) that drops only line 1 looks the same, hence "context".
            if (h.newLines === 0 && h.newStart === 1 && !context && p.hunks.length === 1)
                emptied = true;
        }
        // git names the blob after the change: the empty blob means nothing is left, whatever -U was
        const blob = sectionOf[i]?.match(/^index [0-9a-f]+\.\.([0-9a-f]+)/m)?.[1];
        if (blob !== undefined)
            emptied = EMPTY_BLOB.some((e) => e.startsWith(blob));
        emptied = emptied && hadLines && status !== 'deleted';
        out.push({ oldPath, newPath, path, status, binary: p.isBinary === true, lines, emptied });
    }
    return out;
}


/***/ }),

/***/ 54781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ GitError)
/* harmony export */ });
/* unused harmony export subcommand */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/** A git command that failed where success was required: the command, its exit code and stderr. */
class GitError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HeeError */ .RA {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        const first = stderr.split('\n').find((l) => l.trim() !== '') ?? `exit code ${exitCode}`;
        super('git.failed', `git ${subcommand(args)} failed: ${first.trim()}`);
        this.name = 'GitError';
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/** The subcommand of a git argument list, skipping `-c key=value` and `-C dir` options. */
function subcommand(args) {
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '-c' || a === '-C')
            i++;
        else if (!a.startsWith('-'))
            return a;
    }
    return args[0] ?? '';
}


/***/ })

};

//# sourceMappingURL=281.index.mjs.map