export const id = 536;
export const ids = [536];
export const modules = {

/***/ 43093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CH: () => (/* binding */ shellWords),
/* harmony export */   OC: () => (/* binding */ invocations),
/* harmony export */   Tg: () => (/* binding */ shellLine)
/* harmony export */ });
/* unused harmony export quote */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Splits a shell line into words (quotes honoured, no expansion); undefined for what we cannot read. */
function shellWords(line) {
    const words = [];
    let cur = '';
    let has = false;
    let q = null;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (q) {
            if (c === q)
                q = null;
            else if (q === '"' && (c === '$' || c === '`'))
                return undefined;
            else if (c === '\\' && q === '"' && i + 1 < line.length)
                cur += line[++i];
            else
                cur += c;
            continue;
        }
        if (c === '"' || c === "'") {
            q = c;
            has = true;
        }
        else if (c === '\\' && i + 1 < line.length) {
            cur += line[++i];
            has = true;
        }
        else if (/\s/.test(c)) {
            if (has)
                words.push(cur);
            cur = '';
            has = false;
        }
        else if ('$`<>'.includes(c)) {
            return undefined;
        }
        else {
            cur += c;
            has = true;
        }
    }
    if (q)
        return undefined;
    if (has)
        words.push(cur);
    return words;
}
const RUNNERS = new Set(['npx', 'pnpx', 'bunx']);
/** The project's scripts from its package.json (none when it has none). */
function scripts(root) {
    try {
        const pkg = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'package.json'), 'utf8'));
        return pkg.scripts ?? {};
    }
    catch {
        return {};
    }
}
/**
 * The tool invocations of a CI command: `&&`, `;` and new lines split it, environment
 * assignments and `npx`/`pnpm exec`/`python -m` are taken off, and package.json scripts
 * (`npm run X`, `npm test -- args`, `yarn X`, `pnpm X`) are followed two levels deep.
 */
function invocations(command, root, depth = 0) {
    const out = [];
    for (const part of command.split(/&&|\|\||;|\n/)) {
        const src = part.trim();
        if (src === '' || src.startsWith('#'))
            continue;
        const words = shellWords(src);
        if (!words || words.length === 0)
            continue;
        let w = words;
        if (w[0] === 'env')
            w = w.slice(1);
        while (w.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w[0]))
            w = w.slice(1);
        if (w.length === 0)
            continue;
        let tool = w[0].split('/').pop();
        let args = w.slice(1);
        if (RUNNERS.has(tool)) {
            while (args[0]?.startsWith('-'))
                args = args.slice(1);
            if (args.length === 0)
                continue;
            tool = args[0].split('/').pop();
            args = args.slice(1);
        }
        else if ((tool === 'pnpm' || tool === 'yarn') && args[0] === 'exec') {
            tool = args[1] ?? '';
            args = args.slice(2);
        }
        else if (/^python[0-9.]*$/.test(tool) && args[0] === '-m' && args[1]) {
            tool = args[1];
            args = args.slice(2);
        }
        const script = depth < 2 ? scriptOf(tool, args, root) : undefined;
        if (script) {
            const extra = script.extra.length > 0 ? ` ${script.extra.map(quote).join(' ')}` : '';
            const inner = invocations(script.text + extra, root, depth + 1);
            if (inner.length > 0) {
                out.push(...inner);
                continue;
            }
        }
        out.push({ tool, args, source: src });
    }
    return out;
}
function scriptOf(tool, args, root) {
    if (!['npm', 'yarn', 'pnpm', 'bun'].includes(tool))
        return undefined;
    const s = scripts(root);
    let name;
    let rest = [];
    if (args[0] === 'run' || args[0] === 'run-script') {
        name = args[1];
        rest = args.slice(2);
    }
    else if (args[0] === 'test' || args[0] === 't') {
        name = 'test';
        rest = args.slice(1);
    }
    else if (tool !== 'npm' && args[0] && s[args[0]] !== undefined) {
        name = args[0];
        rest = args.slice(1);
    }
    if (!name || s[name] === undefined)
        return undefined;
    const dd = rest.indexOf('--');
    const extra = tool === 'npm' ? (dd >= 0 ? rest.slice(dd + 1) : []) : dd >= 0 ? rest.slice(dd + 1) : rest;
    return { text: s[name], extra };
}
/** A word quoted for a POSIX shell when it needs to be. */
function quote(a) {
    if (a !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(a))
        return a;
    return `'${a.replace(/'/g, `'\\''`)}'`;
}
/** Words as one shell line. */
function shellLine(words) {
    return words.map(quote).join(' ');
}


/***/ }),

/***/ 56970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ pythonChecks),
/* harmony export */   bv: () => (/* binding */ firstError),
/* harmony export */   w2: () => (/* binding */ rustChecks),
/* harmony export */   x$: () => (/* binding */ jsChecks)
/* harmony export */ });
/* unused harmony export jsToolConfigured */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43093);
/**
 * The project's other checks a fix must not break. A fix is proved by the failing check, and
 * also by every check of this list that passed on the failing commit before the fix: the engine
 * runs them before applying (those that fail already, or whose tool is missing, are not
 * required) and again after, and rolls the fix back when one of them no longer passes.
 *
 * Each is a whole-project command the project's own configuration selects: the build of the
 * Rust code and its tests after a clippy fix (clippy's `--fix` also applies rustc's suggestions,
 * such as removing an import only tests use), `cargo fmt --check` after a clippy or header fix,
 * the project's eslint, prettier and TypeScript checks after a JavaScript fix or a header, black
 * and ruff after a Python fix or a header.
 */



const SKIP_DIRS = new Set(['.git', 'target', 'node_modules', '.venv', 'venv', '__pycache__', 'dist', 'build']);
function read(root, path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path), 'utf8');
    }
    catch {
        return '';
    }
}
/** Cargo manifests of the project (the root one and those of its members), three folders deep. */
function cargoManifests(root, dir = '', depth = 0) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, dir));
    }
    catch {
        return [];
    }
    const out = names.includes('Cargo.toml') ? [dir ? `${dir}/Cargo.toml` : 'Cargo.toml'] : [];
    if (depth >= 3)
        return out;
    for (const n of names) {
        if (SKIP_DIRS.has(n) || n.startsWith('.'))
            continue;
        const sub = dir ? `${dir}/${n}` : n;
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, sub), { throwIfNoEntry: false })?.isDirectory())
            out.push(...cargoManifests(root, sub, depth + 1));
    }
    return out;
}
/** The Rust project's build of every target (features included) and its format check. */
function rustChecks(root, which) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'Cargo.toml')))
        return [];
    const rootManifest = read(root, 'Cargo.toml');
    const workspace = /^\s*\[workspace\]/m.test(rootManifest);
    const out = [];
    if (which.build) {
        const features = cargoManifests(root).some((m) => /^\s*\[features\]/m.test(read(root, m)));
        out.push((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .shellLine */ .Tg)([
            'cargo',
            'test',
            '--no-run',
            ...(workspace ? ['--workspace'] : []),
            ...(features ? ['--all-features'] : [])
        ]));
    }
    if (which.format)
        out.push((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .shellLine */ .Tg)(['cargo', 'fmt', ...(workspace ? ['--all'] : []), '--', '--check']));
    return out;
}
const PRETTIER_CONFIG = /^(?:\.prettierrc(?:\.(?:json|ya?ml|json5|js|cjs|mjs|toml))?|prettier\.config\.(?:js|cjs|mjs|ts))$/;
const ESLINT_CONFIG = /^(?:eslint\.config\.(?:js|cjs|mjs|ts|mts|cts)|\.eslintrc(?:\.(?:json|ya?ml|js|cjs))?)$/;
function rootNames(root) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(root);
    }
    catch {
        return [];
    }
}
/** Whether the project installs and configures a JavaScript tool (its own copy, in node_modules). */
function jsToolConfigured(root, tool) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'node_modules', '.bin', tool)))
        return false;
    const names = rootNames(root);
    const pkg = read(root, 'package.json');
    if (tool === 'tsc')
        return names.includes('tsconfig.json');
    if (tool === 'prettier')
        return names.some((n) => PRETTIER_CONFIG.test(n)) || /"prettier"\s*:\s*[{"]/.test(pkg);
    return names.some((n) => ESLINT_CONFIG.test(n)) || /"eslintConfig"\s*:/.test(pkg);
}
/** The project's own whole-project JavaScript checks among `tools` (eslint, prettier, tsc). */
function jsChecks(root, tools) {
    const out = [];
    for (const t of tools) {
        if (!jsToolConfigured(root, t))
            continue;
        if (t === 'eslint')
            out.push('npx --no-install eslint .');
        else if (t === 'prettier')
            out.push('npx --no-install prettier --check .');
        else
            out.push('npx --no-install tsc --noEmit -p .');
    }
    return out;
}
/** The project's Python format and lint checks among `tools`, where its configuration names them. */
function pythonChecks(root, tools) {
    const py = read(root, 'pyproject.toml');
    const names = rootNames(root);
    const out = [];
    for (const t of tools) {
        if (t === 'black' && /^\s*\[tool\.black\]/m.test(py))
            out.push('black --check --quiet .');
        if (t === 'ruff' &&
            (/^\s*\[tool\.ruff[\].]/m.test(py) || names.includes('ruff.toml') || names.includes('.ruff.toml')))
            out.push('ruff check .');
    }
    return out;
}
/**
 * The line of a check's output that says what broke (rustc's `error…`, an eslint row with its
 * file, prettier's `[warn] file`, black's `would reformat`), else its last line; paths inside the
 * scratch tree `root` are shown relative to the repository.
 */
function firstError(output, root) {
    const text = root ? output.split(`${root}/`).join('') : output;
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const i = lines.findIndex((l) => /^\s*(?:\d+:\d+\s+)?error\b|^\[warn\] |^would reformat |^\S+:\d+:\d+:? /i.test(l));
    if (i < 0)
        return (lines.at(-1) ?? '').trim().slice(0, 200);
    const row = lines[i].trim().replace(/\s{2,}/g, '  ');
    // an eslint row names its file on the line above
    const file = /^\d+:\d+\s/.test(row) && i > 0 && !/^\s/.test(lines[i - 1]) ? `${lines[i - 1].trim()}:` : '';
    return `${file}${row}`.slice(0, 200);
}


/***/ }),

/***/ 89072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/* harmony import */ var _security_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19197);
/** Markdown pieces for text that came from logs, tools or another job: shown, never interpreted. */

/** A fenced block whose fence is longer than any backtick run inside, so nothing breaks out. */
function fenced(text, lang = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text.replace(/\n+$/, '')}\n${fence}`;
}
/** Inline code that survives backticks, pipes and newlines in the text (table cells included). */
function code(text) {
    return (0,_security_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(text, true);
}
/** At most `max` characters, cut at a line end where possible. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    const cut = text.slice(0, max);
    const nl = cut.lastIndexOf('\n');
    return `${nl > max / 2 ? cut.slice(0, nl) : cut}\n…`;
}


/***/ }),

/***/ 99536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ runAutoFix),
/* harmony export */   DH: () => (/* binding */ AUTOFIX_TRAILER),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
/* unused harmony export onlyCommentLines */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _exec_tool_env_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(60895);
/* harmony import */ var _exec_types_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(84906);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85923);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(93262);
/* harmony import */ var _guard_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(90203);
/* harmony import */ var _guard_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(21751);
/* harmony import */ var _guard_index_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(44279);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(43093);
/* harmony import */ var _companions_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(56970);
/* harmony import */ var _job_log_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74028);
/* harmony import */ var _matrix_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57587);
/* harmony import */ var _scratch_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22096);
/* harmony import */ var _strategies_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(41506);
/* harmony import */ var _strategy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22131);















const TOOL_TIMEOUT_MS = 10 * 60_000;
const DEFAULT_AUTHOR = { name: 'HEE Auto-Fix', email: 'hee-auto-fix@users.noreply.github.com' };
/** The trailer that marks the agent's own commits (the loop guard reads it). */
const AUTOFIX_TRAILER = 'HEE-Auto-Fix';
/** A glob of a protected path (`**`, `*`, `?`) as a regular expression over repository paths. */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += glob[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    // a folder protects everything under it
    return new RegExp(`^${re}${glob.endsWith('/') || !/[*?]/.test(glob) ? '(?:/.*)?' : ''}$`);
}
function isWorkflowFile(path) {
    return path.startsWith('.github/workflows/');
}
/** True when every added and removed line of a unified diff of a YAML file is a comment or blank. */
function onlyCommentLines(diff) {
    const changed = diff
        .split('\n')
        .filter((l) => /^[+-]/.test(l) && !/^(?:\+\+\+|---) /.test(l))
        .map((l) => l.slice(1));
    return changed.length > 0 && changed.every((l) => /^\s*(?:#.*)?$/.test(l));
}
async function loadConfig(workdir) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workdir, _matrix_js__WEBPACK_IMPORTED_MODULE_3__/* .AUTOFIX_CONFIG_FILE */ .HA), 'utf8');
    }
    catch {
        return {};
    }
    return (0,_matrix_js__WEBPACK_IMPORTED_MODULE_3__/* .parseAutoFixConfig */ .qO)(text);
}
class Steps {
    say;
    list = [];
    constructor(say) {
        this.say = say;
    }
    async run(step, f) {
        const t0 = Date.now();
        const r = await f();
        this.list.push({ step, ok: r.ok, detail: r.detail, durationMs: Date.now() - t0 });
        this.say(`${step}: ${r.ok ? '' : 'FAILED: '}${r.detail}`);
        return r;
    }
    record(step, ok, detail, t0 = Date.now()) {
        this.list.push({ step, ok, detail, durationMs: Date.now() - t0 });
        this.say(`${step}: ${ok ? '' : 'FAILED: '}${detail}`);
    }
}
function validation(command, r) {
    return { command, code: r.code, passed: r.code === 0, tail: (0,_strategy_js__WEBPACK_IMPORTED_MODULE_4__/* .tail */ .RT)(r) };
}
/**
 * Runs the safety protocol for each finding the matrix and the mode allow: constraints,
 * pre-validation, backup, apply, guard, post-validation, then one commit on a local branch
 * `hee/auto-fix/<runId>-<pattern…>` built on the failing commit, or a rollback. Every fix is
 * built in a scratch worktree: the user's files, index, HEAD and branch are never written.
 */
