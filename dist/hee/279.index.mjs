export const id = 279;
export const ids = [279];
export const modules = {

/***/ 50825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ engine)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _hee_core_autofix__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99536);
/* harmony import */ var _hee_core_autofix__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57587);
/** The auto-fix engine as this action uses it: the fix, and which patterns are fixed under review. */



const engine = {
    fix: _hee_core_autofix__WEBPACK_IMPORTED_MODULE_2__/* .runAutoFix */ .CA,
    async reviewPatterns(workdir) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workdir, _hee_core_autofix__WEBPACK_IMPORTED_MODULE_3__/* .AUTOFIX_CONFIG_FILE */ .HA);
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => undefined);
        const config = text === undefined ? {} : (0,_hee_core_autofix__WEBPACK_IMPORTED_MODULE_3__/* .parseAutoFixConfig */ .qO)(text, _hee_core_autofix__WEBPACK_IMPORTED_MODULE_3__/* .AUTOFIX_CONFIG_FILE */ .HA);
        return (0,_hee_core_autofix__WEBPACK_IMPORTED_MODULE_3__/* .resolveMatrix */ .mr)(config)
            .filter((r) => r.integration === 'agent-review')
            .map((r) => r.pattern);
    }
};


/***/ }),

/***/ 75279:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _hee_core_action__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32073);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50825);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70323);



await (0,_hee_core_action__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .C)(() => (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .eF)(_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .engine */ .H));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 70323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: forkGuard, runPullRequests

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
;// CONCATENATED MODULE: ./packages/core/src/git/identity.ts
/**
 * Parses `Name <email>` (the form of git's own `--author`). Throws on anything else, so a
 * typo in an input does not become a commit by "unknown".
 */
