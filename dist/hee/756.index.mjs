export const id = 756;
export const ids = [756,494];
export const modules = {

/***/ 28494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CAPSULE_USAGE: () => (/* binding */ CAPSULE_USAGE),
  capsuleCommand: () => (/* binding */ capsuleCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/capsule/keys.ts
var keys = __webpack_require__(98005);
// EXTERNAL MODULE: ./packages/core/src/capsule/encrypt.ts + 1 modules
var encrypt = __webpack_require__(86443);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/capsule/update.ts
var update = __webpack_require__(15224);
// EXTERNAL MODULE: ./packages/core/src/capsule/store.ts + 1 modules
var store = __webpack_require__(69583);
// EXTERNAL MODULE: ./packages/core/src/capsule/open.ts + 1 modules
var capsule_open = __webpack_require__(42290);
// EXTERNAL MODULE: ./node_modules/proper-lockfile/index.js
var proper_lockfile = __webpack_require__(83648);
;// CONCATENATED MODULE: ./packages/core/src/state/lock.ts


/**
 * Runs `fn` while holding the lock of `path` (a `<path>.lock` folder, `proper-lockfile`):
 * writers of one file take turns, so each reads the version the previous one wrote. A lock
 * whose holder died is taken over once it is stale (its holder refreshes it while alive).
 * The file need not exist yet. Refuses with `capsule.locked` after `waitMs`.
 */
async function withFileLock(path, fn, opts = {}) {
    const waitMs = opts.waitMs ?? 30_000;
    let release;
    try {
        release = await (0,proper_lockfile.lock)(path, {
            realpath: false,
            stale: 10_000,
            // Exponential back-off from 10 ms up to 250 ms, as many tries as fit in waitMs.
            retries: { retries: Math.max(1, Math.ceil(waitMs / 250)), factor: 1.5, minTimeout: 10, maxTimeout: 250 }
        });
    }
    catch (e) {
        const code = e.code;
        if (code === 'ELOCKED')
            throw new errors/* HeeError */.RA('capsule.locked', `${path} is being updated by another process; gave up after ${waitMs / 1000} s`, {
                hint: `if no update is running, remove ${path}.lock`
            });
        throw new errors/* HeeError */.RA('capsule.write', `cannot lock ${path} (${code ?? 'error'})`, { cause: e });
    }
    try {
        return await fn();
    }
    finally {
        await release().catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./packages/core/src/state/update-file.ts
var update_file = __webpack_require__(2025);
// EXTERNAL MODULE: ./packages/core/src/capsule/validate.ts + 1 modules
var validate = __webpack_require__(66823);
// EXTERNAL MODULE: ./packages/core/src/capsule/canonical.ts
var canonical = __webpack_require__(30747);
// EXTERNAL MODULE: ./packages/core/src/capsule/history.ts
var capsule_history = __webpack_require__(65465);
// EXTERNAL MODULE: ./packages/core/src/capsule/state-machine.ts
var state_machine = __webpack_require__(6964);
;// CONCATENATED MODULE: ./packages/core/src/capsule/report.ts



/** How many history rows the report shows; totals still count everything. */
const REPORT_HISTORY_ROWS = 20;
// Values come from CI logs and user config; keep them from breaking the table or injecting HTML.
function cell(v) {
    if (v === undefined || v === null || v === '')
        return '—';
    return String(v)
        .replace(/\r?\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|');
}
function table(head, rows) {
    return [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)
    ];
}
function stateName(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
/** The spec's state diagram as Mermaid, with `current` highlighted. */
function renderStateDiagram(current) {
    return [
        '```mermaid',
        'stateDiagram-v2',
        '    classDef current fill:#ffd54f,stroke:#e65100,stroke-width:3px,font-weight:bold',
        `    [*] --> ${stateName(state_machine/* INITIAL_STATUS */._X)}`,
        ...state_machine/* STATUS_TRANSITIONS */.wh.map((t) => `    ${stateName(t.from)} --> ${stateName(t.to)}: ${t.event}`),
        `    class ${stateName(current)} current`,
        '```'
    ].join('\n');
}
/**
 * Markdown a person reads in ten seconds: status first, then the envelope facts, open incidents,
 * coverage, auto-fix history with per-pattern totals, and the state diagram with the current
 * state marked. Pure: the same capsule renders the same text.
 */
function renderReport(c) {
    const ms = c.body.monitoring_state;
    const status = ms.current_status ?? state_machine/* INITIAL_STATUS */._X;
    const out = [];
    out.push(`# HEE CI state: ${cell(c.repository)} · ${cell(c.workflow)}`, '');
    out.push(`**Status: ${status}**${ms.status_since ? ` since ${ms.status_since}` : ''}` +
        (ms.consecutive_failures ? ` · ${ms.consecutive_failures} consecutive failure(s)` : ''), '');
    const sig = c.signature ? `${c.signature.alg}, key id \`${c.signature.key_id}\`` : 'unsigned';
    out.push('## Capsule', '');
    out.push(...table(['fact', 'value'], [
        ['version', c.version],
        ['run id', c.run_id],
        ['last run id', ms.last_run_id],
        ['updated at', c.updated_at],
        ['signature', sig],
        ['digest', `\`${(0,canonical/* capsuleDigest */.qk)(c)}\``],
        ['previous digest', c.previous_digest === null ? 'none (first version)' : `\`${c.previous_digest}\``],
        ...(c.encrypted
            ? [['encrypted fields', `${c.encrypted.fields.join(', ')} (key id \`${c.encrypted.key_id}\`)`]]
            : [])
    ]), '');
    const incidents = Object.values(ms.incidents ?? {});
    out.push(`## Open incidents (${incidents.length})`, '');
    if (incidents.length === 0)
        out.push('None.', '');
    else {
        out.push(...table(['pattern', 'workflow', 'severity', 'since', 'runs', 'last run'], incidents.map((i) => [i.pattern, i.workflow, i.severity, i.since, i.runs, i.last_run_id])), '');
    }
    const cov = { ...ms.coverage_metrics, ...ms.hee_specific };
    const metrics = Object.entries(cov).filter(([, v]) => typeof v === 'number');
    out.push('## Coverage', '');
    if (metrics.length === 0)
        out.push('No coverage recorded.', '');
    else
        out.push(...table(['metric', 'value'], metrics.map(([k, v]) => [k, `${v}%`])), '');
    const history = c.body.auto_fix_history;
    const summary = c.body.history_summary;
    out.push(`## Auto-fix history (${history.length + (summary?.compacted_entries ?? 0)} attempts)`, '');
    if (history.length === 0 && summary === undefined)
        out.push('No auto-fix attempts yet.', '');
    else {
        const newest = history.slice(-REPORT_HISTORY_ROWS).reverse();
        if (newest.length > 0) {
            out.push(...table(['time', 'pattern', 'success', 'rollback'], newest.map((e) => [e.timestamp, e.pattern_id, e.success ? 'yes' : 'no', e.rollback ? 'yes' : 'no'])), '');
            if (history.length > newest.length)
                out.push(`Newest ${newest.length} of ${history.length} kept entries shown.`, '');
        }
        if (summary !== undefined) {
            out.push(`${summary.compacted_entries} older entries compacted${summary.oldest_timestamp ? ` (oldest ${summary.oldest_timestamp})` : ''}; they are counted in the totals.`, '');
        }
        const totals = [...(0,capsule_history/* historyTotals */.yc)(c.body)].map(([p, t]) => [
            p,
            t.attempts,
            t.successes,
            t.rollbacks,
            t.attempts === 0 ? '—' : `${Math.round((100 * t.successes) / t.attempts)}%`
        ]);
        out.push('### Totals per pattern', '', ...table(['pattern', 'attempts', 'successes', 'rollbacks', 'success rate'], totals), '');
    }
    out.push('## State diagram', '', renderStateDiagram(status), '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(27109);
;// CONCATENATED MODULE: ./packages/cli/src/files.ts


/** Why a file given on the command line could not be read or written, in a few words. */
function fileProblem(e, writing = false) {
    const code = e.code;
    if (code === 'ENOENT')
        return writing ? 'its folder does not exist' : 'no such file';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'is a directory';
    if (code === 'ENOTDIR')
        return 'a part of the path is not a folder';
    if (code === 'EEXIST')
        return 'exists already';
    return code ?? (e instanceof Error ? e.message : String(e));
}
/** The text of the file an option names, or a one-line error naming the option and the file. */
async function readOptionFile(option, path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`cannot read --${option} ${path}: ${fileProblem(e)}`, { cause: e });
    }
}
/** Writes the file an option names, or fails with a one-line error naming the option and the file. */
async function writeOptionFile(option, path, data, options = {}) {
    try {
        await (0,promises_.writeFile)(path, data, {
            ...(options.mode ? { mode: options.mode } : {}),
            flag: options.exclusive ? 'wx' : 'w'
        });
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`cannot write --${option} ${path}: ${fileProblem(e, true)}`, { cause: e });
    }
}
/** JSON from an option's value or file, or a one-line error naming the option. */
function parseOptionJson(option, text, path) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`--${option}${path ? ` ${path}` : ''} is not valid JSON: ${e.message}`);
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/capsule.ts






const CAPSULE_USAGE = `usage:
  hee capsule init     --output F [--key FILE] [--repo owner/name] [--workflow NAME] [--run-id N]
  hee capsule update   --input F [--output F] [--status S] [--last-run-id N] [--update JSON | --update-file F]
                       [--append-history PATTERN:ok|fail[:rollback]] [--key FILE] [--encryption-key FILE]
                       [--sensitive-fields PTR,PTR] [--history-limit N] [--allow-unsigned]
  hee capsule validate --input F [--verify-key FILE] [--previous F] [--encryption-key FILE] [--allow-unsigned]
  hee capsule report   --input F [--output report.md] [--verify-key FILE] [--encryption-key FILE]
  hee capsule keygen   --private FILE --public FILE
A key file holds an Ed25519 PEM key (openssl genpkey -algorithm ed25519) or an HMAC secret.`;
const keyOf = async (io, file) => typeof file === 'string' && file ? (0,keys/* readKeyFile */.ml)((0,external_node_path_.resolve)(io.cwd, file)) : undefined;
const encryptionKeyOf = async (io, file) => typeof file === 'string' && file
    ? (0,encrypt/* parseEncryptionKey */._8)((await readOptionFile('encryption-key', (0,external_node_path_.resolve)(io.cwd, file))).trim())
    : undefined;
/** An update object from `--update JSON` or `--update-file F` (never `null`, an array or a scalar). */
async function updateObject(io, json, file) {
    if (json !== undefined && file !== undefined)
        throw new args/* UsageError */.eb('--update and --update-file are both set: use one');
    const path = file !== undefined ? (0,external_node_path_.resolve)(io.cwd, file) : undefined;
    const option = path ? 'update-file' : 'update';
    const value = path
        ? parseOptionJson(option, await readOptionFile(option, path), path)
        : json !== undefined
            ? parseOptionJson(option, json)
            : {};
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new errors/* ConfigurationError */.j1(`--${option}${path ? ` ${path}` : ''} must be a JSON object, not ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`);
    return value;
}
const init = async (argv, io) => {
    const { values } = (0,args/* parse */.qg)(argv, {
        output: { type: 'string' },
        key: { type: 'string' },
        repo: { type: 'string' },
        workflow: { type: 'string' },
        'run-id': { type: 'string' }
    });
    const output = (0,external_node_path_.resolve)(io.cwd, (0,args/* required */.mw)(values, 'output'));
    if ((0,external_node_fs_.existsSync)(output))
        throw new errors/* HeeError */.RA('cli.exists', `${output} exists already; refusing to overwrite a capsule`);
    const key = await keyOf(io, values.key);
    const capsule = (0,update/* createCapsule */.qY)({
        repository: values.repo ?? io.env.GITHUB_REPOSITORY ?? 'local/repository',
        workflow: values.workflow ?? io.env.GITHUB_WORKFLOW ?? 'local',
        runId: Number(values['run-id'] ?? io.env.GITHUB_RUN_ID ?? 0) || 1,
        now: new Date()
    });
    await (0,store/* writeCapsuleFile */.T7)(output, key ? (0,capsule_open/* sealCapsule */.z)(capsule, { signingKey: key }) : capsule);
    io.stdout(`created ${output}: version ${capsule.version}, status operational${key ? `, signed (${key.keyId})` : ', unsigned'}\n`);
    return 0;
};
const capsule_update = async (argv, io) => {
    const { values } = (0,args/* parse */.qg)(argv, {
        input: { type: 'string' },
        output: { type: 'string' },
        status: { type: 'string' },
        'last-run-id': { type: 'string' },
        update: { type: 'string' },
        'update-file': { type: 'string' },
        'append-history': { type: 'string', multiple: true },
        key: { type: 'string' },
        'encryption-key': { type: 'string' },
        'sensitive-fields': { type: 'string' },
        'history-limit': { type: 'string' },
        'allow-unsigned': { type: 'boolean' }
    });
    const input = (0,external_node_path_.resolve)(io.cwd, (0,args/* required */.mw)(values, 'input'));
    if (!(0,external_node_fs_.existsSync)(input))
        throw new errors/* HeeError */.RA('cli.missing', `${input} does not exist (create it with \`hee capsule init\`)`);
    const raw = await updateObject(io, values.update, values['update-file']);
    if (values.status)
        raw.status = values.status;
    if (values['last-run-id'])
        raw.last_run_id = Number(values['last-run-id']);
    if (values['append-history']?.length) {
        raw.append_history = [
            ...(raw.append_history ?? []),
            ...values['append-history'].map((spec) => {
                const [pattern_id, outcome, rb] = spec.split(':');
                if (!pattern_id || !['ok', 'fail'].includes(outcome ?? '')) {
                    throw new args/* UsageError */.eb(`--append-history ${spec}: expected PATTERN:ok|fail[:rollback]`);
                }
                return { pattern_id, success: outcome === 'ok', rollback: rb === 'rollback' };
            })
        ];
    }
    const upd = (0,update/* parseUpdate */.j9)(raw);
    const key = await keyOf(io, values.key);
    const encryptionKey = await encryptionKeyOf(io, values['encryption-key']);
    const output = values.output ? (0,external_node_path_.resolve)(io.cwd, values.output) : input;
    // Writers of one file take turns: each reads the version the one before it wrote, so every
    // update lands as its own version of one chain. The input is read, checked and updated
    // under the lock, and the output is written once, atomically, after every check passed.
    const { capsule, previous } = await withFileLock(output, () => withInputLock(input, output, async () => {
        const prev = await (0,store/* readCapsuleFile */.U4)(input);
        return (0,update_file/* updateCapsuleFile */.l)({
            path: output,
            source: input,
            refuseOlder: output !== input,
            update: upd,
            meta: {
                repository: prev.repository,
                workflow: prev.workflow,
                runId: Number(io.env.GITHUB_RUN_ID) || prev.run_id
            },
            signingKey: key,
            encryptionKey,
            sensitiveFields: values['sensitive-fields']
                ?.split(',')
                .map((s) => s.trim())
                .filter(Boolean),
            requireSignature: !values['allow-unsigned'],
            historyLimit: values['history-limit'] ? Number(values['history-limit']) : undefined
        });
    }));
    io.stdout(`updated ${output}: version ${previous?.version} → ${capsule.version}, status ${capsule.body.monitoring_state.current_status}\n`);
    return 0;
};
/** Also holds the input's lock when the output is another file, so the input is read as one version. */
function withInputLock(input, output, fn) {
    return input === output ? fn() : withFileLock(input, fn);
}
const capsule_validate = async (argv, io) => {
    const { values } = (0,args/* parse */.qg)(argv, {
        input: { type: 'string' },
        'verify-key': { type: 'string' },
        previous: { type: 'string' },
        'encryption-key': { type: 'string' },
        'allow-unsigned': { type: 'boolean' }
    });
    const input = (0,external_node_path_.resolve)(io.cwd, (0,args/* required */.mw)(values, 'input'));
    try {
        const capsule = await (0,store/* readCapsuleFile */.U4)(input);
        const key = await keyOf(io, values['verify-key']);
        const notes = [];
        if (key) {
            const { keyId } = (0,capsule_open/* openCapsule */.y)(capsule, {
                verifyKeys: [key],
                encryptionKey: await encryptionKeyOf(io, values['encryption-key']),
                requireSignature: !values['allow-unsigned']
            });
            notes.push(capsule.signature ? `signature ok (${capsule.signature.alg}, key ${keyId})` : 'unsigned (allowed)');
        }
        else if (capsule.signature && !values['allow-unsigned']) {
            throw new errors/* HeeError */.RA('capsule.key', 'the capsule is signed but no --verify-key was given: signature not checked');
        }
        else if (!capsule.signature && !values['allow-unsigned']) {
            throw new errors/* HeeError */.RA('capsule.unsigned', 'the capsule is not signed (pass --allow-unsigned to accept it)');
        }
        else {
            notes.push('signature not checked');
        }
        if (values.previous) {
            const previous = await (0,store/* readCapsuleFile */.U4)((0,external_node_path_.resolve)(io.cwd, values.previous));
            if (!(0,validate/* checkSuccession */.w)(previous, capsule).linked) {
                // Newer, but not the direct successor: nothing vouches that the versions between exist.
                throw new errors/* HeeError */.RA('capsule.chain', `the chain is not linked: version ${capsule.version} does not directly follow version ${previous.version} ` +
                    `(${capsule.version - previous.version - 1} version(s) between are missing), only the order was checked`, { hint: `pass version ${capsule.version - 1} as --previous to check the link` });
            }
            notes.push(`chain ok (version ${capsule.version} follows version ${previous.version})`);
        }
        io.stdout(`valid: ${input} version ${capsule.version}, status ${capsule.body.monitoring_state.current_status}; ${notes.join('; ')}\n`);
        return 0;
    }
    catch (e) {
        if (!(e instanceof errors/* HeeError */.RA))
            throw e;
        io.stderr(`invalid: ${input}: ${(0,errors/* describeError */.Uc)(e)} [${e.code}]\n`);
        return 1;
    }
};
const report = async (argv, io) => {
    const { values } = (0,args/* parse */.qg)(argv, {
        input: { type: 'string' },
        output: { type: 'string' },
        'verify-key': { type: 'string' },
        'encryption-key': { type: 'string' }
    });
    let capsule = await (0,store/* readCapsuleFile */.U4)((0,external_node_path_.resolve)(io.cwd, (0,args/* required */.mw)(values, 'input')));
    const key = await keyOf(io, values['verify-key']);
    if (key) {
        capsule = (0,capsule_open/* openCapsule */.y)(capsule, {
            verifyKeys: [key],
            encryptionKey: await encryptionKeyOf(io, values['encryption-key']),
            requireSignature: true
        }).capsule;
    }
    const md = renderReport(capsule);
    if (values.output) {
        const out = (0,external_node_path_.resolve)(io.cwd, values.output);
        await (0,store/* writeTextAtomic */.Q)(out, md, (code) => `cannot write --output ${out}: ${fileProblem({ code }, true)}`).catch((e) => {
            throw e instanceof errors/* HeeError */.RA ? new errors/* ConfigurationError */.j1(e.message, { cause: e }) : e;
        });
        io.stdout(`wrote ${out}\n`);
    }
    else
        io.stdout(md);
    return 0;
};
const keygen = async (argv, io) => {
    const { values } = (0,args/* parse */.qg)(argv, { private: { type: 'string' }, public: { type: 'string' } });
    const priv = (0,external_node_path_.resolve)(io.cwd, (0,args/* required */.mw)(values, 'private'));
    const pub = (0,external_node_path_.resolve)(io.cwd, (0,args/* required */.mw)(values, 'public'));
    for (const f of [priv, pub])
        if ((0,external_node_fs_.existsSync)(f))
            throw new errors/* HeeError */.RA('cli.exists', `${f} exists already; refusing to overwrite a key`);
    const pair = (0,keys/* generateEd25519 */.bY)();
    await writeOptionFile('private', priv, pair.privatePem, { mode: 0o600, exclusive: true });
    try {
        await writeOptionFile('public', pub, pair.publicPem, { exclusive: true });
    }
    catch (e) {
        // No half of a pair is left behind.
        await (0,promises_.unlink)(priv).catch(() => undefined);
        throw e;
    }
    io.stdout(`wrote ${priv} (keep secret) and ${pub} (key id ${pair.keyId})\n`);
    return 0;
};
const VERBS = { init, update: capsule_update, validate: capsule_validate, report, keygen };
/** `hee capsule <verb> …` */
const capsuleCommand = async (argv, io) => {
    const [verb, ...rest] = argv;
    const cmd = verb ? VERBS[verb] : undefined;
    if (!cmd)
        throw new args/* UsageError */.eb(verb ? `unknown capsule verb: ${verb}` : 'a capsule verb is required');
    return cmd(rest, io);
};


/***/ }),

/***/ 55756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PRE_COMMIT_USAGE: () => (/* binding */ PRE_COMMIT_USAGE),
/* harmony export */   preCommitCommand: () => (/* binding */ preCommitCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _hee_core_autofix_guard__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90203);
/* harmony import */ var _hee_core_autofix_guard__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(21751);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(69583);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(37638);
/* harmony import */ var _hee_core_exec__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32433);
/* harmony import */ var _hee_core_exec__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(60895);
/* harmony import */ var _hee_core_git__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85923);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27109);
/* harmony import */ var _capsule_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28494);








