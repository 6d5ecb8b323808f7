export const id = 538;
export const ids = [538];
export const modules = {

/***/ 92038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u0: () => (/* binding */ CoverageStore),
  AZ: () => (/* binding */ DEFAULT_MEMORY_BUDGET),
  b: () => (/* binding */ SpillFile)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/core/src/coverage/byte-codec.ts
/**
 * Writes and reads the compact byte form of a file's merged coverage: unsigned integers in
 * 7-bit groups (a line number takes one to three bytes, not eight), doubles where a value is
 * not such an integer, and UTF-8 text with its length.
 */
class ByteWriter {
    buf;
    length = 0;
    constructor(capacity = 512) {
        this.buf = Buffer.allocUnsafeSlow(capacity);
    }
    room(n) {
        if (this.length + n <= this.buf.length)
            return;
        let size = this.buf.length * 2;
        while (size < this.length + n)
            size *= 2;
        const next = Buffer.allocUnsafeSlow(size);
        this.buf.copy(next, 0, 0, this.length);
        this.buf = next;
    }
    /** A non-negative safe integer. */
    uint(v) {
        this.room(8);
        while (v >= 128) {
            this.buf[this.length++] = (v % 128) | 128;
            v = Math.floor(v / 128);
        }
        this.buf[this.length++] = v;
    }
    float(v) {
        this.room(8);
        this.buf.writeDoubleLE(v, this.length);
        this.length += 8;
    }
    bytes(b) {
        this.uint(b.length);
        this.room(b.length);
        this.buf.set(b, this.length);
        this.length += b.length;
    }
    text(s) {
        const n = Buffer.byteLength(s, 'utf8');
        this.uint(n);
        this.room(n);
        this.length += this.buf.write(s, this.length, 'utf8');
    }
    /** Text without its length (the reader knows it). */
    raw(s, encoding = 'utf8') {
        const n = Buffer.byteLength(s, encoding);
        this.room(n);
        this.length += this.buf.write(s, this.length, encoding);
    }
    /**
     * A column of numbers: as unsigned integers when every value is one, else as doubles (a
     * branch id or count no format bounds), so any number reads back as written.
     */
    column(n, at) {
        let ints = true;
        for (let i = 0; i < n && ints; i++)
            ints = isUint(at(i));
        this.uint(n);
        this.uint(ints ? 0 : 1);
        for (let i = 0; i < n; i++) {
            if (ints)
                this.uint(at(i));
            else
                this.float(at(i));
        }
    }
    /** Bytes from..to of what was written (a view: valid until the next write or reset). */
    view(from = 0, to = this.length) {
        return this.buf.subarray(from, to);
    }
    /** Starts over, keeping the memory. */
    reset() {
        this.length = 0;
    }
}
class ByteReader {
    buf;
    at = 0;
    constructor(buf) {
        this.buf = buf;
    }
    uint() {
        let v = 0;
        let scale = 1;
        for (;;) {
            if (this.at >= this.buf.length)
                throw new Error('coverage record ends early');
            const b = this.buf[this.at++];
            v += (b & 127) * scale;
            if (b < 128)
                return v;
            scale *= 128;
        }
    }
    float() {
        const v = this.buf.readDoubleLE(this.at);
        this.at += 8;
        return v;
    }
    bytes() {
        const n = this.uint();
        const b = this.buf.subarray(this.at, this.at + n);
        this.at += n;
        return b;
    }
    text() {
        const n = this.uint();
        const s = this.buf.toString('utf8', this.at, this.at + n);
        this.at += n;
        return s;
    }
    /** A column written by `ByteWriter.column`, into `to`. */
    column(to) {
        const n = this.uint();
        const floats = this.uint() === 1;
        to.reserve(n);
        for (let i = 0; i < n; i++)
            to.push(floats ? this.float() : this.uint());
    }
    get done() {
        return this.at === this.buf.length;
    }
}
function isUint(v) {
    return Number.isSafeInteger(v) && v >= 0 && !Object.is(v, -0);
}

// EXTERNAL MODULE: ./packages/core/src/coverage/file-record.ts
var file_record = __webpack_require__(79272);
// EXTERNAL MODULE: ./packages/core/src/coverage/growable.ts
var growable = __webpack_require__(82997);
;// CONCATENATED MODULE: ./packages/core/src/coverage/file-coverage.ts



/** Heap and typed-array bytes of an empty FileCoverage: its object, columns and their arrays. */
const FIXED_BYTES = 1200;
/**
 * The merged coverage of one source file in one lane: which lines are instrumented and which
 * ran (bit sets), branch outcomes and functions in typed columns. Merging is a union: a line,
 * branch or function is covered when any merged report covered it.
 */
class FileCoverage {
    path;
    instrumented = new growable/* LineBits */.re();
    covered = new growable/* LineBits */.re();
    brLine = new growable/* IntColumn */.aI();
    brId = new growable/* FloatColumn */.x9();
    brTaken = new growable/* IntColumn */.aI();
    fnName = [];
    fnLine = new growable/* IntColumn */.aI();
    fnEnd = new growable/* IntColumn */.aI();
    fnCovered = new growable/* IntColumn */.aI();
    statements;
    /** Set when every report of this file gave counts only. */
    summaryOnly;
    detailed = false;
    /** Rough heap bytes of the function names. */
    nameBytes = 0;
    constructor(path) {
        this.path = path;
    }
    /** Adds one report's record of this file. */
    merge(r) {
        if (r.summary && r.lines.size === 0 && r.branches.length === 0 && r.functions.length === 0) {
            if (this.detailed)
                return; // per-line data wins over counts
            // Two count-only reports cannot be united line by line: the larger coverage is a lower bound of the union.
            this.summaryOnly = maxSummary(this.summaryOnly, r.summary);
            return;
        }
        if (!this.detailed) {
            this.detailed = true;
            this.summaryOnly = undefined;
        }
        for (const [line, hits] of r.lines) {
            this.instrumented.set(line);
            if (hits > 0)
                this.covered.set(line);
        }
        if (r.branches.length)
            this.mergeBranches(r);
        if (r.functions.length)
            this.mergeFunctions(r);
        if (r.statements) {
            // Statement identity is not kept; the larger count of covered statements is a lower bound.
            const s = this.statements;
            this.statements =
                !s || r.statements.covered > s.covered || r.statements.total > s.total
                    ? {
                        total: Math.max(r.statements.total, s?.total ?? 0),
                        covered: Math.max(r.statements.covered, s?.covered ?? 0)
                    }
                    : s;
        }
    }
    mergeBranches(r) {
        const index = new Map();
        for (let i = 0; i < this.brLine.length; i++)
            index.set(`${this.brLine.get(i)}:${this.brId.get(i)}`, i);
        for (const b of r.branches) {
            const key = `${b.line}:${b.id}`;
            const i = index.get(key);
            if (i === undefined) {
                index.set(key, this.brLine.length);
                this.brLine.push(b.line);
                this.brId.push(b.id);
                this.brTaken.push(b.taken ? 1 : 0);
            }
            else if (b.taken)
                this.brTaken.set(i, 1);
        }
    }
    mergeFunctions(r) {
        const index = new Map();
        for (let i = 0; i < this.fnName.length; i++)
            index.set(`${this.fnName[i]}@${this.fnLine.get(i)}`, i);
        for (const f of r.functions) {
            const key = `${f.name}@${f.line}`;
            const i = index.get(key);
            if (i === undefined) {
                index.set(key, this.fnName.length);
                // A fresh copy: a slice of a big input chunk would keep the whole chunk alive.
                this.addName(Buffer.from(f.name, 'utf8').toString('utf8'));
                this.fnLine.push(f.line);
                this.fnEnd.push(f.endLine ?? 0);
                this.fnCovered.push(f.hits > 0 ? 1 : 0);
            }
            else {
                if (f.hits > 0)
                    this.fnCovered.set(i, 1);
                if (f.endLine && !this.fnEnd.get(i))
                    this.fnEnd.set(i, f.endLine);
            }
        }
    }
    addName(name) {
        this.fnName.push(name);
        this.nameBytes += 40 + 2 * name.length;
    }
    /** Roughly the memory this file's data takes: to tell when to move finished files to disk. */
    approxBytes() {
        return (FIXED_BYTES +
            this.instrumented.byteLength +
            this.covered.byteLength +
            this.brLine.byteLength +
            this.brId.byteLength +
            this.brTaken.byteLength +
            this.fnLine.byteLength * 3 +
            this.nameBytes);
    }
    /**
     * Appends all of this file's data in a few bytes per line, branch and function; `decode`
     * gives back a FileCoverage whose every answer equals this one's, in the same order.
     */
    encode(w) {
        w.uint((this.detailed ? 1 : 0) | (this.statements ? 2 : 0) | (this.summaryOnly ? 4 : 0));
        if (this.statements)
            w.text(JSON.stringify(this.statements));
        if (this.summaryOnly)
            w.text(JSON.stringify(this.summaryOnly));
        for (const bits of [this.instrumented, this.covered]) {
            w.uint(bits.size);
            w.bytes(bits.bytes());
        }
        w.column(this.brLine.length, (i) => this.brLine.get(i));
        w.column(this.brId.length, (i) => this.brId.get(i));
        w.column(this.brTaken.length, (i) => this.brTaken.get(i));
        w.uint(this.fnName.length);
        for (const name of this.fnName)
            w.text(name);
        w.column(this.fnLine.length, (i) => this.fnLine.get(i));
        w.column(this.fnEnd.length, (i) => this.fnEnd.get(i));
        w.column(this.fnCovered.length, (i) => this.fnCovered.get(i));
    }
    static decode(path, bytes) {
        const c = new FileCoverage(path);
        const r = new ByteReader(bytes);
        const flags = r.uint();
        c.detailed = (flags & 1) !== 0;
        if (flags & 2)
            c.statements = JSON.parse(r.text());
        if (flags & 4)
            c.summaryOnly = JSON.parse(r.text());
        for (const bits of [c.instrumented, c.covered]) {
            const size = r.uint();
            bits.load(size, r.bytes());
        }
        r.column(c.brLine);
        r.column(c.brId);
        r.column(c.brTaken);
        const names = r.uint();
        for (let i = 0; i < names; i++)
            c.addName(r.text());
        r.column(c.fnLine);
        r.column(c.fnEnd);
        r.column(c.fnCovered);
        if (!r.done)
            throw new Error(`the coverage record of ${path} has bytes left over`);
        return c;
    }
    get hasDetail() {
        return this.detailed;
    }
    lineCounts() {
        if (!this.detailed)
            return this.summaryOnly?.lines;
        return { covered: this.covered.count(), total: this.instrumented.count() };
    }
    branchCounts() {
        if (!this.detailed)
            return this.summaryOnly?.branches;
        let covered = 0;
        for (let i = 0; i < this.brTaken.length; i++)
            covered += this.brTaken.get(i);
        return { covered, total: this.brTaken.length };
    }
    functionCounts() {
        if (!this.detailed)
            return this.summaryOnly?.functions;
        let covered = 0;
        for (let i = 0; i < this.fnCovered.length; i++)
            covered += this.fnCovered.get(i);
        return { covered, total: this.fnName.length };
    }
    statementCounts() {
        return this.detailed ? this.statements : this.summaryOnly?.statements;
    }
    functions() {
        const out = [];
        for (let i = 0; i < this.fnName.length; i++) {
            const end = this.fnEnd.get(i);
            out.push({
                name: this.fnName[i],
                line: this.fnLine.get(i),
                endLine: end || undefined,
                covered: this.fnCovered.get(i) === 1
            });
        }
        return out;
    }
    /** Per line: branch outcomes total and taken, for lines that have branches. */
    branchesByLine() {
        const m = new Map();
        for (let i = 0; i < this.brLine.length; i++) {
            const line = this.brLine.get(i);
            const c = m.get(line) ?? { covered: 0, total: 0 };
            c.total++;
            c.covered += this.brTaken.get(i);
            m.set(line, c);
        }
        return m;
    }
    /** This file's data as one record, to merge it into another store. */
    toRecord(path = this.path) {
        const r = (0,file_record/* newRecord */.Mx)(path);
        if (!this.detailed) {
            r.summary = this.summaryOnly;
            return r;
        }
        for (const l of this.instrumented.values())
            r.lines.set(l, this.covered.has(l) ? 1 : 0);
        for (let i = 0; i < this.brLine.length; i++)
            r.branches.push({ line: this.brLine.get(i), id: this.brId.get(i), taken: this.brTaken.get(i) === 1 });
        for (let i = 0; i < this.fnName.length; i++)
            r.functions.push({
                name: this.fnName[i],
                line: this.fnLine.get(i),
                endLine: this.fnEnd.get(i) || undefined,
                hits: this.fnCovered.get(i)
            });
        r.statements = this.statements;
        return r;
    }
    /**
     * Every covered line (`L12`), taken branch outcome (`B12#2`: the second taken on line 12) and
     * covered function (`Fname@3`): to tell whether a run reached anything new. Branches are
     * counted per line, not by id: some tools (node's runner) number branch blocks differently
     * from run to run.
     */
    coveredUnits() {
        const out = new Set();
        for (let l = 0; l < this.covered.size; l++)
            if (this.covered.has(l))
                out.add(`L${l}`);
        for (const [line, c] of this.branchesByLine())
            for (let k = 1; k <= c.covered; k++)
                out.add(`B${line}#${k}`);
        for (let i = 0; i < this.fnName.length; i++)
            if (this.fnCovered.get(i))
                out.add(`F${this.fnName[i]}@${this.fnLine.get(i)}`);
        return out;
    }
    /** Line is instrumented and no report ran it. */
    isUncovered(line) {
        return this.instrumented.has(line) && !this.covered.has(line);
    }
}
function maxSummary(a, b) {
    if (!a)
        return b;
    const pick = (x, y) => (!x ? y : !y ? x : y.covered > x.covered ? y : x);
    return {
        lines: pick(a.lines, b.lines),
        branches: pick(a.branches, b.branches),
        functions: pick(a.functions, b.functions),
        statements: pick(a.statements, b.statements)
    };
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/coverage-store.ts







/**
 * How much per-file data (estimated bytes) the stores of one read hold in memory before
 * finished files go to a temporary file. Below it (reports of a few MB) nothing touches the
 * disk; past it, each file goes there as soon as it is merged.
 */
const DEFAULT_MEMORY_BUDGET = 2 * 1024 * 1024;
const closeOnCollect = new FinalizationRegistry((h) => releaseFile(h));
/** Encoded files are written in batches of about this size, and read back in blocks of it. */
const BLOCK = 256 * 1024;
/**
 * The temporary file that the stores of one read move finished files to once their data has
 * passed the memory budget: from then on every file goes there as soon as it is merged, so the
 * process holds one file's data at a time. A file's path goes there too, so that a store holds
 * a few numbers per file however many files a report has. Written in batches, read back
 * through two blocks (paths and data may be in different regions of the file). It is unlinked
 * as soon as it is open (where the system allows), so nothing is left behind however the
 * process ends.
 */
class SpillFile {
    budget;
    handle = {};
    /** Bytes on disk; bytes past it are still in `batch`. */
    end = 0;
    batch;
    /** The blocks read last, most recent first. */
    blocks = [];
    live = 0;
    spilling = false;
    stores = new Set();
    closed = false;
    dir;
    blockBytes;
    constructor(budget = DEFAULT_MEMORY_BUDGET, opts = {}) {
        this.budget = budget;
        this.dir = opts.dir ?? (0,external_node_os_.tmpdir)();
        this.blockBytes = opts.blockBytes ?? BLOCK;
        closeOnCollect.register(this, this.handle, this);
    }
    /** Bytes written so far (on disk or about to be). */
    get size() {
        return this.end + (this.batch?.length ?? 0);
    }
    /** @internal */
    attach(store) {
        this.stores.add(store);
    }
    /** @internal A store no longer used: its live bytes no longer count. */
    detach(store, liveBytes) {
        this.stores.delete(store);
        this.live -= liveBytes;
    }
    /** @internal Called by stores as their in-memory data grows or shrinks. */
    track(delta) {
        this.live += delta;
        if (delta > 0 && (this.spilling || this.live > this.budget)) {
            this.spilling = true;
            for (const store of this.stores)
                store.spillLive();
            this.live = 0;
        }
    }
    /** @internal A file's data in its byte form. */
    appendFile(cov) {
        return this.append((w) => cov.encode(w));
    }
    /**
     * @internal A path: as UTF-8, or as UTF-16 when it holds surrogates (a JSON report may give a
     * lone one, which UTF-8 cannot carry); `loadText` is told which by `utf16`.
     */
    appendText(s) {
        const utf16 = SURROGATE.test(s);
        return { ...this.append((w) => w.raw(s, utf16 ? 'utf16le' : 'utf8')), utf16 };
    }
    append(write) {
        if (this.closed)
            throw new Error('the coverage data was released: its spill file is closed');
        const batch = (this.batch ??= new ByteWriter(this.blockBytes + 64 * 1024));
        const at = this.size;
        write(batch);
        const span = { at, length: this.size - at };
        if (batch.length >= this.blockBytes)
            this.writeBatch(batch);
        return span;
    }
    writeBatch(batch) {
        const fd = this.open();
        const bytes = batch.view();
        let done = 0;
        while (done < bytes.length)
            done += (0,external_node_fs_.writeSync)(fd, bytes, done, bytes.length - done, this.end + done);
        this.end += bytes.length;
        batch.reset();
    }
    /** @internal */
    loadFile(path, at, length) {
        return FileCoverage.decode(path, this.bytes(at, length));
    }
    /** @internal */
    loadText(at, length, utf16) {
        return this.bytes(at, length).toString(utf16 ? 'utf16le' : 'utf8');
    }
    /** Bytes at..at+length (a view, valid until the next read). */
    bytes(at, length) {
        if (this.closed)
            throw new Error('the coverage data was released: its spill file is closed');
        if (at >= this.end)
            return this.batch.view(at - this.end, at - this.end + length);
        return this.read(at, length);
    }
    /** Bytes offset..offset+length of the file, through blocks read ahead (files are mostly read in order). */
    read(offset, length) {
        for (let i = 0; i < this.blocks.length; i++) {
            const b = this.blocks[i];
            if (offset >= b.start && offset + length <= b.start + b.length) {
                if (i > 0)
                    this.blocks.unshift(...this.blocks.splice(i, 1));
                return b.memory.subarray(offset - b.start, offset - b.start + length);
            }
        }
        const size = Math.max(length, Math.min(this.blockBytes, this.end - offset));
        // Two blocks of the usual size are reused; a file bigger than a block is read into its own buffer.
        const old = this.blocks.length === 2 ? this.blocks.pop() : undefined;
        const memory = size > this.blockBytes
            ? Buffer.allocUnsafeSlow(size)
            : old && old.memory.length === this.blockBytes
                ? old.memory
                : Buffer.allocUnsafeSlow(this.blockBytes);
        let done = 0;
        while (done < size) {
            const n = (0,external_node_fs_.readSync)(this.handle.fd, memory, done, size - done, offset + done);
            if (n === 0)
                throw new Error('the coverage spill file ends early');
            done += n;
        }
        this.blocks.unshift({ start: offset, length: size, memory });
        return memory.subarray(0, length);
    }
    open() {
        if (this.handle.fd !== undefined)
            return this.handle.fd;
        const path = (0,external_node_path_.join)(this.dir, `hee-coverage-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
        this.handle.fd = (0,external_node_fs_.openSync)(path, 'wx+', 0o600);
        try {
            (0,external_node_fs_.unlinkSync)(path);
        }
        catch {
            this.handle.path = path; // removed when closed
        }
        return this.handle.fd;
    }
    /** Closes and removes the file; spilled data can no longer be read. */
    close() {
        this.closed = true;
        this.blocks = [];
        this.batch = undefined;
        closeOnCollect.unregister(this);
        releaseFile(this.handle);
    }
}
function releaseFile(h) {
    const { fd, path } = h;
    h.fd = undefined;
    h.path = undefined;
    if (fd !== undefined)
        (0,external_node_fs_.closeSync)(fd);
    if (path !== undefined)
        try {
            (0,external_node_fs_.unlinkSync)(path);
        }
        catch {
            // Already gone: nothing is left behind.
        }
}
/** The four kinds of totals, in the order of a file's count columns. */
const KINDS = ['line', 'branch', 'function', 'statement'];
/** Counts of a file kept apart because a value does not fit the 32-bit columns. */
const WIDE = -2;
const NOT_MEASURED = -1;
/**
 * Merged file coverage by path, in the order files were first seen. Files stay in memory
 * until the read's budget is passed; then their data and path are written to the spill file,
 * and the store keeps a few numbers per file in typed columns: where the two are, the file's
 * totals (so the metrics need no read back), and a hash table of the paths. Reading a spilled
 * file gives a fresh copy each time, so going through all files holds one at a time.
 */
class CoverageStore {
    spill;
    /** Files ever added; a file's number is its place in the order. Taken files leave a hole. */
    slots = 0;
    present = 0;
    gone = new growable/* LineBits */.re();
    hashes = new growable/* IntColumn */.aI();
    /** The path in the spill file (−1: in `liveKeys`); its length, negative when in UTF-16. */
    keyAt = new growable/* FloatColumn */.x9();
    keyLength = new growable/* IntColumn */.aI();
    /** The data in the spill file (−1: in `liveFiles`). */
    dataAt = new growable/* FloatColumn */.x9();
    dataLength = new growable/* IntColumn */.aI();
    /** Per file, covered and total of each kind (−1: not measured; WIDE: in `wide`). */
    totals = new growable/* IntColumn */.aI();
    wide = new Map();
    liveFiles = new Map();
    liveKeys = new Map();
    /** Open addressing: file number + 1, 0 for an empty place, −1 for a taken file's. */
    table = new Int32Array(16);
    tableUsed = 0;
    liveBytes = 0;
    constructor(spill) {
        this.spill = spill;
        spill?.attach(this);
    }
    get size() {
        return this.present;
    }
    has(path) {
        return this.find(path) >= 0;
    }
    get(path) {
        const slot = this.find(path);
        return slot < 0 ? undefined : this.fileAt(slot, path);
    }
    *keys() {
        for (let s = 0; s < this.slots; s++)
            if (!this.gone.has(s))
                yield this.keyOf(s);
    }
    *entries() {
        for (let s = 0; s < this.slots; s++) {
            if (this.gone.has(s))
                continue;
            const key = this.keyOf(s);
            yield [key, this.fileAt(s, key)];
        }
    }
    *values() {
        for (const [, cov] of this.entries())
            yield cov;
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    forEach(fn, self) {
        for (const [k, v] of this.entries())
            fn.call(self, v, k, this);
    }
    /** The sum of one kind of totals over the files, without reading spilled data back. */
    sum(kind) {
        const k = KINDS.indexOf(kind);
        const total = { covered: 0, total: 0 };
        for (let s = 0; s < this.slots; s++) {
            if (this.gone.has(s))
                continue;
            const c = this.countsOf(s, k);
            if (!c)
                continue;
            total.covered += c.covered;
            total.total += c.total;
        }
        return total;
    }
    /**
     * Adds one report's record of a file, creating its entry under `path` when new. True when
     * the file is new to this store.
     */
    mergeRecord(key, path, r) {
        let slot = this.find(key);
        const isNew = slot < 0;
        if (isNew)
            slot = this.add(key);
        let cov = this.liveFiles.get(slot);
        const before = cov ? cov.approxBytes() : 0;
        if (!cov) {
            cov = isNew ? new FileCoverage(path) : this.fileAt(slot, path);
            this.liveFiles.set(slot, cov);
            this.dataAt.set(slot, -1);
        }
        cov.merge(r);
        this.grow(cov.approxBytes() - before);
        return isNew;
    }
    /** Removes a file and hands over its data as it is held (in memory or on disk), for `put`. */
    take(key) {
        const slot = this.find(key);
        return slot < 0 ? undefined : this.takeSlot(slot);
    }
    /** Files in order with their number, for `takeSlot`. */
    *numbered() {
        for (let s = 0; s < this.slots; s++)
            if (!this.gone.has(s))
                yield [s, this.keyOf(s)];
    }
    /** Removes the file numbered `slot` (see `numbered`) and hands over its data. */
    takeSlot(slot) {
        if (slot >= this.slots || this.gone.has(slot))
            throw new Error(`no file numbered ${slot} in the store`);
        const at = this.placeOf(slot);
        this.table[at] = -1;
        this.gone.set(slot);
        this.present--;
        this.liveKeys.delete(slot);
        const cov = this.liveFiles.get(slot);
        if (cov) {
            this.liveFiles.delete(slot);
            this.grow(-cov.approxBytes());
            return { cov };
        }
        const counts = KINDS.map((_, k) => this.countsOf(slot, k));
        this.wide.delete(slot);
        return { data: { at: this.dataAt.get(slot), length: this.dataLength.get(slot) }, counts };
    }
    /** A file taken from another store of the same read, under its new path; the data is not copied. */
    put(path, e) {
        if (this.find(path) >= 0)
            throw new Error(`${path} is already in the store`);
        const slot = this.add(path);
        if (e.cov) {
            e.cov.path = path;
            this.liveFiles.set(slot, e.cov);
            this.grow(e.cov.approxBytes());
            return;
        }
        // Data on disk means the read is spilling: the path goes there too.
        this.spillKey(slot, path);
        this.dataAt.set(slot, e.data.at);
        this.dataLength.set(slot, e.data.length);
        this.setCounts(slot, e.counts);
    }
    /** The data of a file taken out, as one record under `path`. */
    recordOf(e, path) {
        return (e.cov ?? this.spill.loadFile(path, e.data.at, e.data.length)).toRecord(path);
    }
    /** How many of the files are in the spill file rather than in memory. */
    get spilledFiles() {
        return this.present - this.liveFiles.size;
    }
    /** @internal Moves every file held in memory to the spill file. */
    spillLive() {
        for (const [slot, cov] of this.liveFiles) {
            const key = this.liveKeys.get(slot);
            if (key !== undefined)
                this.spillKey(slot, key);
            const span = this.spill.appendFile(cov);
            this.dataAt.set(slot, span.at);
            this.dataLength.set(slot, span.length);
            this.setCounts(slot, [cov.lineCounts(), cov.branchCounts(), cov.functionCounts(), cov.statementCounts()]);
            // One by one: Map.clear() gives the map a new table and leaves the old one holding its entries and
            // linked to the new one; cleared once per file from a long-lived map, that made every file outlive
            // the young generation (measured: six times the bytes promoted).
            this.liveFiles.delete(slot);
        }
        this.liveBytes = 0;
    }
    /** Stops counting this store against the read's budget (its files stay readable). */
    detach() {
        this.spill?.detach(this, this.liveBytes);
    }
    grow(delta) {
        this.liveBytes += delta;
        this.spill?.track(delta);
    }
    add(key) {
        const slot = this.slots++;
        this.present++;
        this.hashes.push(hash(key));
        this.keyAt.push(-1);
        this.keyLength.push(0);
        this.dataAt.push(-1);
        this.dataLength.push(0);
        for (let i = 0; i < 2 * KINDS.length; i++)
            this.totals.push(NOT_MEASURED);
        this.liveKeys.set(slot, key);
        if ((this.tableUsed + 1) * 2 > this.table.length)
            this.rehash();
        let at = this.hashes.get(slot) & (this.table.length - 1);
        while (this.table[at] !== 0)
            at = (at + 1) & (this.table.length - 1);
        this.table[at] = slot + 1;
        this.tableUsed++;
        return slot;
    }
    /** A table twice the files present, with the places of taken files cleared. */
    rehash() {
        let size = 16;
        while (size < 4 * (this.present + 1))
            size *= 2;
        const table = new Int32Array(size);
        for (let s = 0; s < this.slots; s++) {
            if (this.gone.has(s))
                continue;
            let at = this.hashes.get(s) & (size - 1);
            while (table[at] !== 0)
                at = (at + 1) & (size - 1);
            table[at] = s + 1;
        }
        this.table = table;
        this.tableUsed = this.present;
    }
    /** The file number of `key`, or −1. */
    find(key) {
        const h = hash(key);
        const mask = this.table.length - 1;
        for (let at = h & mask;; at = (at + 1) & mask) {
            const v = this.table[at];
            if (v === 0)
                return -1;
            if (v > 0 && this.hashes.get(v - 1) === h && this.keyOf(v - 1) === key)
                return v - 1;
        }
    }
    /** Where in the table file `slot` is. */
    placeOf(slot) {
        const mask = this.table.length - 1;
        for (let at = this.hashes.get(slot) & mask;; at = (at + 1) & mask)
            if (this.table[at] === slot + 1)
                return at;
    }
    keyOf(slot) {
        const live = this.liveKeys.get(slot);
        if (live !== undefined)
            return live;
        const length = this.keyLength.get(slot);
        return this.spill.loadText(this.keyAt.get(slot), Math.abs(length), length < 0);
    }
    spillKey(slot, key) {
        const span = this.spill.appendText(key);
        this.keyAt.set(slot, span.at);
        this.keyLength.set(slot, span.utf16 ? -span.length : span.length);
        this.liveKeys.delete(slot);
    }
    fileAt(slot, path) {
        return this.liveFiles.get(slot) ?? this.spill.loadFile(path, this.dataAt.get(slot), this.dataLength.get(slot));
    }
    countsOf(slot, kind) {
        const live = this.liveFiles.get(slot);
        if (live)
            return fileCounts(live, kind);
        const covered = this.totals.get(slot * 8 + kind * 2);
        if (covered === WIDE)
            return this.wide.get(slot)[kind];
        return covered === NOT_MEASURED ? undefined : { covered, total: this.totals.get(slot * 8 + kind * 2 + 1) };
    }
    setCounts(slot, counts) {
        const fits = counts.every((c) => !c || (isInt32(c.covered) && isInt32(c.total)));
        if (fits)
            this.wide.delete(slot);
        else
            this.wide.set(slot, counts);
        for (let k = 0; k < KINDS.length; k++) {
            const c = counts[k];
            this.totals.set(slot * 8 + k * 2, !fits ? WIDE : c ? c.covered : NOT_MEASURED);
            this.totals.set(slot * 8 + k * 2 + 1, fits && c ? c.total : 0);
        }
    }
}
function fileCounts(f, kind) {
    return kind === 0
        ? f.lineCounts()
        : kind === 1
            ? f.branchCounts()
            : kind === 2
                ? f.functionCounts()
                : f.statementCounts();
}
function isInt32(v) {
    return Number.isInteger(v) && v >= 0 && v <= 0x7fffffff && !Object.is(v, -0);
}
const SURROGATE = /[\uD800-\uDFFF]/;
/** FNV-1a over the UTF-16 code units: the path's place in the hash table. */
function hash(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h | 0;
}


/***/ }),

/***/ 31913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ mutationReportKind),
/* harmony export */   T: () => (/* binding */ detectFormat)
/* harmony export */ });
/* harmony import */ var _parse_cobertura_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18147);
/* harmony import */ var _report_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83835);


/**
 * Tells a report's format from its first bytes, never from its name alone: CI artifacts are
 * renamed (`coverage.xml` may be Cobertura or JaCoCo, `coverage.json` Istanbul or coverage.py).
 * The parser then checks the whole document; this only picks which parser reads it.
 */
function detectFormat(head, name) {
    const text = head.replace(/^\uFEFF/, '').trimStart();
    if (text === '')
        throw (0,_report_error_js__WEBPACK_IMPORTED_MODULE_0__/* .noSourceFile */ .L)(name, 'the empty file');
    if (text.slice(0, 4096).includes('\u0000'))
        throw new _report_error_js__WEBPACK_IMPORTED_MODULE_0__/* .CoverageReportError */ .p(name, undefined, 'a binary file, not a coverage report (raw profiles such as .profraw, .gcda or .exec must be turned into a report by their tool first)');
    if (text.startsWith('<'))
        return xmlFormat(text, name);
    if (text.startsWith('{'))
        return jsonFormat(text, name);
    const firstLine = text.slice(0, text.search(/\r?\n|$/));
    if (/^mode: \S+$/.test(firstLine))
        return 'go';
    if (/^(TN|SF|VER):/m.test(text.slice(0, 8192)) && /^(TN|SF|VER):/.test(firstLine))
        return 'lcov';
    throw new _report_error_js__WEBPACK_IMPORTED_MODULE_0__/* .CoverageReportError */ .p(name, 1, `not a coverage report: '${firstLine.slice(0, 60)}' starts none of lcov, Cobertura or JaCoCo XML, Go coverprofile, Istanbul, llvm-cov or coverage.py JSON`);
}
function xmlFormat(text, name) {
    const body = text
        .replace(/<\?[\s\S]*?\?>/g, '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i, '')
        .trimStart();
    const root = /^<([A-Za-z_][\w.:-]*)/.exec(body)?.[1];
    if (root === 'coverage') {
        if (/^<coverage\b[^>]*\bclover=/.test(body))
            throw new _report_error_js__WEBPACK_IMPORTED_MODULE_0__/* .CoverageReportError */ .p(name, undefined, 'a Clover XML report: not read; ask the tool for Cobertura, lcov or JSON');
        if (/^<coverage\b[^>]*>\s*(<!--[\s\S]*?-->\s*)*<file\b/.test(body))
            throw (0,_parse_cobertura_js__WEBPACK_IMPORTED_MODULE_1__/* .sonarGeneric */ .f)(name, undefined);
        return 'cobertura';
    }
    if (root === 'report')
        return 'jacoco';
    if (root === 'CoverageSession')
        throw new _report_error_js__WEBPACK_IMPORTED_MODULE_0__/* .CoverageReportError */ .p(name, undefined, 'an OpenCover XML report (<CoverageSession>: OpenCover, coverlet --format opencover, AltCover): not read; ask the tool for Cobertura (coverlet: --format cobertura) or lcov');
    if (root === 'testsuites' || root === 'testsuite')
        throw new _report_error_js__WEBPACK_IMPORTED_MODULE_0__/* .CoverageReportError */ .p(name, undefined, `JUnit test results (<${root}>), not a coverage report`);
    throw new _report_error_js__WEBPACK_IMPORTED_MODULE_0__/* .CoverageReportError */ .p(name, undefined, `an XML document with root <${root ?? '?'}>: neither Cobertura (<coverage>) nor JaCoCo (<report>)`);
}
function jsonFormat(text, name) {
    if (/^\{\s*"data"\s*:\s*\[/.test(text) || text.includes('"llvm.coverage.json.export"'))
        return 'llvm-cov';
    if (/^\{\s*"meta"\s*:\s*\{/.test(text) && /"(show_contexts|branch_coverage|format)"\s*:/.test(text))
        return 'coverage-py';
    if (/"executed_lines"\s*:\s*\[/.test(text) && /"missing_lines"\s*:/.test(text))
        return 'coverage-py';
    if (/"statementMap"\s*:/.test(text))
        return 'istanbul-final';
    if (/"lines"\s*:\s*\{\s*"total"\s*:/.test(text) && /"covered"\s*:/.test(text))
        return 'istanbul-summary';
    const mutation = mutationReportKind(text);
    if (mutation === 'stryker')
        throw new _report_error_js__WEBPACK_IMPORTED_MODULE_0__/* .CoverageReportError */ .p(name, undefined, 'a Stryker mutation report: give it as the mutation report, not as coverage');
    if (mutation === 'cargo-mutants')
        throw new _report_error_js__WEBPACK_IMPORTED_MODULE_0__/* .CoverageReportError */ .p(name, undefined, 'a cargo-mutants outcomes.json: give it as the mutation report, not as coverage');
    // What Istanbul's writers (nyc, c8, jest, vitest) leave when the run measured nothing.
    if (/^\{\s*\}\s*$/.test(text))
        throw (0,_report_error_js__WEBPACK_IMPORTED_MODULE_0__/* .noSourceFile */ .L)(name, 'the empty JSON object');
    throw new _report_error_js__WEBPACK_IMPORTED_MODULE_0__/* .CoverageReportError */ .p(name, 1, 'a JSON document of no known coverage format (Istanbul, llvm-cov export, coverage.py)');
}
/**
 * A Stryker `mutation.json` or a cargo-mutants `outcomes.json`, told from the first bytes of a
 * JSON file, so that reports found by a glob or in an artifact go where they belong.
 */
function mutationReportKind(head) {
    const text = head.replace(/^\uFEFF/, '').trimStart();
    if (!text.startsWith('{'))
        return undefined;
    // Stryker writes "files" (sources and mutants) before "schemaVersion": a mutant's fields tell it too.
    if (/"mutants"\s*:/.test(text) && /"schemaVersion"\s*:|"mutatorName"\s*:/.test(text))
        return 'stryker';
    if (/"outcomes"\s*:\s*\[/.test(text))
        return 'cargo-mutants';
    return undefined;
}


/***/ }),

/***/ 79272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mx: () => (/* binding */ newRecord),
/* harmony export */   cG: () => (/* binding */ addLine)
/* harmony export */ });
/* unused harmony export ownCopy */
function newRecord(path, at) {
    return { path: ownCopy(path), at, lines: new Map(), branches: [], functions: [] };
}
/**
 * A string that holds its own characters. A parser's substring of a decoded input chunk may
 * share the whole chunk's memory; a path kept until the report ends would keep its chunk alive,
 * and so, one file after another, most of the report.
 */
function ownCopy(s) {
    // UTF-16 code units round-trip exactly, lone surrogates of a JSON report's `\ud800` included.
    return Buffer.from(s, 'utf16le').toString('utf16le');
}
/** Records a line's hits, keeping the largest count when a line is stated twice. */
function addLine(r, line, hits) {
    const prev = r.lines.get(line);
    if (prev === undefined || prev < hits)
        r.lines.set(line, hits);
}


/***/ }),

/***/ 23727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ codeGaps),
/* harmony export */   T: () => (/* binding */ rank)
/* harmony export */ });
/**
 * Uncovered functions, partly taken branches and (for formats without functions) uncovered
 * blocks of lines, ranked by risk: gaps the current change touches first, then by size ×
 * complexity. A function's extent is its end line when the report gives one, else up to the
 * next function.
 */
function codeGaps(files, changed, limit = 50) {
    const gaps = [];
    for (const [path, cov] of files) {
        if (!cov.hasDetail)
            continue;
        const touched = changed?.get(path);
        const branchLines = cov.branchesByLine();
        const fns = cov.functions().sort((a, b) => a.line - b.line);
        const ends = fns.map((f, i) => extent(f, fns[i + 1], cov));
        const outcomesIn = branchRangeSum(branchLines);
        const ownerOf = (l) => {
            // The last function starting at or before l whose extent reaches l (binary search on start lines).
            let lo = 0;
            let hi = fns.length - 1;
            let found = -1;
            while (lo <= hi) {
                const mid = (lo + hi) >> 1;
                if (fns[mid].line <= l) {
                    found = mid;
                    lo = mid + 1;
                }
                else
                    hi = mid - 1;
            }
            for (let i = found; i >= 0 && i > found - 8; i--)
                if (ends[i] >= l)
                    return fns[i];
            return undefined;
        };
        const inGap = new Set();
        fns.forEach((fn, i) => {
            if (fn.covered || fn.line === 0)
                return;
            const end = ends[i];
            let uncovered = 0;
            for (let l = fn.line; l <= end; l++) {
                if (!cov.instrumented.has(l))
                    continue;
                uncovered++;
                inGap.add(l);
            }
            const outcomes = outcomesIn(fn.line, end);
            const complexity = 1 + Math.floor(outcomes / 2);
            const isChanged = touches(touched, fn.line, end);
            gaps.push({
                kind: 'function',
                file: path,
                line: fn.line,
                end_line: end,
                name: fn.name,
                uncovered_lines: uncovered,
                missed_branches: outcomes,
                complexity,
                changed: isChanged,
                risk: score(Math.max(uncovered, 1), complexity, isChanged)
            });
        });
        for (const [l, c] of branchLines) {
            if (c.covered === c.total || inGap.has(l))
                continue;
            if (!cov.covered.has(l) && cov.instrumented.has(l))
                continue; // an unrun line is a line gap, not a branch gap
            const missed = c.total - c.covered;
            const isChanged = touches(touched, l, l);
            const owner = ownerOf(l);
            gaps.push({
                kind: 'branch',
                file: path,
                line: l,
                end_line: l,
                name: owner?.name,
                missed_branches: missed,
                complexity: 1 + Math.floor(c.total / 2),
                changed: isChanged,
                risk: score(missed, 1 + Math.floor(c.total / 2), isChanged)
            });
        }
        // Blocks of unrun lines outside the function gaps (all of them for formats without functions).
        let start = 0;
        let last = 0;
        let n = 0;
        const flush = () => {
            if (!n)
                return;
            const complexity = 1 + Math.floor(outcomesIn(start, last) / 2);
            const isChanged = touches(touched, start, last);
            const owner = ownerOf(start);
            gaps.push({
                kind: 'lines',
                file: path,
                line: start,
                end_line: last,
                name: owner?.name,
                uncovered_lines: n,
                complexity,
                changed: isChanged,
                risk: score(n, complexity, isChanged)
            });
            n = 0;
        };
        for (let l = 0; l < cov.instrumented.size; l++) {
            if (!cov.instrumented.has(l))
                continue;
            if (cov.covered.has(l) || inGap.has(l)) {
                if (cov.covered.has(l))
                    flush();
                continue;
            }
            if (!n)
                start = l;
            last = l;
            n++;
        }
        flush();
        // Only the riskiest few are reported: keep the list bounded however big the report.
        if (gaps.length > 4 * limit + 1000)
            gaps.splice(0, gaps.length, ...rank(gaps).slice(0, limit));
    }
    return rank(gaps)
        .slice(0, limit)
        .map((g) => ({ ...g, why: describe(g) }));
}
/** The sentence for a person, made only for the gaps that are reported. */
function describe(g) {
    const changed = g.changed ? ', changed in this change' : '';
    const n = g.uncovered_lines ?? 0;
    const lines = `${n} line${n === 1 ? '' : 's'}`;
    if (g.kind === 'function')
        return `${g.name} never ran: ${lines}, complexity ${g.complexity}${changed}`;
    if (g.kind === 'branch')
        return `${g.missed_branches} branch outcome${g.missed_branches === 1 ? '' : 's'} never taken${g.name ? ` in ${g.name}` : ''}${changed}`;
    return `${lines} never ran${g.name ? ` in ${g.name}` : ''}${changed}`;
}
/** Sum of branch outcomes on lines from..to, by binary search over the sorted branch lines. */
function branchRangeSum(byLine) {
    const lines = [...byLine.keys()].sort((a, b) => a - b);
    const prefix = [0];
    for (const l of lines)
        prefix.push(prefix[prefix.length - 1] + byLine.get(l).total);
    const lowerBound = (x) => {
        let lo = 0;
        let hi = lines.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (lines[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    };
    return (from, to) => prefix[lowerBound(to + 1)] - prefix[lowerBound(from)];
}
function rank(gaps) {
    return gaps.sort((a, b) => b.risk - a.risk || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
function score(size, complexity, changed) {
    // Changed code first whatever its size; then size weighted by the decisions in it.
    return (changed ? 1e9 : 0) + size * complexity;
}
function extent(fn, next, cov) {
    if (fn.endLine && fn.endLine >= fn.line)
        return fn.endLine;
    if (next && next.line > fn.line)
        return next.line - 1;
    // The last function without an end line: to the last instrumented line of the file.
    return Math.max(fn.line, cov.instrumented.size - 1);
}
function touches(lines, from, to) {
    if (!lines)
        return false;
    for (const l of lines)
        if (l >= from && l <= to)
            return true;
    return false;
}


/***/ }),

/***/ 82997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aI: () => (/* binding */ IntColumn),
/* harmony export */   re: () => (/* binding */ LineBits),
/* harmony export */   x9: () => (/* binding */ FloatColumn)
/* harmony export */ });
const EMPTY_INT = new Int32Array(0);
const EMPTY_FLOAT = new Float64Array(0);
const EMPTY_BYTES = new Uint8Array(0);
/**
 * Append-only numeric columns backed by typed arrays. A big report holds millions of lines and
 * branches; as JS objects they would cost ~10× the bytes of the report, as columns a few bytes
 * each.
 */
class Column {
    make;
    data;
    length = 0;
    /** No array until the first value: most files have no branches, many no functions. */
    constructor(make, empty, capacity) {
        this.make = make;
        this.data = capacity ? make(capacity) : empty;
    }
    /** Room for `n` values in all, so that reading a known count grows the array once. */
    reserve(n) {
        if (n <= this.data.length)
            return;
        const next = this.make(n);
        next.set(this.data.subarray(0, this.length));
        this.data = next;
    }
    push(v) {
        if (this.length === this.data.length) {
            const next = this.make(Math.max(16, this.data.length * 2));
            next.set(this.data);
            this.data = next;
        }
        this.data[this.length++] = v;
    }
    get(i) {
        return this.data[i];
    }
    set(i, v) {
        this.data[i] = v;
    }
    /** Bytes of backing store. */
    get byteLength() {
        return this.data.byteLength;
    }
}
class IntColumn extends Column {
    constructor(capacity = 0) {
        super((n) => new Int32Array(n), EMPTY_INT, capacity);
    }
}
/** Same as IntColumn for values past 2^31 (branch ids built from block and branch numbers). */
class FloatColumn extends Column {
    constructor(capacity = 0) {
        super((n) => new Float64Array(n), EMPTY_FLOAT, capacity);
    }
}
/** A growable bit set indexed by line number. */
class LineBits {
    data = EMPTY_BYTES;
    /** Highest index set + 1. */
    size = 0;
    set(i) {
        const byte = i >>> 3;
        if (byte >= this.data.length) {
            let n = Math.max(64, this.data.length * 2);
            while (n <= byte)
                n *= 2;
            const next = new Uint8Array(n);
            next.set(this.data);
            this.data = next;
        }
        this.data[byte] |= 1 << (i & 7);
        if (i >= this.size)
            this.size = i + 1;
    }
    has(i) {
        const byte = i >>> 3;
        return byte < this.data.length && (this.data[byte] & (1 << (i & 7))) !== 0;
    }
    count() {
        let n = 0;
        const bytes = (this.size + 7) >>> 3;
        for (let i = 0; i < bytes; i++)
            n += POPCOUNT[this.data[i]];
        return n;
    }
    get byteLength() {
        return this.data.byteLength;
    }
    /** The bytes that hold bits below `size` (a view, not a copy). */
    bytes() {
        return this.data.subarray(0, (this.size + 7) >>> 3);
    }
    /** Replaces the bits with `size` bits from bytes written by `bytes()` (copied). */
    load(size, bytes) {
        this.data = bytes.length ? new Uint8Array(bytes) : EMPTY_BYTES;
        this.size = size;
    }
    /** Set indices in ascending order. */
    *values() {
        for (let i = 0; i < this.size; i++)
            if (this.has(i))
                yield i;
    }
}
const POPCOUNT = new Uint8Array(256).map((_, i) => {
    let n = 0;
    for (let v = i; v; v >>= 1)
        n += v & 1;
    return n;
});


/***/ }),

/***/ 91988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ measureReports)
/* harmony export */ });
/* harmony import */ var _gaps_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23727);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80561);
/* harmony import */ var _patch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43530);
/* harmony import */ var _read_reports_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55255);




/** Reads and merges the reports, measures them, and releases their data. */
async function measureReports(input) {
    const { reports, change, gapLimit, ...read } = input;
    const data = await (0,_read_reports_js__WEBPACK_IMPORTED_MODULE_0__/* .readReports */ .oh)(reports, read);
    try {
        const lanes = {};
        for (const [lane, store] of data.lanes)
            lanes[lane] = {
                line: percentOrNull((0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .sumCounts */ .W_)(store, 'line')),
                branch: percentOrNull((0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .sumCounts */ .W_)(store, 'branch')),
                function: percentOrNull((0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .sumCounts */ .W_)(store, 'function'))
            };
        return {
            code: (0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .codeMetrics */ .JC)(data),
            statements: (0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .sumCounts */ .W_)(data.all, 'statement'),
            gaps: (0,_gaps_js__WEBPACK_IMPORTED_MODULE_2__/* .codeGaps */ .L)(data.all, change?.lines, gapLimit ?? 50),
            patch: change ? (0,_patch_js__WEBPACK_IMPORTED_MODULE_3__/* .patchCoverage */ .bw)(change, data.all) : null,
            lanes,
            reports: data.reports.map((r) => ({
                path: r.path,
                format: r.format,
                lane: r.lane,
                files: r.files,
                notes: r.notes,
                declared: r.declared
            })),
            skipped: data.skipped
        };
    }
    finally {
        data.release();
    }
}
function percentOrNull(c) {
    return c.total ? (0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(c) : null;
}


/***/ }),

/***/ 80561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   JC: () => (/* binding */ codeMetrics),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   Pl: () => (/* binding */ heeTotal),
/* harmony export */   W_: () => (/* binding */ sumCounts),
/* harmony export */   _e: () => (/* binding */ SPEC_WEIGHTS)
/* harmony export */ });
/* harmony import */ var _coverage_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92038);

const METRICS = ['line', 'branch', 'function', 'integration', 'spec', 'prompt'];
/** The spec's weights for the HEE total. */
const SPEC_WEIGHTS = {
    line: 0.3,
    branch: 0.2,
    function: 0.2,
    integration: 0.1,
    spec: 0.15,
    prompt: 0.05
};
/** Sums a store's counts of one kind over its files (a CoverageStore's without reading files back from disk). */
function sumCounts(store, kind) {
    if (store instanceof _coverage_store_js__WEBPACK_IMPORTED_MODULE_0__/* .CoverageStore */ .u0)
        return store.sum(kind);
    const total = { covered: 0, total: 0 };
    for (const f of store.values()) {
        const c = kind === 'line'
            ? f.lineCounts()
            : kind === 'branch'
                ? f.branchCounts()
                : kind === 'function'
                    ? f.functionCounts()
                    : f.statementCounts();
        if (!c)
            continue;
        total.covered += c.covered;
        total.total += c.total;
    }
    return total;
}
/** A percentage rounded to two decimals, as the tools print them. */
function percent(c) {
    return Math.round((c.covered / c.total) * 10000) / 100;
}
function fromCounts(c, carried, kind) {
    if (!carried)
        return { value: null, reason: `no report carries ${kind} data` };
    if (c.total === 0)
        return { value: null, counts: c, reason: `the reports carry ${kind} data but list no ${kind}` };
    return { value: percent(c), counts: c };
}
/** Line, branch, function and integration coverage from the merged reports. */
function codeMetrics(data) {
    const carries = (k) => data.reports.some((r) => r.carries[k]);
    const line = fromCounts(sumCounts(data.all, 'line'), carries('lines'), 'line');
    let integration;
    if (!data.integration)
        integration = { value: null, reason: 'no report is tagged as an integration lane' };
    else {
        // Integration coverage: lines the integration lanes ran, of all instrumented lines (any lane).
        const covered = sumCounts(data.integration, 'line').covered;
        integration = fromCounts({ covered, total: line.counts?.total ?? 0 }, true, 'line');
    }
    return {
        line,
        branch: fromCounts(sumCounts(data.all, 'branch'), carries('branches'), 'branch'),
        function: fromCounts(sumCounts(data.all, 'function'), carries('functions'), 'function'),
        integration
    };
}
/**
 * The spec's weighted HEE total over the metrics that were measured, with the weights
 * renormalised over them: a metric not measured counts neither as 0 nor as 100. Null when
 * nothing was measured.
 */
function heeTotal(metrics, weights = SPEC_WEIGHTS) {
    let sum = 0;
    let w = 0;
    for (const m of METRICS) {
        const v = metrics[m];
        if (v === null || v === undefined || !(weights[m] > 0))
            continue;
        sum += v * weights[m];
        w += weights[m];
    }
    return w === 0 ? null : Math.round((sum / w) * 100) / 100;
}


/***/ }),

/***/ 18147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sonarGeneric),
/* harmony export */   v: () => (/* binding */ parseCobertura)
/* harmony export */ });
/* harmony import */ var _file_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79272);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27534);
/* harmony import */ var _report_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83835);
/* harmony import */ var _xml_stream_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71586);




/**
 * Cobertura XML as written by coverage.py, c8/istanbul, gcovr, ReportGenerator, cobertura
 * itself and others: `<class filename>` elements with `<lines>` (branch lines carry
 * `condition-coverage="50% (1/2)"`) and optional `<methods>`; `<sources>` name the roots the
 * file names are relative to.
 */
const parseCobertura = async (src, emit) => {
    const result = {
        format: 'cobertura',
        files: 0,
        carries: { lines: false, branches: false, functions: false, statements: false },
        notes: []
    };
    const sources = [];
    const stack = [];
    let rec;
    let method;
    let sawRoot = false;
    let inSource = false;
    let sourceText = '';
    // The roots as they stand, one array shared by the classes that follow them.
    let roots = [];
    await (0,_xml_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .streamXml */ .s)(src.open(), src.name, {
        open(name, a, line) {
            const parent = stack[stack.length - 1];
            stack.push(name);
            if (!sawRoot) {
                sawRoot = true;
                if (name !== 'coverage')
                    throw new _report_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CoverageReportError */ .p(src.name, line, `the root element is <${name}>, not Cobertura's <coverage>`);
                if ('clover' in a)
                    throw new _report_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CoverageReportError */ .p(src.name, line, 'a Clover report (root <coverage clover=…>): Clover XML is not read; ask the tool for Cobertura, lcov or JSON');
                const lv = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(a['lines-valid']);
                const lc = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(a['lines-covered']);
                const bv = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(a['branches-valid']);
                const bc = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(a['branches-covered']);
                result.declared = {
                    lines: lv !== undefined && lc !== undefined ? { covered: lc, total: lv } : undefined,
                    branches: bv !== undefined && bc !== undefined ? { covered: bc, total: bv } : undefined
                };
                if (a.version)
                    result.notes.push(`Cobertura from ${a.version}`);
                return;
            }
            switch (name) {
                case 'file':
                    if (parent === 'coverage')
                        throw sonarGeneric(src.name, line);
                    return;
                case 'source':
                    inSource = true;
                    sourceText = '';
                    return;
                case 'class': {
                    const filename = a.filename;
                    if (!filename)
                        throw new _report_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CoverageReportError */ .p(src.name, line, '<class> without a filename attribute');
                    rec = (0,_file_record_js__WEBPACK_IMPORTED_MODULE_3__/* .newRecord */ .Mx)(filename, line);
                    rec.sourceRoots = roots;
                    return;
                }
                case 'method':
                    if (!rec)
                        throw new _report_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CoverageReportError */ .p(src.name, line, '<method> outside a <class>');
                    method = { name: a.name ?? '(anonymous)', line: 0, end: 0, hits: (0,_report_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(a.hits), maxLineHits: 0 };
                    result.carries.functions = true;
                    return;
                case 'line': {
                    if (!rec)
                        throw new _report_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CoverageReportError */ .p(src.name, line, '<line> outside a <class>');
                    const nr = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_2__/* .lineNumber */ .eT)(a.number);
                    const hits = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(a.hits);
                    if (nr === undefined || hits === undefined)
                        throw new _report_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CoverageReportError */ .p(src.name, line, `<line number="${a.number}" hits="${a.hits}">: not a line number and hit count`);
                    if (method && parent === 'lines' && stack[stack.length - 3] === 'method') {
                        // Lines inside <method> repeat the class's lines: they only place the method.
                        if (!method.line || nr < method.line)
                            method.line = nr;
                        if (nr > method.end)
                            method.end = nr;
                        method.maxLineHits = Math.max(method.maxLineHits, hits);
                        return;
                    }
                    (0,_file_record_js__WEBPACK_IMPORTED_MODULE_3__/* .addLine */ .cG)(rec, nr, hits);
                    result.carries.lines = true;
                    // .NET writers (coverlet, Microsoft.CodeCoverage) spell the flag `True`. Some writers put
                    // `condition-coverage="100%"` on every line as a default, with `branch="false"` or none:
                    // only a line flagged a branch, or one whose value has counts, has branches.
                    const cc = a['condition-coverage'];
                    const flag = a.branch?.toLowerCase();
                    if (cc && (flag === 'true' || (flag === undefined && /\(\d+\/\d+\)/.test(cc)))) {
                        const m = /\((\d+)\/(\d+)\)/.exec(cc);
                        if (!m)
                            throw new _report_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CoverageReportError */ .p(src.name, line, `condition-coverage="${a['condition-coverage']}" is not "P% (covered/total)"`);
                        const covered = Number(m[1]);
                        const total = Number(m[2]);
                        if (covered > total)
                            throw new _report_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CoverageReportError */ .p(src.name, line, `condition-coverage="${a['condition-coverage']}" covers more than it has`);
                        for (let i = 0; i < total; i++)
                            rec.branches.push({ line: nr, id: i, taken: i < covered });
                        result.carries.branches = true;
                    }
                    return;
                }
            }
        },
        text(t) {
            if (inSource)
                sourceText += t;
        },
        close(name) {
            stack.pop();
            if (name === 'source') {
                inSource = false;
                const s = sourceText.trim();
                if (s) {
                    sources.push(s);
                    roots = sources.slice();
                }
            }
            else if (name === 'method' && rec && method) {
                rec.functions.push({
                    name: method.name,
                    line: method.line,
                    endLine: method.end > method.line ? method.end : undefined,
                    hits: method.hits ?? method.maxLineHits
                });
                method = undefined;
            }
            else if (name === 'class' && rec) {
                emit(rec);
                rec = undefined;
            }
        }
    });
    if (!sawRoot)
        throw new _report_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CoverageReportError */ .p(src.name, 1, 'no XML element: not a Cobertura report');
    return result;
};
/** `<coverage version="1"><file path>` is SonarQube's generic coverage format, which gcovr and others also write. */
function sonarGeneric(name, line) {
    return new _report_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CoverageReportError */ .p(name, line, 'SonarQube generic coverage XML (<coverage version="1"><file path=…><lineToCover …>, e.g. gcovr --sonarqube), not Cobertura: ask the tool for Cobertura (gcovr --cobertura), lcov or JSON');
}