async function runAutoFix(options) {
    const say = options.onProgress ?? (() => { });
    const git = new _git_index_js__WEBPACK_IMPORTED_MODULE_5__/* .Git */ .T(options.exec, options.workdir);
    const root = await git.topLevel();
    const baseSha = await git.headSha();
    const recovered = await (0,_scratch_js__WEBPACK_IMPORTED_MODULE_6__/* .recoverStale */ .Ad)(git);
    if (recovered.length > 0)
        say(`rollback: removed ${recovered.length} attempt(s) an earlier run did not end: ${recovered.join(', ')}`);
    const config = options.config ?? (await loadConfig(root));
    const matrix = (0,_matrix_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveMatrix */ .mr)(config);
    const limits = {
        maxFiles: options.limits?.maxFiles ?? config.limits?.maxFiles ?? _matrix_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_LIMITS */ .dR.maxFiles,
        maxLines: options.limits?.maxLines ?? config.limits?.maxLines ?? _matrix_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_LIMITS */ .dR.maxLines,
        protectedPaths: [
            ..._matrix_js__WEBPACK_IMPORTED_MODULE_3__/* .ALWAYS_PROTECTED */ .jF,
            ...(config.limits?.protectedPaths ?? []),
            ...(options.limits?.protectedPaths ?? [])
        ]
    };
    const protectedRes = limits.protectedPaths.filter((p) => !p.startsWith('.github/workflows')).map(globToRegExp);
    const log = options.log !== undefined ? (0,_job_log_js__WEBPACK_IMPORTED_MODULE_7__/* .readJobLog */ .g)(options.log) : { gha: false, lines: [] };
    const strategies = (options.strategies ?? _strategies_index_js__WEBPACK_IMPORTED_MODULE_8__/* .STRATEGIES */ .Y).filter((s) => !(config.disabledStrategies ?? []).includes(s.name));
    // one attempt per pattern: the most severe finding of each
    const byPattern = new Map();
    for (const f of options.findings)
        if (!byPattern.has(f.pattern))
            byPattern.set(f.pattern, f);
    const attempts = [];
    const workflowFilesLeftOut = new Set();
    const runId = options.runId.replace(/[^A-Za-z0-9._-]/g, '-');
    let scratch;
    const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'hee-autofix-report-'));
    const env = (0,_exec_tool_env_js__WEBPACK_IMPORTED_MODULE_9__/* .toolEnv */ .o)(options.env ?? process.env);
    const fixedPatterns = [];
    let userTreeProblem;
    const userTree = async () => {
        if (userTreeProblem !== undefined)
            return userTreeProblem || undefined;
        const changed = (await git.status()).filter((e) => e.index !== '?');
        if (changed.length > 0)
            userTreeProblem = `the work tree has uncommitted changes (${changed
                .slice(0, 3)
                .map((e) => e.path)
                .join(', ')}): commit or stash them first`;
        else if (options.headSha && options.headSha !== baseSha && !baseSha.startsWith(options.headSha))
            userTreeProblem = `HEAD is ${baseSha.slice(0, 12)}, not the failing commit ${options.headSha.slice(0, 12)}`;
        else
            userTreeProblem = '';
        return userTreeProblem || undefined;
    };
    const ensureScratch = async () => {
        if (!scratch) {
            scratch = await (0,_scratch_js__WEBPACK_IMPORTED_MODULE_6__/* .createScratch */ .Hj)(git, `${runId}-${Date.now().toString(36)}`, baseSha, { backup: !options.dryRun });
            say(`backup: ${scratch.backupRef || '(dry run: no ref)'} → ${baseSha.slice(0, 12)}; fixes are built in ${scratch.path}`);
        }
        return scratch;
    };
    try {
        for (const finding of byPattern.values()) {
            const t0 = Date.now();
            const steps = new Steps(say);
            const attempt = {
                pattern: finding.pattern,
                strategy: null,
                outcome: 'skipped',
                ...(finding.evidence ? { evidence: finding.evidence } : {}),
                steps: steps.list,
                validations: [],
                filesChanged: 0,
                linesChanged: 0,
                durationMs: 0
            };
            attempts.push(attempt);
            const finish = (outcome, reason) => {
                attempt.outcome = outcome;
                if (reason)
                    attempt.reason = reason;
                attempt.durationMs = Date.now() - t0;
            };
            say(`${finding.pattern} (${finding.severity})${finding.evidence ? `: ${finding.evidence.slice(0, 120)}` : ''}`);
            // ---- constraints ----
            const row = matrix.find((r) => r.pattern === finding.pattern);
            const blocked = constraint(row, finding, options);
            // A run's failed jobs each have their own failing command and output.
            const jobLog = finding.log !== undefined ? (0,_job_log_js__WEBPACK_IMPORTED_MODULE_7__/* .readJobLog */ .g)(finding.log) : log;
            const command = jobLog.command ?? finding.command;
            const input = {
                root,
                finding,
                log: jobLog,
                ...(command ? { command } : {}),
                invocations: command ? (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .invocations */ .OC)(command, root) : []
            };
            let picked;
            let notPicked;
            for (const s of strategies) {
                if (!s.patterns.includes(finding.pattern))
                    continue;
                const d = s.detect(input);
                if (!d)
                    continue;
                if ('reason' in d) {
                    notPicked ??= d.reason;
                    continue;
                }
                picked = { strategy: s, plan: d.plan };
                break;
            }
            if (picked) {
                attempt.strategy = picked.strategy.name;
                if (picked.plan.check)
                    attempt.command = picked.plan.check;
            }
            if (row?.integration === 'manual-only' && typeof picked?.plan.data['report'] === 'string') {
                steps.record('constraints', true, `${finding.pattern} is manual only: reported, nothing applied`);
                attempt.report = picked.plan.data['report'];
                // the dry runs run on the failing commit in the scratch tree, never in the user's
                if (picked.strategy.preview && !(await userTree())) {
                    const s = await ensureScratch();
                    const previewed = await picked.strategy.preview(context(s, options, env, tmp, say), picked.plan);
                    if (previewed !== undefined)
                        attempt.report = previewed;
                }
                finish('report-only', `${finding.pattern} is fixed by a person: the report says what the tools would change`);
                continue;
            }
            if (blocked) {
                steps.record('constraints', false, blocked);
                finish('skipped', blocked);
                continue;
            }
            if (!picked) {
                const why = notPicked ??
                    (command
                        ? `no strategy fixes what \`${command.split('\n')[0]}\` reports for ${finding.pattern}`
                        : `no strategy recognises the tool output of ${finding.pattern}`) +
                        (finding.pattern === 'PAT-002'
                            ? ': a failing assertion is a bug in the code or in the test, which a person decides (only snapshot mismatches are updated automatically)'
                            : '');
                steps.record('constraints', false, why);
                finish('skipped', why);
                continue;
            }
            const { strategy, plan } = picked;
            steps.record('constraints', true, `${row.pattern} is ${row.integration} in mode ${options.mode}; strategy ${strategy.name}`);
            // ---- pre-validation ----
            const problem = await userTree();
            if (problem) {
                steps.record('pre-validation', false, problem);
                finish('skipped', problem);
                continue;
            }
            const s = await ensureScratch();
            if (plan.needsDependencies || plan.companions.some((c) => c.startsWith('npx ')))
                await (0,_scratch_js__WEBPACK_IMPORTED_MODULE_6__/* .copyDependencies */ .Db)(options.exec, git, s);
            const ctx = context(s, options, env, tmp, say);
            const pre = await steps.run('pre-validation', async () => {
                if (plan.check) {
                    say(`pre-validation: ${plan.check.split('\n')[0]}`);
                    const r = await ctx.sh(plan.check);
                    if (r.code === 127 || r.notFound)
                        return { ok: false, detail: `the check cannot run here (exit 127): ${(0,_strategy_js__WEBPACK_IMPORTED_MODULE_4__/* .tail */ .RT)(r, 1)}`, value: 'skip' };
                    return r.code !== 0
                        ? {
                            ok: true,
                            detail: `\`${plan.check.split('\n')[0]}\` fails on ${baseSha.slice(0, 12)} (exit ${r.code}) as the log says`
                        }
                        : {
                            ok: false,
                            detail: `\`${plan.check.split('\n')[0]}\` passes on ${baseSha.slice(0, 12)}: nothing to fix`,
                            value: 'skip'
                        };
                }
                const v = await strategy.validate(ctx, plan);
                return v.passed
                    ? { ok: false, detail: `${v.detail}: nothing to fix`, value: 'skip' }
                    : { ok: true, detail: v.detail };
            });
            if (!pre.ok) {
                finish('skipped', pre.detail);
                continue;
            }
            // the project's other checks: those that pass before the fix must pass after it
            const companions = [];
            const notRequired = [];
            for (const c of plan.companions) {
                say(`pre-validation: ${c} (must still pass after the fix if it passes now)`);
                const r = await ctx.sh(c);
                if (r.code === 0)
                    companions.push(c);
                else
                    notRequired.push(`\`${c}\` ${r.code === 127 || r.notFound ? 'cannot run here' : `fails already (exit ${r.code})`}`);
            }
            const last = steps.list[steps.list.length - 1];
            if (companions.length > 0)
                last.detail += `; passing before, to hold after: ${companions.map((c) => `\`${c}\``).join(', ')}`;
            if (notRequired.length > 0)
                last.detail += `; not required: ${notRequired.join(', ')}`;
            steps.record('backup', true, options.dryRun
                ? `dry run: scratch tree at ${baseSha.slice(0, 12)}, nothing of the work tree is written`
                : `${s.backupRef} → ${baseSha.slice(0, 12)}; ${s.untracked.length} untracked file(s) copied into the scratch tree; the work tree is never written`);
            // ---- apply ----
            const applied = await steps.run('apply', async () => {
                try {
                    const a = await strategy.apply(ctx, plan);
                    return { ok: a.ok, detail: a.detail, value: a };
                }
                catch (e) {
                    return { ok: false, detail: `the strategy failed: ${e.message}` };
                }
            });
            const rollback = async (reason, outcome = 'rolled-back') => {
                const r0 = Date.now();
                await resetScratch(git.at(s.path));
                await (0,_scratch_js__WEBPACK_IMPORTED_MODULE_6__/* .copyUntracked */ .HE)(git, s);
                steps.record('rollback', true, `scratch tree reset to ${baseSha.slice(0, 12)}${fixedPatterns.length ? ' plus the fixes that held' : ''}; the work tree was never written`, r0);
                finish(outcome, reason);
            };
            if (!applied.ok) {
                const a = applied.value;
                await rollback(applied.detail, a?.notApplicable ? 'skipped' : 'rolled-back');
                continue;
            }
            const a = applied.value;
            // ---- stage: what the fix changed, workflow files and junk left out ----
            const sg = git.at(s.path);
            await sg.run(['add', '-u', '--', '.']);
            for (const f of a.newFiles ?? [])
                await sg.run(['add', '--', f], { allowFailure: true });
            await stageNewSnapshots(sg, s.untracked);
            const stat = await sg.diffStat('HEAD');
            const leftOut = [];
            for (const f of stat.files.map((x) => x.path).filter(isWorkflowFile)) {
                // a header in a workflow file is kept only where the fix stays local and the edit is comments only
                const keep = options.workflowFiles === 'comments-only' &&
                    onlyCommentLines(await sg.run(['diff', '--cached', '-U0', 'HEAD', '--', f]).then((r) => r.stdout));
                if (!keep)
                    leftOut.push(f);
            }
            if (leftOut.length > 0) {
                await sg.run(['reset', '-q', 'HEAD', '--', ...leftOut]);
                await sg.run(['checkout', '-q', 'HEAD', '--', ...leftOut], { allowFailure: true });
                for (const f of leftOut)
                    workflowFilesLeftOut.add(f);
                say(`apply: left out ${leftOut.join(', ')} (workflow files are never part of a fix)`);
            }
            const final = await sg.diffStat('HEAD');
            const files = final.files.map((f) => f.path);
            attempt.files = files;
            attempt.filesChanged = files.length;
            attempt.linesChanged = final.added + final.removed;
            if (files.length === 0) {
                await rollback(`${strategy.name} changed nothing${leftOut.length ? ' outside .github/workflows/' : ''}`);
                continue;
            }
            const prot = files.filter((f) => protectedRes.some((r) => r.test(f)));
            if (prot.length > 0 || files.length > limits.maxFiles || attempt.linesChanged > limits.maxLines) {
                const why = prot.length > 0
                    ? `the fix touches protected paths: ${prot.slice(0, 3).join(', ')}`
                    : `the fix changes ${files.length} files and ${attempt.linesChanged} lines, over the limits (${limits.maxFiles} files, ${limits.maxLines} lines)`;
                steps.record('constraints', false, why);
                await rollback(why);
                continue;
            }
            // ---- guard ----
            const diff = await sg.diff('HEAD', { cached: true });
            const guardCtx = a.guard ?? {};
            const g = (0,_guard_index_js__WEBPACK_IMPORTED_MODULE_11__/* .checkDiff */ .S)(diff, guardCtx);
            if (!g.ok) {
                const why = `the guard refused the change: ${(0,_guard_index_js__WEBPACK_IMPORTED_MODULE_12__/* .formatViolations */ .w)(g.violations).split('\n')[0]}`;
                steps.record('guard', false, (0,_guard_index_js__WEBPACK_IMPORTED_MODULE_12__/* .formatViolations */ .w)(g.violations));
                await rollback(why);
                continue;
            }
            steps.record('guard', true, `no suppression, deletion or loosening in ${files.length} file(s), ${attempt.linesChanged} line(s)`);
            // ---- post-validation ----
            const post = await steps.run('post-validation', async () => {
                const vs = [...(a.validations ?? [])];
                let ok = vs.every((v) => v.passed);
                if (ok && plan.check) {
                    for (let k = 1; k <= plan.runs; k++) {
                        say(`post-validation: ${plan.check.split('\n')[0]}${plan.runs > 1 ? ` (run ${k}/${plan.runs})` : ''}`);
                        const v = validation(plan.check, await ctx.sh(plan.check));
                        vs.push(v);
                        if (!v.passed) {
                            ok = false;
                            break;
                        }
                    }
                }
                let broke;
                for (const c of ok ? companions : []) {
                    say(`post-validation: ${c} (passed before the fix)`);
                    const r = await ctx.sh(c);
                    const v = validation(c, r);
                    vs.push(v);
                    if (!v.passed) {
                        ok = false;
                        broke ??= { v, out: `${r.stdout}\n${r.stderr}` };
                    }
                }
                if (ok && strategy.validate) {
                    const v = await strategy.validate(ctx, plan);
                    if (!plan.check)
                        vs.push({ command: v.detail.split(':')[0], code: v.passed ? 0 : 1, passed: v.passed, tail: v.detail });
                    ok = v.passed;
                }
                attempt.validations = vs;
                const failed = vs.find((v) => !v.passed);
                if (!ok && broke)
                    return {
                        ok,
                        detail: `the fix breaks \`${broke.v.command}\`, which passed before it (exit ${broke.v.code}): ${(0,_companions_js__WEBPACK_IMPORTED_MODULE_13__/* .firstError */ .bv)(broke.out, s.path)}`
                    };
                return ok
                    ? { ok, detail: vs.map((v) => `\`${v.command.split('\n')[0]}\` passed`).join('; ') || 'held' }
                    : {
                        ok,
                        detail: failed
                            ? `\`${failed.command.split('\n')[0]}\` still fails (exit ${failed.code}): ${failed.tail.split('\n').slice(-1)[0] ?? ''}`
                            : 'validation failed'
                    };
            });
            if (!post.ok) {
                await rollback(leftOut.length > 0
                    ? `${post.detail} (the fix had to leave out ${leftOut.join(', ')}: workflow files are changed by a person)`
                    : post.detail);
                continue;
            }
            // ---- checkpoint in the scratch tree (the final commit squashes them) ----
            await sg.commit({ message: `${finding.pattern} ${strategy.name}`, author: options.author ?? DEFAULT_AUTHOR });
            steps.record('commit', true, options.dryRun ? 'dry run: kept in the scratch tree only' : `held; committed with the other fixes of this run`);
            fixedPatterns.push(finding.pattern);
            finish(options.dryRun ? 'would-fix' : 'fixed');
        }
        // ---- the one commit on its own branch ----
        let branch;
        let commit;
        let diff = '';
        if (scratch && fixedPatterns.length > 0) {
            const sg = git.at(scratch.path);
            diff = await sg.diffCommits(baseSha, 'HEAD');
            if (!options.dryRun) {
                const fixed = attempts.filter((x) => x.outcome === 'fixed');
                const message = commitMessage(fixed, [...workflowFilesLeftOut]);
                const mg = (0,_guard_index_js__WEBPACK_IMPORTED_MODULE_14__/* .checkCommitMessage */ .H)(message);
                if (!mg.ok)
                    throw new Error(`the commit message was refused: ${(0,_guard_index_js__WEBPACK_IMPORTED_MODULE_12__/* .formatViolations */ .w)(mg.violations)}`);
                await sg.run(['reset', '-q', '--soft', baseSha]);
                commit = await sg.commit({
                    message,
                    author: options.author ?? DEFAULT_AUTHOR,
                    trailers: [[AUTOFIX_TRAILER, runId]],
                    ...(options.signing ? { signing: options.signing } : {})
                });
                branch = await freeBranchName(git, `hee/auto-fix/${runId}-${fixedPatterns.map((p) => p.toLowerCase()).join('-')}`);
                await git.createBranch(branch, commit);
                for (const x of fixed)
                    x.steps.push({ step: 'commit', ok: true, detail: `${commit.slice(0, 12)} on ${branch}`, durationMs: 0 });
                say(`commit: ${commit.slice(0, 12)}${options.signing ? ' (signed)' : ''} on ${branch} (the work tree's branch did not move)`);
            }
        }
        const ok = attempts.every((x) => x.outcome === 'fixed' ||
            x.outcome === 'would-fix' ||
            x.outcome === 'report-only' ||
            (x.outcome === 'skipped' && !isProblem(x)));
        return {
            baseSha,
            ...(branch ? { branch } : {}),
            ...(commit ? { commit } : {}),
            diff,
            workflowFilesLeftOut: [...workflowFilesLeftOut],
            attempts,
            ok,
            ...(recovered.length > 0 ? { recovered } : {})
        };
    }
    finally {
        if (scratch)
            await (0,_scratch_js__WEBPACK_IMPORTED_MODULE_6__/* .disposeScratch */ .It)(git, scratch);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { recursive: true, force: true });
    }
}
/** A skip that is a failure to act (the tree or HEAD was wrong), not a decision not to. */
function isProblem(a) {
    return a.steps.some((s) => s.step === 'pre-validation' &&
        !s.ok &&
        /uncommitted changes|not the failing commit|cannot run here/.test(s.detail));
}
function constraint(row, finding, o) {
    if (!row)
        return `${finding.pattern} has no row in the decision matrix`;
    if (row.capability === 'none')
        return `${finding.pattern} has no automatic fix (capability none): a person decides`;
    if (row.integration === 'manual-only')
        return `${finding.pattern} is manual only`;
    if (row.integration === 'agent-review' && o.mode === 'hee-safe')
        return `${finding.pattern} needs agent review: not applied under --mode hee-safe`;
    if (o.maxSeverity && (0,_severity_js__WEBPACK_IMPORTED_MODULE_15__/* .severityRank */ .qs)(finding.severity) > (0,_severity_js__WEBPACK_IMPORTED_MODULE_15__/* .severityRank */ .qs)(o.maxSeverity))
        return `${finding.pattern} is ${finding.severity}, above --max-severity ${o.maxSeverity}`;
    if (o.capsuleStatus === 'maintenance' || o.capsuleStatus === 'failed')
        return `the state capsule's status is ${o.capsuleStatus}: nothing is applied automatically`;
    if (o.attemptedForHead?.includes(finding.pattern))
        return `${finding.pattern} was already attempted for this head commit`;
    return undefined;
}
function context(s, o, env, tmp, say) {
    const run = (command, args, opts = {}) => {
        say(`  $ ${(0,_exec_types_js__WEBPACK_IMPORTED_MODULE_16__/* .commandLine */ .a)(command, args)}`);
        return o.exec(command, args, {
            cwd: s.path,
            env,
            timeoutMs: opts.timeoutMs ?? TOOL_TIMEOUT_MS,
            ...(o.progress ? { progress: o.progress } : { progress: {} })
        });
    };
    return {
        root: s.path,
        tmp,
        note: say,
        run,
        sh: (line, opts) => run('bash', ['-e', '-c', line], opts)
    };
}
/** New snapshot files a test runner wrote beside the tests (`__snapshots__/*.snap`). */
async function stageNewSnapshots(g, untracked) {
    const r = await g.run(['ls-files', '-z', '--others', '--exclude-standard']);
    const snaps = r.stdout
        .split('\0')
        .filter((p) => /(?:^|\/)__snapshots__\/[^/]+\.snap$/.test(p) && !untracked.includes(p));
    if (snaps.length > 0)
        await g.run(['add', '--', ...snaps]);
}
/** Back to the last checkpoint: tracked files, and new files outside ignored folders removed. */
async function resetScratch(g) {
    await g.run(['reset', '-q', '--hard', 'HEAD']);
    await g.run(['clean', '-q', '-f', '-d']);
}
async function freeBranchName(git, name) {
    if (!(await git.branchExists(name)))
        return name;
    for (let i = 2;; i++)
        if (!(await git.branchExists(`${name}-${i}`)))
            return `${name}-${i}`;
}
function commitMessage(fixed, leftOut) {
    const what = fixed.map((a) => `${a.strategy} (${a.pattern})`).join(', ');
    const lines = [`Fix what ${what} reported, proved by re-running the failing check`, ''];
    for (const a of fixed) {
        lines.push(`${a.pattern} ${a.strategy}: ${a.filesChanged} file(s), ${a.linesChanged} line(s)`);
        if (a.evidence)
            lines.push(`  evidence: ${a.evidence.slice(0, 200)}`);
        for (const v of a.validations)
            lines.push(`  ${v.passed ? 'passed' : 'failed'}: ${v.command.split('\n')[0]}`);
    }
    if (leftOut.length > 0)
        lines.push('', `Left out (workflow files are never part of a fix): ${leftOut.join(', ')}`);
    return lines.join('\n');
}


