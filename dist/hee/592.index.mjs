export const id = 592;
export const ids = [592];
export const modules = {

/***/ 57274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ matchesAny)
/* harmony export */ });
/* unused harmony export matchesName */
/** Artifact names as users write them in inputs: glob-ish patterns over whole names. */
/** Glob-ish, case-insensitive, whole-name match: `*` any run of characters, `?` one. */
function matchesName(name, pattern) {
    const source = pattern
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
        .join('');
    return new RegExp(`^${source}$`, 'is').test(name);
}
/** True when `name` matches one of `patterns`. */
function matchesAny(name, patterns) {
    return patterns.some((p) => matchesName(name, p));
}


/***/ }),

/***/ 96292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ readZipText),
/* harmony export */   ue: () => (/* binding */ readZip)
/* harmony export */ });
/* unused harmony exports MAX_ZIP_ENTRIES, MAX_ZIP_TOTAL_BYTES, leavesArchive */
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20663);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/**
 * A bounded reader for the ZIP archives GitHub serves artifacts as. Any engine that reads files
 * out of an artifact (security reports, coverage reports) goes through it, so every one of them
 * gets the same limits: entries listed, bytes taken (declared and actual, whatever the headers
 * claim), CRC-32, and names that must stay inside the archive. It never throws for a bad
 * archive: what could not be read comes back as notes.
 */



const MAX_ZIP_ENTRIES = 200;
const MAX_ZIP_TOTAL_BYTES = 50 * 1024 * 1024;
/** True for names that would leave the folder the archive is unpacked in (zip-slip) or are no paths. */
function leavesArchive(name) {
    return name.includes('\0') || name.startsWith('/') || /^[a-z]:/i.test(name) || name.split(/[\\/]/).includes('..');
}
function openZip(zip) {
    return new Promise((resolve, reject) => 
    // Names are decoded and checked here (not by yauzl) so one bad name skips one entry
    // instead of failing the whole archive.
    yauzl__WEBPACK_IMPORTED_MODULE_0__.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true, decodeStrings: false }, (err, zf) => err || !zf ? reject(err ?? new Error('no zip')) : resolve(zf)));
}
function listEntries(zf) {
    const entries = [];
    return new Promise((resolve, reject) => {
        zf.on('entry', (e) => {
            entries.push(e);
            zf.readEntry();
        });
        zf.on('end', () => resolve(entries));
        zf.on('error', reject);
        zf.readEntry();
    });
}
function openStream(zf, e) {
    return new Promise((resolve, reject) => zf.openReadStream(e, (err, stream) => (err || !stream ? reject(err ?? new Error('no stream')) : resolve(stream))));
}
const nameOf = (e) => e.fileName.toString();
/** The entry's bytes within `budget.remaining`, checked against its CRC-32 once read whole. */
async function* entryData(zf, e, budget) {
    const stream = await openStream(zf, e);
    const limit = budget.remaining;
    let crc = 0;
    try {
        for await (const chunk of stream) {
            // A zip bomb stops here, whatever its entry declared.
            if (chunk.length > budget.remaining)
                throw new Error(`more than the ${limit} bytes left to read`);
            budget.remaining -= chunk.length;
            crc = (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.crc32)(chunk, crc);
            yield chunk;
        }
        // yauzl leaves the CRC to its caller; a flipped byte must not pass as a report.
        if (crc >>> 0 !== e.crc32 >>> 0)
            throw new Error(`${nameOf(e)} fails its CRC-32 check`);
    }
    finally {
        stream.destroy();
    }
}
/**
 * Reads the entries of `zip` whose names `select` accepts, each through `consume`, in archive
 * order. Bounded: more than `maxEntries` entries, or selected files declaring more than
 * `maxTotalBytes` uncompressed, and nothing is read. Entries that are encrypted, use another
 * method than stored/deflate, or have a name that leaves the archive are skipped with a note,
 * as is an entry that fails while read (the others are still read).
 */
async function readZip(zip, select, consume, limits = {}) {
    const maxEntries = limits.maxEntries ?? MAX_ZIP_ENTRIES;
    const maxTotal = limits.maxTotalBytes ?? MAX_ZIP_TOTAL_BYTES;
    const notes = [];
    const out = [];
    let zf;
    try {
        zf = await openZip(zip);
        if (zf.entryCount > maxEntries)
            return { value: [], notes: [`the zip lists ${zf.entryCount} entries, more than the ${maxEntries} read`] };
        const wanted = [];
        for (const e of await listEntries(zf)) {
            const name = nameOf(e);
            if (name.endsWith('/') || !select(name))
                continue;
            if (leavesArchive(name))
                notes.push(`skipped ${JSON.stringify(name)}: the name leaves the archive`);
            else if (e.isEncrypted())
                notes.push(`skipped ${name}: encrypted`);
            else if (e.compressionMethod !== 0 && e.compressionMethod !== 8)
                notes.push(`skipped ${name}: compression method ${e.compressionMethod}`);
            else
                wanted.push(e);
        }
        const declared = wanted.reduce((sum, e) => sum + e.uncompressedSize, 0);
        if (declared > maxTotal) {
            return {
                value: [],
                notes: [...notes, `the report files hold ${declared} bytes uncompressed, more than the ${maxTotal} read`]
            };
        }
        const budget = { remaining: maxTotal };
        for (const e of wanted) {
            const name = nameOf(e);
            try {
                out.push({ name, value: await consume({ name, declaredBytes: e.uncompressedSize }, entryData(zf, e, budget)) });
            }
            catch (err) {
                notes.push(`skipped ${name}: ${err.message}`);
            }
        }
    }
    catch (err) {
        return { value: [], notes: [...notes, `not a readable zip: ${err.message}`] };
    }
    finally {
        zf?.close();
    }
    return { value: out, notes };
}
/**
 * {@link readZip} taking each selected file whole, as UTF-8 text, decoded chunk by chunk as it
 * is unpacked (the bytes are never held beside the text).
 */
async function readZipText(zip, select, limits = {}) {
    const r = await readZip(zip, select, async (_entry, data) => {
        const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
        let text = '';
        for await (const c of data)
            text += decoder.write(c);
        return text + decoder.end();
    }, limits);
    return { value: r.value.map(({ name, value }) => ({ name, text: value })), notes: r.notes };
}


/***/ }),

/***/ 44469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ isFailedRun),
/* harmony export */   Pc: () => (/* binding */ FAILED_JOB_CONCLUSIONS)
/* harmony export */ });
/* unused harmony export FAILED_CONCLUSIONS */
/**
 * GitHub's words for how a run or a job ended, and which of them mean "it failed". Defined once
 * so the engine's counters, the run analysis and the incidents agree on what a failure is.
 */