/***/ }),

/***/ 43530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MA: () => (/* binding */ changedLines),
/* harmony export */   bw: () => (/* binding */ patchCoverage),
/* harmony export */   eb: () => (/* binding */ toRanges)
/* harmony export */ });
/* unused harmony export parseUnifiedDiff */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80561);


/**
 * The lines a pull request changed: the diff from the merge base of `base` and HEAD to HEAD,
 * never from `base` itself — when the base branch moved on since the branch was cut, a diff
 * against it would count the base's own new lines as the pull request's.
 */
async function changedLines(git, base, head = 'HEAD') {
    let mergeBase;
    try {
        mergeBase = (await git(['merge-base', base, head])).trim();
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`no merge base of ${base} and ${head}: ${firstLine(e)}`, {
            hint: 'fetch the base branch and enough history (actions/checkout with fetch-depth: 0)'
        });
    }
    const headSha = (await git(['rev-parse', head])).trim();
    const diff = await git([
        '-c',
        'core.quotePath=false',
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--unified=0',
        '-M',
        mergeBase,
        headSha,
        '--'
    ]);
    return { base, mergeBase, head: headSha, lines: parseUnifiedDiff(diff) };
}
/** New-side line numbers of added lines in a `git diff --unified=0`, per new path. */
function parseUnifiedDiff(diff) {
    const out = new Map();
    let file;
    let next = 0;
    let remaining = 0;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const p = line.slice(4);
            file = p === '/dev/null' ? undefined : unquote(p).replace(/^b\//, '');
            remaining = 0;
            continue;
        }
        if (line.startsWith('@@ ')) {
            const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
            if (m) {
                next = Number(m[1]);
                remaining = m[2] === undefined ? 1 : Number(m[2]);
            }
            continue;
        }
        if (remaining > 0 && file && line.startsWith('+')) {
            let s = out.get(file);
            if (!s)
                out.set(file, (s = new Set()));
            s.add(next++);
            remaining--;
        }
    }
    return out;
}
/** Git quotes paths with unusual bytes: "b/caf\303\251.ts". */
function unquote(p) {
    if (!p.startsWith('"'))
        return p;
    const bytes = [];
    const s = p.slice(1, -1);
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const n = s[++i];
        if (/[0-7]/.test(n)) {
            bytes.push(parseInt(s.slice(i, i + 3), 8));
            i += 2;
        }
        else
            bytes.push({ n: 10, t: 9, '"': 34, '\\': 92 }[n] ?? n.charCodeAt(0));
    }
    return Buffer.from(bytes).toString('utf8');
}
function patchCoverage(change, files) {
    const counts = { covered: 0, total: 0 };
    const uncovered = [];
    const unmeasured = [];
    for (const [file, lines] of [...change.lines].sort(([a], [b]) => a.localeCompare(b))) {
        const cov = files.get(file);
        if (!cov || !cov.hasDetail) {
            unmeasured.push(file);
            continue;
        }
        const missed = [];
        for (const l of [...lines].sort((a, b) => a - b)) {
            if (!cov.instrumented.has(l))
                continue;
            counts.total++;
            if (cov.covered.has(l))
                counts.covered++;
            else
                missed.push(l);
        }
        if (missed.length)
            uncovered.push({ file, lines: missed });
    }
    return {
        base: change.base,
        merge_base: change.mergeBase,
        head: change.head,
        value: counts.total ? (0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(counts) : null,
        counts,
        uncovered,
        unmeasured_files: unmeasured
    };
}
/** Consecutive numbers as ranges: [3,4,5,9] → [[3,5],[9,9]]. */
function toRanges(lines) {
    const out = [];
    for (const l of lines) {
        const last = out[out.length - 1];
        if (last && l === last[1] + 1)
            last[1] = l;
        else
            out.push([l, l]);
    }
    return out;
}
function firstLine(e) {
    return (e.message ?? String(e)).trim().split('\n')[0];
}


/***/ }),

