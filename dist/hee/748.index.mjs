export const id = 748;
export const ids = [748];
export const modules = {

/***/ 44929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ orAbsent),
/* harmony export */   m: () => (/* binding */ caller)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65334);
/**
 * The one try/catch of the GitHub layer: every call runs through `call(name, fn)`, so each
 * failure becomes an error naming the call (`toGitHubError`), redacted with the client's token.
 */


/** Binds `call` to a client's redaction. */
function caller(client) {
    return async (name, fn) => {
        try {
            return await fn();
        }
        catch (e) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toGitHubError */ .Lg)(e, name, client.redact);
        }
    };
}
/**
 * `undefined` where GitHub answered 404: for lookups whose "not there" is an expected outcome
 * (a branch or file that does not exist yet), not a failure.
 */
async function orAbsent(pending) {
    try {
        return await pending;
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HeeError */ .RA && e.code === 'github.not-found')
            return undefined;
        throw e;
    }
}


/***/ }),

/***/ 24077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ repoRefOf)
/* harmony export */ });
/* unused harmony export parseRepo */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/** Parses `owner/name` into a RepoRef; anything else is a configuration error naming the value. */
function parseRepo(fullName) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(fullName.trim());
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`repository "${fullName}" is not of the form owner/name`);
    return { owner: m[1], repo: m[2] };
}
/** A RepoRef from either form. */
function repoRefOf(repository) {
    return typeof repository === 'string' ? parseRepo(repository) : { owner: repository.owner, repo: repository.repo };
}


/***/ }),

/***/ 62489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wg: () => (/* binding */ createRunsReader)
});

// UNUSED EXPORTS: MAX_ARTIFACT_ZIP_BYTES, MAX_LOG_BYTES, parseRepo, seconds

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
;// CONCATENATED MODULE: ./packages/core/src/github/body-reader.ts
/**
 * The one bounded reader for download bodies (job logs, artifact zips): it counts bytes,
 * refuses a body whose announced or actual size passes `maxBytes` (abandoning the rest
 * unread), and tells a body cut short — by the connection or by falling short of its
 * Content-Length — from one that ended. It also bounds the time: a body still coming after
 * `maxMs`, or silent for `idleMs`, is abandoned the same way (a body that trickles forever).
 */
/** The body chunk by chunk, within `limits`; see the module comment. */
async function* readBody(source, limits, fail) {
    const { body, length, cancel } = source;
    if (!body)
        return;
    const maxBytes = limits.maxBytes ?? Infinity;
    if (!limits.partial && Number.isFinite(length) && length > maxBytes) {
        await cancel();
        throw fail.tooLarge(length);
    }
    let bytes = 0;
    // A timer abandons the body (`cancel` aborts its request) when a time limit passes; the
    // pending read then fails and the limit, not the cut, is reported.
    const ends = Date.now() + (limits.maxMs ?? Infinity);
    let expired;
    let timer;
    const arm = () => {
        clearTimeout(timer);
        const total = ends - Date.now();
        const idle = limits.idleMs ?? Infinity;
        const wait = Math.max(0, Math.min(total, idle));
        if (!Number.isFinite(wait))
            return;
        timer = setTimeout(() => {
            expired = idle < total ? { limit: 'idle', ms: idle } : { limit: 'total', ms: limits.maxMs };
            void cancel();
        }, wait);
    };
    const iterator = body[Symbol.asyncIterator]();
    try {
        for (;;) {
            let next;
            arm();
            try {
                next = await iterator.next();
            }
            catch (e) {
                if (expired)
                    throw fail.slow(bytes, expired.limit, expired.ms);
                throw fail.cut(bytes, length, e);
            }
            if (expired)
                throw fail.slow(bytes, expired.limit, expired.ms);
            if (next.done)
                break;
            const chunk = next.value;
            bytes += chunk.byteLength;
            if (bytes > maxBytes) {
                const room = chunk.byteLength - (bytes - maxBytes);
                if (limits.partial && room > 0)
                    yield Buffer.from(chunk.buffer, chunk.byteOffset, room);
                await cancel();
                throw fail.tooLarge(Number.isFinite(length) ? length : undefined);
            }
            clearTimeout(timer);
            yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        }
    }
    finally {
        clearTimeout(timer);
    }
    if (Number.isFinite(length) && bytes < length)
        throw fail.cut(bytes, length);
}
/** The whole body in one buffer, within `limits`. */
async function readWholeBody(source, limits, fail) {
    const chunks = [];
    for await (const chunk of readBody(source, limits, fail))
        chunks.push(chunk);
    return Buffer.concat(chunks);
}

