export const id = 501;
export const ids = [501];
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

/***/ 43501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* reexport safe */ _octokit_js__WEBPACK_IMPORTED_MODULE_0__.LX),
/* harmony export */   createGitHubWriter: () => (/* reexport safe */ _writer_js__WEBPACK_IMPORTED_MODULE_1__.H)
/* harmony export */ });
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86754);
/* harmony import */ var _writer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90211);
/** The GitHub adapter layer: the one Octokit factory, error mapping, the readers and the write side. */














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


/***/ })

};

//# sourceMappingURL=501.index.mjs.map