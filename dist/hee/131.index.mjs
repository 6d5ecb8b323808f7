export const id = 131;
export const ids = [131];
export const modules = {

/***/ 12796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ ArtifactCapsuleStore),
/* harmony export */   c: () => (/* binding */ DEFAULT_CAPSULE_DOWNLOAD_MS)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(37638);
/* harmony import */ var _github_octokit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86754);
/* harmony import */ var _github_pages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93593);
/* harmony import */ var _time_limit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56377);
/* harmony import */ var _state_candidates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90997);








/** Default time limit of one capsule download (the `download-seconds` input of capsule-load): 60 s. */
const DEFAULT_CAPSULE_DOWNLOAD_MS = 60_000;
/**
 * Capsules as workflow artifacts, through the real `@actions/artifact` client: within a run
 * over the runtime token, across runs over the REST endpoints and a token.
 */
class ArtifactCapsuleStore {
    opts;
    clientPromise;
    constructor(opts) {
        this.opts = opts;
    }
    // The artifact client (Azure SDK, protobuf) is half of a bundle's start-up; it loads only
    // when an artifact is actually read or written.
    client() {
        this.clientPromise ??= Promise.all(/* import() */[__webpack_require__.e(744), __webpack_require__.e(252)]).then(__webpack_require__.bind(__webpack_require__, 91252)).then((m) => new m.DefaultArtifactClient());
        return this.clientPromise;
    }
    /** Capsule artifacts uploaded earlier in this run (by any job). */
    async listThisRun() {
        const { artifacts } = await wrap('list the artifacts of this run', async () => (await this.client()).listArtifacts({ latest: true }));
        const out = [];
        for (const a of artifacts) {
            const version = (0,_state_candidates_js__WEBPACK_IMPORTED_MODULE_3__/* .versionFromName */ .sv)(this.opts.prefix, a.name);
            if (version !== undefined) {
                out.push({ id: a.id, name: a.name, version, runId: this.opts.runId, createdAt: a.createdAt, origin: 'run' });
            }
        }
        return out;
    }
    /**
     * Capsule artifacts of earlier runs, newest first, read page by page until `limit`
     * candidates are found or `maxPages` pages were read (bounded API cost, whatever the list's
     * `Link: rel="next"` offers).
     */
    async listPreviousRuns(limit, maxPages = 5) {
        const [owner, repo] = this.opts.repository.split('/');
        const { octokit } = this.api();
        const out = [];
        const excluded = [];
        const branches = this.opts.branches ?? [];
        const what = 'list the artifacts of earlier runs';
        let full = false;
        let capped;
        await wrap(what, () => (0,_github_pages_js__WEBPACK_IMPORTED_MODULE_4__/* .eachPage */ .v)(octokit.paginate.iterator('GET /repos/{owner}/{repo}/actions/artifacts', { owner, repo, per_page: 100 }), { maxPages, what, onLimit: (note) => (capped = note) }, (artifacts) => {
            for (const a of artifacts) {
                const version = (0,_state_candidates_js__WEBPACK_IMPORTED_MODULE_3__/* .versionFromName */ .sv)(this.opts.prefix, a.name);
                const run = a.workflow_run;
                const runId = run?.id;
                if (version === undefined || a.expired || !runId || runId === this.opts.runId)
                    continue;
                // The listing names the uploading run's repositories and branch: a fork's run, or a
                // branch that does not write the capsule, cannot supply one.
                if (run.head_repository_id === undefined || run.head_repository_id !== run.repository_id) {
                    excluded.push({ name: a.name, runId, reason: "uploaded by a fork's run" });
                    continue;
                }
                if (branches.length > 0 && !branches.includes(run.head_branch ?? '')) {
                    excluded.push({ name: a.name, runId, reason: `uploaded by a run of branch "${run.head_branch ?? '?'}"` });
                    continue;
                }
                if (out.length >= limit) {
                    full = true;
                    return false;
                }
                out.push({
                    id: a.id,
                    name: a.name,
                    version,
                    runId,
                    createdAt: a.created_at ? new Date(a.created_at) : undefined,
                    origin: 'previous-run',
                    ...(run.head_branch ? { headBranch: run.head_branch } : {})
                });
            }
        }));
        return { candidates: out, excluded, complete: !full && capped === undefined, ...(capped ? { capped } : {}) };
    }
    /**
     * Why candidate `c` may not supply the capsule, or undefined when it may: a candidate of an
     * earlier run must come from a run of `workflowPath` (one request per run, remembered).
     */
    async admit(c) {
        const want = this.opts.workflowPath;
        if (c.origin === 'run' || !want)
            return undefined;
        let path = this.runPaths.get(c.runId);
        if (!path) {
            const [owner, repo] = this.opts.repository.split('/');
            const { octokit } = this.api();
            path = wrap(`read run ${c.runId}`, async () => {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
                    owner,
                    repo,
                    run_id: c.runId
                });
                return data.path ?? '';
            });
            this.runPaths.set(c.runId, path);
        }
        const got = await path;
        return got === want ? undefined : `uploaded by a run of ${got || 'an unknown workflow'}, not ${want}`;
    }
    runPaths = new Map();
    apiClient;
    // The same client as every other API call: retries, rate limits, no token in any message.
    api() {
        this.apiClient ??= (0,_github_octokit_js__WEBPACK_IMPORTED_MODULE_5__/* .createGitHubClient */ .LX)({
            token: this.requireToken(),
            baseUrl: this.opts.apiUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com'
        });
        return this.apiClient;
    }
    /** Downloads one candidate and returns the text of the capsule file inside it. */
    async fetchText(c) {
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.opts.tempDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'hee-capsule-'));
        try {
            const [owner, repo] = this.opts.repository.split('/');
            const findBy = c.origin === 'previous-run'
                ? { token: this.requireToken(), workflowRunId: c.runId, repositoryOwner: owner, repositoryName: repo }
                : undefined;
            const ms = this.opts.downloadMs ?? DEFAULT_CAPSULE_DOWNLOAD_MS;
            const client = await this.client();
            // The client's own limit is 30 s of silence, retried: a blob that trickles would hold the
            // job for as long as it trickles. Past `ms` the download is cut off.
            const res = await (0,_time_limit_js__WEBPACK_IMPORTED_MODULE_6__/* .withinTime */ .dn)(ms, () => wrap(`download artifact ${c.name}`, () => client.downloadArtifact(c.id, { path: dir, ...(findBy ? { findBy } : {}) }))).catch((e) => {
                if (!(e instanceof _time_limit_js__WEBPACK_IMPORTED_MODULE_6__/* .TimeLimitReached */ .r_))
                    throw e;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .OperationalError */ .LE('artifact.download-limit', `limit reached: artifact ${c.name} (run ${c.runId}) was still downloading after ${ms / 1000} s (download-seconds); it was cut off and cannot be verified`, { retryable: true, cause: e });
            });
            if (res.digestMismatch)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .OperationalError */ .LE('artifact.digest', `artifact ${c.name} does not match its digest`, {
                    hint: 'the download was corrupted on the way; loading again reads it anew',
                    retryable: true
                });
            const files = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)).filter((f) => f.endsWith('.json'));
            if (files.length !== 1) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .HeeError */ .RA('artifact.content', `artifact ${c.name} should hold one capsule file, found ${files.length}`);
            }
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, files[0]), 'utf8');
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        }
    }
    /** Uploads a capsule file as `<prefix>-v<version>`. */
    async upload(name, file, rootDir, retentionDays) {
        const res = await wrap(`upload artifact ${name}`, () => this.client().then((cl) => cl.uploadArtifact(name, [file], rootDir, { retentionDays }))).catch((e) => {
            // The service answers 409 when this run holds an artifact of that name already: another
            // job uploaded the same version first.
            if (/\(409\)/.test(messageChain(e)))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .OperationalError */ .LE('artifact.conflict', `artifact ${name} exists already in this run`, {
                    retryable: false,
                    cause: e
                });
            throw e;
        });
        return { id: res.id ?? 0, size: res.size ?? 0 };
    }
    requireToken() {
        if (!this.opts.token) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('input `github-token` is empty: it is needed to read capsules of earlier runs', {
                hint: 'use the default `${{ github.token }}` with `permissions: actions: read`'
            });
        }
        return this.opts.token;
    }
}
function messageChain(e) {
    const parts = [];
    for (let x = e, i = 0; x instanceof Error && i < 5; x = x.cause, i++)
        parts.push(x.message);
    return parts.join(' ');
}
async function wrap(what, fn) {
    try {
        return await fn();
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .HeeError */ .RA)
            throw e;
        const msg = e instanceof Error ? e.message : String(e);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .OperationalError */ .LE('artifact.service', `could not ${what}: ${msg.split('\n')[0]}`, {
            retryable: true,
            cause: e
        });
    }
}