/***/ }),

/***/ 44279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ checkCommitMessage)
/* harmony export */ });
const SKIP_CI = [
    /\[(?:skip[ -]ci|ci[ -]skip|no[ -]ci|skip[ -]actions|actions[ -]skip|skip[ -]checks?)\]/i,
    /^\s*skip-checks\s*:\s*true\s*$/i,
    /\*\*\*NO_CI\*\*\*/
];
/**
 * Refuses a fix commit message that asks CI not to run: a fix has to be proved by the CI it
 * claims to satisfy (`[skip ci]`, `[ci skip]`, `[no ci]`, `[skip actions]`, `skip-checks: true`).
 */
function checkCommitMessage(message) {
    const violations = [];
    message.split(/\r?\n/).forEach((text, i) => {
        if (SKIP_CI.some((p) => p.test(text)))
            violations.push({
                file: '(commit message)',
                line: i + 1,
                side: 'added',
                text,
                rule: 'skip-ci',
                reason: 'asks CI not to run, so nothing would prove the fix'
            });
    });
    return violations.length === 0 ? { ok: true } : { ok: false, violations };
}


/***/ }),

/***/ 74028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ readJobLog),
/* harmony export */   q: () => (/* binding */ repoPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _diagnosis_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42048);



const TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z ?/;
const EXIT = /^##\[error\]Process completed with exit code (\d+)\.?\s*$/;
const RUN_GROUP = /^##\[group\]Run (.*)$/;
function clean(raw) {
    return (0,_diagnosis_index_js__WEBPACK_IMPORTED_MODULE_2__/* .stripAnsi */ .aJ)(raw.replace(TIMESTAMP, '')).replace(/\r$/, '');
}
/**
 * Reads a log: a GitHub Actions job log is cut to the step that failed (the last `Run …` group
 * before `##[error]Process completed with exit code N.`), whose script is the failing command;
 * any other text is taken whole as the tool's own output, with no command.
 */
function readJobLog(text) {
    const lines = text.split('\n').map(clean);
    let exitAt = -1;
    for (let i = lines.length - 1; i >= 0; i--) {
        if (EXIT.test(lines[i])) {
            exitAt = i;
            break;
        }
    }
    const gha = lines.some((l) => l.startsWith('##[group]')) || exitAt >= 0;
    if (!gha)
        return { gha, lines: lines.map(stripWorkflowCommand) };
    const end = exitAt >= 0 ? exitAt : lines.length;
    let start = -1;
    for (let i = end - 1; i >= 0; i--) {
        if (RUN_GROUP.test(lines[i])) {
            start = i;
            break;
        }
    }
    if (start < 0)
        return { gha, lines: lines.slice(0, end).map(stripWorkflowCommand) };
    // The group shows the script's lines, then `shell:` and `env:`; the step's output follows `##[endgroup]`.
    const script = [];
    let i = start + 1;
    let sawShell = false;
    for (; i < end && lines[i] !== '##[endgroup]'; i++) {
        if (/^shell: /.test(lines[i]))
            sawShell = true;
        if (!sawShell)
            script.push(lines[i]);
    }
    const out = lines.slice(Math.min(i + 1, end), end).map(stripWorkflowCommand);
    const exitCode = exitAt >= 0 ? Number(EXIT.exec(lines[exitAt])[1]) : undefined;
    // A `uses:` step shows `with:` inputs, not a script: no command to re-run.
    const command = sawShell ? script.join('\n').trim() : undefined;
    return { gha, lines: out, ...(command ? { command } : {}), ...(exitCode !== undefined ? { exitCode } : {}) };
}
function stripWorkflowCommand(l) {
    return l.replace(/^##\[(?:error|warning|notice|debug)\]/, '');
}
/**
 * The repository-relative path a log names: relative paths as they are, absolute ones (the
 * runner's `/home/runner/work/repo/repo/src/a.rs`) by the longest tail that exists in `root`.
 */
function repoPath(root, p) {
    const trimmed = p.trim().replace(/^\.\//, '');
    if (trimmed === '')
        return undefined;
    if (!(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(trimmed)) {
        const n = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.normalize)(trimmed);
        return !n.startsWith('..') && isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, n)) ? n : undefined;
    }
    if (trimmed.startsWith(root.endsWith('/') ? root : `${root}/`)) {
        const rel = trimmed.slice(root.length).replace(/^\/+/, '');
        return isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel)) ? rel : undefined;
    }
    const parts = trimmed.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
        const rel = parts.slice(i).join('/');
        if (isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel)))
            return rel;
    }
    return undefined;
}
function isFile(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 57587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ explainMatrix),
/* harmony export */   HA: () => (/* binding */ AUTOFIX_CONFIG_FILE),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   iV: () => (/* binding */ DEFAULT_MATRIX),
/* harmony export */   jF: () => (/* binding */ ALWAYS_PROTECTED),
/* harmony export */   mr: () => (/* binding */ resolveMatrix),
/* harmony export */   qO: () => (/* binding */ parseAutoFixConfig),
/* harmony export */   zC: () => (/* binding */ ROW_LABELS)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);



/** Where a repository overrides the decision matrix, limits and protected paths. */
const AUTOFIX_CONFIG_FILE = '.github/hee-autofix.yml';
/**
 * The spec's decision matrix, one row per failure pattern. Rows the spec table does not list
 * (compilation, timeout, infrastructure) have no fix: a person or a re-run decides.
 */
const DEFAULT_MATRIX = [
    { pattern: 'PAT-001', capability: 'none', safety: 'low', rollbackRequired: true, integration: 'manual-only' },
    { pattern: 'PAT-002', capability: 'full', safety: 'high', rollbackRequired: false, integration: 'auto-apply' },
    { pattern: 'PAT-003', capability: 'partial', safety: 'low', rollbackRequired: true, integration: 'manual-only' },
    { pattern: 'PAT-004', capability: 'full', safety: 'high', rollbackRequired: false, integration: 'auto-apply' },
    { pattern: 'PAT-005', capability: 'none', safety: 'low', rollbackRequired: true, integration: 'manual-only' },
    { pattern: 'PAT-006', capability: 'partial', safety: 'medium', rollbackRequired: true, integration: 'agent-review' },
    { pattern: 'PAT-007', capability: 'full', safety: 'high', rollbackRequired: false, integration: 'auto-apply' },
    { pattern: 'PAT-008', capability: 'none', safety: 'low', rollbackRequired: true, integration: 'manual-only' }
];
/** What each row's fix is, for `--explain`. */
const ROW_LABELS = {
    'PAT-001': 'Compilation failure: reported, never fixed',
    'PAT-002': 'Test logic: snapshot mismatches only (vitest, jest, insta), proved by three re-runs',
    'PAT-003': 'Security vulnerabilities: advisories reported, nothing applied',
    'PAT-004': 'License compliance: SPDX headers, license texts (reuse lint or the repository check)',
    'PAT-005': 'Timeout: reported, never fixed',
    'PAT-006': 'Dependency: lockfile out of sync with its manifest regenerated (npm, Cargo)',
    'PAT-007': 'Lint and format (clippy, rustfmt, eslint, prettier, ruff, black)',
    'PAT-008': 'Infrastructure flake: a re-run, not a code change'
};
const DEFAULT_LIMITS = { maxFiles: 50, maxLines: 2000 };
/** Paths a fix never changes, whatever the repository says. */
const ALWAYS_PROTECTED = ['.github/workflows/**'];
const PATTERN_ID = /^PAT-\d{3}$/;
const rowOverride = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    capability: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['full', 'partial', 'none']).optional(),
    safety: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['high', 'medium', 'low']).optional(),
    rollback_required: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    integration: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['auto-apply', 'agent-review', 'manual-only']).optional()
})
    .strict();
const configSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1).optional(),
    matrix: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), rowOverride).optional(),
    limits: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        max_files: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional(),
        max_lines: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional()
    })
        .strict()
        .optional(),
    protected_paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).optional(),
    disabled_strategies: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).optional()
})
    .strict();
/**
 * Reads `.github/hee-autofix.yml`:
 *
 * ```yaml
 * version: 1
 * matrix:
 *   PAT-007: { integration: agent-review }
 * limits: { max_files: 20, max_lines: 500 }
 * protected_paths: [migrations/**]
 * disabled_strategies: [prettier]
 * ```
 * Throws ConfigurationError naming the first wrong field.
 */
