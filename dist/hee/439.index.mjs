export const id = 439;
export const ids = [439];
export const modules = {

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

/***/ 63439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deliverGeneratedTests: () => (/* reexport */ deliverGeneratedTests),
  generateTests: () => (/* reexport */ generateTests),
  llmGenerator: () => (/* reexport */ llmGenerator),
  propertyGenerator: () => (/* reexport */ propertyGenerator),
  regressionGenerator: () => (/* reexport */ regressionGenerator),
  renderGenerationMarkdown: () => (/* reexport */ renderGenerationMarkdown),
  specTablesGenerator: () => (/* reexport */ specTablesGenerator)
});

// UNUSED EXPORTS: MUTANTS_TRIED, NODE_COMMANDS, PASSES_REQUIRED, TESTS_BRANCH_PREFIX, TEST_LIMITS, applicableSurvivors, applyMutant, assertionProblem, exportedNames, filterCandidates, killsText, mutantsKilled, parseLiteral, probeModule, regressionTest, sourceLiterals, testPlacement, testsKey, testsPullBody, testsPullTitle, toSource

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(37638);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/core/src/coverage/generate/import-path.ts

/** Where a generated test for `target` goes, and how it imports the target. */
function testPlacement(target, generator, k = 0) {
    const dir = external_node_path_.posix.dirname(target);
    const base = external_node_path_.posix.basename(target).replace(/\.[cm]?[jt]sx?$/, '');
    const path = external_node_path_.posix.join(dir, `${base}.${generator}${k ? `-${k}` : ''}.generated.test.mjs`);
    return { path, importPath: `./${external_node_path_.posix.basename(target)}` };
}
/** The exported names a module's source declares (ESM `export function`/`export const`/`export {}`). */
function exportedNames(source) {
    const names = new Set();
    for (const m of source.matchAll(/export\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/g))
        names.add(m[1]);
    for (const m of source.matchAll(/export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/g))
        names.add(m[1]);
    for (const m of source.matchAll(/export\s*\{([^}]*)\}/g))
        for (const part of m[1].split(',')) {
            const name = part
                .trim()
                .split(/\s+as\s+/)
                .pop()
                ?.trim();
            if (name && /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default')
                names.add(name);
        }
    return [...names];
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/generate/llm-endpoint.ts


/**
 * An optional generator behind an OpenAI-compatible `/chat/completions` endpoint, off unless
 * configured. Whatever comes back is only a candidate: it passes the same filter as every
 * other generator's tests (builds, passes three times, raises measured coverage).
 */
function llmGenerator(s) {
    return {
        name: 'llm',
        async generate(ctx) {
            const body = {
                model: s.model,
                temperature: 0.4,
                n: 1,
                messages: [
                    {
                        role: 'system',
                        content: 'You write unit tests with node:test and node:assert/strict. Reply with one fenced ```js code block per test file; each imports the module under test from the given import path and asserts on real behaviour.'
                    },
                    { role: 'user', content: llm_endpoint_prompt(ctx, s.count ?? 3) }
                ]
            };
            const doFetch = s.fetch ?? fetch;
            let res;
            try {
                res = await doFetch(`${s.url.replace(/\/+$/, '')}/chat/completions`, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json', ...(s.apiKey ? { authorization: `Bearer ${s.apiKey}` } : {}) },
                    body: JSON.stringify(body),
                    signal: AbortSignal.timeout(s.timeoutMs ?? 120_000)
                });
            }
            catch (e) {
                throw new src_errors/* ConfigurationError */.j1(`the test generation endpoint ${s.url} did not answer: ${e.message}`);
            }
            if (!res.ok)
                throw new src_errors/* ConfigurationError */.j1(`the test generation endpoint ${s.url} answered ${res.status} ${res.statusText}`);
            const json = (await res.json());
            const blocks = (json.choices ?? []).flatMap((c) => [...(c.message?.content ?? '').matchAll(/```(?:js|javascript|mjs)?\s*\n([\s\S]*?)```/g)].map((m) => m[1]));
            return blocks.map((content, k) => {
                const { path } = testPlacement(ctx.target, 'llm', k);
                return { generator: 'llm', path, content, description: `model ${s.model}, answer ${k + 1} of ${blocks.length}` };
            });
        }
    };
}
function llm_endpoint_prompt(ctx, count) {
    const { importPath } = testPlacement(ctx.target, 'llm');
    const uncovered = ctx.uncovered?.length
        ? `Functions no test runs yet: ${ctx.uncovered.map((f) => `${f.name} (line ${f.line})`).join(', ')}.\n`
        : '';
    return `Write ${count} test files for the module below, imported as '${importPath}'.\n${uncovered}\n// ${ctx.target}\n${ctx.source.slice(0, 20_000)}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./packages/core/src/security/escape.ts
var security_escape = __webpack_require__(19197);
// EXTERNAL MODULE: ./packages/core/src/coverage/mutation.ts
var mutation = __webpack_require__(5037);
// EXTERNAL MODULE: ./packages/core/src/coverage/read-reports.ts + 9 modules
var read_reports = __webpack_require__(55255);
// EXTERNAL MODULE: ./packages/core/src/coverage/repo-paths.ts
var repo_paths = __webpack_require__(57435);
;// CONCATENATED MODULE: ./packages/core/src/coverage/generate/assertions.ts
/**
 * Why a test file cannot count as a test, or undefined when it can: a file that asserts nothing
 * (or whose only content is a TODO) would pass for ever and prove nothing, so it is never kept
 * and never counted as coverage.
 */
function assertionProblem(content) {
    const code = content
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1')
        .replace(/^\s*#.*$/gm, '');
    if (!/\b(test|it|describe)(\.\w+)?\s*\(/.test(code) && !/\bdef test_|\bfunc Test|#\[test\]/.test(code))
        return 'defines no test';
    const asserts = /\bassert(\.[A-Za-z]+)?\s*\(|\bexpect\s*\(|\bt\.(assert|is|deepEqual|equal|throws|ok)\b|\bfc\.assert\s*\(|\bshould\.|\bassert_(eq|ne)!|\bself\.assert[A-Z]/;
    if (!asserts.test(code))
        return /\bTODO\b|\btodo\s*\(/i.test(content) ? 'only a TODO, no assertion' : 'asserts nothing';
    if (/\b(test|it)\.(todo|skip)\s*\(/.test(code) || /\{\s*(skip|todo)\s*:\s*true/.test(code))
        return 'skipped or todo tests';
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/generate/filter.ts






const NODE_COMMANDS = (node) => ({
    build: [node, '--check', '{file}'],
    test: [node, '--test', '{file}'],
    coverage: [
        node,
        '--test',
        '--experimental-test-coverage',
        '--test-reporter=lcov',
        '--test-reporter-destination={report}'
    ]
});
const PASSES_REQUIRED = 3;
/**
 * The one filter every generated test goes through, the one TestGen-LLM uses: a candidate is
 * kept only if it asserts something, builds, passes three runs in a row, and raises the
 * measured coverage of the target (lines, branches or functions no kept test reached). Each
 * kept test raises the bar for the next. Runs in `workspace` (a worktree), never in the
 * user's checkout; rejected files are removed.
 */
async function filterCandidates(candidates, o) {
    const funnel = { generated: candidates.length, asserts: 0, builds: 0, passes: 0, raises: 0, kept: 0 };
    const outcomes = [];
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'hee-filter-'));
    const env = o.env ?? { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test' };
    const run = (tpl, vars) => {
        const [cmd, ...args] = tpl.map((a) => a.replace(/\{(file|report)\}/g, (_, k) => vars[k] ?? ''));
        return o.exec(cmd, args, { cwd: o.workspace, env, timeoutMs: o.timeoutMs ?? 180_000 });
    };
    let round = 0;
    const measure = async () => {
        const report = (0,external_node_path_.join)(scratch, `lcov-${round++}.info`);
        const r = await run(o.commands.coverage, { report });
        if (r.code !== 0)
            return `the coverage run failed (exit ${r.code}): ${tail(r)}`;
        try {
            const data = await (0,read_reports/* readReports */.oh)([{ path: report }], { index: await (0,repo_paths/* indexRepository */.B7)(o.workspace), outside: 'skip' });
            const cov = data.all.get(o.target);
            data.release();
            const missed = new Set();
            for (const [line, c] of cov?.branchesByLine() ?? [])
                for (let k = 1; k <= c.total - c.covered; k++)
                    missed.add(`B${line}#missed${k}`);
            return { covered: cov?.coveredUnits() ?? new Set(), missed };
        }
        catch (e) {
            return `the coverage report could not be read: ${e.message}`;
        }
    };
    try {
        const first = await measure();
        if (typeof first === 'string')
            throw new Error(`before any candidate, ${first}`);
        let baseline = first;
        for (const c of candidates) {
            const out = { candidate: c, reached: 'generated', kept: false, reason: '' };
            outcomes.push(out);
            const problem = assertionProblem(c.content);
            if (problem) {
                out.reason = problem;
                continue;
            }
            out.reached = 'asserts';
            funnel.asserts++;
            const file = (0,external_node_path_.join)(o.workspace, c.path);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
            await (0,promises_.writeFile)(file, c.content);
            const reject = async (reason) => {
                out.reason = reason;
                await (0,promises_.rm)(file, { force: true });
            };
            if (o.commands.build) {
                const b = await run(o.commands.build, { file });
                if (b.code !== 0) {
                    await reject(`does not build: ${tail(b)}`);
                    continue;
                }
            }
            out.reached = 'builds';
            funnel.builds++;
            let failedRun = 0;
            for (let i = 1; i <= PASSES_REQUIRED && !failedRun; i++)
                if ((await run(o.commands.test, { file })).code !== 0)
                    failedRun = i;
            if (failedRun) {
                await reject(failedRun === 1 ? 'fails' : `flaky: passed, then failed on run ${failedRun} of ${PASSES_REQUIRED}`);
                continue;
            }
            out.reached = 'passes';
            funnel.passes++;
            const after = await measure();
            if (typeof after === 'string') {
                await reject(after);
                continue;
            }
            const gained = [...after.covered].filter((u) => !baseline.covered.has(u));
            const lineOf = (u) => u.slice(0, u.indexOf('#'));
            const gainedLines = new Set(gained.filter((u) => u.startsWith('B')).map(lineOf));
            const added = [
                ...gained,
                ...[...baseline.missed].filter((u) => !after.missed.has(u) && !gainedLines.has(lineOf(u)))
            ];
            if (added.length === 0) {
                await reject('adds no coverage of the target');
                continue;
            }
            out.reached = 'kept';
            out.kept = true;
            funnel.raises++;
            funnel.kept++;
            out.reason = describeUnits(added);
            baseline = after;
        }
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
    return { outcomes, funnel };
}
function describeUnits(units) {
    const n = (p) => units.filter((u) => u.startsWith(p)).length;
    return `covers ${n('L')} more line(s), ${n('B')} branch outcome(s), ${n('F')} function(s) of the target`;
}
function tail(r) {
    const text = `${r.stderr}\n${r.stdout}`.trim().split('\n').filter(Boolean);
    return (text.find((l) => /Error|error/.test(l)) ?? text[text.length - 1] ?? '').trim().slice(0, 200);
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/generate/mutants.ts


/** At most this many survivors of the target are tried against each kept test. */
const MUTANTS_TRIED = 100;
/**
 * The survivors of `target` that can be applied: a span with columns and a replacement
 * (Stryker's `location`, cargo-mutants' `span`), the same one listed once.
 */
function applicableSurvivors(survivors, target) {
    const seen = new Set();
    const out = [];
    for (const s of survivors) {
        if (s.file !== target || typeof s.replacement !== 'string')
            continue;
        if (!s.line || !s.column || !s.end_line || !s.end_column)
            continue;
        const key = `${s.line}:${s.column}-${s.end_line}:${s.end_column}=${s.replacement}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(s);
    }
    return out;
}
/**
 * `source` with the mutant's span replaced, or undefined when the span is not in the source
 * (the report was made from another version of the file).
 */
function applyMutant(source, m) {
    const starts = [0];
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1))
        starts.push(i + 1);
    const offset = (line, column) => {
        const at = starts[line - 1];
        if (at === undefined)
            return undefined;
        const end = line < starts.length ? starts[line] - 1 : source.length;
        const o = at + column - 1;
        return o <= end ? o : undefined;
    };
    const from = offset(m.line, m.column);
    const to = offset(m.end_line, m.end_column);
    if (from === undefined || to === undefined || to < from)
        return undefined;
    return source.slice(0, from) + m.replacement + source.slice(to);
}
/**
 * Which surviving mutants each kept test kills: the target is mutated in the workspace, one
 * mutant at a time, and the kept test run alone; a mutant is killed when the test fails. The
 * target is put back whatever happens.
 */
async function mutantsKilled(tests, survivors, o) {
    const file = (0,external_node_path_.join)(o.workspace, o.target);
    const original = await (0,promises_.readFile)(file, 'utf8');
    const env = o.env ?? { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test' };
    const mutants = [];
    let stale = 0;
    for (const m of survivors.slice(0, MUTANTS_TRIED)) {
        const text = applyMutant(original, m);
        if (text === undefined || text === original)
            stale++;
        else
            mutants.push({ m, text });
    }
    const kills = new Map();
    try {
        for (const test of tests) {
            const killed = [];
            for (const { m, text } of mutants) {
                await (0,promises_.writeFile)(file, text);
                const [cmd, ...args] = o.commands.test.map((a) => a.replace(/\{(file|report)\}/g, (_, k) => (k === 'file' ? (0,external_node_path_.join)(o.workspace, test) : '')));
                const r = await o.exec(cmd, args, { cwd: o.workspace, env, timeoutMs: o.timeoutMs ?? 60_000 });
                if (r.code !== 0)
                    killed.push({ line: m.line, mutator: m.mutator, replacement: m.replacement });
            }
            kills.set(test, killed);
        }
    }
    finally {
        await (0,promises_.writeFile)(file, original);
    }
    return { kills, tried: mutants.length, stale };
}
/** `; kills 2 surviving mutant(s): line 4 EqualityOperator, …`, or nothing. */
function killsText(kills) {
    if (!kills?.length)
        return '';
    const shown = kills.slice(0, 5).map((k) => `line ${k.line} ${k.mutator} → ${k.replacement}`);
    return `; kills ${kills.length} surviving mutant(s): ${shown.join(', ')}${kills.length > 5 ? ', …' : ''}`;
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/generate/pipeline.ts










/**
 * Test generation as a pipeline: every generator proposes candidates for the target, all of
 * them go through the one filter in a scratch worktree of HEAD, and the kept ones are, on
 * request, committed on a branch of their own, delivered like a fix.
 */
async function generateTests(o) {
    const node = o.node ?? process.execPath;
    const target = (0,repo_paths/* toPosix */.d7)(o.target).replace(/^\.\//, '');
    let source;
    try {
        source = await (0,promises_.readFile)((0,external_node_path_.join)(o.root, target), 'utf8');
    }
    catch {
        throw new src_errors/* ConfigurationError */.j1(`--target ${o.target}: no such file in ${o.root}`);
    }
    let uncovered;
    if (o.reports?.length) {
        const data = await (0,read_reports/* readReports */.oh)(o.reports, { index: await (0,repo_paths/* indexRepository */.B7)(o.root), outside: 'skip' });
        uncovered = data.all
            .get(target)
            ?.functions()
            .filter((f) => !f.covered);
        data.release();
    }
    let survivors;
    if (o.mutationReports?.length) {
        const index = await (0,repo_paths/* indexRepository */.B7)(o.root);
        survivors = [];
        for (const p of o.mutationReports)
            survivors.push(...(await (0,mutation/* readMutationReport */.g)(p, p, index)).survivors);
    }
    const ctx = { root: o.root, target, source, uncovered, specDir: o.specDir, exec: o.exec, node };
    const candidates = [];
    const errors = [];
    for (const g of o.generators) {
        try {
            candidates.push(...(await g.generate(ctx)));
        }
        catch (e) {
            errors.push({ generator: g.name, message: e.message });
        }
    }
    const head = await o.git.headSha();
    const workspace = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'hee-gen-'));
    await o.git.addWorktree(workspace, head);
    try {
        // The worktree shares the checkout's installed dependencies instead of installing its own.
        if (await exists((0,external_node_path_.join)(o.root, 'node_modules')))
            await (0,promises_.symlink)((0,external_node_path_.join)(o.root, 'node_modules'), (0,external_node_path_.join)(workspace, 'node_modules'), 'dir');
        const commands = o.commands ?? NODE_COMMANDS(node);
        const { outcomes, funnel } = await filterCandidates(candidates, { workspace, target, exec: o.exec, commands });
        let killed;
        let mutants;
        const keptPaths = outcomes.filter((x) => x.kept).map((x) => x.candidate.path);
        if (survivors) {
            const applicable = applicableSurvivors(survivors, target);
            const r = keptPaths.length
                ? await mutantsKilled(keptPaths, applicable, { workspace, target, exec: o.exec, commands })
                : { kills: new Map(), tried: Math.min(applicable.length, MUTANTS_TRIED), stale: 0 };
            killed = r.kills;
            const unique = new Set([...r.kills.values()].flat().map((k) => `${k.line}:${k.mutator}:${k.replacement}`));
            mutants = {
                survivors: survivors.filter((m) => m.file === target).length,
                tried: r.tried,
                killed: unique.size,
                stale: r.stale
            };
        }
        // Kept tests that kill a surviving mutant first (most kills first), then the other kept
        // ones, then the rejected ones, each group in the order the filter saw them.
        const kills = (c) => killed?.get(c.path)?.length ?? 0;
        const ordered = outcomes
            .map((x, i) => ({ x, i }))
            .sort((a, b) => Number(b.x.kept) - Number(a.x.kept) || kills(b.x.candidate) - kills(a.x.candidate) || a.i - b.i)
            .map((e) => e.x);
        const kept = ordered.filter((x) => x.kept).map((x) => x.candidate);
        const result = {
            target,
            funnel,
            outcomes: ordered.map(({ candidate, ...rest }) => ({
                ...rest,
                generator: candidate.generator,
                path: candidate.path,
                description: candidate.description,
                ...(killed && rest.kept ? { kills: killed.get(candidate.path) ?? [] } : {})
            })),
            kept,
            errors,
            ...(mutants ? { mutants } : {})
        };
        if (o.deliver && kept.length) {
            const wt = o.git.at(workspace);
            await wt.run(['add', '--', ...kept.map((k) => k.path)]);
            const sha = await wt.commit({
                message: `Tests for ${target}: ${kept.length} generated test file(s) that raise its coverage\n\n${result.outcomes
                    .filter((x) => x.kept)
                    .map((x) => `- ${x.path} (${x.generator}): ${x.reason}${killsText(x.kills)}`)
                    .join('\n')}`,
                author: o.deliver.author,
                trailers: [['HEE-Generated-Tests', target]]
            });
            const name = o.deliver.branch ?? `hee/tests/${target.replace(/[^A-Za-z0-9._-]+/g, '-')}-${head.slice(0, 8)}`;
            await o.git.createBranch(name, sha);
            result.branch = { name, sha, base: head };
        }
        return result;
    }
    finally {
        await o.git.removeWorktree(workspace);
        await (0,promises_.rm)(workspace, { recursive: true, force: true });
    }
}
async function exists(p) {
    return (0,promises_.stat)(p).then(() => true, () => false);
}
/** The funnel and each candidate's fate, for the job summary and `--format md`. */
function renderGenerationMarkdown(r) {
    const f = r.funnel;
    const out = [
        `## Generated tests for ${(0,security_escape/* markdownCode */.D9)(r.target)}`,
        '',
        `generated ${f.generated} → asserts ${f.asserts} → builds ${f.builds} → passes 3× ${f.passes} → raises coverage ${f.raises} → kept ${f.kept}`,
        ''
    ];
    if (r.mutants)
        out.push(`Surviving mutants of the target: ${r.mutants.survivors}, ${r.mutants.tried} tried against the kept tests, ${r.mutants.killed} killed${r.mutants.stale ? ` (${r.mutants.stale} no longer match the file)` : ''}. Tests that kill one come first.`, '');
    out.push('| Test | Generator | Outcome |', '| --- | --- | --- |');
    for (const o of r.outcomes)
        out.push(`| ${(0,security_escape/* markdownCode */.D9)(o.path, true)} | ${(0,security_escape/* markdownText */.p7)(o.generator)} | ${o.kept ? 'kept' : 'rejected'}: ${(0,security_escape/* markdownText */.p7)(o.reason + killsText(o.kills))} |`);
    for (const e of r.errors)
        out.push('', `Generator ${(0,security_escape/* markdownText */.p7)(e.generator)} failed: ${(0,security_escape/* markdownText */.p7)(e.message)}`);
    if (r.branch)
        out.push('', `Kept tests committed on branch ${(0,security_escape/* markdownCode */.D9)(r.branch.name)} (${r.branch.sha.slice(0, 12)}, on ${r.branch.base.slice(0, 12)}).`);
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./packages/core/src/coverage/generate/literals.ts
/**
 * Values observed in a run written back as JavaScript source. Only plain data is written:
 * functions, symbols, class instances and cycles are not (an assertion on them would be
 * brittle), and undefined is returned for them.
 */
function toSource(v, depth = 0) {
    if (depth > 4)
        return undefined;
    if (v === undefined)
        return 'undefined';
    if (v === null)
        return 'null';
    if (typeof v === 'number')
        return Object.is(v, -0)
            ? '-0'
            : Number.isNaN(v)
                ? 'NaN'
                : v === Infinity
                    ? 'Infinity'
                    : v === -Infinity
                        ? '-Infinity'
                        : String(v);
    if (typeof v === 'string')
        return v.length > 500 ? undefined : JSON.stringify(v);
    if (typeof v === 'boolean')
        return String(v);
    if (typeof v === 'bigint')
        return `${v}n`;
    if (Array.isArray(v)) {
        if (v.length > 50)
            return undefined;
        const parts = v.map((x) => toSource(x, depth + 1));
        return parts.every((p) => p !== undefined) ? `[${parts.join(', ')}]` : undefined;
    }
    if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
        const entries = Object.entries(v);
        if (entries.length > 30)
            return undefined;
        const parts = entries.map(([k, x]) => {
            const s = toSource(x, depth + 1);
            return s === undefined ? undefined : `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${s}`;
        });
        return parts.every((p) => p !== undefined) ? `{ ${parts.join(', ')} }` : undefined;
    }
    return undefined;
}
/** Reads a table cell or example value as data: JSON, single-quoted strings, undefined/NaN; undefined when it is not a literal. */
function parseLiteral(text) {
    const t = text.trim().replace(/^`|`$/g, '').trim();
    if (t === '')
        return undefined;
    if (t === 'undefined')
        return { value: undefined };
    if (t === 'NaN')
        return { value: NaN };
    if (/^-?Infinity$/.test(t))
        return { value: t.startsWith('-') ? -Infinity : Infinity };
    const json = t.replace(/'((?:[^'\\]|\\.)*)'/g, (_, s) => JSON.stringify(s.replace(/\\'/g, "'")));
    try {
        return { value: JSON.parse(json) };
    }
    catch {
        return undefined;
    }
}
/** Numbers and strings written in a source file: boundary values for the input search. */
function sourceLiterals(source) {
    const numbers = new Set();
    for (const m of source.matchAll(/(?<![\w.$])-?\d+(?:\.\d+)?(?![\w.])/g)) {
        const n = Number(m[0]);
        if (Number.isFinite(n) && Math.abs(n) < 1e9)
            for (const d of [n - 1, n, n + 1])
                numbers.add(d);
    }
    const strings = new Set();
    for (const m of source.matchAll(/'([^'\\\n]{0,40})'|"([^"\\\n]{0,40})"/g))
        strings.add(m[1] ?? m[2] ?? '');
    return { numbers: [...numbers].slice(0, 60), strings: [...strings].slice(0, 20) };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./packages/core/src/coverage/generate/probe.ts




/**
 * The search, run in a child process so the project's code never runs inside HEE CI: it
 * imports the module, calls each exported function with inputs built from a value pool and the
 * literals of the source (boundary values n-1, n, n+1), and keeps a call only when V8's precise
 * block coverage shows it reached a block no kept call reached — the observed result then
 * becomes the assertion, as EvoSuite and Pynguin do.
 */
const PROBE = String.raw `
import { Session } from 'node:inspector/promises'
import { writeFileSync } from 'node:fs'
const [target, outFile, configJson] = process.argv.slice(1)
const config = JSON.parse(configJson)
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true })
const mod = await import(target)
const blocks = async () => {
  const { result } = await session.post('Profiler.takePreciseCoverage')
  const script = result.find((s) => s.url === target)
  const out = []
  for (const f of script ? script.functions : []) for (const r of f.ranges) if (r.count > 0) out.push(r.startOffset + ':' + r.endOffset)
  return out
}
await blocks()
const plain = (v, d = 0) => v === null || ['number', 'string', 'boolean', 'undefined'].includes(typeof v) || (d < 4 && Array.isArray(v) && v.every((x) => plain(x, d + 1))) || (d < 4 && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype && Object.values(v).every((x) => plain(x, d + 1)))
const pool = config.pool
function* tuples(n, budget) {
  if (n === 0) { yield []; return }
  let k = 0
  // Each argument walks the pool at its own stride so small budgets still mix values.
  for (let i = 0; i < pool.length ** n && k < budget; i++, k++) {
    const t = []
    let x = i
    for (let j = 0; j < n; j++) { t.push(pool[x % pool.length]); x = Math.floor(x / pool.length) }
    yield t
  }
}
const results = []
for (const name of config.functions ?? Object.keys(mod)) {
  const fn = mod[name]
  if (typeof fn !== 'function' || /^class\s/.test(Function.prototype.toString.call(fn))) continue
  const seen = new Set()
  const observations = []
  let tried = 0
  for (const args of tuples(Math.min(fn.length, 3), config.budget)) {
    tried++
    let outcome
    try {
      let v = fn(...structuredClone(args))
      if (v && typeof v.then === 'function') v = await Promise.race([v, new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), 200))])
      outcome = plain(v) ? { value: v } : undefined
    } catch (e) {
      outcome = { error: e && e.constructor ? e.constructor.name : 'Error', message: String(e && e.message) }
    }
    const fresh = (await blocks()).filter((b) => !seen.has(b))
    if (fresh.length === 0 || !outcome) continue
    for (const b of fresh) seen.add(b)
    observations.push({ args, outcome })
  }
  results.push({ name, arity: fn.length, async: fn.constructor && fn.constructor.name === 'AsyncFunction', observations, tried })
}
writeFileSync(outFile, JSON.stringify(results))
process.exit(0)
`;
const BASE_POOL = [0, 1, -1, 2, 10, 100, 0.5, '', 'a', 'abc', true, false, null, [], [1, 2, 3], {}];
async function probeModule(exec, node, file, opts) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'hee-probe-'));
    try {
        const out = (0,external_node_path_.join)(dir, 'out.json');
        const pool = [
            ...new Set([...opts.literals.numbers, ...BASE_POOL.slice(0, 7), ...opts.literals.strings, ...BASE_POOL.slice(7)])
        ];
        const r = await exec(node, [
            '--input-type=module',
            '-e',
            PROBE,
            (0,external_node_url_.pathToFileURL)(file).href,
            out,
            JSON.stringify({ pool, functions: opts.functions, budget: opts.budget ?? 400 })
        ], {
            cwd: opts.cwd,
            timeoutMs: opts.timeoutMs ?? 60_000,
            env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test' }
        });
        if (r.code !== 0)
            throw new Error(`probing ${file} failed (exit ${r.code}${r.timedOut ? ', timed out' : ''}): ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
        return JSON.parse(await (0,promises_.readFile)(out, 'utf8'));
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/generate/property.ts





/**
 * fast-check property scaffolds for exported functions whose observed inputs were all integers:
 * the function is deterministic, and every result is of a type (or every error of a class) the
 * search saw. Offered only where the project has fast-check.
 */
const propertyGenerator = {
    name: 'property',
    async generate(ctx) {
        if (!/\.[cm]?js$/.test(ctx.target))
            return [];
        try {
            (0,external_node_module_.createRequire)((0,external_node_path_.join)(ctx.root, 'package.json')).resolve('fast-check');
        }
        catch {
            return [];
        }
        const wanted = ctx.uncovered?.map((f) => f.name);
        const probed = await probeModule(ctx.exec, ctx.node, (0,external_node_path_.join)(ctx.root, ctx.target), {
            literals: sourceLiterals(ctx.source),
            functions: wanted?.length ? wanted : undefined,
            cwd: ctx.root
        });
        const out = [];
        probed.forEach((p, k) => {
            if (p.async || p.arity === 0 || p.arity > 3)
                return;
            const ok = p.observations.filter((o) => 'value' in o.outcome);
            if (ok.length === 0 || !ok.every((o) => o.args.length === p.arity && o.args.every((a) => Number.isInteger(a))))
                return;
            const types = [...new Set(ok.map((o) => typeOf(o.outcome.value)))];
            const errors = [...new Set(p.observations.flatMap((o) => ('error' in o.outcome ? [o.outcome.error] : [])))];
            const nums = sourceLiterals(ctx.source).numbers.filter(Number.isInteger);
            const min = Math.min(-1000, ...nums) - 10;
            const max = Math.max(1000, ...nums) + 10;
            const { path, importPath } = testPlacement(ctx.target, 'property', k);
            const args = Array.from({ length: p.arity }, (_, i) => `x${i}`);
            const content = `// Generated by HEE CI: properties of ${p.name} over integers, from the behaviour the search observed.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { ${p.name} } from '${importPath}'

const RESULT_TYPES = ${JSON.stringify(types)}
const ERROR_CLASSES = ${JSON.stringify(errors)}
const outcome = (f) => {
  try {
    const v = f()
    return { type: v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v, value: v }
  } catch (e) {
    return { error: e?.constructor?.name ?? 'Error' }
  }
}

test('${p.name} is deterministic and keeps its result types on integers', () => {
  fc.assert(
    fc.property(${args.map(() => `fc.integer({ min: ${min}, max: ${max} })`).join(', ')}, (${args.join(', ')}) => {
      const a = outcome(() => ${p.name}(${args.join(', ')}))
      const b = outcome(() => ${p.name}(${args.join(', ')}))
      assert.deepStrictEqual(a, b)
      if ('error' in a) assert.ok(ERROR_CLASSES.includes(a.error), \`unexpected \${a.error}\`)
      else assert.ok(RESULT_TYPES.includes(a.type), \`unexpected result type \${a.type}\`)
    }),
    { seed: 42, numRuns: 200 }
  )
})
`;
            out.push({
                generator: 'property',
                path,
                content,
                description: `${p.name}: determinism and result types over integers in [${min}, ${max}]`
            });
        });
        return out;
    }
};
function typeOf(v) {
    return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/generate/regression.ts




/**
 * Regression tests for exported JS functions that no test runs: inputs are searched (value pool
 * and the source's own literals) to reach new blocks, and what each kept call returned or threw
 * is asserted. The tests pin today's behaviour; a person reviews them like any change.
 */
const regressionGenerator = {
    name: 'regression',
    async generate(ctx) {
        if (!/\.[cm]?js$/.test(ctx.target))
            return [];
        const wanted = ctx.uncovered?.map((f) => f.name);
        const probed = await probeModule(ctx.exec, ctx.node, (0,external_node_path_.join)(ctx.root, ctx.target), {
            literals: sourceLiterals(ctx.source),
            functions: wanted?.length ? wanted : undefined,
            cwd: ctx.root
        });
        return probed.flatMap((p, k) => {
            const c = regressionTest(ctx, p, k);
            return c ? [c] : [];
        });
    }
};
function regressionTest(ctx, p, k) {
    const lines = [];
    for (const o of p.observations) {
        const args = o.args.map((a) => toSource(a));
        if (args.some((a) => a === undefined))
            continue;
        const call = `${p.name}(${args.join(', ')})`;
        if ('value' in o.outcome) {
            const v = toSource(o.outcome.value);
            if (v === undefined)
                continue;
            lines.push(p.async ? `  assert.deepStrictEqual(await ${call}, ${v})` : `  assert.deepStrictEqual(${call}, ${v})`);
        }
        else {
            const expected = `{ name: ${JSON.stringify(o.outcome.error)}, message: ${JSON.stringify(o.outcome.message)} }`;
            lines.push(p.async
                ? `  await assert.rejects(async () => ${call}, ${expected})`
                : `  assert.throws(() => ${call}, ${expected})`);
        }
    }
    if (lines.length === 0)
        return undefined;
    const { path, importPath } = testPlacement(ctx.target, 'regression', k);
    const content = `// Generated by HEE CI from observed behaviour: each call reached code the earlier ones did not.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ${p.name} } from '${importPath}'

test('${p.name} keeps its observed behaviour on ${lines.length} input${lines.length === 1 ? '' : 's'}', ${p.async ? 'async ' : ''}() => {
${lines.join('\n')}
})
`;
    return {
        generator: 'regression',
        path,
        content,
        description: `${p.name}: ${lines.length} observed calls (of ${p.tried} tried)`
    };
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(76448);
;// CONCATENATED MODULE: ./packages/core/src/coverage/generate/spec-tables.ts





const EXPECTED = /^(expected|output|result|returns?|answer)$/i;
const EXAMPLE = /`([A-Za-z_$][\w$]*)\(([^`]*)\)`\s*(?:→|->|=>|returns|gives|is|==)\s*`([^`]+)`/g;
const ID = /\b[A-Z][A-Z0-9]*-\d+\b/g;
/**
 * Spec-based tests: tables in the spec documents whose columns are a function's arguments and an
 * `expected` column, and inline examples such as `` `grade(95)` → `'A'` ``, become one
 * table-driven test per function. The requirement ids written beside an example go into the
 * test's name, so the spec coverage metric sees which requirement the test checks.
 */
const specTablesGenerator = {
    name: 'spec',
    async generate(ctx) {
        if (!ctx.specDir || !/\.[cm]?js$/.test(ctx.target))
            return [];
        const names = new Set(exportedNames(ctx.source));
        const docs = await (0,dist/* glob */.TI)('**/*.{md,markdown}', { cwd: (0,external_node_path_.join)(ctx.root, ctx.specDir), onlyFiles: true });
        const cases = [];
        for (const d of docs.sort()) {
            const file = (0,external_node_path_.relative)(ctx.root, (0,external_node_path_.join)(ctx.root, ctx.specDir, d));
            const lines = (await (0,promises_.readFile)((0,external_node_path_.join)(ctx.root, ctx.specDir, d), 'utf8')).split('\n');
            let context = [];
            for (let i = 0; i < lines.length; i++) {
                const line = lines[i];
                for (const m of line.matchAll(EXAMPLE)) {
                    const args = parseLiteral(`[${m[2]}]`);
                    const expected = parseLiteral(m[3]);
                    if (names.has(m[1]) && args && Array.isArray(args.value) && expected)
                        cases.push({
                            fn: m[1],
                            args: args.value,
                            expected: expected.value,
                            ids: [...new Set([...line.matchAll(ID)].map((x) => x[0]))],
                            where: `${file}:${i + 1}`
                        });
                }
                if (/^\s*\|.*\|\s*$/.test(line) && /^\s*\|[\s:|-]+\|\s*$/.test(lines[i + 1] ?? '')) {
                    const header = cells(line);
                    const exp = header.findIndex((h) => EXPECTED.test(h.replace(/`/g, '')));
                    const fn = [...header, ...context]
                        .join(' ')
                        .match(/`?([A-Za-z_$][\w$]*)\(/g)
                        ?.map((s) => s.replace(/[`(]/g, ''))
                        .find((n) => names.has(n));
                    const ids = [...new Set(context.join(' ').match(ID) ?? [])];
                    let j = i + 2;
                    for (; j < lines.length && /^\s*\|.*\|\s*$/.test(lines[j]); j++) {
                        if (exp < 0 || !fn)
                            continue;
                        const row = cells(lines[j]);
                        const args = row.filter((_, k) => k !== exp).map(parseLiteral);
                        const expected = parseLiteral(row[exp] ?? '');
                        if (args.every((a) => a !== undefined) && expected)
                            cases.push({
                                fn,
                                args: args.map((a) => a.value),
                                expected: expected.value,
                                ids: [...new Set([...ids, ...(lines[j].match(ID) ?? [])])],
                                where: `${file}:${j + 1}`
                            });
                    }
                    i = j - 1;
                    context = [];
                    continue;
                }
                if (line.trim())
                    context = [...context.slice(-3), line];
            }
        }
        const byFn = new Map();
        for (const c of cases)
            byFn.set(c.fn, [...(byFn.get(c.fn) ?? []), c]);
        return [...byFn].flatMap(([fn, list], k) => {
            const rows = list.flatMap((c) => {
                const args = c.args.map((a) => toSource(a));
                const expected = toSource(c.expected);
                if (args.some((a) => a === undefined) || expected === undefined)
                    return [];
                return [
                    `  [[${args.join(', ')}], ${expected}, ${JSON.stringify(c.ids.join(' '))}, ${JSON.stringify(c.where)}],`
                ];
            });
            if (rows.length === 0)
                return [];
            const { path, importPath } = testPlacement(ctx.target, 'spec', k);
            const content = `// Generated by HEE CI from the examples in the spec documents (${[...new Set(list.map((c) => c.where.split(':')[0]))].join(', ')}).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ${fn} } from '${importPath}'

const CASES = [
${rows.join('\n')}
]

for (const [args, expected, ids, where] of CASES) {
  test(\`${fn}(\${args.map((a) => JSON.stringify(a)).join(', ')}) is \${JSON.stringify(expected)} \${ids ? \`(\${ids}, \` : '('}\${where})\`, () => {
    assert.deepStrictEqual(${fn}(...args), expected)
  })
}
`;
            return [
                {
                    generator: 'spec',
                    path,
                    content,
                    description: `${fn}: ${rows.length} example${rows.length === 1 ? '' : 's'} from the spec`
                }
            ];
        });
    }
};
function cells(line) {
    return line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim());
}

// EXTERNAL MODULE: ./packages/core/src/autofix/delivery/branch-pull.ts + 1 modules
var branch_pull = __webpack_require__(20531);
// EXTERNAL MODULE: ./packages/core/src/autofix/delivery/patch.ts + 1 modules
var patch = __webpack_require__(66779);
;// CONCATENATED MODULE: ./packages/core/src/coverage/generate/deliver.ts
/**
 * Kept generated tests delivered like fixes: the commit the pipeline made goes out as a pull
 * request from a `hee/tests/…` branch, through the same push-with-lease and "update the open
 * one, never a duplicate" path as auto-fix, after the same patch check (limits, anti-
 * suppression guard, no workflow file).
 */





const TESTS_BRANCH_PREFIX = 'hee/tests/';
/** Generated tests are whole new files: more lines than a fix, still bounded. */
const TEST_LIMITS = { maxFiles: 25, maxLines: 3_000, protectedPaths: [] };
/** The hidden key of the tests pull request for one target on one base branch. */
function testsKey(target, base) {
    return `<!-- hee-generated-tests key=${encodeURIComponent(target)}@${encodeURIComponent(base)} -->`;
}
function testsPullTitle(r) {
    return `HEE CI: ${r.kept.length} generated test file(s) that raise the coverage of ${r.target}`;
}
/** The funnel, each kept test with what it added, and how to undo it. */
function testsPullBody(r, base) {
    const f = r.funnel;
    const out = [
        `Tests generated for ${(0,security_escape/* markdownCode */.D9)(r.target)} and kept only because each builds, passes three runs in a row and raises the file's measured coverage.`,
        '',
        `generated ${f.generated} → asserts ${f.asserts} → builds ${f.builds} → passes 3× ${f.passes} → raises coverage ${f.raises} → kept ${f.kept}`,
        '',
        '| test | generator | what it adds |',
        '| --- | --- | --- |'
    ];
    for (const o of r.outcomes.filter((x) => x.kept))
        out.push(`| ${(0,security_escape/* markdownCode */.D9)(o.path, true)} | ${(0,security_escape/* markdownText */.p7)(o.generator)} | ${(0,security_escape/* markdownText */.p7)(o.reason + killsText(o.kills))} |`);
    if (r.mutants)
        out.push('', `The kept tests kill ${r.mutants.killed} of the ${r.mutants.tried} surviving mutant(s) of the target tried; tests that kill one are listed first.`);
    out.push('', 'Read each test before merging: its assertions are the outputs the code gives today (a regression net), not a statement that those outputs are right.', '', `Close this pull request to drop them; the next run for ${(0,security_escape/* markdownCode */.D9)(r.target)} on ${(0,security_escape/* markdownCode */.D9)(base)} updates it instead of opening another.`, '', testsKey(r.target, base));
    return out.join('\n') + '\n';
}
/** Pushes the kept tests' commit and opens (or updates) their pull request. */
async function deliverGeneratedTests(o) {
    const b = o.result.branch;
    if (!b)
        throw new src_errors/* HeeError */.RA('config', 'no kept test was committed: nothing to deliver');
    const check = (0,patch/* checkPatch */.xV)(await o.git.diffCommits(b.base, b.sha), TEST_LIMITS);
    if (!check.ok)
        throw new src_errors/* HeeError */.RA('config', `the generated tests were not delivered: ${check.refusals.map((r) => r.message).join('; ')}`);
    return (0,branch_pull/* deliverBranchAsPull */.Z)({
        git: o.git,
        github: o.github,
        remote: o.remote,
        ...(o.token ? { token: o.token } : {}),
        ...(o.onSecret ? { onSecret: o.onSecret } : {}),
        commit: b.sha,
        base: o.base,
        branch: b.name,
        prefix: TESTS_BRANCH_PREFIX,
        title: testsPullTitle(o.result),
        body: testsPullBody(o.result, o.base),
        key: testsKey(o.result.target, o.base)
    });
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/generate/index.ts














/***/ })

};

//# sourceMappingURL=439.index.mjs.map