function parseIdentity(text) {
    const m = /^\s*([^<>]*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
    if (!m || m[1] === '')
        throw new Error(`expected "Name <email>", got "${text}"`);
    return { name: m[1], email: m[2] };
}
/** `Name <email>` */
function formatIdentity(id) {
    return `${id.name} <${id.email}>`;
}

// EXTERNAL MODULE: ./packages/core/src/capsule/open.ts + 1 modules
var capsule_open = __webpack_require__(42290);
// EXTERNAL MODULE: ./packages/core/src/capsule/store.ts + 1 modules
var store = __webpack_require__(69583);
// EXTERNAL MODULE: ./packages/core/src/github/octokit.ts + 6 modules
var octokit = __webpack_require__(86754);
// EXTERNAL MODULE: ./packages/core/src/github/writer.ts + 6 modules
var writer = __webpack_require__(90211);
// EXTERNAL MODULE: ./packages/core/src/git/git.ts + 1 modules
var git_git = __webpack_require__(85923);
// EXTERNAL MODULE: ./packages/core/src/github/runs.ts + 2 modules
var runs = __webpack_require__(62489);
// EXTERNAL MODULE: ./packages/core/src/security/inert.ts
var inert = __webpack_require__(95304);
// EXTERNAL MODULE: ./packages/core/src/git/signing.ts
var signing = __webpack_require__(87245);
// EXTERNAL MODULE: ./packages/core/src/state/update-file.ts
var update_file = __webpack_require__(2025);
// EXTERNAL MODULE: ./packages/core/src/state/candidates.ts
var candidates = __webpack_require__(90997);
// EXTERNAL MODULE: ./packages/core/src/action/keys.ts
var keys = __webpack_require__(14646);
// EXTERNAL MODULE: ./packages/core/src/action/context.ts
var context = __webpack_require__(64095);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(81260);
// EXTERNAL MODULE: ./packages/core/src/exec/bounded-output.ts
var bounded_output = __webpack_require__(86210);
// EXTERNAL MODULE: ./packages/core/src/exec/node-exec.ts
var node_exec = __webpack_require__(32433);
// EXTERNAL MODULE: ./packages/core/src/exec/types.ts
var types = __webpack_require__(84906);
;// CONCATENATED MODULE: ./packages/core/src/action/exec.ts






/**
 * Progress for the job log: the command line as `[command]…` (as the runner prints its own),
 * output line by line with workflow commands made inert, so a tool printing `::set-output`
 * or `::add-mask::` from repository content cannot steer the job.
 */
function jobLogProgress() {
    let pending = '';
    const emit = (text) => {
        pending += text;
        const lines = pending.split(/\r?\n/);
        pending = lines.pop() ?? '';
        for (const line of lines)
            core.info((0,inert/* inertText */.UJ)(line));
    };
    return {
        start: (command, args) => core.info((0,inert/* inertText */.UJ)(`[command]${(0,types/* commandLine */.a)(command, args)}`)),
        output: (_stream, text) => emit(text),
        end: () => {
            if (pending)
                core.info((0,inert/* inertText */.UJ)(pending));
            pending = '';
        }
    };
}
/**
 * The Exec port over `@actions/exec`, as actions run tools. `@actions/exec` can neither time a
 * command out nor kill what it started, so a command with a time limit runs under coreutils
 * `timeout`, which makes its own process group and signals all of it (then SIGKILL after 5 s).
 * Where `timeout` is missing (macOS, Windows runners) such a command goes through the
 * `node:child_process` port, which kills the group itself. Output is never echoed raw: it goes
 * to the progress sink (inert in the job log by default).
 */
function createActionsExec(opts = {}) {
    const fallback = (0,node_exec/* createNodeExec */.k)({ progress: opts.progress ?? jobLogProgress(), maxOutputBytes: opts.maxOutputBytes });
    const hasTimeout = process.platform === 'linux';
    return async (command, args, o = {}) => {
        const progress = o.progress ?? opts.progress ?? jobLogProgress();
        const limited = (o.timeoutMs !== undefined && o.timeoutMs > 0) || o.signal !== undefined;
        if (limited && (!hasTimeout || o.signal !== undefined))
            return fallback(command, args, { ...o, progress });
        const out = new bounded_output/* BoundedOutput */.l(opts.maxOutputBytes ?? bounded_output/* DEFAULT_MAX_OUTPUT_BYTES */.n);
        const err = new bounded_output/* BoundedOutput */.l(opts.maxOutputBytes ?? bounded_output/* DEFAULT_MAX_OUTPUT_BYTES */.n);
        const started = performance.now();
        progress.start?.(command, args, o.cwd);
        const seconds = limited ? Math.max(1, Math.ceil((o.timeoutMs ?? 0) / 1000)) : 0;
        const [file, argv] = limited
            ? ['timeout', ['--kill-after=5s', `${seconds}s`, command, ...args]]
            : [command, [...args]];
        let code;
        let notFound = false;
        try {
            code = await exec/* exec */.m(file, argv, {
                cwd: o.cwd,
                env: clean(o.env ?? process.env),
                silent: true,
                ignoreReturnCode: true,
                // Only real input is written: @actions/exec gives us no handle on stdin, and ending it
                // for a command that never reads would raise an unhandled EPIPE. Tool runs carry a
                // time limit, so one that waits on stdin cannot hang the job.
                ...(o.input === undefined ? {} : { input: Buffer.from(o.input) }),
                listeners: {
                    stdout: (b) => {
                        const t = out.push(b);
                        if (t)
                            progress.output?.('stdout', t);
                    },
                    stderr: (b) => {
                        const t = err.push(b);
                        if (t)
                            progress.output?.('stderr', t);
                    }
                }
            });
        }
        catch (e) {
            // `@actions/exec` rejects when the tool is not on PATH or the cwd is missing.
            code = 127;
            notFound = true;
            err.push(Buffer.from(`${command}: ${e.message}\n`));
        }
        const elapsed = performance.now() - started;
        // coreutils timeout exits 124 when it stopped the command (137 when SIGKILL was needed);
        // 127 when the command itself could not be found.
        const timedOut = limited && (code === 124 || code === 137) && elapsed >= (o.timeoutMs ?? 0) - 50;
        if (limited && code === 127 && /No such file or directory/.test(err.text()))
            notFound = true;
        const restOut = out.flush();
        const restErr = err.flush();
        if (restOut)
            progress.output?.('stdout', restOut);
        if (restErr)
            progress.output?.('stderr', restErr);
        const result = {
            code,
            stdout: out.text(),
            stderr: err.text(),
            timedOut,
            aborted: false,
            notFound,
            truncated: out.truncated || err.truncated,
            durationMs: elapsed
        };
        progress.end?.(result);
        return result;
    };
}
function clean(env) {
    const r = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            r[k] = v;
    return r;
}

// EXTERNAL MODULE: ./packages/core/src/action/inputs.ts
var action_inputs = __webpack_require__(1363);
// EXTERNAL MODULE: ./packages/core/src/action/artifact-store.ts
var artifact_store = __webpack_require__(12796);
;// CONCATENATED MODULE: ./packages/core/src/autofix/delivery/markers.ts
/** Trailer every fix commit carries (`HEE-Auto-Fix: <run id>`): the loop guard's mark. */
const AUTO_FIX_TRAILER = 'HEE-Auto-Fix';
/** A commit trailer (`HEE-Skip: true`) that keeps auto-fix away from a commit. */
const SKIP_TRAILER = 'HEE-Skip';
/** A label on a pull request that keeps auto-fix away from it. */
const SKIP_LABEL = 'hee:skip';
/** Prefix of every fix branch. */
const FIX_BRANCH_PREFIX = 'hee/auto-fix/';
/** The author of fix commits unless configured. */
const DEFAULT_AUTHOR = {
    name: 'hee-ci[bot]',
    email: 'hee-ci[bot]@users.noreply.github.com'
};
/** `hee/auto-fix/<run id>-<pattern>[-<pattern>…]`, lower case, safe as a ref name. */
function fixBranchName(runId, patterns) {
    const id = runId.replace(/[^A-Za-z0-9._-]+/g, '-');
    const tail = [...new Set(patterns)]
        .map((p) => p.toLowerCase().replace(/[^a-z0-9._-]+/g, '-'))
        .sort()
        .join('-');
    return `${FIX_BRANCH_PREFIX}${id}-${tail || 'fix'}`;
}
/**
 * The hidden key a fix pull request carries in its body: the same failure (the same patterns
 * on the same base branch) finds its open pull request again, whatever run opened it.
 */
function fixKey(patterns, base) {
    // The branch is percent-encoded: a name holding `-->` would otherwise end the comment.
    return `<!-- hee-auto-fix key=${[...new Set(patterns)].sort().join('+')}@${encodeURIComponent(base)} -->`;
}

;// CONCATENATED MODULE: ./packages/core/src/autofix/delivery/loop-guard.ts

/** Attempts on `branch` that count against the budget: those that ran, in the window. */
function attemptsOnBranch(history, branch, since) {
    return history.filter((e) => e.branch === branch && Date.parse(e.timestamp) >= since && e.outcome !== 'skipped' && e.outcome !== 'report-only');
}
/** Patterns already tried on `headSha`: the engine does not try them again there. */
function attemptedForHead(history, headSha) {
    return [...new Set(history.filter((e) => e.head_sha === headSha && e.outcome !== 'skipped').map((e) => e.pattern_id))];
}
/** The first reason to do nothing, in the order a person would look for it, or proceed. */
async function checkLoopGuard(input) {
    const { git, headSha, branch } = input;
    const head = await git.commitInfo(headSha);
    const trailers = await git.trailers(head.message);
    const ours = trailers.some(([k]) => k.toLowerCase() === AUTO_FIX_TRAILER.toLowerCase());
    if (ours && head.author.email.toLowerCase() === input.agent.email.toLowerCase())
        return {
            proceed: false,
            rule: 'own-commit',
            reason: `the head commit ${headSha.slice(0, 12)} is an auto-fix commit (author ${input.agent.email}, ${AUTO_FIX_TRAILER} trailer): its failure is left to a person`
        };
    const skip = trailers.find(([k]) => k.toLowerCase() === SKIP_TRAILER.toLowerCase());
    if (skip && !/^(?:false|no|0)$/i.test(skip[1]))
        return {
            proceed: false,
            rule: 'skip-trailer',
            reason: `the head commit ${headSha.slice(0, 12)} carries a ${SKIP_TRAILER} trailer`
        };
    if (input.pullRequestLabels?.some((l) => l.toLowerCase() === SKIP_LABEL))
        return { proceed: false, rule: 'skip-label', reason: `the pull request carries the ${SKIP_LABEL} label` };
    if (input.branchHead === undefined)
        return { proceed: false, rule: 'stale-head', reason: `branch ${branch} no longer exists` };
    if (input.branchHead !== headSha)
        return {
            proceed: false,
            rule: 'stale-head',
            reason: `branch ${branch} has moved on to ${input.branchHead.slice(0, 12)} since the failing commit ${headSha.slice(0, 12)}: a newer run decides`
        };
    const hours = input.windowHours ?? 24;
    const since = (input.now ?? new Date()).getTime() - hours * 3_600_000;
    const spent = attemptsOnBranch(input.history, branch, since).length;
    if (spent >= input.budget)
        return {
            proceed: false,
            rule: 'budget',
            reason: `${spent} auto-fix attempt(s) on ${branch} in the last ${hours} hours: the budget of ${input.budget} is spent`
        };
    return { proceed: true };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
;// CONCATENATED MODULE: ./packages/core/src/autofix/delivery/handoff.ts
/**
 * The patch an unprivileged job hands to a privileged one (the two-workflow pattern for forks):
 * a folder with `fix.patch` and `fix.json`. The reader trusts nothing in it: sizes are bounded,
 * the metadata is parsed strictly, the patch must match its digest, and the caller checks the
 * patch again with the guard and its own limits before `git apply` (which runs no repository code).
 */





const HANDOFF_SCHEMA = 'hee.auto-fix-patch/v1';
const PATCH_FILE = 'fix.patch';
const META_FILE = 'fix.json';
/** Largest patch accepted from another job. */
const MAX_PATCH_BYTES = 1_000_000;
const MAX_META_BYTES = 1_000_000;
const handoff_text = (max) => schemas/* string */.YjP().max(max);
const validation = schemas/* strictObject */.rej({
    command: handoff_text(1_000),
    code: schemas/* int */.Whr(),
    passed: schemas/* boolean */.zMY(),
    tail: handoff_text(4_000)
});
const attempt = schemas/* strictObject */.rej({
    pattern: handoff_text(100),
    strategy: handoff_text(200).nullable(),
    outcome: schemas/* enum */.k5n(['fixed', 'rolled-back', 'would-fix', 'skipped', 'report-only']),
    reason: handoff_text(1_000).optional(),
    evidence: handoff_text(2_000).optional(),
    validations: schemas/* array */.YOg(validation).max(20),
    filesChanged: schemas/* int */.Whr().min(0),
    linesChanged: schemas/* int */.Whr().min(0),
    durationMs: schemas/* number */.aig().min(0)
});
const handoffSchema = schemas/* strictObject */.rej({
    schema: schemas/* literal */.euz(HANDOFF_SCHEMA),
    repository: handoff_text(200),
    run_id: handoff_text(40),
    /** The commit the patch applies to. */
    base_sha: schemas/* string */.YjP().regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/),
    /** The branch the failing run was on (as the compute job saw it; not trusted for pushing). */
    branch: handoff_text(255),
    patch_sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    workflow_files_left_out: schemas/* array */.YOg(handoff_text(1_000)).max(1_000),
    attempts: schemas/* array */.YOg(attempt).max(50)
});
function sha256(s) {
    return (0,external_node_crypto_.createHash)('sha256').update(s, 'utf8').digest('hex');
}
/** Writes the engine's result for the apply stage; returns the folder. */
async function writeHandoff(dir, input) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const meta = {
        schema: HANDOFF_SCHEMA,
        repository: input.repository,
        run_id: input.runId,
        base_sha: input.result.baseSha,
        branch: input.branch,
        patch_sha256: sha256(input.patch),
        workflow_files_left_out: input.result.workflowFilesLeftOut,
        attempts: input.result.attempts.map((a) => ({
            pattern: a.pattern,
            strategy: a.strategy,
            outcome: a.outcome,
            ...(a.reason === undefined ? {} : { reason: a.reason.slice(0, 1_000) }),
            ...(a.evidence === undefined ? {} : { evidence: a.evidence.slice(0, 2_000) }),
            validations: a.validations
                .slice(0, 20)
                .map((v) => ({ ...v, command: v.command.slice(0, 1_000), tail: v.tail.slice(-4_000) })),
            filesChanged: a.filesChanged,
            linesChanged: a.linesChanged,
            durationMs: a.durationMs
        }))
    };
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, PATCH_FILE), input.patch);
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, META_FILE), JSON.stringify(meta, null, 2) + '\n');
    return dir;
}
async function boundedRead(file, max, what) {
    let size;
    try {
        size = (await (0,promises_.stat)(file)).size;
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`the patch folder has no ${what} (${file})`, {
            hint: 'download the artifact the compute stage uploaded into `patch-path`'
        });
    }
    if (size > max)
        throw new errors/* ConfigurationError */.j1(`${what} is ${size} bytes, more than the ${max} accepted`);
    return (0,promises_.readFile)(file, 'utf8');
}
/** Reads and checks a handoff folder; any defect is one clear error and nothing is applied. */
async function readHandoff(dir) {
    const rawMeta = await boundedRead((0,external_node_path_.join)(dir, META_FILE), MAX_META_BYTES, META_FILE);
    const patch = await boundedRead((0,external_node_path_.join)(dir, PATCH_FILE), MAX_PATCH_BYTES, PATCH_FILE);
    let json;
    try {
        json = JSON.parse(rawMeta);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`${META_FILE} is not JSON: ${e.message}`);
    }
    const parsed = handoffSchema.safeParse(json);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new errors/* ConfigurationError */.j1(`${META_FILE}: ${i.path.join('.') || '(root)'}: ${i.message}`);
    }
    if (sha256(patch) !== parsed.data.patch_sha256)
        throw new errors/* ConfigurationError */.j1(`${PATCH_FILE} does not match the digest in ${META_FILE}: it was changed on the way`);
    return { meta: parsed.data, patch };
}
/**
 * The handoff as an engine result for delivery: the patch as the diff, no commit (delivery makes
 * it), and only fixed attempts (a report from an unprivileged job is not turned into an issue).
 */
function handoffResult(h) {
    return {
        baseSha: h.meta.base_sha,
        diff: h.patch,
        workflowFilesLeftOut: h.meta.workflow_files_left_out,
        attempts: h.meta.attempts
            .filter((a) => a.outcome === 'fixed' || a.outcome === 'rolled-back' || a.outcome === 'skipped')
            .map((a) => ({ ...a, steps: [] })),
        ok: true
    };
}

// EXTERNAL MODULE: ./packages/core/src/git/git-error.ts
var git_error = __webpack_require__(54781);
// EXTERNAL MODULE: ./packages/core/src/autofix/delivery/branch-pull.ts + 1 modules
var branch_pull = __webpack_require__(20531);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./packages/core/src/autofix/guard/commit-message.ts
var commit_message = __webpack_require__(44279);
// EXTERNAL MODULE: ./packages/core/src/autofix/guard/format.ts
var format = __webpack_require__(21751);
;// CONCATENATED MODULE: ./packages/core/src/autofix/delivery/commit.ts
/**
 * The fix commit as delivery makes it: the patch applied with `git apply` to the failing commit
 * in a throw-away index, written as a tree and committed with `git commit-tree`. Neither the
 * work tree nor HEAD nor the user's index moves, no hook or filter runs (no repository code),
 * and the commit carries the agent's author, its trailer and, when a key is given, a signature.
 */





