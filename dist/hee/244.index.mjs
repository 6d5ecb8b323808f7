export const id = 244;
export const ids = [244];
export const modules = {

/***/ 92686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vJ: () => (/* binding */ TREND_LENGTH),
  v$: () => (/* binding */ analyzeCoverage)
});

// UNUSED EXPORTS: READ_HEAP_MB, READ_IN_WORKER_FROM, READ_YOUNG_MB

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/coverage/gaps.ts
var coverage_gaps = __webpack_require__(23727);
// EXTERNAL MODULE: ./packages/core/src/coverage/metrics.ts
var coverage_metrics = __webpack_require__(80561);
;// CONCATENATED MODULE: ./packages/core/src/coverage/gate.ts

/**
 * The gate: a measured metric below its target (when targets gate), a fall of the HEE total or
 * of a metric by more than `max_drop` points since the previous run, patch coverage below its
 * floor. A metric not measured now or then is never compared.
 */
function evaluateGate(now, settings, previous) {
    const failures = [];
    if (settings.gate.targets) {
        for (const m of coverage_metrics/* METRICS */.Cb) {
            const v = now.metrics[m];
            if (v !== null && v < settings.targets[m])
                failures.push(`${m} coverage ${v.toFixed(2)}% is below its target ${settings.targets[m]}%`);
        }
    }
    const maxDrop = settings.gate.maxDrop;
    if (maxDrop !== undefined && previous) {
        const drop = (label, before, after) => {
            if (before === null || before === undefined || after === null)
                return;
            if (before - after > maxDrop + 1e-9)
                failures.push(`${label} fell from ${before.toFixed(2)}% to ${after.toFixed(2)}% (more than ${maxDrop} points)`);
        };
        drop('the HEE total', previous.hee_total, now.hee_total);
        for (const m of coverage_metrics/* METRICS */.Cb)
            drop(`${m} coverage`, previous.metrics[m], now.metrics[m]);
    }
    if (settings.gate.patch !== undefined &&
        now.patch !== undefined &&
        now.patch !== null &&
        now.patch < settings.gate.patch)
        failures.push(`patch coverage ${now.patch.toFixed(2)}% is below ${settings.gate.patch}%`);
    return { passed: failures.length === 0, failures };
}

// EXTERNAL MODULE: ./packages/core/src/coverage/measure.ts
var measure = __webpack_require__(91988);
// EXTERNAL MODULE: ./packages/core/src/coverage/mutation.ts
var coverage_mutation = __webpack_require__(5037);
// EXTERNAL MODULE: ./packages/core/src/coverage/patch.ts
var coverage_patch = __webpack_require__(43530);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(76448);
;// CONCATENATED MODULE: ./packages/core/src/coverage/test-files.ts



