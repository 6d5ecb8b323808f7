export const id = 780;
export const ids = [780];
export const modules = {

/***/ 65334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   eK: () => (/* binding */ isRequestError)
/* harmony export */ });
/* unused harmony exports isRateLimitError, githubMessage */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/**
 * Turns Octokit's `RequestError` into an error a person can act on: which call failed, the
 * status, GitHub's own message and, where we can tell, what to change. What the user must fix
 * (the token, a permission, a name) is a `ConfigurationError`; what may pass (5xx, rate
 * limits, the network) is a retryable `OperationalError`; GitHub refusing the request's
 * content (409, 422) is an `OperationalError` that retrying will not fix.
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
/** GitHub's `errors` list of a 422 (`Reference already exists`, `head invalid`, …) as one phrase. */
function validationDetails(e) {
    const errors = e.response?.data?.errors;
    if (!Array.isArray(errors))
        return '';
    const parts = errors.map((x) => {
        if (typeof x === 'string')
            return x;
        const o = (x ?? {});
        if (typeof o.message === 'string')
            return o.message;
        return [o.resource, o.field, o.code].filter((v) => typeof v === 'string').join(' ');
    });
    const text = parts.filter(Boolean).join('; ');
    return text ? ` (${text})` : '';
}
/**
 * Which permission a 403 on this endpoint lacks. GitHub's `x-accepted-github-permissions` lists
 * the sets that would do (`;` between sets, `,` within one, `pull_requests=write`); without it
 * the route tells.
 */
function permissionHint(e) {
    const accepted = e.response?.headers?.['x-accepted-github-permissions'];
    if (accepted !== undefined && String(accepted).trim() !== '') {
        const sets = String(accepted)
            .split(';')
            .map((set) => set
            .split(',')
            .map((p) => p.trim())
            .filter(Boolean)
            .map((p) => `\`${p.replace('=', ': ').replace(/_/g, '-')}\``)
            .join(' and '))
            .filter(Boolean);
        return `the token needs ${sets.join(' or ')}: add it under \`permissions:\` in the workflow`;
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
    const options = (hint) => ({ cause, ...(hint ? { hint: redact(hint) } : {}) });
    const configuration = (code, text, hint) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(redact(text), { code, ...options(hint) });
    const operational = (code, text, retryable, hint) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationalError */ .LE(code, redact(text), { retryable, ...options(hint) });
    const status = error.status;
    if (status === 401) {
        return configuration('github.auth', `${where}: the token was rejected (401): check the \`github-token\` input`, `GitHub said: ${message}`);
    }
    if (isRateLimitError(error)) {
        const h = error.response?.headers ?? {};
        const reset = Number(h['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
        const kind = /secondary/i.test(message) ? 'secondary rate limit' : 'rate limit';
        return operational('github.rate-limited', `${where}: GitHub's ${kind} was exceeded (${status}) and the retries ran out${when}: ${message}`, true, 'poll less often, or use a token with a higher limit');
    }
    if (status === 403) {
        return configuration('github.forbidden', `${where}: GitHub refused the request (403): ${message}`, permissionHint(error));
    }
    if (status === 404) {
        return configuration('github.not-found', `${where}: not found (404): ${message}`, 'check the repository name and the id; a private repository also answers 404 when the token cannot see it');
    }
    if (status === 409)
        return operational('github.conflict', `${where}: conflict (409): ${message}`, false);
    if (status === 422) {
        return operational('github.unprocessable', `${where}: GitHub refused the request (422): ${message}${validationDetails(error)}`, false);
    }
    if (status === 500 && !error.response) {
        return operational('github.network', `${where}: could not reach GitHub: ${message}`, true, 'the request was retried; check the network or the API URL');
    }
    return operational('github.api', `${where} failed with ${status}: ${message}`, status >= 500);
}


/***/ }),

/***/ 86754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LX: () => (/* binding */ createGitHubClient)
});