/***/ 55255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oh: () => (/* binding */ readReports)
});

// UNUSED EXPORTS: DEFAULT_INTEGRATION_LANES, DEFAULT_LANE, PARSERS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/coverage/detect-format.ts
var detect_format = __webpack_require__(31913);
// EXTERNAL MODULE: ./packages/core/src/coverage/coverage-store.ts + 2 modules
var coverage_store = __webpack_require__(92038);
// EXTERNAL MODULE: ./packages/core/src/coverage/growable.ts
var growable = __webpack_require__(82997);
// EXTERNAL MODULE: ./packages/core/src/coverage/parse-cobertura.ts
var parse_cobertura = __webpack_require__(18147);
// EXTERNAL MODULE: ./packages/core/src/coverage/file-record.ts
var file_record = __webpack_require__(79272);
// EXTERNAL MODULE: ./node_modules/@streamparser/json/dist/mjs/index.js + 7 modules
var mjs = __webpack_require__(75497);
// EXTERNAL MODULE: ./packages/core/src/coverage/report-error.ts
var report_error = __webpack_require__(83835);
;// CONCATENATED MODULE: ./packages/core/src/coverage/json-stream.ts


/**
 * Streams a JSON document and hands over the values at the given selectors (`$.files.*`) one
 * at a time, dropping each after the call: a 100 MB Istanbul or llvm-cov report is never one
 * object tree, only one file's entry at a time. A syntax error or a document that ends early
 * names the line it reached.
 */