/** Where tests live in the ecosystems HEE CI meets; configurable. */
const DEFAULT_TEST_GLOBS = [
    '**/*.{test,spec}.{js,jsx,ts,tsx,mjs,cjs,mts,cts}',
    '**/__tests__/**/*.{js,jsx,ts,tsx,mjs,cjs}',
    '**/test/**/*.{js,ts,mjs,cjs,mts,rb,ex,exs}',
    '**/tests/**/*.{js,ts,mjs,py,rs}',
    '**/test_*.py',
    '**/*_test.py',
    '**/*_test.go',
    '**/src/test/**/*.{java,kt,scala}',
    '**/*{Test,Tests,IT}.{java,kt}',
    '**/spec/**/*_spec.rb'
];
/** Folders that hold no tests of the project's own. */
const NON_SOURCE_DIRS = [
    '**/node_modules/**',
    '**/.git/**',
    '**/dist/**',
    '**/build/**',
    '**/target/**',
    '**/vendor/**',
    '**/coverage/**'
];
/** Test files are read for references; a file bigger than this is not a hand-written test. */
const MAX_TEST_BYTES = 4 * 1024 * 1024;
/** The repository's test files (relative paths) with their text. */
async function readTestFiles(root, globs = DEFAULT_TEST_GLOBS) {
    const paths = (await (0,dist/* glob */.TI)(globs, { cwd: root, ignore: NON_SOURCE_DIRS, dot: false, onlyFiles: true })).sort();
    const out = [];
    for (const p of paths) {
        const full = (0,external_node_path_.join)(root, p);
        const st = await (0,promises_.stat)(full);
        if (st.size > MAX_TEST_BYTES)
            continue;
        out.push({ path: p, text: await (0,promises_.readFile)(full, 'utf8') });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/prompt-coverage.ts




/**
 * Prompt coverage: of the prompt files the glob selects, the share that at least one test
 * loads or names — by its repository path, its path below the glob's folder, or its file name.
 * A test that only builds the name at run time is not seen: name the file in the test.
 */
async function promptCoverage(root, pattern, tests) {
    const files = (await (0,dist/* glob */.TI)(pattern, { cwd: root, onlyFiles: true, ignore: NON_SOURCE_DIRS })).sort();
    if (files.length === 0)
        return { value: null, prompts: [], reason: `no file matches the prompt glob ${pattern}` };
    const base = staticBase(pattern);
    const prompts = files.map((path) => {
        const names = new Set([path, external_node_path_.posix.basename(path)]);
        if (base && path.startsWith(base + '/'))
            names.add(path.slice(base.length + 1));
        const hit = tests.filter((t) => [...names].some((n) => t.text.includes(n))).map((t) => t.path);
        return { path, tests: hit };
    });
    const counts = { covered: prompts.filter((p) => p.tests.length > 0).length, total: prompts.length };
    return { value: (0,coverage_metrics/* percent */.KN)(counts), counts, prompts };
}
function staticBase(pattern) {
    const segs = pattern.split('/');
    const out = [];
    for (const s of segs) {
        if (/[*?[\]{}()!]/.test(s))
            break;
        out.push(s);
    }
    return out.join('/');
}

// EXTERNAL MODULE: ./packages/core/src/coverage/repo-paths.ts
var repo_paths = __webpack_require__(57435);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
;// CONCATENATED MODULE: ./packages/core/src/coverage/spec-coverage.ts






const DEFAULT_SPEC_ID_PATTERN = 'REQ-\\d+';
const SPEC_DOC_GLOB = '**/*.{md,markdown,txt,rst,adoc,yaml,yml,feature}';
/** The id pattern as a whole-token regex: `REQ-1` does not match inside `REQ-12` or `XREQ-1`. */
function idRegex(pattern) {
    try {
        return new RegExp(`(?<![\\w-])(?:${pattern})(?![\\w])`, 'g');
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`spec id pattern '${pattern}' is not a regular expression: ${e.message}`);
    }
}
/**
 * Spec coverage: of the requirement ids the spec documents define (every match of the id
 * pattern in the spec folder), the share that at least one test file mentions.
 */
async function specCoverage(root, specDir, pattern, tests) {
    const re = idRegex(pattern);
    const base = (0,external_node_path_.join)(root, specDir);
    const docs = (await (0,dist/* glob */.TI)(SPEC_DOC_GLOB, { cwd: base, onlyFiles: true, ignore: ['**/node_modules/**'] })).sort();
    if (docs.length === 0)
        return { value: null, ids: [], reason: `no spec document under ${specDir}` };
    const ids = new Map();
    for (const d of docs) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(base, d), 'utf8');
        const file = (0,repo_paths/* toPosix */.d7)((0,external_node_path_.relative)(root, (0,external_node_path_.join)(base, d)));
        let lineNo = 1;
        let lastIndex = 0;
        for (const m of text.matchAll(re)) {
            for (let i = text.indexOf('\n', lastIndex); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1))
                lineNo++;
            lastIndex = m.index;
            if (!ids.has(m[0]))
                ids.set(m[0], { id: m[0], file, line: lineNo, tests: [] });
        }
    }
    if (ids.size === 0)
        return { value: null, ids: [], reason: `no id matching /${pattern}/ in the spec documents under ${specDir}` };
    for (const t of tests) {
        for (const m of new Set(Array.from(t.text.matchAll(re), (x) => x[0])))
            ids.get(m)?.tests.push(t.path);
    }
    const list = [...ids.values()];
    const counts = { covered: list.filter((s) => s.tests.length > 0).length, total: list.length };
    return { value: (0,coverage_metrics/* percent */.KN)(counts), counts, ids: list };
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./packages/core/src/worker/wire.ts
var wire = __webpack_require__(74575);
;// CONCATENATED MODULE: ./packages/core/src/worker/bounded.ts