// EXTERNAL MODULE: ./packages/core/src/github/call.ts
var github_call = __webpack_require__(44929);
// EXTERNAL MODULE: ./packages/core/src/github/pages.ts
var github_pages = __webpack_require__(93593);
;// CONCATENATED MODULE: ./packages/core/src/github/redirected-download.ts

/** Request options for a download route: no redirect followed, the body left unread, abortable. */
function streamed(signal) {
    return { redirect: 'manual', parseSuccessResponseBody: false, signal };
}
/**
 * Sends `request` (a download route asked with `request: streamed(signal)`; named `name` in
 * errors) and returns its body, following one redirect.
 */
function openRedirected(client, call, name, request) {
    const controller = new AbortController();
    const abort = async (stream) => {
        controller.abort();
        await stream?.cancel().catch(() => undefined);
    };
    return call(name, async () => {
        const api = await request(controller.signal);
        // With `parseSuccessResponseBody: false` Octokit hands over the fetch body stream as `data`.
        const stream = api.data;
        const status = api.status;
        if (status >= 300 && status < 400) {
            await stream?.cancel().catch(() => undefined);
            const location = api.headers.location;
            if (!location)
                throw new errors/* OperationalError */.LE('github.api', `${name}: GitHub answered ${status} without a Location`, {
                    retryable: true
                });
            const res = await client.fetchSigned(location, name, controller.signal);
            return {
                body: res.body,
                length: Number(res.headers.get('content-length') ?? NaN),
                cancel: () => abort(res.body)
            };
        }
        return {
            body: stream,
            length: Number(api.headers['content-length'] ?? NaN),
            cancel: () => abort(stream)
        };
    });
}

// EXTERNAL MODULE: ./packages/core/src/github/repo-ref.ts
var repo_ref = __webpack_require__(24077);
;// CONCATENATED MODULE: ./packages/core/src/github/runs.ts
/**
 * Readers for workflow runs, their jobs, job logs and artifacts, returning plain records the
 * monitor engine can use without knowing Octokit. Every failure is a HeeError naming the call.
 * (What changes a repository — issues, pulls, refs, contents, re-runs — is in `writer.ts`.)
 */