/** Applies `patch` onto `base` without touching the work tree; returns the new commit's SHA. */
async function commitPatch(git, opts) {
    const message = await withTrailers(git, opts.message, opts.trailers);
    const check = (0,commit_message/* checkCommitMessage */.H)(message);
    if (!check.ok)
        throw new errors/* HeeError */.RA('git.failed', `the fix commit message is refused: ${(0,format/* formatViolations */.w)(check.violations)}`);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'hee-fix-index-'));
    const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(dir, 'index') };
    try {
        await git.run(['read-tree', opts.base], { env });
        const applied = await git.run(['apply', '--cached', '--whitespace=nowarn', '-'], {
            env,
            input: opts.patch,
            allowFailure: true
        });
        if (applied.code !== 0)
            throw new errors/* HeeError */.RA('git.failed', `the fix does not apply to ${opts.base.slice(0, 12)}: ${applied.stderr.trim().split('\n')[0] ?? ''}`);
        const tree = (await git.run(['write-tree'], { env })).stdout.trim();
        const committer = opts.committer ?? opts.author;
        const args = [...(opts.signing?.config ?? []), 'commit-tree', tree, '-p', opts.base, '-F', '-'];
        if (opts.signing)
            args.push('-S');
        const r = await git.run(args, {
            input: message,
            env: {
                GIT_AUTHOR_NAME: opts.author.name,
                GIT_AUTHOR_EMAIL: opts.author.email,
                GIT_COMMITTER_NAME: committer.name,
                GIT_COMMITTER_EMAIL: committer.email,
                ...opts.signing?.env
            }
        });
        return r.stdout.trim();
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
async function withTrailers(git, message, trailers) {
    const args = ['interpret-trailers', '--if-exists', 'replace'];
    for (const [k, v] of trailers)
        args.push('--trailer', `${k}: ${v}`);
    return (await git.run(args, { input: message.trimEnd() + '\n' })).stdout;
}

// EXTERNAL MODULE: ./packages/core/src/autofix/delivery/patch.ts + 1 modules
var delivery_patch = __webpack_require__(66779);
// EXTERNAL MODULE: ./packages/core/src/security/escape.ts
var security_escape = __webpack_require__(19197);
// EXTERNAL MODULE: ./packages/core/src/autofix/delivery/markdown.ts
var markdown = __webpack_require__(89072);
;// CONCATENATED MODULE: ./packages/core/src/autofix/delivery/pr-body.ts




/** The fixed patterns, for titles, branch names and the hidden key. */
function fixedPatterns(attempts) {
    return [...new Set(attempts.filter((a) => a.outcome === 'fixed').map((a) => a.pattern))];
}
function pullTitle(attempts, base) {
    const fixed = attempts.filter((a) => a.outcome === 'fixed');
    const what = fixed.map((a) => (a.strategy ? `${a.pattern} (${a.strategy})` : a.pattern)).join(', ');
    return `HEE CI auto-fix: ${what} on ${base}`;
}
/** The commit message of the fix (trailers are added when it is committed). */
function commitMessage(attempts, base, runId) {
    const fixed = attempts.filter((a) => a.outcome === 'fixed');
    const lines = fixed.map((a) => `- ${a.pattern}${a.strategy ? ` by ${a.strategy}` : ''}; proved by ${a.validations.map((v) => v.command).join(', ') || 'no command'}`);
    return `${pullTitle(attempts, base)}\n\nFixes the failure of run ${runId}.\n\n${lines.join('\n')}\n`;
}
function pullBody(input) {
    const fixed = input.attempts.filter((a) => a.outcome === 'fixed');
    const out = [];
    const run = (0,security_escape/* markdownLink */.iQ)(`run ${input.runId}`, input.runUrl);
    out.push(`CI ${run} failed on ${(0,markdown/* code */.aY)(input.base)} at \`${input.headSha.slice(0, 12)}\`. HEE CI fixed it and re-ran the checks that failed.`);
    for (const a of fixed) {
        out.push('', `### ${a.pattern}${a.strategy ? ` — ${a.strategy}` : ''}`);
        if (a.evidence)
            out.push('', 'The failing line:', '', (0,markdown/* fenced */.OF)((0,markdown/* clip */.$Q)(a.evidence, 2_000)));
        out.push('', '| validation | result |', '| --- | --- |');
        for (const v of a.validations)
            out.push(`| ${(0,markdown/* code */.aY)(v.command)} | ${v.passed ? '✅ passed' : '❌ failed'} (exit ${v.code}) |`);
        if (a.validations.length === 0)
            out.push('| (none) | |');
        const tails = a.validations.filter((v) => v.tail.trim() !== '');
        if (tails.length) {
            out.push('', '<details><summary>Output of the validations</summary>', '');
            for (const v of tails)
                out.push((0,markdown/* code */.aY)(v.command), '', (0,markdown/* fenced */.OF)((0,markdown/* clip */.$Q)(v.tail, 3_000)), '');
            out.push('</details>');
        }
    }
    const files = (0,delivery_patch/* diffSummary */.cq)(input.patch);
    const added = files.reduce((n, f) => n + f.added, 0);
    const removed = files.reduce((n, f) => n + f.removed, 0);
    out.push('', `### Changes: ${files.length} file(s), +${added} −${removed}`, '', '| file | + | − |', '| --- | ---: | ---: |');
    for (const f of files.slice(0, 50))
        out.push(`| ${(0,markdown/* code */.aY)(f.path)} | ${f.added} | ${f.removed} |`);
    if (files.length > 50)
        out.push(`| … ${files.length - 50} more | | |`);
    if (input.workflowFilesLeftOut.length)
        out.push('', `Left out on purpose: ${input.workflowFilesLeftOut.map(markdown/* code */.aY).join(', ')}. A fix never changes files under \`.github/workflows/\` (a token without the \`workflows\` permission cannot push them, and CI configuration is for a person to change).`);
    if (!input.ciTriggered)
        out.push('', '> [!NOTE]', '> This branch was pushed with `GITHUB_TOKEN`, and GitHub starts no workflow for such a push: CI has not run on this commit. Give the action a `push-token` (a GitHub App token or a PAT) to have CI re-run, or close and reopen this pull request to start it.');
    out.push('', '### Undo', '', `The fix is one commit (\`${input.commit.slice(0, 12)}\`): close this pull request to drop it, or use **Revert** on this page after merging. To keep auto-fix away, add the \`${SKIP_LABEL}\` label to a pull request or a \`${SKIP_TRAILER}: true\` trailer to a commit.`, '', fixKey(fixedPatterns(input.attempts), input.base));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./packages/core/src/autofix/delivery/report.ts


function reportTitle(reports, branch) {
    return `HEE CI: ${[...new Set(reports.map((r) => r.pattern))].join(', ')} on ${branch} needs a person`;
}
function reportBody(reports, branch, runId, runUrl) {
    const run = (0,security_escape/* markdownLink */.iQ)(`run ${runId}`, runUrl);
    const out = [`CI ${run} on ${(0,markdown/* code */.aY)(branch)} found what HEE CI reports but never changes by itself.`];
    for (const r of reports) {
        out.push('', `### ${r.pattern}`);
        if (r.reason)
            out.push('', (0,security_escape/* markdownText */.p7)(r.reason));
        if (r.evidence)
            out.push('', (0,markdown/* fenced */.OF)((0,markdown/* clip */.$Q)(r.evidence, 2_000)));
        if (r.report)
            out.push('', (0,markdown/* clip */.$Q)(r.report, 20_000));
    }
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./packages/core/src/autofix/delivery/deliver.ts







/** The fix commit's patch as delivery will push it, checked; or why nothing is pushed. */
async function preparePatch(opts) {
    const { result } = opts;
    const full = result.commit ? await opts.git.diffCommits(result.baseSha, result.commit) : result.diff;
    const { patch, leftOut } = opts.workflowFiles === 'leave-out' ? (0,delivery_patch/* withoutWorkflowFiles */.NW)(full) : { patch: full, leftOut: [] };
    const left = [...new Set([...result.workflowFilesLeftOut, ...leftOut])];
    return { patch, leftOut: left, check: (0,delivery_patch/* checkPatch */.xV)(patch, opts.limits, opts.guardContext) };
}
/** Delivers a fix (see the module comment). Expected refusals are values; failures throw. */
async function deliverFix(opts) {
    const log = opts.log ?? (() => { });
    const { result } = opts;
    const delivery = {
        kind: 'none',
        ciTriggered: false,
        workflowFilesLeftOut: [],
        refusals: [],
        filesChanged: 0,
        linesChanged: 0,
        notes: []
    };
    const reports = result.attempts.filter((a) => a.outcome === 'report-only');
    if (reports.length) {
        delivery.reportUrl = await deliverReport(opts, reports);
        delivery.notes.push(`Reported ${reports.map((a) => a.pattern).join(', ')} for a person: ${delivery.reportUrl}`);
    }
    const patterns = fixedPatterns(result.attempts);
    if (patterns.length === 0 || (!result.commit && result.diff.trim() === ''))
        return delivery;
    const { patch, leftOut, check } = await preparePatch(opts);
    delivery.workflowFilesLeftOut = leftOut;
    delivery.filesChanged = check.filesChanged;
    delivery.linesChanged = check.linesChanged;
    if (leftOut.length)
        delivery.notes.push(`Left out ${leftOut.join(', ')}: a fix never changes .github/workflows/ (a token without the workflows permission cannot push it).`);
    if (!check.ok) {
        delivery.kind = 'refused';
        delivery.refusals = check.refusals;
        delivery.notes.push(`Nothing was pushed: the fix ${check.refusals.map((r) => r.message).join('; ')}`);
        return delivery;
    }
    const commit = await commitPatch(opts.git, {
        base: result.baseSha,
        patch,
        message: commitMessage(result.attempts, opts.branch, opts.runId),
        author: opts.author,
        ...(opts.committer ? { committer: opts.committer } : {}),
        trailers: [[AUTO_FIX_TRAILER, opts.runId]],
        ...(opts.signing ? { signing: opts.signing } : {})
    });
    delivery.commit = commit;
    const fixBranch = fixBranchName(opts.runId, patterns);
    await opts.git.updateRef(`refs/heads/${fixBranch}`, commit, { reason: 'hee: auto-fix commit' });
    log(`fix commit ${commit.slice(0, 12)} on ${fixBranch}`);
    const token = opts.pushToken || opts.githubToken;
    const ciTriggered = Boolean(opts.pushToken);
    if (opts.mode === 'push') {
        const why = await pushRefusal(opts, patterns);
        if (why === undefined) {
            try {
                await pushTo(opts, token, commit, opts.branch, result.baseSha);
            }
            catch (e) {
                if (!(e instanceof git_error/* GitError */.X))
                    throw e;
                delivery.notes.push(`The push to ${opts.branch} was refused (${e.message}); the branch may have moved on. Nothing was changed.`);
                return delivery;
            }
            delivery.kind = 'push';
            delivery.branch = opts.branch;
            delivery.ciTriggered = ciTriggered;
            delivery.notes.push(`Pushed the fix to ${opts.branch}.`);
            return delivery;
        }
        delivery.notes.push(`Not pushed to ${opts.branch}: ${why}. Opened a pull request instead.`);
    }
    const bodyInput = {
        attempts: result.attempts,
        patch,
        base: opts.branch,
        headSha: result.baseSha,
        commit,
        runId: opts.runId,
        ...(opts.runUrl ? { runUrl: opts.runUrl } : {}),
        workflowFilesLeftOut: leftOut,
        ciTriggered
    };
    const pull = await (0,branch_pull/* deliverBranchAsPull */.Z)({
        git: opts.git,
        github: opts.github,
        remote: opts.remote,
        ...(token ? { token } : {}),
        ...(opts.onSecret ? { onSecret: opts.onSecret } : {}),
        commit,
        base: opts.branch,
        branch: fixBranch,
        prefix: FIX_BRANCH_PREFIX,
        title: pullTitle(result.attempts, opts.branch),
        body: pullBody(bodyInput),
        key: fixKey(patterns, opts.branch)
    });
    const existing = pull.updated;
    const target = pull.branch;
    delivery.kind = 'pull-request';
    delivery.branch = target;
    delivery.ciTriggered = ciTriggered;
    delivery.pullRequest = { number: pull.number, url: pull.url, updated: existing };
    delivery.notes.push(existing
        ? `Updated the open fix pull request #${pull.number} (${target}) instead of opening another.`
        : `Opened pull request #${pull.number} from ${target} into ${opts.branch}.`);
    return delivery;
}
/** Why a direct push to the failing branch must not happen, or undefined when it may. */
async function pushRefusal(opts, patterns) {
    const review = patterns.filter((p) => opts.reviewPatterns?.includes(p));
    if (review.length)
        return `${review.join(', ')} is fixed under agent review, which is always a pull request`;
    if (opts.branch.startsWith(FIX_BRANCH_PREFIX))
        return `${opts.branch} is a fix branch`;
    const defaultBranch = await opts.github.branches.defaultBranch();
    if (opts.branch === defaultBranch)
        return `${opts.branch} is the default branch`;
    const protection = await opts.github.branches.protection(opts.branch);
    if (!protection.exists)
        return `${opts.branch} does not exist`;
    if (protection.blocked)
        return `${opts.branch} is protected${protection.rules.length ? ` (rules: ${protection.rules.join(', ')})` : ''}`;
    return undefined;
}
/** Pushes with a lease (see {@link pushWithLease}) to the delivery's remote. */
async function pushTo(opts, token, commit, branch, expected) {
    await (0,branch_pull/* pushWithLease */.V)(opts.git, { remote: opts.remote, ...(token ? { token } : {}), ...(opts.onSecret ? { onSecret: opts.onSecret } : {}) }, commit, branch, expected);
}
/** Security findings are reported, never applied: a comment on the open incident issue, or one issue. */
async function deliverReport(opts, reports) {
    const body = reportBody(reports, opts.branch, opts.runId, opts.runUrl);
    if (opts.incidentIssue !== undefined) {
        const c = await opts.github.issues.comment(opts.incidentIssue, body);
        return c.htmlUrl;
    }
    const title = reportTitle(reports, opts.branch);
    const open = await opts.github.issues.findOpen({ title });
    if (open)
        return (await opts.github.issues.comment(open.number, body)).htmlUrl;
    return (await opts.github.issues.create({ title, body, labels: ['hee-ci'] })).htmlUrl;
}

;// CONCATENATED MODULE: ./packages/core/src/autofix/delivery/history.ts
/** The outcome recorded for an attempt once delivery is known. */
function recordedOutcome(a, d) {
    if (a.outcome !== 'fixed')
        return { outcome: a.outcome, success: false, ...(a.reason ? { reason: a.reason } : {}) };
    if (!d || d.kind === 'none')
        return { outcome: 'not-delivered', success: false, reason: d?.notes.at(-1) ?? 'the fix was not delivered' };
    if (d.kind === 'refused')
        return { outcome: 'refused', success: false, reason: d.refusals.map((r) => r.message.split('\n')[0]).join('; ') };
    return { outcome: 'fixed', success: true };
}
function historyEntries(input) {
    const timestamp = (input.now ?? new Date()).toISOString();
    const d = input.delivery;
    return input.attempts.map((a) => {
        const r = recordedOutcome(a, d);
        const delivered = r.success
            ? (d?.pullRequest?.url ?? (d?.kind === 'push' ? `push to ${d.branch}` : undefined))
            : undefined;
        const entry = {
            timestamp,
            pattern_id: a.pattern,
            success: r.success,
            rollback: a.outcome === 'rolled-back',
            strategy: a.strategy,
            outcome: r.outcome,
            ...(r.reason ? { reason: r.reason.slice(0, 500) } : {}),
            duration_ms: Math.max(0, Math.round(a.durationMs)),
            files_changed: r.success ? (d?.filesChanged ?? a.filesChanged) : a.filesChanged,
            lines_changed: r.success ? (d?.linesChanged ?? a.linesChanged) : a.linesChanged,
            validations: a.validations.map((v) => ({ command: v.command, code: v.code, passed: v.passed })),
            ...(r.success && d?.commit ? { commit: d.commit } : {}),
            ...(d?.pullRequest && r.success ? { pr_url: d.pullRequest.url } : {}),
            ...(a.outcome === 'report-only' && d?.reportUrl ? { pr_url: d.reportUrl } : {}),
            branch: input.branch,
            head_sha: input.headSha,
            hee_context: {
                ...(input.capsuleVersion === undefined ? {} : { state_capsule_version: String(input.capsuleVersion) }),
                decision_impact: r.success
                    ? `fixed, delivered as ${delivered}`
                    : `${r.outcome}${r.reason ? `: ${r.reason}` : ''}`.slice(0, 300),
                context_preservation: true
            }
        };
        return entry;
    });
}
/**
 * degraded → operational when every failure of the run was fixed: each fix held and was
 * delivered. A failure left alone (a failing assertion beside a fixed lint error) or a fix
 * rolled back keeps the capsule degraded: CI is not green until a person acts, and the next
 * monitor run moves it on when that failure recovers.
 */
function statusAfter(current, entries) {
    return current === 'degraded' && entries.length > 0 && entries.every((e) => e.success) ? 'operational' : current;
}

;// CONCATENATED MODULE: ./packages/core/src/autofix/delivery/summary.ts


const ICON = {
    fixed: '✅ fixed',
    'rolled-back': '↩️ rolled back',
    skipped: '⏭️ skipped',
    'report-only': '📝 reported',
    'would-fix': '🔍 would fix',
    refused: '⛔ refused',
    'not-delivered': '⚠️ not delivered'
};
function summaryMarkdown(input) {
    const out = ['## HEE CI auto-fix', ''];
    const d = input.delivery;
    if (input.stopped)
        out.push(`**Nothing was done:** ${(0,security_escape/* markdownText */.p7)(input.stopped)}`, '');
    if (d?.pullRequest)
        out.push(`**Pull request:** ${(0,security_escape/* markdownLink */.iQ)(`#${d.pullRequest.number}`, d.pullRequest.url)}${d.pullRequest.updated ? ' (updated, not duplicated)' : ''}`, '');
    else if (d?.kind === 'push')
        out.push(`**Pushed** the fix to ${(0,markdown/* code */.aY)(d.branch ?? '')}.`, '');
    if (input.patchPath)
        out.push(`**Patch** for the apply stage written to ${(0,markdown/* code */.aY)(input.patchPath)}.`, '');
    if (input.entries.length) {
        out.push('| pattern | strategy | outcome | files | lines | validations | time |', '| --- | --- | --- | ---: | ---: | --- | ---: |');
        for (const e of input.entries) {
            const v = (e.validations ?? []).map((x) => `${(0,markdown/* code */.aY)(x.command)} ${x.passed ? '✅' : '❌'}`).join('<br>') || '—';
            out.push(`| ${e.pattern_id} | ${e.strategy ? (0,markdown/* code */.aY)(e.strategy) : '—'} | ${ICON[e.outcome ?? ''] ?? e.outcome ?? ''}${e.reason ? `: ${(0,security_escape/* markdownText */.p7)(e.reason)}` : ''} | ${e.files_changed ?? 0} | ${e.lines_changed ?? 0} | ${v} | ${((e.duration_ms ?? 0) / 1000).toFixed(1)} s |`);
        }
        out.push('');
    }
    for (const n of d?.notes ?? [])
        out.push(`- ${(0,security_escape/* markdownText */.p7)(n)}`);
    if (d && (d.kind === 'push' || d.kind === 'pull-request') && !d.ciTriggered)
        out.push('', '> [!WARNING]', '> The fix was pushed with `GITHUB_TOKEN`: GitHub starts no workflow for such a push, so **CI will not re-run** on it. Pass a GitHub App token or a PAT as `push-token` to have CI prove the fix.');
    if (input.statusFrom && input.statusTo) {
        const open = [...new Set(input.entries.filter((e) => !e.success).map((e) => e.pattern_id))];
        out.push('', input.statusFrom !== input.statusTo
            ? `Capsule status: ${input.statusFrom} → ${input.statusTo} (Auto-Fix Successful).`
            : `Capsule status: stays ${input.statusTo}` +
                (input.statusTo === 'degraded' && open.length
                    ? `: ${open.join(', ')} still failing, for a person to fix; the next monitor run sees it recover.`
                    : '.'));
    }
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./actions/auto-fix/src/event.ts
/**
 * The failing run this job acts on, read from the event that started it (a `workflow_run` of
 * the CI, a pull request, a push) or from the inputs, and whether its code comes from a fork.
 */


/** Events whose GITHUB_TOKEN may write to this repository whatever the code's origin. */
const WRITE_EVENTS = new Set(['workflow_run', 'pull_request_target', 'push', 'schedule', 'workflow_dispatch']);
function tokenMayWrite(eventName) {
    return WRITE_EVENTS.has(eventName);
}
function eventOf(ctx) {
    if (!ctx.eventPath || !(0,external_node_fs_.existsSync)(ctx.eventPath))
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(ctx.eventPath, 'utf8'));
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`the event file ${ctx.eventPath} is not JSON`);
    }
}
function failingRun(inputs, ctx, env = process.env) {
    const event = eventOf(ctx);
    const wr = event.workflow_run;
    const pr = event.pull_request;
    let run;
    if (ctx.eventName === 'workflow_run' && wr) {
        run = {
            runId: Number(wr.id) || 0,
            ...(typeof wr.html_url === 'string' ? { runUrl: wr.html_url } : {}),
            headSha: String(wr.head_sha ?? ''),
            branch: String(wr.head_branch ?? ''),
            headRepository: String(wr.head_repository?.full_name ?? ctx.repository),
            pullRequests: (wr.pull_requests ?? []).map((p) => ({ number: Number(p.number) })),
            fork: false
        };
    }
    else if (pr) {
        run = {
            runId: ctx.runId,
            headSha: String(pr.head?.sha ?? ''),
            branch: String(pr.head?.ref ?? ''),
            headRepository: String(pr.head?.repo?.full_name ?? ctx.repository),
            pullRequests: [
                { number: Number(pr.number), labels: (pr.labels ?? []).map((l) => String(l.name ?? '')) }
            ],
            fork: false
        };
    }
    else {
        run = {
            runId: ctx.runId,
            headSha: env.GITHUB_SHA ?? '',
            branch: env.GITHUB_REF_NAME ?? (env.GITHUB_REF ?? '').replace(/^refs\/heads\//, ''),
            headRepository: ctx.repository,
            pullRequests: [],
            fork: false
        };
    }
    if (inputs['run-id'] > 0)
        run.runId = inputs['run-id'];
    if (inputs['head-sha'])
        run.headSha = inputs['head-sha'];
    if (inputs.branch)
        run.branch = inputs.branch;
    run.fork = run.headRepository.toLowerCase() !== ctx.repository.toLowerCase();
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(run.headSha))
        throw new errors/* ConfigurationError */.j1('the failing commit is unknown: set `head-sha` (the event names none)');
    if (!run.branch)
        throw new errors/* ConfigurationError */.j1('the failing branch is unknown: set `branch` (the event names none)');
    return run;
}

// EXTERNAL MODULE: ./packages/core/src/monitor/analyze-run.ts + 7 modules
var analyze_run = __webpack_require__(17674);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/log-classifier.ts + 8 modules
var log_classifier = __webpack_require__(24823);
;// CONCATENATED MODULE: ./actions/auto-fix/src/findings.ts
/**
 * What failed, for the engine: the failing jobs of the run read over the API (their logs
 * classified as the monitor does), or a log file the job wrote itself.
 */


/** Logs larger than this are read from their end (the failure is at the end). */
const MAX_LOG_BYTES = 20 * 1024 * 1024;
/** A job's causes as the monitor counts them: a weaker second finding (cargo's "could not compile" under clippy's lints) is the tool's summary of the first, not a failure to fix or report. */
function findingsOf(log) {
    return (0,analyze_run/* oneCausePerJob */._O)((0,log_classifier/* classifyText */.oF)(log).findings).map((f) => ({
        pattern: f.pattern,
        severity: f.severity,
        evidence: f.excerpt.split('\n')[0] ?? ''
    }));
}
/** A log file given as an input. */
async function findingsFromFile(path) {
    const size = await (0,promises_.stat)(path).then((s) => s.size, () => {
        throw new errors/* ConfigurationError */.j1(`input \`log-path\`: ${path} does not exist`);
    });
    if (size > MAX_LOG_BYTES)
        throw new errors/* ConfigurationError */.j1(`input \`log-path\`: ${path} is larger than 20 MB`);
    const log = await (0,promises_.readFile)(path, 'utf8');
    return { findings: findingsOf(log), log };
}
/** The failed jobs of `runId`: each log classified; the log of the first job with a finding. */
async function findingsFromRun(runs, runId) {
    const jobs = (await runs.listJobs(runId)).filter((j) => j.conclusion === 'failure');
    const findings = [];
    let firstLog;
    for (const job of jobs) {
        const chunks = [];
        let size = 0;
        for await (const c of runs.downloadJobLog(job.id)) {
            chunks.push(c);
            size += c.length;
            while (size > MAX_LOG_BYTES && chunks.length > 1)
                size -= chunks.shift().length;
        }
        const log = Buffer.concat(chunks).toString('utf8');
        const found = findingsOf(log);
        if (found.length && firstLog === undefined)
            firstLog = log;
        findings.push(...found.map((f) => ({ ...f, log })));
    }
    return { findings, ...(firstLog === undefined ? {} : { log: firstLog }) };
}

// EXTERNAL MODULE: ./packages/core/src/input-fields.ts
var input_fields = __webpack_require__(49227);
;// CONCATENATED MODULE: ./actions/auto-fix/src/inputs.ts


const schema = schemas/* object */.Ikc({
    stage: input_fields/* input */.h.oneOf(['all', 'compute', 'apply'], 'all'),
    delivery: input_fields/* input */.h.oneOf(['pull-request', 'push'], 'pull-request'),
    'github-token': input_fields/* input */.h.text(),
    'push-token': input_fields/* input */.h.text(),
    'working-directory': input_fields/* input */.h.text(),
    'log-path': input_fields/* input */.h.text(),
    mode: input_fields/* input */.h.oneOf(['hee-safe', 'review'], 'review'),
    'max-severity': input_fields/* input */.h.oneOf(['critical', 'high', 'medium', 'low'], 'critical'),
    'run-id': input_fields/* input */.h.int(0, 0, Number.MAX_SAFE_INTEGER),
    'head-sha': input_fields/* input */.h.text(),
    branch: input_fields/* input */.h.text(),
    'base-branch': input_fields/* input */.h.text(),
    'remote-url': input_fields/* input */.h.text(),
    'patch-path': input_fields/* input */.h.text(),
    'attempt-budget': input_fields/* input */.h.int(3, 1, 100),
    'max-files': input_fields/* input */.h.int(50, 1, 10_000),
    'max-lines': input_fields/* input */.h.int(2000, 1, 1_000_000),
    'protected-paths': input_fields/* input */.h.list(),
    'commit-author': input_fields/* input */.h.text(),
    'commit-signing-key': input_fields/* input */.h.text(),
    'capsule-path': input_fields/* input */.h.text(),
    'signing-key': input_fields/* input */.h.text(),
    'verify-key': input_fields/* input */.h.text(),
    'encryption-key': input_fields/* input */.h.text(),
    'allow-unsigned': input_fields/* input */.h.bool(false),
    'upload-capsule': input_fields/* input */.h.bool(true),
    'artifact-name': input_fields/* input */.h.text('hee-state-capsule'),
    'retention-days': input_fields/* input */.h.int(90, 1, 400)
});
const SECRET_INPUTS = [
    'github-token',
    'push-token',
    'commit-signing-key',
    'signing-key',
    'verify-key',
    'encryption-key'
];
function getInputs() {
    return (0,action_inputs/* readInputs */.Ko)(schema, SECRET_INPUTS);
}

;// CONCATENATED MODULE: ./actions/auto-fix/src/main.ts










/** The fork guard: code from a fork never runs in a job whose token can write here. */
function forkGuard(inputs, ctx, run) {
    const two = 'use the two-workflow pattern: `stage: compute` in an unprivileged workflow, `stage: apply` in a privileged one (README, docs/examples/auto-fix-fork-compute.yml and auto-fix-fork-apply.yml)';
    if (inputs.stage === 'compute' && inputs['push-token'])
        throw new errors/* ConfigurationError */.j1('input `push-token` is set for `stage: compute`: the compute stage runs repository code and holds no write token', { hint: 'pass `push-token` to the apply stage only' });
    if (run.fork && inputs.stage !== 'apply' && tokenMayWrite(ctx.eventName))
        throw new errors/* ConfigurationError */.j1(`the failing code comes from the fork ${run.headRepository}, and this ${ctx.eventName} job's token can write to ${ctx.repository}: running that code (stage ${inputs.stage}) is refused`, { hint: two });
    if (run.fork && inputs.stage === 'all')
        throw new errors/* ConfigurationError */.j1(`the failing code comes from the fork ${run.headRepository}: this job cannot deliver a fix to it`, { hint: two });
}
function identityInput(text) {
    if (!text)
        return DEFAULT_AUTHOR;
    try {
        return parseIdentity(text);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`input \`commit-author\`: ${e.message}`);
    }
}
async function readCapsuleView(path, inputs) {
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    const key = (0,keys/* keyInput */.iS)('signing-key', inputs['signing-key']);
    const verify = (0,keys/* keyInput */.iS)('verify-key', inputs['verify-key']);
    const encryptionKey = (0,keys/* encryptionKeyInput */.dm)('encryption-key', inputs['encryption-key']);
    const opened = (0,capsule_open/* openCapsule */.y)(await (0,store/* readCapsuleFile */.U4)(path), {
        verifyKeys: [...(key ? [key] : []), ...(verify ? [verify] : [])],
        ...(encryptionKey ? { encryptionKey } : {}),
        requireSignature: !inputs['allow-unsigned']
    });
    const body = opened.capsule.body;
    const incidents = Object.values(body.monitoring_state.incidents ?? {});
    const security = incidents.find((i) => i.pattern === 'PAT-003' && i.issue_number !== undefined);
    return {
        version: opened.capsule.version,
        status: body.monitoring_state.current_status ?? 'operational',
        history: body.auto_fix_history,
        ...(security?.issue_number ? { incidentIssue: security.issue_number } : {})
    };
}
function main_writer(inputs, ctx) {
    if (!inputs['github-token'])
        throw new errors/* ConfigurationError */.j1('input `github-token` is empty', {
            hint: 'the default `${{ github.token }}` works with the permissions listed in the README'
        });
    const client = (0,octokit/* createGitHubClient */.LX)({
        token: inputs['github-token'],
        baseUrl: ctx.apiUrl,
        userAgent: 'hee-ci-auto-fix',
        log: { debug: (m) => core.debug(m), warn: (m) => core.warning(m), error: (m) => core.error(m) }
    });
    return (0,writer/* createGitHubWriter */.H)(client, ctx.repository);
}
/**
 * The pull requests of the failing run. A `workflow_run` of a fork's pull request carries an
 * empty `pull_requests`: the open pull request is then found by its head, the fork's owner and
 * branch (`GET /pulls?head=owner:branch`), and kept only when its head repository is the run's.
 */
async function runPullRequests(run, eventName, github) {
    if (run.pullRequests.length > 0 || eventName !== 'workflow_run' || !github || !run.branch)
        return run.pullRequests;
    const headOwner = run.headRepository.split('/')[0];
    const pr = await github.pulls.findOpenByHead(run.branch, { headOwner });
    if (!pr || (pr.head.repository ?? '').toLowerCase() !== run.headRepository.toLowerCase())
        return [];
    return [{ number: pr.number, labels: pr.labels }];
}
/** Labels of the run's pull requests: from the event when it carries them, else over the API. */
async function pullLabels(run, github) {
    const labels = [];
    for (const p of run.pullRequests) {
        if (p.labels)
            labels.push(...p.labels);
        else if (github)
            labels.push(...((await github.pulls.get(p.number))?.labels ?? []));
    }
    return labels;
}
/** Runs one stage of auto-fix (see the README); `engine` is the auto-fix engine. */
async function run(engine) {
    const inputs = getInputs();
    const ctx = (0,context/* runnerContext */.cE)();
    const failing = failingRun(inputs, ctx);
    forkGuard(inputs, ctx, failing);
    const stage = inputs.stage;
    const workdir = (0,context/* workspacePath */.X5)(ctx, inputs['working-directory'] || '.');
    const exec = createActionsExec();
    const git = new git_git/* Git */.T(exec, workdir);
    const author = identityInput(inputs['commit-author']);
    const capsulePath = (0,context/* capsulePathOf */.eP)(ctx, inputs['capsule-path']);
    const capsule = await readCapsuleView(capsulePath, inputs);
    const history = capsule?.history ?? [];
    const limits = {
        maxFiles: inputs['max-files'],
        maxLines: inputs['max-lines'],
        protectedPaths: inputs['protected-paths']
    };
    const patchDir = inputs['patch-path'] ? (0,context/* workspacePath */.X5)(ctx, inputs['patch-path']) : (0,external_node_path_.join)(ctx.tempDir, 'hee-auto-fix');
    // The compute stage holds no write token and asks the API nothing but the run's logs.
    const github = stage === 'compute' && !inputs['github-token'] ? undefined : main_writer(inputs, ctx);
    const runId = String(failing.runId || ctx.runId);
    failing.pullRequests = await runPullRequests(failing, ctx.eventName, github);
    core.startGroup(`Auto-fix ${failing.branch} at ${failing.headSha.slice(0, 12)} (stage ${stage})`);
    // ---- the loop guard ----
    const branchHead = stage === 'compute' || failing.fork
        ? failing.headSha // the fork's branch is not readable here; the apply stage checks the patch's commit
        : (await github.refs.get(`refs/heads/${failing.branch}`))?.sha;
    const verdict = await checkLoopGuard({
        git,
        headSha: failing.headSha,
        branch: failing.branch,
        branchHead,
        agent: author,
        pullRequestLabels: await pullLabels(failing, github),
        history,
        budget: inputs['attempt-budget']
    });
    let result;
    let delivery;
    let patchPath;
    // What failed: a log file of the job, or the failed jobs of the run (the apply stage reads the patch).
    const source = stage === 'apply'
        ? { findings: [] }
        : inputs['log-path']
            ? await findingsFromFile((0,context/* workspacePath */.X5)(ctx, inputs['log-path']))
            : github && failing.runId
                ? await findingsFromRun((0,runs/* createRunsReader */.Wg)((0,octokit/* createGitHubClient */.LX)({ token: inputs['github-token'], baseUrl: ctx.apiUrl }), ctx.repository), failing.runId)
                : { findings: [] };
    const findings = source.findings;
    if (!verdict.proceed) {
        core.info((0,inert/* inertText */.UJ)(`nothing to do: ${verdict.reason}`));
    }
    else if (stage === 'apply') {
        const h = await readHandoff(patchDir);
        if (h.meta.repository.toLowerCase() !== ctx.repository.toLowerCase())
            throw new errors/* ConfigurationError */.j1(`the patch was made for ${h.meta.repository}, not ${ctx.repository}`);
        if (h.meta.base_sha !== failing.headSha)
            throw new errors/* ConfigurationError */.j1(`the patch was made on ${h.meta.base_sha.slice(0, 12)}, but the failing commit is ${failing.headSha.slice(0, 12)}`);
        result = handoffResult(h);
        const base = inputs['base-branch'] || (failing.fork ? await github.branches.defaultBranch() : failing.branch);
        delivery = await deliverFix({
            git,
            github: github,
            result,
            runId,
            ...(failing.runUrl ? { runUrl: failing.runUrl } : {}),
            branch: base,
            mode: 'pull-request',
            remote: inputs['remote-url'] || `${ctx.serverUrl}/${ctx.repository}.git`,
            githubToken: inputs['github-token'],
            ...(inputs['push-token'] ? { pushToken: inputs['push-token'] } : {}),
            author,
            ...(await main_signing(inputs, ctx, exec)),
            limits,
            workflowFiles: 'refuse',
            onSecret: action_inputs/* maskSecret */.$l,
            log: (l) => core.info((0,inert/* inertText */.UJ)(l))
        });
    }
    else {
        core.info(`findings: ${findings.map((f) => f.pattern).join(', ') || 'none'}`);
        result = await engine.fix({
            workdir,
            findings,
            ...('log' in source && source.log !== undefined ? { log: source.log } : {}),
            mode: inputs.mode,
            maxSeverity: inputs['max-severity'],
            dryRun: false,
            runId,
            headSha: failing.headSha,
            limits,
            ...(capsule ? { capsuleStatus: capsule.status } : {}),
            attemptedForHead: attemptedForHead(history, failing.headSha),
            author,
            exec,
            onProgress: (m) => core.info((0,inert/* inertText */.UJ)(m))
        });
        if (stage === 'compute') {
            const { patch, leftOut, check } = await preparePatch({ git, result, limits, workflowFiles: 'leave-out' });
            if (result.attempts.some((a) => a.outcome === 'fixed') && patch.trim() !== '') {
                if (check.ok) {
                    await writeHandoff(patchDir, {
                        result: { ...result, workflowFilesLeftOut: leftOut },
                        patch,
                        repository: ctx.repository,
                        runId,
                        branch: failing.branch
                    });
                    patchPath = patchDir;
                }
                else {
                    delivery = {
                        kind: 'refused',
                        ciTriggered: false,
                        workflowFilesLeftOut: leftOut,
                        refusals: check.refusals,
                        filesChanged: check.filesChanged,
                        linesChanged: check.linesChanged,
                        notes: [`No patch was written: the fix ${check.refusals.map((r) => r.message).join('; ')}`]
                    };
                }
            }
        }
        else {
            const sign = await main_signing(inputs, ctx, exec);
            try {
                delivery = await deliverFix({
                    git,
                    github: github,
                    result,
                    runId,
                    ...(failing.runUrl ? { runUrl: failing.runUrl } : {}),
                    branch: failing.branch,
                    mode: inputs.delivery === 'push' ? 'push' : 'pull-request',
                    reviewPatterns: await engine.reviewPatterns(workdir),
                    remote: inputs['remote-url'] || `${ctx.serverUrl}/${ctx.repository}.git`,
                    githubToken: inputs['github-token'],
                    ...(inputs['push-token'] ? { pushToken: inputs['push-token'] } : {}),
                    author,
                    ...sign,
                    limits,
                    workflowFiles: 'leave-out',
                    ...(capsule?.incidentIssue ? { incidentIssue: capsule.incidentIssue } : {}),
                    onSecret: action_inputs/* maskSecret */.$l,
                    log: (l) => core.info((0,inert/* inertText */.UJ)(l))
                });
            }
            finally {
                await sign.signing?.dispose();
            }
        }
    }
    core.endGroup();
    // ---- history, capsule, summary, outputs ----
    const attempts = result?.attempts ?? [];
    const entries = verdict.proceed
        ? historyEntries({
            attempts,
            ...(delivery ? { delivery } : {}),
            branch: failing.branch,
            headSha: failing.headSha,
            ...(capsule ? { capsuleVersion: capsule.version } : {})
        })
        : skippedEntries(verdict, failing, capsule, findings);
    const statusFrom = capsule?.status ?? 'operational';
    const statusTo = statusAfter(statusFrom, entries);
    let version = capsule?.version;
    if (stage !== 'compute' && (capsule || inputs['signing-key'] || inputs['allow-unsigned'])) {
        version = await writeCapsule(inputs, ctx, capsulePath, { append_history: entries, status: statusTo });
    }
    await core.summary
        .addRaw(summaryMarkdown({
        stage,
        attempts,
        ...(delivery ? { delivery } : {}),
        entries,
        ...(verdict.proceed ? {} : { stopped: verdict.reason }),
        statusFrom,
        statusTo,
        ...(patchPath ? { patchPath } : {})
    }))
        .write();
    const fixed = attempts.some((a) => a.outcome === 'fixed');
    const delivered = delivery?.kind === 'pull-request' || delivery?.kind === 'push';
    (0,action_inputs/* setOutputs */.n0)({
        changes_made: delivered || (patchPath !== undefined && fixed),
        fixed: stage === 'compute' ? fixed : entries.some((e) => e.success),
        'rolled-back': attempts.some((a) => a.outcome === 'rolled-back'),
        'pr-url': delivery?.pullRequest?.url ?? '',
        'patch-path': patchPath ?? '',
        branch: delivery?.branch ?? '',
        commit: delivery?.commit ?? '',
        status: statusTo,
        'ci-triggered': delivered ? delivery.ciTriggered : false,
        'capsule-path': capsulePath,
        version
    });
    // A patch handed over by another job that the checks refuse is a warning sign, not a rollback.
    if (stage === 'apply' && delivery?.kind === 'refused')
        core.setFailed(`the patch from the compute stage is refused: ${delivery.refusals.map((r) => r.message).join('; ')}`);
}
/** One entry per pattern when the loop guard stopped everything: why, for the report. */
function skippedEntries(verdict, failing, capsule, findings) {
    const patterns = [...new Set(findings.map((f) => f.pattern))];
    return (patterns.length ? patterns : ['(any)']).map((p) => ({
        timestamp: new Date().toISOString(),
        pattern_id: p,
        success: false,
        outcome: 'skipped',
        reason: verdict.reason,
        branch: failing.branch,
        head_sha: failing.headSha,
        hee_context: {
            ...(capsule ? { state_capsule_version: String(capsule.version) } : {}),
            decision_impact: `skipped (${verdict.rule}): ${verdict.reason}`.slice(0, 300),
            context_preservation: true
        }
    }));
}
async function main_signing(inputs, ctx, exec) {
    if (!inputs['commit-signing-key'])
        return {};
    await (0,promises_.mkdir)(ctx.tempDir, { recursive: true });
    try {
        return { signing: await (0,signing/* prepareSigning */.v)(exec, inputs['commit-signing-key'], ctx.tempDir) };
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`input \`commit-signing-key\`: ${e.message}`);
    }
}
async function writeCapsule(inputs, ctx, path, update) {
    const signingKey = (0,keys/* keyInput */.iS)('signing-key', inputs['signing-key']);
    const verify = (0,keys/* keyInput */.iS)('verify-key', inputs['verify-key']);
    const encryptionKey = (0,keys/* encryptionKeyInput */.dm)('encryption-key', inputs['encryption-key']);
    const { capsule } = await (0,update_file/* updateCapsuleFile */.l)({
        path,
        update,
        meta: { repository: ctx.repository, workflow: ctx.workflow, runId: ctx.runId },
        ...(signingKey ? { signingKey } : {}),
        ...(verify ? { verifyKeys: [verify] } : {}),
        ...(encryptionKey ? { encryptionKey } : {}),
        requireSignature: !inputs['allow-unsigned']
    });
    if (inputs['upload-capsule']) {
        const name = (0,candidates/* capsuleArtifactName */.BU)(inputs['artifact-name'], capsule.version);
        const store = new artifact_store/* ArtifactCapsuleStore */.P({
            prefix: inputs['artifact-name'],
            repository: ctx.repository,
            runId: ctx.runId
        });
        await store.upload(name, path, (0,external_node_path_.dirname)(path), inputs['retention-days']);
        core.info(`capsule version ${capsule.version} uploaded as ${name}`);
    }
    return capsule.version;
}


