export const id = 945;
export const ids = [945];
export const modules = {

/***/ 12796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ ArtifactCapsuleStore)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37638);
/* harmony import */ var _github_octokit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81512);
/* harmony import */ var _state_candidates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90997);






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
        this.clientPromise ??= __webpack_require__.e(/* import() */ 252).then(__webpack_require__.bind(__webpack_require__, 91252)).then((m) => new m.DefaultArtifactClient());
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
     * candidates are found or `maxPages` pages were read (bounded API cost).
     */
    async listPreviousRuns(limit, maxPages = 5) {
        const token = this.requireToken();
        const [owner, repo] = this.opts.repository.split('/');
        // The same client as every other API call: retries, rate limits, no token in any message.
        const { octokit } = (0,_github_octokit_js__WEBPACK_IMPORTED_MODULE_4__/* .createGitHubClient */ .L)({
            token,
            baseUrl: this.opts.apiUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com'
        });
        const out = [];
        for (let page = 1; page <= maxPages && out.length < limit; page++) {
            const { data } = await wrap('list the artifacts of earlier runs', () => octokit.request('GET /repos/{owner}/{repo}/actions/artifacts', { owner, repo, per_page: 100, page }));
            for (const a of data.artifacts) {
                const version = (0,_state_candidates_js__WEBPACK_IMPORTED_MODULE_3__/* .versionFromName */ .sv)(this.opts.prefix, a.name);
                const runId = a.workflow_run?.id;
                if (version === undefined || a.expired || !runId || runId === this.opts.runId)
                    continue;
                out.push({
                    id: a.id,
                    name: a.name,
                    version,
                    runId,
                    createdAt: a.created_at ? new Date(a.created_at) : undefined,
                    origin: 'previous-run'
                });
            }
            if (data.artifacts.length < 100)
                break;
        }
        return out;
    }
    /** Downloads one candidate and returns the text of the capsule file inside it. */
    async fetchText(c) {
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.opts.tempDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'hee-capsule-'));
        try {
            const [owner, repo] = this.opts.repository.split('/');
            const findBy = c.origin === 'previous-run'
                ? { token: this.requireToken(), workflowRunId: c.runId, repositoryOwner: owner, repositoryName: repo }
                : undefined;
            const res = await wrap(`download artifact ${c.name}`, () => this.client().then((cl) => cl.downloadArtifact(c.id, { path: dir, ...(findBy ? { findBy } : {}) })));
            if (res.digestMismatch)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .HeeError */ .RA('artifact.digest', `artifact ${c.name} does not match its digest`);
            const files = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)).filter((f) => f.endsWith('.json'));
            if (files.length !== 1) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .HeeError */ .RA('artifact.content', `artifact ${c.name} should hold one capsule file, found ${files.length}`);
            }
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, files[0]), 'utf8');
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        }
    }
    /** Uploads a capsule file as `<prefix>-v<version>`. */
    async upload(name, file, rootDir, retentionDays) {
        const res = await wrap(`upload artifact ${name}`, () => this.client().then((cl) => cl.uploadArtifact(name, [file], rootDir, { retentionDays })));
        return { id: res.id ?? 0, size: res.size ?? 0 };
    }
    requireToken() {
        if (!this.opts.token) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .HeeError */ .RA('config', 'input `github-token` is empty: it is needed to read capsules of earlier runs', {
                hint: 'use the default `${{ github.token }}` with `permissions: actions: read`'
            });
        }
        return this.opts.token;
    }
}
async function wrap(what, fn) {
    try {
        return await fn();
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .HeeError */ .RA)
            throw e;
        const msg = e instanceof Error ? e.message : String(e);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .HeeError */ .RA('artifact.service', `could not ${what}: ${msg.split('\n')[0]}`, { cause: e });
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
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   hF: () => (/* binding */ input),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* unused harmony export maskSecret */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);



/**
 * Reads every input named by the schema's keys (kebab-case, as in action.yml) once, and
 * parses them with zod so a bad input fails before any work, naming the input.
 * Inputs listed in `secrets` are masked in the log before anything else happens.
 */