const PRE_COMMIT_USAGE = `usage:
  hee pre-commit check [--state-capsule F]
  hee pre-commit fix
  hee pre-commit validate-capsule [--verify-key FILE] [--allow-unsigned] FILE…

The commands behind the hooks of .pre-commit-hooks.yaml; each reads what is staged, never the
work tree, and changes nothing.

  check              refuses a staged change that silences a check instead of fixing it (an
                     added #[allow], eslint-disable, @ts-ignore, # noqa, .skip, a deleted test,
                     a loosened lint or coverage threshold, continue-on-error, || true in CI
                     scripts…), naming the file and line: the same guard auto-fix answers to.
                     With --state-capsule F (when the file exists) it also prints the capsule's
                     status and the failures CI has open, so a commit can say what it fixes.
  fix                the safe fixes on the staged files, with the project's own tools where it
                     has them: rustfmt (the crate's edition), prettier and eslint --fix from its
                     node_modules, ruff or black on PATH. Files it changed are listed to be
                     staged again (exit 1, as pre-commit expects of a hook that fixed files); a
                     tool's output that would silence a check is undone.
  validate-capsule   validates each capsule file given (signature with --verify-key, structure,
                     state rules); pre-commit passes the staged capsule files.

Exit 0 when every check passed, 1 when one refused, 2 on a usage error.`;
/** Guard rules about edits a person makes on purpose (auto-fix may not, a commit may). */
const HUMAN_EDITS = new Set([
    'file-deleted',
    'file-emptied',
    'test-removed',
    'assertion-removed',
    'config-changed',
    'header-text-lost',
    'snapshot-deleted'
]);
// The tree of an empty repository: what a first commit is compared against.
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const check = async (argv, io) => {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(argv, { 'state-capsule': { type: 'string' } });
    const git = new _hee_core_git__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .T((0,_hee_core_exec__WEBPACK_IMPORTED_MODULE_5__/* .createNodeExec */ .k)(), io.cwd, { env: io.env });
    let top;
    try {
        top = await git.topLevel();
    }
    catch {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${io.cwd} is not inside a git work tree`);
    }
    const repo = git.at(top);
    const base = (await repo.tryRevParse('HEAD')) ?? EMPTY_TREE;
    const diff = await repo.diff(base, { cached: true, binary: false });
    const verdict = (0,_hee_core_autofix_guard__WEBPACK_IMPORTED_MODULE_6__/* .checkDiff */ .S)(diff);
    // A person may delete, move and reorganise files, tests and configs; what the hook refuses is
    // the silencing itself: suppressions, skipped tests and loosened thresholds.
    const violations = verdict.ok ? [] : verdict.violations.filter((v) => !HUMAN_EDITS.has(v.rule));
    if (values['state-capsule'])
        await describeCapsule(io, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values['state-capsule']));
    if (violations.length > 0) {
        io.stderr(`hee: the staged change silences a check instead of fixing it:\n${(0,_hee_core_autofix_guard__WEBPACK_IMPORTED_MODULE_7__/* .formatViolations */ .w)(violations)}\n` +
            `Fix the cause, or commit with --no-verify if the suppression is deliberate and reviewed.\n`);
        return 1;
    }
    io.stdout('hee: staged change adds no suppression\n');
    return 0;
};
/** Prints the capsule's status and open incidents; a capsule that is not there is not an error. */
async function describeCapsule(io, file) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        io.stdout(`hee: no capsule at ${file}; CI state not shown\n`);
        return;
    }
    try {
        const capsule = await (0,_hee_core__WEBPACK_IMPORTED_MODULE_8__/* .readCapsuleFile */ .U4)(file);
        const state = capsule.body.monitoring_state;
        const incidents = Object.values(state.incidents ?? {});
        io.stdout(`hee: CI status ${state.current_status} (capsule version ${capsule.version})\n`);
        for (const i of incidents)
            io.stdout(`  open: ${i.pattern} in ${i.workflow} since ${i.since} (${i.runs} run(s), ${i.severity})\n`);
    }
    catch (e) {
        if (!(e instanceof _hee_core__WEBPACK_IMPORTED_MODULE_9__/* .HeeError */ .RA))
            throw e;
        io.stderr(`hee: capsule ${file} not readable (${e.message}); CI state not shown\n`);
    }
}
const validateCapsules = async (argv, io) => {
    const files = [];
    const flags = [];
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--verify-key' || a === '--encryption-key') {
            const v = argv[++i];
            if (v === undefined)
                throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${a} needs a file`);
            flags.push(a, v);
        }
        else if (a === '--allow-unsigned')
            flags.push(a);
        else if (a.startsWith('-'))
            throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`unknown option ${a}`);
        else
            files.push(a);
    }
    let status = 0;
    for (const f of files)
        status = Math.max(status, await (0,_capsule_js__WEBPACK_IMPORTED_MODULE_3__.capsuleCommand)(['validate', '--input', f, ...flags], io));
    if (files.length === 0)
        io.stdout('hee: no capsule file staged\n');
    return status;
};
const localBin = (root, name) => {
    const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'node_modules', '.bin', name);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p) ? p : undefined;
};
const FIXERS = [
    {
        name: 'rustfmt',
        files: /\.rs$/,
        command: (root) => {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'Cargo.toml')))
                return undefined;
            const edition = /^\s*edition\s*=\s*"(\d{4})"/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'Cargo.toml'), 'utf8'))?.[1] ?? '2015';
            return ['rustfmt', ['--edition', edition]];
        }
    },
    {
        name: 'eslint --fix',
        files: /\.(?:[cm]?[jt]sx?)$/,
        command: (root) => {
            const bin = localBin(root, 'eslint');
            return bin ? [bin, ['--fix', '--no-warn-ignored']] : undefined;
        }
    },
    {
        name: 'prettier --write',
        files: /\.(?:[cm]?[jt]sx?|json|css|scss|md|ya?ml|html|vue)$/,
        command: (root) => {
            const bin = localBin(root, 'prettier');
            return bin ? [bin, ['--write', '--ignore-unknown', '--log-level', 'warn']] : undefined;
        }
    },
    { name: 'ruff format', files: /\.pyi?$/, command: () => ['ruff', ['format', '--quiet']] },
    { name: 'black', files: /\.pyi?$/, command: () => ['black', ['--quiet']] }
];
const fix = async (argv, io) => {
    (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(argv, {});
    const exec = (0,_hee_core_exec__WEBPACK_IMPORTED_MODULE_5__/* .createNodeExec */ .k)();
    const git = new _hee_core_git__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .T(exec, io.cwd, { env: io.env });
    const root = await git.topLevel().catch(() => {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${io.cwd} is not inside a git work tree`);
    });
    const repo = git.at(root);
    const staged = (await repo.run(['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z'])).stdout
        .split('\0')
        .filter(Boolean);
    const before = new Map(staged.map((f) => [f, contentOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, f))]));
    const env = (0,_hee_core_exec__WEBPACK_IMPORTED_MODULE_10__/* .toolEnv */ .o)(io.env);
    let python = false;
    for (const fixer of FIXERS) {
        const files = staged.filter((f) => fixer.files.test(f));
        if (files.length === 0)
            continue;
        // One Python formatter: ruff when installed, else black.
        if (fixer.files.test('x.py') && python)
            continue;
        const cmd = fixer.command(root);
        if (!cmd)
            continue;
        const r = await exec(cmd[0], [...cmd[1], ...files], { cwd: root, env, timeoutMs: 300_000, progress: {} });
        if (r.notFound)
            continue;
        if (fixer.files.test('x.py'))
            python = true;
        if (r.code !== 0)
            io.stderr(`hee: ${fixer.name} left problems it cannot fix:\n${(r.stdout + r.stderr).trim()}\n`);
    }
    const changed = staged.filter((f) => !same(contentOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, f)), before.get(f)));
    if (changed.length === 0) {
        io.stdout('hee: the staged files need no safe fix\n');
        return 0;
    }
    // A fixer's change is held to the guard like any fix; one that silences a check is undone.
    const verdict = (0,_hee_core_autofix_guard__WEBPACK_IMPORTED_MODULE_6__/* .checkDiff */ .S)((await repo.run(['diff', '--no-ext-diff', '--', ...changed])).stdout);
    if (!verdict.ok) {
        for (const f of changed)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, f), before.get(f) ?? Buffer.alloc(0));
        io.stderr(`hee: a fixer's change would silence a check and was undone:\n${(0,_hee_core_autofix_guard__WEBPACK_IMPORTED_MODULE_7__/* .formatViolations */ .w)(verdict.violations)}\n`);
        return 1;
    }
    io.stdout(`hee: fixed ${changed.length} staged file(s); review and stage them again:\n${changed.map((f) => `  ${f}\n`).join('')}`);
    return 1;
};
function contentOf(path) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path) : undefined;
}
const same = (a, b) => a === undefined || b === undefined ? a === b : a.equals(b);
const VERBS = { check, fix, 'validate-capsule': validateCapsules };
/** `hee pre-commit <verb> …` */
const preCommitCommand = async (argv, io) => {
    const [verb, ...rest] = argv;
    const run = verb ? VERBS[verb] : undefined;
    if (!run)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(verb ? `unknown pre-commit command '${verb}'` : 'a pre-commit command is required');
    return run(rest, io);
};