function parseAutoFixConfig(text, source = AUTOFIX_CONFIG_FILE) {
    let raw;
    try {
        raw = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text) ?? {};
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${source}: not YAML: ${e.message.split('\n')[0]}`);
    }
    const r = configSchema.safeParse(raw);
    if (!r.success) {
        const issue = r.error.issues[0];
        const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${source}: ${where}: ${issue.message}`);
    }
    const c = r.data;
    const badKey = Object.keys(c.matrix ?? {}).find((k) => !PATTERN_ID.test(k));
    if (badKey !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${source}: matrix.${badKey}: not a pattern id like PAT-007`);
    const out = {};
    if (c.matrix) {
        out.matrix = {};
        for (const [pattern, o] of Object.entries(c.matrix)) {
            out.matrix[pattern] = {
                ...(o.capability ? { capability: o.capability } : {}),
                ...(o.safety ? { safety: o.safety } : {}),
                ...(o.rollback_required !== undefined ? { rollbackRequired: o.rollback_required } : {}),
                ...(o.integration ? { integration: o.integration } : {})
            };
        }
    }
    if (c.limits || c.protected_paths) {
        out.limits = {
            ...(c.limits?.max_files ? { maxFiles: c.limits.max_files } : {}),
            ...(c.limits?.max_lines ? { maxLines: c.limits.max_lines } : {}),
            ...(c.protected_paths ? { protectedPaths: c.protected_paths } : {})
        };
    }
    if (c.disabled_strategies)
        out.disabledStrategies = c.disabled_strategies;
    return out;
}
/** The matrix with the repository's overrides applied (a pattern the defaults lack gets a full row). */
function resolveMatrix(config = {}) {
    const rows = DEFAULT_MATRIX.map((r) => ({ ...r, ...config.matrix?.[r.pattern] }));
    for (const [pattern, o] of Object.entries(config.matrix ?? {})) {
        if (rows.some((r) => r.pattern === pattern))
            continue;
        rows.push({
            pattern,
            capability: o.capability ?? 'none',
            safety: o.safety ?? 'low',
            rollbackRequired: o.rollbackRequired ?? true,
            integration: o.integration ?? 'manual-only'
        });
    }
    return rows;
}
/** The matrix as a table for a person (`hee auto-fix --explain`). */
function explainMatrix(rows, overridden = []) {
    const head = ['pattern', 'capability', 'safety', 'rollback', 'integration', 'fix'];
    const body = rows.map((r) => [
        r.pattern + (overridden.includes(r.pattern) ? '*' : ''),
        r.capability,
        r.safety,
        r.rollbackRequired ? 'yes' : 'no',
        r.integration,
        ROW_LABELS[r.pattern] ?? ''
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(head), ...body.map(line)].join('\n');
}


/***/ }),

/***/ 22096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Db: () => (/* binding */ copyDependencies),
  HE: () => (/* binding */ copyUntracked),
  Hj: () => (/* binding */ createScratch),
  It: () => (/* binding */ disposeScratch),
  Ad: () => (/* binding */ recoverStale)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/core/src/git/backup-refs.ts
/** Where backups live: outside refs/heads and refs/tags, so no push, fetch or branch list shows them. */
const BACKUP_PREFIX = 'refs/hee/backup/';
/** The backup ref of attempt `id`. */
function backupRef(id) {
    if (!/^[A-Za-z0-9._-]+$/.test(id))
        throw new Error(`backup id must be [A-Za-z0-9._-]+, got "${id}"`);
    return `${BACKUP_PREFIX}${id}`;
}
/**
 * Records `sha` under `refs/hee/backup/<id>`: the commit to return to, kept reachable (no gc
 * takes it) until the attempt ends either way. Fails if the id is already in use.
 */
async function createBackupRef(git, id, sha) {
    const ref = backupRef(id);
    await git.updateRef(ref, sha, { expectOld: null, reason: 'hee: backup before auto-fix' });
    return ref;
}
/** Every backup ref left, oldest id first: an attempt that did not end (killed) leaves one. */
async function listBackupRefs(git) {
    const refs = await git.listRefs(BACKUP_PREFIX);
    return refs.map((r) => ({ ...r, id: r.ref.slice(BACKUP_PREFIX.length) })).sort((a, b) => a.id.localeCompare(b.id));
}
async function deleteBackupRef(git, id) {
    await git.deleteRef(backupRef(id));
}

;// CONCATENATED MODULE: ./packages/core/src/autofix/scratch.ts




const DEPENDENCY_DIRS = new Set(['node_modules', '.venv', 'venv']);
/** Caches inside node_modules that tools rewrite in place: never shared with the user's copy. */
const TOOL_CACHES = ['.vite', '.cache', '.vitest', '.eslintcache'];
async function markerDir(git) {
    return (0,external_node_path_.join)(await git.commonDir(), 'hee-autofix');
}
function alive(pid) {
    if (pid === process.pid)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/**
 * Rolls back attempts an earlier run left (killed with SIGKILL, power lost): removes their
 * scratch trees and backup refs. An attempt whose process still runs is left alone.
 */
async function recoverStale(git) {
    const dir = await markerDir(git);
    const markers = new Map();
    for (const name of await (0,promises_.readdir)(dir).catch(() => [])) {
        if (!name.endsWith('.json'))
            continue;
        try {
            const m = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, name), 'utf8'));
            markers.set(m.id, m);
        }
        catch {
            await (0,promises_.rm)((0,external_node_path_.join)(dir, name), { force: true });
        }
    }
    const refs = await listBackupRefs(git);
    const ids = new Set([...markers.keys(), ...refs.map((r) => r.id)]);
    const recovered = [];
    for (const id of ids) {
        const m = markers.get(id);
        if (m && alive(m.pid))
            continue;
        if (m) {
            await git.removeWorktree(m.path);
            await (0,promises_.rm)(m.path, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
        }
        if (refs.some((r) => r.id === id))
            await deleteBackupRef(git, id);
        await (0,promises_.rm)((0,external_node_path_.join)(dir, `${id}.json`), { force: true });
        recovered.push(id);
    }
    if (recovered.length > 0)
        await git.run(['worktree', 'prune'], { allowFailure: true });
    return recovered;
}
/** Creates the scratch tree at `base`: marker first, then the backup ref, then the worktree. */
async function createScratch(git, id, base, opts) {
    const path = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `hee-autofix-${id}`);
    const dir = await markerDir(git);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const marker = { id, path, base, pid: process.pid, started: new Date().toISOString() };
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, `${id}.json`), JSON.stringify(marker));
    const ref = opts.backup ? await createBackupRef(git, id, base) : '';
    await (0,promises_.rm)(path, { recursive: true, force: true });
    await git.addWorktree(path, base);
    const untracked = (await git.run(['ls-files', '-z', '--others', '--exclude-standard'])).stdout
        .split('\0')
        .filter(Boolean);
    const s = { id, path, backupRef: ref, dependencies: [], untracked };
    await copyUntracked(git, s);
    return s;
}
/**
 * Copies the user's untracked files (a local config the tools may read) into the scratch tree,
 * again after each reset there; they never join a fix.
 */
async function copyUntracked(git, s) {
    for (const f of s.untracked) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(s.path, f)), { recursive: true });
        await (0,promises_.cp)((0,external_node_path_.join)(git.dir, f), (0,external_node_path_.join)(s.path, f), { verbatimSymlinks: true, force: true }).catch(() => undefined);
    }
}
/** Removes the scratch tree, its backup ref and its marker: the attempt has ended. */
async function disposeScratch(git, s) {
    await git.removeWorktree(s.path);
    await (0,promises_.rm)(s.path, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    if (s.backupRef)
        await deleteBackupRef(git, s.id);
    await (0,promises_.rm)((0,external_node_path_.join)(await markerDir(git), `${s.id}.json`), { force: true });
}
/**
 * Gives the scratch tree the user's installed dependencies (node_modules, virtualenvs) as
 * hard-linked copies: tools resolve the project's own pinned versions, and whatever a tool
 * deletes or creates there stays in the copy. Falls back to a plain copy across file systems.
 */
async function copyDependencies(exec, git, s) {
    const r = await git.run(['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory']);
    const dirs = r.stdout
        .split('\0')
        .filter((p) => p.endsWith('/'))
        .map((p) => p.slice(0, -1))
        .filter((p) => DEPENDENCY_DIRS.has(p.split('/').pop()) && !s.dependencies.includes(p));
    for (const d of dirs) {
        const from = (0,external_node_path_.join)(git.dir, d);
        const to = (0,external_node_path_.join)(s.path, d);
        await (0,promises_.mkdir)((0,external_node_path_.join)(to, '..'), { recursive: true });
        let c = await exec('cp', ['-al', from, to], { progress: {} });
        if (c.code !== 0) {
            await (0,promises_.rm)(to, { recursive: true, force: true });
            c = await exec('cp', ['-a', from, to], { progress: {} });
        }
        if (c.code !== 0)
            continue;
        for (const cache of TOOL_CACHES)
            await (0,promises_.rm)((0,external_node_path_.join)(to, cache), { recursive: true, force: true });
        s.dependencies.push(d);
    }
    return dirs;
}


/***/ }),

/***/ 41506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ STRATEGIES)
});

// EXTERNAL MODULE: ./packages/core/src/autofix/command.ts
var command = __webpack_require__(43093);
// EXTERNAL MODULE: ./packages/core/src/autofix/companions.ts
var companions = __webpack_require__(56970);
// EXTERNAL MODULE: ./packages/core/src/autofix/job-log.ts
var job_log = __webpack_require__(74028);
// EXTERNAL MODULE: ./packages/core/src/autofix/strategy.ts
var strategy = __webpack_require__(22131);
;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/black.ts




const WOULD = /^would reformat (.+?)\s*$/;
const CANNOT = /^error: cannot format (.+?): (.*)$/;
const SUMMARY = /\d+ files? would be reformatted|Oh no! 💥 💔 💥/;
/** Python formatting (PAT-007): `black` where installed, proved by the failing `black --check`. */
const black = {
    name: 'black',
    patterns: ['PAT-007'],
    detect(input) {
        const inv = (0,strategy/* findInvocation */.GK)(input, 'black');
        if (input.command !== undefined && !inv)
            return undefined;
        const lines = input.log.lines.map((l) => l.trim());
        if (!lines.some((l) => SUMMARY.test(l) || WOULD.test(l)))
            return undefined;
        const broken = lines.map((l) => CANNOT.exec(l)).find((m) => m);
        if (broken)
            return {
                reason: `black cannot format ${broken[1]} (${broken[2].slice(0, 80)}): a format cannot make the check pass`
            };
        const files = [
            ...new Set(lines.flatMap((l) => {
                const m = WOULD.exec(l);
                const p = m ? (0,job_log/* repoPath */.q)(input.root, m[1]) : undefined;
                return p ? [p] : [];
            }))
        ].sort(); // black reports in the order its workers finish: sorted, the rebuilt check is the same every run
        if (files.length === 0)
            return { reason: 'the black output names no file of this repository' };
        const check = inv ? input.command : (0,command/* shellLine */.Tg)(['black', '--check', ...files]);
        return (0,strategy/* plan */.et)({
            check,
            fromLog: inv !== undefined,
            needsDependencies: true,
            companions: (0,companions/* pythonChecks */.Gp)(input.root, ['ruff']),
            data: { files }
        });
    },
    async apply(ctx, p) {
        const files = p.data['files'];
        const r = await ctx.run('black', ['--quiet', ...files]);
        if (r.notFound)
            return { ok: false, detail: 'black is not installed' };
        return { ok: r.code === 0, detail: `black ${files.join(' ')} exited ${r.code}` };
    }
};

;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/clippy.ts



const CLIPPY_OUTPUT = /rust-lang\.github\.io\/rust-clippy|`-D clippy::|#\[(?:warn|deny)\(clippy::|\bclippy::[a-z_]+/;
/** rustc's own hard errors (`error[E0308]`): code that does not compile is not clippy's to fix. */
const RUSTC_ERROR = /^error\[E\d{4}\]/;
const ALL_TARGETS = /could not compile `[^`]+` \((?:lib test|test "|bin "[^"]*" test|example "|bench "|lib bench)/;
/** Flags of the failing `cargo clippy` that select what is checked (kept for the fix). */
const SELECT_WITH_VALUE = new Set([
    '-p',
    '--package',
    '--features',
    '-F',
    '--manifest-path',
    '--target',
    '--exclude',
    '--bin',
    '--example',
    '--test',
    '--bench'
]);
const SELECT = new Set([
    '--workspace',
    '--all',
    '--all-targets',
    '--tests',
    '--benches',
    '--examples',
    '--lib',
    '--bins',
    '--all-features',
    '--no-default-features',
    '--offline',
    '--frozen',
    '--locked'
]);
function selection(args) {
    const out = [];
    for (let i = 1; i < args.length && args[i] !== '--'; i++) {
        const a = args[i];
        if (SELECT.has(a))
            out.push(a);
        else if (SELECT_WITH_VALUE.has(a) && args[i + 1] !== undefined)
            out.push(a, args[++i]);
        else if ([...SELECT_WITH_VALUE].some((f) => f.startsWith('--') && a.startsWith(`${f}=`)))
            out.push(a);
    }
    return out;
}
/** clippy warnings (PAT-007): `cargo clippy --fix`, then `cargo fmt`, proved by the failing clippy run. */
const clippy = {
    name: 'clippy',
    patterns: ['PAT-007'],
    detect(input) {
        const inv = (0,strategy/* findInvocation */.GK)(input, 'cargo', 'clippy');
        if (input.command !== undefined && !inv)
            return undefined;
        if (!input.log.lines.some((l) => CLIPPY_OUTPUT.test(l)))
            return undefined;
        const hard = input.log.lines.find((l) => RUSTC_ERROR.test(l));
        if (hard)
            return { reason: `the code does not compile (${hard.trim()}): clippy's suggestions cannot apply` };
        const workspace = (0,strategy/* isCargoWorkspace */.Os)(input.root);
        let sel;
        let check;
        if (inv) {
            sel = selection(inv.args);
            check = input.command;
        }
        else {
            sel = [
                ...(workspace ? ['--workspace'] : []),
                ...(input.log.lines.some((l) => ALL_TARGETS.test(l)) ? ['--all-targets'] : [])
            ];
            const deny = input.log.lines.some((l) => /implied by `-D warnings`/.test(l)) ? ['--', '-D', 'warnings'] : [];
            check = (0,command/* shellLine */.Tg)(['cargo', 'clippy', ...sel, ...deny]);
        }
        if (workspace && !sel.some((s) => s === '--workspace' || s === '--all' || s === '-p' || s === '--package'))
            sel.push('--workspace');
        return (0,strategy/* plan */.et)({
            check,
            fromLog: inv !== undefined,
            companions: (0,companions/* rustChecks */.w2)(input.root, { build: true, format: true }),
            data: { selection: sel, workspace }
        });
    },
    async apply(ctx, p) {
        const sel = p.data['selection'];
        let changed = false;
        for (let pass = 0; pass < 3; pass++) {
            const r = await ctx.run('cargo', ['clippy', '--fix', '--allow-dirty', '--allow-staged', ...sel]);
            if (r.notFound)
                return { ok: false, detail: 'cargo is not installed' };
            changed = true;
            // fixes can uncover more (a collapsed `if` shows a needless borrow): go again while the check fails
            const again = await ctx.sh(p.check);
            if (again.code === 0)
                break;
        }
        const fmt = await ctx.run('cargo', ['fmt', ...(p.data['workspace'] ? ['--all'] : [])]);
        return {
            ok: changed,
            detail: `cargo clippy --fix ${sel.join(' ')}`.trim() +
                (fmt.code === 0 ? ', then cargo fmt' : ' (cargo fmt unavailable)')
        };
    }
};

;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/eslint.ts




/** A stylish-formatter row: `  12:5  error  Unexpected var …  no-var`. */
const ROW = /^\s+\d+:\d+\s+(?:error|warning)\s+.+$/;
const eslint_SUMMARY = /^✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/;
/** A file line of the stylish or unix formatter. */
const FILE_LINE = /^(\S.*\.(?:[cm]?[jt]sx?|vue|svelte|astro|json|md|html))\s*$/;
const UNIX_ROW = /^(\S+?\.(?:[cm]?[jt]sx?|vue|svelte|astro)):\d+:\d+: .+\[(?:Error|Warning)\/[^\]]+\]$/;
/** Files the eslint output names, as repository paths. */
function eslintFiles(root, lines) {
    const files = new Set();
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        const f = FILE_LINE.exec(l);
        if (f && ROW.test(lines[i + 1] ?? '')) {
            const p = (0,job_log/* repoPath */.q)(root, f[1]);
            if (p)
                files.add(p);
        }
        const u = UNIX_ROW.exec(l);
        if (u) {
            const p = (0,job_log/* repoPath */.q)(root, u[1]);
            if (p)
                files.add(p);
        }
    }
    return [...files];
}
/** Lint errors (PAT-007): the project's own eslint with `--fix`, proved by the failing eslint run. */
const eslint = {
    name: 'eslint',
    patterns: ['PAT-007'],
    detect(input) {
        const inv = (0,strategy/* findInvocation */.GK)(input, 'eslint');
        if (input.command !== undefined && !inv)
            return undefined;
        if (!input.log.lines.some((l) => eslint_SUMMARY.test(l.trim()) || UNIX_ROW.test(l)))
            return undefined;
        const files = eslintFiles(input.root, input.log.lines);
        if (inv) {
            const args = inv.args.filter((a) => a !== '--fix' && a !== '--fix-dry-run');
            return (0,strategy/* plan */.et)({
                check: input.command,
                fromLog: true,
                needsDependencies: true,
                companions: [...(0,strategy/* jsCompanion */.KO)(input.root, 'eslint', files), ...(0,companions/* jsChecks */.x$)(input.root, ['tsc'])],
                data: { fix: [...args, '--fix'], files }
            });
        }
        if (files.length === 0)
            return { reason: 'the eslint output names no file of this repository' };
        return (0,strategy/* plan */.et)({
            check: (0,command/* shellLine */.Tg)(['npx', '--no-install', 'eslint', ...files]),
            fromLog: false,
            needsDependencies: true,
            companions: [...(0,strategy/* jsCompanion */.KO)(input.root, 'eslint', files), ...(0,companions/* jsChecks */.x$)(input.root, ['tsc'])],
            data: { fix: ['--fix', ...files], files }
        });
    },
    async apply(ctx, p) {
        const args = p.data['fix'];
        const r = await ctx.run('npx', ['--no-install', 'eslint', ...args]);
        if (r.code === 2 || r.notFound)
            return { ok: false, detail: `eslint could not run: ${(r.stderr || r.stdout).trim().split('\n')[0] ?? ''}` };
        return { ok: true, detail: `npx --no-install eslint ${args.join(' ')}` };
    }
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/insta.ts





/** insta's own lines: a failed snapshot assertion, the diff banner, the snapshot file. */
const INSTA_OUTPUT = /^snapshot assertion for '[^']*' failed in line \d+|^━+ Snapshot (?:Differences|Summary) ━+$|^Snapshot file: \S+\.snap$/;
const ASSERTION = /^snapshot assertion for '[^']*' failed in line \d+/;
const SECTION = /^---- (\S+) stdout ----$/;
const PANIC = /^thread '[^']*'(?: \(\d+\))? panicked at /;
const COMPILE_ERROR = /^error\[E\d{4}\]|^error: could not compile/;
/** What `cargo test` lists under `failures:` after the sections. */
const FAILED_NAME = /^ {4}(\S+)$/;
const PENDING = /\.snap\.new$|\.pending-snap$/;
const SKIP_DIRS = new Set(['.git', 'target', 'node_modules']);
/** The `---- name stdout ----` sections of cargo test output, each with what made it fail. */
function testSections(lines) {
    const out = [];
    let cur;
    let afterPanic = false;
    for (const raw of lines) {
        const l = raw.trimEnd();
        const m = SECTION.exec(l);
        if (m) {
            cur = { test: m[1], snapshot: false, message: '' };
            out.push(cur);
            afterPanic = false;
            continue;
        }
        if (!cur)
            continue;
        if (l === 'failures:' || l.startsWith('test result:')) {
            cur = undefined;
            continue;
        }
        if (ASSERTION.test(l))
            cur.snapshot = true;
        else if (PANIC.test(l))
            afterPanic = true;
        else if (afterPanic && cur.message === '' && l.trim() !== '')
            cur.message = l.trim();
    }
    return out;
}
/** Pending snapshots (`.snap.new`, inline `.pending-snap`) under `root`, relative to it. */
async function pending(root, dir = root, out = []) {
    for (const e of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        if (e.isDirectory()) {
            if (!SKIP_DIRS.has(e.name))
                await pending(root, (0,external_node_path_.join)(dir, e.name), out);
        }
        else if (e.isFile() && PENDING.test(e.name))
            out.push((0,external_node_path_.relative)(root, (0,external_node_path_.join)(dir, e.name)));
    }
    return out.sort();
}
/**
 * Rust snapshot mismatches (PAT-002) of insta: when every failing test failed on a snapshot
 * assertion, the failing `cargo test` is run again with insta told to record what it saw
 * (`INSTA_UPDATE=new`, `INSTA_FORCE_PASS=1`); a run that still fails has another failure and
 * nothing is touched. The pending snapshots of that run are accepted with `cargo insta accept`
 * where cargo-insta is installed, else by moving each `.snap.new` over its `.snap` (what accept
 * does for file snapshots). Proved by the failing command passing three times in a row.
 */