function readInputs(schema, secrets = []) {
    const raw = {};
    for (const name of Object.keys(schema.shape)) {
        const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(name);
        if (secrets.includes(name) && value)
            maskSecret(value);
        raw[name] = value;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const name = String(issue.path[0] ?? '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input \`${name}\`: ${issue.message}`);
    }
    return parsed.data;
}
/** Masks a secret and each of its lines (a PEM key spans several). */
function maskSecret(value) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(value);
    for (const line of value.split(/\r?\n/))
        if (line.trim().length >= 8)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(line.trim());
}
/** Sets outputs from a record; values are strings, numbers or booleans. */
function setOutputs(outputs) {
    for (const [k, v] of Object.entries(outputs))
        if (v !== undefined)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(k, String(v));
}
/** Input fields: action inputs arrive as strings, '' when not given. */
const input = {
    text: (dflt = '') => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((v) => (v === '' ? dflt : v)),
    bool: (dflt) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .transform((v) => v.trim().toLowerCase())
        .refine((v) => ['', 'true', 'false'].includes(v), { message: "expected 'true' or 'false'" })
        .transform((v) => (v === '' ? dflt : v === 'true')),
    int: (dflt, min, max) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .transform((v) => (v.trim() === '' ? dflt : Number(v.trim())))
        .refine((n) => Number.isInteger(n) && n >= min && n <= max, {
        message: `expected a whole number from ${min} to ${max}`
    }),
    oneOf: (values, dflt) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .transform((v) => (v.trim() === '' ? dflt : v.trim()))
        .refine((v) => values.includes(v), {
        message: `expected one of ${values.join(', ')}`
    })
        .transform((v) => v),
    list: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((v) => v
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean))
};


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
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);


/**
 * The one failure policy of every HEE CI action: all work happens inside `main`; a user
 * error ends in one clear line, a bug keeps its stack (in the debug log and the message).
 */
async function runAction(main) {
    try {
        await main();
    }
    catch (e) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(e) && e instanceof Error && e.stack)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug(e.stack);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(e));
    }
}


/***/ }),

/***/ 37638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RA: () => (/* binding */ HeeError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/**
 * Errors the user can act on. An action or the CLI prints `message` (and `hint`) as one
 * line and exits non-zero; anything that is not a HeeError is a bug and keeps its stack.
 */
class HeeError extends Error {
    /** Stable machine-readable code, e.g. `capsule.signature`, `input.invalid`. */
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
/** A wrong input or setting: the message names the input. */
class ConfigurationError extends HeeError {
    constructor(message, options) {
        super('config', message, options);
        this.name = 'ConfigurationError';
    }
}
/** True for errors whose message is meant for the user (no stack needed). */
function isUserError(e) {
    return e instanceof HeeError;
}
/** One line for a person: the message, then the hint if any. */
function describeError(e) {
    if (e instanceof HeeError)
        return e.hint ? `${e.message} (${e.hint})` : e.message;
    if (e instanceof Error)
        return e.stack ?? e.message;
    return String(e);
}


/***/ }),

/***/ 65334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   eK: () => (/* binding */ isRequestError)
/* harmony export */ });
/* unused harmony exports isRateLimitError, githubMessage */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/**
 * Turns Octokit's `RequestError` into a `HeeError` a person can act on: which call failed,
 * the status, GitHub's own message and, where we can tell, what to change.
 */

