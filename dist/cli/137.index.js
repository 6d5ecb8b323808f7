export const id = 137;
export const ids = [137];
export const modules = {

/***/ 5137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANALYZE_USAGE: () => (/* binding */ ANALYZE_USAGE),
/* harmony export */   analyzeCommand: () => (/* binding */ analyzeCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_src_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _core_src_diagnosis_baseline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9512);
/* harmony import */ var _core_src_diagnosis_catalogue_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3626);
/* harmony import */ var _core_src_diagnosis_log_classifier_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5218);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7109);








const ANALYZE_USAGE = `usage: hee analyze --log FILE [--format json|text] [--patterns FILE] [--baseline FILE]

Classify one CI log offline (GitHub Actions, Travis, Jenkins, Maven, plain tool output).

  --log FILE        the log to read (streamed; any size)
  --format F        json: {"findings":[…]} most significant first; text (default): for a person
  --patterns FILE   a hee-patterns.yml overriding or extending the built-in catalogue
  --baseline FILE   a passing log of the same job: lines it printed too are noise, not the cause

Exit 0 when the log was read (findings or not), 2 on a usage error or an unreadable file.`;
const OPTIONS = {
    log: { type: 'string' },
    format: { type: 'string', default: 'text' },
    patterns: { type: 'string' },
    baseline: { type: 'string' }
};
/** `hee analyze`: classify one log file and print its findings. */
const analyzeCommand = async (argv, io) => {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parse */ .qg)(argv, OPTIONS);
    const logPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .required */ .mw)(values, 'log'));
    const format = values.format;
    if (format !== 'json' && format !== 'text')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--format must be json or text, not '${format}'`);
    let catalogue;
    if (values.patterns !== undefined) {
        let yamlText;
        try {
            yamlText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.patterns), 'utf8');
        }
        catch (e) {
            return fail(io, `cannot read --patterns ${values.patterns}: ${reason(e)}`);
        }
        try {
            catalogue = (0,_core_src_diagnosis_catalogue_js__WEBPACK_IMPORTED_MODULE_5__/* .loadCatalogue */ .O)(yamlText);
        }
        catch (e) {
            if (e instanceof _core_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1)
                return fail(io, (0,_core_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(e));
            throw e;
        }
    }
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(logPath);
        if (!st.isFile())
            return fail(io, `cannot read --log ${values.log}: not a file`);
    }
    catch (e) {
        return fail(io, `cannot read --log ${values.log}: ${reason(e)}`);
    }
    let baseline;
    if (values.baseline !== undefined) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.baseline);
        try {
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
            if (!st.isFile())
                return fail(io, `cannot read --baseline ${values.baseline}: not a file`);
            baseline = await (0,_core_src_diagnosis_baseline_js__WEBPACK_IMPORTED_MODULE_4__/* .readBaseline */ .m)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: 256 * 1024 }));
        }
        catch (e) {
            if (isFsError(e))
                return fail(io, `cannot read --baseline ${values.baseline}: ${reason(e)}`);
            throw e;
        }
    }
    let result;
    try {
        result = await (0,_core_src_diagnosis_log_classifier_js__WEBPACK_IMPORTED_MODULE_6__/* .classifyStream */ .Hc)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(logPath, { highWaterMark: 256 * 1024 }), {
            ...(catalogue ? { catalogue } : {}),
            ...(baseline ? { baseline } : {})
        });
    }
    catch (e) {
        if (isFsError(e))
            return fail(io, `cannot read --log ${values.log}: ${reason(e)}`);
        throw e;
    }
    io.stdout(format === 'json' ? JSON.stringify({ findings: result.findings }) + '\n' : renderText(result, values.log ?? ''));
    return 0;
};
function renderText(result, name) {
    const head = `${name}: ${result.lines} lines, ${result.bytes} bytes`;
    if (result.findings.length === 0)
        return `${head}\nNo failure found.\n`;
    const parts = [
        `${head}\n${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}, most significant first:\n`
    ];
    result.findings.forEach((f, i) => parts.push(renderFinding(f, i + 1)));
    return parts.join('\n');
}
function renderFinding(f, n) {
    const where = [
        `line ${f.line}`,
        f.file ? `(${f.file}${f.fileLine ? `:${f.fileLine}` : ''})` : undefined,
        f.section ? `in "${f.section}"` : undefined,
        f.timestamp ? `at ${f.timestamp}` : undefined
    ]
        .filter(Boolean)
        .join(' ');
    const more = f.lines.length > 1 ? ` (evidence on lines ${f.lines.slice(0, 8).join(', ')}${f.lines.length > 8 ? ', …' : ''})` : '';
    const excerpt = f.excerpt
        .split('\n')
        .map((l) => `    | ${l}`)
        .join('\n');
    const sure = f.confidence === 'high' ? '' : ` (confidence: ${f.confidence})`;
    return `${n}. [${f.severity.toUpperCase()}] ${f.pattern} ${f.name}${sure} — ${where}${more}\n${excerpt}\n`;
}
function fail(io, message) {
    io.stderr(`hee analyze: ${message}\n`);
    return 2;
}
function isFsError(e) {
    return e instanceof Error && typeof e.syscall === 'string';
}
function reason(e) {
    if (isFsError(e)) {
        if (e.code === 'ENOENT')
            return 'no such file';
        if (e.code === 'EACCES')
            return 'permission denied';
        if (e.code === 'EISDIR')
            return 'is a directory';
        return e.code ?? e.message;
    }
    return e instanceof Error ? e.message : String(e);
}


/***/ })

};