/***/ }),

/***/ 64095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   cE: () => (/* binding */ runnerContext),
/* harmony export */   eP: () => (/* binding */ capsulePathOf)
/* harmony export */ });
/* unused harmony export DEFAULT_CAPSULE_FILE */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);


function runnerContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('GITHUB_REPOSITORY is not set: this action runs inside a GitHub Actions job');
    }
    const runId = Number(env.GITHUB_RUN_ID);
    if (!Number.isInteger(runId) || runId <= 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('GITHUB_RUN_ID is not set: this action runs inside a GitHub Actions job');
    }
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    return {
        repository,
        owner,
        repo,
        workflow: env.GITHUB_WORKFLOW || 'unknown',
        runId,
        runAttempt: Number(env.GITHUB_RUN_ATTEMPT) || 1,
        job: env.GITHUB_JOB ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        eventPath: env.GITHUB_EVENT_PATH,
        workspace,
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        tempDir: env.RUNNER_TEMP || workspace
    };
}
/** The default capsule file: in RUNNER_TEMP, outside the repository's working tree. */
const DEFAULT_CAPSULE_FILE = 'hee-state-capsule.json';
/**
 * The capsule file an action uses: the `capsule-path` input (relative to the workspace), or by
 * default `$RUNNER_TEMP/hee-state-capsule.json`, where a later checkout cannot wipe it and a
 * step that commits cannot pick it up.
 */