/** How long a download may take: the client's `downloadMs`, or less when a deadline is nearer. */
function timeLimit(client, options) {
    const left = options.deadline === undefined ? Infinity : Math.max(0, options.deadline - Date.now());
    return left < client.limits.downloadMs
        ? { maxMs: left, label: "the run's deadline" }
        : { maxMs: client.limits.downloadMs, label: 'download time limit' };
}
/** Most of a job log read (1 GiB); the classifier reads on with what came before. */
const MAX_LOG_BYTES = 1024 * 1024 * 1024;
/** Largest artifact zip `downloadArtifactZip` reads by default (20 MB). */
const MAX_ARTIFACT_ZIP_BYTES = 20 * 1024 * 1024;
const str = (v) => (typeof v === 'string' ? v : null);
const num = (v) => (typeof v === 'number' ? v : null);
const fullName = (v) => (v && typeof v === 'object' ? str(v.full_name) : null);
function malformed(call, what) {
    return new errors/* OperationalError */.LE('github.malformed-response', `${call}: GitHub's answer lacks ${what}`, {
        retryable: true
    });
}
function toRun(raw, call) {
    const r = raw;
    if (!r || typeof r !== 'object' || typeof r.id !== 'number')
        throw malformed(call, 'a workflow run id');
    return {
        id: r.id,
        name: str(r.name),
        workflowId: num(r.workflow_id) ?? 0,
        path: str(r.path) ?? '',
        event: str(r.event) ?? '',
        status: str(r.status),
        conclusion: str(r.conclusion),
        headSha: str(r.head_sha) ?? '',
        headBranch: str(r.head_branch),
        repository: fullName(r.repository) ?? '',
        headRepository: fullName(r.head_repository),
        runNumber: num(r.run_number) ?? 0,
        runAttempt: num(r.run_attempt) ?? 1,
        displayTitle: str(r.display_title) ?? '',
        createdAt: str(r.created_at) ?? '',
        updatedAt: str(r.updated_at) ?? '',
        htmlUrl: str(r.html_url) ?? ''
    };
}
function toJob(raw, call) {
    const j = raw;
    if (!j || typeof j !== 'object' || typeof j.id !== 'number')
        throw malformed(call, 'a job id');
    const steps = Array.isArray(j.steps) ? j.steps : [];
    return {
        id: j.id,
        runId: num(j.run_id) ?? 0,
        runAttempt: num(j.run_attempt),
        name: str(j.name) ?? '',
        status: str(j.status) ?? '',
        conclusion: str(j.conclusion),
        startedAt: str(j.started_at),
        completedAt: str(j.completed_at),
        htmlUrl: str(j.html_url),
        labels: Array.isArray(j.labels) ? j.labels.filter((l) => typeof l === 'string') : [],
        steps: steps.map((s) => ({
            number: num(s.number) ?? 0,
            name: str(s.name) ?? '',
            status: str(s.status) ?? '',
            conclusion: str(s.conclusion),
            startedAt: str(s.started_at),
            completedAt: str(s.completed_at)
        }))
    };
}
function toArtifact(raw, call) {
    const a = raw;
    if (!a || typeof a !== 'object' || typeof a.id !== 'number')
        throw malformed(call, 'an artifact id');
    return { id: a.id, name: str(a.name) ?? '', sizeInBytes: num(a.size_in_bytes) ?? 0, expired: a.expired === true };
}
/** Binds the run/job/log readers to one repository. */
function createRunsReader(client, repository) {
    const { owner, repo } = (0,repo_ref/* repoRefOf */.p)(repository);
    const { octokit } = client;
    const call = (0,github_call/* caller */.m)(client);
    const capOf = (what, options) => (0,github_pages/* listCap */.l)(client, what, options);
    return {
        getRun(runId) {
            const name = `get run ${runId}`;
            return call(name, async () => {
                const res = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
                    owner,
                    repo,
                    run_id: runId
                });
                return toRun(res.data, name);
            });
        },
        getDefaultBranch() {
            const name = `read the default branch of ${owner}/${repo}`;
            return call(name, async () => {
                const res = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo });
                const branch = str(res.data.default_branch);
                if (!branch)
                    throw malformed(name, 'a default branch');
                return branch;
            });
        },
        listJobs(runId, options = {}) {
            const name = `list the jobs of run ${runId}`;
            return call(name, async () => {
                const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', {
                    owner,
                    repo,
                    run_id: runId,
                    filter: options.filter ?? 'latest',
                    per_page: 100
                });
                const jobs = [];
                await (0,github_pages/* eachPage */.v)(pages, capOf(name, options), (data) => void jobs.push(...data.map((j) => toJob(j, name))));
                return jobs;
            });
        },
        listCompletedRuns(options = {}) {
            const limit = Math.max(1, options.limit ?? 50);
            const since = options.sinceRunId;
            const name = options.workflow === undefined ? 'list completed runs' : `list completed runs of workflow ${options.workflow}`;
            const params = { owner, repo, status: 'completed', per_page: Math.min(100, limit) };
            return call(name, async () => {
                const pages = options.workflow === undefined
                    ? octokit.paginate.iterator('GET /repos/{owner}/{repo}/actions/runs', params)
                    : octokit.paginate.iterator('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
                        ...params,
                        workflow_id: options.workflow
                    });
                const runs = [];
                await (0,github_pages/* eachPage */.v)(pages, capOf(name, options), (page) => {
                    const data = page;
                    if (!Array.isArray(data))
                        throw malformed(name, 'a list of workflow runs');
                    for (const raw of data) {
                        const run = toRun(raw, name);
                        if (since !== undefined && run.id <= since)
                            return false;
                        runs.push(run);
                        if (runs.length >= limit)
                            return false;
                    }
                });
                return runs.reverse();
            });
        },
        listWorkflows(options = {}) {
            const name = `list the workflows of ${owner}/${repo}`;
            return call(name, async () => {
                const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/actions/workflows', {
                    owner,
                    repo,
                    per_page: 100
                });
                const workflows = [];
                await (0,github_pages/* eachPage */.v)(pages, capOf(name, options), (page) => {
                    const data = page;
                    if (!Array.isArray(data))
                        throw malformed(name, 'a list of workflows');
                    for (const raw of data) {
                        const id = num(raw.id);
                        const path = str(raw.path);
                        if (id === null || path === null)
                            throw malformed(name, 'workflows with an id and a path');
                        workflows.push({ id, name: str(raw.name) ?? path, path });
                    }
                });
                return workflows;
            });
        },
        lastSuccessfulRun(workflowId, branch) {
            const name = `find the last successful run of workflow ${workflowId} on ${branch}`;
            return call(name, async () => {
                const res = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
                    owner,
                    repo,
                    workflow_id: workflowId,
                    branch,
                    status: 'success',
                    per_page: 1
                });
                const runs = res.data.workflow_runs;
                if (!Array.isArray(runs))
                    throw malformed(name, 'a list of workflow runs');
                return runs.length > 0 ? toRun(runs[0], name) : undefined;
            });
        },
        downloadJobLog(jobId, options = {}) {
            return streamLog(client, owner, repo, jobId, options.maxBytes ?? MAX_LOG_BYTES, timeLimit(client, options));
        },
        listRunArtifacts(runId, options = {}) {
            const name = `list the artifacts of run ${runId}`;
            return call(name, async () => {
                const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
                    owner,
                    repo,
                    run_id: runId,
                    per_page: 100
                });
                const artifacts = [];
                await (0,github_pages/* eachPage */.v)(pages, capOf(name, options), (data) => {
                    artifacts.push(...data.map((a) => toArtifact(a, name)));
                });
                return artifacts;
            });
        },
        downloadArtifactZip(artifactId, options = {}) {
            const maxBytes = options.maxBytes ?? MAX_ARTIFACT_ZIP_BYTES;
            return downloadZip(client, owner, repo, artifactId, maxBytes, timeLimit(client, options));
        }
    };
}
function tooLarge(artifactId, maxBytes, size) {
    const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return new errors/* OperationalError */.LE('github.artifact-too-large', `limit reached: artifact ${artifactId} is ${size !== undefined ? mb(size) : `larger than ${mb(maxBytes)}`}; at most ${mb(maxBytes)} is read, it was skipped`, { hint: 'upload the report files on their own, not inside a larger artifact', retryable: false });
}
async function downloadZip(client, owner, repo, artifactId, maxBytes, time) {
    const name = `download artifact ${artifactId}`;
    const source = await openRedirected(client, (0,github_call/* caller */.m)(client), name, (signal) => client.octokit.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
        owner,
        repo,
        artifact_id: artifactId,
        archive_format: 'zip',
        request: streamed(signal)
    }));
    const fail = {
        tooLarge: (size) => tooLarge(artifactId, maxBytes, size),
        cut: (bytes, expected, cause) => cause === undefined
            ? new errors/* OperationalError */.LE('github.network', `${name}: the download ended after ${bytes} of ${expected} bytes`, {
                retryable: true
            })
            : new errors/* OperationalError */.LE('github.network', client.redact(`${name}: the download was cut after ${bytes} bytes`), {
                retryable: true,
                cause
            }),
        slow: (bytes, limit, ms) => new errors/* OperationalError */.LE('github.timeout', `limit reached: ${name}: ${slowly(bytes, limit, ms, time.label)}; it was skipped`, {
            retryable: true
        })
    };
    return readWholeBody(source, { maxBytes, maxMs: time.maxMs, idleMs: client.limits.requestTimeoutMs }, fail);
}
async function* streamLog(client, owner, repo, jobId, maxBytes, time) {
    const source = await openRedirected(client, (0,github_call/* caller */.m)(client), `download the log of job ${jobId}`, (signal) => client.octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
        owner,
        repo,
        job_id: jobId,
        request: streamed(signal)
    }));
    const fail = {
        tooLarge: (size) => new errors/* OperationalError */.LE('github.log-limit', `limit reached: log of job ${jobId} is ${size !== undefined ? `${size} bytes, ` : ''}more than the ${maxBytes} bytes read`, {
            hint: 'the findings come from the part that was read',
            retryable: false
        }),
        cut: (bytes, expected, cause) => new errors/* OperationalError */.LE('github.log-truncated', `log of job ${jobId} ended early after ${bytes} bytes${Number.isFinite(expected) ? ` of ${expected}` : ''}`, {
            hint: 'the connection was cut while reading the log; the findings come from the part that was read',
            retryable: true,
            ...(cause === undefined ? {} : { cause })
        }),
        slow: (bytes, limit, ms) => new errors/* OperationalError */.LE('github.log-limit', `limit reached: log of job ${jobId}: ${slowly(bytes, limit, ms, time.label)}`, {
            hint: 'the findings come from the part that was read',
            retryable: false
        })
    };
    yield* readBody(source, { maxBytes, partial: true, maxMs: time.maxMs, idleMs: client.limits.requestTimeoutMs }, fail);
}
/** A download abandoned for time, in words: how long, which limit, how much came. */
function slowly(bytes, limit, ms, label) {
    return limit === 'total'
        ? `still coming after ${seconds(ms)} s (${label}), ${bytes} bytes read`
        : `no data for ${seconds(ms)} s (request timeout), ${bytes} bytes read`;
}
/** Milliseconds as seconds for a message: `120`, `1.5`. */
function seconds(ms) {
    return String(Math.round(ms / 100) / 10);
}