// UNUSED EXPORTS: DEFAULT_CLIENT_LIMITS, parseTokenExpiration

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(85555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/github/errors.ts
var github_errors = __webpack_require__(65334);
;// CONCATENATED MODULE: ./packages/core/src/github/plugins/hook.ts
/** Wraps the `request` hook of every Octokit the plugin is given to. */
function requestPlugin(wrap) {
    return (octokit) => {
        octokit.hook.wrap('request', (request, options) => wrap(request, options, octokit));
        return {};
    };
}
/** `GET /repos/o/r/actions/runs?page=2`: the request as a log line names it. */
function requestName(octokit, options) {
    const { method, url } = octokit.request.endpoint.parse(options);
    return { method, url, name: `${method} ${url.replace(/^[a-z]+:\/\/[^/]+/i, '')}` };
}
/** True when the caller asked for the raw body stream (downloads): nothing may read or cache it. */
function isStreamed(options) {
    return options.request?.parseSuccessResponseBody === false;
}

;// CONCATENATED MODULE: ./packages/core/src/github/plugins/etag-cache.ts


/** The ETag layer; see the module comment. */
function etagCache(options) {
    const cache = new Map();
    const remember = (key, value) => {
        cache.delete(key);
        cache.set(key, value);
        if (cache.size > options.size)
            cache.delete(cache.keys().next().value);
    };
    return requestPlugin(async (request, opts, octokit) => {
        const { method, url, name } = requestName(octokit, opts);
        const cacheable = method === 'GET' && !isStreamed(opts);
        const key = `${method} ${url}`;
        const cached = cacheable ? cache.get(key) : undefined;
        const ownHeader = Object.keys(opts.headers).some((h) => h.toLowerCase() === 'if-none-match');
        if (cached && (!ownHeader || opts.headers['if-none-match'] === cached.etag))
            opts.headers['if-none-match'] = cached.etag;
        try {
            const response = await request(opts);
            const etag = response.headers.etag;
            // A copy: callers (paginate, for one) mutate the response they get.
            if (cacheable && typeof etag === 'string' && response.status === 200)
                remember(key, { etag, response: structuredClone(response) });
            return response;
        }
        catch (e) {
            if (!(cached && (0,github_errors/* isRequestError */.eK)(e) && e.status === 304))
                throw e;
            options.stats.notModified++;
            options.log.debug(`${name} → 304 (not modified)`);
            const copy = structuredClone(cached.response);
            return { ...copy, headers: { ...copy.headers, ...fresh(e.response?.headers), etag: cached.etag } };
        }
    });
}
/** The 304's own headers (rate limit, dates) over the cached ones; its length is not the body's. */
function fresh(h) {
    const out = {};
    for (const [k, v] of Object.entries(h ?? {}))
        if (v !== undefined && k !== 'content-length')
            out[k] = String(v);
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/github/plugins/json-body.ts
/**
 * A JSON answer that does not parse reaches Octokit as a string; it is refused here, naming
 * the call, before any layer caches or returns it.
 */


/** The malformed-JSON check; `redact` scrubs the excerpt it quotes. */
function jsonBodyCheck(redact) {
    return requestPlugin(async (request, opts, octokit) => {
        const response = await request(opts);
        const type = String(response.headers['content-type'] ?? '');
        if (!isStreamed(opts) && /json/i.test(type) && typeof response.data === 'string') {
            const { name } = requestName(octokit, opts);
            const excerpt = response.data.slice(0, 40).replace(/\s+/g, ' ');
            throw new errors/* OperationalError */.LE('github.malformed-response', redact(`${name} answered ${response.status} with a body that is not valid JSON (${response.data.length} bytes${excerpt ? `, starting "${excerpt}"` : ''})`), { hint: 'the response was cut or corrupted on the way; the next poll reads it again', retryable: true });
        }
        return response;
    });
}

// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./packages/core/src/github/plugins/rate-limit.ts



/** Parses `2024-06-01 12:00:00 UTC` (or with a `-0700` offset) into a Date. */
function parseTokenExpiration(value) {
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*(UTC|Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
    if (!m)
        return undefined;
    const zone = !m[3] || m[3] === 'UTC' || m[3] === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const d = new Date(`${m[1]}T${m[2]}${zone}`);
    return Number.isNaN(d.getTime()) ? undefined : d;
}
/** Builds the rate-limit layer; see the module comment. */
function rateLimit(options) {
    const { stats, log } = options;
    const lastUsed = new Map();
    // retry-after of the last rate-limited attempt, keyed by the request's options object
    // (shared by every hook layer), so the throttling handler can honour it.
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
    const plugin = requestPlugin(async (request, opts, octokit) => {
        const { name } = requestName(octokit, opts);
        stats.requests++;
        try {
            const response = await request(opts);
            observe(response.headers, response.status);
            log.debug(`${name} → ${response.status}${isStreamed(opts) ? ' (streamed)' : ''}`);
            return response;
        }
        catch (e) {
            if (!(0,github_errors/* isRequestError */.eK)(e))
                throw e;
            const headers = (e.response?.headers ?? {});
            observe(headers, e.status);
            if (e.status !== 304)
                log.debug(`${name} → ${e.status}: ${e.message}`);
            const retryAfter = Number(headers['retry-after']);
            if ((e.status === 403 || e.status === 429) && Number.isFinite(retryAfter))
                retryAfterOf.set(opts, retryAfter);
            throw e;
        }
    });
    const onLimit = (kind) => async (computed, opts, _o, retryCount) => {
        const wait = retryAfterOf.get(opts) ?? computed;
        const call = `${String(opts.method)} ${String(opts.url)}`;
        if (retryCount >= options.retries) {
            log.warn(`${call} hit the ${kind} rate limit again; giving up after ${retryCount} retries`);
            return false;
        }
        if (wait > options.maxWaitSeconds) {
            log.warn(`${call} hit the ${kind} rate limit; the ${wait} s wait exceeds ${options.maxWaitSeconds} s, giving up`);
            return false;
        }
        log.warn(`${call} hit the ${kind} rate limit; waiting ${wait} s (retry ${retryCount + 1}/${options.retries})`);
        await options.sleep(wait * 1000);
        return true;
    };
    // Groups of this client's own, so a chosen spacing applies to it alone.
    const spacing = options.writeIntervalMs === undefined
        ? {}
        : {
            write: new (light_default()).Group({ maxConcurrent: 1, minTime: options.writeIntervalMs }),
            notifications: new (light_default()).Group({ maxConcurrent: 1, minTime: options.writeIntervalMs })
        };
    return {
        plugin,
        throttle: {
            // The handler itself sleeps (so it can honour retry-after and the cap); the plugin adds nothing.
            retryAfterBaseValue: 0,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            ...spacing
        }
    };
}

;// CONCATENATED MODULE: ./packages/core/src/github/plugins/timeout.ts
/**
 * A time limit on every request: an API that accepts the connection and never answers is
 * given up after `ms` instead of the socket's default of minutes, with a message naming the
 * request. Each attempt has its own limit and a timed-out attempt is not retried (an answer
 * that never came is unlikely to come on the next try). For a streamed download the limit
 * covers the wait for the headers; the body has its own limits (`readBody`).
 */


/** The timeout layer; `ms` per attempt. */
function requestTimeout(ms) {
    return requestPlugin(async (request, opts, octokit) => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), ms);
        // Set on the options object itself: every layer (the token's among them) reads that one.
        const options = opts.request;
        const outer = options.signal;
        options.signal = outer ? AbortSignal.any([outer, controller.signal]) : controller.signal;
        try {
            return await request(opts);
        }
        catch (e) {
            if (!controller.signal.aborted)
                throw e;
            const { name } = requestName(octokit, opts);
            throw new errors/* OperationalError */.LE('github.timeout', `limit reached: ${name} had no answer within ${ms / 1000} s (request timeout); it was given up`, {
                hint: isStreamed(opts)
                    ? 'the download did not start; the next pass tries again'
                    : 'GitHub or the network did not answer; the next pass tries again',
                retryable: true,
                cause: e
            });
        }
        finally {
            clearTimeout(timer);
            if (outer)
                options.signal = outer;
            else
                delete options.signal;
        }
    });
}