const insta = {
    name: 'insta',
    patterns: ['PAT-002'],
    detect(input) {
        const inv = (0,strategy/* findInvocation */.GK)(input, 'cargo', 'test') ?? (0,strategy/* findInvocation */.GK)(input, 'cargo', 'nextest');
        if (input.command !== undefined && !inv)
            return undefined;
        const lines = input.log.lines.map((l) => l.trim());
        if (!lines.some((l) => INSTA_OUTPUT.test(l)))
            return undefined;
        const broken = lines.find((l) => COMPILE_ERROR.test(l));
        if (broken)
            return { reason: `the tests do not compile (${broken.slice(0, 100)}): no snapshot can be updated` };
        const other = testSections(input.log.lines).find((s) => !s.snapshot);
        if (other)
            return {
                reason: `${other.test} fails for another reason than a snapshot${other.message ? ` (${other.message.slice(0, 100)})` : ''}: tests are never changed to pass`
            };
        const args = inv ? inv.args : ['test'];
        const check = inv ? input.command : (0,command/* shellLine */.Tg)(['cargo', ...args]);
        return (0,strategy/* plan */.et)({ check, fromLog: inv !== undefined, runs: 3, data: { args } });
    },
    async apply(ctx, p) {
        const args = p.data['args'];
        const before = new Set(await pending(ctx.root));
        const line = `INSTA_UPDATE=new INSTA_FORCE_PASS=1 ${(0,command/* shellLine */.Tg)(['cargo', ...args])}`;
        ctx.note(`recording the snapshots the tests see: ${line}`);
        const r = await ctx.sh(line);
        if (r.code !== 0) {
            const failing = `${r.stdout}\n${r.stderr}`
                .split('\n')
                .map((l) => FAILED_NAME.exec(l)?.[1])
                .filter((n) => n !== undefined && n.includes('::'));
            return {
                ok: false,
                notApplicable: true,
                detail: failing.length > 0
                    ? `with snapshots recorded, ${[...new Set(failing)].slice(0, 3).join(', ')} still fail: tests are never changed to pass`
                    : `with snapshots recorded, \`${line}\` still exits ${r.code}: ${(0,strategy/* tail */.RT)(r, 1)}`
            };
        }
        const found = (await pending(ctx.root)).filter((f) => !before.has(f));
        if (found.length === 0)
            return { ok: false, notApplicable: true, detail: 'the tests recorded no snapshot that differs' };
        const inline = found.filter((f) => f.endsWith('.pending-snap'));
        const version = await ctx.run('cargo', ['insta', '--version']);
        const haveCli = version.code === 0 && before.size === 0;
        if (inline.length > 0 && !haveCli)
            return {
                ok: false,
                notApplicable: true,
                detail: `inline snapshots (${inline[0]}) are accepted by cargo-insta, which is not installed here`
            };
        const accepted = found.filter((f) => f.endsWith('.snap.new')).map((f) => f.slice(0, -'.new'.length));
        const existed = new Set();
        for (const f of accepted)
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(ctx.root, f)))
                existed.add(f);
        if (haveCli) {
            const a = await ctx.run('cargo', ['insta', 'accept']);
            if (a.code !== 0)
                return { ok: false, detail: `cargo insta accept exited ${a.code}: ${(0,strategy/* tail */.RT)(a, 1)}` };
        }
        else {
            for (const f of accepted)
                await (0,promises_.rename)((0,external_node_path_.join)(ctx.root, `${f}.new`), (0,external_node_path_.join)(ctx.root, f));
        }
        return {
            ok: true,
            detail: `accepted ${accepted.length + inline.length} snapshot(s) ${haveCli ? 'with cargo insta accept' : 'recorded by insta'}: ${[...accepted, ...inline].join(', ')}`,
            newFiles: accepted.filter((f) => !existed.has(f))
        };
    }
};

;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/license-comments.ts
/**
 * SPDX headers in each language's comment syntax, placed where the file's first lines allow:
 * after a shebang, an encoding line, an XML declaration, a doctype, `// @ts-check` and
 * triple-slash directives, PHP's open tag, or Markdown front matter.
 */
const HASH = { kind: 'line', prefix: '#' };
const SLASH = { kind: 'line', prefix: '//' };
const C_BLOCK = { kind: 'block', open: '/*', middle: ' *', close: ' */' };
const HTML = { kind: 'block', open: '<!--', middle: '', close: '-->' };
const DASH = { kind: 'line', prefix: '--' };
const SEMI = { kind: 'line', prefix: ';' };
const PERCENT = { kind: 'line', prefix: '%' };
const RST = { kind: 'line', prefix: '..' };
const SIDECAR = { kind: 'sidecar' };
const BY_EXTENSION = {};
const add = (style, exts) => {
    for (const e of exts.split(' '))
        BY_EXTENSION[e] = style;
};
add(HASH, 'py pyi pyx sh bash zsh ksh fish yml yaml toml rb pl pm r cfg conf mk cmake tf tfvars nix ps1 psm1 gitignore gitattributes gitmodules editorconfig dockerignore prettierignore eslintignore npmignore env properties nim cr ex exs jl awk sed tcl');
add(SLASH, 'rs js mjs cjs jsx ts mts cts tsx go java kt kts swift cc cpp cxx hh hpp hxx cs dart scala groovy gradle proto php zig jsonc json5 v sv');
add(C_BLOCK, 'c h css scss sass less styl');
add(HTML, 'html htm xhtml xml xsd xsl xslt svg md markdown vue svelte astro plist rss atom wsdl');
add(DASH, 'sql lua hs lhs elm ada adb ads');
add(SEMI, 'lisp el clj cljs cljc edn scm rkt asm s ini');
add(PERCENT, 'tex sty cls erl hrl m');
add(RST, 'rst');
add(SIDECAR, 'json csv tsv txt png jpg jpeg gif ico webp bmp tiff pdf woff woff2 ttf otf eot zip gz tgz xz bz2 jar wasm mp3 mp4 ogg wav lock bin dat snap');
const BY_NAME = {
    Makefile: HASH,
    GNUmakefile: HASH,
    makefile: HASH,
    Dockerfile: HASH,
    Containerfile: HASH,
    Justfile: HASH,
    justfile: HASH,
    Gemfile: HASH,
    Rakefile: HASH,
    Vagrantfile: HASH,
    CODEOWNERS: HASH,
    'CMakeLists.txt': HASH,
    'requirements.txt': HASH,
    '.gitignore': HASH,
    '.gitattributes': HASH,
    '.editorconfig': HASH,
    '.dockerignore': HASH,
    '.prettierignore': HASH,
    '.eslintignore': HASH,
    '.npmignore': HASH,
    '.npmrc': HASH,
    '.env': HASH,
    'Cargo.lock': SIDECAR,
    'package-lock.json': SIDECAR
};
/** The comment syntax of a file, from its name, its extension or (no extension) its shebang. */
function commentStyleFor(path, text) {
    const name = path.split('/').pop() ?? path;
    const byName = BY_NAME[name];
    if (byName)
        return byName;
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : dot === 0 ? name.slice(1).toLowerCase() : '';
    if (ext && BY_EXTENSION[ext])
        return BY_EXTENSION[ext];
    if (text !== undefined && !text.includes('\0') && text.startsWith('#!')) {
        // a script: the interpreter decides the comment syntax
        const interp = text.slice(0, text.indexOf('\n') >>> 0);
        if (/\b(?:node|deno|bun|ts-node|tsx)\b/.test(interp))
            return SLASH;
        return HASH;
    }
    return SIDECAR;
}
/** True when the text already carries the tag (`SPDX-License-Identifier`, `SPDX-FileCopyrightText`). */
function hasTag(text, tag) {
    if (tag === 'license')
        return /SPDX-License-Identifier:/.test(text);
    // REUSE also takes a plain "Copyright" or "©" notice as copyright information
    return /SPDX-(?:FileCopyrightText|SnippetCopyrightText):|(?:^|[^\w])(?:Copyright\s+(?:\(c\)|©|\d{4})|©\s*\d{4})/im.test(text);
}
/** How many leading lines must stay first (shebang, encoding, XML declaration, directives, front matter). */
function preambleLines(lines, path) {
    let i = 0;
    const isMarkdown = /\.(?:md|markdown)$/i.test(path);
    if (isMarkdown && lines[0]?.trim() === '---') {
        const end = lines.indexOf('---', 1);
        const endDots = lines.indexOf('...', 1);
        const close = [end, endDots].filter((n) => n > 0).sort((a, b) => a - b)[0];
        if (close !== undefined)
            return close + 1;
    }
    // a shebang, not a Rust inner attribute (`#![allow(…)]`)
    if (lines[i]?.startsWith('#!') && !lines[i].startsWith('#!['))
        i++;
    // PEP 263: the encoding declaration is honoured on line 1 or 2 only
    if (i < 2 && /^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/.test(lines[i] ?? ''))
        i++;
    if (/^\s*<\?xml\b.*\?>\s*$/.test(lines[i] ?? ''))
        i++;
    if (/^\s*<!doctype\b[^>]*>\s*$/i.test(lines[i] ?? ''))
        i++;
    if (/^\s*<\?php\b/.test(lines[i] ?? '') && !/\?>/.test(lines[i] ?? ''))
        i++;
    // TypeScript's pragmas and triple-slash directives only count before any other code
    while (/^\s*(?:\/\/\s*@ts-(?:check|nocheck)\b|\/\/\/\s*<(?:reference|amd-module|amd-dependency)\b)/.test(lines[i] ?? ''))
        i++;
    return i;
}
/** The header block in the given comment syntax (no trailing blank line). */
function renderHeader(style, tagLines) {
    if (style.kind === 'line')
        return tagLines.map((l) => (l === '' ? style.prefix : `${style.prefix} ${l}`));
    if (style.open === '<!--')
        return [style.open, ...tagLines, style.close];
    return [style.open, ...tagLines.map((l) => (l === '' ? style.middle : `${style.middle} ${l}`)), style.close];
}
/** The REUSE tag lines: copyright lines, a blank line, the license identifier. */
function tagLines(copyrights, license) {
    const out = copyrights.map((c) => (/^SPDX-|^Copyright\b|^©/.test(c) ? c : `SPDX-FileCopyrightText: ${c}`));
    if (license) {
        if (out.length > 0)
            out.push('');
        out.push(`SPDX-License-Identifier: ${license}`);
    }
    return out;
}
/**
 * Adds what the file lacks (copyright and/or license identifier) without touching a byte of what
 * is there: the header goes after the preamble, separated by a blank line; a file without comment
 * syntax gets a `.license` file beside it. Line endings follow the file's own.
 */
function addHeader(path, text, want) {
    const needCopyright = !hasTag(text, 'copyright') && want.copyrights.length > 0;
    const needLicense = !hasTag(text, 'license') && want.license !== undefined;
    if (!needCopyright && !needLicense)
        return { kind: 'none', path, reason: 'already has the header' };
    const tags = tagLines(needCopyright ? want.copyrights : [], needLicense ? want.license : undefined);
    const style = commentStyleFor(path, text);
    if (style.kind === 'sidecar' || text.includes('\0')) {
        return { kind: 'sidecar', path: `${path}.license`, text: `${tags.join('\n')}\n` };
    }
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(/\r?\n/);
    const keep = preambleLines(lines, path);
    const header = renderHeader(style, tags);
    const before = lines.slice(0, keep);
    const after = lines.slice(keep);
    // one blank line between header and the code, none doubled when the file already has one there
    const sep = after.length === 0 || (after.length === 1 && after[0] === '') || after[0] === '' ? [] : [''];
    const out = [...before, ...header, ...sep, ...after];
    let joined = out.join(eol);
    if (text === '')
        joined += eol;
    return { kind: 'inline', path, text: joined };
}

;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/license-project.ts
/**
 * What license and copyright a project already declares, read from its own files (SPDX tags,
 * plain copyright notices, manifest license fields, LICENSES/): a header fix repeats them and
 * never invents either.
 */