async function streamJson(stream, name, selectors, onValue) {
    const parser = new mjs/* JSONParser */.oj({ paths: selectors, keepStack: false });
    let line = 1;
    let failure;
    let started = false;
    parser.onValue = (info) => {
        if (failure)
            return;
        const path = [];
        for (const s of info.stack)
            if (s.key !== undefined)
                path.push(s.key);
        if (info.key !== undefined)
            path.push(info.key);
        try {
            onValue(info.value, path, line);
        }
        catch (e) {
            failure = e;
        }
    };
    parser.onError = (e) => {
        failure ??= new report_error/* CoverageReportError */.p(name, line, `malformed JSON: ${e.message.replace(/ in state \w+/, '').replace(/ Either not all.*$/, '')}`);
    };
    parser.onEnd = () => undefined;
    try {
        for await (const chunk of stream) {
            const b = chunk;
            if (!started && b.length)
                started = true;
            if (parser.isEnded) {
                if (/\S/.test(b.toString('utf8')))
                    throw new report_error/* CoverageReportError */.p(name, line, 'data after the end of the JSON document');
                continue;
            }
            parser.write(b);
            if (failure)
                throw failure;
            // Line numbers advance per chunk; an error is reported at the line its chunk started.
            for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1))
                line++;
        }
    }
    catch (e) {
        if (e instanceof report_error/* CoverageReportError */.p)
            throw e;
        throw new report_error/* CoverageReportError */.p(name, line, `cannot read the report: ${e.message}`);
    }
    finally {
        stream.destroy();
    }
    if (!started)
        throw (0,report_error/* noSourceFile */.L)(name, 'the empty file');
    if (!parser.isEnded)
        throw failure ?? new report_error/* CoverageReportError */.p(name, line, 'the JSON document ends early: the report is truncated');
    if (failure)
        throw failure;
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/parse-coverage-py.ts



