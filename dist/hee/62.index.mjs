export const id = 62;
export const ids = [62];
export const modules = {

/***/ 95611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MONITOR_USAGE: () => (/* binding */ MONITOR_USAGE),
/* harmony export */   monitorCommand: () => (/* binding */ monitorCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93262);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98005);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94899);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95304);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74287);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(93772);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27109);



const MONITOR_USAGE = `usage: hee monitor --repo owner/name [options]
  --run-id N                 analyse this run (default: runs since the capsule's last run)
  --workflow NAME            watch this workflow (name or file); repeatable; default all
  --watch                    keep polling: every --interval s while operational, --degraded-interval s otherwise
  --interval S               default 60
  --degraded-interval S      default 30
  --max-polls N              stop --watch after N polls (default: until interrupted)
  --state-capsule F          the capsule file (default hee-state-capsule.json)
  --key FILE                 signs and verifies the capsule (Ed25519 PEM or HMAC secret)
  --allow-unsigned           keep an unsigned capsule
  --alert-level L            critical|high|medium|low (default low)
  --patterns FILE            pattern overrides (default .github/hee-patterns.yml when present)
  --detailed                 print every finding with its excerpt
  --format text|json         default text
  --api-url URL              default $GITHUB_API_URL or https://api.github.com
  --token-env NAME           env variable holding the token (default GITHUB_TOKEN)
  alert channels (each optional; console is always on):
  --slack-webhook-url URL
  --webhook-url URL --webhook-secret S
  --smtp-url smtp://user:pass@host:587 --email-from A --email-to A[,B]
  --sms-account-sid SID --sms-auth-token T --sms-from N --sms-to N[,M] [--sms-api-url URL]
  --github-issues            open/update/close an issue per failing workflow and pattern`;
const sleep = (seconds) => new Promise((r) => setTimeout(r, seconds * 1000));
const list = (v) => v
    ?.split(',')
    .map((x) => x.trim())
    .filter(Boolean);
