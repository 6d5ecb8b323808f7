export const id = 375;
export const ids = [375];
export const modules = {

/***/ 55756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PRE_COMMIT_USAGE: () => (/* binding */ PRE_COMMIT_USAGE),
/* harmony export */   preCommitCommand: () => (/* binding */ preCommitCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _hee_core_autofix_guard__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90203);
/* harmony import */ var _hee_core_autofix_guard__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(21751);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(69583);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(37638);
/* harmony import */ var _hee_core_exec__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32433);
/* harmony import */ var _hee_core_exec__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(60895);
/* harmony import */ var _hee_core_git__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85923);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27109);
/* harmony import */ var _capsule_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28494);








const PRE_COMMIT_USAGE = `usage:
  hee pre-commit check [--state-capsule F]
  hee pre-commit fix
  hee pre-commit validate-capsule [--verify-key FILE] [--allow-unsigned] FILE…

The commands behind the hooks of .pre-commit-hooks.yaml; each reads what is staged, never the
work tree, and changes nothing.

  check              refuses a staged change that silences a check instead of fixing it (an
                     added #[allow], eslint-disable, @ts-ignore, # noqa, .skip, a deleted test,
                     a loosened lint or coverage threshold, continue-on-error, || true in CI
                     scripts…), naming the file and line: the same guard auto-fix answers to.
                     With --state-capsule F (when the file exists) it also prints the capsule's
                     status and the failures CI has open, so a commit can say what it fixes.
  fix                the safe fixes on the staged files, with the project's own tools where it
                     has them: rustfmt (the crate's edition), prettier and eslint --fix from its
                     node_modules, ruff or black on PATH. Files it changed are listed to be
                     staged again (exit 1, as pre-commit expects of a hook that fixed files); a
                     tool's output that would silence a check is undone.
  validate-capsule   validates each capsule file given (signature with --verify-key, structure,
                     state rules); pre-commit passes the staged capsule files.

Exit 0 when every check passed, 1 when one refused, 2 on a usage error.`;
/** Guard rules about edits a person makes on purpose (auto-fix may not, a commit may). */
const HUMAN_EDITS = new Set([
    'file-deleted',
    'file-emptied',
    'test-removed',
    'assertion-removed',
    'config-changed',
    'header-text-lost',
    'snapshot-deleted'
]);
// The tree of an empty repository: what a first commit is compared against.
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const check = async (argv, io) => {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(argv, { 'state-capsule': { type: 'string' } });
    const git = new _hee_core_git__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .T((0,_hee_core_exec__WEBPACK_IMPORTED_MODULE_5__/* .createNodeExec */ .k)(), io.cwd, { env: io.env });
    let top;
    try {
        top = await git.topLevel();
    }
    catch {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${io.cwd} is not inside a git work tree`);
    }
    const repo = git.at(top);
    const base = (await repo.tryRevParse('HEAD')) ?? EMPTY_TREE;
    const diff = await repo.diff(base, { cached: true, binary: false });
    const verdict = (0,_hee_core_autofix_guard__WEBPACK_IMPORTED_MODULE_6__/* .checkDiff */ .S)(diff);
    // A person may delete, move and reorganise files, tests and configs; what the hook refuses is
    // the silencing itself: suppressions, skipped tests and loosened thresholds.
    const violations = verdict.ok ? [] : verdict.violations.filter((v) => !HUMAN_EDITS.has(v.rule));
    if (values['state-capsule'])
        await describeCapsule(io, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values['state-capsule']));
    if (violations.length > 0) {
        io.stderr(`hee: the staged change silences a check instead of fixing it:\n${(0,_hee_core_autofix_guard__WEBPACK_IMPORTED_MODULE_7__/* .formatViolations */ .w)(violations)}\n` +
            `Fix the cause, or commit with --no-verify if the suppression is deliberate and reviewed.\n`);
        return 1;
    }
    io.stdout('hee: staged change adds no suppression\n');
    return 0;
};
/** Prints the capsule's status and open incidents; a capsule that is not there is not an error. */
async function describeCapsule(io, file) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        io.stdout(`hee: no capsule at ${file}; CI state not shown\n`);
        return;
    }
    try {
        const capsule = await (0,_hee_core__WEBPACK_IMPORTED_MODULE_8__/* .readCapsuleFile */ .U4)(file);
        const state = capsule.body.monitoring_state;
        const incidents = Object.values(state.incidents ?? {});
        io.stdout(`hee: CI status ${state.current_status} (capsule version ${capsule.version})\n`);
        for (const i of incidents)
            io.stdout(`  open: ${i.pattern} in ${i.workflow} since ${i.since} (${i.runs} run(s), ${i.severity})\n`);
    }
    catch (e) {
        if (!(e instanceof _hee_core__WEBPACK_IMPORTED_MODULE_9__/* .HeeError */ .RA))
            throw e;
        io.stderr(`hee: capsule ${file} not readable (${e.message}); CI state not shown\n`);
    }
}
const validateCapsules = async (argv, io) => {
    const files = [];
    const flags = [];
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--verify-key' || a === '--encryption-key') {
            const v = argv[++i];
            if (v === undefined)
                throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${a} needs a file`);
            flags.push(a, v);
        }
        else if (a === '--allow-unsigned')
            flags.push(a);
        else if (a.startsWith('-'))
            throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`unknown option ${a}`);
        else
            files.push(a);
    }
    let status = 0;
    for (const f of files)
        status = Math.max(status, await (0,_capsule_js__WEBPACK_IMPORTED_MODULE_3__.capsuleCommand)(['validate', '--input', f, ...flags], io));
    if (files.length === 0)
        io.stdout('hee: no capsule file staged\n');
    return status;
};
const localBin = (root, name) => {
    const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'node_modules', '.bin', name);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p) ? p : undefined;
};
const FIXERS = [
    {
        name: 'rustfmt',
        files: /\.rs$/,
        command: (root) => {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'Cargo.toml')))
                return undefined;
            const edition = /^\s*edition\s*=\s*"(\d{4})"/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'Cargo.toml'), 'utf8'))?.[1] ?? '2015';
            return ['rustfmt', ['--edition', edition]];
        }
    },
    {
        name: 'eslint --fix',
        files: /\.(?:[cm]?[jt]sx?)$/,
        command: (root) => {
            const bin = localBin(root, 'eslint');
            return bin ? [bin, ['--fix', '--no-warn-ignored']] : undefined;
        }
    },
    {
        name: 'prettier --write',
        files: /\.(?:[cm]?[jt]sx?|json|css|scss|md|ya?ml|html|vue)$/,
        command: (root) => {
            const bin = localBin(root, 'prettier');
            return bin ? [bin, ['--write', '--ignore-unknown', '--log-level', 'warn']] : undefined;
        }
    },
    { name: 'ruff format', files: /\.pyi?$/, command: () => ['ruff', ['format', '--quiet']] },
    { name: 'black', files: /\.pyi?$/, command: () => ['black', ['--quiet']] }
];
const fix = async (argv, io) => {
    (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(argv, {});
    const exec = (0,_hee_core_exec__WEBPACK_IMPORTED_MODULE_5__/* .createNodeExec */ .k)();
    const git = new _hee_core_git__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .T(exec, io.cwd, { env: io.env });
    const root = await git.topLevel().catch(() => {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${io.cwd} is not inside a git work tree`);
    });
    const repo = git.at(root);
    const staged = (await repo.run(['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z'])).stdout
        .split('\0')
        .filter(Boolean);
    const before = new Map(staged.map((f) => [f, contentOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, f))]));
    const env = (0,_hee_core_exec__WEBPACK_IMPORTED_MODULE_10__/* .toolEnv */ .o)(io.env);
    let python = false;
    for (const fixer of FIXERS) {
        const files = staged.filter((f) => fixer.files.test(f));
        if (files.length === 0)
            continue;
        // One Python formatter: ruff when installed, else black.
        if (fixer.files.test('x.py') && python)
            continue;
        const cmd = fixer.command(root);
        if (!cmd)
            continue;
        const r = await exec(cmd[0], [...cmd[1], ...files], { cwd: root, env, timeoutMs: 300_000, progress: {} });
        if (r.notFound)
            continue;
        if (fixer.files.test('x.py'))
            python = true;
        if (r.code !== 0)
            io.stderr(`hee: ${fixer.name} left problems it cannot fix:\n${(r.stdout + r.stderr).trim()}\n`);
    }
    const changed = staged.filter((f) => !same(contentOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, f)), before.get(f)));
    if (changed.length === 0) {
        io.stdout('hee: the staged files need no safe fix\n');
        return 0;
    }
    // A fixer's change is held to the guard like any fix; one that silences a check is undone.
    const verdict = (0,_hee_core_autofix_guard__WEBPACK_IMPORTED_MODULE_6__/* .checkDiff */ .S)((await repo.run(['diff', '--no-ext-diff', '--', ...changed])).stdout);
    if (!verdict.ok) {
        for (const f of changed)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, f), before.get(f) ?? Buffer.alloc(0));
        io.stderr(`hee: a fixer's change would silence a check and was undone:\n${(0,_hee_core_autofix_guard__WEBPACK_IMPORTED_MODULE_7__/* .formatViolations */ .w)(verdict.violations)}\n`);
        return 1;
    }
    io.stdout(`hee: fixed ${changed.length} staged file(s); review and stage them again:\n${changed.map((f) => `  ${f}\n`).join('')}`);
    return 1;
};
function contentOf(path) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path) : undefined;
}
const same = (a, b) => a === undefined || b === undefined ? a === b : a.equals(b);
const VERBS = { check, fix, 'validate-capsule': validateCapsules };
/** `hee pre-commit <verb> …` */
const preCommitCommand = async (argv, io) => {
    const [verb, ...rest] = argv;
    const run = verb ? VERBS[verb] : undefined;
    if (!run)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(verb ? `unknown pre-commit command '${verb}'` : 'a pre-commit command is required');
    return run(rest, io);
};