/**
 * coverage.py's JSON report (`coverage json`, formats 1–3): executed and missing lines per
 * file, executed and missing branch arcs when measured with `--branch`, and — from coverage.py
 * 7.6 — functions as regions (a function is covered when any line of its body ran).
 */
const parseCoveragePy = async (src, emit) => {
    const result = {
        format: 'coverage-py',
        files: 0,
        carries: { lines: true, branches: false, functions: false, statements: false },
        notes: []
    };
    let sawFiles = false;
    let sawMeta = false;
    await streamJson(src.open(), src.name, ['$.meta', '$.files.*', '$.totals'], (value, path, line) => {
        if (path[0] === 'meta') {
            const meta = value;
            sawMeta = typeof meta?.version === 'string';
            if (meta?.version)
                result.notes.push(`coverage.py ${meta.version}`);
            if (meta?.branch_coverage)
                result.carries.branches = true;
            return;
        }
        if (path[0] === 'totals') {
            const t = value;
            result.declared = {
                lines: typeof t?.num_statements === 'number'
                    ? { covered: t.covered_lines ?? 0, total: t.num_statements }
                    : undefined,
                branches: typeof t?.num_branches === 'number' ? { covered: t.covered_branches ?? 0, total: t.num_branches } : undefined
            };
            return;
        }
        sawFiles = true;
        const key = String(path[1]);
        const v = value;
        if (!v || typeof v !== 'object' || !Array.isArray(v.executed_lines) || !Array.isArray(v.missing_lines))
            throw new report_error/* CoverageReportError */.p(src.name, line, `the entry "${key.slice(0, 120)}" has no executed_lines and missing_lines: not a coverage.py JSON report`);
        const r = (0,file_record/* newRecord */.Mx)(key, line);
        // coverage.py lists line 0 as executed for a file with no statement: it is no source line.
        for (const l of v.executed_lines)
            if (l !== 0)
                r.lines.set(l, 1);
        for (const l of v.missing_lines)
            if (l !== 0 && !r.lines.has(l))
                r.lines.set(l, 0);
        for (const [from, to] of v.executed_branches ?? [])
            r.branches.push({ line: from, id: to + 1_000_000, taken: true });
        for (const [from, to] of v.missing_branches ?? [])
            r.branches.push({ line: from, id: to + 1_000_000, taken: false });
        if (v.functions) {
            result.carries.functions = true;
            for (const [name, fn] of Object.entries(v.functions)) {
                if (name === '')
                    continue; // module-level code, not a function
                const lines = [...(fn.executed_lines ?? []), ...(fn.missing_lines ?? [])];
                if (!lines.length)
                    continue;
                const first = fn.start_line ?? Math.min(...lines);
                r.functions.push({
                    name,
                    line: first,
                    endLine: Math.max(...lines),
                    hits: (fn.executed_lines?.length ?? 0) > 0 ? 1 : 0
                });
            }
        }
        emit(r);
    });
    // coverage.py writes its "meta" first: with it and no file entry, the report is an empty one.
    if (!sawFiles && !sawMeta)
        throw new report_error/* CoverageReportError */.p(src.name, 1, 'no "files" object: not a coverage.py JSON report');
    return result;
};

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./packages/core/src/coverage/line-reader.ts


/** A line longer than this is not a line of a line-based report. */
const MAX_LINE_CHARS = 1024 * 1024;
/**
 * Calls `onLine` for every line of the stream with its 1-based number; CRLF and LF both end a
 * line, and a last line without either is flagged `unterminated`. Memory is one chunk plus one partial line: a 100 MB report is never held whole.
 */
async function forEachLine(stream, name, onLine) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let partial = '';
    let line = 0;
    const scan = (s) => {
        let start = 0;
        let nl = s.indexOf('\n');
        while (nl !== -1) {
            let text = start === 0 && partial ? partial + s.slice(0, nl) : s.slice(start, nl);
            if (start === 0)
                partial = '';
            if (text.charCodeAt(text.length - 1) === 13)
                text = text.slice(0, -1);
            onLine(text, ++line);
            start = nl + 1;
            nl = s.indexOf('\n', start);
        }
        const rest = start === 0 ? partial + s : s.slice(start);
        if (rest.length > MAX_LINE_CHARS)
            throw new report_error/* CoverageReportError */.p(name, line + 1, `a line longer than ${MAX_LINE_CHARS} characters: not a line-based report`);
        partial = rest;
    };
    try {
        for await (const chunk of stream)
            scan(decoder.write(chunk));
    }
    catch (e) {
        if (e instanceof report_error/* CoverageReportError */.p)
            throw e;
        throw new report_error/* CoverageReportError */.p(name, line + 1, `cannot read the report: ${e.message}`);
    }
    finally {
        stream.destroy();
    }
    scan(decoder.end());
    if (partial) {
        const text = partial.endsWith('\r') ? partial.slice(0, -1) : partial;
        partial = '';
        onLine(text, ++line, true);
    }
    return line;
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/parse-go.ts



const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
/**
 * Go coverprofiles (`go test -coverprofile`, modes set, count and atomic; also concatenated
 * profiles with one `mode:` line each). Blocks are de-duplicated by position as `go tool cover`
 * does, statements counted as Go counts them ("coverage: N% of statements"), and each line of
 * a block takes the block's count. Go reports no functions or branches: those are not measured.
 */
const parseGo = async (src, emit) => {
    const result = {
        format: 'go',
        files: 0,
        carries: { lines: true, branches: false, functions: false, statements: true },
        notes: []
    };
    let mode;
    // Per file: block position → [statements, count]; a profile is grouped by package, so files stay few.
    const files = new Map();
    await forEachLine(src.open(), src.name, (line, n) => {
        const text = line.trimEnd();
        if (text === '')
            return;
        if (text.startsWith('mode: ')) {
            const m = text.slice(6).trim();
            if (m !== 'set' && m !== 'count' && m !== 'atomic')
                throw new report_error/* CoverageReportError */.p(src.name, n, `unknown coverprofile mode '${m}'`);
            if (mode && m !== mode)
                throw new report_error/* CoverageReportError */.p(src.name, n, `mode '${m}' after mode '${mode}': profiles of different modes cannot be merged`);
            mode = m;
            return;
        }
        if (!mode)
            throw new report_error/* CoverageReportError */.p(src.name, n, "no 'mode:' line before the first block: not a Go coverprofile");
        const m = BLOCK.exec(text);
        if (!m)
            throw new report_error/* CoverageReportError */.p(src.name, n, `'${text.slice(0, 80)}' is not 'file:line.col,line.col statements count'`);
        const [, file, sl, sc, el, ec, stmts, cnt] = m;
        const start = Number(sl);
        const end = Number(el);
        if (start < 1 || end < start)
            throw new report_error/* CoverageReportError */.p(src.name, n, `block ${sl}.${sc},${el}.${ec} ends before it starts`);
        let f = files.get(file);
        if (!f)
            files.set(file, (f = { at: n, blocks: new Map() }));
        const key = `${sl}.${sc},${el}.${ec}`;
        const prev = f.blocks.get(key);
        const count = Number(cnt);
        if (prev)
            prev[3] = mode === 'set' ? Math.max(prev[3], count) : prev[3] + count;
        else
            f.blocks.set(key, [start, end, Number(stmts), count]);
    });
    if (!mode)
        throw new report_error/* CoverageReportError */.p(src.name, 1, "no 'mode:' line: not a Go coverprofile");
    result.notes.push(`go coverprofile, mode ${mode}`);
    for (const [file, { at, blocks }] of files) {
        const r = (0,file_record/* newRecord */.Mx)(file, at);
        r.goImportPath = true;
        let total = 0;
        let covered = 0;
        for (const [start, end, stmts, count] of blocks.values()) {
            total += stmts;
            if (count > 0)
                covered += stmts;
            for (let l = start; l <= end; l++)
                (0,file_record/* addLine */.cG)(r, l, count);
        }
        r.statements = { total, covered };
        emit(r);
    }
    return result;
};

;// CONCATENATED MODULE: ./packages/core/src/coverage/parse-istanbul.ts



/**
 * Istanbul's `coverage-final.json` (nyc, c8, jest, vitest): one entry per file with statement,
 * function and branch maps and their counters. Lines are derived as Istanbul derives them: the
 * largest count of the statements that start on the line.
 */
const parseIstanbulFinal = async (src, emit) => {
    const result = {
        format: 'istanbul-final',
        files: 0,
        carries: { lines: true, branches: true, functions: true, statements: true },
        notes: []
    };
    await streamJson(src.open(), src.name, ['$.*'], (value, path, line) => {
        const key = String(path[0]);
        let v = value;
        if (v && typeof v === 'object' && v.data && !v.statementMap)
            v = v.data; // older nyc wraps each entry in `data`
        if (!v ||
            typeof v !== 'object' ||
            Array.isArray(v) ||
            typeof v.s !== 'object' ||
            typeof v.statementMap !== 'object')
            throw new report_error/* CoverageReportError */.p(src.name, line, `the entry "${key.slice(0, 120)}" has no statementMap and s: not an Istanbul coverage-final.json`);
        emit(istanbulRecord(v, key, line, src.name));
    });
    return result;
};
function istanbulRecord(v, key, line, name) {
    const r = (0,file_record/* newRecord */.Mx)(typeof v.path === 'string' && v.path ? v.path : key, line);
    const bad = (what) => {
        throw new report_error/* CoverageReportError */.p(name, line, `the entry "${key.slice(0, 120)}": ${what}`);
    };
    let total = 0;
    let covered = 0;
    for (const [id, hits] of Object.entries(v.s ?? {})) {
        const loc = v.statementMap?.[id];
        if (!loc)
            continue;
        if (typeof hits !== 'number' || hits < 0)
            bad(`statement ${id} has the count ${JSON.stringify(hits)}`);
        const l = loc.start?.line;
        if (typeof l !== 'number' || l < 1)
            bad(`statement ${id} has no start line`);
        (0,file_record/* addLine */.cG)(r, l, hits);
        total++;
        if (hits > 0)
            covered++;
    }
    r.statements = { total, covered };
    for (const [id, fn] of Object.entries(v.fnMap ?? {})) {
        const hits = v.f?.[id] ?? 0;
        const l = fn.decl?.start?.line ?? fn.loc?.start?.line ?? fn.line;
        if (typeof l !== 'number')
            bad(`function ${id} has no line`);
        r.functions.push({ name: fn.name || `(anonymous_${id})`, line: l, endLine: fn.loc?.end?.line, hits });
    }
    for (const [id, br] of Object.entries(v.branchMap ?? {})) {
        const counts = v.b?.[id] ?? [];
        if (!Array.isArray(counts))
            bad(`branch ${id} has no array of counts`);
        // Older instrumenters and converters give a branch only `line`, or only its locations.
        const l = br.loc?.start?.line ?? br.line ?? br.locations?.find((x) => typeof x?.start?.line === 'number')?.start?.line;
        if (typeof l !== 'number')
            bad(`branch ${id} has no line`);
        counts.forEach((c, i) => r.branches.push({ line: l, id: Number(id) * 65536 + i, taken: c > 0 }));
    }
    return r;
}
/** Istanbul's `coverage-summary.json`: counts per file, no lines; merged as counts only. */
const parseIstanbulSummary = async (src, emit) => {
    const result = {
        format: 'istanbul-summary',
        files: 0,
        carries: { lines: true, branches: true, functions: true, statements: true },
        notes: ['counts only: coverage-summary.json has no per-line data, so it cannot give patch coverage or gaps']
    };
    await streamJson(src.open(), src.name, ['$.*'], (value, path, line) => {
        const key = String(path[0]);
        const v = value;
        const counts = (k) => {
            const c = v?.[k];
            if (c === undefined)
                return undefined;
            if (typeof c?.total !== 'number' || typeof c?.covered !== 'number' || c.covered > c.total || c.covered < 0)
                throw new report_error/* CoverageReportError */.p(src.name, line, `"${key.slice(0, 120)}".${k} is not {total, covered} counts: not an Istanbul coverage-summary.json`);
            return { total: c.total, covered: c.covered };
        };
        const summary = {
            lines: counts('lines'),
            branches: counts('branches'),
            functions: counts('functions'),
            statements: counts('statements')
        };
        if (!summary.lines)
            throw new report_error/* CoverageReportError */.p(src.name, line, `the entry "${key.slice(0, 120)}" has no lines counts: not an Istanbul coverage-summary.json`);
        if (key === 'total') {
            result.declared = { lines: summary.lines, branches: summary.branches };
            return;
        }
        const r = (0,file_record/* newRecord */.Mx)(key, line);
        r.summary = summary;
        emit(r);
    });
    return result;
};

// EXTERNAL MODULE: ./packages/core/src/coverage/report-format.ts
var report_format = __webpack_require__(27534);
// EXTERNAL MODULE: ./packages/core/src/coverage/xml-stream.ts
var xml_stream = __webpack_require__(71586);
;// CONCATENATED MODULE: ./packages/core/src/coverage/parse-jacoco.ts




/**
 * JaCoCo's XML report (`jacoco.xml`, also Kover's): `<package name="a/b">` holds `<class>`es
 * with `<method>` counters and `<sourcefile>`s with `<line nr mi ci mb cb>`. A line counts as
 * covered when any of its instructions ran (JaCoCo's own LINE counter); its branches are
 * `mb + cb` outcomes of which `cb` were taken.
 */
