export const id = 756;
export const ids = [756];
export const modules = {

/***/ 15756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AUTO_FIX_USAGE: () => (/* binding */ AUTO_FIX_USAGE),
/* harmony export */   autoFixCommand: () => (/* binding */ autoFixCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _hee_core_errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37638);
/* harmony import */ var _hee_core_severity__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93262);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27109);






const AUTO_FIX_USAGE = `usage: hee auto-fix --workdir DIR (--log FILE | --findings FILE) [options]

Fix what is safe in a local git repository with the project's own tools, prove it by re-running
the failing check, and leave it as one commit on a new local branch hee/auto-fix/<run>-<pattern>.
The work tree, its index and its branch are never written; nothing is pushed.

  --workdir DIR         the repository at the failing commit
  --log FILE            the failing job's log (raw tool output or a whole GitHub Actions job log)
  --findings FILE       findings JSON instead of a log (hee analyze --format json, the monitor's file)
  --mode M              review (default: auto-apply and agent-review rows) or hee-safe (auto-apply rows only)
  --max-severity S      leave findings more severe than S (critical, high, medium, low) alone
  --dry-run             compute and prove the fix in a scratch tree; print the diff; make no branch
  --report detailed     every protocol step, each validation's output, and the diff
  --state-capsule F     a state capsule: its status and this head's earlier attempts constrain the run
  --run-id ID           the id in the branch name (default: a local time stamp)
  --head-sha SHA        refuse to run unless HEAD is this commit
  --signing-key FILE    sign the fix commit with this private key (OpenSSH: gpg.format=ssh, or
                        armored OpenPGP; no passphrase); check it with git verify-commit
  --workflow-files W    comments-only (default: a change to a file under .github/workflows/ that
                        only adds comment lines, such as a license header, stays in the fix; this
                        branch is local and a person pushes it) or leave-out (never, as the action does)
  --explain             print the decision matrix (with the repository's overrides) and exit
  --json                print the result as JSON on stdout

Progress goes to stderr. Exit 0 when every allowed fix held or there was nothing to do, 1 when
a fix did not hold (rolled back) or could not be tried, 2 on a usage or input error.`;
const OPTIONS = {
    workdir: { type: 'string' },
    log: { type: 'string' },
    findings: { type: 'string' },
    mode: { type: 'string', default: 'review' },
    'max-severity': { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    report: { type: 'string' },
    'state-capsule': { type: 'string' },
    'run-id': { type: 'string' },
    'head-sha': { type: 'string' },
    'signing-key': { type: 'string' },
    'workflow-files': { type: 'string', default: 'comments-only' },
    explain: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false }
};
/** `hee auto-fix`: the auto-fix engine on a local repository. */
const autoFixCommand = async (argv, io) => {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(argv, OPTIONS);
    const af = await Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(815), __webpack_require__.e(857), __webpack_require__.e(48), __webpack_require__.e(281), __webpack_require__.e(536), __webpack_require__.e(924)]).then(__webpack_require__.bind(__webpack_require__, 13460));
    const mode = values.mode;
    if (mode !== 'review' && mode !== 'hee-safe')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--mode must be review or hee-safe, not '${mode}'`);
    const maxSeverity = values['max-severity'];
    if (maxSeverity !== undefined && !(0,_hee_core_severity__WEBPACK_IMPORTED_MODULE_4__/* .isSeverity */ ._Z)(maxSeverity))
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--max-severity must be critical, high, medium or low, not '${maxSeverity}'`);
    if (values.report !== undefined && values.report !== 'detailed' && values.report !== 'summary')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--report must be detailed or summary, not '${values.report}'`);
    const workflowFiles = values['workflow-files'];
    if (workflowFiles !== 'comments-only' && workflowFiles !== 'leave-out')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--workflow-files must be comments-only or leave-out, not '${workflowFiles}'`);
    const workdir = values.workdir !== undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.workdir) : undefined;
    if (workdir !== undefined) {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(workdir).catch(() => undefined);
        if (!st?.isDirectory())
            throw new _hee_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`--workdir ${values.workdir}: not a directory`);
    }
    if (values.explain) {
        let config = {};
        if (workdir !== undefined) {
            const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workdir, af.AUTOFIX_CONFIG_FILE), 'utf8').catch(() => undefined);
            if (text !== undefined)
                config = af.parseAutoFixConfig(text, `${values.workdir}/${af.AUTOFIX_CONFIG_FILE}`);
        }
        const overridden = Object.keys(config.matrix ?? {});
        io.stdout(`${af.explainMatrix(af.resolveMatrix(config), overridden)}\n` +
            (overridden.length ? `* overridden by ${af.AUTOFIX_CONFIG_FILE}\n` : '') +
            `\nmode hee-safe applies auto-apply rows; review (default) also agent-review rows; manual-only rows are reported.\n` +
            `limits: ${af.DEFAULT_LIMITS.maxFiles} files, ${af.DEFAULT_LIMITS.maxLines} lines per fix unless ${af.AUTOFIX_CONFIG_FILE} says otherwise; ` +
            `${af.ALWAYS_PROTECTED.join(', ')} never changes.\n` +
            `strategies: ${af.STRATEGIES.map((s) => `${s.name} (${s.patterns.join(', ')})`).join(', ')}\n`);
        return 0;
    }
    if (workdir === undefined)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--workdir is required');
    if ((values.log === undefined) === (values.findings === undefined))
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('give exactly one of --log FILE and --findings FILE');
    const { Git, GitError } = await __webpack_require__.e(/* import() */ 578).then(__webpack_require__.bind(__webpack_require__, 77578));
    const { createNodeExec } = await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.bind(__webpack_require__, 37663));
    const exec = createNodeExec();
    try {
        await new Git(exec, workdir).headSha();
    }
    catch (e) {
        if (e instanceof GitError)
            throw new _hee_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`--workdir ${values.workdir}: not a git repository with a commit`);
        throw e;
    }
    let log;
    let findings;
    if (values.log !== undefined) {
        log = await readInput((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.log), '--log');
        const { classifyText } = await Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(815), __webpack_require__.e(856), __webpack_require__.e(48), __webpack_require__.e(823), __webpack_require__.e(555)]).then(__webpack_require__.bind(__webpack_require__, 69555));
        findings = classifyText(log).findings.map((f) => ({
            pattern: f.pattern,
            severity: f.severity,
            evidence: f.excerpt.split('\n')[0] ?? ''
        }));
    }
    else {
        findings = readFindings(await readInput((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.findings), '--findings'), values.findings);
    }
    let capsuleStatus;
    let attemptedForHead;
    if (values['state-capsule'] !== undefined) {
        const c = readCapsule(await readInput((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values['state-capsule']), '--state-capsule'), values['state-capsule']);
        capsuleStatus = c.status;
        const head = values['head-sha'] ?? (await new Git(exec, workdir).headSha());
        attemptedForHead = c.attempts.filter((a) => a.head === head).map((a) => a.pattern);
    }
    const { prepareSigning } = await __webpack_require__.e(/* import() */ 578).then(__webpack_require__.bind(__webpack_require__, 77578));
    let signing;
    if (values['signing-key'] !== undefined) {
        const key = await readInput((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values['signing-key']), '--signing-key');
        try {
            // the key is copied (mode 0600) into a private temporary folder and removed at the end
            signing = await prepareSigning(exec, key, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), io.env);
        }
        catch (e) {
            throw new _hee_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`--signing-key ${values['signing-key']}: ${e.message}`);
        }
    }
    const progress = (m) => io.stderr(`hee auto-fix: ${m}\n`);
    if (findings.length === 0)
        progress('the log shows no failure: nothing to fix');
    const result = await af
        .runAutoFix({
        workdir,
        findings,
        ...(log !== undefined ? { log } : {}),
        mode,
        ...(maxSeverity ? { maxSeverity } : {}),
        dryRun: values['dry-run'],
        runId: values['run-id'] ?? localRunId(),
        ...(values['head-sha'] ? { headSha: values['head-sha'] } : {}),
        ...(capsuleStatus ? { capsuleStatus } : {}),
        ...(attemptedForHead ? { attemptedForHead } : {}),
        ...(signing ? { signing: { config: signing.config, env: signing.env } } : {}),
        exec,
        onProgress: progress,
        env: io.env,
        workflowFiles
    })
        .finally(() => signing?.dispose());
    if (values.json)
        io.stdout(JSON.stringify(result, null, 2) + '\n');
    else
        io.stdout(renderReport(result, values.report === 'detailed', values['dry-run']));
    if (!result.ok) {
        const bad = result.attempts.find((a) => a.outcome === 'rolled-back' || a.outcome === 'skipped');
        io.stderr(`hee auto-fix: ${bad ? `${bad.pattern}: ${bad.reason ?? bad.outcome}` : 'a fix did not hold'}\n`);
        return 1;
    }
    return 0;
};
async function readInput(path, flag) {
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (!st.isFile())
            throw new _hee_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`cannot read ${flag} ${path}: not a file`);
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e instanceof _hee_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1)
            throw e;
        throw new _hee_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`cannot read ${flag} ${path}: ${e.code ?? e.message}`);
    }
}
/** Findings from `hee analyze --format json`, a bare array, or the monitor's findings file. */
function readFindings(text, name) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        throw new _hee_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`--findings ${name}: not JSON`);
    }
    const list = [];
    const collect = (v) => {
        if (Array.isArray(v))
            list.push(...v);
    };
    if (Array.isArray(raw))
        collect(raw);
    else if (raw && typeof raw === 'object') {
        const o = raw;
        collect(o.findings);
        for (const r of Array.isArray(o.runs) ? o.runs : [])
            for (const j of r.jobs ?? [])
                collect(j.findings);
    }
    return list.map((f, i) => {
        const o = f;
        if (typeof o?.['pattern'] !== 'string' || !(0,_hee_core_severity__WEBPACK_IMPORTED_MODULE_4__/* .isSeverity */ ._Z)(o['severity']))
            throw new _hee_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`--findings ${name}: finding ${i + 1} needs a pattern and a severity`);
        const evidence = typeof o['evidence'] === 'string'
            ? o['evidence']
            : typeof o['excerpt'] === 'string'
                ? o['excerpt'].split('\n')[0]
                : undefined;
        return {
            pattern: o['pattern'],
            severity: o['severity'],
            ...(evidence ? { evidence } : {}),
            ...(typeof o['command'] === 'string' ? { command: o['command'] } : {})
        };
    });
}
/** The capsule's status and earlier attempts (pattern and head commit when recorded). */
function readCapsule(text, name) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        throw new _hee_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`--state-capsule ${name}: not JSON`);
    }
    if (!raw || typeof raw !== 'object' || !raw.body)
        throw new _hee_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`--state-capsule ${name}: no capsule body`);
    const attempts = (raw.body.auto_fix_history ?? []).flatMap((e) => {
        const o = e;
        if (typeof o['pattern_id'] !== 'string')
            return [];
        const head = typeof o['head_sha'] === 'string' ? o['head_sha'] : undefined;
        return [{ pattern: o['pattern_id'], ...(head ? { head } : {}) }];
    });
    const status = raw.body.monitoring_state?.current_status;
    return { ...(status ? { status } : {}), attempts };
}
function localRunId() {
    return `local-${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-')}`;
}
function renderReport(r, detailed, dryRun) {
    const out = [];
    if (r.recovered?.length)
        out.push(`Rolled back ${r.recovered.length} attempt(s) an earlier run did not end.`);
    if (r.attempts.length === 0)
        out.push('Nothing to fix: the log shows no failure.');
    for (const a of r.attempts) {
        const head = `${a.pattern} ${a.strategy ?? '-'}: ${a.outcome}`;
        const size = a.filesChanged
            ? ` (${a.filesChanged} file(s), ${a.linesChanged} line(s), ${(a.durationMs / 1000).toFixed(1)} s)`
            : '';
        out.push(`${head}${size}${a.reason ? ` — ${a.reason}` : ''}`);
        if (a.command)
            out.push(`  check: ${a.command.split('\n')[0]}`);
        for (const v of a.validations)
            out.push(`  ${v.passed ? 'passed' : 'FAILED'} (exit ${v.code}): ${v.command.split('\n')[0]}`);
        if (detailed) {
            for (const s of a.steps)
                out.push(`  [${s.ok ? 'ok' : 'no'}] ${s.step} (${s.durationMs} ms): ${s.detail.replace(/\n/g, '\n      ')}`);
            for (const v of a.validations.filter((x) => x.tail))
                out.push(`  --- ${v.command.split('\n')[0]}\n${v.tail.replace(/^/gm, '      ')}`);
        }
        if (a.report)
            out.push('', a.report, '');
    }
    if (r.workflowFilesLeftOut.length > 0)
        out.push(`Left out (workflow files are part of a fix only for comment lines, with --workflow-files comments-only): ${r.workflowFilesLeftOut.join(', ')}`);
    if (r.branch)
        out.push(`Branch ${r.branch} holds the fix as commit ${r.commit.slice(0, 12)} on ${r.baseSha.slice(0, 12)}.`);
    else if (dryRun && r.diff)
        out.push('Dry run: nothing was written; the diff below is what the fix would be.');
    if ((dryRun || detailed) && r.diff)
        out.push('', r.diff.trimEnd());
    return out.join('\n') + '\n';
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


/***/ })

};

//# sourceMappingURL=756.index.mjs.map