/***/ }),

/***/ 86210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ BoundedOutput),
/* harmony export */   n: () => (/* binding */ DEFAULT_MAX_OUTPUT_BYTES)
/* harmony export */ });
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);

/** Default in-memory cap per stream: enough for any lint report, bounded for a runaway build. */
const DEFAULT_MAX_OUTPUT_BYTES = 8 * 1024 * 1024;
/**
 * Collects one stream's bytes up to a cap. Past the cap it keeps the head (what started the
 * trouble) and the tail (how it ended, where tools print their summary) and drops the middle,
 * so memory stays bounded however much a command prints.
 */
class BoundedOutput {
    headCap;
    tailCap;
    head = [];
    headBytes = 0;
    tail = [];
    tailBytes = 0;
    dropped = 0;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    constructor(maxBytes = DEFAULT_MAX_OUTPUT_BYTES) {
        this.headCap = Math.floor(maxBytes / 4);
        this.tailCap = maxBytes - this.headCap;
    }
    /** Adds a chunk; returns its text for streaming to a progress sink. */
    push(chunk) {
        let rest = chunk;
        if (this.headBytes < this.headCap) {
            const take = Math.min(this.headCap - this.headBytes, rest.length);
            this.head.push(rest.subarray(0, take));
            this.headBytes += take;
            rest = rest.subarray(take);
        }
        if (rest.length > 0) {
            this.tail.push(rest);
            this.tailBytes += rest.length;
            while (this.tailBytes > this.tailCap) {
                const first = this.tail[0];
                const over = this.tailBytes - this.tailCap;
                if (first.length <= over) {
                    this.tail.shift();
                    this.tailBytes -= first.length;
                    this.dropped += first.length;
                }
                else {
                    this.tail[0] = first.subarray(over);
                    this.tailBytes -= over;
                    this.dropped += over;
                }
            }
        }
        return this.decoder.write(chunk);
    }
    /** Whatever text the decoder still holds (an incomplete character at the very end). */
    flush() {
        return this.decoder.end();
    }
    get truncated() {
        return this.dropped > 0;
    }
    /** The kept text; a marker line says how much of the middle was dropped. */
    text() {
        const head = Buffer.concat(this.head).toString('utf8');
        const tail = Buffer.concat(this.tail).toString('utf8');
        if (this.dropped === 0)
            return head + tail;
        return `${head}\n… [${this.dropped} bytes of output omitted] …\n${tail}`;
    }
}