function capsulePathOf(ctx, input) {
    return input ? workspacePath(ctx, input) : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.tempDir, DEFAULT_CAPSULE_FILE);
}
/** A path input relative to the workspace, as users write them in workflows. */
function workspacePath(ctx, p) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.workspace, p);
}


/***/ }),

/***/ 1363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   n0: () => (/* binding */ setOutputs),
/* harmony export */   ql: () => (/* binding */ maskedValues)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74287);



/**
 * Reads every input named by the schema's keys (kebab-case, as in action.yml) once, and
 * parses them with zod so a bad input fails before any work, naming the input.
 * Inputs listed in `secrets` are masked in the log before anything else happens.
 */
function readInputs(schema, secrets = []) {
    const raw = {};
    for (const name of Object.keys(schema.shape)) {
        const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(name);
        if (secrets.includes(name) && value) {
            maskSecret(value);
            // A list of secrets: each value on its own as well.
            for (const v of (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .secretValues */ .VX)(value))
                if (v !== value)
                    maskSecret(v);
        }
        raw[name] = value;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const name = String(issue.path[0] ?? '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input \`${name}\`: ${issue.message}`);
    }
    return parsed.data;
}
const masked = new Set();
/**
 * Masks a secret and each of its lines (a PEM key spans several), and remembers it: every
 * value masked in the log is also redacted from what the action writes elsewhere (summary,
 * files, alerts), see {@link maskedValues}.
 */
function maskSecret(value) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(value);
    masked.add(value);
    for (const line of value.split(/\r?\n/))
        if (line.trim().length >= 8)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(line.trim());
}
/** Every value {@link maskSecret} masked in this process. */
function maskedValues() {
    return [...masked];
}
/** Sets outputs from a record; values are strings, numbers or booleans. */
function setOutputs(outputs) {
    for (const [k, v] of Object.entries(outputs))
        if (v !== undefined)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(k, String(v));
}



/***/ }),

/***/ 14646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dm: () => (/* binding */ encryptionKeyInput),
/* harmony export */   iS: () => (/* binding */ keyInput),
/* harmony export */   p1: () => (/* binding */ requiredKey)
/* harmony export */ });
/* harmony import */ var _capsule_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98005);
/* harmony import */ var _capsule_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86443);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);


/** Reads a key input; a malformed key fails naming the input (its value is never shown). */
function keyInput(name, value) {
    return value ? named(name, () => (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseKey */ .Do)(value)) : undefined;
}
/** Reads an AES-256 key input the same way. */
function encryptionKeyInput(name, value) {
    return value ? named(name, () => (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEncryptionKey */ ._8)(value)) : undefined;
}
/**
 * The key an action must have unless the user allowed unsigned capsules: every action asks
 * the same way, naming its own input and why it needs it.
 */
function requiredKey(name, value, allowUnsigned, why, hint) {
    const key = keyInput(name, value);
    if (!key && !allowUnsigned) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input \`${name}\` is empty: ${why}`, {
            hint: `${hint}, or set \`allow-unsigned: 'true'\``
        });
    }
    return key;
}
function named(name, parse) {
    try {
        return parse();
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input \`${name}\`: ${e.message}`, { hint: e.hint, cause: e });
        throw e;
    }
}


/***/ }),

/***/ 32073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _time_limit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56377);



/**
 * The one failure policy of every HEE CI action: all work happens inside `main`. A user error
 * or an operational failure ends in its one line (and hint); a bug ends in one sentence, and
 * its stack goes once to the debug log (visible with `ACTIONS_STEP_DEBUG`).
 */