const parseJacoco = async (src, emit) => {
    const result = {
        format: 'jacoco',
        files: 0,
        carries: { lines: true, branches: false, functions: false, statements: false },
        notes: []
    };
    let sawRoot = false;
    let pkg;
    // Methods come with their class, before the package's source files: keep them per source file.
    let methods = new Map();
    let className;
    let classFile;
    let method;
    let rec;
    let depth = 0;
    let reportDepth = 0;
    // A multi-module report (Maven's report-aggregate) puts each module's packages in a <group>.
    const groups = [];
    const totals = { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
    await (0,xml_stream/* streamXml */.s)(src.open(), src.name, {
        open(name, a, line) {
            depth++;
            if (!sawRoot) {
                sawRoot = true;
                if (name !== 'report')
                    throw new report_error/* CoverageReportError */.p(src.name, line, `the root element is <${name}>, not JaCoCo's <report>`);
                reportDepth = depth;
                return;
            }
            switch (name) {
                case 'group':
                    groups.push(a.name ?? '');
                    return;
                case 'package':
                    pkg = a.name ?? '';
                    methods = new Map();
                    return;
                case 'class':
                    className = a.name;
                    classFile = a.sourcefilename;
                    return;
                case 'method': {
                    const m = {
                        name: methodName(className, a.name ?? '?'),
                        line: (0,report_format/* lineNumber */.eT)(a.line) ?? 0,
                        hits: 0
                    };
                    method = m;
                    if (classFile) {
                        const list = methods.get(classFile) ?? [];
                        // Overloads at one line (constructors whose field initialisers share it) are methods
                        // of their own for JaCoCo: their parameter types tell them apart.
                        if (list.some((o) => o.name === m.name && o.line === m.line))
                            m.name += parameterTypes(a.desc);
                        list.push(m);
                        methods.set(classFile, list);
                    }
                    result.carries.functions = true;
                    return;
                }
                case 'counter':
                    if (method && a.type === 'METHOD')
                        method.hits = (0,report_format/* count */.U9)(a.covered) ?? 0;
                    else if (!pkg && depth === reportDepth + 1) {
                        // The report's own totals, for the cross-check against JaCoCo's figures.
                        const c = { covered: (0,report_format/* count */.U9)(a.covered) ?? 0, total: ((0,report_format/* count */.U9)(a.covered) ?? 0) + ((0,report_format/* count */.U9)(a.missed) ?? 0) };
                        if (a.type === 'LINE')
                            result.declared = { ...result.declared, lines: c };
                        if (a.type === 'BRANCH')
                            result.declared = { ...result.declared, branches: c };
                    }
                    return;
                case 'sourcefile': {
                    if (pkg === undefined)
                        throw new report_error/* CoverageReportError */.p(src.name, line, '<sourcefile> outside a <package>');
                    const file = a.name ?? '';
                    rec = (0,file_record/* newRecord */.Mx)(pkg ? `${pkg}/${file}` : file, line);
                    rec.functions = methods.get(file) ?? [];
                    const modules = groups.filter(Boolean);
                    if (modules.length)
                        rec.modules = modules;
                    return;
                }
                case 'line': {
                    if (!rec)
                        throw new report_error/* CoverageReportError */.p(src.name, line, '<line> outside a <sourcefile>');
                    const nr = (0,report_format/* lineNumber */.eT)(a.nr);
                    const mi = (0,report_format/* count */.U9)(a.mi);
                    const ci = (0,report_format/* count */.U9)(a.ci);
                    const mb = (0,report_format/* count */.U9)(a.mb) ?? 0;
                    const cb = (0,report_format/* count */.U9)(a.cb) ?? 0;
                    if (nr === undefined || mi === undefined || ci === undefined)
                        throw new report_error/* CoverageReportError */.p(src.name, line, `<line nr="${a.nr}" mi="${a.mi}" ci="${a.ci}">: not a line number and instruction counts`);
                    if (mi + ci > 0) {
                        rec.lines.set(nr, ci);
                        totals.lines.total++;
                        if (ci > 0)
                            totals.lines.covered++;
                    }
                    for (let i = 0; i < mb + cb; i++)
                        rec.branches.push({ line: nr, id: i, taken: i < cb });
                    if (mb + cb > 0)
                        result.carries.branches = true;
                    return;
                }
            }
        },
        close(name) {
            depth--;
            if (name === 'method')
                method = undefined;
            else if (name === 'class')
                className = classFile = undefined;
            else if (name === 'sourcefile' && rec) {
                emit(rec);
                rec = undefined;
            }
            else if (name === 'package')
                pkg = undefined;
            else if (name === 'group')
                groups.pop();
        }
    });
    if (!sawRoot)
        throw new report_error/* CoverageReportError */.p(src.name, 1, 'no XML element: not a JaCoCo report');
    return result;
};
/** `Outer$Inner.method` from JaCoCo's `org/x/Outer$Inner` and `method`. */
function methodName(cls, name) {
    const simple = cls ? cls.slice(cls.lastIndexOf('/') + 1) : '';
    return simple ? `${simple}.${name}` : name;
}
/** `(ComputingNode, int[])` from a JVM method descriptor `(Lorg/x/ComputingNode;[I)V`. */
function parameterTypes(desc) {
    const params = /^\(([^)]*)\)/.exec(desc ?? '')?.[1];
    if (params === undefined)
        return `(${desc ?? '?'})`;
    const PRIMITIVE = {
        Z: 'boolean',
        B: 'byte',
        C: 'char',
        S: 'short',
        I: 'int',
        J: 'long',
        F: 'float',
        D: 'double'
    };
    const out = [];
    for (const m of params.matchAll(/(\[*)(?:L([^;]+);|([ZBCSIJFD]))/g)) {
        const type = m[2] ? m[2].slice(m[2].lastIndexOf('/') + 1).replace(/\$/g, '.') : PRIMITIVE[m[3]];
        out.push(type + '[]'.repeat(m[1].length));
    }
    return `(${out.join(', ')})`;
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/parse-lcov.ts




/**
 * lcov tracefiles as written by lcov/geninfo 1.x and 2.x, node's test runner, c8/istanbul,
 * grcov, cargo-llvm-cov, kcov and friends: `SF` … `end_of_record` blocks of DA/BRDA/FN/FNDA
 * (and lcov 2's FNL/FNA) lines. Unknown record types are skipped, so newer keys do not break
 * reading; anything that is not `KEY:value` is an error naming the line.
 */
const parseLcov = async (src, emit) => {
    const result = {
        format: 'lcov',
        files: 0,
        carries: { lines: false, branches: false, functions: false, statements: false },
        notes: []
    };
    let rec;
    // FN names to lines within the current record: FNDA refers to a function by name only. One
    // name may stand for several functions (methods of two classes, Solidity overloads): Istanbul's
    // and node's writers then give one FN and one FNDA per function, in the same order.
    let fnLines = new Map();
    let fnHits = new Map();
    // lcov 2: FNL declares an index with its lines, FNA gives hits and a name for an index; further
    // FNA of one index are aliases of the same function (C++ template instances, C's static
    // inline copies), so the function is counted once under its first name.
    let fnl = new Map();
    let unterminated = false;
    // A record's own LF/LH, BRF/BRH, FNF/FNH: used only when it gives no DA/BRDA/FN data at all.
    let sums = {};
    // Line 0 is no source line: some writers give one for a file's module wrapper. Such records are left out.
    let lineZero = 0;
    let zeroFns = new Set();
    const bad = (line, what) => {
        throw new report_error/* CoverageReportError */.p(src.name, line, `${what} (not a valid lcov tracefile line)`);
    };
    const close = () => {
        if (!rec)
            return;
        for (const [name, ats] of fnLines) {
            const hits = fnHits.get(name) ?? [];
            // As many FNDA as FN lines: one each, in order; otherwise the name's hits stand for all of them.
            const all = hits.length ? Math.max(...hits) : 0;
            ats.forEach((at, i) => rec.functions.push({
                name,
                line: at.line,
                endLine: at.endLine,
                hits: hits.length === ats.length ? hits[i] : all
            }));
        }
        if (sums.FNF !== undefined && rec.functions.length > sums.FNF)
            collapseInstances(rec);
        if (rec.lines.size === 0 && rec.branches.length === 0 && rec.functions.length === 0 && sums.LF) {
            // Counts without data: the writer's own figures are all there is for this file.
            const pair = (found, hit) => found === undefined ? undefined : { total: found, covered: Math.min(hit ?? 0, found) };
            rec.summary = {
                lines: pair(sums.LF, sums.LH),
                branches: pair(sums.BRF, sums.BRH),
                functions: pair(sums.FNF, sums.FNH)
            };
            result.carries.lines = true;
        }
        emit(rec);
        rec = undefined;
        fnLines = new Map();
        fnHits = new Map();
        fnl = new Map();
        sums = {};
        zeroFns = new Set();
    };
    await forEachLine(src.open(), src.name, (raw, n, last) => {
        unterminated = last === true;
        // Most lines are `DA:<line>,<hits>`: read without substrings (a 100 MB report has millions).
        if (rec && raw.charCodeAt(0) === 68 && raw.charCodeAt(1) === 65 && raw.charCodeAt(2) === 58) {
            let i = 3;
            let line = 0;
            let c = raw.charCodeAt(i);
            while (c >= 48 && c <= 57) {
                line = line * 10 + c - 48;
                c = raw.charCodeAt(++i);
            }
            if (c === 44 && line > 0 && i > 3) {
                let hits = 0;
                const start = ++i;
                c = raw.charCodeAt(i);
                while (c >= 48 && c <= 57) {
                    hits = hits * 10 + c - 48;
                    c = raw.charCodeAt(++i);
                }
                // Anything else after the digits (a checksum, a float, a sign) takes the general path.
                if (i > start && (i === raw.length || c === 44) && hits <= Number.MAX_SAFE_INTEGER) {
                    (0,file_record/* addLine */.cG)(rec, line, hits);
                    result.carries.lines = true;
                    return;
                }
            }
        }
        const text = raw.trim();
        if (text === '')
            return;
        if (text === 'end_of_record') {
            if (!rec)
                bad(n, 'end_of_record without a preceding SF');
            close();
            return;
        }
        const colon = text.indexOf(':');
        if (colon <= 0)
            bad(n, `'${text.slice(0, 60)}'`);
        const key = text.slice(0, colon);
        const value = text.slice(colon + 1);
        if (!/^[A-Z][A-Z0-9_]*$/.test(key))
            bad(n, `'${text.slice(0, 60)}'`);
        switch (key) {
            case 'TN':
            case 'VER':
                return;
            case 'SF':
                if (rec)
                    throw new report_error/* CoverageReportError */.p(src.name, n, `SF for ${value} before the end_of_record of ${rec.path} (line ${rec.at}): the tracefile is malformed`);
                if (!value)
                    bad(n, 'SF without a path');
                rec = (0,file_record/* newRecord */.Mx)(value, n);
                return;
        }
        if (!rec)
            throw new report_error/* CoverageReportError */.p(src.name, n, `${key} outside an SF … end_of_record block: not an lcov tracefile, or a truncated one`);
        const f = value.split(',');
        switch (key) {
            case 'DA': {
                if (f[0] === '0')
                    return void lineZero++;
                const line = (0,report_format/* lineNumber */.eT)(f[0]);
                const hits = (0,report_format/* count */.U9)(f[1]);
                if (line !== undefined && /^-\d/.test(f[1] ?? ''))
                    throw new report_error/* CoverageReportError */.p(src.name, n, `DA:${value}: a negative hit count (gcov's counters overflowed or raced between threads): no figure can be read from it; rerun with -fprofile-update=atomic`);
                if (line === undefined || hits === undefined)
                    bad(n, `DA:${value}`);
                (0,file_record/* addLine */.cG)(rec, line, hits);
                result.carries.lines = true;
                return;
            }
            case 'BRDA': {
                // BRDA:line,block,branch,taken — taken is '-' when the branch's block never ran.
                if (f[0] === '0')
                    return void lineZero++;
                const line = (0,report_format/* lineNumber */.eT)(f[0]);
                const block = (0,report_format/* count */.U9)(f[1]?.replace(/^e/, ''));
                const taken = f[3] === '-' ? 0 : (0,report_format/* count */.U9)(f[3]);
                if (line === undefined || block === undefined || taken === undefined || f.length < 4)
                    bad(n, `BRDA:${value}`);
                const branchKey = f.slice(2, f.length - 1).join(',');
                rec.branches.push({ line: line, id: block * 65536 + hashSmall(branchKey), taken: taken > 0 });
                result.carries.branches = true;
                return;
            }
            case 'FN': {
                // FN:line,name (lcov 1) or FN:line,endline,name (lcov 2); names may hold commas (C++).
                if (f[0] === '0') {
                    lineZero++;
                    zeroFns.add(f.slice(f.length >= 3 && (0,report_format/* lineNumber */.eT)(f[1]) !== undefined ? 2 : 1).join(','));
                    return;
                }
                const line = (0,report_format/* lineNumber */.eT)(f[0]);
                if (line === undefined || f.length < 2)
                    bad(n, `FN:${value}`);
                const end = f.length >= 3 ? (0,report_format/* lineNumber */.eT)(f[1]) : undefined;
                const name = (end !== undefined ? f.slice(2) : f.slice(1)).join(',');
                const ats = fnLines.get(name);
                if (!ats || ats[0].line === 0)
                    fnLines.set(name, [{ line: line, endLine: end }]);
                else if (!ats.some((a) => a.line === line))
                    ats.push({ line: line, endLine: end });
                result.carries.functions = true;
                return;
            }
            case 'FNDA': {
                const hits = (0,report_format/* count */.U9)(f[0]);
                if (hits === undefined || f.length < 2)
                    bad(n, `FNDA:${value}`);
                const name = f.slice(1).join(',');
                if (zeroFns.has(name))
                    return;
                const list = fnHits.get(name);
                if (list)
                    list.push(hits);
                else
                    fnHits.set(name, [hits]);
                if (!fnLines.has(name))
                    fnLines.set(name, [{ line: 0 }]);
                return;
            }
            case 'FNL': {
                const line = (0,report_format/* lineNumber */.eT)(f[1]);
                if (f[0] === undefined || line === undefined)
                    bad(n, `FNL:${value}`);
                fnl.set(f[0], { line: line, endLine: (0,report_format/* lineNumber */.eT)(f[2]) });
                result.carries.functions = true;
                return;
            }
            case 'FNA': {
                const at = fnl.get(f[0] ?? '');
                const hits = (0,report_format/* count */.U9)(f[1]);
                if (!at || hits === undefined || f.length < 3)
                    bad(n, `FNA:${value}`);
                const name = (at.name ??= f.slice(2).join(','));
                fnLines.set(name, [{ line: at.line, endLine: at.endLine }]);
                fnHits.set(name, [(fnHits.get(name)?.[0] ?? 0) + hits]);
                return;
            }
            case 'LF':
            case 'LH':
            case 'BRF':
            case 'BRH':
            case 'FNF':
            case 'FNH':
                // Recomputed from the data where there is data; kept for a record that has none.
                sums[key] = (0,report_format/* count */.U9)(value.trim());
                return;
            default:
                // Unknown keys are newer lcov (MCDC, MCF/MCH …).
                return;
        }
    });
    if (rec) {
        // Some writers leave out the last end_of_record; a file cut off mid-write ends mid-line.
        if (unterminated)
            throw new report_error/* CoverageReportError */.p(src.name, rec.at, `the record of ${rec.path} has no end_of_record and its last line no line end: the tracefile is truncated`);
        result.notes.push(`the last record (${rec.path}) has no end_of_record: read to the end of the file`);
        close();
    }
    if (lineZero)
        result.notes.push(`${lineZero} record(s) at line 0 left out: line 0 is no source line`);
    return result;
};
/** A stable small number for lcov's branch field, which may be an expression string in lcov 2. */
function hashSmall(s) {
    const n = Number(s);
    if (Number.isInteger(n) && n >= 0 && n < 65536)
        return n;
    let h = 0;
    for (let i = 0; i < s.length; i++)
        h = (h * 31 + s.charCodeAt(i)) & 0xffff;
    return h;
}
/**
 * llvm-cov's lcov export (cargo llvm-cov, clang) lists every instance of a function: each
 * generic instantiation and each binary's copy (the library and its test binary), under
 * mangled names, while its FNF counts the function once. When a record lists more functions
 * than its own FNF, the instances at one line are one function, run when any instance ran.
 */
function collapseInstances(rec) {
    const byLine = new Map();
    for (const f of rec.functions) {
        const seen = byLine.get(f.line);
        if (!seen)
            byLine.set(f.line, { ...f });
        else {
            seen.hits = Math.max(seen.hits, f.hits);
            if (f.endLine && (!seen.endLine || f.endLine > seen.endLine))
                seen.endLine = f.endLine;
        }
    }
    rec.functions = [...byLine.values()];
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/parse-llvm-cov.ts



/**
 * `llvm-cov export -format=text` JSON, which `cargo llvm-cov --json` and clang's source-based
 * coverage write. Lines are computed from the segments exactly as llvm-cov's LineCoverageStats
 * does (so the figures equal `llvm-cov report`); functions are grouped by start position like
 * llvm-cov's instantiation groups (a generic function counts once, covered if any
 * instantiation ran); each branch has a true and a false outcome.
 */
const parseLlvmCov = async (src, emit) => {
    const result = {
        format: 'llvm-cov',
        files: 0,
        carries: { lines: true, branches: false, functions: false, statements: false },
        notes: []
    };
    // Functions arrive after the files in the export; kept per file as start position → covered.
    // An export holds one `data` entry per set of objects it was given (`-object` repeated, or
    // exports merged by tools); a file may be in several, each with its own functions: entries
    // are kept apart by their index and united later like two reports of the file.
    const pending = new Map();
    const declaredLines = new Map();
    const fnGroups = new Map();
    let type;
    let summaryOnly = false;
    const summaryCounts = (c, what) => {
        if (c === undefined)
            return undefined;
        const { count, covered } = c;
        if (typeof count !== 'number' || typeof covered !== 'number' || covered < 0 || covered > count)
            throw new report_error/* CoverageReportError */.p(src.name, undefined, `${what} is not {count, covered} counts`);
        return { total: count, covered };
    };
    let sawData = false;
    await streamJson(src.open(), src.name, ['$.data.*.files.*', '$.data.*.functions.*', '$.type', '$.version'], (value, path, line) => {
        if (path[0] === 'type') {
            type = String(value);
            return;
        }
        if (path[0] === 'version') {
            result.notes.push(`llvm-cov export ${String(value)}`);
            return;
        }
        sawData = true;
        if (path[2] === 'files') {
            const f = value;
            if (f && typeof f.filename === 'string' && !Array.isArray(f.segments) && f.summary) {
                // `-summary-only` (cargo llvm-cov --json --summary-only): the file's counts, no lines.
                const r = (0,file_record/* newRecord */.Mx)(f.filename, line);
                r.summary = {
                    lines: summaryCounts(f.summary.lines, `${f.filename}: summary.lines`),
                    branches: summaryCounts(f.summary.branches, `${f.filename}: summary.branches`),
                    functions: summaryCounts(f.summary.functions, `${f.filename}: summary.functions`)
                };
                if (r.summary.branches)
                    result.carries.branches = true;
                if (r.summary.functions)
                    result.carries.functions = true;
                if (!r.summary.lines)
                    throw new report_error/* CoverageReportError */.p(src.name, line, `${f.filename}: a summary without lines counts`);
                if (!summaryOnly)
                    result.notes.push('summary only: the export has no per-line data, so no patch coverage or gaps');
                summaryOnly = true;
                pending.set(`${path[1]}\u0000${f.filename}`, r);
                return;
            }
            if (!f || typeof f.filename !== 'string' || !Array.isArray(f.segments))
                throw new report_error/* CoverageReportError */.p(src.name, line, 'a files[] entry without filename and segments: not an llvm-cov export');
            const r = (0,file_record/* newRecord */.Mx)(f.filename, line);
            linesFromSegments(f.segments, r, src.name, line);
            for (const b of f.branches ?? []) {
                if (!Array.isArray(b) || b.length < 6)
                    throw new report_error/* CoverageReportError */.p(src.name, line, `${f.filename}: a branch is not [line, col, line, col, true, false, …]`);
                result.carries.branches = true;
                const id = (b[0] * 4096 + b[1]) * 2;
                r.branches.push({ line: b[0], id, taken: b[4] > 0 }, { line: b[0], id: id + 1, taken: b[5] > 0 });
            }
            const key = `${path[1]}\u0000${f.filename}`;
            if (pending.has(key))
                throw new report_error/* CoverageReportError */.p(src.name, line, `${f.filename} appears twice in one data entry of the export`);
            pending.set(key, r);
            if (typeof f.summary?.lines?.count === 'number')
                declaredLines.set(key, f.summary.lines.count);
            return;
        }
        const fn = value;
        if (!fn || !Array.isArray(fn.regions) || !Array.isArray(fn.filenames))
            throw new report_error/* CoverageReportError */.p(src.name, line, 'a functions[] entry without regions and filenames: not an llvm-cov export');
        const first = fn.regions[0];
        if (!first)
            return;
        result.carries.functions = true;
        const name = fn.filenames[first[5] ?? 0];
        if (!name)
            return;
        const file = `${path[1]}\u0000${name}`;
        let endLine = first[2] ?? first[0];
        for (const reg of fn.regions)
            if (reg[5] === first[5] && reg[2] > endLine)
                endLine = reg[2];
        const group = fnGroups.get(file) ?? new Map();
        fnGroups.set(file, group);
        const key = `${first[0]}:${first[1]}`;
        const prev = group.get(key);
        const hits = typeof fn.count === 'number' ? fn.count : 0;
        if (prev)
            prev.hits += hits;
        else
            group.set(key, { name: fn.name ?? '?', line: first[0], endLine, hits });
    });
    // An export of nothing (no object had coverage mapping) still says its type: an empty report.
    if (!sawData && type !== 'llvm.coverage.json.export')
        throw new report_error/* CoverageReportError */.p(src.name, 1, 'no data[].files: not an llvm-cov export');
    if (type !== undefined && type !== 'llvm.coverage.json.export')
        throw new report_error/* CoverageReportError */.p(src.name, undefined, `"type": "${type}" is not llvm.coverage.json.export`);
    for (const [key, r] of pending) {
        for (const f of fnGroups.get(key)?.values() ?? [])
            r.functions.push({ name: f.name, line: f.line, endLine: f.endLine, hits: f.hits });
        // llvm-cov versions differ on whether a file's lines are all mapped lines of the file or only
        // those inside its functions (older ones leave out macro bodies expanded elsewhere). The
        // export states its own count: the reading that agrees with it is the one used.
        const declared = declaredLines.get(key);
        if (declared !== undefined && declared !== r.lines.size && r.functions.length) {
            const inside = new Map([...r.lines].filter(([l]) => r.functions.some((f) => l >= f.line && l <= (f.endLine ?? f.line))));
            if (inside.size === declared)
                r.lines = inside;
            else
                result.notes.push(`${r.path}: ${r.lines.size} mapped lines, llvm-cov's summary says ${declared}`);
        }
        emit(r);
    }
    return result;
};
/** llvm's LineCoverageStats over a file's segments: which lines are mapped and their counts. */
function linesFromSegments(segments, r, name, at) {
    if (!segments.length)
        return;
    let wrapped;
    let i = 0;
    const last = segments[segments.length - 1][0];
    for (let line = segments[0][0]; line <= last; line++) {
        const start = i;
        while (i < segments.length && segments[i][0] === line)
            i++;
        if (i < segments.length && segments[i][0] < line)
            throw new report_error/* CoverageReportError */.p(name, at, `${r.path}: segments are not in line order`);
        const onLine = segments.slice(start, i);
        let regions = 0;
        for (const s of onLine)
            if (!s[5] && s[3] && s[4])
                regions++;
        const skipped = onLine.length > 0 && !onLine[0][3] && onLine[0][4];
        let mapped = !skipped && ((wrapped !== undefined && !!wrapped[3]) || regions > 0);
        if (onLine.some((s) => s[4] && s[3]))
            mapped = true;
        if (mapped) {
            let count = wrapped ? wrapped[2] : 0;
            if (regions > 0)
                for (const s of onLine)
                    if (!s[5] && s[3] && s[4])
                        count = Math.max(count, s[2]);
            r.lines.set(line, count);
        }
        if (onLine.length)
            wrapped = onLine[onLine.length - 1];
    }
}

// EXTERNAL MODULE: ./packages/core/src/coverage/repo-paths.ts
var repo_paths = __webpack_require__(57435);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./packages/core/src/coverage/report-source.ts






/** How many bytes of a report are read to tell its format. */
const HEAD_BYTES = 64 * 1024;
async function openReport(path, name = path) {
    let fh;
    try {
        fh = await (0,promises_.open)(path, 'r');
    }
    catch (e) {
        throw new report_error/* CoverageReportError */.p(name, undefined, `cannot read the report: ${fsReason(e)}`);
    }
    let gzip = false;
    try {
        const st = await fh.stat();
        if (!st.isFile())
            throw new report_error/* CoverageReportError */.p(name, undefined, 'cannot read the report: not a file');
        const magic = Buffer.alloc(2);
        await fh.read(magic, 0, 2, 0);
        gzip = magic[0] === 0x1f && magic[1] === 0x8b;
    }
    finally {
        await fh.close();
    }
    const openBytes = () => {
        // 64 KB: a decoded chunk stays below V8's large-object size, so it dies young with the
        // lines cut from it instead of piling up in the old generation until a full collection.
        const raw = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 64 * 1024 });
        if (!gzip)
            return raw;
        const gunzip = (0,external_node_zlib_.createGunzip)();
        raw.on('error', (e) => gunzip.destroy(e));
        return raw.pipe(gunzip);
    };
    // A byte order mark says how the text is encoded: Windows tools (PowerShell's `>`, .NET
    // writers, editors) put one before UTF-8 and write UTF-16. Parsers read UTF-8 without it.
    const raw = await readHead(openBytes(), name, HEAD_BYTES);
    const bom = byteOrderMark(raw);
    const openStream = () => {
        const bytes = openBytes();
        if (!bom)
            return bytes;
        const text = toUtf8(bom);
        bytes.on('error', (e) => text.destroy(e));
        return bytes.pipe(text);
    };
    const head = (bom ? await readHead(openStream(), name, HEAD_BYTES) : raw).toString('utf8');
    return { name, path, gzip, head, open: openStream };
}
function byteOrderMark(b) {
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
        return 'utf8';
    if (b[0] === 0xff && b[1] === 0xfe)
        return 'utf16le';
    if (b[0] === 0xfe && b[1] === 0xff)
        return 'utf16be';
    return undefined;
}
/** Drops the byte order mark and turns UTF-16 into UTF-8, chunk by chunk. */
function toUtf8(bom) {
    let skip = bom === 'utf8' ? 3 : 2;
    const decoder = bom === 'utf8' ? undefined : new external_node_string_decoder_.StringDecoder('utf16le');
    let odd; // UTF-16BE: a byte left over for the next chunk's swap
    return new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            let b = chunk;
            if (skip) {
                const n = Math.min(skip, b.length);
                skip -= n;
                b = b.subarray(n);
            }
            if (!decoder)
                return done(null, b);
            if (bom === 'utf16be') {
                if (odd)
                    b = Buffer.concat([odd, b]);
                odd = b.length % 2 ? b.subarray(b.length - 1) : undefined;
                b = Buffer.from(b.subarray(0, b.length - (odd ? 1 : 0))).swap16();
            }
            done(null, Buffer.from(decoder.write(b), 'utf8'));
        },
        flush(done) {
            done(null, decoder ? Buffer.from(decoder.end(), 'utf8') : undefined);
        }
    });
}
async function readHead(stream, name, bytes) {
    const parts = [];
    let n = 0;
    try {
        for await (const chunk of stream) {
            const b = chunk;
            parts.push(b);
            n += b.length;
            if (n >= bytes)
                break;
        }
    }
    catch (e) {
        throw new report_error/* CoverageReportError */.p(name, undefined, `cannot read the report: ${e.message}`);
    }
    finally {
        stream.destroy();
    }
    return Buffer.concat(parts).subarray(0, bytes);
}
function fsReason(e) {
    const err = e;
    if (err?.code === 'ENOENT')
        return 'no such file';
    if (err?.code === 'EACCES')
        return 'permission denied';
    if (err?.code === 'EISDIR')
        return 'is a directory';
    return err?.message ?? String(e);
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/read-reports.ts















const PARSERS = {
    lcov: parseLcov,
    cobertura: parse_cobertura/* parseCobertura */.v,
    jacoco: parseJacoco,
    'istanbul-final': parseIstanbulFinal,
    'istanbul-summary': parseIstanbulSummary,
    go: parseGo,
    'llvm-cov': parseLlvmCov,
    'coverage-py': parseCoveragePy
};
/**
 * Per file of one report, in the order first seen: the report line where its entry starts, and
 * its placing hint, as numbers in columns; the few distinct hints are held once.
 */
class PlacingHints {
    lines = new growable/* FloatColumn */.x9();
    ids = new growable/* IntColumn */.aI();
    distinct = [];
    byText = new Map();
    last;
    add(r) {
        this.lines.push(r.at ?? -1);
        this.ids.push(this.idOf(r));
    }
    at(n) {
        const line = this.lines.get(n);
        return line < 0 ? undefined : line;
    }
    of(n) {
        return this.distinct[this.ids.get(n)];
    }
    idOf(r) {
        const l = this.last;
        if (l && l.r.sourceRoots === r.sourceRoots && l.r.modules === r.modules && l.r.goImportPath === r.goImportPath)
            return l.id;
        const text = JSON.stringify([r.sourceRoots, r.modules, r.goImportPath]);
        let id = this.byText.get(text);
        if (id === undefined) {
            const prefix = r.modules ? r.modules.join('/').length + 1 : 0;
            id =
                this.distinct.push({
                    sourceRoots: r.sourceRoots,
                    goImportPath: r.goImportPath,
                    modules: r.modules,
                    pathIn: (key) => key.slice(prefix)
                }) - 1;
            this.byText.set(text, id);
        }
        this.last = { r: { sourceRoots: r.sourceRoots, modules: r.modules, goImportPath: r.goImportPath }, id };
        return id;
    }
}
const DEFAULT_LANE = 'default';
const DEFAULT_INTEGRATION_LANES = ['integration', 'e2e'];
/**
 * Reads and merges reports one after another. Each report is streamed; its files are kept
 * compactly under their path as written until the report ends, then placed in the repository
 * (so the report's own checkout folder can be told from its paths) and united with the same
 * file of earlier reports: a line covered in any run is covered. Past the memory budget,
 * finished files wait in a temporary file, so memory does not grow with the reports' size.
 */
async function readReports(inputs, opts) {
    if (inputs.length === 0)
        throw new report_error/* CoverageReportError */.p('(no report)', undefined, 'no coverage report was given');
    const spill = new coverage_store/* SpillFile */.b(opts.memoryBudget ?? coverage_store/* DEFAULT_MEMORY_BUDGET */.AZ);
    try {
        return await readInto(inputs, opts, spill);
    }
    catch (e) {
        spill.close();
        throw e;
    }
}
async function readInto(inputs, opts, spill) {
    const integrationLanes = new Set(opts.integrationLanes ?? DEFAULT_INTEGRATION_LANES);
    const data = {
        all: new coverage_store/* CoverageStore */.u0(spill),
        lanes: new Map(),
        reports: [],
        skipped: [],
        release: () => spill.close()
    };
    for (const input of inputs) {
        const lane = input.lane ?? DEFAULT_LANE;
        const src = await openReport(input.path, displayName(input.path, opts.index.root));
        const format = input.format ?? (0,detect_format/* detectFormat */.T)(src.head, src.name);
        const pending = new coverage_store/* CoverageStore */.u0(spill);
        // Only the placing hints are kept of a record (its data now lives in `pending`), by the
        // file's number there: they are the same for most files of a report, so held once.
        const hints = new PlacingHints();
        const result = await PARSERS[format](src, (r) => {
            // One path in two modules of a build is two files until placed.
            const isNew = pending.mergeRecord(r.modules ? `${r.modules.join('/')}\u0000${r.path}` : r.path, r.path, r);
            if (isNew)
                hints.add(r);
        });
        // Files, not records: a report may give one file in several records.
        result.files = pending.size;
        if (pending.size === 0) {
            pending.detach();
            throw (0,report_error/* noSourceFile */.L)(src.name, report_format/* REPORT_NAMES */.Ky[format]);
        }
        const reportDir = external_node_path_.posix.dirname((0,repo_paths/* toPosix */.d7)((0,external_node_path_.relative)(opts.index.root, (0,external_node_path_.resolve)(input.path))));
        const prefix = (0,repo_paths/* checkoutPrefix */.xy)((function* () {
            for (const [n, key] of pending.numbered()) {
                const h = hints.of(n);
                yield* (0,repo_paths/* measuredPaths */.H)(h.pathIn(key), h.sourceRoots);
            }
        })(), opts.index);
        const laneStore = lane === DEFAULT_LANE ? undefined : getOrSet(data.lanes, lane, spill);
        const intStore = integrationLanes.has(lane) ? (data.integration ??= new coverage_store/* CoverageStore */.u0(spill)) : undefined;
        for (const [n, key] of pending.numbered()) {
            const record = hints.of(n);
            const placed = (0,repo_paths/* placePath */.F7)(record.pathIn(key), opts.index, {
                reportDir: reportDir.startsWith('..') ? undefined : reportDir,
                sourceRoots: record.sourceRoots,
                goImportPath: record.goImportPath,
                modules: record.modules
            }, prefix);
            if ('outside' in placed) {
                if (opts.outside === 'skip') {
                    pending.takeSlot(n);
                    data.skipped.push({ report: src.name, line: hints.at(n), reason: placed.outside });
                    continue;
                }
                throw new report_error/* CoverageReportError */.p(src.name, hints.at(n), placed.outside, {
                    hint: 'run from the repository root, or leave such files out with --outside skip'
                });
            }
            const stores = [data.all, laneStore, intStore].filter((s) => s !== undefined);
            const entry = pending.takeSlot(n);
            if (stores.length === 1 && !stores[0].has(placed.path)) {
                stores[0].put(placed.path, entry); // the common case: no copy
                continue;
            }
            const merged = pending.recordOf(entry, placed.path);
            for (const store of stores)
                store.mergeRecord(placed.path, placed.path, merged);
        }
        pending.detach();
        data.reports.push({ ...result, path: src.name, lane });
    }
    return data;
}
function getOrSet(m, k, spill) {
    let v = m.get(k);
    if (!v)
        m.set(k, (v = new coverage_store/* CoverageStore */.u0(spill)));
    return v;
}
function displayName(path, root) {
    const rel = (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(path));
    return rel && !rel.startsWith('..') ? (0,repo_paths/* toPosix */.d7)(rel) : path;
}


/***/ }),

