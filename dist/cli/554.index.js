export const id = 554;
export const ids = [554];
export const modules = {

/***/ 3554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CAPSULE_USAGE: () => (/* binding */ CAPSULE_USAGE),
/* harmony export */   capsuleCommand: () => (/* binding */ capsuleCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9261);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7109);





const CAPSULE_USAGE = `usage:
  hee capsule init     --output F [--key FILE] [--repo owner/name] [--workflow NAME] [--run-id N]
  hee capsule update   --input F [--output F] [--status S] [--last-run-id N] [--update JSON | --update-file F]
                       [--append-history PATTERN:ok|fail[:rollback]] [--key FILE] [--encryption-key FILE]
                       [--sensitive-fields PTR,PTR] [--history-limit N] [--allow-unsigned]
  hee capsule validate --input F [--verify-key FILE] [--previous F] [--encryption-key FILE] [--allow-unsigned]
  hee capsule report   --input F [--output report.md] [--verify-key FILE] [--encryption-key FILE]
  hee capsule keygen   --private FILE --public FILE
A key file holds an Ed25519 PEM key (openssl genpkey -algorithm ed25519) or an HMAC secret.`;
const keyOf = async (io, file) => typeof file === 'string' && file ? (0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .readKeyFile */ .mlf)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, file)) : undefined;
const encryptionKeyOf = async (io, file) => typeof file === 'string' && file
    ? (0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .parseEncryptionKey */ ._89)((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, file), 'utf8')).trim())
    : undefined;