;// CONCATENATED MODULE: ./packages/core/src/github/signed-fetch.ts
/**
 * GETs a pre-signed URL (a log or artifact location GitHub redirected to). The token never
 * goes there: the URL carries its own signature. 5xx and network failures are retried like
 * API calls; a 4xx is final. A URL that does not answer within `timeoutMs` is given up, not
 * retried; once the headers are in, the body is the reader's (aborted through `signal`).
 */

/** Builds the signed-URL fetch; see the module comment. */
function createSignedFetch(options) {
    const { redact, log } = options;
    return async (url, call, signal) => {
        const host = new URL(url).host;
        const failed = (failure, retryable, cause) => new errors/* OperationalError */.LE('github.api', redact(`${call} (GET ${host}) failed with ${failure}`), { retryable, cause });
        for (let attempt = 0;; attempt++) {
            let failure;
            const timer = new AbortController();
            const timeout = setTimeout(() => timer.abort(), options.timeoutMs);
            try {
                const res = await options.fetch(url, {
                    headers: { 'user-agent': options.userAgent },
                    signal: signal ? AbortSignal.any([signal, timer.signal]) : timer.signal
                });
                log.debug(`GET ${host} (signed URL for ${call}) → ${res.status}`);
                if (res.ok)
                    return res;
                const text = await res.text().catch(() => '');
                failure = `${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`;
                if (res.status < 500)
                    throw failed(failure, false);
            }
            catch (e) {
                if (e instanceof errors/* OperationalError */.LE || signal?.aborted)
                    throw e;
                if (timer.signal.aborted)
                    throw new errors/* OperationalError */.LE('github.timeout', redact(`limit reached: ${call} (GET ${host}) had no answer within ${options.timeoutMs / 1000} s (request timeout); it was given up`), { hint: 'the storage host did not answer; the next pass tries again', retryable: true, cause: e });
                const cause = e.cause?.message;
                failure = cause ?? e.message;
                if (attempt >= options.retries)
                    throw new errors/* OperationalError */.LE('github.network', redact(`${call}: could not read ${host}: ${failure}`), {
                        retryable: true,
                        cause: e
                    });
            }
            finally {
                clearTimeout(timeout);
            }
            if (attempt >= options.retries)
                throw failed(failure, true);
            log.debug(`${call}: retrying the signed URL after ${failure}`);
            await options.sleep(options.retryBaseMs * (attempt + 1) ** 2);
        }
    };
}

