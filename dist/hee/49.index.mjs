export const id = 49;
export const ids = [49];
export const modules = {

/***/ 27109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

/** Thrown for a usage mistake: the CLI prints it with the command's usage and exits 2. */
class UsageError extends Error {
}
/** parseArgs with strict checking, turning its errors into one-line usage errors. */
function parse(argv, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, strict: true, allowPositionals: false });
    }
    catch (e) {
        throw new UsageError(e.message.split('\n')[0]);
    }
}
/** The value of a required option, or a usage error naming it. */
function required(values, name) {
    const v = values[name];
    if (typeof v !== 'string' || v === '')
        throw new UsageError(`--${name} is required`);
    return v;
}


/***/ }),

/***/ 2049:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _hee_core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27109);
// Only the error helpers load up front: each verb pulls in its own engines on demand.


const VERSION = '1.0.0';
const USAGE = `hee ${VERSION} — HEE CI on the command line

usage: hee <command> [options]

  analyze   --log FILE [--format json|text] [--patterns FILE]   classify one CI log offline
  capsule   init | update | validate | report | keygen           the state capsule
  coverage  analyze --report FILE… [--spec DIR] [--prompts GLOB]   HEE coverage metrics, gaps, gate
  monitor   [--repo o/n] [--run-id N] [--watch] …                watch a repository's CI

Run \`hee <command> --help\` for a command's options.`;
// Each verb is loaded on demand so `hee analyze` starts without the capsule or API code.
const COMMANDS = {
    analyze: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(815), __webpack_require__.e(856), __webpack_require__.e(218), __webpack_require__.e(355)]).then(__webpack_require__.bind(__webpack_require__, 78355));
        return { command: m.analyzeCommand, usage: m.ANALYZE_USAGE };
    },
    capsule: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(892), __webpack_require__.e(289), __webpack_require__.e(876)]).then(__webpack_require__.bind(__webpack_require__, 49876));
        return { command: m.capsuleCommand, usage: m.CAPSULE_USAGE };
    },
    coverage: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(815), __webpack_require__.e(511), __webpack_require__.e(211)]).then(__webpack_require__.bind(__webpack_require__, 70211));
        return { command: m.coverageCommand, usage: m.COVERAGE_USAGE };
    },
    monitor: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(892), __webpack_require__.e(392), __webpack_require__.e(815), __webpack_require__.e(856), __webpack_require__.e(30), __webpack_require__.e(289), __webpack_require__.e(218), __webpack_require__.e(376), __webpack_require__.e(62)]).then(__webpack_require__.bind(__webpack_require__, 95611));
        return { command: m.monitorCommand, usage: m.MONITOR_USAGE };
    }
};
/** Runs the CLI and returns its exit code: 0 ok, 1 a failed check, 2 a usage or input error. */
async function main(argv, io) {
    const [verb, ...rest] = argv;
    if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
        io.stdout(USAGE + '\n');
        return verb ? 0 : 2;
    }
    if (verb === '--version' || verb === '-v') {
        io.stdout(`${VERSION}\n`);
        return 0;
    }
    const load = COMMANDS[verb];
    if (!load) {
        io.stderr(`hee: unknown command '${verb}'\n\n${USAGE}\n`);
        return 2;
    }
    const { command, usage } = await load();
    if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout(usage + '\n');
        return 0;
    }
    try {
        return await command(rest, io);
    }
    catch (e) {
        if (e instanceof _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb) {
            io.stderr(`hee ${verb}: ${e.message}\n\n${usage}\n`);
            return 2;
        }
        if ((0,_hee_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(e)) {
            io.stderr(`hee ${verb}: ${(0,_hee_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(e)}\n`);
            return 2;
        }
        if (e instanceof SyntaxError) {
            io.stderr(`hee ${verb}: ${e.message}\n`);
            return 2;
        }
        throw e;
    }
}
const io = {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env
};
process.exitCode = await main(process.argv.slice(2), io);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 37638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RA: () => (/* binding */ HeeError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/**
 * Errors the user can act on. An action or the CLI prints `message` (and `hint`) as one
 * line and exits non-zero; anything that is not a HeeError is a bug and keeps its stack.
 */
class HeeError extends Error {
    /** Stable machine-readable code, e.g. `capsule.signature`, `input.invalid`. */
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
/** A wrong input or setting: the message names the input. */
class ConfigurationError extends HeeError {
    constructor(message, options) {
        super('config', message, options);
        this.name = 'ConfigurationError';
    }
}
/** True for errors whose message is meant for the user (no stack needed). */
function isUserError(e) {
    return e instanceof HeeError;
}
/** One line for a person: the message, then the hint if any. */
function describeError(e) {
    if (e instanceof HeeError)
        return e.hint ? `${e.message} (${e.hint})` : e.message;
    if (e instanceof Error)
        return e.stack ?? e.message;
    return String(e);
}


/***/ })

};

//# sourceMappingURL=49.index.mjs.map