/***/ }),

/***/ 20531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ deliverBranchAsPull),
  V: () => (/* binding */ pushWithLease)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/git/git-error.ts
var git_error = __webpack_require__(54781);
;// CONCATENATED MODULE: ./packages/core/src/git/push.ts

/**
 * Pushes with a token that lives only in the environment of this one `git push` process.
 *
 * actions/checkout persists its token as `http.<server>/.extraheader` in `.git/config`
 * unless `persist-credentials: false`; create-pull-request saves and unsets that header, sets
 * its own, and restores the old one in a `finally`. We reach the same end without writing
 * `.git/config` at all: git reads `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`/`GIT_CONFIG_VALUE_n`
 * as command-line config, where an empty `http.extraheader` value first clears every header
 * inherited from the repository, global or system config (a stale persisted token included),
 * and the second entry adds ours. Nothing is left behind for a later step to read, even if
 * this process is killed, and the token never appears in a command line or a log.
 */
async function push(git, opts) {
    const args = ['push', '--porcelain', '--no-verify'];
    for (const [ref, sha] of opts.forceWithLease ?? [])
        args.push(`--force-with-lease=${ref}:${sha}`);
    args.push(opts.remote, ...opts.refspecs);
    const env = {};
    if (opts.token) {
        const server = new URL(opts.serverUrl ?? 'https://github.com');
        const basic = Buffer.from(`x-access-token:${opts.token}`, 'utf8').toString('base64');
        opts.onSecret?.(opts.token);
        opts.onSecret?.(basic);
        const key = `http.${server.origin}/.extraheader`;
        const base = Number(git.envVar('GIT_CONFIG_COUNT') ?? 0) || 0;
        env['GIT_CONFIG_COUNT'] = String(base + 2);
        env[`GIT_CONFIG_KEY_${base}`] = key;
        env[`GIT_CONFIG_VALUE_${base}`] = '';
        env[`GIT_CONFIG_KEY_${base + 1}`] = key;
        env[`GIT_CONFIG_VALUE_${base + 1}`] = `AUTHORIZATION: basic ${basic}`;
    }
    try {
        await git.run(args, { env, timeoutMs: 5 * 60_000 });
    }
    catch (e) {
        // git does not print headers, but a remote's error page might echo one back.
        if (opts.token && e instanceof git_error/* GitError */.X) {
            const basic = Buffer.from(`x-access-token:${opts.token}`, 'utf8').toString('base64');
            const redact = (t) => t.split(opts.token).join('***').split(basic).join('***');
            throw new git_error/* GitError */.X(e.args, e.exitCode, redact(e.stderr));
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/autofix/delivery/branch-pull.ts
/**
 * A commit delivered as a pull request from a branch of its own: pushed with a lease (never
 * over work that arrived meanwhile), and an open pull request carrying the same hidden key is
 * updated rather than duplicated. Fixes and kept generated tests go out this way.
 */


/**
 * Pushes `commit` to `branch` only if the branch still is at `expected` ('' for "does not
 * exist yet"). `remote` is a URL (`https://github.com/o/r.git`, which needs `token`) or a path.
 */
async function pushWithLease(git, o, commit, branch, expected) {
    const ref = `refs/heads/${branch}`;
    const http = /^https?:\/\//i.test(o.remote);
    if (http && !o.token)
        throw new errors/* HeeError */.RA('config', 'no token to push with: set `github-token` or `push-token`');
    await push(git, {
        remote: o.remote,
        refspecs: [`${commit}:${ref}`],
        forceWithLease: [[ref, expected]],
        ...(http && o.token ? { token: o.token, serverUrl: new URL(o.remote).origin } : {}),
        ...(o.onSecret ? { onSecret: o.onSecret } : {})
    });
}
/** Opens the pull request, or updates the open one with the same key; returns it. */
async function deliverBranchAsPull(o) {
    if (!o.body.includes(o.key))
        throw new Error('the pull request body must carry its key');
    const own = `${o.github.repository.owner}/${o.github.repository.repo}`.toLowerCase();
    const open = (await o.github.pulls.findOpenByHead(o.branch, { base: o.base })) ??
        (await o.github.pulls.listOpen({ base: o.base })).find((p) => p.head.ref.startsWith(o.prefix) &&
            (p.head.repository ?? '').toLowerCase() === own &&
            (p.body ?? '').includes(o.key));
    const branch = open?.head.ref ?? o.branch;
    await pushWithLease(o.git, o, o.commit, branch, open ? open.head.sha : '');
    const pull = open
        ? await o.github.pulls.update(open.number, { title: o.title, body: o.body })
        : await o.github.pulls.create({ head: branch, base: o.base, title: o.title, body: o.body });
    return { number: pull.number, url: pull.htmlUrl, branch, updated: open !== undefined };
}


/***/ }),

/***/ 66779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xV: () => (/* binding */ checkPatch),
  cq: () => (/* binding */ diffSummary),
  NW: () => (/* binding */ withoutWorkflowFiles)
});