;// CONCATENATED MODULE: ./packages/core/src/github/octokit.ts
/**
 * The one place an Octokit is built: `@actions/github`'s client composed with the plugins in
 * `plugins/` (rate-limit accounting and throttling, the malformed-JSON check, the ETag cache),
 * `@octokit/plugin-retry` for 5xx and resets, a time limit per request (`plugins/timeout.ts`),
 * and a token-free fetch for signed URLs. Nothing it logs or throws contains the token.
 */











/** Defaults of `ClientLimits`: 30 s per request, 10 pages of 100, 2 minutes per download. */
const DEFAULT_CLIENT_LIMITS = { requestTimeoutMs: 30_000, maxPages: 10, downloadMs: 120_000 };
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Builds the GitHub client every engine uses. See `GitHubClientOptions` for the knobs; the
 * defaults suit an action run.
 */
function createGitHubClient(options) {
    const { token } = options;
    if (!token)
        throw new errors/* ConfigurationError */.j1('no GitHub token was given: set the `github-token` input', { code: 'github.auth' });
    const retries = options.retries ?? 3;
    const retryBaseMs = options.retryBaseMs ?? 1000;
    const sleep = options.sleep ?? defaultSleep;
    const userAgent = options.userAgent ?? 'hee-ci';
    const limits = {
        requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_CLIENT_LIMITS.requestTimeoutMs,
        maxPages: Math.max(1, options.maxPages ?? DEFAULT_CLIENT_LIMITS.maxPages),
        downloadMs: options.downloadMs ?? DEFAULT_CLIENT_LIMITS.downloadMs
    };
    const redact = (text) => (token.length >= 4 ? text.split(token).join('***') : text);
    const log = clientLog(options.log, redact);
    const stats = { requests: 0, notModified: 0, rateLimitUsed: 0 };
    const rates = rateLimit({
        stats,
        log,
        retries: options.rateLimitRetries ?? 2,
        maxWaitSeconds: options.maxWaitSeconds ?? 120,
        sleep,
        ...(options.onTokenExpiration ? { onTokenExpiration: options.onTokenExpiration } : {}),
        ...(options.writeIntervalMs === undefined ? {} : { writeIntervalMs: options.writeIntervalMs })
    });
    // Plugins wrap `request` in order: the first is innermost and sees every attempt.
    const octokit = (0,github/* getOctokit */.Q)(token, {
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent,
        log,
        request: { ...(utils/* defaults */.NT.request ?? {}), log },
        retry: { retries, retryAfterBaseValue: retryBaseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: rates.throttle
    }, requestTimeout(limits.requestTimeoutMs), rates.plugin, jsonBodyCheck(redact), etagCache({ size: options.etagCacheSize ?? 500, stats, log }), dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    const fetchSigned = createSignedFetch({
        userAgent,
        retries,
        retryBaseMs,
        sleep,
        log,
        redact,
        timeoutMs: limits.requestTimeoutMs,
        fetch: utils/* defaults */.NT.request?.fetch ?? fetch
    });
    return { octokit, stats, redact, log, fetchSigned, limits };
}
/** The client's log: every line redacted; warnings and errors reach stderr unless routed. */
function clientLog(routes, redact) {
    const sink = (fn, fallback) => (message, ...rest) => (fn ?? fallback)(redact([message, ...rest].map((p) => (p instanceof Error ? p.message : String(p))).join(' ')));
    const stderr = (m) => void process.stderr.write(`${m}\n`);
    const noop = () => { };
    return {
        debug: sink(routes?.debug, noop),
        info: sink(routes?.info, noop),
        warn: sink(routes?.warn, stderr),
        error: sink(routes?.error, stderr)
    };
}


/***/ }),