/** True for errors thrown by `@octokit/request` (an HTTP status, or 500 for a network failure). */
function isRequestError(e) {
    return (e instanceof Error &&
        typeof e.status === 'number' &&
        typeof e.request === 'object');
}
/** True when a 403/429 is GitHub's primary or secondary rate limit rather than a permission problem. */
function isRateLimitError(e) {
    if (e.status !== 403 && e.status !== 429)
        return false;
    const h = e.response?.headers ?? {};
    return (e.status === 429 ||
        String(h['x-ratelimit-remaining']) === '0' ||
        h['retry-after'] !== undefined ||
        /rate limit/i.test(githubMessage(e)));
}
/** GitHub's `message` from the error body, else the error's own message. */
function githubMessage(e) {
    const data = e.response?.data;
    if (data && typeof data === 'object' && typeof data.message === 'string') {
        return data.message;
    }
    if (typeof data === 'string' && data.trim() !== '' && data.length < 300)
        return data.trim();
    return e.message;
}
/** Which permission a 403 on this endpoint most likely lacks. */
function permissionHint(e) {
    const accepted = e.response?.headers?.['x-accepted-github-permissions'];
    if (accepted !== undefined && String(accepted).trim() !== '') {
        const perms = String(accepted)
            .split(/[;,]\s*/)
            .filter(Boolean)
            .map((p) => p.replace('=', ': '))
            .join(', ');
        return `the token needs \`${perms}\`: add it under \`permissions:\` in the workflow`;
    }
    const method = (e.request?.method ?? 'GET').toUpperCase();
    const url = e.request?.url ?? '';
    let perm = 'actions: read';
    if (/\/issues/.test(url))
        perm = method === 'GET' ? 'issues: read' : 'issues: write';
    else if (/\/pulls/.test(url))
        perm = method === 'GET' ? 'pull-requests: read' : 'pull-requests: write';
    else if (/\/actions\//.test(url) && method !== 'GET')
        perm = 'actions: write';
    else if (/\/contents|\/git\//.test(url))
        perm = method === 'GET' ? 'contents: read' : 'contents: write';
    return `the token probably lacks \`${perm}\`: add it under \`permissions:\` in the workflow`;
}
function endpointOf(e) {
    const method = (e.request?.method ?? '').toUpperCase();
    let path = e.request?.url ?? '';
    try {
        const u = new URL(path);
        path = u.pathname + u.search;
    }
    catch {
        // already a path
    }
    return method && path ? ` (${method} ${path})` : '';
}
/**
 * Maps an error thrown while making the GitHub call `call` (e.g. `get run 42`) to a HeeError.
 * HeeErrors pass through; errors that are neither are returned unchanged (they are bugs).
 * `redact` scrubs secrets from every message it builds.
 */
function toGitHubError(error, call, redact = (s) => s) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HeeError */ .RA)
        return error;
    if (!isRequestError(error))
        return error;
    const where = `${call}${endpointOf(error)}`;
    const message = githubMessage(error);
    // The cause keeps status and stack but passes through `redact`: GitHub may echo what it was sent.
    const cause = Object.assign(new Error(redact(error.message)), {
        name: error.name,
        status: error.status,
        stack: redact(error.stack ?? '')
    });
    const make = (code, text, hint) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HeeError */ .RA(code, redact(text), { hint: hint && redact(hint), cause });
    const status = error.status;
    if (status === 401) {
        return make('github.auth', `${where}: the token was rejected (401): check the \`github-token\` input`, `GitHub said: ${message}`);
    }
    if (isRateLimitError(error)) {
        const h = error.response?.headers ?? {};
        const reset = Number(h['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
        const kind = /secondary/i.test(message) ? 'secondary rate limit' : 'rate limit';
        return make('github.rate-limited', `${where}: GitHub's ${kind} was exceeded (${status}) and the retries ran out${when}: ${message}`, 'poll less often, or use a token with a higher limit');
    }
    if (status === 403) {
        return make('github.forbidden', `${where}: GitHub refused the request (403): ${message}`, permissionHint(error));
    }
    if (status === 404) {
        return make('github.not-found', `${where}: not found (404): ${message}`, 'check the repository name and the id; a private repository also answers 404 when the token cannot see it');
    }
    if (status === 500 && !error.response) {
        return make('github.network', `${where}: could not reach GitHub: ${message}`, 'the request was retried; check the network or the API URL');
    }
    return make('github.api', `${where} failed with ${status}: ${message}`);
}


/***/ }),

/***/ 81512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony export parseTokenExpiration */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65334);
/**
 * The one place an Octokit is built: `@actions/github`'s client plus retries (5xx, resets),
 * throttling (primary and secondary rate limits), conditional requests (ETag → 304, which
 * cost no rate limit), request statistics and token-expiry reporting. Nothing it logs or
 * throws contains the token.
 */