/***/ }),

/***/ 90211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ createGitHubWriter)
});

// EXTERNAL MODULE: ./packages/core/src/github/call.ts
var github_call = __webpack_require__(44929);
// EXTERNAL MODULE: ./packages/core/src/github/pages.ts
var github_pages = __webpack_require__(93593);
;// CONCATENATED MODULE: ./packages/core/src/github/branches.ts
/**
 * What a writer must know before it pushes to a branch: which branch is the default one, and
 * whether a branch is protected, by classic branch protection or by a ruleset. Both reads need
 * only `contents: read` (metadata); the protection settings themselves (admin only) are not read.
 */


/** Rule types that mean "do not push here directly". Others (e.g. `required_signatures`) only shape commits. */
const BLOCKING_RULES = new Set([
    'update',
    'deletion',
    'non_fast_forward',
    'pull_request',
    'required_status_checks',
    'required_deployments',
    'merge_queue',
    'required_linear_history'
]);
/** The branch side of the API, bound to one repository. */
function createBranchesReader(client, { owner, repo }) {
    const { octokit } = client;
    const call = (0,github_call/* caller */.m)(client);
    return {
        defaultBranch() {
            return call(`read the repository ${owner}/${repo}`, async () => {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo });
                return data.default_branch;
            });
        },
        async protection(branch) {
            const rulesCall = `read the rules of branch ${branch}`;
            const classic = await (0,github_call/* orAbsent */.R)(call(`read branch ${branch}`, async () => {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}/branches/{branch}', {
                    owner,
                    repo,
                    branch
                });
                return data.protected;
            }));
            const rules = (await (0,github_call/* orAbsent */.R)(call(rulesCall, async () => {
                const types = new Set();
                await (0,github_pages/* eachPage */.v)(octokit.paginate.iterator('GET /repos/{owner}/{repo}/rules/branches/{branch}', {
                    owner,
                    repo,
                    branch,
                    per_page: 100
                }), (0,github_pages/* listCap */.l)(client, rulesCall), (data) => data.forEach((r) => types.add(r.type)));
                return [...types];
            }))) ?? [];
            const isProtected = classic === true;
            return {
                branch,
                exists: classic !== undefined,
                protected: isProtected,
                rules,
                blocked: isProtected || rules.some((r) => BLOCKING_RULES.has(r))
            };
        }
    };
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
;// CONCATENATED MODULE: ./packages/core/src/github/contents.ts
/**
 * Files over the contents API: read one file at a ref, create or update one in a commit on a
 * branch. GitHub serves files up to 1 MB this way; larger ones are refused with a clear error.
 */


