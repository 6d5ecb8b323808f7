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

/***/ 68552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* unused harmony export COMMANDS */
/* harmony import */ var _hee_core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27109);
// Only the error helpers load up front: each verb pulls in its own engines on demand.


const VERSION = '1.0.0';
const USAGE = `hee ${VERSION} — HEE CI on the command line

usage: hee <command> [options]

  analyze   --log FILE [--format json|text] [--patterns FILE]   classify one CI log offline
  auto-fix  --workdir DIR (--log FILE | --findings FILE) [--dry-run] …   fix, prove, commit to a local branch
  capsule   init | update | validate | report | keygen           the state capsule
  coverage  analyze --report FILE… [--spec DIR] [--prompts GLOB]   HEE coverage metrics, gaps, gate
  demo      [--keep DIR]                                         the whole story on a local GitHub stand-in
  monitor   [--repo o/n] [--run-id N] [--watch] …                watch a repository's CI
  pre-commit check | validate-capsule                           the pre-commit hooks' checks

Run \`hee <command> --help\` for a command's options. Exit codes: 0 ok, 1 a failed check or
an operational failure (network, GitHub), 2 a usage or input error. \`--debug\` (or HEE_DEBUG=1)
adds the stack to an internal error.`;
const COMMANDS = {
    analyze: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(815), __webpack_require__.e(577), __webpack_require__.e(856), __webpack_require__.e(48), __webpack_require__.e(823), __webpack_require__.e(470)]).then(__webpack_require__.bind(__webpack_require__, 35137));
        return { command: m.analyzeCommand, usage: m.ANALYZE_USAGE };
    },
    'auto-fix': async () => {
        const m = await __webpack_require__.e(/* import() */ 756).then(__webpack_require__.bind(__webpack_require__, 15756));
        return { command: m.autoFixCommand, usage: m.AUTO_FIX_USAGE };
    },
    capsule: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(704), __webpack_require__.e(744), __webpack_require__.e(648), __webpack_require__.e(289), __webpack_require__.e(494)]).then(__webpack_require__.bind(__webpack_require__, 28494));
        return { command: m.capsuleCommand, usage: m.CAPSULE_USAGE };
    },
    demo: async () => {
        const m = await __webpack_require__.e(/* import() */ 898).then(__webpack_require__.bind(__webpack_require__, 23898));
        return { command: m.demoCommand, usage: m.DEMO_USAGE };
    },
    coverage: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(815), __webpack_require__.e(497), __webpack_require__.e(585), __webpack_require__.e(538), __webpack_require__.e(244), __webpack_require__.e(175)]).then(__webpack_require__.bind(__webpack_require__, 62663));
        return { command: m.coverageCommand, usage: m.COVERAGE_USAGE };
    },
    monitor: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(704), __webpack_require__.e(815), __webpack_require__.e(392), __webpack_require__.e(577), __webpack_require__.e(856), __webpack_require__.e(497), __webpack_require__.e(585), __webpack_require__.e(30), __webpack_require__.e(289), __webpack_require__.e(48), __webpack_require__.e(780), __webpack_require__.e(823), __webpack_require__.e(538), __webpack_require__.e(592), __webpack_require__.e(244), __webpack_require__.e(466), __webpack_require__.e(958)]).then(__webpack_require__.bind(__webpack_require__, 95611));
        return { command: m.monitorCommand, usage: m.MONITOR_USAGE };
    },
    'pre-commit': async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(704), __webpack_require__.e(857), __webpack_require__.e(744), __webpack_require__.e(648), __webpack_require__.e(289), __webpack_require__.e(281), __webpack_require__.e(494), __webpack_require__.e(375)]).then(__webpack_require__.bind(__webpack_require__, 55756));
        return { command: m.preCommitCommand, usage: m.PRE_COMMIT_USAGE };
    }
};
/**
 * Runs the CLI and returns its exit code, with the failure policy the actions use
 * (`failureReport`): a user error is one line and exit 2, an operational failure one line
 * and exit 1, a bug one sentence and exit 1, its stack only under `--debug` or `HEE_DEBUG=1`.
 */
async function main(argv, io, commands = COMMANDS) {
    const debug = argv.includes('--debug') || io.env.HEE_DEBUG === '1';
    const [verb, ...rest] = argv.filter((a) => a !== '--debug');
    if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
        io.stdout(USAGE + '\n');
        return verb ? 0 : 2;
    }
    if (verb === '--version' || verb === '-v') {
        io.stdout(`${VERSION}\n`);
        return 0;
    }
    const load = commands[verb];
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
        // Commands see `--debug` as HEE_DEBUG=1, the way a child process would.
        return await command(rest, debug && io.env.HEE_DEBUG !== '1' ? { ...io, env: { ...io.env, HEE_DEBUG: '1' } } : io);
    }
    catch (e) {
        if (e instanceof _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb) {
            io.stderr(`hee ${verb}: ${e.message}\n\n${usage}\n`);
            return 2;
        }
        // JSON given on the command line (`--update`) that does not parse.
        if (e instanceof SyntaxError) {
            io.stderr(`hee ${verb}: ${e.message}\n`);
            return 2;
        }
        const report = (0,_hee_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .failureReport */ .LK)(e);
        io.stderr(`hee ${verb}: ${report.line}\n`);
        if (report.stack)
            io.stderr(debug ? `${report.stack}\n` : 'run again with --debug (or HEE_DEBUG=1) to see where it happened\n');
        return report.kind === 'user' ? 2 : 1;
    }
}


/***/ }),

/***/ 2049:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68552);
// The `hee` entry: everything happens in `main`, which returns the exit code.

// A reader that went away (`hee … | head`) ends the output, as for any Unix tool: no stack trace.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e) => {
        if (e.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw e;
    });
}
const io = {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env
};
process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), io);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

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


/***/ })

};

//# sourceMappingURL=49.index.mjs.map