/** Run conclusions that mean "something failed and should be explained". */
const FAILED_CONCLUSIONS = new Set(['failure', 'timed_out', 'startup_failure']);
/** Job conclusions that mean the job failed (a job cannot fail to start on its own). */
const FAILED_JOB_CONCLUSIONS = new Set(['failure', 'timed_out']);
/** True when a run with this conclusion failed. */
function isFailedRun(conclusion) {
    return FAILED_CONCLUSIONS.has(conclusion ?? '');
}


/***/ }),

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

/***/ 17674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qd: () => (/* binding */ analyzeRun),
  _O: () => (/* binding */ oneCausePerJob),
  MA: () => (/* binding */ patternNamesOf)
});

// UNUSED EXPORTS: MAX_SECURITY_ARTIFACTS, MAX_SECURITY_ARTIFACT_BYTES, judgeJob, patternOf, stepOf, timedOut, unsure, uploadsReports

// EXTERNAL MODULE: ./packages/core/src/conclusions.ts
var conclusions = __webpack_require__(44469);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/default-patterns.ts
var default_patterns = __webpack_require__(9320);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/log-classifier.ts + 8 modules
var log_classifier = __webpack_require__(24823);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/finding.ts
var finding = __webpack_require__(69942);
// EXTERNAL MODULE: ./packages/core/src/artifacts/artifact-names.ts
var artifact_names = __webpack_require__(57274);
;// CONCATENATED MODULE: ./packages/core/src/artifacts/report-item.ts
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' && v.trim() ? v : undefined);
/** Severity from a CVSS-like score: ≥ 9 critical, ≥ 7 high, ≥ 4 medium, else low. */
function severityOfScore(score) {
    return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
}
/** One line of at most `n` characters: control characters and runs of space folded. */
function clip(s, n = 160) {
    const one = s
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return one.length <= n ? one : `${one.slice(0, n - 1)}…`;
}

// EXTERNAL MODULE: ./node_modules/@turingpointde/cvss.js/dist_node/index.js
var dist_node = __webpack_require__(72484);
;// CONCATENATED MODULE: ./packages/core/src/artifacts/cargo-audit.ts
/** `cargo audit --json` (the rustsec `Report`): one item per vulnerability, severity from its CVSS vector. */