function num(v, name, dflt) {
    if (v === undefined)
        return dflt;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--${name} must be a positive number`);
    return n;
}
/** `hee monitor`: the monitor action on a laptop, once or as a polling loop. */
const monitorCommand = async (argv, io) => {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(argv, {
        repo: { type: 'string' },
        'run-id': { type: 'string' },
        workflow: { type: 'string', multiple: true },
        watch: { type: 'boolean' },
        interval: { type: 'string' },
        'degraded-interval': { type: 'string' },
        'max-polls': { type: 'string' },
        'state-capsule': { type: 'string' },
        key: { type: 'string' },
        'allow-unsigned': { type: 'boolean' },
        'alert-level': { type: 'string' },
        patterns: { type: 'string' },
        detailed: { type: 'boolean' },
        format: { type: 'string' },
        'api-url': { type: 'string' },
        'token-env': { type: 'string' },
        'slack-webhook-url': { type: 'string' },
        'webhook-url': { type: 'string' },
        'webhook-secret': { type: 'string' },
        'smtp-url': { type: 'string' },
        'email-from': { type: 'string' },
        'email-to': { type: 'string' },
        'sms-account-sid': { type: 'string' },
        'sms-auth-token': { type: 'string' },
        'sms-from': { type: 'string' },
        'sms-to': { type: 'string' },
        'sms-api-url': { type: 'string' },
        'github-issues': { type: 'boolean' }
    });
    const repository = values.repo ?? io.env.GITHUB_REPOSITORY;
    if (!repository)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--repo owner/name is required');
    const tokenEnv = values['token-env'] ?? 'GITHUB_TOKEN';
    const token = io.env[tokenEnv];
    if (!token)
        throw new _hee_core__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('config', `no token: set ${tokenEnv} (a token with actions: read on ${repository})`);
    const level = values['alert-level'] ?? 'low';
    if (!(0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .isSeverity */ ._Z)(level))
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--alert-level must be critical, high, medium or low');
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--format must be text or json');
    const runId = values['run-id'] ? num(values['run-id'], 'run-id', 0) : undefined;
    const interval = num(values.interval, 'interval', 60);
    const degradedInterval = num(values['degraded-interval'], 'degraded-interval', 30);
    const maxPolls = values['max-polls'] ? num(values['max-polls'], 'max-polls', 1) : values.watch ? Infinity : 1;
    const key = values.key ? await (0,_hee_core__WEBPACK_IMPORTED_MODULE_4__/* .readKeyFile */ .ml)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.key)) : undefined;
    if (!key && !values['allow-unsigned'])
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--key FILE is required (or --allow-unsigned)');
    const sink = {
        annotate: (lvl, message, props) => io.stdout(`${lvl}: ${props.title ?? ''}${props.file ? ` (${props.file}${props.startLine ? `:${props.startLine}` : ''})` : ''}\n  ${message.replace(/\n/g, '\n  ')}\n`),
        summary: (md) => {
            if (values.detailed)
                io.stdout(md + '\n');
        }
    };
    const monitor = (0,_hee_core__WEBPACK_IMPORTED_MODULE_5__/* .setupMonitor */ .G)({
        repository,
        token,
        tokenName: tokenEnv,
        apiUrl: values['api-url'] ?? io.env.GITHUB_API_URL ?? 'https://api.github.com',
        userAgent: 'hee-cli',
        workflows: values.workflow ?? [],
        maxRuns: 20,
        alertLevel: level,
        patternsFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.patterns ?? '.github/hee-patterns.yml'),
        channels: {
            slackWebhookUrl: values['slack-webhook-url'],
            webhookUrl: values['webhook-url'],
            webhookSecret: values['webhook-secret'],
            smtpUrl: values['smtp-url'],
            emailFrom: values['email-from'],
            emailTo: list(values['email-to']),
            smsAccountSid: values['sms-account-sid'],
            smsAuthToken: values['sms-auth-token'],
            smsFrom: values['sms-from'],
            smsTo: list(values['sms-to']),
            smsApiUrl: values['sms-api-url'],
            githubIssues: values['github-issues'] ?? false
        },
        capsule: {
            path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values['state-capsule'] ?? 'hee-state-capsule.json'),
            meta: { repository, workflow: 'hee monitor', runId: 1 },
            ...(key ? { signingKey: key } : {}),
            requireSignature: !values['allow-unsigned']
        }
    }, format === 'json' ? { annotate: () => { }, summary: () => { } } : sink);
    const { client, secrets } = monitor;
    const say = (line) => {
        if (format === 'text')
            io.stdout((0,_hee_core__WEBPACK_IMPORTED_MODULE_6__/* .inertText */ .U)((0,_hee_core__WEBPACK_IMPORTED_MODULE_7__/* .redact */ .E$)(line, secrets)) + '\n');
    };
    let stop = false;
    const onSignal = () => (stop = true);
    process.once('SIGINT', onSignal);
    let result;
    try {
        for (let poll = 1; poll <= maxPolls && !stop; poll++) {
            const trigger = runId && poll === 1 ? { kind: 'run', runId, reread: true } : { kind: 'since-last' };
            const before = client.stats.requests;
            let pass;
            try {
                pass = await monitor.pass(trigger, say);
            }
            catch (e) {
                // While watching, a poll that could not read GitHub is reported and the next one tries
                // again (the capsule is untouched); a rejected token or a bad capsule ends the watch.
                if (maxPolls === 1 || !(e instanceof _hee_core__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA) || !e.code.startsWith('github.') || e.code === 'github.auth')
                    throw e;
                say(`poll ${poll}: ${(0,_hee_core__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(e)}`);
                if (poll < maxPolls && !stop)
                    await sleep(degradedInterval);
                continue;
            }
            result = pass;
            const o = pass.outcome;
            const detectedAt = Date.now();
            for (const a of o.analyses) {
                const completed = Date.parse(a.run.updatedAt);
                if (Number.isFinite(completed) && a.findings.length) {
                    say(`detected failure of run ${a.run.id} ${((detectedAt - completed) / 1000).toFixed(1)} s after it completed`);
                }
            }
            for (const u of o.unreadable)
                say(`could not read ${u}`);
            say(`poll ${poll}: status ${o.decision.to}${o.decision.from !== o.decision.to ? ` (was ${o.decision.from})` : ''}; ` +
                `${o.analyses.length} run(s) analysed; ${client.stats.requests - before} request(s), ${client.stats.notModified} not modified so far`);
            if (format === 'json')
                io.stdout(JSON.stringify((0,_hee_core__WEBPACK_IMPORTED_MODULE_8__/* .outcomeJson */ .b)(o, secrets)) + '\n');
            if (poll < maxPolls && !stop) {
                await sleep(o.decision.to === 'operational' || o.decision.to === 'maintenance' ? interval : degradedInterval);
            }
        }
    }
    finally {
        process.off('SIGINT', onSignal);
    }
    return result && result.outcome.unreadable.length > 0 && result.outcome.analyses.length === 0 ? 1 : 0;
};


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


/***/ })

};

//# sourceMappingURL=62.index.mjs.map