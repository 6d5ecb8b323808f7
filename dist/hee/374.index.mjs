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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
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
// EXTERNAL MODULE: ./packages/core/src/monitor/setup.ts + 16 modules
var setup = __webpack_require__(55439);
// EXTERNAL MODULE: ./packages/core/src/security/inert.ts
var inert = __webpack_require__(95304);
// EXTERNAL MODULE: ./packages/core/src/monitor/caps.ts
var caps = __webpack_require__(95775);
// EXTERNAL MODULE: ./packages/core/src/security/redact.ts
var redact = __webpack_require__(74287);
// EXTERNAL MODULE: ./packages/core/src/monitor/report.ts
var report = __webpack_require__(93772);
// EXTERNAL MODULE: ./packages/core/src/state/candidates.ts
var candidates = __webpack_require__(90997);
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
// EXTERNAL MODULE: ./packages/core/src/input-fields.ts
var input_fields = __webpack_require__(49227);
;// CONCATENATED MODULE: ./actions/monitor/src/inputs.ts



const schema = schemas/* object */.Ikc({
    'github-token': input_fields/* input */.h.text(),
    repository: input_fields/* input */.h.text(),
    trigger: input_fields/* input */.h.oneOf(['auto', 'run', 'since-last', 'latest'], 'auto'),
    'run-id': input_fields/* input */.h.int(0, 0, Number.MAX_SAFE_INTEGER),
    workflows: input_fields/* input */.h.list(),
    branches: input_fields/* input */.h.list(),
    'fork-alerts': input_fields/* input */.h.bool(false),
    'max-runs': input_fields/* input */.h.int(20, 1, 500),
    'alert-level': input_fields/* input */.h.oneOf(['critical', 'high', 'medium', 'low'], 'low'),
    escalation: input_fields/* input */.h.text(),
    'patterns-file': input_fields/* input */.h.text('.github/hee-patterns.yml'),
    'fixable-patterns': input_fields/* input */.h.list(),
    'failed-after': input_fields/* input */.h.int(3, 1, 1000),
    'timeout-minutes': input_fields/* input */.h.int(360, 1, 10_080),
    // action.yml supplies `*sarif*,*audit*` when the input is not given; an explicit '' reads none.
    'security-artifacts': input_fields/* input */.h.list(),
    'last-green-baseline': input_fields/* input */.h.bool(true),
    // max-pages, request-timeout-seconds, download-seconds, run-deadline-seconds: shared with `hee monitor`.
    ...caps/* MONITOR_CAP_FIELDS */.qh,
    'coverage-reports': input_fields/* input */.h.list(),
    'coverage-artifacts': input_fields/* input */.h.list(),
    'coverage-config': input_fields/* input */.h.text('.github/hee-coverage.yml'),
    'coverage-gate': input_fields/* input */.h.bool(false),
    'capsule-path': input_fields/* input */.h.text(),
    'signing-key': input_fields/* input */.h.text(),
    'verify-key': input_fields/* input */.h.text(),
    'encryption-key': input_fields/* input */.h.text(),
    'allow-unsigned': input_fields/* input */.h.bool(false),
    'upload-capsule': input_fields/* input */.h.bool(true),
    'artifact-name': input_fields/* input */.h.text('hee-state-capsule'),
    'retention-days': input_fields/* input */.h.int(90, 1, 400),
    'findings-path': input_fields/* input */.h.text(),
    'slack-webhook-url': input_fields/* input */.h.text(),
    'smtp-url': input_fields/* input */.h.text(),
    'email-from': input_fields/* input */.h.text(),
    'email-to': input_fields/* input */.h.list(),
    'sms-account-sid': input_fields/* input */.h.text(),
    'sms-auth-token': input_fields/* input */.h.text(),
    'sms-from': input_fields/* input */.h.text(),
    'sms-to': input_fields/* input */.h.list(),
    'sms-api-url': input_fields/* input */.h.text(),
    'webhook-url': input_fields/* input */.h.text(),
    'webhook-secret': input_fields/* input */.h.text(),
    'redact-values': input_fields/* input */.h.text(),
    'github-issues': input_fields/* input */.h.bool(false),
    'token-name': input_fields/* input */.h.text('GITHUB_TOKEN')
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
        lastGreen: inputs['last-green-baseline'],
        ...(0,caps/* capSettings */.mb)(inputs),
        coverage: {
            root: ctx.workspace,
            reports: inputs['coverage-reports'],
            artifacts: inputs['coverage-artifacts'],
            settings: await (0,coverage_step/* coverageSettingsOf */.$i)(ctx.workspace, inputs['coverage-config'], inputs['coverage-config'] !== '.github/hee-coverage.yml'),
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
        core.warning((0,inert/* inertText */.UJ)((0,report/* isLimitNote */.YL)(u) ? u : `could not read ${u}`));
    for (const d of outcome.deliveries.filter((x) => !x.ok))
        core.warning(`alert to ${d.channel} failed: ${d.error ?? 'unknown error'}`);
    const findingsPath = inputs['findings-path']
        ? (0,context/* workspacePath */.X5)(ctx, inputs['findings-path'])
        : (0,external_node_path_.join)(ctx.tempDir, 'hee-findings.json');
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(findingsPath), { recursive: true });
    await (0,promises_.writeFile)(findingsPath, JSON.stringify((0,report/* outcomeJson */.bt)(outcome, secrets), null, 2) + '\n');
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
    const coverageMd = coverage ? (0,coverage_step/* coverageMarkdown */.w6)(coverage, secrets) : '';
    await core.summary
        .addRaw((0,report/* outcomeMarkdown */.Iu)(outcome, secrets))
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
        'limits-reached': outcome.unreadable.filter(report/* isLimitNote */.YL).length,
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


/***/ })

};

//# sourceMappingURL=374.index.mjs.map