async function runAction(main) {
    try {
        await main();
    }
    catch (e) {
        const report = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .failureReport */ .LK)(e);
        if (report.stack)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug(report.stack);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(report.line);
    }
    // Work cut off at its time limit (a capped artifact download) may still be failing its own
    // retries in the background; the step is done and does not wait for them.
    if ((0,_time_limit_js__WEBPACK_IMPORTED_MODULE_2__/* .unwinding */ .IL)() > 0) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug(`${(0,_time_limit_js__WEBPACK_IMPORTED_MODULE_2__/* .unwinding */ .IL)()} download(s) cut off at their time limit are still unwinding; exiting now`);
        process.exit();
    }
}


/***/ }),

/***/ 56377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IL: () => (/* binding */ unwinding),
/* harmony export */   dn: () => (/* binding */ withinTime),
/* harmony export */   r_: () => (/* binding */ TimeLimitReached)
/* harmony export */ });
/* harmony import */ var node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53053);
/* harmony import */ var node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__);
/**
 * An overall time limit on work done by a client that offers no way to cancel it:
 * `@actions/artifact`'s download gives up only after 30 s of silence, so a blob that trickles a
 * byte at a time holds it for as long as it trickles, and it retries a failed download four
 * times, five seconds apart. Here the HTTP requests the work starts (seen on Node's
 * `http.client.request.start` diagnostics channel) are recorded; when the limit is reached they
 * are destroyed, and until the work settles any request it starts again to the URL of one that
 * was still unanswered (its own retries) is destroyed as it starts. Requests already answered in
 * full (a listing, a signed URL) are left alone: the next piece of work may ask the same URL. The caller hears of the limit at once; what is still
 * unwinding is counted by `unwinding()`, so an action does not wait for it before it exits.
 */

const REQUEST_START = 'http.client.request.start';
/** The work passed its time limit: it was cut off. */
class TimeLimitReached extends Error {
    ms;
    constructor(ms) {
        super(`still running after ${ms / 1000} s`);
        this.ms = ms;
        this.name = 'TimeLimitReached';
    }
}
let pending = 0;
/** Cut-off work that has not settled yet (its retries still failing one by one). */
function unwinding() {
    return pending;
}
/** Protocol, host and path of a request, without the query (a signed URL's signature). */
function urlOf(req) {
    return `${req.protocol}//${req.host}${req.path.split('?')[0]}`;
}
/**
 * Runs `work` for at most `ms`; past it, rejects with TimeLimitReached and cuts the HTTP
 * requests the work started (see the module comment). One piece of work at a time: requests
 * started by other code during the window would be cut too.
 */
async function withinTime(ms, work) {
    const started = [];
    const cutUrls = new Set();
    let cut;
    const onStart = (message) => {
        const req = message.request;
        if (!req)
            return;
        if (!cut) {
            started.push(req);
            // Read in full: done with, never cut.
            req.once('response', (res) => res.once('end', () => {
                const at = started.indexOf(req);
                if (at >= 0)
                    started.splice(at, 1);
            }));
        }
        else if (cutUrls.has(urlOf(req)))
            req.destroy(cut);
    };
    (0,node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__.subscribe)(REQUEST_START, onStart);
    const done = () => void (0,node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__.unsubscribe)(REQUEST_START, onStart);
    let timer;
    const running = Promise.resolve().then(work);
    const limit = new Promise((_, reject) => {
        timer = setTimeout(() => {
            cut = new TimeLimitReached(ms);
            for (const req of started) {
                cutUrls.add(urlOf(req));
                if (!req.destroyed)
                    req.destroy(cut);
            }
            reject(cut);
        }, ms);
    });
    try {
        return await Promise.race([running, limit]);
    }
    finally {
        clearTimeout(timer);
        if (!cut)
            done();
        else {
            pending += 1;
            const settle = () => {
                pending -= 1;
                done();
            };
            running.then(settle, settle);
        }
    }
}


/***/ }),