/***/ 57435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ indexRepository),
/* harmony export */   F7: () => (/* binding */ placePath),
/* harmony export */   H: () => (/* binding */ measuredPaths),
/* harmony export */   d7: () => (/* binding */ toPosix),
/* harmony export */   xy: () => (/* binding */ checkoutPrefix)
/* harmony export */ });
/* unused harmony export DEFAULT_IGNORES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76448);



const DEFAULT_IGNORES = ['**/.git/**', '**/node_modules/**'];
/** Lists the repository's files (a walk: works in checkouts with or without .git). */
async function indexRepository(root, files) {
    const list = files ?? (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_2__/* .glob */ .TI)('**/*', { cwd: root, ignore: DEFAULT_IGNORES, dot: true, onlyFiles: true }));
    const index = {
        root: toPosix(root).replace(/\/+$/, ''),
        files: new Set(),
        byBase: new Map(),
        goModules: []
    };
    for (const f of list) {
        const p = toPosix(f);
        index.files.add(p);
        const base = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(p);
        const l = index.byBase.get(base);
        if (l)
            l.push(p);
        else
            index.byBase.set(base, [p]);
    }
    for (const f of index.byBase.get('go.mod') ?? []) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(index.root, f), 'utf8').catch(() => '');
        const m = /^module\s+(\S+)/m.exec(text);
        if (m)
            index.goModules.push({
                module: m[1].replace(/^"|"$/g, ''),
                dir: node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(f) === '.' ? '' : node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(f)
            });
    }
    index.goModules.sort((a, b) => b.module.length - a.module.length);
    return index;
}
// CI runners check a repository out at <base>/<repo>/<repo>: a path below that is inside the checkout.
const RUNNER_ROOTS = [
    /^\/home\/runner\/work\/[^/]+\/[^/]+\/(.+)$/,
    /^\/Users\/runner\/work\/[^/]+\/[^/]+\/(.+)$/,
    /^\/__w\/[^/]+\/[^/]+\/(.+)$/,
    /^[A-Za-z]:\/a\/[^/]+\/[^/]+\/(.+)$/,
    /^\/github\/workspace\/(.+)$/
];
/**
 * The folder a report's absolute paths were measured under, when it is not this checkout
 * (`/home/runner/work/r/r/` on the runner that made it): the prefix most of its absolute paths
 * share once their repository part is taken off. Deciding it per report keeps a toolchain
 * file (`/rustc/…/src/lib.rs`) from being taken for the repository's `src/lib.rs`.
 */