// UNUSED EXPORTS: DEFAULT_LIMITS, splitPatch

// EXTERNAL MODULE: ./packages/core/src/autofix/guard/unified-diff.ts
var unified_diff = __webpack_require__(46850);
// EXTERNAL MODULE: ./packages/core/src/autofix/guard/check-diff.ts + 4 modules
var check_diff = __webpack_require__(90203);
// EXTERNAL MODULE: ./packages/core/src/autofix/guard/format.ts
var format = __webpack_require__(21751);
;// CONCATENATED MODULE: ./packages/core/src/autofix/delivery/paths.ts
/** Path rules of a fix: protected paths (globs) and the workflow files a fix never carries. */
/** Files a token without the `workflows` permission cannot push, and a fix never changes. */
function isWorkflowFile(path) {
    return /^\.github\/workflows\//.test(path);
}
function globRegExp(pattern) {
    let p = pattern.trim().replace(/^\.?\//, '');
    if (p.endsWith('/'))
        p += '**';
    let src = '';
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === '*' && p[i + 1] === '*') {
            // `**/` matches any number of folders, a trailing `**` anything below
            if (p[i + 2] === '/') {
                src += '(?:.*/)?';
                i += 2;
            }
            else {
                src += '.*';
                i += 1;
            }
        }
        else if (c === '*')
            src += '[^/]*';
        else if (c === '?')
            src += '[^/]';
        else
            src += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    // A pattern without a slash names a file anywhere, as in .gitignore.
    return new RegExp(`^${p.includes('/') ? '' : '(?:.*/)?'}${src}$`);
}
/**
 * True when `path` (repository-relative) matches one of the glob `patterns`: `*` within a
 * folder, `**` across folders, a trailing `/` for everything below, no slash for any folder.
 */