/** Base score of a CVSS 3.x vector (via cvss.js), or undefined when it is not one. */
function cvss3BaseScore(vector) {
    if (!/^CVSS:3\.[01]\//.test(vector.trim()))
        return undefined;
    try {
        return (0,dist_node/* CVSS */.O)(vector.trim()).getScore();
    }
    catch {
        return undefined;
    }
}
/** The vulnerabilities of a cargo audit report, or undefined when `doc` is not one. */
function cargoAuditItems(doc) {
    const vulns = doc.vulnerabilities;
    if (!isObj(vulns) || !Array.isArray(vulns.list))
        return undefined;
    const items = [];
    for (const v of vulns.list) {
        const item = isObj(v) ? cargoAuditEntry(v) : undefined;
        if (item)
            items.push(item);
    }
    return items;
}
/** One entry of `vulnerabilities.list` as an item; undefined without an advisory. */
function cargoAuditEntry(v) {
    if (!isObj(v.advisory))
        return undefined;
    const adv = v.advisory;
    const pkg = isObj(v.package) ? v.package : {};
    const score = typeof adv.cvss === 'string' ? cvss3BaseScore(adv.cvss) : undefined;
    // RustSec advisories without a CVSS vector fail `cargo audit` all the same: count them as high.
    const severity = score !== undefined ? severityOfScore(score) : 'high';
    const name = str(pkg.name) ?? str(adv.package) ?? '?';
    const version = str(pkg.version);
    const patched = isObj(v.versions) && Array.isArray(v.versions.patched)
        ? v.versions.patched.filter((x) => typeof x === 'string')
        : [];
    const fix = patched.length ? `, fixed in ${patched.join(' ')}` : ', no fixed version';
    return {
        severity,
        text: clip(`${name}${version ? ` ${version}` : ''} (${[str(adv.id), str(adv.title)].filter(Boolean).join(': ')})${fix}`)
    };
}

// EXTERNAL MODULE: ./packages/core/src/severity.ts
var src_severity = __webpack_require__(93262);
;// CONCATENATED MODULE: ./packages/core/src/artifacts/npm-audit.ts
/** `npm audit --json` of npm 7+ (`auditReportVersion: 2`): one item per vulnerable package. */


const NPM_SEVERITY = {
    critical: 'critical',
    high: 'high',
    moderate: 'medium',
    low: 'low'
};
function npmRank(s) {
    const sev = NPM_SEVERITY[String(s)];
    return sev ? (0,src_severity/* severityRank */.qs)(sev) : 0;
}
/** Items and the report's own counts, or undefined when `doc` is not an npm 7+ audit report. */
function npmAuditItems(doc) {
    if (!isObj(doc.vulnerabilities) || (doc.auditReportVersion !== undefined && doc.auditReportVersion !== 2))
        return undefined;
    const entries = Object.entries(doc.vulnerabilities);
    const meta = isObj(doc.metadata) && isObj(doc.metadata.vulnerabilities) ? doc.metadata.vulnerabilities : undefined;
    if (doc.auditReportVersion === undefined && !meta)
        return undefined;
    if (!entries.every(([, v]) => isObj(v) && typeof v.severity === 'string'))
        return undefined;
    const items = [];
    for (const [key, v] of entries) {
        const item = npmAuditEntry(key, v);
        if (item)
            items.push(item);
    }
    const counts = meta ? npmAuditCounts(meta) : undefined;
    return { items, ...(counts ? { counts } : {}) };
}
/** One `vulnerabilities` entry as an item; undefined for a severity npm does not define. */
function npmAuditEntry(key, v) {
    const severity = NPM_SEVERITY[String(v.severity)];
    if (!severity)
        return undefined;
    const name = str(v.name) ?? key;
    const via = Array.isArray(v.via) ? v.via : [];
    const advisories = via.filter(isObj).sort((a, b) => npmRank(b.severity) - npmRank(a.severity));
    const top = advisories[0];
    const ghsa = top ? /GHSA(?:-[0-9a-z]{4}){3}/i.exec(String(top.url ?? ''))?.[0] : undefined;
    const because = top
        ? ` (${[ghsa, str(top.title)].filter(Boolean).join(': ') || `advisory ${String(top.source ?? '?')}`})`
        : via.length
            ? ` (via ${via.filter((x) => typeof x === 'string').join(', ')})`
            : '';
    const fix = v.fixAvailable === false ? ', no fix available' : '';
    return { severity, text: clip(`${name} ${str(v.range) ?? ''}${because}${fix}`.replace(/\s+/g, ' ')) };
}
/** `metadata.vulnerabilities` as counts by our severities. */
function npmAuditCounts(meta) {
    const counts = {};
    for (const [k, s] of Object.entries(NPM_SEVERITY)) {
        const n = meta[k];
        if (s && typeof n === 'number' && n > 0)
            counts[s] = (counts[s] ?? 0) + n;
    }
    return counts;
}

// EXTERNAL MODULE: ./node_modules/@streamparser/json/dist/mjs/index.js + 7 modules
var mjs = __webpack_require__(75497);
;// CONCATENATED MODULE: ./packages/core/src/artifacts/json-report-reader.ts
/**
 * Reads a security report's JSON from its byte stream, within limits, without ever holding the
 * text: the tokens are built into values as they come, objects and arrays are counted as they
 * open (a few megabytes of `{},{},…` stop the read after the first MAX nodes, whatever follows),
 * and SARIF results past the cap are checked for syntax but never built. What it returns is the
 * document JSON.parse would give, less the results past the cap.
 */

var Expect;
(function (Expect) {
    Expect[Expect["Value"] = 0] = "Value";
    Expect[Expect["ValueOrClose"] = 1] = "ValueOrClose";
    Expect[Expect["Key"] = 2] = "Key";
    Expect[Expect["KeyOrClose"] = 3] = "KeyOrClose";
    Expect[Expect["Colon"] = 4] = "Colon";
    Expect[Expect["CommaOrClose"] = 5] = "CommaOrClose";
    Expect[Expect["Nothing"] = 6] = "Nothing";
})(Expect || (Expect = {}));
const NAMES = {
    [mjs/* TokenType */.ks.LEFT_BRACE]: '{',
    [mjs/* TokenType */.ks.RIGHT_BRACE]: '}',
    [mjs/* TokenType */.ks.LEFT_BRACKET]: '[',
    [mjs/* TokenType */.ks.RIGHT_BRACKET]: ']',
    [mjs/* TokenType */.ks.COLON]: ':',
    [mjs/* TokenType */.ks.COMMA]: ','
};
class Stop extends Error {
}
/**
 * A push parser: `write` chunks, then `end`. `result` is set once the read is decided (too many
 * nodes or malformed: possibly before the stream ends, and the rest need not be read).
 */
class json_report_reader_JsonReportReader {
    limits;
    result;
    tokenizer = new mjs/* Tokenizer */._F();
    stack = [];
    expect = Expect.Value;
    root;
    nodes = 0;
    results = 0;
    dropped = 0;
    constructor(limits) {
        this.limits = limits;
        this.tokenizer.onToken = ({ token, value, offset }) => {
            if (!this.result)
                this.token(token, value, offset);
        };
        this.tokenizer.onError = (e) => this.failed(e);
    }
    /** Feeds the next chunk; a no-op once `result` is set. */
    write(chunk) {
        try {
            if (!this.result)
                this.tokenizer.write(chunk);
        }
        catch (e) {
            this.failed(e);
        }
    }
    /** The stream is over: the read's result. */
    end() {
        try {
            if (!this.result)
                this.tokenizer.end();
        }
        catch (e) {
            this.failed(e);
        }
        if (!this.result) {
            this.result =
                this.expect === Expect.Nothing
                    ? { kind: 'document', doc: this.root, results: this.results, dropped: this.dropped }
                    : { kind: 'malformed', message: 'the document ends early' };
        }
        return this.result;
    }
    /** The tokenizer's error (or a Stop thrown through it, whose result is already set). */
    failed(e) {
        this.result ??= { kind: 'malformed', message: e.message.replace(/ Either not all.*$/, '') };
    }
    fail(message) {
        this.result = { kind: 'malformed', message };
        throw new Stop(message);
    }
    token(token, value, offset) {
        const top = this.stack.at(-1);
        if (token === mjs/* TokenType */.ks.STRING && (this.expect === Expect.Key || this.expect === Expect.KeyOrClose)) {
            top.key = value;
            this.expect = Expect.Colon;
            return;
        }
        switch (token) {
            case mjs/* TokenType */.ks.LEFT_BRACE:
            case mjs/* TokenType */.ks.LEFT_BRACKET: {
                if (this.expect !== Expect.Value && this.expect !== Expect.ValueOrClose)
                    this.unexpected(token, offset);
                if (++this.nodes > this.limits.maxNodes) {
                    this.result = { kind: 'too-many-nodes' };
                    throw new Stop('too many nodes');
                }
                const array = token === mjs/* TokenType */.ks.LEFT_BRACKET;
                const kept = this.keeps(top);
                this.stack.push({
                    array,
                    value: kept ? (array ? [] : {}) : undefined,
                    key: '',
                    role: this.roleOf(top, array)
                });
                this.expect = array ? Expect.ValueOrClose : Expect.KeyOrClose;
                return;
            }
            case mjs/* TokenType */.ks.RIGHT_BRACE:
            case mjs/* TokenType */.ks.RIGHT_BRACKET: {
                const closesArray = token === mjs/* TokenType */.ks.RIGHT_BRACKET;
                const ok = top !== undefined &&
                    top.array === closesArray &&
                    (this.expect === Expect.CommaOrClose ||
                        this.expect === (closesArray ? Expect.ValueOrClose : Expect.KeyOrClose));
                if (!ok)
                    this.unexpected(token, offset);
                this.stack.pop();
                this.place(top.value, top.value !== undefined);
                return;
            }
            case mjs/* TokenType */.ks.COLON:
                if (this.expect !== Expect.Colon)
                    this.unexpected(token, offset);
                this.expect = Expect.Value;
                return;
            case mjs/* TokenType */.ks.COMMA:
                if (this.expect !== Expect.CommaOrClose || !top)
                    this.unexpected(token, offset);
                this.expect = top.array ? Expect.Value : Expect.Key;
                return;
            default: // a string, number, true, false or null
                if (this.expect !== Expect.Value && this.expect !== Expect.ValueOrClose)
                    this.unexpected(token, offset);
                this.place(value, this.keeps(top));
        }
    }
    /** Whether a value starting now in `parent` is built (and, in a results array, counts it). */
    keeps(parent) {
        if (!parent)
            return true;
        if (parent.value === undefined)
            return false;
        if (parent.role !== 'results')
            return true;
        if (++this.results <= this.limits.maxResults)
            return true;
        this.dropped++;
        return false;
    }
    roleOf(parent, array) {
        if (!parent)
            return array ? 'other' : 'root';
        if (parent.role === 'root' && array && parent.key === 'runs')
            return 'runs';
        if (parent.role === 'runs' && !array)
            return 'run';
        if (parent.role === 'run' && array && parent.key === 'results')
            return 'results';
        return 'other';
    }
    /** Puts a finished value into its container (or makes it the document), when it is kept. */
    place(value, kept) {
        const top = this.stack.at(-1);
        if (!top) {
            this.root = value;
            this.expect = Expect.Nothing;
            return;
        }
        this.expect = Expect.CommaOrClose;
        if (!kept || top.value === undefined)
            return;
        if (top.array)
            top.value.push(value);
        // JSON.parse makes `__proto__` an own property; an assignment would set the prototype.
        else if (top.key === '__proto__')
            Object.defineProperty(top.value, top.key, { value, enumerable: true, writable: true, configurable: true });
        else
            top.value[top.key] = value;
    }
    unexpected(token, offset) {
        const what = NAMES[token] ?? (token === mjs/* TokenType */.ks.STRING ? 'a string' : 'a value');
        this.fail(this.expect === Expect.Nothing
            ? `data after the end of the document at byte ${offset}`
            : `unexpected ${what} at byte ${offset}`);
    }
}
/** Reads the JSON document of `chunks` within `limits`, stopping as soon as the read is decided. */
async function readJsonReport(chunks, limits) {
    const reader = new json_report_reader_JsonReportReader(limits);
    for await (const chunk of chunks) {
        reader.write(chunk);
        if (reader.result)
            return reader.result;
    }
    return reader.end();
}

;// CONCATENATED MODULE: ./packages/core/src/artifacts/sarif.ts

/** The results of a SARIF 2.1.0 log, or undefined when `doc` is not one. */
function sarifItems(doc) {
    if (!Array.isArray(doc.runs))
        return undefined;
    const version = doc.version;
    if (version !== undefined && version !== '2.1.0')
        return undefined;
    if (version === undefined && !/sarif/i.test(String(doc.$schema ?? '')))
        return undefined;
    const items = [];
    for (const run of doc.runs) {
        if (!isObj(run))
            continue;
        const driver = isObj(run.tool) && isObj(run.tool.driver) ? run.tool.driver : {};
        const rules = Array.isArray(driver.rules) ? driver.rules.filter(isObj) : [];
        const toolName = str(driver.name);
        for (const r of Array.isArray(run.results) ? run.results : []) {
            if (!isObj(r))
                continue;
            const item = sarifResult(r, rules, toolName);
            if (item)
                items.push(item);
        }
    }
    return items;
}
/** One result as an item, its rule looked up by index or id; undefined for level `none`. */
function sarifResult(r, rules, toolName) {
    const ruleId = str(r.ruleId) ?? (isObj(r.rule) ? str(r.rule.id) : undefined);
    const rule = (typeof r.ruleIndex === 'number' ? rules[r.ruleIndex] : undefined) ??
        rules.find((x) => ruleId !== undefined && x.id === ruleId);
    const defaultLevel = rule && isObj(rule.defaultConfiguration) ? str(rule.defaultConfiguration.level) : undefined;
    const level = str(r.level) ?? defaultLevel ?? 'warning';
    if (level === 'none')
        return undefined;
    const secRaw = (isObj(r.properties) ? r.properties['security-severity'] : undefined) ??
        (rule && isObj(rule.properties) ? rule.properties['security-severity'] : undefined);
    const sec = typeof secRaw === 'number' ? secRaw : typeof secRaw === 'string' && secRaw.trim() ? Number(secRaw) : NaN;
    const severity = Number.isFinite(sec)
        ? severityOfScore(sec)
        : level === 'error'
            ? 'high'
            : level === 'note'
                ? 'low'
                : 'medium';
    const message = isObj(r.message) ? (str(r.message.text) ?? str(r.message.markdown)) : undefined;
    const loc = Array.isArray(r.locations) && isObj(r.locations[0]) ? r.locations[0] : undefined;
    const phys = loc && isObj(loc.physicalLocation) ? loc.physicalLocation : undefined;
    const uri = phys && isObj(phys.artifactLocation) ? str(phys.artifactLocation.uri) : undefined;
    const line = phys && isObj(phys.region) && typeof phys.region.startLine === 'number' ? phys.region.startLine : undefined;
    const where = uri ? ` at ${clip(`${uri}${line !== undefined ? `:${line}` : ''}`, 80)}` : '';
    const what = [toolName && ruleId ? `${toolName} ${ruleId}` : (ruleId ?? toolName ?? 'result'), message]
        .filter(Boolean)
        .join(': ');
    return { severity, text: `${clip(what, 120)}${where}` };
}

;// CONCATENATED MODULE: ./packages/core/src/artifacts/security-report.ts





/** True for the report files read from an artifact: `*.sarif`, `*.sarif.json`, `*audit*.json`. */
function security_report_isReportFile(path) {
    const base = (path.split('/').pop() ?? '').toLowerCase();
    return base.endsWith('.sarif') || base.endsWith('.sarif.json') || (base.endsWith('.json') && base.includes('audit'));
}
/**
 * Most objects and arrays a report may hold (200 000), counted on the byte stream as they open,
 * whether kept or not: a few megabytes of `{},{},…` would cost gigabytes as objects and seconds
 * to scan, so the read stops at the first node past the cap and the report is left out with a
 * note; the run is analysed on without it.
 */
const MAX_REPORT_NODES = 200_000;
/**
 * Most SARIF results (all runs of one file together) built into items (10 000): the results
 * after them are checked for syntax and counted but never become objects, and the finding
 * says it was made from the first ones.
 */
const MAX_REPORT_RESULTS = 10_000;
const LIMITS = { maxNodes: MAX_REPORT_NODES, maxResults: MAX_REPORT_RESULTS };
/** The report in `file` (its text), or why it is not one. */
function security_report_parseSecurityReport(file, limits = LIMITS) {
    const reader = new JsonReportReader(limits);
    reader.write(file.text);
    return reportOf(file.name, reader.end(), limits);
}
/**
 * The report in the file `name` whose bytes `data` yields, or why it is not one. The text is
 * never held whole: the document is built as it streams, within `limits`, and the stream is
 * left unread past the point where the read is decided (too many nodes, malformed).
 */
async function parseSecurityReportStream(name, data, limits = LIMITS) {
    return reportOf(name, await readJsonReport(data, limits), limits);
}
function reportOf(name, read, limits) {
    if (read.kind === 'too-many-nodes')
        return `limit reached: ${name} holds more than ${limits.maxNodes} JSON objects and arrays; it was not read`;
    if (read.kind === 'malformed')
        return `${name} is not valid JSON (${clip(read.message, 80)})`;
    const doc = read.doc;
    if (!isObj(doc))
        return `${name} is JSON but not an object`;
    const sarif = sarifItems(doc);
    if (sarif) {
        return {
            tool: 'sarif',
            label: 'SARIF',
            items: sarif,
            ...(read.dropped > 0
                ? {
                    limitNote: `limit reached: ${name} holds ${read.results} SARIF results; only the first ${limits.maxResults} were read`
                }
                : {})
        };
    }
    const cargo = cargoAuditItems(doc);
    if (cargo)
        return { tool: 'cargo-audit', label: 'cargo audit', items: cargo };
    const npm = npmAuditItems(doc);
    if (npm)
        return { tool: 'npm-audit', label: 'npm audit', ...npm };
    if (isObj(doc.advisories))
        return `${name} is an npm 6 audit report; only npm 7+ (\`auditReportVersion: 2\`) is read`;
    return `${name} is neither SARIF 2.1.0 nor npm or cargo audit JSON`;
}

// EXTERNAL MODULE: ./packages/core/src/artifacts/zip-reader.ts
var zip_reader = __webpack_require__(96292);
;// CONCATENATED MODULE: ./packages/core/src/monitor/security-artifacts.ts
/**
 * PAT-003 from the reports a run uploaded as artifacts: SARIF 2.1.0, `npm audit --json`
 * (report version 2, npm 7+) and `cargo audit --json`. The archive is read by the bounded zip
 * reader and each format by its own parser (`artifacts/`); this module turns each report into
 * the one finding the monitor ranks and alerts on.
 */








/** Artifact name patterns looked at by default. */
const DEFAULT_SECURITY_ARTIFACTS = ['*sarif*', '*audit*'];
/** Ranking: above echo-level log evidence (≤ 45), below a compiler's own error line (~80). */
const ARTIFACT_BASE_SCORE = 60;
const ARTIFACT_MAX_SCORE = 79;
/**
 * The report files (`isReportFile`) of a ZIP archive, as UTF-8 text, read within the zip
 * reader's limits. Never rejects for a bad archive.
 */
function readZipReports(zip, limits = {}) {
    return readZipText(zip, isReportFile, limits);
}
/**
 * The report files (`isReportFile`) of a ZIP archive, each parsed as it is unpacked: no file's
 * text is ever held whole, and a file is read no further than its parse needs (a report past
 * MAX_REPORT_NODES stops at the first node past it). Never rejects for a bad archive.
 */
function readZipSecurityReports(zip, limits = {}) {
    return (0,zip_reader/* readZip */.ue)(zip, security_report_isReportFile, (entry, data) => parseSecurityReportStream(entry.name, data), limits).then((r) => ({
        value: r.value.map(({ name, value }) => ({ name, report: value })),
        notes: r.notes
    }));
}
/** Ranking score of an artifact finding: 60 + 10 per critical, at most 79. */
function artifactScore(criticals) {
    return Math.min(ARTIFACT_MAX_SCORE, ARTIFACT_BASE_SCORE + 10 * criticals);
}
/**
 * One PAT-003 finding per report file with at least one result, in file order. Files that
 * are not JSON or of no known shape are left out with a note; this never throws.
 */
function securityFindings(artifact, files, opts = {}) {
    return reportFindings(artifact, files.map((f) => ({ name: f.name, report: parseSecurityReport(f) })), opts);
}
/** {@link securityFindings} of files already parsed ({@link readZipSecurityReports}). */
function reportFindings(artifact, files, opts = {}) {
    const findings = [];
    const notes = [];
    const floor = opts.catalogueSeverity ?? 'critical';
    for (const { name, report } of files) {
        if (typeof report === 'string') {
            notes.push(report);
            continue;
        }
        if (report.limitNote)
            notes.push(report.limitNote);
        if (report.items.length === 0)
            continue;
        const counted = {};
        for (const it of report.items)
            counted[it.severity] = (counted[it.severity] ?? 0) + 1;
        const counts = report.counts && Object.keys(report.counts).length ? report.counts : counted;
        const worst = report.items.reduce((m, it) => ((0,src_severity/* severityRank */.qs)(it.severity) > (0,src_severity/* severityRank */.qs)(m) ? it.severity : m), 'low');
        const severity = (0,src_severity/* severityRank */.qs)(worst) >= (0,src_severity/* severityRank */.qs)('high') && (0,src_severity/* severityRank */.qs)(floor) > (0,src_severity/* severityRank */.qs)(worst) ? floor : worst;
        const summary = ['critical', 'high', 'medium', 'low']
            .filter((s) => (counts[s] ?? 0) > 0)
            .map((s) => `${counts[s]} ${s}`)
            .join(', ');
        const top = [...report.items].sort((a, b) => (0,src_severity/* severityRank */.qs)(b.severity) - (0,src_severity/* severityRank */.qs)(a.severity)).slice(0, 3);
        findings.push({
            pattern: 'PAT-003',
            name: opts.name ?? 'Security vulnerability',
            severity,
            confidence: 'high',
            line: 1,
            lines: [1],
            excerpt: (0,finding/* formatExcerpt */.z_)([
                `${clip(name, 100)} — ${report.label}: ${summary}`,
                ...top.map((t) => `${t.severity}: ${t.text}`)
            ]),
            rule: `PAT-003/${report.tool}`,
            score: artifactScore(counts.critical ?? 0),
            job: `artifact ${artifact}`
        });
    }
    return { value: findings, notes };
}

;// CONCATENATED MODULE: ./packages/core/src/monitor/analyze-run.ts
/**
 * From one workflow run to located causes: reads the run's jobs, streams the logs of the
 * failed jobs only through the classifier, and attributes each finding to its job and step.
 * A log that cannot be read whole still yields what was read, plus a note saying so.
 */







/** At most this many matching artifacts are downloaded per run. */
const MAX_SECURITY_ARTIFACTS = 3;
/** Larger artifacts are not downloaded (20 MB). */
const MAX_SECURITY_ARTIFACT_BYTES = 20 * 1024 * 1024;
/** A pattern of the catalogue in use (the built-in one when none is given). */
function patternOf(catalogue, id) {
    return catalogue ? catalogue.patterns.get(id) : default_patterns/* DEFAULT_PATTERNS */.s.find((p) => p.id === id);
}
/** Pattern id → name, from the catalogue in use: alerts name patterns as the user does. */
function patternNamesOf(catalogue) {
    const specs = catalogue ? [...catalogue.patterns.values()] : default_patterns/* DEFAULT_PATTERNS */.s;
    return Object.fromEntries(specs.map((p) => [p.id, p.name]));
}
function minutes(job) {
    if (!job.startedAt || !job.completedAt)
        return undefined;
    const ms = Date.parse(job.completedAt) - Date.parse(job.startedAt);
    return Number.isFinite(ms) ? ms / 60_000 : undefined;
}
/** The verdict on `job`, for a workflow whose jobs time out after `timeoutMinutes`. */
function judgeJob(job, timeoutMinutes) {
    const m = minutes(job);
    // GitHub reports a job killed at `timeout-minutes` as cancelled; a minute of slack covers
    // the time the runner takes to stop it.
    const out = job.conclusion === 'timed_out' || (job.conclusion === 'cancelled' && m !== undefined && m >= timeoutMinutes - 1);
    const failedStep = job.steps.find((s) => s.conclusion === 'failure')?.name;
    return {
        job,
        failed: conclusions/* FAILED_JOB_CONCLUSIONS */.Pc.has(job.conclusion ?? '') || out,
        timedOut: out,
        ...(failedStep !== undefined ? { failedStep } : {}),
        ...(m !== undefined ? { minutes: m } : {})
    };
}
/** True when the job ended because it ran into its time limit, judged from its timing. */
function timedOut(job, timeoutMinutes) {
    return judgeJob(job, timeoutMinutes).timedOut;
}
/** The step a finding belongs to: by the log line's time, else by the group title, else the failed step. */
function stepOf(finding, job, failedStep = job.steps.find((s) => s.conclusion === 'failure')?.name) {
    if (finding.timestamp) {
        const t = Date.parse(finding.timestamp);
        // The API gives step times in whole seconds; a line logged within a step's second counts.
        const hit = job.steps.find((s) => {
            if (!s.startedAt || !s.completedAt)
                return false;
            const a = Date.parse(s.startedAt);
            const b = Date.parse(s.completedAt) + 999;
            return t >= a && t <= b;
        });
        if (hit)
            return hit.name;
    }
    if (finding.section) {
        const byName = job.steps.find((s) => s.name === finding.section);
        if (byName)
            return byName.name;
    }
    return failedStep ?? finding.section;
}
/**
 * A failed job's causes: its strongest finding, and beside it only findings as certain as a
 * cause can be (`high`). A weaker second finding in the same job is nearly always the tool's
 * summary of the first (cargo's "could not compile … due to 2 previous errors" under clippy's
 * lints, make's `***`, npm's ELIFECYCLE) and must not open an incident, raise the severity or
 * change the status of its own.
 */
function oneCausePerJob(findings) {
    return findings.filter((f, i) => i === 0 || f.confidence === 'high');
}
/**
 * Whether a failed job's reading is unsure enough to ask its last green run: no finding, or
 * the first one less than `high` (no tool's own error line that clearly explains it).
 */
function unsure(findings) {
    return findings[0]?.confidence !== 'high';
}
/**
 * The findings of `classifier` (the failed log read) again with the job's last green run as
 * the baseline: from the capsule's cache when it holds the job at this commit, else fetched
 * and remembered. A passing log that cannot be read leaves the first reading as it was.
 */
async function againstLastGreen(lastGreen, run, job, classifier, first, end, notes, deadline) {
    const cached = lastGreen.cached(job.name, run.headSha);
    if (cached)
        return cached.size > 0 ? classifier.endWithBaseline(cached, end) : first;
    let found;
    try {
        found = await lastGreen.fetch(run, job.name, deadline, (note) => notes.push(note));
    }
    catch (e) {
        notes.push(`the last green log of job "${job.name}": ${(0,errors/* describeError */.Uc)(e)}`);
        return first;
    }
    if (!found) {
        lastGreen.remember(job.name, run.headSha, undefined, []);
        return first;
    }
    const again = classifier.endWithBaseline(found.baseline, end);
    lastGreen.remember(job.name, run.headSha, found.runId, found.baseline.matched());
    return again;
}
async function analyzeJob(reader, run, verdict, opts, notes, deadline) {
    const { job, failedStep } = verdict;
    let logError;
    const classifier = new log_classifier/* LogClassifier */.iy(opts.catalogue ? { catalogue: opts.catalogue } : {});
    try {
        const logOptions = {
            ...(opts.maxLogBytes !== undefined ? { maxBytes: opts.maxLogBytes } : {}),
            ...(Number.isFinite(deadline) ? { deadline } : {})
        };
        for await (const chunk of reader.downloadJobLog(job.id, logOptions))
            classifier.push(chunk);
    }
    catch (e) {
        logError = (0,errors/* describeError */.Uc)(e);
    }
    // The API says the job failed, so the log is read as a failed job's, whatever markers it
    // shows or lacks (a log cut off early, an action that fails without an exit-code line): its
    // row always names a cause, one no class explains well with confidence `low`. The failed
    // step's name is a hint for the classifier's step priors.
    const end = { knownFailed: true, ...(failedStep !== undefined ? { failedStep } : {}) };
    let result = classifier.end(end);
    // Unsure of the cause: lines the job's last green run printed too are its everyday noise.
    // A job stopped at its time limit is explained by its timing.
    if (opts.lastGreen && !verdict.timedOut && Date.now() < deadline && unsure(result.findings))
        result = await againstLastGreen(opts.lastGreen, run, job, classifier, result, end, notes, deadline);
    // A job stopped at its time limit is explained by its timing: a low-confidence guess from
    // its log would only add noise next to it.
    const read = oneCausePerJob(verdict.timedOut ? result.findings.filter((f) => f.confidence !== 'low') : result.findings);
    const findings = read.map((f) => {
        const step = stepOf(f, job, failedStep);
        return {
            ...f,
            job: job.name,
            jobId: job.id,
            ...(step ? { step } : {}),
            ...(job.htmlUrl ? { jobUrl: job.htmlUrl } : {})
        };
    });
    const limit = opts.timeoutMinutes ?? 360;
    if (verdict.timedOut && !findings.some((f) => f.pattern === 'PAT-005')) {
        const m = verdict.minutes;
        const spec = patternOf(opts.catalogue, 'PAT-005');
        findings.push({
            pattern: 'PAT-005',
            name: spec?.name ?? 'Timeout',
            severity: spec?.severity ?? 'medium',
            confidence: 'high',
            line: Math.max(1, result.lines),
            lines: [Math.max(1, result.lines)],
            excerpt: `job "${job.name}" ran ${m !== undefined ? Math.round(m) : '?'} min and was stopped at its time limit (${limit} min)`,
            rule: 'PAT-005/job-timing',
            // Above any log evidence: the timing is certain, the log may only show the echo.
            score: 1_000,
            job: job.name,
            jobId: job.id,
            ...(failedStep ? { step: failedStep } : {})
        });
    }
    findings.sort(finding/* compareFindings */.Eg);
    return {
        id: job.id,
        name: job.name,
        conclusion: job.conclusion,
        ...(failedStep ? { failedStep } : {}),
        findings,
        logBytes: result.bytes,
        ...(logError ? { logError } : {})
    };
}
/**
 * PAT-003 findings from the security reports (SARIF, npm / cargo audit JSON) in the run's
 * artifacts whose names match `patterns`. Costs the artifact list plus one download (and its
 * signed-URL redirect) per matching artifact, at most MAX_SECURITY_ARTIFACTS of them.
 */
async function analyzeArtifacts(reader, runId, patterns, opts, out, deadline) {
    const spec = patternOf(opts.catalogue, 'PAT-003');
    if (!spec?.enabled)
        return;
    if (Date.now() >= deadline) {
        out.unreadable.push(`artifacts of run ${runId}: limit reached: the run's deadline passed before they were read`);
        return;
    }
    let artifacts;
    try {
        artifacts = await reader.listRunArtifacts(runId, { onLimit: (note) => out.unreadable.push(note) });
    }
    catch (e) {
        out.unreadable.push(`artifacts of run ${runId}: ${(0,errors/* describeError */.Uc)(e)}`);
        return;
    }
    const matching = artifacts.filter((a) => !a.expired && (0,artifact_names/* matchesAny */._)(a.name, patterns));
    for (const a of matching.slice(0, MAX_SECURITY_ARTIFACTS)) {
        const what = `artifact "${a.name}" (${a.id})`;
        if (Date.now() >= deadline) {
            out.unreadable.push(`${what}: limit reached: the run's deadline passed before it was read`);
            continue;
        }
        if (a.sizeInBytes > MAX_SECURITY_ARTIFACT_BYTES) {
            out.unreadable.push(`${what}: limit reached: ${(a.sizeInBytes / 1024 / 1024).toFixed(1)} MB is more than the ${MAX_SECURITY_ARTIFACT_BYTES / 1024 / 1024} MB read, it was skipped`);
            continue;
        }
        let zip;
        try {
            zip = await reader.downloadArtifactZip(a.id, {
                maxBytes: MAX_SECURITY_ARTIFACT_BYTES,
                ...(Number.isFinite(deadline) ? { deadline } : {})
            });
        }
        catch (e) {
            out.unreadable.push(`${what}: ${(0,errors/* describeError */.Uc)(e)}`);
            continue;
        }
        const files = await readZipSecurityReports(zip);
        const found = reportFindings(a.name, files.value, { catalogueSeverity: spec.severity, name: spec.name });
        for (const note of [...files.notes, ...found.notes])
            out.unreadable.push(`${what}: ${note}`);
        out.findings.push(...found.value.map((f) => ({ ...f, jobId: 0 })));
    }
    if (matching.length > MAX_SECURITY_ARTIFACTS)
        out.unreadable.push(`artifacts of run ${runId}: ${matching.length} match the security-artifact names, only the first ${MAX_SECURITY_ARTIFACTS} were read`);
}
// Steps that upload artifacts or run a scanner; a run without one has no report to read, so
// its artifact list is not asked for (a failed run then costs 2 + failed jobs requests).
const REPORT_STEP = /upload[-_ ]?artifact|upload[-_ ]?sarif|\bsarif\b|\baudit\b|codeql|scan|trivy|snyk|semgrep|grype|osv|security/i;
/** True when a job of the run (by its name or a step's) may have left a security report behind. */
function uploadsReports(jobs) {
    return jobs.some((j) => REPORT_STEP.test(j.name) || j.steps.some((s) => REPORT_STEP.test(s.name)));
}
/**
 * Analyses one completed run. A run that did not fail costs one request (the run itself,
 * when only an id is given); a failed run costs the job list plus one log per failed job,
 * with `lastGreen` one more log per failed job whose reading is unsure (and once the newest
 * passing run and its job list), none for a job the capsule's cache holds; and — only when one of its steps uploads or scans (`uploadsReports`) and `securityArtifacts`
 * is not empty — the artifact list plus one download per matching artifact.
 */
async function analyzeRun(reader, run, opts = {}) {
    const deadline = opts.runDeadlineSeconds === undefined ? Infinity : Date.now() + opts.runDeadlineSeconds * 1000;
    const info = typeof run === 'number' ? await reader.getRun(run) : run;
    const workflow = info.name || info.path || `workflow ${info.workflowId}`;
    const out = { run: info, workflow, jobs: [], findings: [], unreadable: [] };
    if (!(0,conclusions/* isFailedRun */.LD)(info.conclusion) && info.conclusion !== 'cancelled')
        return out;
    let jobs;
    try {
        jobs = await reader.listJobs(info.id, { onLimit: (note) => out.unreadable.push(note) });
    }
    catch (e) {
        out.unreadable.push(`jobs of run ${info.id}: ${(0,errors/* describeError */.Uc)(e)}`);
        return out;
    }
    const limit = opts.timeoutMinutes ?? 360;
    // A run cancelled by a person is not a failure; one whose jobs hit their time limit is.
    const failing = jobs.map((j) => judgeJob(j, limit)).filter((v) => v.failed);
    const left = [];
    for (const verdict of failing) {
        const job = verdict.job;
        if (Date.now() >= deadline) {
            left.push(job);
            continue;
        }
        const notes = [];
        const a = await analyzeJob(reader, info, verdict, opts, notes, deadline);
        if (a.logError)
            out.unreadable.push(`log of job "${job.name}" (${job.id}): ${a.logError}`);
        out.unreadable.push(...notes);
        out.jobs.push(a);
        out.findings.push(...a.findings);
    }
    if (left.length)
        out.unreadable.push(`limit reached: run ${info.id} passed its ${opts.runDeadlineSeconds} s deadline (run-deadline-seconds); ` +
            `failed job(s) not analysed: ${left.map((j) => `"${j.name}" (${j.id})`).join(', ')}`);
    const patterns = opts.securityArtifacts ?? DEFAULT_SECURITY_ARTIFACTS;
    if (patterns.length > 0 && ((0,conclusions/* isFailedRun */.LD)(info.conclusion) || failing.length > 0) && uploadsReports(jobs))
        await analyzeArtifacts(reader, info.id, patterns, opts, out, deadline);
    out.findings.sort(finding/* compareFindings */.Eg);
    return out;
}


/***/ }),