/***/ }),

/***/ 86210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ BoundedOutput),
/* harmony export */   n: () => (/* binding */ DEFAULT_MAX_OUTPUT_BYTES)
/* harmony export */ });
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);

/** Default in-memory cap per stream: enough for any lint report, bounded for a runaway build. */
const DEFAULT_MAX_OUTPUT_BYTES = 8 * 1024 * 1024;
/**
 * Collects one stream's bytes up to a cap. Past the cap it keeps the head (what started the
 * trouble) and the tail (how it ended, where tools print their summary) and drops the middle,
 * so memory stays bounded however much a command prints.
 */
class BoundedOutput {
    headCap;
    tailCap;
    head = [];
    headBytes = 0;
    tail = [];
    tailBytes = 0;
    dropped = 0;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    constructor(maxBytes = DEFAULT_MAX_OUTPUT_BYTES) {
        this.headCap = Math.floor(maxBytes / 4);
        this.tailCap = maxBytes - this.headCap;
    }
    /** Adds a chunk; returns its text for streaming to a progress sink. */
    push(chunk) {
        let rest = chunk;
        if (this.headBytes < this.headCap) {
            const take = Math.min(this.headCap - this.headBytes, rest.length);
            this.head.push(rest.subarray(0, take));
            this.headBytes += take;
            rest = rest.subarray(take);
        }
        if (rest.length > 0) {
            this.tail.push(rest);
            this.tailBytes += rest.length;
            while (this.tailBytes > this.tailCap) {
                const first = this.tail[0];
                const over = this.tailBytes - this.tailCap;
                if (first.length <= over) {
                    this.tail.shift();
                    this.tailBytes -= first.length;
                    this.dropped += first.length;
                }
                else {
                    this.tail[0] = first.subarray(over);
                    this.tailBytes -= over;
                    this.dropped += over;
                }
            }
        }
        return this.decoder.write(chunk);
    }
    /** Whatever text the decoder still holds (an incomplete character at the very end). */
    flush() {
        return this.decoder.end();
    }
    get truncated() {
        return this.dropped > 0;
    }
    /** The kept text; a marker line says how much of the middle was dropped. */
    text() {
        const head = Buffer.concat(this.head).toString('utf8');
        const tail = Buffer.concat(this.tail).toString('utf8');
        if (this.dropped === 0)
            return head + tail;
        return `${head}\n… [${this.dropped} bytes of output omitted] …\n${tail}`;
    }
}