function matchesAny(path, patterns) {
    return patterns.some((p) => p.trim() !== '' && globRegExp(p).test(path));
}

;// CONCATENATED MODULE: ./packages/core/src/autofix/delivery/patch.ts
/**
 * A fix as a patch: split per file, workflow files taken out, and checked against the guard
 * and the limits before anything is committed or pushed. The same check runs on the engine's
 * own commit and on a patch handed over by an unprivileged job, which is not trusted at all.
 */


const DEFAULT_LIMITS = { maxFiles: 25, maxLines: 500, protectedPaths: [] };
/** Splits a `git diff` into its per-file sections; text before the first section is dropped. */
function splitPatch(patch) {
    const sections = patch.split(/^(?=diff --git )/m).filter((s) => s.startsWith('diff --git '));
    return sections.map((text) => {
        const [f] = (0,unified_diff/* parseUnifiedDiff */.r)(text);
        const header = /^diff --git a\/(.+?) b\/(.+)$/m.exec(text);
        const path = f?.path ?? header?.[2] ?? '';
        const paths = [...new Set([f?.oldPath, f?.newPath, header?.[1], header?.[2]].filter((p) => !!p))];
        const binary = f?.binary === true || /^GIT binary patch$|^Binary files /m.test(text);
        return { path, paths, text, binary, linesChanged: f?.lines.length ?? 0 };
    });
}
/** The patch without sections under `.github/workflows/`, and the paths left out. */
function withoutWorkflowFiles(patch) {
    const kept = [];
    const leftOut = [];
    for (const s of splitPatch(patch)) {
        if (s.paths.some(isWorkflowFile))
            leftOut.push(s.path);
        else
            kept.push(s.text);
    }
    return { patch: kept.join(''), leftOut };
}
/**
 * Checks a patch before it is committed: not empty, no workflow file, no binary file, no
 * protected path, within the limits, and nothing the anti-suppression guard refuses. Every
 * refusal is reported, not only the first. `guardContext` is for the engine's own commit (an
 * obsolete snapshot it removed); a patch from another job gets none.
 */