const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Parses `2024-06-01 12:00:00 UTC` (or with a `-0700` offset) into a Date. */
function parseTokenExpiration(value) {
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*(UTC|Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
    if (!m)
        return undefined;
    const zone = !m[3] || m[3] === 'UTC' || m[3] === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const d = new Date(`${m[1]}T${m[2]}${zone}`);
    return Number.isNaN(d.getTime()) ? undefined : d;
}
/**
 * Builds the GitHub client every engine uses. See `GitHubClientOptions` for the knobs; the
 * defaults suit an action run.
 */
function createGitHubClient(options) {
    const { token } = options;
    if (!token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('github.auth', 'no GitHub token was given: set the `github-token` input');
    const retries = options.retries ?? 3;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const maxWaitSeconds = options.maxWaitSeconds ?? 120;
    const sleep = options.sleep ?? defaultSleep;
    const cacheSize = options.etagCacheSize ?? 500;
    const redact = (text) => (token.length >= 4 ? text.split(token).join('***') : text);
    const sink = (fn, fallback) => (message, ...rest) => (fn ?? fallback)(redact([message, ...rest].map((p) => (p instanceof Error ? p.message : String(p))).join(' ')));
    const stderr = (m) => void process.stderr.write(`${m}\n`);
    const noop = () => { };
    const log = {
        debug: sink(options.log?.debug, noop),
        info: sink(options.log?.info, noop),
        warn: sink(options.log?.warn, stderr),
        error: sink(options.log?.error, stderr)
    };
    const stats = { requests: 0, notModified: 0, rateLimitUsed: 0 };
    const cache = new Map();
    const lastUsed = new Map();
    // retry-after of the last rate-limited attempt, keyed by the request's options object
    // (shared by every hook layer), so the throttling handler can honour it over x-ratelimit-reset.
    const retryAfterOf = new WeakMap();
    let expiryReported = false;
    const observe = (headers, status) => {
        const used = Number(headers['x-ratelimit-used']);
        if (Number.isFinite(used)) {
            const resource = String(headers['x-ratelimit-resource'] ?? 'core');
            const reset = String(headers['x-ratelimit-reset'] ?? '');
            const prev = lastUsed.get(resource);
            if (prev && prev.reset === reset)
                stats.rateLimitUsed += Math.max(0, used - prev.used);
            else if (status !== 304)
                stats.rateLimitUsed += 1;
            lastUsed.set(resource, { used, reset });
        }
        const remaining = Number(headers['x-ratelimit-remaining']);
        if (headers['x-ratelimit-remaining'] !== undefined && Number.isFinite(remaining))
            stats.rateLimitRemaining = remaining;
        const expiry = headers['github-authentication-token-expiration'];
        if (!expiryReported && expiry !== undefined) {
            const date = parseTokenExpiration(String(expiry));
            if (date) {
                expiryReported = true;
                options.onTokenExpiration?.(date);
            }
        }
    };
    const remember = (key, value) => {
        cache.delete(key);
        cache.set(key, value);
        if (cache.size > cacheSize)
            cache.delete(cache.keys().next().value);
    };
    // Innermost layer (registered before retry and throttling): sees every attempt.
    const conditionalRequests = (octokit) => {
        const o = octokit;
        o.hook.wrap('request', async (request, opts) => {
            const { method, url } = o.request.endpoint.parse(opts);
            const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
            const call = `${method} ${path}`;
            const streamed = opts.request?.parseSuccessResponseBody === false;
            const key = `${method} ${url}`;
            const cached = method === 'GET' && !streamed ? cache.get(key) : undefined;
            const ownHeader = Object.keys(opts.headers).some((h) => h.toLowerCase() === 'if-none-match');
            if (cached && (!ownHeader || opts.headers['if-none-match'] === cached.etag))
                opts.headers['if-none-match'] = cached.etag;
            stats.requests++;
            try {
                const response = await request(opts);
                observe(response.headers, response.status);
                log.debug(`${call} → ${response.status}`);
                const type = String(response.headers['content-type'] ?? '');
                if (!streamed && /json/i.test(type) && typeof response.data === 'string') {
                    const excerpt = response.data.slice(0, 40).replace(/\s+/g, ' ');
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('github.malformed-response', redact(`${call} answered ${response.status} with a body that is not valid JSON (${response.data.length} bytes${excerpt ? `, starting "${excerpt}"` : ''})`), { hint: 'the response was cut or corrupted on the way; the next poll reads it again' });
                }
                const etag = response.headers.etag;
                // A copy: callers (paginate, for one) mutate the response they get.
                if (method === 'GET' && !streamed && typeof etag === 'string' && response.status === 200)
                    remember(key, { etag, response: structuredClone(response) });
                return response;
            }
            catch (e) {
                if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isRequestError */ .eK)(e))
                    throw e;
                const headers = (e.response?.headers ?? {});
                observe(headers, e.status);
                if (e.status === 304 && cached) {
                    stats.notModified++;
                    log.debug(`${call} → 304 (not modified)`);
                    const copy = structuredClone(cached.response);
                    return { ...copy, headers: { ...copy.headers, ...stringHeaders(headers), etag: cached.etag } };
                }
                log.debug(`${call} → ${e.status}: ${e.message}`);
                const retryAfter = Number(headers['retry-after']);
                if ((e.status === 403 || e.status === 429) && Number.isFinite(retryAfter))
                    retryAfterOf.set(opts, retryAfter);
                throw e;
            }
        });
        return {};
    };
    const onLimit = (kind) => async (computed, opts, _octokit, retryCount) => {
        const wait = retryAfterOf.get(opts) ?? computed;
        const call = `${String(opts.method)} ${String(opts.url)}`;
        if (retryCount >= rateLimitRetries) {
            log.warn(`${call} hit the ${kind} rate limit again; giving up after ${retryCount} retries`);
            return false;
        }
        if (wait > maxWaitSeconds) {
            log.warn(`${call} hit the ${kind} rate limit; the ${wait} s wait exceeds ${maxWaitSeconds} s, giving up`);
            return false;
        }
        log.warn(`${call} hit the ${kind} rate limit; waiting ${wait} s (retry ${retryCount + 1}/${rateLimitRetries})`);
        await sleep(wait * 1000);
        return true;
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'hee-ci',
        log,
        request: { ...(_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request ?? {}), log },
        retry: {
            retries,
            retryAfterBaseValue: options.retryBaseMs ?? 1000,
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
        },
        throttle: {
            // The handler itself sleeps (so it can honour retry-after and the cap); the plugin adds nothing.
            retryAfterBaseValue: 0,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary')
        }
    }, conditionalRequests, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
    const signedFetch = (_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ??
        fetch);
    const retryBaseMs = options.retryBaseMs ?? 1000;
    const fetchSigned = async (url, call) => {
        const host = new URL(url).host;
        for (let attempt = 0;; attempt++) {
            let failure;
            try {
                const res = await signedFetch(url, { headers: { 'user-agent': options.userAgent ?? 'hee-ci' } });
                log.debug(`GET ${host} (signed URL for ${call}) → ${res.status}`);
                if (res.ok)
                    return res;
                const text = await res.text().catch(() => '');
                failure = `${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`;
                if (res.status < 500)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('github.api', redact(`${call} (GET ${host}) failed with ${failure}`));
            }
            catch (e) {
                if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA)
                    throw e;
                const cause = e.cause?.message;
                failure = cause ?? e.message;
                if (attempt >= retries)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('github.network', redact(`${call}: could not read ${host}: ${failure}`), { cause: e });
            }
            if (attempt >= retries)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('github.api', redact(`${call} (GET ${host}) failed with ${failure}`));
            log.debug(`${call}: retrying the signed URL after ${failure}`);
            await sleep(retryBaseMs * (attempt + 1) ** 2);
        }
    };
    return { octokit, stats, redact, log, fetchSigned };
}
function stringHeaders(h) {
    const out = {};
    for (const [k, v] of Object.entries(h))
        if (v !== undefined && k !== 'content-length')
            out[k] = String(v);
    return out;
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

//# sourceMappingURL=945.index.mjs.map