/***/ }),

/***/ 32433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ createNodeExec)
/* harmony export */ });
/* unused harmony export killAllRunning */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bounded_output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86210);



const POSIX = process.platform !== 'win32';
// Process groups still running. Each command is its own group leader (detached), so the
// terminal's Ctrl-C does not reach it: this process ends them when it exits.
const liveGroups = new Set();
let exitHookInstalled = false;
function installExitHook() {
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.on('exit', () => {
        for (const pid of liveGroups)
            killGroup(pid, 'SIGKILL');
    });
}
function killGroup(pid, signal) {
    try {
        // A negative pid addresses the whole process group: cargo's rustc children, npm's node.
        process.kill(POSIX ? -pid : pid, signal);
    }
    catch {
        // Already gone.
    }
}
/** Kills every command this process still has running (its whole group). For signal handlers. */
function killAllRunning(signal = 'SIGTERM') {
    for (const pid of liveGroups)
        killGroup(pid, signal);
}
/**
 * The Exec port over `node:child_process`: no shell, each command in its own process group
 * (detached) so a timeout or abort kills it with everything it started, output capped in
 * memory and streamed to the progress sink as it arrives.
 */
function createNodeExec(opts = {}) {
    const maxBytes = opts.maxOutputBytes ?? _bounded_output_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MAX_OUTPUT_BYTES */ .n;
    const grace = opts.killGraceMs ?? 5000;
    const linger = opts.lingerMs ?? 2000;
    installExitHook();
    return (command, args, o = {}) => {
        const progress = o.progress ?? opts.progress ?? {};
        const started = performance.now();
        const out = new _bounded_output_js__WEBPACK_IMPORTED_MODULE_2__/* .BoundedOutput */ .l(maxBytes);
        const err = new _bounded_output_js__WEBPACK_IMPORTED_MODULE_2__/* .BoundedOutput */ .l(maxBytes);
        progress.start?.(command, args, o.cwd);
        return new Promise((resolve) => {
            let settled = false;
            let timedOut = false;
            let aborted = false;
            let exitCode = null;
            let exitSignal = null;
            const timers = [];
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, [...args], {
                cwd: o.cwd,
                env: (o.env ?? process.env),
                detached: POSIX,
                windowsHide: true,
                stdio: [o.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
            });
            const pid = child.pid;
            if (pid !== undefined)
                liveGroups.add(pid);
            const finish = (result) => {
                if (settled)
                    return;
                settled = true;
                for (const t of timers)
                    clearTimeout(t);
                o.signal?.removeEventListener('abort', onAbort);
                if (pid !== undefined)
                    liveGroups.delete(pid);
                const tailOut = out.flush();
                const tailErr = err.flush();
                if (tailOut)
                    progress.output?.('stdout', tailOut);
                if (tailErr)
                    progress.output?.('stderr', tailErr);
                const full = {
                    ...result,
                    stdout: out.text(),
                    stderr: err.text(),
                    truncated: out.truncated || err.truncated,
                    durationMs: performance.now() - started
                };
                progress.end?.(full);
                resolve(full);
            };
            const stop = () => {
                if (pid === undefined)
                    return;
                killGroup(pid, 'SIGTERM');
                timers.push(setTimeout(() => killGroup(pid, 'SIGKILL'), grace).unref());
            };
            const onAbort = () => {
                aborted = true;
                stop();
            };
            child.stdout.on('data', (c) => {
                const t = out.push(c);
                if (t)
                    progress.output?.('stdout', t);
            });
            child.stderr.on('data', (c) => {
                const t = err.push(c);
                if (t)
                    progress.output?.('stderr', t);
            });
            if (o.input !== undefined && child.stdin) {
                // A command that exits without reading its input closes the pipe: not our failure.
                child.stdin.on('error', () => undefined);
                child.stdin.end(o.input);
            }
            child.on('error', (e) => {
                // spawn failures (ENOENT, EACCES) arrive here and no exit follows.
                if (exitCode !== null || exitSignal !== null)
                    return;
                err.push(Buffer.from(`${command}: ${e.code === 'ENOENT' ? 'command not found' : e.message}\n`));
                finish({ code: 127, timedOut, aborted, notFound: true });
            });
            child.on('exit', (code, signal) => {
                exitCode = code;
                exitSignal = signal;
                // The leader is gone; anything of its group still holding the pipes is killed soon.
                timers.push(setTimeout(() => {
                    if (pid !== undefined)
                        killGroup(pid, 'SIGKILL');
                    child.stdout?.destroy();
                    child.stderr?.destroy();
                    done();
                }, linger).unref());
            });
            const done = () => {
                const signalNumber = exitSignal ? (node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[exitSignal] ?? 0) : 0;
                finish({
                    code: exitCode ?? (exitSignal ? 128 + signalNumber : 1),
                    ...(exitSignal ? { signal: exitSignal } : {}),
                    timedOut,
                    aborted,
                    notFound: false
                });
            };
            child.on('close', () => {
                if (exitCode === null && exitSignal === null)
                    return;
                // The pipes are closed; leftover group members (if any) are killed all the same.
                if (pid !== undefined)
                    killGroup(pid, 'SIGKILL');
                done();
            });
            if (o.timeoutMs !== undefined && o.timeoutMs > 0) {
                timers.push(setTimeout(() => {
                    timedOut = true;
                    stop();
                }, o.timeoutMs));
            }
            if (o.signal) {
                if (o.signal.aborted)
                    onAbort();
                else
                    o.signal.addEventListener('abort', onAbort, { once: true });
            }
        });
    };
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

//# sourceMappingURL=756.index.mjs.map