/** The contents side of the write API, bound to one repository. */
function createContentsWriter(client, { owner, repo }) {
    const { octokit } = client;
    const call = (0,github_call/* caller */.m)(client);
    return {
        get(path, options = {}) {
            const name = `read ${path}${options.ref ? ` at ${options.ref}` : ''}`;
            return (0,github_call/* orAbsent */.R)(call(name, async () => {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
                    owner,
                    repo,
                    path,
                    ...(options.ref === undefined ? {} : { ref: options.ref })
                });
                if (Array.isArray(data) || data.type !== 'file')
                    throw new errors/* OperationalError */.LE('github.unprocessable', `${name}: it is a ${Array.isArray(data) ? 'directory' : data.type}, not a file`, { retryable: false });
                if (!('content' in data) || data.encoding !== 'base64')
                    throw new errors/* OperationalError */.LE('github.unprocessable', `${name}: ${data.size} bytes is more than the contents API serves (1 MB)`, { retryable: false });
                return { path: data.path, sha: data.sha, content: Buffer.from(data.content, 'base64') };
            }));
        },
        put(path, write) {
            const where = write.branch ? ` on ${write.branch}` : '';
            return call(`${write.sha ? 'update' : 'create'} ${path}${where}`, async () => {
                const res = await octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', {
                    owner,
                    repo,
                    path,
                    message: write.message,
                    content: Buffer.from(write.content).toString('base64'),
                    ...(write.branch === undefined ? {} : { branch: write.branch }),
                    ...(write.sha === undefined ? {} : { sha: write.sha }),
                    ...(write.committer === undefined ? {} : { committer: write.committer, author: write.committer })
                });
                const { content, commit } = res.data;
                return {
                    path: content?.path ?? path,
                    sha: content?.sha ?? '',
                    commitSha: commit.sha ?? '',
                    created: res.status === 201
                };
            });
        }
    };
}