/**
 * The bundle's entry module (dist/hee/index.mjs) puts its own URL here when it loads, so that
 * code in the bundle can start the same bundle in a worker thread. Run from source (tests,
 * tsx) it is not set, and work runs in the calling thread.
 */
const BUNDLE_URL = Symbol.for('hee.bundle');
/**
 * Runs `task` in a worker thread whose heap is capped, so that work which allocates much and
 * keeps little (reading a big report) leaves a process no bigger than a small input does: V8
 * grows a heap it is allowed to grow, and a capped one collects instead. The answer is the
 * same as `inThread(input)`'s, which is what runs when there is no bundle to start (from
 * source), when the worker cannot start, or when the work outgrows the cap (then it runs again
 * here, uncapped). An error the task throws is thrown here, of the same class.
 */
async function runBounded(task, input, inThread, bounds) {
    const bundle = globalThis[BUNDLE_URL];
    if (typeof bundle !== 'string')
        return inThread(input);
    const outcome = await inWorker(bundle, task, input, bounds);
    if ('value' in outcome) {
        bounds.note?.(`${task}: ran in a worker thread (heap capped at ${bounds.heapMb} MB)`);
        return outcome.value;
    }
    bounds.note?.(`${task}: ${outcome.why}; running it again in this thread`);
    return inThread(input);
}
function inWorker(bundle, task, input, bounds) {
    return new Promise((resolve, reject) => {
        let worker;
        try {
            worker = new external_node_worker_threads_.Worker(new URL(bundle), {
                workerData: { heeTask: task, input },
                resourceLimits: { maxOldGenerationSizeMb: bounds.heapMb, maxYoungGenerationSizeMb: bounds.youngMb }
            });
        }
        catch (e) {
            resolve({ why: `no worker thread could start (${e.message})` });
            return;
        }
        let settled = false;
        worker.once('message', (reply) => {
            settled = true;
            if (reply.ok)
                resolve({ value: reply.value });
            else
                reject((0,wire/* fromWire */.k)(reply.error));
        });
        worker.once('error', (e) => {
            if (settled)
                return;
            settled = true;
            resolve({
                why: e.code === 'ERR_WORKER_OUT_OF_MEMORY'
                    ? `the worker thread outgrew its ${bounds.heapMb} MB heap`
                    : `the worker thread failed (${e.message})`
            });
        });
        worker.once('exit', (code) => {
            if (settled)
                return;
            settled = true;
            resolve({ why: `the worker thread stopped with exit code ${code} before it answered` });
        });
    });
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/analyze.ts













const TREND_LENGTH = 20;
/** Old and young generation caps (MB) of the worker thread that reads the reports. */
const READ_HEAP_MB = 48;
const READ_YOUNG_MB = 4;
/**
 * Reports of this many bytes in all are read in that worker; smaller ones in this thread, where
 * a second V8 instance would cost more memory and time than the reading itself.
 */
const READ_IN_WORKER_FROM = 16 * 1024 * 1024;
/** The whole analysis: reports → metrics, HEE total, gate, ranked gaps, patch coverage. */
async function analyzeCoverage(o) {
    const s = o.settings;
    const index = o.index ?? (await (0,repo_paths/* indexRepository */.B7)(o.root));
    const change = o.base && o.git ? await (0,coverage_patch/* changedLines */.MA)(o.git, o.base) : undefined;
    const input = {
        reports: o.reports,
        index,
        integrationLanes: s.integrationLanes,
        outside: s.outside,
        memoryBudget: o.memoryBudget,
        change,
        gapLimit: o.gapLimit
    };
    // Big reports are read where the heap is capped (a worker thread, when running from the
    // bundle): reading allocates much and keeps little, and V8 grows a heap it may grow, so
    // uncapped the process would grow with the report. Only the figures come back.
    const m = (await totalBytes(o.reports)) >= READ_IN_WORKER_FROM
        ? await runBounded('coverage.measure', input, measure/* measureReports */.M, {
            // The repository's file list goes along (about 200 bytes a file).
            heapMb: o.heapMb ?? READ_HEAP_MB + Math.ceil(index.files.size / 5000),
            youngMb: READ_YOUNG_MB,
            note: o.note
        })
        : await (0,measure/* measureReports */.M)(input);
    return analyzeMeasurement(o, index, m);
}
async function analyzeMeasurement(o, index, m) {
    const s = o.settings;
    const needTests = !!(s.spec || s.prompts);
    const tests = needTests ? await readTestFiles(o.root, s.testGlobs) : [];
    const spec = s.spec ? await specCoverage(o.root, s.spec.dir, s.spec.idPattern, tests) : undefined;
    const prompts = s.prompts ? await promptCoverage(o.root, s.prompts.glob, tests) : undefined;
    const measured = {
        ...m.code,
        spec: spec ?? { value: null, reason: 'no spec folder configured (--spec DIR)' },
        prompt: prompts ?? { value: null, reason: 'no prompt glob configured (--prompts GLOB)' }
    };
    const metrics = Object.fromEntries(coverage_metrics/* METRICS */.Cb.map((k) => [k, measured[k].value]));
    const not_measured = {};
    const counts = {};
    for (const k of coverage_metrics/* METRICS */.Cb) {
        if (measured[k].value === null)
            not_measured[k] = measured[k].reason ?? 'not measured';
        if (measured[k].counts)
            counts[k] = measured[k].counts;
    }
    if (m.statements.total)
        counts.statement = m.statements;
    const hee_total = (0,coverage_metrics/* heeTotal */.Pl)(metrics, s.weights);
    const patch = m.patch;
    const gaps = m.gaps;
    for (const id of spec?.ids ?? [])
        if (!id.tests.length)
            gaps.push({
                kind: 'spec',
                file: id.file,
                line: id.line,
                name: id.id,
                risk: 0,
                why: `${id.id} is referenced by no test`
            });
    for (const p of prompts?.prompts ?? [])
        if (!p.tests.length)
            gaps.push({ kind: 'prompt', file: p.path, risk: 0, why: `no test loads or names ${external_node_path_.posix.basename(p.path)}` });
    const annotations = [];
    let omitted = 0;
    for (const u of patch?.uncovered ?? []) {
        for (const [from, to] of (0,coverage_patch/* toRanges */.eb)(u.lines)) {
            if (annotations.length < s.maxAnnotations)
                annotations.push({
                    file: u.file,
                    start_line: from,
                    end_line: to,
                    message: from === to
                        ? `Line ${from} was changed and no test runs it.`
                        : `Lines ${from}–${to} were changed and no test runs them.`
                });
            else
                omitted++;
        }
    }
    const mutation = [];
    for (const p of o.mutationReports ?? [])
        mutation.push(await (0,coverage_mutation/* readMutationReport */.g)(p, p, index));
    const gate = evaluateGate({ metrics, hee_total, patch: patch?.value ?? null }, s, o.previous);
    const point = { at: o.run?.at ?? new Date().toISOString(), run_id: o.run?.id, hee_total, metrics };
    const trend = [...(o.trend ?? []), point].slice(-TREND_LENGTH);
    return {
        metrics,
        hee_total,
        not_measured,
        counts,
        targets: s.targets,
        gate,
        gaps: rankAll(gaps),
        patch,
        annotations,
        annotations_omitted: omitted,
        spec: s.spec ? { dir: s.spec.dir, pattern: s.spec.idPattern, ids: spec?.ids ?? [] } : null,
        prompts: s.prompts ? { glob: s.prompts.glob, files: prompts?.prompts ?? [] } : null,
        mutation,
        lanes: m.lanes,
        reports: m.reports,
        skipped: m.skipped,
        trend
    };
}
/** The reports' size on disk (one that cannot be read counts 0: reading it says why). */
async function totalBytes(reports) {
    let sum = 0;
    for (const r of reports)
        sum += await (0,promises_.stat)(r.path).then((st) => (st.isFile() ? st.size : 0), () => 0);
    return sum;
}
/** Code gaps by risk, then spec ids and prompt files (they have no size to rank by). */
function rankAll(gaps) {
    const code = (0,coverage_gaps/* rank */.T)(gaps.filter((g) => g.kind !== 'spec' && g.kind !== 'prompt'));
    return [...code, ...gaps.filter((g) => g.kind === 'spec'), ...gaps.filter((g) => g.kind === 'prompt')];
}


/***/ }),