function checkoutPrefix(raws, index) {
    const votes = new Map();
    for (const raw of raws) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(reportPath(raw));
        if (!isAbsolute(p) || p.startsWith(index.root + '/'))
            continue;
        let prefix;
        for (const re of RUNNER_ROOTS) {
            const m = re.exec(p);
            if (m)
                prefix = p.slice(0, p.length - m[1].length);
        }
        const s = prefix === undefined ? suffixMatch(p, index) : undefined;
        if (s)
            prefix = p.slice(0, p.length - s.length);
        if (prefix !== undefined)
            votes.set(prefix, (votes.get(prefix) ?? 0) + (s ? s.split('/').length : 1));
    }
    let best;
    let n = 0;
    for (const [prefix, v] of votes)
        if (v > n || (v === n && best !== undefined && prefix.length > best.length))
            [best, n] = [prefix, v];
    return best;
}
/**
 * Places a report's path in the repository: absolute paths under the root or under the
 * report's checkout prefix, paths relative to the report, a Cobertura source root or a Go
 * module all become `src/x.ts`. A path that escapes the repository, or an absolute one
 * elsewhere, is `outside`.
 */
function placePath(raw, index, hints = {}, prefix) {
    const p = reportPath(raw);
    const candidates = [];
    if (hints.goImportPath && !isAbsolute(p)) {
        for (const m of index.goModules) {
            if (p.startsWith(m.module + '/'))
                candidates.push(m.dir ? `${m.dir}/${p.slice(m.module.length + 1)}` : p.slice(m.module.length + 1));
        }
    }
    if (!isAbsolute(p))
        for (const s of hints.sourceRoots ?? [])
            candidates.push(joinPosix(toPosix(s), p));
    candidates.push(p);
    // A file the checkout has wins over one it lacks: with several Cobertura source roots, only
    // one of them holds the file; the others give well-formed paths to nothing.
    const resolved = candidates.map((c) => resolveCandidate(c, index, hints, prefix));
    const present = resolved.find((r) => r !== undefined && index.files.has(r));
    if (present !== undefined)
        return { path: present };
    const first = resolved.find((r) => r !== undefined);
    if (first !== undefined)
        return { path: first };
    if (isAbsolute(p))
        return {
            outside: `${raw} is outside the repository (${index.root}${prefix ? ` or ${prefix} where the report was made` : ''})`
        };
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(p).replace(/^\.\//, '');
    if (rel.startsWith('../') || rel === '..')
        return { outside: `${raw} escapes the repository root` };
    // A name relative to absolute source roots is where the roots put it: when the report's
    // checkout folder is known and no root puts the file in it (coverlet's root C:\Users\me\
    // holds the NuGet cache beside the checkout), the file is outside the repository.
    const roots = (hints.sourceRoots ?? []).map((r) => toPosix(r.trim())).filter(isAbsolute);
    if (prefix && roots.length) {
        const inside = (abs) => abs.startsWith(index.root + '/') || abs.startsWith(prefix);
        if (!roots.some((r) => inside(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(joinPosix(r, p)))))
            return { outside: `${raw} is outside the repository (under ${roots.join(', ')}, not in ${prefix})` };
    }
    // A relative path may name a file the report measured but this checkout lacks (generated code): it stays as named.
    return { path: containing(rel, index, hints.modules) ?? rel };
}
/** A candidate path as a repository path: under the root or the checkout prefix, or relative (to the root or the report's folders). */
function resolveCandidate(c, index, hints, prefix) {
    if (isAbsolute(c)) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(c);
        const under = abs.startsWith(index.root + '/') ||
            (isWindows(abs) && abs.toLowerCase().startsWith(index.root.toLowerCase() + '/'));
        if (under)
            return abs.slice(index.root.length + 1);
        if (prefix && abs.startsWith(prefix))
            return abs.slice(prefix.length);
        return undefined;
    }
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(c).replace(/^\.\//, '');
    const up = rel.startsWith('../') || rel === '..';
    if (!up && index.files.has(rel))
        return rel;
    if (hints.reportDir) {
        // A monorepo package's report names files relative to the package, not to the root, and
        // a sibling package's files with `../` (jest's or nyc's collectCoverageFrom reaching out).
        let dir = hints.reportDir;
        while (dir && dir !== '.') {
            const j = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(`${dir}/${rel}`);
            if (!j.startsWith('../') && index.files.has(j))
                return j;
            dir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(dir);
        }
    }
    return undefined;
}
/**
 * The one repository file whose path ends with `rel` (JaCoCo's `org/x/A.java` →
 * `src/main/java/org/x/A.java`); when several do, the one in a folder named after the entry's
 * innermost module that tells them apart (`core/src/main/java/org/x/A.java`).
 */
function containing(rel, index, modules = []) {
    const found = (index.byBase.get(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(rel)) ?? []).filter((c) => c.endsWith('/' + rel));
    if (found.length === 1)
        return found[0];
    for (const m of [...modules].reverse()) {
        const inModule = found.filter((c) => `/${c.slice(0, c.length - rel.length)}`.includes(`/${m}/`));
        if (inModule.length === 1)
            return inModule[0];
    }
    return undefined;
}
/** The longest repository path whose segments end the given path (`/ci/r/r/src/x.ts` → `src/x.ts`). */
function suffixMatch(p, index) {
    const segs = node_path__WEBPACK_IMPORTED_MODULE_1__.posix
        .normalize(p)
        .replace(/^[A-Za-z]:/, '')
        .split('/')
        .filter(Boolean);
    const base = segs[segs.length - 1];
    if (!base)
        return undefined;
    let best;
    let bestLen = 0;
    let tie = false;
    for (const cand of index.byBase.get(base) ?? []) {
        const cs = cand.split('/');
        if (cs.length > segs.length)
            continue;
        let ok = true;
        for (let i = 1; i <= cs.length && ok; i++)
            ok = cs[cs.length - i] === segs[segs.length - i];
        if (!ok)
            continue;
        if (cs.length > bestLen) {
            best = cand;
            bestLen = cs.length;
            tie = false;
        }
        else if (cs.length === bestLen)
            tie = true;
    }
    if (tie)
        return undefined;
    return best;
}
/** A report's path with `/` separators, without `file://` and Go's `_` before a package outside GOPATH and modules. */
function reportPath(raw) {
    const p = toPosix(raw.trim()).replace(/^file:\/\//, '');
    return /^_\//.test(p) ? p.slice(1) : p;
}
/**
 * The absolute paths a report's entry may stand for, to find where the report was made: the
 * path itself, or joined to each source root the report declares (Cobertura `<sources>`).
 */
function* measuredPaths(raw, sourceRoots = []) {
    yield raw;
    const p = reportPath(raw);
    if (isAbsolute(p))
        return;
    for (const s of sourceRoots) {
        const root = toPosix(s.trim());
        if (isAbsolute(root))
            yield joinPosix(root, p);
    }
}
function toPosix(p) {
    return p.replace(/\\/g, '/');
}
function isWindows(p) {
    return /^[A-Za-z]:\//.test(p);
}
function isAbsolute(p) {
    return p.startsWith('/') || isWindows(p);
}
function joinPosix(a, b) {
    return a.endsWith('/') ? a + b : `${a}/${b}`;
}


/***/ }),

/***/ 83835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ noSourceFile),
/* harmony export */   p: () => (/* binding */ CoverageReportError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/**
 * A coverage report that cannot be read as what it claims to be. The message always names the
 * report and, where one exists, the line, so a person can open the file at the spot; no figure
 * is ever computed from a report that raised one.
 */
class CoverageReportError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HeeError */ .RA {
    file;
    line;
    constructor(file, line, message, options) {
        super('coverage.report', `${file}${line === undefined ? '' : `:${line}`}: ${message}`, options);
        this.name = 'CoverageReportError';
        this.file = file;
        this.line = line;
    }
}
/**
 * A report that holds no source file, said the same way for every format: nothing was
 * measured, so the report gives no figure (neither 0 % nor 100 %). `what` names the report,
 * e.g. "the lcov tracefile".
 */
function noSourceFile(file, what) {
    return new CoverageReportError(file, undefined, `${what} holds no source file: nothing was measured, so it gives no figure`, {
        hint: 'check that the tests ran under the coverage tool and that its include and exclude settings match the sources'
    });
}


/***/ }),

/***/ 27534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ REPORT_FORMATS),
/* harmony export */   Ky: () => (/* binding */ REPORT_NAMES),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   eT: () => (/* binding */ lineNumber)
/* harmony export */ });
const REPORT_FORMATS = [
    'lcov',
    'cobertura',
    'jacoco',
    'istanbul-final',
    'istanbul-summary',
    'go',
    'llvm-cov',
    'coverage-py'
];
/** Each format's report, as messages name it. */
const REPORT_NAMES = {
    lcov: 'the lcov tracefile',
    cobertura: 'the Cobertura report',
    jacoco: 'the JaCoCo report',
    'istanbul-final': 'the Istanbul coverage-final.json',
    'istanbul-summary': 'the Istanbul coverage-summary.json',
    go: 'the Go coverprofile',
    'llvm-cov': 'the llvm-cov export',
    'coverage-py': 'the coverage.py JSON report'
};
/** Parses a non-negative count; `undefined` when the text is not one. */
function count(text) {
    if (text === undefined || text === '')
        return undefined;
    const n = Number(text);
    return Number.isFinite(n) && n >= 0 ? n : undefined;
}
/** Parses a positive line number; `undefined` when the text is not one. */
function lineNumber(text) {
    if (text === undefined || text === '')
        return undefined;
    const n = Number(text);
    return Number.isInteger(n) && n > 0 ? n : undefined;
}


/***/ }),

/***/ 71586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ streamXml)
/* harmony export */ });
/* harmony import */ var saxes__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59800);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83835);



/**
 * Streams an XML document through saxes (a SAX parser: events, no tree), so memory is one
 * chunk and the element stack however big the report. A well-formedness error or a document
 * that ends early names the line; handlers throw CoverageReportError for content errors.
 */
async function streamXml(stream, name, h) {
    const parser = new saxes__WEBPACK_IMPORTED_MODULE_0__/* .SaxesParser */ .wT({ position: true });
    let failure;
    let depth = 0;
    // Blank lines before `<?xml …?>` (a template's or a concatenation's) make the document
    // ill-formed to a strict parser; they are dropped and counted so lines stay the file's.
    let leading = true;
    let skipped = 0;
    const at = () => parser.line + skipped;
    parser.on('error', (e) => {
        failure ??= new _report_error_js__WEBPACK_IMPORTED_MODULE_2__/* .CoverageReportError */ .p(name, at(), `malformed XML: ${e.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, '')}`);
    });
    parser.on('opentag', (tag) => {
        depth++;
        if (failure)
            return;
        try {
            h.open(tag.name, tag.attributes, at());
        }
        catch (e) {
            failure = e;
        }
    });
    parser.on('closetag', (tag) => {
        depth--;
        if (failure || !h.close)
            return;
        try {
            h.close(tag.name, at());
        }
        catch (e) {
            failure = e;
        }
    });
    if (h.text) {
        const onText = h.text;
        parser.on('text', (t) => {
            if (!failure)
                onText(t);
        });
    }
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
    try {
        for await (const chunk of stream) {
            let text = decoder.write(chunk);
            if (leading) {
                const start = text.search(/[^\s]/);
                const blank = start === -1 ? text : text.slice(0, start);
                for (let i = blank.indexOf('\n'); i !== -1; i = blank.indexOf('\n', i + 1))
                    skipped++;
                if (start === -1)
                    continue;
                leading = false;
                text = text.slice(start);
            }
            parser.write(text);
            if (failure)
                throw failure;
        }
        parser.write(decoder.end());
    }
    catch (e) {
        if (e instanceof _report_error_js__WEBPACK_IMPORTED_MODULE_2__/* .CoverageReportError */ .p)
            throw e;
        throw new _report_error_js__WEBPACK_IMPORTED_MODULE_2__/* .CoverageReportError */ .p(name, at(), `cannot read the report: ${e.message}`);
    }
    finally {
        stream.destroy();
    }
    if (depth > 0)
        throw new _report_error_js__WEBPACK_IMPORTED_MODULE_2__/* .CoverageReportError */ .p(name, at(), 'the XML document ends before its elements are closed: the report is truncated');
    parser.close();
    if (failure)
        throw failure;
}


/***/ }),

/***/ 74575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ toWire),
/* harmony export */   k: () => (/* binding */ fromWire)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _coverage_report_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83835);


function toWire(e) {
    if (!(e instanceof Error))
        return { name: 'Error', message: String(e) };
    const w = { name: e.name, message: e.message, stack: e.stack };
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HeeError */ .RA) {
        w.code = e.code;
        w.hint = e.hint;
    }
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationalError */ .LE)
        w.retryable = e.retryable;
    if (e instanceof _coverage_report_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CoverageReportError */ .p) {
        w.file = e.file;
        w.line = e.line;
    }
    return w;
}
/** The error again, of the same class, so the caller's failure policy treats it as if thrown here. */
function fromWire(w) {
    const options = { hint: w.hint };
    const e = w.name === 'CoverageReportError'
        ? new _coverage_report_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CoverageReportError */ .p(w.file ?? '', w.line, w.message, options)
        : w.name === 'ConfigurationError'
            ? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(w.message, { ...options, code: w.code })
            : w.name === 'OperationalError'
                ? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationalError */ .LE(w.code ?? 'github.api', w.message, { ...options, retryable: w.retryable ?? false })
                : w.code
                    ? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HeeError */ .RA(w.code, w.message, options)
                    : new Error(w.message);
    e.message = w.message;
    e.name = w.name;
    if (w.stack)
        e.stack = w.stack;
    return e;
}


/***/ })

};

//# sourceMappingURL=538.index.mjs.map