;// CONCATENATED MODULE: ./packages/core/src/github/git-refs.ts

/** `refs/heads/<branch>` */
function branchRef(branch) {
    return `refs/heads/${branch}`;
}
/** `refs/heads/x` for `refs/heads/x` or `heads/x`. */
function fullRef(ref) {
    return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}
/** `heads/x`: the form the API's path parameters take. */
function shortRef(ref) {
    return fullRef(ref).slice('refs/'.length);
}
function toGitRef(data) {
    return { ref: data.ref, sha: data.object.sha };
}
/** The git-ref side of the write API, bound to one repository. */
function createGitRefsWriter(client, { owner, repo }) {
    const { octokit } = client;
    const call = (0,github_call/* caller */.m)(client);
    return {
        get(ref) {
            return (0,github_call/* orAbsent */.R)(call(`read ref ${fullRef(ref)}`, async () => {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
                    owner,
                    repo,
                    ref: shortRef(ref)
                });
                return toGitRef(data);
            }));
        },
        create(ref, sha) {
            return call(`create ref ${fullRef(ref)}`, async () => {
                const { data } = await octokit.request('POST /repos/{owner}/{repo}/git/refs', {
                    owner,
                    repo,
                    ref: fullRef(ref),
                    sha
                });
                return toGitRef(data);
            });
        },
        update(ref, sha, options = {}) {
            return call(`move ref ${fullRef(ref)} to ${sha.slice(0, 12)}`, async () => {
                const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
                    owner,
                    repo,
                    ref: shortRef(ref),
                    sha,
                    force: options.force === true
                });
                return toGitRef(data);
            });
        },
        delete(ref) {
            return call(`delete ref ${fullRef(ref)}`, async () => {
                await octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { owner, repo, ref: shortRef(ref) });
            });
        }
    };
}

;// CONCATENATED MODULE: ./packages/core/src/github/issues.ts


/** Plain record of an issue as the API returns it. */
function toIssueRef(data) {
    return {
        number: data.number,
        title: data.title,
        state: data.state === 'closed' ? 'closed' : 'open',
        labels: data.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
        htmlUrl: data.html_url
    };
}
/** Plain record of a comment. */
function toCommentRef(data) {
    return { id: Number(data.id), htmlUrl: data.html_url };
}
/** The issue side of the write API, bound to one repository. */
function createIssuesWriter(client, { owner, repo }) {
    const { octokit } = client;
    const call = (0,github_call/* caller */.m)(client);
    return {
        create({ title, body, labels }) {
            return call(`open issue "${title}"`, async () => {
                const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
                    owner,
                    repo,
                    title,
                    ...(body === undefined ? {} : { body }),
                    ...(labels === undefined ? {} : { labels })
                });
                return toIssueRef(data);
            });
        },
        comment(issueNumber, body) {
            return call(`comment on #${issueNumber}`, async () => {
                const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                    owner,
                    repo,
                    issue_number: issueNumber,
                    body
                });
                return toCommentRef(data);
            });
        },
        close(issueNumber, options = {}) {
            return call(`close issue #${issueNumber}`, async () => {
                const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
                    owner,
                    repo,
                    issue_number: issueNumber,
                    state: 'closed',
                    state_reason: options.reason ?? 'completed'
                });
                return toIssueRef(data);
            });
        },
        findOpen({ title, label, maxPages, onLimit }) {
            const name = `find the open issue "${title}"`;
            return call(name, async () => {
                const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues', {
                    owner,
                    repo,
                    state: 'open',
                    ...(label === undefined ? {} : { labels: label }),
                    per_page: 100
                });
                let found;
                await (0,github_pages/* eachPage */.v)(pages, (0,github_pages/* listCap */.l)(client, name, { maxPages, onLimit }), (data) => {
                    const hit = data.find((i) => !i.pull_request && i.title === title);
                    if (hit)
                        found = toIssueRef(hit);
                    return hit === undefined;
                });
                return found;
            });
        }
    };
}