/***/ }),

/***/ 32433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ createNodeExec)
/* harmony export */ });
/* unused harmony export killAllRunning */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bounded_output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86210);



const POSIX = process.platform !== 'win32';
// Process groups still running. Each command is its own group leader (detached), so the
// terminal's Ctrl-C does not reach it: this process ends them when it exits.
const liveGroups = new Set();
let exitHookInstalled = false;
function installExitHook() {
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.on('exit', () => {
        for (const pid of liveGroups)
            killGroup(pid, 'SIGKILL');
    });
}
function killGroup(pid, signal) {
    try {
        // A negative pid addresses the whole process group: cargo's rustc children, npm's node.
        process.kill(POSIX ? -pid : pid, signal);
    }
    catch {
        // Already gone.
    }
}
/** Kills every command this process still has running (its whole group). For signal handlers. */
function killAllRunning(signal = 'SIGTERM') {
    for (const pid of liveGroups)
        killGroup(pid, signal);
}
/**
 * The Exec port over `node:child_process`: no shell, each command in its own process group
 * (detached) so a timeout or abort kills it with everything it started, output capped in
 * memory and streamed to the progress sink as it arrives.
 */
function createNodeExec(opts = {}) {
    const maxBytes = opts.maxOutputBytes ?? _bounded_output_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MAX_OUTPUT_BYTES */ .n;
    const grace = opts.killGraceMs ?? 5000;
    const linger = opts.lingerMs ?? 2000;
    installExitHook();
    return (command, args, o = {}) => {
        const progress = o.progress ?? opts.progress ?? {};
        const started = performance.now();
        const out = new _bounded_output_js__WEBPACK_IMPORTED_MODULE_2__/* .BoundedOutput */ .l(maxBytes);
        const err = new _bounded_output_js__WEBPACK_IMPORTED_MODULE_2__/* .BoundedOutput */ .l(maxBytes);
        progress.start?.(command, args, o.cwd);
        return new Promise((resolve) => {
            let settled = false;
            let timedOut = false;
            let aborted = false;
            let exitCode = null;
            let exitSignal = null;
            const timers = [];
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, [...args], {
                cwd: o.cwd,
                env: (o.env ?? process.env),
                detached: POSIX,
                windowsHide: true,
                stdio: [o.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
            });
            const pid = child.pid;
            if (pid !== undefined)
                liveGroups.add(pid);
            const finish = (result) => {
                if (settled)
                    return;
                settled = true;
                for (const t of timers)
                    clearTimeout(t);
                o.signal?.removeEventListener('abort', onAbort);
                if (pid !== undefined)
                    liveGroups.delete(pid);
                const tailOut = out.flush();
                const tailErr = err.flush();
                if (tailOut)
                    progress.output?.('stdout', tailOut);
                if (tailErr)
                    progress.output?.('stderr', tailErr);
                const full = {
                    ...result,
                    stdout: out.text(),
                    stderr: err.text(),
                    truncated: out.truncated || err.truncated,
                    durationMs: performance.now() - started
                };
                progress.end?.(full);
                resolve(full);
            };
            const stop = () => {
                if (pid === undefined)
                    return;
                killGroup(pid, 'SIGTERM');
                timers.push(setTimeout(() => killGroup(pid, 'SIGKILL'), grace).unref());
            };
            const onAbort = () => {
                aborted = true;
                stop();
            };
            child.stdout.on('data', (c) => {
                const t = out.push(c);
                if (t)
                    progress.output?.('stdout', t);
            });
            child.stderr.on('data', (c) => {
                const t = err.push(c);
                if (t)
                    progress.output?.('stderr', t);
            });
            if (o.input !== undefined && child.stdin) {
                // A command that exits without reading its input closes the pipe: not our failure.
                child.stdin.on('error', () => undefined);
                child.stdin.end(o.input);
            }
            child.on('error', (e) => {
                // spawn failures (ENOENT, EACCES) arrive here and no exit follows.
                if (exitCode !== null || exitSignal !== null)
                    return;
                err.push(Buffer.from(`${command}: ${e.code === 'ENOENT' ? 'command not found' : e.message}\n`));
                finish({ code: 127, timedOut, aborted, notFound: true });
            });
            child.on('exit', (code, signal) => {
                exitCode = code;
                exitSignal = signal;
                // The leader is gone; anything of its group still holding the pipes is killed soon.
                timers.push(setTimeout(() => {
                    if (pid !== undefined)
                        killGroup(pid, 'SIGKILL');
                    child.stdout?.destroy();
                    child.stderr?.destroy();
                    done();
                }, linger).unref());
            });
            const done = () => {
                const signalNumber = exitSignal ? (node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[exitSignal] ?? 0) : 0;
                finish({
                    code: exitCode ?? (exitSignal ? 128 + signalNumber : 1),
                    ...(exitSignal ? { signal: exitSignal } : {}),
                    timedOut,
                    aborted,
                    notFound: false
                });
            };
            child.on('close', () => {
                if (exitCode === null && exitSignal === null)
                    return;
                // The pipes are closed; leftover group members (if any) are killed all the same.
                if (pid !== undefined)
                    killGroup(pid, 'SIGKILL');
                done();
            });
            if (o.timeoutMs !== undefined && o.timeoutMs > 0) {
                timers.push(setTimeout(() => {
                    timedOut = true;
                    stop();
                }, o.timeoutMs));
            }
            if (o.signal) {
                if (o.signal.aborted)
                    onAbort();
                else
                    o.signal.addEventListener('abort', onAbort, { once: true });
            }
        });
    };
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

//# sourceMappingURL=375.index.mjs.map