/***/ 29460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ resolveSettings),
/* harmony export */   x8: () => (/* binding */ loadCoverageConfig)
/* harmony export */ });
/* unused harmony exports PRIORITIES, SPEC_TARGETS, SPEC_PRIORITIES, coverageConfigSchema */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37638);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80561);





const PRIORITIES = ['Critical', 'High', 'Medium', 'Low'];
/** The spec's "Coverage Targets" table: every target 100 %, with its priority. */
const SPEC_TARGETS = {
    line: 100,
    branch: 100,
    function: 100,
    integration: 100,
    spec: 100,
    prompt: 100
};
const SPEC_PRIORITIES = {
    line: 'High',
    branch: 'High',
    function: 'Medium',
    integration: 'High',
    spec: 'Critical',
    prompt: 'Critical'
};
const metricRecord = (v) => zod__WEBPACK_IMPORTED_MODULE_2__/* .partialRecord */ .jgl(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_metrics_js__WEBPACK_IMPORTED_MODULE_3__/* .METRICS */ .Cb), v);
const pct = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(100);
/** The coverage settings a repository keeps in a YAML or JSON file (`--config`, the action's `coverage-config`). */
const coverageConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    weights: metricRecord(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0)).optional(),
    targets: metricRecord(pct).optional(),
    priorities: metricRecord(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(PRIORITIES)).optional(),
    gate: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        /** Fail when a measured metric (or the total) is below its target. */
        targets: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
        /** Fail when the HEE total or a metric fell by more than this many points since the previous run. */
        max_drop: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).optional(),
        /** Fail when patch coverage is below this. */
        patch: pct.optional()
    })
        .optional(),
    spec: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ dir: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), id_pattern: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional() }).optional(),
    prompts: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ glob: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1) }).optional(),
    tests: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ globs: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).min(1) }).optional(),
    integration_lanes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).optional(),
    annotations: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ max: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0) }).optional(),
    outside: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['error', 'skip']).optional()
});
function resolveSettings(c = {}) {
    return {
        weights: { ..._metrics_js__WEBPACK_IMPORTED_MODULE_3__/* .SPEC_WEIGHTS */ ._e, ...c.weights },
        targets: { ...SPEC_TARGETS, ...c.targets },
        priorities: { ...SPEC_PRIORITIES, ...c.priorities },
        gate: { targets: c.gate?.targets ?? false, maxDrop: c.gate?.max_drop, patch: c.gate?.patch },
        spec: c.spec ? { dir: c.spec.dir, idPattern: c.spec.id_pattern ?? 'REQ-\\d+' } : undefined,
        prompts: c.prompts,
        testGlobs: c.tests?.globs,
        integrationLanes: c.integration_lanes ?? ['integration', 'e2e'],
        maxAnnotations: c.annotations?.max ?? 10,
        outside: c.outside ?? 'error'
    };
}
/** Reads a coverage config file (YAML or JSON); a wrong setting names the file and the setting. */
async function loadCoverageConfig(path, name = path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`cannot read the coverage config ${name}: ${e.code ?? e.message}`);
    }
    let raw;
    try {
        raw = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text) ?? {};
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`the coverage config ${name} is not YAML or JSON: ${e.message.split('\n')[0]}`);
    }
    const r = coverageConfigSchema.safeParse(raw);
    if (!r.success) {
        const i = r.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`the coverage config ${name}: ${i.path.join('.') || '(root)'}: ${i.message}`);
    }
    return r.data;
}


