export const id = 540;
export const ids = [540];
export const modules = {

/***/ 78355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ANALYZE_USAGE: () => (/* binding */ ANALYZE_USAGE),
  analyzeCommand: () => (/* binding */ analyzeCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/catalogue.ts + 1 modules
var diagnosis_catalogue = __webpack_require__(93626);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/line-fingerprint.ts
var line_fingerprint = __webpack_require__(36284);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/log-line.ts
var log_line = __webpack_require__(42048);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/line-splitter.ts
var line_splitter = __webpack_require__(6781);
;// CONCATENATED MODULE: ./packages/core/src/diagnosis/baseline.ts
/**
 * The last green run as a baseline: the fingerprints of every line of a passing log of the
 * same job. A failed run's evidence line that the passing run printed too ("error: unused
 * import" from a test fixture, a retried download) is that job's everyday noise, not the cause.
 * Memory is fixed whatever the passing log's size: a Bloom filter of 2^22 bits (512 KiB).
 */



const BITS = 1 << 22;
const MASK = BITS - 1;
class Baseline {
    bits = new Uint32Array(BITS >>> 5);
    count = 0;
    /** Lines added so far. */
    get size() {
        return this.count;
    }
    /** Adds a cleaned line of the passing log. */
    add(text) {
        if (text.length === 0)
            return;
        const a = (0,line_fingerprint/* fingerprint */.R)(text);
        const b = (0,line_fingerprint/* fingerprint */.R)(text, line_fingerprint/* SECOND_SEED */.p);
        for (let k = 0; k < 3; k++) {
            const bit = (a + Math.imul(k, b)) & MASK;
            this.bits[bit >>> 5] |= 1 << (bit & 31);
        }
        this.count++;
    }
    /** Whether the passing log (probably) had a line saying the same as `text`. */
    has(text) {
        if (text.length === 0)
            return false;
        const a = (0,line_fingerprint/* fingerprint */.R)(text);
        const b = (0,line_fingerprint/* fingerprint */.R)(text, line_fingerprint/* SECOND_SEED */.p);
        for (let k = 0; k < 3; k++) {
            const bit = (a + Math.imul(k, b)) & MASK;
            if ((this.bits[bit >>> 5] & (1 << (bit & 31))) === 0)
                return false;
        }
        return true;
    }
}
/** Reads a passing log (chunks, any size) into a Baseline. */
async function readBaseline(source) {
    const baseline = new Baseline();
    const splitter = new line_splitter/* LineSplitter */.g((text) => baseline.add((0,log_line/* cleanLine */.Ow)(text).text));
    for await (const chunk of source)
        splitter.push(chunk);
    splitter.end();
    return baseline;
}

// EXTERNAL MODULE: ./packages/core/src/diagnosis/log-classifier.ts + 7 modules
var log_classifier = __webpack_require__(25218);
// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(27109);
;// CONCATENATED MODULE: ./packages/cli/src/commands/analyze.ts






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
    const { values } = (0,args/* parse */.qg)(argv, OPTIONS);
    const logPath = (0,external_node_path_.resolve)(io.cwd, (0,args/* required */.mw)(values, 'log'));
    const format = values.format;
    if (format !== 'json' && format !== 'text')
        throw new args/* UsageError */.eb(`--format must be json or text, not '${format}'`);
    let catalogue;
    if (values.patterns !== undefined) {
        let yamlText;
        try {
            yamlText = await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, values.patterns), 'utf8');
        }
        catch (e) {
            return fail(io, `cannot read --patterns ${values.patterns}: ${reason(e)}`);
        }
        try {
            catalogue = (0,diagnosis_catalogue/* loadCatalogue */.O)(yamlText);
        }
        catch (e) {
            if (e instanceof errors/* ConfigurationError */.j1)
                return fail(io, (0,errors/* describeError */.Uc)(e));
            throw e;
        }
    }
    try {
        const st = await (0,promises_.stat)(logPath);
        if (!st.isFile())
            return fail(io, `cannot read --log ${values.log}: not a file`);
    }
    catch (e) {
        return fail(io, `cannot read --log ${values.log}: ${reason(e)}`);
    }
    let baseline;
    if (values.baseline !== undefined) {
        const path = (0,external_node_path_.resolve)(io.cwd, values.baseline);
        try {
            const st = await (0,promises_.stat)(path);
            if (!st.isFile())
                return fail(io, `cannot read --baseline ${values.baseline}: not a file`);
            baseline = await readBaseline((0,external_node_fs_.createReadStream)(path, { highWaterMark: 256 * 1024 }));
        }
        catch (e) {
            if (isFsError(e))
                return fail(io, `cannot read --baseline ${values.baseline}: ${reason(e)}`);
            throw e;
        }
    }
    let result;
    try {
        result = await (0,log_classifier/* classifyStream */.Hc)((0,external_node_fs_.createReadStream)(logPath, { highWaterMark: 256 * 1024 }), {
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

//# sourceMappingURL=540.index.mjs.map