const init = async (argv, io) => {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(argv, {
        output: { type: 'string' },
        key: { type: 'string' },
        repo: { type: 'string' },
        workflow: { type: 'string' },
        'run-id': { type: 'string' }
    });
    const output = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .required */ .mw)(values, 'output'));
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(output))
        throw new _hee_core__WEBPACK_IMPORTED_MODULE_3__/* .HeeError */ .RAR('cli.exists', `${output} exists already; refusing to overwrite a capsule`);
    const key = await keyOf(io, values.key);
    const capsule = (0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .createCapsule */ .qY6)({
        repository: values.repo ?? io.env.GITHUB_REPOSITORY ?? 'local/repository',
        workflow: values.workflow ?? io.env.GITHUB_WORKFLOW ?? 'local',
        runId: Number(values['run-id'] ?? io.env.GITHUB_RUN_ID ?? 0) || 1,
        now: new Date()
    });
    await (0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .writeCapsuleFile */ .T7y)(output, key ? (0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .sealCapsule */ .z_7)(capsule, { signingKey: key }) : capsule);
    io.stdout(`created ${output}: version ${capsule.version}, status operational${key ? `, signed (${key.keyId})` : ', unsigned'}\n`);
    return 0;
};
const update = async (argv, io) => {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(argv, {
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
    const input = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .required */ .mw)(values, 'input'));
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(input))
        throw new _hee_core__WEBPACK_IMPORTED_MODULE_3__/* .HeeError */ .RAR('cli.missing', `${input} does not exist (create it with \`hee capsule init\`)`);
    const raw = values.update
        ? JSON.parse(values.update)
        : values['update-file']
            ? JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values['update-file']), 'utf8'))
            : {};
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
                    throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--append-history ${spec}: expected PATTERN:ok|fail[:rollback]`);
                }
                return { pattern_id, success: outcome === 'ok', rollback: rb === 'rollback' };
            })
        ];
    }
    const upd = (0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .parseUpdate */ .j9G)(raw);
    const key = await keyOf(io, values.key);
    const output = values.output ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.output) : input;
    if (output !== input)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(output, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(input));
    const prev = await (0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .readCapsuleFile */ .U4Z)(output);
    const { capsule } = await (0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .updateCapsuleFile */ .lQP)({
        path: output,
        update: upd,
        meta: { repository: prev.repository, workflow: prev.workflow, runId: Number(io.env.GITHUB_RUN_ID) || prev.run_id },
        signingKey: key,
        encryptionKey: await encryptionKeyOf(io, values['encryption-key']),
        sensitiveFields: values['sensitive-fields']
            ?.split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        requireSignature: !values['allow-unsigned'],
        historyLimit: values['history-limit'] ? Number(values['history-limit']) : undefined
    });
    io.stdout(`updated ${output}: version ${prev.version} → ${capsule.version}, status ${capsule.body.monitoring_state.current_status}\n`);
    return 0;
};
const validate = async (argv, io) => {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(argv, {
        input: { type: 'string' },
        'verify-key': { type: 'string' },
        previous: { type: 'string' },
        'encryption-key': { type: 'string' },
        'allow-unsigned': { type: 'boolean' }
    });
    const input = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .required */ .mw)(values, 'input'));
    try {
        const capsule = await (0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .readCapsuleFile */ .U4Z)(input);
        const key = await keyOf(io, values['verify-key']);
        const notes = [];
        if (key) {
            const { keyId } = (0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .openCapsule */ .yut)(capsule, {
                verifyKeys: [key],
                encryptionKey: await encryptionKeyOf(io, values['encryption-key']),
                requireSignature: !values['allow-unsigned']
            });
            notes.push(capsule.signature ? `signature ok (${capsule.signature.alg}, key ${keyId})` : 'unsigned (allowed)');
        }
        else if (capsule.signature && !values['allow-unsigned']) {
            throw new _hee_core__WEBPACK_IMPORTED_MODULE_3__/* .HeeError */ .RAR('capsule.key', 'the capsule is signed but no --verify-key was given: signature not checked');
        }
        else if (!capsule.signature && !values['allow-unsigned']) {
            throw new _hee_core__WEBPACK_IMPORTED_MODULE_3__/* .HeeError */ .RAR('capsule.unsigned', 'the capsule is not signed (pass --allow-unsigned to accept it)');
        }
        else {
            notes.push('signature not checked');
        }
        if (values.previous) {
            (0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .checkSuccession */ .wrZ)(await (0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .readCapsuleFile */ .U4Z)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.previous)), capsule);
            notes.push('chain ok');
        }
        io.stdout(`valid: ${input} version ${capsule.version}, status ${capsule.body.monitoring_state.current_status}; ${notes.join('; ')}\n`);
        return 0;
    }
    catch (e) {
        if (!(e instanceof _hee_core__WEBPACK_IMPORTED_MODULE_3__/* .HeeError */ .RAR))
            throw e;
        io.stderr(`invalid: ${input}: ${(0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .UcH)(e)} [${e.code}]\n`);
        return 1;
    }
};
const report = async (argv, io) => {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(argv, {
        input: { type: 'string' },
        output: { type: 'string' },
        'verify-key': { type: 'string' },
        'encryption-key': { type: 'string' }
    });
    let capsule = await (0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .readCapsuleFile */ .U4Z)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .required */ .mw)(values, 'input')));
    const key = await keyOf(io, values['verify-key']);
    if (key) {
        capsule = (0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .openCapsule */ .yut)(capsule, {
            verifyKeys: [key],
            encryptionKey: await encryptionKeyOf(io, values['encryption-key']),
            requireSignature: true
        }).capsule;
    }
    const md = (0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .renderReport */ .B1q)(capsule);
    if (values.output) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.output), md);
        io.stdout(`wrote ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.output)}\n`);
    }
    else
        io.stdout(md);
    return 0;
};
const keygen = async (argv, io) => {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(argv, { private: { type: 'string' }, public: { type: 'string' } });
    const priv = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .required */ .mw)(values, 'private'));
    const pub = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .required */ .mw)(values, 'public'));
    for (const f of [priv, pub])
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f))
            throw new _hee_core__WEBPACK_IMPORTED_MODULE_3__/* .HeeError */ .RAR('cli.exists', `${f} exists already; refusing to overwrite a key`);
    const pair = (0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .generateEd25519 */ .bYx)();
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(priv, pair.privatePem, { mode: 0o600 });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(pub, pair.publicPem);
    io.stdout(`wrote ${priv} (keep secret) and ${pub} (key id ${pair.keyId})\n`);
    return 0;
};
const VERBS = { init, update, validate, report, keygen };
/** `hee capsule <verb> …` */
const capsuleCommand = async (argv, io) => {
    const [verb, ...rest] = argv;
    const cmd = verb ? VERBS[verb] : undefined;
    if (!cmd)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(verb ? `unknown capsule verb: ${verb}` : 'a capsule verb is required');
    return cmd(rest, io);
};


/***/ })

};