/***/ }),

/***/ 5037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ readMutationReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80561);
/* harmony import */ var _report_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83835);
/* harmony import */ var _repo_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57435);





/**
 * The mutation score from a Stryker `mutation.json` (mutation-testing-report-schema) or a
 * cargo-mutants `outcomes.json`, computed as each tool computes it: killed + timeout over
 * killed + timeout + survived + no coverage (Stryker); caught + timeout over caught + missed
 * + timeout (cargo-mutants). Mutants that did not compile are left out by both.
 */
async function readMutationReport(path, name = path, index) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new _report_error_js__WEBPACK_IMPORTED_MODULE_2__/* .CoverageReportError */ .p(name, undefined, `cannot read the mutation report: ${e.code ?? e.message}`);
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new _report_error_js__WEBPACK_IMPORTED_MODULE_2__/* .CoverageReportError */ .p(name, lineOf(text, e), `malformed JSON: ${e.message}`);
    }
    let score;
    if (doc && typeof doc === 'object' && doc.files && typeof doc.files === 'object' && 'schemaVersion' in doc)
        score = stryker(doc, name);
    else if (doc && Array.isArray(doc.outcomes))
        score = cargoMutants(doc, name);
    if (score) {
        if (index)
            placeSurvivors(score, index, path, typeof doc.projectRoot === 'string' ? doc.projectRoot : undefined);
        return score;
    }
    throw new _report_error_js__WEBPACK_IMPORTED_MODULE_2__/* .CoverageReportError */ .p(name, 1, 'neither a Stryker mutation.json (schemaVersion, files) nor a cargo-mutants outcomes.json (outcomes)');
}
function stryker(doc, name) {
    const counts = { covered: 0, total: 0 };
    const survivors = [];
    for (const [file, f] of Object.entries(doc.files)) {
        if (!Array.isArray(f?.mutants))
            throw new _report_error_js__WEBPACK_IMPORTED_MODULE_2__/* .CoverageReportError */ .p(name, undefined, `files["${file}"] has no mutants array`);
        for (const m of f.mutants) {
            switch (m.status) {
                case 'Killed':
                case 'Timeout':
                    counts.covered++;
                    counts.total++;
                    break;
                case 'Survived':
                case 'NoCoverage':
                    counts.total++;
                    survivors.push({
                        file,
                        ...span(m.location),
                        mutator: String(m.mutatorName ?? '?'),
                        replacement: m.replacement
                    });
                    break;
                default: // CompileError, RuntimeError, Ignored, Pending: not detectable, not counted
            }
        }
    }
    return { tool: 'stryker', value: counts.total ? (0,_metrics_js__WEBPACK_IMPORTED_MODULE_3__/* .percent */ .KN)(counts) : null, counts, survivors };
}
function cargoMutants(doc, _name) {
    const counts = { covered: 0, total: 0 };
    const survivors = [];
    for (const o of doc.outcomes) {
        const scenario = o?.scenario;
        if (scenario === 'Baseline' || typeof scenario !== 'object' || !scenario?.Mutant)
            continue;
        const m = scenario.Mutant;
        switch (o.summary) {
            case 'CaughtMutant':
            case 'Timeout':
                counts.covered++;
                counts.total++;
                break;
            case 'MissedMutant':
                counts.total++;
                survivors.push({
                    file: String(m.file ?? m.source_file?.tree_relative_path ?? m.source_file?.path ?? '?'),
                    ...(m.span ? span(m.span) : { line: m.line }),
                    mutator: String(m.genre ?? 'mutant'),
                    replacement: m.replacement
                });
                break;
            default: // Unviable and the baseline: not counted
        }
    }
    return { tool: 'cargo-mutants', value: counts.total ? (0,_metrics_js__WEBPACK_IMPORTED_MODULE_3__/* .percent */ .KN)(counts) : null, counts, survivors };
}
/** Stryker's `location` and cargo-mutants' `span`: start and end, lines and columns from 1. */
function span(loc) {
    const n = (v) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
    return {
        line: n(loc?.start?.line),
        column: n(loc?.start?.column),
        end_line: n(loc?.end?.line),
        end_column: n(loc?.end?.column)
    };
}
/**
 * Survivors' files as repository paths: Stryker names them relative to its project root (or,
 * in old reports, absolutely), cargo-mutants relative to the source tree it ran in.
 */