// Tags in comments only (a script that greps for a tag is not declaring one): comment markers, then the tag.
const LICENSE_TAG = /^[\s#/*;!<%'.-]*SPDX-License-Identifier:\s*([A-Za-z0-9.+:() -]+?)\s*(?:\*\/|-->)?\s*$/m;
const COPYRIGHT_TAG = /^[\s#/*;!<%'.-]*SPDX-FileCopyrightText:\s*(.+?)\s*(?:\*\/|-->)?\s*$/gm;
const NOTICE = /^[\s#/*;!<%'-]*(Copyright\s+(?:\(c\)\s*|©\s*)?\d{4}(?:\s*[-,]\s*\d{4})*\s+.+?)\s*(?:\*\/|-->)?\s*$/gim;
/** The single most frequent value, or undefined when there is none or the first place is shared. */
function dominant(values) {
    const counts = new Map();
    for (const v of values)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 0)
        return undefined;
    if (ranked.length > 1 && ranked[1][1] === ranked[0][1])
        return undefined;
    return ranked[0][0];
}
function manifestLicense(files) {
    const found = [];
    for (const f of files) {
        if (f.path === 'package.json') {
            try {
                const l = JSON.parse(f.text).license;
                if (typeof l === 'string' && l !== 'UNLICENSED')
                    found.push(l);
            }
            catch {
                // a broken package.json tells nothing about the license
            }
        }
        else if (f.path === 'Cargo.toml' || f.path === 'pyproject.toml') {
            const m = /^\s*license\s*=\s*(?:"([^"]+)"|\{\s*text\s*=\s*"([^"]+)"\s*\})/m.exec(f.text);
            if (m)
                found.push((m[1] ?? m[2]));
        }
    }
    return dominant(found);
}
/** Reads the project's licensing from its files (header lines only: the first 40 lines of each). */
function projectLicensing(files) {
    const licenses = [];
    const spdxCopyrights = [];
    const notices = [];
    const licenseTexts = [];
    let reuse = false;
    for (const f of files) {
        const lt = /^LICENSES\/(.+)\.[^./]+$/.exec(f.path);
        if (lt) {
            licenseTexts.push(lt[1]);
            reuse = true;
            continue;
        }
        if (f.path === 'REUSE.toml' || f.path === '.reuse/dep5')
            reuse = true;
        if (f.path.endsWith('.license') && !f.text.includes('SPDX-'))
            continue;
        const head = f.text.slice(0, 4000).split('\n').slice(0, 40).join('\n');
        const l = LICENSE_TAG.exec(head);
        if (l)
            licenses.push(l[1]);
        for (const m of head.matchAll(COPYRIGHT_TAG))
            spdxCopyrights.push(m[1]);
        for (const m of head.matchAll(NOTICE))
            notices.push(m[1]);
    }
    const license = dominant(licenses) ??
        (licenses.length === 0 ? manifestLicense(files) : undefined) ??
        (licenses.length === 0 && licenseTexts.length === 1 ? licenseTexts[0] : undefined);
    const copyright = dominant(spdxCopyrights) ?? (spdxCopyrights.length === 0 ? dominant(notices) : undefined);
    return { license, copyrights: copyright ? [copyright] : [], licenseTexts, reuse };
}
/** License ids named in an SPDX expression (`MIT OR Apache-2.0 WITH LLVM-exception` → MIT, Apache-2.0). */
function licenseIds(expression) {
    return expression
        .replace(/[()]/g, ' ')
        .split(/\s+/)
        .filter((t, i, all) => t !== '' && !/^(?:AND|OR|WITH)$/i.test(t) && !/^with$/i.test(all[i - 1] ?? '') && all[i - 1] !== 'WITH');
}

;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/license-reuse-report.ts
/** Reads `reuse lint` output; log decorations (timestamps, `##[group]`) are the caller's to strip. */
function parseReuseLint(output) {
    const files = new Map();
    const missingLicenses = new Set();
    const other = [];
    let mode = 'none';
    for (const raw of output.split(/\r?\n/)) {
        const line = raw.trimEnd();
        if (/^# /.test(line)) {
            mode = 'none';
            continue;
        }
        if (/no copyright and licensing information:$/i.test(line) ||
            /no copyright and licen[cs]ing information:/i.test(line)) {
            mode = 'both';
            continue;
        }
        if (/have no copyright information:$/i.test(line)) {
            mode = 'copyright';
            continue;
        }
        if (/have no licen[cs]ing information:$/i.test(line)) {
            mode = 'license';
            continue;
        }
        const found = /^'(.+)' found in:$/.exec(line);
        if (found) {
            missingLicenses.add(found[1]);
            mode = 'missing-license';
            continue;
        }
        const summary = /^\* (Bad|Deprecated|Unused) licen[cs]es:\s*(.+)$/.exec(line) ??
            /^\* (Licen[cs]es without file extension):\s*(.+)$/.exec(line);
        if (summary && summary[2].trim() !== '')
            other.push(`${summary[1]} licenses: ${summary[2].trim()}`);
        const miss = /^\* Missing licen[cs]es:\s*(.*)$/.exec(line);
        if (miss)
            for (const id of miss[1].split(/,\s*/))
                if (id.trim())
                    missingLicenses.add(id.trim());
        const read = /^\* Read errors:\s*(\d+)/.exec(line);
        if (read && read[1] !== '0')
            other.push(`${read[1]} read errors`);
        const item = /^\* (.+)$/.exec(line);
        if (item && (mode === 'both' || mode === 'copyright' || mode === 'license')) {
            const path = item[1];
            const f = files.get(path) ?? { path, copyright: false, license: false };
            if (mode !== 'license')
                f.copyright = true;
            if (mode !== 'copyright')
                f.license = true;
            files.set(path, f);
        }
    }
    const compliant = /Congratulations! Your project is compliant/i.test(output);
    return { files: [...files.values()], missingLicenses: [...missingLicenses], other, compliant };
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/license-texts.ts



/**
 * The text of an SPDX license, from a published source only, never written by us: Debian's
 * `/usr/share/common-licenses` (where the file name is the SPDX id), then the SPDX license list
 * data of the `spdx-license-list` package when it is installed. Returns undefined when neither has
 * it; the caller may then try `reuse download`, which needs the network.
 */
function publishedLicenseText(id, roots = {}) {
    if (!/^[A-Za-z0-9][A-Za-z0-9.+-]*$/.test(id))
        return undefined;
    const debian = (0,external_node_path_.join)(roots.debian ?? '/usr/share/common-licenses', id);
    if ((0,external_node_fs_.existsSync)(debian))
        return (0,external_node_fs_.readFileSync)(debian, 'utf8');
    try {
        const req = roots.require ?? (0,external_node_module_.createRequire)(import.meta.url);
        // resolved at run time so a bundle does not carry the whole list
        const file = req.resolve(['spdx-license-list', 'licenses', `${id}.json`].join('/'));
        const data = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        if (typeof data.licenseText === 'string' && data.licenseText.trim() !== '') {
            return data.licenseText.endsWith('\n') ? data.licenseText : `${data.licenseText}\n`;
        }
    }
    catch {
        // not installed, or no such license in the list
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/license.ts










const HEADER_WORDS = /licen[cs]e|spdx|copyright|header/i;
const PATH_TOKEN = /(?:^|[\s'"`:(])((?:\.{0,2}\/)?[\w.@-]+(?:\/[\w.@-]+)*\.[A-Za-z0-9]+|(?:\.{0,2}\/)?(?:[\w.@-]+\/)+[\w.@-]+)(?=$|[\s'"`:),])/g;
const MAX_READ = 256 * 1024;
/** The repository files a header-check output names as lacking a header. */
function namedFiles(root, lines) {
    const out = new Set();
    for (const l of lines) {
        if (!HEADER_WORDS.test(l))
            continue;
        for (const m of l.matchAll(PATH_TOKEN)) {
            const p = (0,job_log/* repoPath */.q)(root, m[1]);
            if (p)
                out.add(p);
        }
    }
    return [...out];
}
async function trackedFiles(ctx) {
    const r = await ctx.run('git', ['ls-files', '-z']);
    const files = [];
    for (const path of r.stdout.split('\0').filter(Boolean)) {
        try {
            const buf = await (0,promises_.readFile)((0,external_node_path_.join)(ctx.root, path));
            if (buf.length > MAX_READ || buf.includes(0))
                continue;
            files.push({ path, text: buf.toString('utf8') });
        }
        catch {
            // a submodule or a broken link: no licensing to read
        }
    }
    return files;
}
/** True when the first lines of the file carry the license (and, for REUSE, a copyright). */
async function headerHolds(root, path, reuse) {
    const read = async (p) => (0,promises_.readFile)((0,external_node_path_.join)(root, p), 'utf8').catch(() => undefined);
    const own = await read(path);
    const side = await read(`${path}.license`);
    const head = (t) => (t ?? '').split('\n').slice(0, 12).join('\n');
    const ok = (t) => hasTag(head(t), 'license') && (!reuse || hasTag(head(t), 'copyright'));
    return ok(own) || ok(side);
}
/**
 * License compliance (PAT-004): SPDX headers in each file's comment syntax (after shebangs,
 * XML declarations, pragmas and front matter), a `.license` file beside files without comments,
 * missing texts under LICENSES/ from a published source. The license and copyright are the
 * project's own, never invented. Proved by `reuse lint` where the project uses REUSE, by its own
 * failing check otherwise, or (a raw log of another check) by a scan of the files it named.
 */
/** The formatters and linters a header could upset: they must pass after it if they passed before. */
function headerCompanions(root) {
    return [
        ...(0,companions/* rustChecks */.w2)(root, { format: true }),
        ...(0,companions/* jsChecks */.x$)(root, ['eslint', 'prettier']),
        ...(0,companions/* pythonChecks */.Gp)(root, ['black', 'ruff'])
    ];
}
const license = {
    name: 'license-headers',
    patterns: ['PAT-004'],
    detect(input) {
        const reuseInv = (0,strategy/* findInvocation */.GK)(input, 'reuse');
        const report = parseReuseLint(input.log.lines.join('\n'));
        const reuseOutput = report.files.length > 0 || report.missingLicenses.length > 0;
        if (reuseInv || (input.command === undefined && reuseOutput)) {
            if (report.other.length > 0)
                return { reason: `reuse lint reports what headers cannot fix: ${report.other.join('; ')}` };
            const check = reuseInv ? input.command : 'reuse lint';
            return (0,strategy/* plan */.et)({
                check,
                fromLog: reuseInv !== undefined,
                companions: headerCompanions(input.root),
                data: { mode: 'reuse', reuseCheck: reuseInv ? (0,command/* shellLine */.Tg)(['reuse', ...reuseInv.args]) : 'reuse lint' }
            });
        }
        const files = namedFiles(input.root, input.log.lines);
        if (files.length === 0)
            return undefined;
        if (input.command !== undefined)
            return (0,strategy/* plan */.et)({
                check: input.command,
                fromLog: true,
                companions: headerCompanions(input.root),
                data: { mode: 'named', files }
            });
        return (0,strategy/* plan */.et)({ check: '', fromLog: false, companions: headerCompanions(input.root), data: { mode: 'named', files } });
    },
    async apply(ctx, p) {
        const project = projectLicensing(await trackedFiles(ctx));
        let targets;
        let missingLicenses = [];
        if (p.data['mode'] === 'reuse') {
            const r = await ctx.sh(`${p.data['reuseCheck']} 2>&1`);
            if (r.notFound || r.code === 127)
                return { ok: false, detail: 'reuse is not installed' };
            const report = parseReuseLint(r.stdout);
            if (report.other.length > 0)
                return {
                    ok: false,
                    notApplicable: true,
                    detail: `reuse lint reports what headers cannot fix: ${report.other.join('; ')}`
                };
            targets = report.files;
            missingLicenses = report.missingLicenses;
        }
        else {
            targets = p.data['files'].map((path) => ({ path }));
        }
        if (!project.license)
            return {
                ok: false,
                notApplicable: true,
                detail: 'the project declares no single license to repeat in the headers'
            };
        const reuse = p.data['mode'] === 'reuse' || project.reuse;
        if (reuse && project.copyrights.length === 0)
            return {
                ok: false,
                notApplicable: true,
                detail: 'the project names no copyright holder to repeat in the headers'
            };
        const newFiles = [];
        let edited = 0;
        for (const t of targets) {
            const full = (0,external_node_path_.join)(ctx.root, t.path);
            let text;
            try {
                const buf = await (0,promises_.readFile)(full);
                text = buf.includes(0) ? '\0' : buf.toString('utf8');
            }
            catch {
                continue;
            }
            const edit = addHeader(t.path, text, { copyrights: project.copyrights, license: project.license });
            if (edit.kind === 'none')
                continue;
            if (edit.kind === 'sidecar') {
                const existing = await (0,promises_.readFile)((0,external_node_path_.join)(ctx.root, edit.path), 'utf8').catch(() => undefined);
                if (existing !== undefined)
                    continue;
                newFiles.push(edit.path);
            }
            await (0,promises_.writeFile)((0,external_node_path_.join)(ctx.root, edit.path), edit.text);
            edited++;
        }
        const wanted = new Set([...missingLicenses, ...(reuse ? licenseIds(project.license) : [])]);
        for (const id of wanted) {
            if (project.licenseTexts.includes(id))
                continue;
            const dest = `LICENSES/${id}.txt`;
            if (await (0,promises_.readFile)((0,external_node_path_.join)(ctx.root, dest)).then(() => true, () => false))
                continue;
            if (!reuse && !missingLicenses.includes(id))
                continue;
            const text = publishedLicenseText(id);
            if (!text)
                return { ok: false, detail: `no published text of ${id} is available offline for LICENSES/` };
            await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(ctx.root, dest)), { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(ctx.root, dest), text);
            newFiles.push(dest);
        }
        return {
            ok: edited > 0 || newFiles.length > 0,
            detail: `headers added to ${edited} file${edited === 1 ? '' : 's'} (${project.license}${project.copyrights[0] ? `, ${project.copyrights[0]}` : ''})${newFiles.some((f) => f.startsWith('LICENSES/')) ? ', license text added' : ''}`,
            newFiles
        };
    },
    async validate(ctx, p) {
        if (p.check !== '')
            return { passed: true, detail: 'proved by the check' };
        const files = p.data['files'];
        const missing = [];
        for (const f of files)
            if (!(await headerHolds(ctx.root, f, false)))
                missing.push(f);
        return missing.length === 0
            ? { passed: true, detail: `header scan: all ${files.length} named files carry SPDX-License-Identifier` }
            : { passed: false, detail: `header scan: no SPDX-License-Identifier in ${missing.slice(0, 5).join(', ')}` };
    }
};

;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/lockfile-drift.ts
/**
 * A lockfile out of sync with its manifest, as each package manager reports it in CI, and the
 * command that regenerates only the lockfile (no install scripts, no network for Cargo).
 */
const RULES = [
    {
        re: /`npm ci` can only install packages when your package\.json and package-lock\.json(?: or npm-shrinkwrap\.json)? are in sync|npm (?:ERR!|error) Missing: \S+ from lock file|npm (?:ERR!|error) Invalid: lock file's \S+ does not satisfy/,
        drift: {
            manager: 'npm',
            lockfile: 'package-lock.json',
            regenerate: ['npm', 'install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund']
        }
    },
    {
        re: /ERR_PNPM_OUTDATED_LOCKFILE|Cannot install with "frozen-lockfile" because pnpm-lock\.yaml is not up to date/,
        drift: {
            manager: 'pnpm',
            lockfile: 'pnpm-lock.yaml',
            regenerate: ['pnpm', 'install', '--lockfile-only', '--ignore-scripts']
        }
    },
    {
        re: /Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`|YN0028: .*The lockfile would have been modified by this install, which is explicitly forbidden/,
        drift: { manager: 'yarn', lockfile: 'yarn.lock', regenerate: ['yarn', 'install', '--mode=update-lockfile'] }
    },
    {
        re: /the lock file \S*Cargo\.lock needs to be updated but --(?:locked|frozen) was passed|cannot update the lock file \S*Cargo\.lock because --(?:locked|frozen) was passed/,
        drift: { manager: 'cargo', lockfile: 'Cargo.lock', regenerate: ['cargo', 'update', '--workspace', '--offline'] }
    }
];
/** The lockfile drift the log shows, if any (the first one named). */
function lockfileDrift(lines) {
    for (const line of lines) {
        for (const r of RULES) {
            if (r.re.test(line)) {
                const drift = { ...r.drift, regenerate: [...r.drift.regenerate], evidence: line.trim() };
                // yarn classic (1.x) has no --mode; its lockfile is rewritten by a plain install
                if (drift.manager === 'yarn' && /--frozen-lockfile/.test(line))
                    drift.regenerate = ['yarn', 'install', '--ignore-scripts'];
                return drift;
            }
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/lockfile.ts



const INSTALLERS = new Set(['npm', 'pnpm', 'yarn', 'cargo']);
/**
 * A lockfile out of sync with its manifest (PAT-006): the package manager regenerates only the
 * lockfile (no install scripts), proved by the failing install or build command. An agent-review
 * row: always delivered as a pull request.
 */
const lockfile = {
    name: 'lockfile',
    patterns: ['PAT-006'],
    detect(input) {
        const drift = lockfileDrift(input.log.lines);
        if (!drift)
            return undefined;
        if (input.command !== undefined &&
            !input.invocations.some((i) => i.tool === drift.manager || INSTALLERS.has(i.tool)))
            return undefined;
        const check = input.command ??
            (drift.manager === 'cargo'
                ? 'cargo metadata --locked --offline --format-version 1 >/dev/null'
                : drift.manager === 'npm'
                    ? (0,command/* shellLine */.Tg)(['npm', 'ci', '--ignore-scripts', '--no-audit', '--no-fund'])
                    : drift.manager === 'pnpm'
                        ? (0,command/* shellLine */.Tg)(['pnpm', 'install', '--frozen-lockfile', '--ignore-scripts'])
                        : (0,command/* shellLine */.Tg)(['yarn', 'install', '--frozen-lockfile', '--ignore-scripts']));
        return (0,strategy/* plan */.et)({
            check,
            fromLog: input.command !== undefined,
            data: { regenerate: drift.regenerate, lockfile: drift.lockfile, evidence: drift.evidence }
        });
    },
    async apply(ctx, p) {
        const [cmd, ...args] = p.data['regenerate'];
        const r = await ctx.run(cmd, args);
        if (r.notFound)
            return { ok: false, detail: `${cmd} is not installed` };
        return { ok: r.code === 0, detail: `${(0,command/* shellLine */.Tg)([cmd, ...args])} exited ${r.code}` };
    }
};

;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/prettier.ts



const WARN_FILE = /^\[warn\] (.+?)\s*$/;
const prettier_SUMMARY = /Code style issues (?:found|were found)|Forgot to run Prettier\?/;
const PARSE_ERROR = /^\[error\] (.+?): (?:SyntaxError|Error): /;
const CHECK_FLAGS = new Set(['--check', '-c', '--list-different', '-l']);
/** Formatting drift (PAT-007): `prettier --write` on the files the check named, proved by the check. */
const prettier = {
    name: 'prettier',
    patterns: ['PAT-007'],
    detect(input) {
        const inv = (0,strategy/* findInvocation */.GK)(input, 'prettier');
        if (input.command !== undefined && !inv)
            return undefined;
        if (inv && !inv.args.some((a) => CHECK_FLAGS.has(a)))
            return undefined;
        const lines = input.log.lines.map((l) => l.trim());
        if (!inv && !lines.some((l) => prettier_SUMMARY.test(l)))
            return undefined;
        const broken = lines.map((l) => PARSE_ERROR.exec(l)).find((m) => m);
        if (broken)
            return { reason: `prettier cannot parse ${broken[1]}: a format cannot make the check pass` };
        const files = new Set();
        for (const l of lines) {
            const m = WARN_FILE.exec(l);
            if (!m || prettier_SUMMARY.test(l))
                continue;
            const p = (0,job_log/* repoPath */.q)(input.root, m[1]);
            if (p)
                files.add(p);
        }
        // --list-different prints bare paths
        if (inv && inv.args.some((a) => a === '-l' || a === '--list-different'))
            for (const l of lines) {
                const p = /^[^\s[]\S*$/.test(l) ? (0,job_log/* repoPath */.q)(input.root, l) : undefined;
                if (p)
                    files.add(p);
            }
        const named = [...files];
        if (named.length === 0 && !inv)
            return { reason: 'the prettier output names no file of this repository' };
        const fix = named.length > 0 ? ['--write', ...named] : [...inv.args.filter((a) => !CHECK_FLAGS.has(a)), '--write'];
        const check = inv ? input.command : (0,command/* shellLine */.Tg)(['npx', '--no-install', 'prettier', '--check', ...named]);
        return (0,strategy/* plan */.et)({
            check,
            fromLog: inv !== undefined,
            needsDependencies: true,
            companions: (0,strategy/* jsCompanion */.KO)(input.root, 'prettier', named),
            data: { fix, files: named }
        });
    },
    async apply(ctx, p) {
        const args = p.data['fix'];
        const r = await ctx.run('npx', ['--no-install', 'prettier', ...args]);
        if (r.code !== 0)
            return { ok: false, detail: `prettier --write failed: ${(r.stderr || r.stdout).trim().split('\n')[0] ?? ''}` };
        return { ok: true, detail: `npx --no-install prettier ${args.join(' ')}` };
    }
};

;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/ruff.ts



const LINT_SUMMARY = /^Found \d+ errors?\.|\[\*\] \d+ fixable with the `--fix` option/;
const FORMAT_SUMMARY = /^Would reformat: |^\d+ files? would be reformatted/;
/** Python lint and format (PAT-007): `ruff check --fix` / `ruff format` where installed, proved by the failing ruff run. */
const ruff = {
    name: 'ruff',
    patterns: ['PAT-007'],
    detect(input) {
        const inv = (0,strategy/* findInvocation */.GK)(input, 'ruff');
        if (!inv)
            return undefined; // ruff's output alone does not say which of its checks ran
        const lines = input.log.lines.map((l) => l.trim());
        const sub = inv.args[0] === 'format' ? 'format' : 'check';
        if (sub === 'check' && !lines.some((l) => LINT_SUMMARY.test(l)))
            return undefined;
        if (sub === 'format' && !lines.some((l) => FORMAT_SUMMARY.test(l)))
            return undefined;
        const rest = inv.args
            .slice(inv.args[0] === 'check' || inv.args[0] === 'format' ? 1 : 0)
            .filter((a) => a !== '--check' && a !== '--diff' && a !== '--fix');
        const fix = sub === 'format' ? ['format', ...rest] : ['check', '--fix', ...rest];
        return (0,strategy/* plan */.et)({
            check: input.command,
            fromLog: true,
            needsDependencies: true,
            companions: sub === 'check' ? (0,companions/* pythonChecks */.Gp)(input.root, ['black']) : (0,companions/* pythonChecks */.Gp)(input.root, ['ruff']),
            data: { fix }
        });
    },
    async apply(ctx, p) {
        const args = p.data['fix'];
        const r = await ctx.run('ruff', args);
        if (r.notFound)
            return { ok: false, detail: 'ruff is not installed' };
        return { ok: true, detail: (0,command/* shellLine */.Tg)(['ruff', ...args]) };
    }
};

;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/rustfmt.ts




/** rustfmt's `--check` output: `Diff in /path/src/lib.rs:12:` (or `… at line 12:`). */
const DIFF_IN = /^Diff in (.+?\.rs)(?::\d+:| at line \d+:)\s*$/;
/** Formatting drift (PAT-007): `cargo fmt`, proved by the failing `cargo fmt --check`. */
const rustfmt = {
    name: 'rustfmt',
    patterns: ['PAT-007'],
    detect(input) {
        const cargo = (0,strategy/* findInvocation */.GK)(input, 'cargo', 'fmt');
        const direct = (0,strategy/* findInvocation */.GK)(input, 'rustfmt');
        if (input.command !== undefined && !cargo && !direct)
            return undefined;
        const files = [
            ...new Set(input.log.lines.flatMap((l) => {
                const m = DIFF_IN.exec(l.trim());
                const p = m ? (0,job_log/* repoPath */.q)(input.root, m[1]) : undefined;
                return p ? [p] : [];
            }))
        ];
        if (files.length === 0)
            return undefined;
        const workspace = (0,strategy/* isCargoWorkspace */.Os)(input.root);
        if (direct) {
            const fixArgs = direct.args.filter((a) => a !== '--check');
            return (0,strategy/* plan */.et)({
                check: input.command,
                fromLog: true,
                companions: (0,companions/* rustChecks */.w2)(input.root, { build: true }),
                data: { fix: ['rustfmt', ...fixArgs], files }
            });
        }
        const all = workspace || (cargo?.args.includes('--all') ?? false);
        const sel = cargo
            ? cargo.args
                .slice(1, cargo.args.includes('--') ? cargo.args.indexOf('--') : undefined)
                .filter((a) => a !== '--check')
            : [];
        if (all && !sel.includes('--all'))
            sel.push('--all');
        const check = cargo ? input.command : (0,command/* shellLine */.Tg)(['cargo', 'fmt', ...(all ? ['--all'] : []), '--', '--check']);
        return (0,strategy/* plan */.et)({
            check,
            fromLog: cargo !== undefined,
            companions: (0,companions/* rustChecks */.w2)(input.root, { build: true }),
            data: { fix: ['cargo', 'fmt', ...sel], files }
        });
    },
    async apply(ctx, p) {
        const [cmd, ...args] = p.data['fix'];
        const r = await ctx.run(cmd, args);
        if (r.notFound)
            return { ok: false, detail: `${cmd} is not installed` };
        return { ok: r.code === 0, detail: `${(0,command/* shellLine */.Tg)([cmd, ...args])} exited ${r.code}` };
    }
};

// EXTERNAL MODULE: ./packages/core/src/security/escape.ts
var security_escape = __webpack_require__(19197);
// EXTERNAL MODULE: ./packages/core/src/autofix/delivery/markdown.ts
var markdown = __webpack_require__(89072);
;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/security-advisories.ts
/** Advisories as `npm audit` and `cargo audit` print them in CI logs. */


const NPM_HEAD = /^([@\w./-]+)\s{2,}(.+)$/;
const CARGO_FIELD = /^(Crate|Version|Title|ID|URL|Solution|Severity):\s+(.+)$/;
/** Every advisory a log shows, in order, once each. */
function parseAdvisories(lines) {
    const out = [];
    let inNpm = false;
    let npm;
    let cargo = {};
    const flushCargo = () => {
        if (cargo['Crate'] && cargo['ID'])
            out.push({
                ecosystem: 'cargo',
                package: cargo['Crate'],
                versions: cargo['Version'] ?? '',
                title: cargo['Title'] ?? '',
                id: cargo['ID'],
                ...(cargo['URL'] ? { url: cargo['URL'] } : {}),
                ...(cargo['Severity'] ? { severity: cargo['Severity'] } : {}),
                ...(cargo['Solution'] ? { fix: cargo['Solution'] } : {})
            });
        cargo = {};
    };
    for (const raw of lines) {
        const line = raw.trim();
        if (/^# npm audit report/.test(line)) {
            inNpm = true;
            continue;
        }
        const f = CARGO_FIELD.exec(line);
        // npm's report has a Severity line of its own
        if (f && !(inNpm && f[1] === 'Severity')) {
            if (f[1] === 'Crate')
                flushCargo();
            cargo[f[1]] = f[2].trim();
            continue;
        }
        if (!inNpm)
            continue;
        const head = NPM_HEAD.exec(line);
        if (head && !/^(Severity|fix|node_modules|Depends)/.test(line)) {
            npm = { ecosystem: 'npm', package: head[1], versions: head[2].trim(), title: '' };
            out.push(npm);
            continue;
        }
        if (!npm)
            continue;
        const sev = /^Severity:\s*(\w+)/.exec(line);
        if (sev)
            npm.severity = sev[1];
        else if (/^fix available via|^No fix available/.test(line))
            npm.fix = line;
        else if (/ - https?:\/\//.test(line) && npm.title === '') {
            const [title, url] = line.split(/ - (?=https?:\/\/)/);
            npm.title = title.trim();
            npm.url = url.trim();
            const ghsa = /GHSA-[\w-]+/.exec(url);
            if (ghsa)
                npm.id = ghsa[0];
        }
        if (/^\d+ (?:low|moderate|high|critical)?\s*severity vulnerabilit/.test(line) ||
            /^found \d+ vulnerabilit/.test(line))
            inNpm = false;
    }
    flushCargo();
    const seen = new Set();
    return out.filter((a) => {
        const k = `${a.ecosystem}:${a.package}:${a.id ?? a.title}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/**
 * The advisories as a Markdown list for an issue or a comment, with what each dry run that
 * worked says would change; the dry runs that did not run or failed are named, with the reason,
 * for a person to run.
 */
function advisoriesMarkdown(advisories, dryRuns = []) {
    const done = dryRuns.filter((d) => d.code === 0);
    const failed = dryRuns.filter((d) => d.code !== 0);
    const left = dryRunCommands(advisories).filter((c) => !done.some((d) => d.command === c));
    const rows = advisories.map((a) => `| ${a.ecosystem} | ${(0,security_escape/* markdownCode */.D9)(a.package, true)} | ${(0,security_escape/* markdownText */.p7)(a.versions)} | ${(0,security_escape/* markdownText */.p7)(a.severity ?? '')} | ${(0,security_escape/* markdownLink */.iQ)(a.id ?? 'advisory', a.url)} ${(0,security_escape/* markdownText */.p7)(a.title)} | ${(0,security_escape/* markdownText */.p7)(a.fix ?? '')} |`);
    return [
        `${advisories.length} security advisor${advisories.length === 1 ? 'y' : 'ies'} affect the dependencies. Nothing was changed: security fixes are applied by a person.`,
        '',
        '| ecosystem | package | versions | severity | advisory | fix |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
        '',
        ...(done.length > 0
            ? [
                'What the package manager would change (dry run, on the failing commit):',
                '',
                (0,markdown/* fenced */.OF)(done.map((d) => `$ ${d.command}\n${lastLines(d.output, 40)}`).join('\n\n'))
            ]
            : []),
        ...(left.length > 0
            ? [
                ...(done.length > 0 ? [''] : []),
                `${done.length > 0 ? 'The other dry runs' : 'What the package manager would change'} could not be computed here (${failed.length > 0
                    ? failed
                        .map((d) => `${(0,security_escape/* markdownCode */.D9)(d.command)} exited ${d.code}: ${(0,security_escape/* markdownText */.p7)(lastLines(d.output, 1).slice(0, 160))}`)
                        .join('; ')
                    : 'its dry run asks the registry'}). These commands show it without changing anything:`,
                '',
                (0,markdown/* fenced */.OF)(left.join('\n'))
            ]
            : [])
    ].join('\n');
}
function lastLines(text, n) {
    return text
        .replace(/\r/g, '')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .slice(-n)
        .join('\n');
}
/** The dry runs that show what would fix the advisories: `npm audit fix --dry-run`, `cargo update -p <crate> --dry-run`. */
function dryRunCommands(advisories) {
    const out = [];
    const npm = advisories.filter((a) => a.ecosystem === 'npm');
    if (npm.length > 0) {
        out.push('npm audit fix --dry-run');
        // a fix npm marks as breaking (a major version) is only made with --force
        if (npm.some((a) => /--force/.test(a.fix ?? '')))
            out.push('npm audit fix --force --dry-run');
    }
    for (const crate of new Set(advisories.filter((a) => a.ecosystem === 'cargo').map((a) => a.package)))
        if (/^[A-Za-z0-9_-]+$/.test(crate))
            out.push(`cargo update -p ${crate} --dry-run`);
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/security.ts


const DRY_RUN_MS = 120_000;
/**
 * Security advisories (PAT-003): manual only. Nothing is applied; the report lists the
 * advisories, the affected packages and what the tool says would fix them, and, run in the
 * scratch tree of the failing commit, what `npm audit fix --dry-run` and `cargo update -p
 * <crate> --dry-run` say they would change (a dry run that cannot reach its registry is named
 * for a person to run, with its error).
 */
const security = {
    name: 'security-report',
    patterns: ['PAT-003'],
    detect(input) {
        const advisories = parseAdvisories(input.log.lines);
        if (advisories.length === 0)
            return { reason: 'the log shows a security failure but no advisory this report can read' };
        return (0,strategy/* plan */.et)({
            check: input.command ?? '',
            fromLog: input.command !== undefined,
            data: { report: advisoriesMarkdown(advisories), advisories }
        });
    },
    apply() {
        return Promise.resolve({ ok: false, notApplicable: true, detail: 'security fixes are applied by a person' });
    },
    async preview(ctx, p) {
        const advisories = p.data['advisories'];
        const runs = [];
        for (const command of dryRunCommands(advisories)) {
            ctx.note(`report: what would change: ${command}`);
            const r = await ctx.sh(command, { timeoutMs: DRY_RUN_MS });
            runs.push({ command, code: r.code, output: `${r.stdout}\n${r.stderr}` });
        }
        return advisoriesMarkdown(advisories, runs);
    }
};

;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/snapshot-report.ts
/**
 * Reads the JSON report vitest and jest write (`--reporter=json` / `--json`, the same shape) and
 * tells snapshot mismatches from every other failure: only a run whose every failure is a
 * snapshot mismatch may be fixed by updating snapshots.
 */
const SNAPSHOT_MESSAGE = /Snapshot `[^`]*` mismatched|\.toMatch(?:Inline)?Snapshot\(|\.toThrowErrorMatching(?:Inline)?Snapshot\(|Snapshot name: `|toMatchFileSnapshot|mismatched inline snapshot/i;
function relativeTo(root, file) {
    const r = root.endsWith('/') ? root : `${root}/`;
    return file.startsWith(r) ? file.slice(r.length) : file;
}
/** Classifies the failures of a vitest/jest JSON report; paths are made relative to `root`. */
function parseTestReport(json, root) {
    const raw = JSON.parse(json);
    const failures = [];
    let otherFailures = false;
    for (const f of raw.testResults ?? []) {
        const file = relativeTo(root, f.name ?? f.testFilePath ?? '');
        const failed = (f.assertionResults ?? []).filter((a) => a.status === 'failed');
        // a suite that failed without a failing test (syntax error, import error) is never a snapshot
        if (f.status === 'failed' && failed.length === 0)
            otherFailures = true;
        for (const a of failed) {
            const messages = (a.failureMessages ?? []).map(String);
            const snapshot = messages.length > 0 && messages.every((m) => SNAPSHOT_MESSAGE.test(m));
            if (!snapshot)
                otherFailures = true;
            failures.push({
                file,
                name: a.fullName ?? a.title ?? '',
                snapshot,
                message: (messages[0] ?? '').split('\n')[0] ?? ''
            });
        }
    }
    const snapshotFiles = [...new Set(failures.filter((f) => f.snapshot).map((f) => f.file))];
    const obsolete = (raw.snapshot?.uncheckedKeysByFile ?? []).map((u) => ({
        file: relativeTo(root, u.filePath ?? ''),
        keys: u.keys ?? []
    }));
    return { failures, snapshotFiles, otherFailures, obsolete };
}
/** True when a test log shows a snapshot mismatch (vitest's or jest's wording). */
function logShowsSnapshotMismatch(lines) {
    return lines.some((l) => /Snapshot `[^`]*` mismatched|\d+ snapshots? failed|Snapshots:\s+\d+ failed|toMatch(?:Inline)?Snapshot/.test(l));
}

;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/snapshots.ts





const VITEST_OUTPUT = /^\s*(?:RUN\s+v\d|Test Files\s+\d)|\bvitest\b/;
const JEST_OUTPUT = /^\s*Test Suites:\s+\d/;
/**
 * Snapshot mismatches (PAT-002): when the JSON report says every failure is a snapshot
 * mismatch, `-u` on those test files only; proved by the failing test command passing three
 * times in a row. Any other failing test means nothing is touched.
 */
const snapshots = {
    name: 'snapshots',
    patterns: ['PAT-002'],
    detect(input) {
        const inv = (0,strategy/* findInvocation */.GK)(input, 'vitest') ?? (0,strategy/* findInvocation */.GK)(input, 'jest');
        if (input.command !== undefined && !inv)
            return undefined;
        if (!logShowsSnapshotMismatch(input.log.lines))
            return undefined;
        let runner = inv?.tool;
        if (!runner) {
            if (input.log.lines.some((l) => JEST_OUTPUT.test(l)))
                runner = 'jest';
            else if (input.log.lines.some((l) => VITEST_OUTPUT.test(l)))
                runner = 'vitest';
        }
        if (!runner)
            return { reason: 'the log shows a snapshot mismatch but not which test runner printed it' };
        const args = inv ? inv.args : runner === 'vitest' ? ['run'] : ['--ci'];
        const check = inv ? input.command : (0,command/* shellLine */.Tg)(['npx', '--no-install', runner, ...args]);
        return (0,strategy/* plan */.et)({ check, fromLog: inv !== undefined, runs: 3, needsDependencies: true, data: { runner, args } });
    },
    async apply(ctx, p) {
        const runner = p.data['runner'];
        const args = p.data['args'].filter((a) => a !== '-u' && a !== '--update' && a !== '--updateSnapshot');
        const out = (0,external_node_path_.join)(ctx.tmp, `report-${Date.now()}.json`);
        const base = runner === 'vitest' ? (args[0] === 'run' ? args : ['run', ...args.filter((a) => a !== 'watch')]) : args;
        const reportArgs = runner === 'vitest'
            ? [...base, '--reporter=json', `--outputFile=${out}`]
            : [...base, '--json', `--outputFile=${out}`];
        ctx.note(`reading the test report: npx --no-install ${runner} ${reportArgs.join(' ')}`);
        await ctx.run('npx', ['--no-install', runner, ...reportArgs]);
        let json;
        try {
            json = await (0,promises_.readFile)(out, 'utf8');
        }
        catch {
            return {
                ok: false,
                notApplicable: true,
                detail: `${runner} wrote no JSON report: cannot tell snapshot mismatches from other failures`
            };
        }
        const report = parseTestReport(json, ctx.root);
        if (report.otherFailures) {
            const other = report.failures.find((f) => !f.snapshot);
            return {
                ok: false,
                notApplicable: true,
                detail: `a test fails for another reason than a snapshot${other ? ` (${other.file}: ${other.name}: ${other.message.slice(0, 100)})` : ''}: tests are never changed to pass`
            };
        }
        if (report.snapshotFiles.length === 0)
            return { ok: false, notApplicable: true, detail: 'the report shows no snapshot mismatch' };
        const files = report.snapshotFiles;
        const update = runner === 'vitest'
            ? ['run', ...base.slice(1).filter((a) => !a.startsWith('--reporter')), '-u', ...files]
            : [...base.filter((a) => a !== '--ci'), '--ci=false', '-u', '--runTestsByPath', ...files];
        const r = await ctx.run('npx', ['--no-install', runner, ...update]);
        return {
            ok: r.code === 0,
            detail: `npx --no-install ${runner} ${update.join(' ')} exited ${r.code}`,
            guard: { allowSnapshotUpdate: report.obsolete.flatMap((o) => o.keys) }
        };
    }
};

;// CONCATENATED MODULE: ./packages/core/src/autofix/strategies/index.ts











const STRATEGIES = [
    clippy,
    rustfmt,
    eslint,
    prettier,
    ruff,
    black,
    license,
    snapshots,
    insta,
    lockfile,
    security
];


/***/ }),

/***/ 22131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GK: () => (/* binding */ findInvocation),
/* harmony export */   KO: () => (/* binding */ jsCompanion),
/* harmony export */   Os: () => (/* binding */ isCargoWorkspace),
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   et: () => (/* binding */ plan)
/* harmony export */ });
/* unused harmony exports readText, exists */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);



/** Last lines of a command's output, for reports. */
function tail(r, n = 15) {
    const text = `${r.stdout}\n${r.stderr}`.replace(/\r/g, '');
    return text
        .split('\n')
        .filter((l) => l.trim() !== '')
        .slice(-n)
        .join('\n');
}
function readText(root, path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path), 'utf8');
    }
    catch {
        return undefined;
    }
}
function exists(root, path) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path));
}
/** True when the root Cargo.toml declares a workspace. */
function isCargoWorkspace(root) {
    return /^\s*\[workspace\]/m.test(readText(root, 'Cargo.toml') ?? '');
}
/** The invocation of `tool` (and `sub`, e.g. cargo's `clippy`) in the failing command. */
function findInvocation(input, tool, sub) {
    return input.invocations.find((i) => i.tool === tool && (sub === undefined || i.args[0] === sub));
}
function plan(p) {
    return { plan: { runs: 1, companions: [], needsDependencies: false, data: {}, ...p } };
}

const PRETTIER_CONFIG = /^(?:\.prettierrc(?:\.(?:json|ya?ml|json5|js|cjs|mjs|toml))?|prettier\.config\.(?:js|cjs|mjs|ts))$/;
const ESLINT_CONFIG = /^(?:eslint\.config\.(?:js|cjs|mjs|ts|mts|cts)|\.eslintrc(?:\.(?:json|ya?ml|js|cjs))?)$/;
/**
 * The project's other JavaScript check that a fix by `tool` could break (prettier after an
 * eslint fix, eslint after a prettier one), when the project installs and configures it; run on
 * the same files, it must pass after the fix if it passed before.
 */
function jsCompanion(root, tool, files) {
    const other = tool === 'eslint' ? 'prettier' : 'eslint';
    if (!exists(root, `node_modules/.bin/${other}`) || files.length === 0)
        return [];
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(root);
    }
    catch {
        return [];
    }
    const pkg = readText(root, 'package.json') ?? '';
    const configured = other === 'prettier'
        ? names.some((n) => PRETTIER_CONFIG.test(n)) || /"prettier"\s*:\s*[{"]/.test(pkg)
        : names.some((n) => ESLINT_CONFIG.test(n)) || /"eslintConfig"\s*:/.test(pkg);
    if (!configured)
        return [];
    const targets = other === 'eslint' ? files.filter((f) => /\.[cm]?[jt]sx?$/.test(f)) : files;
    return targets.length > 0
        ? [
            ['npx', '--no-install', other, ...(other === 'prettier' ? ['--check'] : []), ...targets]
                .map(quoteWord)
                .join(' ')
        ]
        : [];
}
function quoteWord(a) {
    return a !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 60895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ toolEnv)
/* harmony export */ });
/* unused harmony export isSecretName */
/**
 * The environment for tools that may run repository code (build scripts, lint plugins, npm
 * scripts). Action inputs arrive as INPUT_* variables and include tokens; the runner's
 * ACTIONS_* variables grant cache and artifact access. None of that reaches a tool.
 */
const DROP_EXACT = new Set([
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'HEE_SIGNING_KEY',
    'HEE_CAPSULE_KEY'
]);
const DROP_PREFIX = ['INPUT_', 'STATE_', 'HEE_SECRET_'];
const DROP_PATTERN = /(TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|ACCESS_KEY|CREDENTIAL|WEBHOOK)/i;
/** True when a variable of this name is withheld from tools. */
function isSecretName(name) {
    return DROP_EXACT.has(name) || DROP_PREFIX.some((p) => name.startsWith(p)) || DROP_PATTERN.test(name);
}
/**
 * `base` without secrets, with CI set (tools behave as in CI: no prompts, no TTY colours)
 * and colour turned off so their output can be read back. `extra` is applied last.
 */
function toolEnv(base, extra = {}) {
    const env = {};
    for (const [k, v] of Object.entries(base))
        if (v !== undefined && !isSecretName(k))
            env[k] = v;
    env['CI'] = 'true';
    env['NO_COLOR'] = '1';
    env['FORCE_COLOR'] = '0';
    env['CARGO_TERM_COLOR'] = 'never';
    env['GIT_TERMINAL_PROMPT'] = '0';
    for (const [k, v] of Object.entries(extra)) {
        if (v === undefined)
            delete env[k];
        else
            env[k] = v;
    }
    return env;
}


/***/ }),

/***/ 84906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ commandLine)
/* harmony export */ });
/**
 * The one port through which engines run tools. Engines never spawn processes themselves:
 * the CLI passes an implementation over `node:child_process`, actions one over `@actions/exec`,
 * so the same engine code runs on a laptop, on a runner and in tests with real tools.
 */
/** The command line as a person would type it, for progress and reports (never for running). */
function commandLine(command, args) {
    return [command, ...args].map(quoteArg).join(' ');
}
function quoteArg(a) {
    if (a !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(a))
        return a;
    return `'${a.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 85923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ Git)
});

// EXTERNAL MODULE: ./packages/core/src/git/git-error.ts
var git_error = __webpack_require__(54781);
;// CONCATENATED MODULE: ./packages/core/src/git/status.ts
/** Parses NUL-separated porcelain v1 output; rename and copy entries carry their source. */
function parseStatus(z) {
    const parts = z.split('\0');
    const entries = [];
    for (let i = 0; i < parts.length; i++) {
        const p = parts[i];
        if (p.length < 4)
            continue;
        const e = { index: p[0], worktree: p[1], path: p.slice(3) };
        if (e.index === 'R' || e.index === 'C')
            e.from = parts[++i];
        entries.push(e);
    }
    return entries;
}

;// CONCATENATED MODULE: ./packages/core/src/git/git.ts


const ZERO_OID = '0000000000000000000000000000000000000000';
// Options every command gets: no pager, no colour, no user hooks or external diff drivers (a
// hook from the user's global config must not run inside our commit), no GPG signing unless asked.
const BASE_CONFIG = [
    '-c',
    'core.pager=cat',
    '-c',
    'color.ui=false',
    '-c',
    'core.hooksPath=/dev/null',
    '-c',
    'commit.gpgsign=false',
    '-c',
    'tag.gpgsign=false',
    '-c',
    'advice.detachedHead=false'
];
/**
 * Git over the Exec port, one instance per working directory, shaped like create-pull-request's
 * GitCommandManager: small methods over single git commands, no porcelain parsing beyond what
 * each method returns. Every command runs without a terminal prompt and with a fixed locale.
 */
class Git {
    dir;
    exec;
    env;
    progress;
    constructor(exec, dir, opts = {}) {
        this.exec = exec;
        this.dir = dir;
        this.env = {
            ...(opts.env ?? process.env),
            GIT_TERMINAL_PROMPT: '0',
            GIT_ASKPASS: 'echo',
            LC_ALL: 'C',
            LANG: 'C'
        };
        // git's chatter is bookkeeping, not progress: quiet unless the caller wants it.
        this.progress = opts.progress ?? {};
    }
    /** A variable of the environment git runs with. */
    envVar(name) {
        return this.env[name];
    }
    /** The same repository seen from another directory (a worktree of it). */
    at(dir) {
        return new Git(this.exec, dir, { env: this.env, progress: this.progress });
    }
    /** Runs git; throws GitError on a non-zero exit unless `allowFailure`. */
    async run(args, opts = {}) {
        const full = [...BASE_CONFIG, ...args];
        const r = await this.exec('git', full, {
            cwd: this.dir,
            env: { ...this.env, ...opts.env },
            input: opts.input,
            timeoutMs: opts.timeoutMs,
            progress: this.progress
        });
        if (r.code !== 0 && !opts.allowFailure)
            throw new git_error/* GitError */.X(args, r.code, r.stderr);
        return r;
    }
    async out(args) {
        return (await this.run(args)).stdout;
    }
    // ---------- where we are ----------
    /** The full SHA `ref` names, or undefined when it names nothing. */
    async tryRevParse(ref) {
        const r = await this.run(['rev-parse', '-q', '--verify', '--end-of-options', `${ref}^{commit}`], {
            allowFailure: true
        });
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    async revParse(ref) {
        const sha = await this.tryRevParse(ref);
        if (!sha)
            throw new git_error/* GitError */.X(['rev-parse', ref], 128, `unknown revision ${ref}`);
        return sha;
    }
    headSha() {
        return this.revParse('HEAD');
    }
    /** The full ref HEAD points at (`refs/heads/main`), or undefined on a detached HEAD. */
    async symbolicHead() {
        const r = await this.run(['symbolic-ref', '-q', 'HEAD'], { allowFailure: true });
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    /** The repository's top level directory. */
    async topLevel() {
        return (await this.out(['rev-parse', '--show-toplevel'])).trim();
    }
    /** The common git directory (shared by all worktrees), absolute. */
    async commonDir() {
        return (await this.out(['rev-parse', '--path-format=absolute', '--git-common-dir'])).trim();
    }
    async isShallow() {
        return (await this.out(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    }
    /** The commit's author, committer and message body, for loop guards and reports. */
    async commitInfo(ref) {
        const text = await this.out(['show', '-s', '--format=%H%x00%an%x00%ae%x00%cn%x00%ce%x00%P%x00%B', ref, '--']);
        const [sha, an, ae, cn, ce, parents, ...body] = text.split('\0');
        return {
            sha: sha,
            author: { name: an, email: ae },
            committer: { name: cn, email: ce },
            parents: parents.trim() === '' ? [] : parents.trim().split(' '),
            message: body.join('\0').replace(/\n$/, '')
        };
    }
    /** Trailers of a commit message as [key, value] pairs, parsed by git itself. */
    async trailers(message) {
        const r = await this.run(['interpret-trailers', '--parse', '--no-divider'], { input: message });
        return r.stdout
            .split('\n')
            .filter((l) => l.includes(':'))
            .map((l) => {
            const i = l.indexOf(':');
            return [l.slice(0, i).trim(), l.slice(i + 1).trim()];
        });
    }
    // ---------- the work tree ----------
    /**
     * Entries of `git status`: tracked changes and untracked files; ignored files too with
     * `ignored: true`. Untracked directories are listed file by file.
     */
    async status(opts = {}) {
        const args = ['status', '--porcelain=v1', '-z', '--untracked-files=all'];
        // 'traditional' lists each file inside an ignored folder when untracked files are listed one by one.
        if (opts.ignored)
            args.push('--ignored=traditional');
        return parseStatus(await this.out(args));
    }
    /** True when nothing tracked is changed or staged, and (unless `untracked: false`) nothing is untracked. */
    async isClean(opts = {}) {
        const entries = await this.status();
        const counted = opts.untracked === false ? entries.filter((e) => e.index !== '?') : entries;
        return counted.length === 0;
    }
    /** Stages every change, new and deleted files included (ignored files stay out). */
    async addAll() {
        await this.run(['add', '-A', '--', '.']);
    }
    /** Unified diff of the work tree (or index) against `base`. */
    async diff(base, opts = {}) {
        const args = ['diff', '--no-ext-diff', '--no-textconv', '--no-renames', '--full-index'];
        if (opts.binary !== false)
            args.push('--binary');
        if (opts.cached)
            args.push('--cached');
        args.push(base, '--', ...(opts.paths ?? []));
        return this.out(args);
    }
    /** Unified diff between two commits. */
    async diffCommits(from, to) {
        return this.out([
            'diff',
            '--no-ext-diff',
            '--no-textconv',
            '--no-renames',
            '--full-index',
            '--binary',
            from,
            to,
            '--'
        ]);
    }
    /** Lines added and removed per file between `base` and the index (`cached`) or `to`. */
    async diffStat(base, to) {
        const args = ['diff', '--numstat', '-z', '--no-renames'];
        args.push(...(to ? [base, to] : ['--cached', base]), '--');
        const parts = (await this.out(args)).split('\0').filter((p) => p !== '');
        const files = parts.map((p) => {
            const [a, d, ...rest] = p.split('\t');
            const binary = a === '-';
            return { path: rest.join('\t'), added: binary ? 0 : Number(a), removed: binary ? 0 : Number(d), binary };
        });
        return {
            files,
            added: files.reduce((n, f) => n + f.added, 0),
            removed: files.reduce((n, f) => n + f.removed, 0)
        };
    }
    /** Applies a patch to the work tree (and index with `index`); `check` only tests it. */
    async apply(patch, opts = {}) {
        const args = ['apply', '--whitespace=nowarn'];
        if (opts.check)
            args.push('--check');
        if (opts.index)
            args.push('--index');
        args.push('-');
        return this.run(args, { input: patch, allowFailure: true });
    }
    /** Puts tracked files back to `ref` and removes every untracked and ignored file. */
    async resetHard(ref) {
        await this.run(['reset', '-q', '--hard', ref]);
        await this.run(['clean', '-q', '-f', '-f', '-d', '-x']);
    }
    // ---------- commits and refs ----------
    /** Commits the index; returns the new commit's SHA. */
    async commit(opts) {
        const committer = opts.committer ?? opts.author;
        const args = [
            '-c',
            `user.name=${committer.name}`,
            '-c',
            `user.email=${committer.email}`,
            ...(opts.signing?.config ?? []),
            'commit',
            '-q',
            '--no-verify',
            '--cleanup=strip',
            `--author=${opts.author.name} <${opts.author.email}>`,
            '-F',
            '-'
        ];
        if (opts.signing)
            args.push('-S');
        if (opts.allowEmpty)
            args.push('--allow-empty');
        for (const [k, v] of opts.trailers ?? [])
            args.push('--trailer', `${k}: ${v}`);
        await this.run(args, {
            input: opts.message,
            env: {
                GIT_COMMITTER_NAME: committer.name,
                GIT_COMMITTER_EMAIL: committer.email,
                ...opts.signing?.env
            }
        });
        return this.headSha();
    }
    /**
     * Points `ref` at `sha`. With `expectOld` the update happens only if the ref still holds that
     * value (`null`: only if the ref does not exist yet), so two writers never overwrite each other.
     */
    async updateRef(ref, sha, opts = {}) {
        const args = ['update-ref', '-m', opts.reason ?? 'hee', ref, sha];
        if (opts.expectOld !== undefined)
            args.push(opts.expectOld ?? ZERO_OID);
        await this.run(args);
    }
    /** Deletes `ref` if it exists (and, with `expectOld`, only if it still holds that value). */
    async deleteRef(ref, expectOld) {
        const args = ['update-ref', '-d', ref];
        if (expectOld)
            args.push(expectOld);
        const r = await this.run(args, { allowFailure: true });
        if (r.code !== 0 && (await this.refExists(ref)))
            throw new git_error/* GitError */.X(args, r.code, r.stderr);
    }
    async refExists(ref) {
        const r = await this.run(['show-ref', '--verify', '-q', ref], { allowFailure: true });
        return r.code === 0;
    }
    /** Refs under `prefix` (e.g. `refs/hee/backup/`) with the SHA each points at. */
    async listRefs(prefix) {
        const text = await this.out(['for-each-ref', '--format=%(objectname) %(refname)', prefix]);
        return text
            .split('\n')
            .filter((l) => l.trim() !== '')
            .map((l) => {
            const i = l.indexOf(' ');
            return { sha: l.slice(0, i), ref: l.slice(i + 1) };
        });
    }
    /** Creates branch `name` at `sha`; fails if it exists unless `force`. HEAD does not move. */
    async createBranch(name, sha, opts = {}) {
        const ref = `refs/heads/${name}`;
        await this.run(['check-ref-format', '--branch', name]);
        await this.updateRef(ref, sha, { expectOld: opts.force ? undefined : null, reason: `hee: create ${name}` });
    }
    async branchExists(name) {
        return this.refExists(`refs/heads/${name}`);
    }
    /** True when `ancestor` is an ancestor of (or equal to) `descendant`. */
    async isAncestor(ancestor, descendant) {
        const r = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
        return r.code === 0;
    }
    // ---------- worktrees ----------
    /** Adds a detached worktree at `path` checked out at `commit`; the current one is not touched. */
    async addWorktree(path, commit) {
        await this.run(['worktree', 'add', '--detach', '-f', path, commit]);
    }
    /** Removes a worktree (even with changes or a lock) and forgets it. */
    async removeWorktree(path) {
        await this.run(['worktree', 'remove', '-f', '-f', path], { allowFailure: true });
        await this.run(['worktree', 'prune']);
    }
    async listWorktrees() {
        const text = await this.out(['worktree', 'list', '--porcelain']);
        const list = [];
        for (const block of text.split('\n\n')) {
            const lines = block.split('\n').filter(Boolean);
            const path = lines.find((l) => l.startsWith('worktree '))?.slice(9);
            if (!path)
                continue;
            list.push({
                path,
                head: lines.find((l) => l.startsWith('HEAD '))?.slice(5),
                branch: lines.find((l) => l.startsWith('branch '))?.slice(7),
                detached: lines.includes('detached'),
                locked: lines.some((l) => l === 'locked' || l.startsWith('locked ')),
                prunable: lines.some((l) => l === 'prunable' || l.startsWith('prunable '))
            });
        }
        return list;
    }
    // ---------- config and remotes ----------
    async configGet(key) {
        const r = await this.run(['config', '--get', key], { allowFailure: true });
        return r.code === 0 ? r.stdout.replace(/\n$/, '') : undefined;
    }
    async remoteUrl(remote = 'origin') {
        return this.configGet(`remote.${remote}.url`);
    }
    /** Fetches refspecs from a remote (no tags, no submodules). */
    async fetch(remote, refspecs, env) {
        await this.run(['fetch', '--no-tags', '--no-recurse-submodules', '-q', remote, ...refspecs], { env });
    }
}


/***/ })

};

//# sourceMappingURL=536.index.mjs.map