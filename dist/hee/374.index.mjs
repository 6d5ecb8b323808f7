export const id = 374;
export const ids = [374];
export const modules = {

/***/ 57374:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _hee_core_action__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32073);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38052);


await (0,_hee_core_action__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .C)(_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 38052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: defaultBranchOf, triggerOf

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/monitor/setup.ts + 35 modules
var setup = __webpack_require__(56219);
// EXTERNAL MODULE: ./packages/core/src/security/inert.ts
var inert = __webpack_require__(95304);
// EXTERNAL MODULE: ./packages/core/src/security/redact.ts
var redact = __webpack_require__(74287);
// EXTERNAL MODULE: ./packages/core/src/monitor/report.ts
var report = __webpack_require__(93772);
// EXTERNAL MODULE: ./packages/core/src/state/candidates.ts
var candidates = __webpack_require__(90997);
// EXTERNAL MODULE: ./packages/core/src/coverage/render-markdown.ts
var render_markdown = __webpack_require__(8918);
// EXTERNAL MODULE: ./packages/core/src/monitor/coverage-step.ts + 1 modules
var coverage_step = __webpack_require__(32846);
// EXTERNAL MODULE: ./packages/core/src/action/context.ts
var context = __webpack_require__(64095);
// EXTERNAL MODULE: ./packages/core/src/action/keys.ts
var keys = __webpack_require__(14646);
// EXTERNAL MODULE: ./packages/core/src/action/inputs.ts
var action_inputs = __webpack_require__(1363);
// EXTERNAL MODULE: ./packages/core/src/action/artifact-store.ts
var artifact_store = __webpack_require__(12796);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
;// CONCATENATED MODULE: ./actions/monitor/src/inputs.ts


const schema = schemas/* object */.Ikc({
    'github-token': action_inputs/* input */.hF.text(),
    repository: action_inputs/* input */.hF.text(),
    trigger: action_inputs/* input */.hF.oneOf(['auto', 'run', 'since-last', 'latest'], 'auto'),
    'run-id': action_inputs/* input */.hF.int(0, 0, Number.MAX_SAFE_INTEGER),
    workflows: action_inputs/* input */.hF.list(),
    branches: action_inputs/* input */.hF.list(),
    'fork-alerts': action_inputs/* input */.hF.bool(false),
    'max-runs': action_inputs/* input */.hF.int(20, 1, 500),
    'alert-level': action_inputs/* input */.hF.oneOf(['critical', 'high', 'medium', 'low'], 'low'),
    escalation: action_inputs/* input */.hF.text(),
    'patterns-file': action_inputs/* input */.hF.text('.github/hee-patterns.yml'),
    'fixable-patterns': action_inputs/* input */.hF.list(),
    'failed-after': action_inputs/* input */.hF.int(3, 1, 1000),
    'timeout-minutes': action_inputs/* input */.hF.int(360, 1, 10_080),
    // action.yml supplies `*sarif*,*audit*` when the input is not given; an explicit '' reads none.
    'security-artifacts': action_inputs/* input */.hF.list(),
    'coverage-reports': action_inputs/* input */.hF.list(),
    'coverage-artifacts': action_inputs/* input */.hF.list(),
    'coverage-config': action_inputs/* input */.hF.text('.github/hee-coverage.yml'),
    'coverage-gate': action_inputs/* input */.hF.bool(false),
    'capsule-path': action_inputs/* input */.hF.text(),
    'signing-key': action_inputs/* input */.hF.text(),
    'verify-key': action_inputs/* input */.hF.text(),
    'encryption-key': action_inputs/* input */.hF.text(),
    'allow-unsigned': action_inputs/* input */.hF.bool(false),
    'upload-capsule': action_inputs/* input */.hF.bool(true),
    'artifact-name': action_inputs/* input */.hF.text('hee-state-capsule'),
    'retention-days': action_inputs/* input */.hF.int(90, 1, 400),
    'findings-path': action_inputs/* input */.hF.text(),
    'slack-webhook-url': action_inputs/* input */.hF.text(),
    'smtp-url': action_inputs/* input */.hF.text(),
    'email-from': action_inputs/* input */.hF.text(),
    'email-to': action_inputs/* input */.hF.list(),
    'sms-account-sid': action_inputs/* input */.hF.text(),
    'sms-auth-token': action_inputs/* input */.hF.text(),
    'sms-from': action_inputs/* input */.hF.text(),
    'sms-to': action_inputs/* input */.hF.list(),
    'sms-api-url': action_inputs/* input */.hF.text(),
    'webhook-url': action_inputs/* input */.hF.text(),
    'webhook-secret': action_inputs/* input */.hF.text(),
    'redact-values': action_inputs/* input */.hF.text(),
    'github-issues': action_inputs/* input */.hF.bool(false),
    'token-name': action_inputs/* input */.hF.text('GITHUB_TOKEN')
});
const SECRET_INPUTS = [
    'github-token',
    'signing-key',
    'verify-key',
    'encryption-key',
    'slack-webhook-url',
    'smtp-url',
    'sms-auth-token',
    'webhook-url',
    'webhook-secret',
    'redact-values'
];
function getInputs() {
    return (0,action_inputs/* readInputs */.Ko)(schema, SECRET_INPUTS);
}

;// CONCATENATED MODULE: ./actions/monitor/src/main.ts










/** The default branch of `repository` as the event payload names it, when it is that repository. */
function defaultBranchOf(ctx, repository) {
    if (!ctx.eventPath || !(0,external_node_fs_.existsSync)(ctx.eventPath))
        return undefined;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(ctx.eventPath, 'utf8'));
        const r = event.repository;
        return typeof r?.default_branch === 'string' &&
            typeof r.full_name === 'string' &&
            r.full_name.toLowerCase() === repository.toLowerCase()
            ? r.default_branch
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** Which runs this invocation looks at, from the event that started the job. */
function triggerOf(inputs, ctx) {
    const mode = inputs.trigger;
    // A run named by hand is read again even if it was counted: a person asked to see it.
    if (inputs['run-id'] > 0)
        return { kind: 'run', runId: inputs['run-id'], reread: true };
    if (mode === 'since-last' || mode === 'latest')
        return { kind: mode };
    if (ctx.eventName === 'workflow_run' && ctx.eventPath && (0,external_node_fs_.existsSync)(ctx.eventPath)) {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(ctx.eventPath, 'utf8'));
        if (typeof event.workflow_run?.id === 'number')
            return { kind: 'run', runId: event.workflow_run.id };
    }
    if (mode === 'run')
        throw new errors/* ConfigurationError */.j1('input `trigger` is `run` but no `run-id` was given and the event is not workflow_run');
    return ctx.eventName === 'schedule' ? { kind: 'since-last' } : { kind: 'latest' };
}
function escalationOf(text) {
    if (!text.trim())
        return {};
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`input \`escalation\` is neither JSON nor YAML: ${e.message.split('\n')[0]}`);
    }
}
/** Analyses the runs the event names, alerts, moves the status, updates the capsule. */
async function run() {
    const inputs = getInputs();
    const ctx = (0,context/* runnerContext */.cE)();
    if (!inputs['github-token']) {
        throw new errors/* ConfigurationError */.j1('input `github-token` is empty', {
            hint: 'the default `${{ github.token }}` works with `permissions: actions: read`'
        });
    }
    const repository = inputs.repository || ctx.repository;
    const signingKey = (0,keys/* requiredKey */.p1)('signing-key', inputs['signing-key'], inputs['allow-unsigned'], 'the capsule is signed on every update', 'pass the capsule key secret');
    const verifyKey = (0,keys/* keyInput */.iS)('verify-key', inputs['verify-key']);
    const verifyKeys = verifyKey ? [verifyKey] : [];
    const encryptionKey = (0,keys/* encryptionKeyInput */.dm)('encryption-key', inputs['encryption-key']);
    const trigger = triggerOf(inputs, ctx);
    const defaultBranch = defaultBranchOf(ctx, repository);
    const summaries = [];
    const sink = {
        annotate: (level, message, props) => core[level](message, props),
        summary: (md) => void summaries.push(md)
    };
    const capsulePath = (0,context/* capsulePathOf */.eP)(ctx, inputs['capsule-path']);
    const monitor = (0,setup/* setupMonitor */.G)({
        repository,
        token: inputs['github-token'],
        tokenName: inputs['token-name'],
        apiUrl: ctx.apiUrl,
        userAgent: 'hee-ci-monitor',
        clientLog: {
            debug: (m) => core.debug(m),
            info: (m) => core.info((0,inert/* inertText */.UJ)(m)),
            warn: (m) => core.warning(m),
            error: (m) => core.error(m)
        },
        workflows: inputs.workflows,
        selfWorkflow: ctx.workflow,
        branches: inputs.branches,
        ...(defaultBranch ? { defaultBranch } : {}),
        forkAlerts: inputs['fork-alerts'],
        maxRuns: inputs['max-runs'],
        alertLevel: inputs['alert-level'],
        escalation: escalationOf(inputs.escalation),
        patternsFile: (0,context/* workspacePath */.X5)(ctx, inputs['patterns-file']),
        fixablePatterns: inputs['fixable-patterns'],
        failedAfter: inputs['failed-after'],
        timeoutMinutes: inputs['timeout-minutes'],
        securityArtifacts: inputs['security-artifacts'],
        coverage: {
            root: ctx.workspace,
            reports: inputs['coverage-reports'],
            artifacts: inputs['coverage-artifacts'],
            settings: await (0,coverage_step/* coverageSettingsOf */.$)(ctx.workspace, inputs['coverage-config'], inputs['coverage-config'] !== '.github/hee-coverage.yml'),
            tempDir: ctx.tempDir
        },
        channels: {
            slackWebhookUrl: inputs['slack-webhook-url'],
            smtpUrl: inputs['smtp-url'],
            emailFrom: inputs['email-from'],
            emailTo: inputs['email-to'],
            smsAccountSid: inputs['sms-account-sid'],
            smsAuthToken: inputs['sms-auth-token'],
            smsFrom: inputs['sms-from'],
            smsTo: inputs['sms-to'],
            smsApiUrl: inputs['sms-api-url'],
            webhookUrl: inputs['webhook-url'],
            webhookSecret: inputs['webhook-secret'],
            githubIssues: inputs['github-issues']
        },
        // The job's own secrets: every value masked in the log, and those it names for redaction.
        secrets: [
            inputs['signing-key'],
            inputs['encryption-key'],
            ...(0,redact/* secretValues */.VX)(inputs['redact-values']),
            ...(0,action_inputs/* maskedValues */.ql)()
        ].filter(Boolean),
        capsule: {
            path: capsulePath,
            meta: { repository: ctx.repository, workflow: ctx.workflow, runId: ctx.runId },
            ...(signingKey ? { signingKey } : {}),
            verifyKeys,
            ...(encryptionKey ? { encryptionKey } : {}),
            requireSignature: !inputs['allow-unsigned']
        }
    }, sink);
    const { client } = monitor;
    const secrets = monitor.secrets;
    core.startGroup(`Monitor ${repository} (${trigger.kind === 'run' ? `run ${trigger.runId}` : trigger.kind})`);
    const { outcome, capsule, previous, coverage } = await monitor.pass(trigger, (line) => core.info((0,inert/* inertText */.UJ)(line)));
    core.endGroup();
    for (const u of outcome.unreadable)
        core.warning((0,inert/* inertText */.UJ)(`could not read ${u}`));
    for (const d of outcome.deliveries.filter((x) => !x.ok))
        core.warning(`alert to ${d.channel} failed: ${d.error ?? 'unknown error'}`);
    const findingsPath = inputs['findings-path']
        ? (0,context/* workspacePath */.X5)(ctx, inputs['findings-path'])
        : (0,external_node_path_.join)(ctx.tempDir, 'hee-findings.json');
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(findingsPath), { recursive: true });
    await (0,promises_.writeFile)(findingsPath, JSON.stringify((0,report/* outcomeJson */.b)(outcome, secrets), null, 2) + '\n');
    let artifactName;
    if (inputs['upload-capsule']) {
        artifactName = (0,candidates/* capsuleArtifactName */.BU)(inputs['artifact-name'], capsule.version);
        const store = new artifact_store/* ArtifactCapsuleStore */.P({
            prefix: inputs['artifact-name'],
            repository: ctx.repository,
            runId: ctx.runId
        });
        await store.upload(artifactName, capsulePath, (0,external_node_path_.dirname)(capsulePath), inputs['retention-days']);
        core.info(`capsule version ${previous?.version ?? 0} → ${capsule.version} uploaded as ${artifactName}`);
    }
    const coverageMd = coverage ? coverageSection(coverage) : '';
    await core.summary
        .addRaw((0,report/* outcomeMarkdown */.I)(outcome, secrets))
        .addRaw('\n')
        .addRaw(summaries.join('\n'))
        .addRaw(coverageMd)
        .write();
    core.info((0,inert/* inertText */.UJ)(`status ${outcome.decision.from} → ${outcome.decision.to}: ${outcome.decision.reason}; ${client.stats.requests} API request(s)`));
    const status = outcome.decision.to;
    (0,action_inputs/* setOutputs */.n0)({
        fix_required: outcome.fixRequired,
        'fix-required': outcome.fixRequired,
        status,
        severity: outcome.severity ?? 'none',
        patterns: outcome.patterns.join(','),
        'findings-path': findingsPath,
        'capsule-path': capsulePath,
        version: capsule.version,
        'runs-analyzed': outcome.analyses.length,
        'alerts-sent': outcome.deliveries.filter((d) => d.ok).length,
        'artifact-name': artifactName,
        'coverage-total': coverage?.analysis.hee_total ?? '',
        'coverage-gate': coverage ? (coverage.analysis.gate.passed ? 'passed' : 'failed') : 'none'
    });
    if (coverage && !coverage.analysis.gate.passed) {
        const why = `coverage gate failed: ${coverage.analysis.gate.failures.join('; ')}`;
        if (inputs['coverage-gate'])
            core.setFailed(why);
        else
            core.warning(why);
    }
}
/** The spec's coverage table with measured figures, what it was read from and what was not read. */
function coverageSection(c) {
    const lines = ['', (0,render_markdown/* renderCoverageMarkdown */.S)(c.analysis, c.settings.priorities, { gaps: 10 })];
    lines.push('', `Read from ${c.sources.length} report(s): ${c.sources.map((s) => `\`${(0,inert/* inertText */.UJ)(s)}\``).join(', ')}`);
    for (const n of c.notes)
        lines.push(`- ${(0,inert/* inertText */.UJ)(n)}`);
    return lines.join('\n') + '\n';
}


/***/ }),

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
/* harmony import */ var _github_octokit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45583);
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationalError */ .LE('artifact.digest', `artifact ${c.name} does not match its digest`, {
                    hint: 'the download was corrupted on the way; loading again reads it anew',
                    retryable: true
                });
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
        const res = await wrap(`upload artifact ${name}`, () => this.client().then((cl) => cl.uploadArtifact(name, [file], rootDir, { retentionDays }))).catch((e) => {
            // The service answers 409 when this run holds an artifact of that name already: another
            // job uploaded the same version first.
            if (/\(409\)/.test(messageChain(e)))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationalError */ .LE('artifact.conflict', `artifact ${name} exists already in this run`, {
                    retryable: false,
                    cause: e
                });
            throw e;
        });
        return { id: res.id ?? 0, size: res.size ?? 0 };
    }
    requireToken() {
        if (!this.opts.token) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('input `github-token` is empty: it is needed to read capsules of earlier runs', {
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
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .HeeError */ .RA)
            throw e;
        const msg = e instanceof Error ? e.message : String(e);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationalError */ .LE('artifact.service', `could not ${what}: ${msg.split('\n')[0]}`, {
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
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   hF: () => (/* binding */ input),
/* harmony export */   n0: () => (/* binding */ setOutputs),
/* harmony export */   ql: () => (/* binding */ maskedValues)
/* harmony export */ });
/* unused harmony export maskSecret */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12311);
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
/** Input fields: action inputs arrive as strings, '' when not given. */
const input = {
    text: (dflt = '') => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform((v) => (v === '' ? dflt : v)),
    bool: (dflt) => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .transform((v) => v.trim().toLowerCase())
        .refine((v) => ['', 'true', 'false'].includes(v), { message: "expected 'true' or 'false'" })
        .transform((v) => (v === '' ? dflt : v === 'true')),
    int: (dflt, min, max) => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .transform((v) => (v.trim() === '' ? dflt : Number(v.trim())))
        .refine((n) => Number.isInteger(n) && n >= min && n <= max, {
        message: `expected a whole number from ${min} to ${max}`
    }),
    oneOf: (values, dflt) => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .transform((v) => (v.trim() === '' ? dflt : v.trim()))
        .refine((v) => values.includes(v), {
        message: `expected one of ${values.join(', ')}`
    })
        .transform((v) => v),
    list: () => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform((v) => v
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
}


/***/ }),

/***/ 8918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderCoverageMarkdown)
/* harmony export */ });
/* unused harmony export METRIC_LABELS */
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80561);

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
    const t = s.replace(/[\r\n]+/g, ' ').slice(0, 200);
    const ticks = (t.match(/`+/g) ?? []).reduce((n, m) => Math.max(n, m.length), 0);
    const fence = '`'.repeat(ticks + 1);
    return `${fence}${ticks ? ' ' : ''}${t.replace(/\|/g, '\\|')}${ticks ? ' ' : ''}${fence}`;
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
    for (const m of _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb) {
        const v = a.metrics[m];
        const t = a.targets[m];
        const gap = v === null ? '—' : pct(Math.max(0, Math.round((t - v) * 100) / 100));
        const c = a.counts[m];
        const current = v === null ? 'not measured' : `${pct(v)}${c ? ` (${c.covered}/${c.total})` : ''}`;
        out.push(`| ${METRIC_LABELS[m]} | ${pct(t)} | ${current} | ${gap} | ${v !== null && v >= t ? 'Met' : priorities[m]} |`);
    }
    out.push('');
    const measuredNames = _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb.filter((m) => a.metrics[m] !== null);
    out.push(a.hee_total === null
        ? '**HEE total:** not measured (no metric was measured).'
        : `**HEE total: ${pct(a.hee_total)}** — weighted over ${measuredNames.join(', ')}${measuredNames.length < _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb.length ? ` (weights renormalised; not measured: ${_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb.filter((m) => a.metrics[m] === null).join(', ')})` : ''}.`);
    if (a.trend.length > 1)
        out.push('', `Trend (HEE total, last ${a.trend.length} runs): ${a.trend.map((p) => (p.hee_total === null ? '—' : pct(p.hee_total))).join(' → ')}`);
    out.push('', a.gate.passed ? 'Gate: passed.' : `**Gate: failed** — ${a.gate.failures.join('; ')}.`);
    if (Object.keys(a.not_measured).length) {
        out.push('', '<details><summary>Not measured</summary>', '');
        for (const [m, why] of Object.entries(a.not_measured))
            out.push(`- ${METRIC_LABELS[m]}: ${why}`);
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
            out.push(`| ${code(`${g.file}:${g.line}${g.end_line && g.end_line !== g.line ? `-${g.end_line}` : ''}`)} | ${g.kind}${g.name ? ` ${code(g.name)}` : ''} | ${(g.why ?? '').replace(/\|/g, '\\|')}${g.changed ? ' ⚠' : ''} |`);
    }
    const specGaps = a.gaps.filter((g) => g.kind === 'spec');
    if (specGaps.length)
        out.push('', `**Spec ids no test references (${specGaps.length}):** ${specGaps
            .slice(0, 30)
            .map((g) => `${code(g.name)} (${g.file}:${g.line})`)
            .join(', ')}${specGaps.length > 30 ? ', …' : ''}`);
    const promptGaps = a.gaps.filter((g) => g.kind === 'prompt');
    if (promptGaps.length)
        out.push('', `**Prompt files no test loads (${promptGaps.length}):** ${promptGaps
            .slice(0, 30)
            .map((g) => code(g.file))
            .join(', ')}${promptGaps.length > 30 ? ', …' : ''}`);
    out.push('', `Reports: ${a.reports.map((r) => `${code(r.path)} (${r.format}${r.lane !== 'default' ? `, lane ${r.lane}` : ''}, ${r.files} files)`).join(', ')}.`);
    if (a.skipped.length)
        out.push(`Left out (outside the repository): ${a.skipped.length} file(s), e.g. ${code(a.skipped[0].reason)}.`);
    return out.join('\n') + '\n';
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

//# sourceMappingURL=374.index.mjs.map