function placeSurvivors(score, index, reportPath, projectRoot) {
    const reportDir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname((0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .toPosix */ .d7)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(index.root, reportPath)));
    const root = projectRoot ? (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .toPosix */ .d7)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(index.root, projectRoot)) : undefined;
    const cache = new Map();
    for (const s of score.survivors) {
        let placed = cache.get(s.file);
        if (placed === undefined) {
            const raw = (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .toPosix */ .d7)(s.file);
            const tries = root && !root.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.posix.isAbsolute(raw) ? [node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(root, raw), raw] : [raw];
            const found = tries
                .map((t) => (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .placePath */ .F7)(t, index, { reportDir: reportDir.startsWith('..') ? undefined : reportDir }))
                .flatMap((p) => ('path' in p ? [p.path] : []));
            placed = found.find((f) => index.files.has(f)) ?? found[0] ?? raw;
            cache.set(s.file, placed);
        }
        s.file = placed;
    }
}
function lineOf(text, e) {
    const m = /position (\d+)/.exec(e.message);
    if (!m)
        return undefined;
    return text.slice(0, Number(m[1])).split('\n').length;
}


/***/ }),

/***/ 8918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderCoverageMarkdown)
/* harmony export */ });
/* unused harmony export METRIC_LABELS */
/* harmony import */ var _security_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19197);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80561);