/***/ 19197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   a4: () => (/* binding */ slackText),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   nl: () => (/* binding */ inertJson),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   xF: () => (/* binding */ mentionFree)
/* harmony export */ });
/* harmony import */ var _inert_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95304);
/**
 * One escaping function per kind of sink, for every field that comes from a repository or a
 * run (workflow, job and step names, branch, commit message, artifact entry names, log text):
 * such a field is data and must never become markup, a link, an image, a mention or a
 * workflow command where it is shown.
 *
 * - Markdown/HTML (job summary, GitHub issue, PR body): {@link markdownText} mid-line,
 *   {@link markdownCode} as an inline code span;
 * - HTML (email): {@link htmlText};
 * - Slack mrkdwn: {@link slackText};
 * - plain text (log lines, annotations, SMS, the CLI): {@link plainText};
 * - JSON for a receiver that may show it anywhere (webhook): {@link inertJson}.
 */

/** Zero-width space: keeps `@name` readable but no longer a mention (GitHub, Slack). */
const ZWSP = '\u200b';
// An `@` that starts a mention: not preceded by a letter or digit (an e-mail address is no mention).
const MENTION = /(^|[^A-Za-z0-9])@(?=[A-Za-z0-9_!])/g;
function neutraliseMentions(s) {
    return s.replace(MENTION, `$1@${ZWSP}`);
}
/** `s` as written, but no `@name`, `@here` or `@org/team` in it notifies anyone. */
function mentionFree(s) {
    return neutraliseMentions(s);
}
/**
 * One line of Markdown that shows `s` as written: HTML tags and entities, emphasis, code,
 * links and images (`[`, `]` escaped, so `![i](…)` is text), table pipes and @mentions lose
 * their meaning; line breaks become spaces.
 */