function checkPatch(patch, limits = DEFAULT_LIMITS, guardContext = {}) {
    const sections = splitPatch(patch);
    const filesChanged = sections.length;
    const linesChanged = sections.reduce((n, s) => n + s.linesChanged, 0);
    const refusals = [];
    if (sections.length === 0)
        refusals.push({ rule: 'empty', message: 'the patch changes nothing' });
    const workflow = sections.filter((s) => s.paths.some(isWorkflowFile)).map((s) => s.path);
    if (workflow.length)
        refusals.push({
            rule: 'workflow-file',
            message: `changes workflow files (${workflow.join(', ')}): a fix never changes .github/workflows/`
        });
    const binary = sections.filter((s) => s.binary).map((s) => s.path);
    if (binary.length)
        refusals.push({ rule: 'binary', message: `changes binary files (${binary.join(', ')}), which cannot be reviewed` });
    const guarded = sections.filter((s) => s.paths.some((p) => matchesAny(p, limits.protectedPaths))).map((s) => s.path);
    if (guarded.length)
        refusals.push({ rule: 'protected-path', message: `changes protected paths: ${guarded.join(', ')}` });
    if (filesChanged > limits.maxFiles)
        refusals.push({
            rule: 'max-files',
            message: `changes ${filesChanged} files, more than the limit of ${limits.maxFiles}`
        });
    if (linesChanged > limits.maxLines)
        refusals.push({
            rule: 'max-lines',
            message: `changes ${linesChanged} lines, more than the limit of ${limits.maxLines}`
        });
    const guard = (0,check_diff/* checkDiff */.S)(patch, guardContext);
    if (!guard.ok)
        refusals.push({
            rule: 'guard',
            message: `silences a check instead of fixing it:\n${(0,format/* formatViolations */.w)(guard.violations)}`,
            violations: guard.violations
        });
    if (refusals.length)
        return { ok: false, refusals, filesChanged, linesChanged };
    return { ok: true, files: sections.map((s) => s.path), filesChanged, linesChanged };
}
/** Added and removed lines per file, for the pull request body. */
function diffSummary(patch) {
    return (0,unified_diff/* parseUnifiedDiff */.r)(patch).map((f) => ({
        path: f.path,
        added: f.lines.filter((l) => l.side === 'added').length,
        removed: f.lines.filter((l) => l.side === 'removed').length
    }));
}


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