const METRIC_LABELS = {
    line: 'Line Coverage',
    branch: 'Branch Coverage',
    function: 'Function Coverage',
    integration: 'Integration Tests',
    spec: 'Spec Coverage',
    prompt: 'Prompt Coverage'
};
/** Text from reports and the repository (paths, function names) shown as code, never as markup. */
function code(s) {
    return (0,_security_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(s.slice(0, 200), true);
}
const pct = (v) => `${Number.isInteger(v) ? v : v.toFixed(2)}%`;
/**
 * The spec's Coverage Targets table filled with measured figures, then the HEE total, the gate,
 * patch coverage and the riskiest gaps: what the job summary and `--format md` show.
 */
function renderCoverageMarkdown(a, priorities, opts = {}) {
    const out = [
        '## Coverage',
        '',
        '| Metric | HEE Target | Current | Gap | Priority |',
        '| --- | --- | --- | --- | --- |'
    ];
    for (const m of _metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .METRICS */ .Cb) {
        const v = a.metrics[m];
        const t = a.targets[m];
        const gap = v === null ? '—' : pct(Math.max(0, Math.round((t - v) * 100) / 100));
        const c = a.counts[m];
        const current = v === null ? 'not measured' : `${pct(v)}${c ? ` (${c.covered}/${c.total})` : ''}`;
        out.push(`| ${METRIC_LABELS[m]} | ${pct(t)} | ${current} | ${gap} | ${v !== null && v >= t ? 'Met' : priorities[m]} |`);
    }
    out.push('');
    const measuredNames = _metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .METRICS */ .Cb.filter((m) => a.metrics[m] !== null);
    out.push(a.hee_total === null
        ? '**HEE total:** not measured (no metric was measured).'
        : `**HEE total: ${pct(a.hee_total)}** — weighted over ${measuredNames.join(', ')}${measuredNames.length < _metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .METRICS */ .Cb.length ? ` (weights renormalised; not measured: ${_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .METRICS */ .Cb.filter((m) => a.metrics[m] === null).join(', ')})` : ''}.`);
    if (a.trend.length > 1)
        out.push('', `Trend (HEE total, last ${a.trend.length} runs): ${a.trend.map((p) => (p.hee_total === null ? '—' : pct(p.hee_total))).join(' → ')}`);
    out.push('', a.gate.passed ? 'Gate: passed.' : `**Gate: failed** — ${a.gate.failures.join('; ')}.`);
    if (Object.keys(a.not_measured).length) {
        out.push('', '<details><summary>Not measured</summary>', '');
        for (const [m, why] of Object.entries(a.not_measured))
            out.push(`- ${METRIC_LABELS[m]}: ${(0,_security_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(why)}`);
        out.push('', '</details>');
    }
    if (a.patch) {
        const p = a.patch;
        out.push('', `**Patch coverage:** ${p.value === null ? 'no changed line is instrumented' : `${pct(p.value)} (${p.counts.covered}/${p.counts.total} changed lines)`} against the merge base ${p.merge_base.slice(0, 12)} of ${code(p.base)}.`);
        if (p.unmeasured_files.length)
            out.push(`Changed files the reports do not cover: ${p.unmeasured_files.slice(0, 10).map(code).join(', ')}${p.unmeasured_files.length > 10 ? ` and ${p.unmeasured_files.length - 10} more` : ''}.`);
    }
    for (const mu of a.mutation)
        out.push('', `**Mutation score (${mu.tool}):** ${mu.value === null ? 'no detectable mutant' : `${pct(mu.value)} (${mu.counts.covered}/${mu.counts.total})`}, ${mu.survivors.length} surviving.`);
    const codeGaps = a.gaps.filter((g) => g.kind !== 'spec' && g.kind !== 'prompt');
    const limit = opts.gaps ?? 10;
    if (codeGaps.length) {
        out.push('', `### Gaps by risk (top ${Math.min(limit, codeGaps.length)})`, '', '| Where | What | Why |', '| --- | --- | --- |');
        for (const g of codeGaps.slice(0, limit))
            out.push(`| ${code(`${g.file}:${g.line}${g.end_line && g.end_line !== g.line ? `-${g.end_line}` : ''}`)} | ${g.kind}${g.name ? ` ${code(g.name)}` : ''} | ${(0,_security_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(g.why ?? '')}${g.changed ? ' ⚠' : ''} |`);
    }
    const specGaps = a.gaps.filter((g) => g.kind === 'spec');
    if (specGaps.length)
        out.push('', `**Spec ids no test references (${specGaps.length}):** ${specGaps
            .slice(0, 30)
            .map((g) => `${code(g.name)} (${code(`${g.file}:${g.line}`)})`)
            .join(', ')}${specGaps.length > 30 ? ', …' : ''}`);
    const promptGaps = a.gaps.filter((g) => g.kind === 'prompt');
    if (promptGaps.length)
        out.push('', `**Prompt files no test loads (${promptGaps.length}):** ${promptGaps
            .slice(0, 30)
            .map((g) => code(g.file))
            .join(', ')}${promptGaps.length > 30 ? ', …' : ''}`);
    out.push('', `Reports: ${a.reports.map((r) => `${code(r.path)} (${r.format}${r.lane !== 'default' ? `, lane ${(0,_security_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(r.lane)}` : ''}, ${r.files} files)`).join(', ')}.`);
    if (a.skipped.length)
        out.push(`Left out (outside the repository): ${a.skipped.length} file(s), e.g. ${code(a.skipped[0].reason)}.`);
    return out.join('\n') + '\n';
}


/***/ })

};

//# sourceMappingURL=244.index.mjs.map