/***/ 37638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ OperationalError),
/* harmony export */   LK: () => (/* binding */ failureReport),
/* harmony export */   RA: () => (/* binding */ HeeError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* unused harmony exports errorKind, isUserError, isRetryable */
/**
 * Errors with consequences. Every failure HEE CI raises falls in one of three kinds, and the
 * kind alone decides what a person sees:
 *
 * - **user** — `ConfigurationError` (an input, setting, flag or file the user must change) and
 *   any other `HeeError` that rejects what the user handed in (a tampered capsule, an illegal
 *   status transition). One line naming the input; the CLI exits 2.
 * - **operational** — `OperationalError`: the network, GitHub (5xx, rate limits, malformed
 *   answers) or the artifact service failed. Message, hint and cause; `retryable` says whether
 *   trying again later can help. The CLI exits 1.
 * - **bug** — anything else. The annotation or CLI line gets one sentence; the stack goes once
 *   to the debug log (actions) or to stderr under `--debug` / `HEE_DEBUG=1` (CLI).
 *
 * Expected negative outcomes of an engine are values, not exceptions: a fix that was rejected,
 * a rollback that was done, a ref or file that does not exist, a cap that was reached are
 * returned as data the caller must look at (`{ ok: false, reason }`, `undefined`, a `capped`
 * field). Throw only when the engine cannot go on.
 */
/**
 * A failure with a message meant for a person (no stack needed). Used directly for input the
 * user handed in that HEE CI refuses; see the subclasses for the other kinds.
 */
class HeeError extends Error {
    /** Stable machine-readable code, e.g. `capsule.signature`, `github.forbidden`. */
    code;
    /** Optional next step for the user. */
    hint;
    constructor(code, message, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'HeeError';
        this.code = code;
        this.hint = options?.hint;
    }
}
/** Something the user must change: the message is one line naming the input, setting, flag or file. */
class ConfigurationError extends HeeError {
    constructor(message, options) {
        super(options?.code ?? 'config', message, options);
        this.name = 'ConfigurationError';
    }
}
/**
 * The world failed, not the user or the code: the network, GitHub, the artifact service.
 * `retryable` is true when the same call may succeed later (a 5xx, a reset, a rate limit).
 */
class OperationalError extends HeeError {
    retryable;
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'OperationalError';
        this.retryable = options.retryable;
    }
}
/** Which of the three kinds `e` is (see the module comment). */
function errorKind(e) {
    if (e instanceof OperationalError)
        return 'operational';
    if (e instanceof HeeError)
        return 'user';
    return 'bug';
}
/** True for errors whose message is meant for the user (no stack needed). */
function isUserError(e) {
    return e instanceof HeeError;
}
/** True when trying the same thing again later may succeed. */
function isRetryable(e) {
    return e instanceof OperationalError && e.retryable;
}
/** One line for a person: the message, then the hint if any. A bug gives its first line only. */
function describeError(e) {
    if (e instanceof HeeError)
        return e.hint ? `${e.message} (${e.hint})` : e.message;
    if (e instanceof Error)
        return firstLine(e.message) || e.name;
    return firstLine(String(e));
}
/**
 * The failure policy shared by every action (`action/run.ts`) and the CLI: what to print for
 * `e`. A bug is reported as one sentence saying it is one; its stack is kept apart so the
 * caller prints it once, in debug.
 */
function failureReport(e) {
    const kind = errorKind(e);
    if (kind !== 'bug')
        return { kind, line: describeError(e) };
    const stack = e instanceof Error ? e.stack : undefined;
    return {
        kind,
        line: `internal error (a bug in HEE CI, please report it): ${describeError(e)}`,
        ...(stack ? { stack } : {})
    };
}
function firstLine(s) {
    return s.split('\n')[0].trim();
}


/***/ }),

/***/ 49227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ input)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12311);
/**
 * Fields of the zod schemas that read settings given as strings: action inputs ('' when not
 * given) and the CLI flags that share their names. A bad value fails naming its range.
 */

/** Input fields: action inputs arrive as strings, '' when not given. */
const input = {
    text: (dflt = '') => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((v) => (v === '' ? dflt : v)),
    bool: (dflt) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .transform((v) => v.trim().toLowerCase())
        .refine((v) => ['', 'true', 'false'].includes(v), { message: "expected 'true' or 'false'" })
        .transform((v) => (v === '' ? dflt : v === 'true')),
    int: (dflt, min, max) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .transform((v) => (v.trim() === '' ? dflt : Number(v.trim())))
        .refine((n) => Number.isInteger(n) && n >= min && n <= max, {
        message: `expected a whole number from ${min} to ${max}`
    }),
    oneOf: (values, dflt) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .transform((v) => (v.trim() === '' ? dflt : v.trim()))
        .refine((v) => values.includes(v), {
        message: `expected one of ${values.join(', ')}`
    })
        .transform((v) => v),
    list: () => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((v) => v
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean))
};


/***/ }),

/***/ 74287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   ki: () => (/* binding */ redactError)
/* harmony export */ });
/* unused harmony exports REDACTED, secretList, secretlintFindings */
/* harmony import */ var _secretlint_secretlint_rule_preset_recommend__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31577);
/**
 * Redaction of secrets from any text that leaves the process (alerts, errors, logs). Every
 * sink (job summary, findings file, Slack, webhook, email, GitHub issue, SMS, the CLI's
 * output) passes its text through {@link redact}, which removes, in this order:
 *
 * 1. the values of the job's own secrets (every form a value takes: each line, URL- and
 *    JSON-escaped, base64);
 * 2. every secret secretlint's recommended rule set finds (`@secretlint/secretlint-rule-preset-recommend`:
 *    AWS, GCP, private keys, npm, basic auth, Slack, SendGrid, Shopify, Stripe, GitHub, GitLab,
 *    Grafana, OpenAI, Anthropic, Groq, Hugging Face, Linear, Notion, 1Password, database URLs,
 *    Vault, Vercel, Databricks, Docker, Figma, Cloudflare, Tailscale), each to the end of its token;
 * 3. the shapes below that the rule set misses in CI logs (a private key's body without its
 *    BEGIN line, `aws_secret_access_key = …`, Google API keys, any OpenAI project key, …).
 *
 * The hand-written patterns are linear-time on V8's backtracking engine: either their
 * quantifiers are bounded, or a look-behind forbids starting a match inside a run the previous
 * attempt already scanned, so a hostile log line costs O(length) and never O(length²).
 */