;// CONCATENATED MODULE: ./packages/core/src/github/pulls.ts



function toPullRef(data) {
    return {
        number: data.number,
        title: data.title,
        body: data.body,
        state: data.state === 'closed' ? 'closed' : 'open',
        draft: data.draft === true,
        htmlUrl: data.html_url,
        head: { ref: data.head.ref, sha: data.head.sha, repository: data.head.repo?.full_name ?? null },
        base: { ref: data.base.ref },
        labels: data.labels.map((l) => l.name ?? '').filter(Boolean)
    };
}
/** The pull-request side of the write API, bound to one repository. */
function createPullsWriter(client, { owner, repo }) {
    const { octokit } = client;
    const call = (0,github_call/* caller */.m)(client);
    return {
        get(pullNumber) {
            return (0,github_call/* orAbsent */.R)(call(`read pull request #${pullNumber}`, async () => {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
                    owner,
                    repo,
                    pull_number: pullNumber
                });
                return toPullRef(data);
            }));
        },
        listOpen(options = {}) {
            const name = `list the open pull requests${options.base ? ` into ${options.base}` : ''}`;
            return call(name, async () => {
                const out = [];
                const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls', {
                    owner,
                    repo,
                    state: 'open',
                    ...(options.base === undefined ? {} : { base: options.base }),
                    sort: 'created',
                    direction: 'desc',
                    per_page: 100
                });
                await (0,github_pages/* eachPage */.v)(pages, (0,github_pages/* listCap */.l)(client, name, options), (data) => {
                    for (const p of data)
                        if (p.state === 'open')
                            out.push(toPullRef(p));
                });
                return out;
            });
        },
        findOpenByHead(branch, options = {}) {
            const head = `${options.headOwner ?? owner}:${branch}`;
            return call(`find the open pull request from ${head}`, async () => {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
                    owner,
                    repo,
                    state: 'open',
                    head,
                    ...(options.base === undefined ? {} : { base: options.base }),
                    per_page: 100
                });
                // GitHub filters by head; the check keeps a stand-in or proxy that ignores it honest.
                const hit = data.find((p) => p.head.ref === branch && p.state === 'open');
                return hit ? toPullRef(hit) : undefined;
            });
        },
        create(pull) {
            return call(`open a pull request from ${pull.head} into ${pull.base}`, async () => {
                const { data } = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
                    owner,
                    repo,
                    head: pull.head,
                    base: pull.base,
                    title: pull.title,
                    ...(pull.body === undefined ? {} : { body: pull.body }),
                    ...(pull.draft === undefined ? {} : { draft: pull.draft }),
                    maintainer_can_modify: pull.maintainerCanModify ?? true
                });
                return toPullRef(data);
            });
        },
        update(pullNumber, changes) {
            return call(`update pull request #${pullNumber}`, async () => {
                const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
                    owner,
                    repo,
                    pull_number: pullNumber,
                    ...(changes.title === undefined ? {} : { title: changes.title }),
                    ...(changes.body === undefined ? {} : { body: changes.body })
                });
                return toPullRef(data);
            });
        },
        comment(pullNumber, body) {
            return call(`comment on pull request #${pullNumber}`, async () => {
                const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                    owner,
                    repo,
                    issue_number: pullNumber,
                    body
                });
                return toCommentRef(data);
            });
        }
    };
}

// EXTERNAL MODULE: ./packages/core/src/github/repo-ref.ts
var repo_ref = __webpack_require__(24077);
;// CONCATENATED MODULE: ./packages/core/src/github/run-control.ts
/** What the monitor may ask of a run: re-running its failed jobs (a flake's fix). */

/** The run side of the write API, bound to one repository. */
function createRunControl(client, { owner, repo }) {
    const call = (0,github_call/* caller */.m)(client);
    return {
        rerunFailedJobs(runId) {
            return call(`re-run the failed jobs of run ${runId}`, async () => {
                await client.octokit.request('POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs', {
                    owner,
                    repo,
                    run_id: runId
                });
            });
        }
    };
}