/***/ 93593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ listCap),
/* harmony export */   v: () => (/* binding */ eachPage)
/* harmony export */ });
/**
 * Lists read page by page with a cap: Octokit's paginate iterator follows `Link: rel="next"`
 * for as long as the server offers one, so a list that never ends (a broken proxy, a hostile
 * stand-in) would be read forever. Here it stops after `maxPages`, and when a next page was
 * still offered the caller hears of it as a cap reached.
 */
/**
 * The cap of one list read with `client`: its `maxPages` (the `max-pages` input, unless
 * `maxPages` is given), and a cap reached told to `onLimit` or, when the caller has nowhere
 * to report it, to the client's warning log — never silent.
 */
function listCap(client, what, options = {}) {
    return {
        maxPages: Math.max(1, options.maxPages ?? client.limits.maxPages),
        what,
        onLimit: options.onLimit ?? ((note) => client.log.warn(note))
    };
}
/**
 * Hands each page's data to `each` until it returns false, the list ends or `maxPages` pages
 * were read (then, if the server still offered a next page, `onLimit` is told).
 */
async function eachPage(pages, cap, each) {
    let read = 0;
    for await (const page of pages) {
        if (each(page.data) === false)
            return;
        if (++read >= cap.maxPages) {
            if (/rel="next"/.test(page.headers.link ?? ''))
                cap.onLimit?.(`limit reached: ${cap.what}: only the first ${read} page(s) were read (max-pages ${cap.maxPages}); the rest was left out`);
            return;
        }
    }
}


/***/ })

};

//# sourceMappingURL=780.index.mjs.map