const REDACTED = '***';
// Characters a token is made of; a match may only start where the previous char is not one.
const B64URL = 'A-Za-z0-9_\\-';
const KEYWORDS = '(?:password|passwd|secret|token|api[_-]?key|access[_-]?key)';
const RULES = [
    {
        // A private key's body lines seen without their BEGIN line (an excerpt that starts inside
        // the block): whole lines of 40+ base64 characters mixing upper case, lower case and digits
        // (a hex digest has no upper case), after at most a level word a tool put before each line
        // (`Error: `, `[ERROR] `), and the END line.
        name: 'private-key-body',
        re: /(?<=^|[\r\n])([ \t]{0,40}(?:\[?[A-Za-z]{1,12}\]?:?[ \t]{1,4})?)(?=[A-Za-z0-9+/]{0,120}[A-Z])(?=[A-Za-z0-9+/]{0,120}[a-z])(?=[A-Za-z0-9+/]{0,120}[0-9])[A-Za-z0-9+/]{40,120}={0,2}[ \t]{0,40}(?=$|[\r\n])/g,
        to: `$1${REDACTED}`
    },
    {
        name: 'private-key-end',
        re: /-----END[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----/g,
        to: REDACTED
    },
    {
        name: 'private-key',
        // Body chars exclude "-----" so an unterminated block stops at the next PEM boundary.
        re: /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s:,.]*(?:-(?!----)[A-Za-z0-9+/=\s:,.]*)*(?:-----END[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----)?/g,
        to: REDACTED
    },
    {
        name: 'slack-webhook',
        re: /https:\/\/hooks\.slack(?:-gov)?\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]+/g,
        to: 'https://hooks.slack.com/services/***'
    },
    {
        name: 'url-userinfo',
        re: /\b([a-zA-Z][a-zA-Z0-9+.-]{0,20}:\/\/[^/\s:@]{0,256}):[^/\s]{1,256}@/g,
        to: `$1:${REDACTED}@`
    },
    { name: 'github-token', re: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{20,255}(?![A-Za-z0-9])/g, to: REDACTED },
    { name: 'github-pat', re: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{20,255}/g, to: REDACTED },
    { name: 'slack-token', re: /(?<![A-Za-z0-9_-])xox[abprs]-[A-Za-z0-9-]{6,255}/g, to: REDACTED },
    { name: 'aws-access-key', re: /(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA)[A-Z0-9]{16}(?![A-Z0-9])/g, to: REDACTED },
    {
        // `aws_secret_access_key = …`, `AWS_SECRET_ACCESS_KEY: …` (spaces and quotes around the sign).
        name: 'aws-secret-key',
        re: /((?:aws)?_?secret_?access_?key["']?[ \t]{0,10}[:=][ \t]{0,10}["']?)[A-Za-z0-9/+=]{20,80}/gi,
        to: `$1${REDACTED}`
    },
    { name: 'slack-app-token', re: /(?<![A-Za-z0-9_-])xapp-[0-9]-[A-Za-z0-9-]{10,255}/g, to: REDACTED },
    { name: 'stripe-key', re: /(?<![A-Za-z0-9_])(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,255}/g, to: REDACTED },
    { name: 'google-api-key', re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g, to: REDACTED },
    {
        name: 'openai-key',
        re: /(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin|ant-api0\d)-[A-Za-z0-9_-]{20,255}/g,
        to: REDACTED
    },
    { name: 'npm-token', re: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{20,255}(?![A-Za-z0-9])/g, to: REDACTED },
    {
        name: 'jwt',
        re: new RegExp(`(?<![${B64URL}])eyJ[${B64URL}]{4,}\\.[${B64URL}]{4,}\\.[${B64URL}]*`, 'g'),
        to: REDACTED
    },
    {
        name: 'authorization',
        re: /\b((?:Proxy-)?Authorization["']?[ \t]{0,10}[:=][ \t]{0,10}["']?)[^\r\n"']+/gi,
        to: `$1${REDACTED}`
    },
    { name: 'bearer', re: /\b([Bb]earer[ \t]{1,10})[A-Za-z0-9._~+/=-]{8,}/g, to: `$1${REDACTED}` },
    // key=value in query strings, env dumps and CLI flags; bounded infix such as `_value`.
    {
        name: 'key-value',
        re: new RegExp(`(${KEYWORDS}[A-Za-z0-9_-]{0,30}[ \\t]{0,10}=[ \\t]{0,10})[^\\s&#"'<>;,]+`, 'gi'),
        to: `$1${REDACTED}`
    },
    // "token": "value" in JSON.
    {
        name: 'json-value',
        re: new RegExp(`("[A-Za-z0-9_-]{0,30}${KEYWORDS}[A-Za-z0-9_-]{0,30}"[ \\t]{0,10}:[ \\t]{0,10}")[^"\\r\\n]+`, 'gi'),
        to: `$1${REDACTED}`
    }
];
/** Forms in which a known secret may show up in text besides its plain form. */
function variants(secret) {
    const out = new Set([secret]);
    // Actions masks each line of a multi-line secret; so do we.
    for (const line of secret.split(/\r\n|\r|\n/))
        if (line.trim().length >= 4)
            out.add(line);
    out.add(encodeURIComponent(secret));
    out.add(JSON.stringify(secret).slice(1, -1));
    out.add(Buffer.from(secret, 'utf8').toString('base64'));
    return [...out].filter(usable);
}
// A secret made only of `*` would be re-created by its own replacement; empty ones match everywhere.
function usable(s) {
    return s.length > 0 && /[^*]/.test(s);
}
/**
 * Replaces every occurrence of `secrets` with `***`, repeating until none is left: a
 * replacement can join text into a new occurrence when the secret contains `*`. Each pass
 * removes at least one non-`*` character, so this ends.
 */
function removeKnown(text, secrets) {
    if (secrets.length === 0)
        return text;
    let out = text;
    for (;;) {
        let changed = false;
        for (const s of secrets) {
            if (out.includes(s)) {
                out = out.split(s).join(REDACTED);
                changed = true;
            }
        }
        if (!changed)
            return out;
    }
}
/**
 * The secret values in a list a user hands over (an action input, `HEE_REDACT_VALUES`): a JSON
 * object or array, such as `${{ toJSON(secrets) }}`, gives every string in it; any other text
 * gives each non-empty line.
 */
function secretValues(list) {
    const text = (list ?? '').trim();
    if (!text)
        return [];
    if (text.startsWith('{') || text.startsWith('[')) {
        try {
            const out = [];
            const walk = (v) => {
                if (typeof v === 'string') {
                    if (usable(v))
                        out.push(v);
                }
                else if (v !== null && typeof v === 'object')
                    for (const x of Object.values(v))
                        walk(x);
            };
            walk(JSON.parse(text));
            return out;
        }
        catch {
            // not JSON after all: one value per line
        }
    }
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(usable);
}
/** The known secrets in the order they should be replaced (longest first, so a secret containing another goes whole). */
function secretList(knownSecrets) {
    const all = new Set();
    for (const s of knownSecrets)
        if (typeof s === 'string' && usable(s))
            for (const v of variants(s))
                all.add(v);
    return [...all].sort((a, b) => b.length - a.length);
}
// The rule set's scanners (its comment filter needs secretlint's own engine and is left out).
const SCANNERS = _secretlint_secretlint_rule_preset_recommend__WEBPACK_IMPORTED_MODULE_0__/* .creator */ .x.rules.filter((r) => r.meta.type === 'scanner' && !r.meta.id.endsWith('filter-comments'));
// Characters a token goes on with: a rule whose pattern stops early (a Slack app token's first
// three parts) still hides the whole token.
const TOKEN_TAIL = /[A-Za-z0-9_\-+/=]*/y;
/**
 * Where the recommended rule set finds a secret in `text`: `[start, end)` spans, each widened
 * to the end of its token, with the id of the rule that found it. The rules are secretlint's
 * own; they are run on `text` as one source file, synchronously (each rule's `file` handler
 * reports before it returns).
 */
function secretlintFindings(text) {
    const found = [];
    if (text.length < 8)
        return found;
    const source = {
        content: text,
        ext: '',
        contentType: 'text',
        filePath: undefined
    };
    for (const rule of SCANNERS) {
        const context = {
            sharedOptions: {},
            createTranslator: () => (messageId, data) => ({ message: messageId, messageId, data }),
            report: (d) => {
                TOKEN_TAIL.lastIndex = d.range[1];
                const tail = TOKEN_TAIL.exec(text)?.[0].length ?? 0;
                found.push({ rule: rule.meta.id, start: d.range[0], end: d.range[1] + tail });
            },
            ignore: () => undefined
        };
        void rule.create(context, {}).file?.(source);
    }
    return found;
}
/** Pieces learned from findings, at most this many: a hostile text of many tokens stays linear. */
const MAX_LEARNED = 200;
/**
 * The parts of the secrets the rule set found that could show up on their own elsewhere in
 * the same output (a file name cut from a database URL, `pw@host:5432`): each whole finding,
 * and each piece of it between `:`, `@`, `/`, `=` and quotes that is 8+ characters of letters
 * and digits mixed.
 */
function learnedSecrets(found) {
    const out = new Set();
    for (const { text, findings } of found) {
        for (const f of findings) {
            if (out.size >= MAX_LEARNED)
                return [...out];
            const whole = text.slice(f.start, f.end);
            out.add(whole);
            for (const piece of whole.split(/[:@/='"\s]+/))
                if (piece.length >= 8 && /[0-9]/.test(piece) && /[A-Za-z]/.test(piece))
                    out.add(piece);
        }
    }
    return [...out];
}
/** `text` with the spans of `findings` replaced by `***`. */
function removeFound(text, findings) {
    if (findings.length === 0)
        return text;
    const spans = [...findings].sort((a, b) => a.start - b.start);
    let out = '';
    let at = -1;
    for (const s of spans) {
        if (s.end <= at)
            continue;
        // A span that overlaps the one before extends it; one that does not starts a new `***`.
        if (s.start > at)
            out += text.slice(Math.max(at, 0), s.start) + REDACTED;
        at = s.end;
    }
    return out + text.slice(at);
}
function redactWith(text, findings, secrets) {
    let out = removeKnown(removeFound(text, findings), secrets);
    for (const rule of RULES)
        out = out.replace(rule.re, rule.to);
    // Shapes are replaced after known secrets; a last pass makes sure no known secret survives.
    return removeKnown(out, secrets);
}
/**
 * Returns `text` with known secrets, whatever secretlint's recommended rules find (and the
 * parts of it that show up elsewhere in `text`) and the CI-log shapes above replaced by `***`.
 */
function redact(text, knownSecrets = []) {
    const findings = secretlintFindings(text);
    return redactWith(text, findings, secretList([...knownSecrets, ...learnedSecrets([{ text, findings }])]));
}
/**
 * `redact` applied to every string inside a JSON-like value (objects, arrays). A secret found in
 * one string is also removed from the others (a finding's file field cut from its log line).
 */
function redactDeep(value, knownSecrets = []) {
    const found = new Map();
    const collect = (v) => {
        if (typeof v === 'string') {
            if (!found.has(v))
                found.set(v, secretlintFindings(v));
        }
        else if (v !== null && typeof v === 'object')
            for (const x of Object.values(v))
                collect(x);
    };
    collect(value);
    const secrets = secretList([
        ...knownSecrets,
        ...learnedSecrets([...found].map(([text, findings]) => ({ text, findings })))
    ]);
    const walk = (v) => {
        if (typeof v === 'string')
            return redactWith(v, found.get(v) ?? [], secrets);
        if (Array.isArray(v))
            return v.map(walk);
        if (v !== null && typeof v === 'object') {
            const o = {};
            for (const [k, x] of Object.entries(v))
                o[k] = walk(x);
            return o;
        }
        return v;
    };
    return walk(value);
}
/** Redacted one-line description of a thrown value, safe to log or return to a caller. */
function redactError(e, knownSecrets = []) {
    const msg = e instanceof Error ? e.message : String(e);
    const cause = e instanceof Error && e.cause instanceof Error && !msg.includes(e.cause.message) ? `: ${e.cause.message}` : '';
    return redact(`${msg}${cause}`, knownSecrets);
}


/***/ }),

/***/ 90997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ orderCandidates),
/* harmony export */   BU: () => (/* binding */ capsuleArtifactName),
/* harmony export */   sv: () => (/* binding */ versionFromName)
/* harmony export */ });
function capsuleArtifactName(prefix, version) {
    return `${prefix}-v${version}`;
}
/** Version encoded in an artifact name of this prefix, or undefined for other artifacts. */
function versionFromName(prefix, name) {
    if (!name.startsWith(`${prefix}-v`))
        return undefined;
    const rest = name.slice(prefix.length + 2);
    if (!/^[1-9][0-9]{0,14}$/.test(rest))
        return undefined;
    return Number(rest);
}
/** Newest first: higher version, then later upload. */
function orderCandidates(list) {
    return [...list].sort((a, b) => b.version - a.version || (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0) || b.id - a.id);
}


/***/ })

};

//# sourceMappingURL=131.index.mjs.map