/***/ 87245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ prepareSigning)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);



/**
 * Prepares commit signing from a private key given as text (a secret input): an OpenSSH
 * private key signs with `gpg.format=ssh`, an armored OpenPGP key is imported into a
 * throw-away GNUPGHOME. The key is written with mode 0600 into `tmpRoot` and removed by
 * `dispose`. Keys with a passphrase are refused: nobody is there to type it.
 */
async function prepareSigning(exec, key, tmpRoot, baseEnv = process.env) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tmpRoot, 'hee-sign-'));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(dir, 0o700);
    const dispose = async () => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    };
    try {
        const text = key.replace(/\r\n/g, '\n').trim() + '\n';
        if (/-----BEGIN OPENSSH PRIVATE KEY-----/.test(text)) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'signing-key');
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, text, { mode: 0o600 });
            // ssh-keygen -y fails on an encrypted key when no passphrase can be asked for.
            const probe = await exec('ssh-keygen', ['-y', '-P', '', '-f', file], { progress: {} });
            if (probe.code !== 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('signing.key', 'the SSH signing key cannot be used (passphrase-protected or malformed)');
            return {
                format: 'ssh',
                config: ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${file}`],
                env: {},
                dispose
            };
        }
        if (/-----BEGIN PGP PRIVATE KEY BLOCK-----/.test(text)) {
            const home = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'gnupg');
            const env = { ...baseEnv, GNUPGHOME: home };
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(home, { mode: 0o700 });
            const imported = await exec('gpg', ['--batch', '--import'], { env, input: text, progress: {} });
            if (imported.code !== 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('signing.key', 'the OpenPGP signing key cannot be imported');
            const listed = await exec('gpg', ['--batch', '--with-colons', '--list-secret-keys'], { env, progress: {} });
            const fpr = /^fpr:+([0-9A-F]{40,64}):/m.exec(listed.stdout)?.[1];
            if (!fpr)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('signing.key', 'the OpenPGP signing key holds no secret key');
            return {
                format: 'openpgp',
                config: ['-c', 'gpg.format=openpgp', '-c', `user.signingkey=${fpr}`],
                env: { GNUPGHOME: home },
                dispose: async () => {
                    await exec('gpgconf', ['--kill', 'gpg-agent'], { env, progress: {} });
                    await dispose();
                }
            };
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('signing.key', 'the signing key is neither an OpenSSH nor an armored OpenPGP private key');
    }
    catch (e) {
        await dispose();
        throw e;
    }
}


/***/ })

};

//# sourceMappingURL=279.index.mjs.map