;// CONCATENATED MODULE: ./packages/core/src/github/writer.ts
/**
 * The write side of the GitHub layer: everything that changes a repository, grouped by what it
 * changes, each call typed by its route and error-mapped like the readers. Permissions each
 * part needs: issues `issues: write`, pulls `pull-requests: write`, refs and contents
 * `contents: write`, runs `actions: write`.
 */







/** Binds the write side to one repository. */
function createGitHubWriter(client, repository) {
    const ref = (0,repo_ref/* repoRefOf */.p)(repository);
    return {
        repository: ref,
        issues: createIssuesWriter(client, ref),
        pulls: createPullsWriter(client, ref),
        refs: createGitRefsWriter(client, ref),
        contents: createContentsWriter(client, ref),
        runs: createRunControl(client, ref),
        branches: createBranchesReader(client, ref)
    };
}


/***/ }),

/***/ 93262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
/** Larger is more severe: critical 4 … low 1. */
function severityRank(s) {
    return 4 - SEVERITIES.indexOf(s);
}
/** True when `s` is at least as severe as `threshold`. */
function atLeast(s, threshold) {
    return severityRank(s) >= severityRank(threshold);
}
function isSeverity(v) {
    return typeof v === 'string' && SEVERITIES.includes(v);
}


/***/ }),

/***/ 2025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ updateCapsuleFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _capsule_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15224);
/* harmony import */ var _capsule_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42290);
/* harmony import */ var _capsule_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69583);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);



/**
 * Reads the capsule at `path` (verifying it) or starts a fresh one, applies a typed update,
 * seals it and replaces the file atomically. The existing file is left untouched when any
 * step fails.
 */
async function updateCapsuleFile(opts) {
    const requireSignature = opts.requireSignature ?? true;
    if (requireSignature && !opts.signingKey) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HeeError */ .RA('capsule.key', 'no signing key: a capsule is signed on every update', {
            hint: 'pass a key (Ed25519 PEM or an HMAC secret), or allow unsigned capsules explicitly'
        });
    }
    const now = opts.now ?? new Date();
    let previous;
    let sensitiveFields = opts.sensitiveFields ?? [];
    const source = opts.source ?? opts.path;
    const opened = opts.opened !== undefined ? opts.opened : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(source) ? await openFile(opts, source, requireSignature) : null;
    if (opened) {
        previous = opened.capsule;
        // Fields that were sensitive stay sensitive unless the caller names a new set.
        if (sensitiveFields.length === 0 && opened.decrypted)
            sensitiveFields = opened.sensitiveFields;
    }
    // The opened file is passed as a chain link: the next version names the digest of what is
    // stored, even when the fields were decrypted in between.
    let next = previous ?? (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_2__/* .createCapsule */ .qY)({ ...opts.meta, now });
    let from = opened ?? next;
    for (const update of Array.isArray(opts.update) ? opts.update : [opts.update]) {
        next = (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_2__/* .applyUpdate */ .QE)(from, update, {
            now,
            runId: opts.meta.runId,
            workflow: opts.meta.workflow,
            historyLimit: opts.historyLimit
        });
        from = next;
    }
    const sealed = (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_3__/* .sealCapsule */ .z)(next, {
        signingKey: opts.signingKey,
        encryptionKey: opts.encryptionKey,
        sensitiveFields
    });
    if (opts.refuseOlder && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(opts.path)) {
        const there = await (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readCapsuleFile */ .U4)(opts.path);
        if (there.version >= sealed.version) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HeeError */ .RA('capsule.conflict', `${opts.path} holds version ${there.version} already; refusing to replace it with version ${sealed.version}`, { hint: 'update from the newest capsule' });
        }
    }
    await (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_4__/* .writeCapsuleFile */ .T7)(opts.path, sealed);
    return { capsule: sealed, previous, created: !previous };
}
async function openFile(opts, source, requireSignature) {
    const verifyKeys = [...(opts.signingKey ? [opts.signingKey] : []), ...(opts.verifyKeys ?? [])];
    return (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openCapsule */ .y)(await (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readCapsuleFile */ .U4)(source), {
        verifyKeys,
        encryptionKey: opts.encryptionKey,
        requireSignature
    });
}


/***/ })

};

//# sourceMappingURL=748.index.mjs.map