function markdownText(s) {
    return neutraliseMentions(s
        .replace(/[\r\n]+/g, ' ')
        .replace(/[\\`*_[\]<>|~&#]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`)));
}
/** An inline code span holding `s` on one line, whatever backticks `s` holds; `|` escaped for tables. */
function markdownCode(s, inTable = false) {
    let one = s.replace(/[\r\n]+/g, ' ');
    if (inTable)
        one = one.replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(one.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    return longest || one.startsWith('`') || one.endsWith('`') ? `${fence} ${one} ${fence}` : `${fence}${one}${fence}`;
}
/** Text for an HTML element or attribute value. */
function htmlText(s) {
    return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/**
 * Text for Slack mrkdwn: `&`, `<`, `>` escaped (so no `<!channel>`, `<@U…>` or `<url|label>`
 * forms) and `@channel`/`@here`/`@name` no longer mentions.
 */
function slackText(s) {
    return neutraliseMentions(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}
// C0 controls but tab and line breaks, DEL, C1 controls: terminal escapes and the like.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/**
 * Plain text printed where the runner reads it (a step's log, an annotation) or a terminal
 * shows it: control characters (ANSI escapes) removed, workflow commands made inert.
 */
function plainText(s) {
    return (0,_inert_js__WEBPACK_IMPORTED_MODULE_0__/* .inertText */ .UJ)(s.replace(CONTROL, ''));
}
// An absolute http(s) URL with nothing that could end the link or start markup.
const SAFE_URL = /^https?:\/\/[^\s<>()[\]`"'\\]+$/;
/**
 * A Markdown link to `url` labelled `label`, both from a run or an API answer: the label is
 * text, and a URL that is not plain http(s) (a `javascript:` link, a `)` that would end the
 * link early) gives the label alone.
 */
function markdownLink(label, url) {
    return url && SAFE_URL.test(url) ? `[${markdownText(label)}](${url})` : markdownText(label);
}
function mapStrings(v, f) {
    if (typeof v === 'string')
        return f(v);
    if (Array.isArray(v))
        return v.map((x) => mapStrings(x, f));
    if (v !== null && typeof v === 'object')
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)]));
    return v;
}
/**
 * JSON for a receiver that may paste it into a page or a chat: every string without a live
 * mention, and `<`, `>`, `&` written as `\u003c`, `\u003e`, `\u0026`, so the body holds no tag
 * in any form a browser or chat tool reads, while `JSON.parse` gives the text back as written.
 */
function inertJson(value) {
    return JSON.stringify(mapStrings(value, neutraliseMentions)).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 95304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UJ: () => (/* binding */ inertText),
/* harmony export */   Zm: () => (/* binding */ inertDeep)
/* harmony export */ });
/* unused harmony export INERT_MARK */
/**
 * Makes text read from a CI log safe to print from inside a workflow step.
 *
 * The runner reads a step's output line by line (splitting on CR, LF and CRLF), trims
 * leading whitespace and treats `::name …::data` as a workflow command; the legacy
 * `##[name …]data` form is searched anywhere in a line. A log line quoted in an alert could
 * otherwise set outputs, add masks or `::stop-commands::` our own commands.
 */
/** Zero-width space: invisible when read, but breaks both command prefixes. */
const INERT_MARK = '\u200b';
// What .NET's TrimStart removes (Char.IsWhiteSpace) plus JavaScript's \s, minus line breaks.
const LEAD = '[\\t\\v\\f \\u0085\\u00a0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000\\ufeff]*';
// A line start is the text start or just after a line break; only those positions try the
// whitespace scan, so each run is read once and the whole pass stays linear.
const LINE_COMMAND = new RegExp(`(^|[\\r\\n\\u2028\\u2029])(${LEAD})::`, 'g');
const LEGACY_COMMAND = /##\[/g;
/**
 * Returns `text` with every workflow command neutralised: `::` at the start of a line
 * (after optional whitespace) becomes `:\u200b:`, and every `##[` becomes `#\u200b#[`.
 * Everything else, including line breaks, is unchanged.
 */
function inertText(text) {
    return text.replace(LINE_COMMAND, `$1$2:${INERT_MARK}:`).replace(LEGACY_COMMAND, `#${INERT_MARK}#[`);
}
/** {@link inertText} applied to every string inside a JSON-like value (objects, arrays). */
function inertDeep(value) {
    const walk = (v) => {
        if (typeof v === 'string')
            return inertText(v);
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

//# sourceMappingURL=592.index.mjs.map