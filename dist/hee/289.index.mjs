export const id = 289;
export const ids = [289];
export const modules = {

/***/ 30747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ digestOfSignedText),
/* harmony export */   JF: () => (/* binding */ chainLinkOf),
/* harmony export */   Mo: () => (/* binding */ signedText),
/* harmony export */   Sy: () => (/* binding */ signedPart),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   qk: () => (/* binding */ capsuleDigest)
/* harmony export */ });
/* unused harmony export sha256Hex */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);


class NotJson extends Error {
}
// A string needs JSON.stringify's escaping only when it holds a quote, a backslash, a control
// character or a surrogate (a lone one is escaped as \udxxx; a pair passes through unchanged).
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
function quote(s) {
    return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}
// Property names repeat (every history entry has the same few), so their quoted form plus the
// colon is kept. A pure function of the string, hence safe to share; bounded so odd data (e.g.
// many distinct map keys) cannot grow it without limit.
const MEMBER_CACHE_MAX = 4096;
const memberPrefixes = new Map();
function memberPrefix(key) {
    let p = memberPrefixes.get(key);
    if (p === undefined) {
        p = `${quote(key)}:`;
        if (memberPrefixes.size < MEMBER_CACHE_MAX)
            memberPrefixes.set(key, p);
    }
    return p;
}
// Insertion sort with `<`, which compares strings by UTF-16 code units exactly as RFC 8785 §3.2.3
// requires (and as Array.prototype.sort does); quicker than sort() for the handful of keys an object has.
function sortKeys(keys) {
    if (keys.length > 16) {
        keys.sort();
        return;
    }
    for (let i = 1; i < keys.length; i++) {
        const k = keys[i];
        let j = i - 1;
        while (j >= 0 && keys[j] > k) {
            keys[j + 1] = keys[j];
            j--;
        }
        keys[j + 1] = k;
    }
}
/**
 * RFC 8785 text of `v`, or undefined for what JSON has no form for (undefined, functions,
 * symbols): those are left out of objects and written as null in arrays, as JSON.stringify does.
 * Strings and numbers use JSON.stringify's (ECMAScript) forms, which is what JCS prescribes;
 * keys are sorted by UTF-16 code units. One recursive pass, no intermediate objects.
 */
function jcs(v) {
    switch (typeof v) {
        case 'string':
            return quote(v);
        case 'number':
            if (Number.isNaN(v))
                throw new NotJson('NaN is not allowed');
            if (!Number.isFinite(v))
                throw new NotJson('Infinity is not allowed');
            return `${v}`; // Number::toString, the same as JSON.stringify (-0 becomes "0")
        case 'boolean':
            return v ? 'true' : 'false';
        case 'object': {
            if (v === null)
                return 'null';
            const o = v;
            if (typeof o.toJSON === 'function')
                return jcs(o.toJSON());
            if (Array.isArray(v)) {
                const n = v.length;
                if (n === 0)
                    return '[]';
                let s = `[${jcs(v[0]) ?? 'null'}`;
                for (let i = 1; i < n; i++)
                    s += `,${jcs(v[i]) ?? 'null'}`;
                return `${s}]`;
            }
            const keys = Object.keys(o);
            sortKeys(keys);
            let s = '';
            for (const k of keys) {
                const text = jcs(o[k]);
                if (text === undefined)
                    continue;
                s += (s === '' ? '{' : ',') + memberPrefix(k) + text;
            }
            return s === '' ? '{}' : `${s}}`;
        }
        case 'bigint':
            throw new NotJson('BigInt has no JSON form');
        default:
            return undefined;
    }
}
/** RFC 8785 (JCS) canonical JSON: sorted keys, no whitespace, ECMAScript number form. */
function canonicalJson(value) {
    let text;
    try {
        text = jcs(value);
    }
    catch (e) {
        // NotJson, or a RangeError from a cyclic (endlessly deep) value.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HeeError */ .RA('capsule.schema', `value cannot be written as canonical JSON: ${e.message}`, {
            cause: e
        });
    }
    if (text === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HeeError */ .RA('capsule.schema', 'value cannot be written as canonical JSON: it is undefined');
    return text;
}
/** Lower-case hex SHA-256 of a string (UTF-8) or bytes. */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** The capsule without its signature: exactly the bytes that are signed and chained. */
function signedPart(c) {
    const { signature: _signature, ...rest } = c;
    return rest;
}
/**
 * Digest that links capsule N+1 to capsule N (`previous_digest`):
 * `"sha256:" + hex(sha256(canonical(capsule without signature)))`. The signature is left out so
 * re-signing with a rotated key does not break the chain.
 */
function capsuleDigest(c) {
    return digestOfSignedText(signedText(c));
}
/** Canonical JSON of {@link signedPart}: the input of both the signature and the digest. */
function signedText(c) {
    return canonicalJson(signedPart(c));
}
/** {@link capsuleDigest} from the already computed {@link signedText}, so one pass serves both. */
function digestOfSignedText(text) {
    return `sha256:${sha256Hex(text)}`;
}
/** The chain link of `c`: as given, or a capsule taken as stored (its own digest). */
function chainLinkOf(c) {
    return 'capsule' in c && 'digest' in c ? c : { capsule: c, digest: capsuleDigest(c) };
}


/***/ }),

/***/ 97227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ isDateTime),
/* harmony export */   q: () => (/* binding */ fullDateTimeDef)
/* harmony export */ });
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);

// ajv ships CommonJS with `exports.default`; under NodeNext the default import is the module
// object, and at runtime the class also carries `.default`, so `.default` works in both worlds.
const addFormats = (ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"]);
/** ajv-formats' own (full mode) date-time format: the reference for every form but the usual one. */
const fullDateTimeDef = addFormats.get('date-time', 'full');
const fullDateTime = fullDateTimeDef.validate;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function allDigits(s, from, to) {
    for (let i = from; i < to; i++) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 57)
            return false;
    }
    return true;
}
function digits2(s, at) {
    const a = s.charCodeAt(at) - 48;
    const b = s.charCodeAt(at + 1) - 48;
    return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
/**
 * ajv-formats' RFC 3339 `date-time` check with a fast path for the form every capsule uses
 * (`toISOString`: `YYYY-MM-DDTHH:MM:SS[.fraction]Z`). The generic check splits the string and runs
 * three regular expressions, which dominated validating a long history; this reads the digits in
 * place and applies the same rules (a real calendar day; second 60 only at 23:59 UTC). Any other
 * form goes to ajv-formats unchanged; a property test holds both to the same answers.
 */
function isDateTime(s) {
    const n = s.length;
    const shaped = n >= 20 &&
        s.charCodeAt(4) === 45 && // -
        s.charCodeAt(7) === 45 &&
        s.charCodeAt(10) === 84 && // T
        s.charCodeAt(13) === 58 && // :
        s.charCodeAt(16) === 58 &&
        s.charCodeAt(n - 1) === 90 && // Z
        (n === 20 || (n > 21 && s.charCodeAt(19) === 46 && allDigits(s, 20, n - 1)));
    if (!shaped)
        return fullDateTime(s);
    const century = digits2(s, 0);
    const yy = digits2(s, 2);
    const month = digits2(s, 5);
    const day = digits2(s, 8);
    const hour = digits2(s, 11);
    const minute = digits2(s, 14);
    const whole = digits2(s, 17);
    if (century < 0 || yy < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || whole < 0)
        return fullDateTime(s);
    const year = century * 100 + yy;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (month < 1 || month > 12 || day < 1 || day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month]))
        return false;
    // ajv-formats compares the seconds as a number; a long run of 9s in the fraction can round
    // 59.999… up to 60, so parse exactly as it does once the whole seconds are 59 or more.
    const second = whole < 59 ? whole : Number(s.slice(17, n - 1));
    if (hour <= 23 && minute <= 59 && second < 60)
        return true;
    return hour === 23 && minute === 59 && second < 61; // a leap second, which is always at 23:59:60 UTC
}


/***/ }),

/***/ 86443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tZ: () => (/* binding */ decryptFields),
  HI: () => (/* binding */ encryptFields),
  _8: () => (/* binding */ parseEncryptionKey)
});

// UNUSED EXPORTS: describeEncryptedFields, encryptionKeyId, missingEncryptionKeyError

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/capsule/canonical.ts
var canonical = __webpack_require__(30747);
;// CONCATENATED MODULE: ./packages/core/src/capsule/json-pointer.ts

function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Splits an RFC 6901 pointer into its unescaped reference tokens ("/a~1b/c~0" → ["a/b", "c~"]). */
function parsePointer(pointer) {
    if (pointer === '' || !pointer.startsWith('/')) {
        throw new errors/* ConfigurationError */.j1(`sensitive field "${pointer}" is not a JSON pointer: it must start with "/" (e.g. /monitoring_state/incidents)`);
    }
    const tokens = pointer.slice(1).split('/');
    for (const t of tokens) {
        if (/~(?![01])/.test(t))
            throw new errors/* ConfigurationError */.j1(`sensitive field "${pointer}" has a "~" that is not "~0" or "~1"`);
    }
    return tokens.map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/**
 * The object holding the pointer's last token, or undefined when the path does not exist.
 * Only object members are addressed: array positions shift as history is appended and compacted,
 * so a pointer through an array would name different data in the next version.
 */
function parentOf(root, pointer, create) {
    const tokens = parsePointer(pointer);
    let node = root;
    for (const t of tokens.slice(0, -1)) {
        const next = Object.hasOwn(node, t) ? node[t] : undefined;
        if (Array.isArray(next))
            throw new errors/* ConfigurationError */.j1(`sensitive field "${pointer}" goes through an array; only object members can be encrypted`);
        if (next === undefined && create) {
            const fresh = {};
            Object.defineProperty(node, t, { value: fresh, enumerable: true, writable: true, configurable: true });
            node = fresh;
            continue;
        }
        if (!isObject(next))
            return undefined;
        node = next;
    }
    return { parent: node, key: tokens[tokens.length - 1] };
}
/** Value at `pointer` inside `root`, or undefined. */
function getAt(root, pointer) {
    const p = parentOf(root, pointer, false);
    return p !== undefined && Object.hasOwn(p.parent, p.key) ? p.parent[p.key] : undefined;
}
/** Removes the value at `pointer` (mutates `root`); returns it, or undefined when absent. */
function removeAt(root, pointer) {
    const p = parentOf(root, pointer, false);
    if (p === undefined || !Object.hasOwn(p.parent, p.key))
        return undefined;
    const value = p.parent[p.key];
    delete p.parent[p.key];
    return value;
}
/** Sets the value at `pointer` (mutates `root`), creating missing intermediate objects. */
function setAt(root, pointer, value) {
    const p = parentOf(root, pointer, true);
    if (p === undefined)
        throw new errors/* ConfigurationError */.j1(`sensitive field "${pointer}" cannot be restored: a parent on its path is not an object`);
    // defineProperty, not assignment, so a token like "__proto__" is stored as data, never as a prototype.
    Object.defineProperty(p.parent, p.key, { value, enumerable: true, writable: true, configurable: true });
}

;// CONCATENATED MODULE: ./packages/core/src/capsule/encrypt.ts




/** Body fields that can never be encrypted: the schema requires them, the state machine reads them. */
const NOT_ENCRYPTABLE = ['/monitoring_state', '/auto_fix_history', '/monitoring_state/current_status'];
/** Key id of an AES key: first 16 hex chars of its SHA-256 (identifies, never reveals, the key). */
function encryptionKeyId(key32) {
    return (0,external_node_crypto_.createHash)('sha256').update(key32).digest('hex').slice(0, 16);
}
function checkKey(key32) {
    if (key32.length !== 32)
        throw new errors/* HeeError */.RA('capsule.key', `encryption key must be 32 bytes (got ${key32.length})`);
}
/**
 * Parses the encryption key setting: 64 hex characters, or base64 of exactly 32 bytes.
 * The message states the length seen, never the text.
 */
function parseEncryptionKey(text) {
    const t = text.trim();
    if (/^[0-9a-fA-F]{64}$/.test(t))
        return Buffer.from(t, 'hex');
    if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(t)) {
        const b = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
        if (b.length === 32)
            return b;
        throw new errors/* HeeError */.RA('capsule.key', `encryption key decodes to ${b.length} bytes as base64; it must be exactly 32`, {
            hint: 'generate one with: openssl rand -hex 32'
        });
    }
    throw new errors/* HeeError */.RA('capsule.key', `encryption key must be 64 hex characters or base64 of 32 bytes (got ${t.length} characters)`, {
        hint: 'generate one with: openssl rand -hex 32'
    });
}
// The AAD binds the ciphertext to the repository and key, but not to the version: a job without
// the key must be able to carry the block unchanged into the next version.
function aad(repository, keyId) {
    return Buffer.from((0,canonical/* canonicalJson */.dj)({ key_id: keyId, repository }), 'utf8');
}
function checkPointers(pointers) {
    for (const p of pointers) {
        parsePointer(p);
        if (NOT_ENCRYPTABLE.includes(p)) {
            throw new errors/* ConfigurationError */.j1(`sensitive field "${p}" cannot be encrypted: the capsule needs it in clear (choose a field inside it)`);
        }
    }
}
/**
 * Moves the body values at `pointers` (RFC 6901, into `body`) into an AES-256-GCM `encrypted`
 * block. An existing block is decrypted first and merged (values in the body win, being newer),
 * so re-sealing never loses fields. Pointers that name nothing are skipped. Never mutates `c`.
 */
function encryptFields(c, key32, pointers) {
    checkKey(key32);
    checkPointers(pointers);
    const previous = c.encrypted === undefined ? undefined : decryptFields(c, key32);
    const base = previous ?? c;
    const body = structuredClone(base.body);
    const fields = [...new Set([...(c.encrypted?.fields ?? []), ...pointers])];
    const values = {};
    const present = [];
    for (const p of fields) {
        const v = removeAt(body, p);
        if (v === undefined)
            continue;
        present.push(p);
        Object.defineProperty(values, p, { value: v, enumerable: true });
    }
    const { encrypted: _old, signature: _sig, ...rest } = base;
    const next = { ...rest, body: body };
    if (present.length === 0)
        return next;
    const keyId = encryptionKeyId(key32);
    const iv = (0,external_node_crypto_.randomBytes)(12);
    const cipher = (0,external_node_crypto_.createCipheriv)('aes-256-gcm', key32, iv);
    cipher.setAAD(aad(c.repository, keyId));
    const ciphertext = Buffer.concat([cipher.update((0,canonical/* canonicalJson */.dj)(values), 'utf8'), cipher.final()]);
    const block = {
        alg: 'A256GCM',
        key_id: keyId,
        fields: present,
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        ciphertext: ciphertext.toString('base64')
    };
    return { ...next, encrypted: block };
}
/**
 * Restores the encrypted fields into the body and drops the block (and the signature, which
 * covered the sealed form). A value already in the body is kept, being newer than the block.
 * Wrong key or tampered block: `capsule.decrypt`. No block: returns `c` unchanged.
 */
function decryptFields(c, key32) {
    const block = c.encrypted;
    if (block === undefined)
        return c;
    checkKey(key32);
    const keyId = encryptionKeyId(key32);
    if (keyId !== block.key_id) {
        throw new errors/* HeeError */.RA('capsule.decrypt', `cannot decrypt the sensitive fields: wrong encryption key (key id ${block.key_id} expected)`);
    }
    let plain;
    try {
        const decipher = (0,external_node_crypto_.createDecipheriv)('aes-256-gcm', key32, Buffer.from(block.iv, 'base64'));
        decipher.setAAD(aad(c.repository, block.key_id));
        decipher.setAuthTag(Buffer.from(block.tag, 'base64'));
        plain = Buffer.concat([decipher.update(Buffer.from(block.ciphertext, 'base64')), decipher.final()]).toString('utf8');
    }
    catch (e) {
        throw new errors/* HeeError */.RA('capsule.decrypt', `cannot decrypt the sensitive fields (key id ${block.key_id}): the encrypted block was changed or belongs to another repository`, { cause: e });
    }
    const values = JSON.parse(plain);
    const body = structuredClone(c.body);
    for (const p of block.fields) {
        if (!Object.hasOwn(values, p) || getAt(body, p) !== undefined)
            continue;
        setAt(body, p, values[p]);
    }
    const { encrypted: _block, signature: _sig, ...rest } = c;
    return { ...rest, body: body };
}
/**
 * One line explaining what happens to the encrypted block when no encryption key is given, or
 * undefined when there is none. Callers choose: log it and carry the block forward, or fail
 * with {@link missingEncryptionKeyError}.
 */
function describeEncryptedFields(c) {
    const b = c.encrypted;
    if (b === undefined)
        return undefined;
    return `capsule has ${b.fields.length} encrypted field(s) (${b.fields.join(', ')}; key id ${b.key_id}); without the encryption key they stay encrypted and are carried forward unchanged`;
}
/** The error for a caller that needs the sensitive fields but was given no key. */
function missingEncryptionKeyError(c) {
    const keyId = c.encrypted?.key_id ?? 'unknown';
    return new HeeError('capsule.decrypt', `cannot decrypt the sensitive fields: no encryption key given (key id ${keyId} expected)`, {
        hint: 'pass the encryption key that sealed this capsule'
    });
}


/***/ }),

/***/ 65465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ compactHistory),
/* harmony export */   ZI: () => (/* binding */ DEFAULT_HISTORY_LIMIT),
/* harmony export */   yc: () => (/* binding */ historyTotals)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/** Default number of `auto_fix_history` entries kept in full; older ones are summarised. */
const DEFAULT_HISTORY_LIMIT = 200;
function checkLimit(limit) {
    if (!Number.isInteger(limit) || limit < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`history limit must be a whole number ≥ 0 (got ${limit})`);
    }
}
function earlier(a, b) {
    if (a === undefined)
        return b;
    return Date.parse(b) < Date.parse(a) ? b : a;
}
// A Map, not an object literal, so a pattern id such as "__proto__" is just a key.
function totalsMap(summary) {
    const m = new Map();
    for (const [p, t] of Object.entries(summary?.by_pattern ?? {}))
        m.set(p, { ...t });
    return m;
}
function add(m, e) {
    const t = m.get(e.pattern_id) ?? { attempts: 0, successes: 0, rollbacks: 0 };
    t.attempts += 1;
    if (e.success)
        t.successes += 1;
    if (e.rollback === true)
        t.rollbacks += 1;
    m.set(e.pattern_id, t);
}
/**
 * Keeps the newest `limit` history entries and folds the older ones into `history_summary`
 * (per-pattern attempts/successes/rollbacks, the oldest timestamp), so totals survive while the
 * capsule stays small. Entries are in append order, oldest first. Returns a new body.
 */
function compactHistory(body, limit = DEFAULT_HISTORY_LIMIT) {
    checkLimit(limit);
    const history = body.auto_fix_history;
    if (history.length <= limit)
        return body;
    const cut = history.length - limit;
    const removed = history.slice(0, cut);
    const byPattern = totalsMap(body.history_summary);
    let oldest = body.history_summary?.oldest_timestamp;
    for (const e of removed) {
        add(byPattern, e);
        oldest = earlier(oldest, e.timestamp);
    }
    const summary = {
        compacted_entries: (body.history_summary?.compacted_entries ?? 0) + removed.length,
        ...(oldest === undefined ? {} : { oldest_timestamp: oldest }),
        by_pattern: Object.fromEntries(byPattern)
    };
    return { ...body, auto_fix_history: history.slice(cut), history_summary: summary };
}
/** Totals per pattern over the summary plus the live history, sorted by pattern id. */
function historyTotals(body) {
    const m = totalsMap(body.history_summary);
    for (const e of body.auto_fix_history)
        add(m, e);
    return new Map([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}


/***/ }),

/***/ 98005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ parseKey),
/* harmony export */   bY: () => (/* binding */ generateEd25519),
/* harmony export */   gH: () => (/* binding */ canSign),
/* harmony export */   ml: () => (/* binding */ readKeyFile)
/* harmony export */ });
/* unused harmony exports MIN_HMAC_BYTES, publicKeyPem, verifyOnly */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);



/** Shortest HMAC secret we accept: 128 bits, below which a key id invites offline guessing. */
const MIN_HMAC_BYTES = 16;
function keyIdOf(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex').slice(0, 16);
}
function ed25519KeyId(publicKey) {
    return keyIdOf(publicKey.export({ type: 'spki', format: 'der' }));
}
// Whitespace around a secret is almost always a copy-paste accident (a trailing newline from
// `echo` or a secrets UI); trimming it makes "the same secret" mean the same key everywhere.
function trimBytes(b) {
    let start = 0;
    let end = b.length;
    const ws = (x) => x === 0x20 || x === 0x09 || x === 0x0a || x === 0x0d;
    while (start < end && ws(b[start]))
        start++;
    while (end > start && ws(b[end - 1]))
        end--;
    return b.subarray(start, end);
}
function pemLabel(text) {
    return /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1];
}
function parsePem(text, label) {
    if (label === 'PRIVATE KEY') {
        let privateKey;
        try {
            privateKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: text, format: 'pem' });
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('capsule.key', 'the PEM private key cannot be read (is it complete and unencrypted?)');
        }
        if (privateKey.asymmetricKeyType !== 'ed25519') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('capsule.key', `the PEM private key is ${privateKey.asymmetricKeyType ?? 'unknown'}, not Ed25519`, {
                hint: 'create one with: openssl genpkey -algorithm ed25519'
            });
        }
        const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey);
        return { kind: 'ed25519-private', alg: 'Ed25519', keyId: ed25519KeyId(publicKey), privateKey, publicKey };
    }
    if (label === 'PUBLIC KEY') {
        let publicKey;
        try {
            publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: text, format: 'pem' });
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('capsule.key', 'the PEM public key cannot be read (is it complete?)');
        }
        if (publicKey.asymmetricKeyType !== 'ed25519') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('capsule.key', `the PEM public key is ${publicKey.asymmetricKeyType ?? 'unknown'}, not Ed25519`);
        }
        return { kind: 'ed25519-public', alg: 'Ed25519', keyId: ed25519KeyId(publicKey), publicKey };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('capsule.key', `unsupported PEM key "${label}": expected an unencrypted Ed25519 "PRIVATE KEY" or "PUBLIC KEY"`, {
        hint: 'create one with: openssl genpkey -algorithm ed25519'
    });
}
/**
 * Reads a capsule key: an Ed25519 PEM private key (as `openssl genpkey -algorithm ed25519` writes),
 * an Ed25519 PEM public key (verify only), or else an HMAC-SHA256 secret (trimmed, ≥ 16 bytes).
 * Errors never quote the material.
 */
function parseKey(material) {
    const bytes = typeof material === 'string' ? Buffer.from(material, 'utf8') : material;
    const text = bytes.toString('latin1');
    const label = text.includes('-----BEGIN ') ? pemLabel(text) : undefined;
    if (label !== undefined)
        return parsePem(bytes.toString('utf8'), label);
    const secret = trimBytes(bytes);
    if (secret.length < MIN_HMAC_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('capsule.key', `HMAC secret is too short (${secret.length} bytes; at least ${MIN_HMAC_BYTES})`, {
            hint: 'generate one with: openssl rand -hex 32'
        });
    }
    return { kind: 'hmac', alg: 'HS256', keyId: keyIdOf(secret), secret: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSecretKey)(Buffer.from(secret)) };
}
/** Reads and parses a key file; a missing or unreadable file is a `capsule.key` error naming the path. */
async function readKeyFile(path) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
    }
    catch (e) {
        const code = e.code ?? 'error';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('capsule.key', `key file ${path} cannot be read (${code})`, { cause: e });
    }
    return parseKey(bytes);
}
/** SPKI PEM of an Ed25519 key's public half, to hand to verify-only jobs. */
function publicKeyPem(key) {
    if (key.kind === 'hmac') {
        throw new HeeError('capsule.key', `key id ${key.keyId} is an HMAC secret and has no public key to share`);
    }
    return key.publicKey.export({ type: 'spki', format: 'pem' }).toString();
}
/** The verify-only form of a key (Ed25519 public half; an HMAC secret verifies as itself). */
function verifyOnly(key) {
    if (key.kind !== 'ed25519-private')
        return key;
    return { kind: 'ed25519-public', alg: 'Ed25519', keyId: key.keyId, publicKey: key.publicKey };
}
/** True when the key can sign (an Ed25519 private key or an HMAC secret). */
function canSign(key) {
    return key.kind !== 'ed25519-public';
}
/** A new Ed25519 key pair as PEM (PKCS#8 private, SPKI public), with its key id. */
function generateEd25519() {
    const { privateKey, publicKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ed25519');
    return {
        privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        keyId: ed25519KeyId(publicKey)
    };
}


/***/ }),

/***/ 42290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ openCapsule),
  z: () => (/* binding */ sealCapsule)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/capsule/canonical.ts
var capsule_canonical = __webpack_require__(30747);
// EXTERNAL MODULE: ./packages/core/src/capsule/encrypt.ts + 1 modules
var encrypt = __webpack_require__(86443);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/core/src/capsule/sign.ts



/**
 * Returns a copy of `c` signed with `key` over the canonical JSON of everything but `signature`
 * (an old signature is replaced). A public-only Ed25519 key cannot sign: `capsule.key`.
 */
function signCapsule(c, key) {
    const data = Buffer.from((0,capsule_canonical/* signedText */.Mo)(c), 'utf8');
    let value;
    if (key.kind === 'hmac') {
        value = (0,external_node_crypto_.createHmac)('sha256', key.secret).update(data).digest();
    }
    else if (key.kind === 'ed25519-private') {
        value = (0,external_node_crypto_.sign)(null, data, key.privateKey);
    }
    else {
        throw new errors/* HeeError */.RA('capsule.key', `cannot sign with the Ed25519 public key ${key.keyId}: signing needs the private key`, {
            hint: 'pass the PEM private key as the signing key; public keys are for verifying'
        });
    }
    return { ...(0,capsule_canonical/* signedPart */.Sy)(c), signature: { alg: key.alg, key_id: key.keyId, value: value.toString('base64') } };
}
function mismatch(keyId) {
    return new errors/* HeeError */.RA('capsule.signature', `signature does not match (key id ${keyId}): the capsule was changed after signing or signed with another key`);
}
/**
 * Verifies the signature of `c` with the key among `keys` whose key id it names.
 * Throws `capsule.unsigned` (no signature), `capsule.key` (no such key, or its algorithm differs)
 * or `capsule.signature` (content or key mismatch). Returns the key id that verified.
 */
function verifySignature(c, keys) {
    return verifySignedText(c, keys, () => (0,capsule_canonical/* signedText */.Mo)(c));
}
/**
 * {@link verifySignature} for a caller that also needs the canonical text (openCapsule, for the
 * digest): `text` must return {@link signedText} of `c`; it is called only once the key checks passed.
 */
function verifySignedText(c, keys, text) {
    const sig = c.signature;
    if (sig === undefined) {
        throw new errors/* HeeError */.RA('capsule.unsigned', 'capsule is not signed, and a signature is required', {
            hint: 'sign capsules with the signing key, or disable the signature requirement'
        });
    }
    if (keys.length === 0)
        throw new errors/* HeeError */.RA('capsule.key', `no verification key given for signature key id ${sig.key_id}`);
    const key = keys.find((k) => k.keyId === sig.key_id);
    if (key === undefined) {
        throw new errors/* HeeError */.RA('capsule.key', `no verification key has key id ${sig.key_id} (keys given: ${keys.map((k) => k.keyId).join(', ')})`, { hint: 'the capsule was signed with a key you did not pass; add its key or rotate the capsule' });
    }
    if (key.alg !== sig.alg) {
        throw new errors/* HeeError */.RA('capsule.key', `key id ${key.keyId} is an ${key.alg} key but the capsule's signature is ${sig.alg}`);
    }
    const value = Buffer.from(sig.value, 'base64');
    // Buffer.from ignores bad base64 characters; comparing the round trip catches a mangled value.
    if (value.toString('base64') !== sig.value)
        throw mismatch(key.keyId);
    const data = Buffer.from(text(), 'utf8');
    let ok;
    if (key.kind === 'hmac') {
        const expected = (0,external_node_crypto_.createHmac)('sha256', key.secret).update(data).digest();
        // Constant time, so a forger learns nothing from how long the comparison took.
        ok = value.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(value, expected);
    }
    else {
        try {
            ok = value.length === 64 && (0,external_node_crypto_.verify)(null, data, key.publicKey, value);
        }
        catch {
            ok = false;
        }
    }
    if (!ok)
        throw mismatch(key.keyId);
    return { keyId: key.keyId };
}

// EXTERNAL MODULE: ./packages/core/src/capsule/validate.ts + 1 modules
var validate = __webpack_require__(66823);
;// CONCATENATED MODULE: ./packages/core/src/capsule/open.ts





/**
 * Encrypts the sensitive fields, then signs (so the signature covers the ciphertext and a
 * verify-only job can check it), and schema-checks the result. Sensitive fields without a key
 * are refused rather than stored in clear.
 */
function sealCapsule(c, opts) {
    const fields = opts.sensitiveFields ?? [];
    let out = c;
    if (opts.encryptionKey !== undefined) {
        if (fields.length > 0 || c.encrypted !== undefined)
            out = (0,encrypt/* encryptFields */.HI)(out, opts.encryptionKey, fields);
    }
    else if (fields.length > 0) {
        throw new errors/* ConfigurationError */.j1(`sensitive fields (${fields.join(', ')}) are set but no encryption key is given; refusing to store them in clear`);
    }
    if (opts.signingKey !== undefined)
        out = signCapsule(out, opts.signingKey);
    // Checked every time: encrypting moves body fields out, and a check of even a 10 000-entry
    // history costs about a millisecond.
    return (0,validate/* validateCapsule */.q)(out);
}
/**
 * Verifies, then decrypts. A signed capsule is always verified when keys are given; an unsigned
 * one is refused only when `requireSignature`. Decrypting drops the signature (it covered the
 * sealed form) and the encrypted block; the result carries the stored form's digest so
 * applyUpdate chains to what is actually on disk.
 */
function openCapsule(c, opts) {
    // One canonical pass serves both the signature check and the digest.
    let text;
    const canonical = () => (text ??= (0,capsule_canonical/* signedText */.Mo)(c));
    let keyId = null;
    if (c.signature !== undefined && opts.verifyKeys.length > 0)
        keyId = verifySignedText(c, opts.verifyKeys, canonical).keyId;
    else if (opts.requireSignature) {
        if (c.signature === undefined)
            verifySignature(c, opts.verifyKeys); // throws capsule.unsigned
        throw new errors/* HeeError */.RA('capsule.key', `capsule is signed (key id ${c.signature?.key_id ?? '?'}) but no verification key was given`);
    }
    const digest = (0,capsule_canonical/* digestOfSignedText */.Dq)(canonical());
    const sensitiveFields = c.encrypted?.fields.slice() ?? [];
    if (opts.encryptionKey === undefined || c.encrypted === undefined)
        return { capsule: c, keyId, decrypted: false, sensitiveFields, digest };
    const capsule = (0,encrypt/* decryptFields */.tZ)(c, opts.encryptionKey);
    return { capsule, keyId, decrypted: true, sensitiveFields, digest };
}


/***/ }),

/***/ 33803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eB: () => (/* binding */ CAPSULE_SCHEMA_ID),
/* harmony export */   ir: () => (/* binding */ MAX_BASELINE_KEYS),
/* harmony export */   lp: () => (/* binding */ capsuleSchema),
/* harmony export */   n6: () => (/* binding */ capsuleBodySchema),
/* harmony export */   ok: () => (/* binding */ capsuleUpdateSchema),
/* harmony export */   tn: () => (/* binding */ CAPSULE_STATUSES),
/* harmony export */   wk: () => (/* binding */ MAX_BASELINE_ENTRIES)
/* harmony export */ });
/* unused harmony exports dateTime, heeSpecificShape, coverageMetricsShape, heeContextShape, autoFixEntryShape, incidentShape, baselineEntryShape, monitoringFieldsShape, monitoringStateSchema, historySummarySchema, encryptedBlockSchema, capsuleSignatureSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12311);
/* harmony import */ var _date_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97227);
/**
 * The capsule's shapes, defined once. The JSON Schema (`schema.ts`, via `z.toJSONSchema`), the
 * TypeScript types (`types.ts`, via `z.output`) and the update validator (`update.ts`) are all
 * derived from these definitions, so they cannot drift apart. The body follows the spec's
 * "HEE State Capsule Structure" field for field (a test holds the derived schema to the spec's
 * text); our additions are optional, and the envelope of DESIGN §2 wraps it.
 *
 * Objects of the body are `z.object`: the JSON Schema is derived for input, where they stay
 * open to extra properties as the spec's schema is. The envelope is closed (`z.strictObject`).
 */


const CAPSULE_SCHEMA_ID = 'hee.capsule/v1';
const CAPSULE_STATUSES = ['operational', 'degraded', 'failed', 'maintenance'];
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
/**
 * RFC 3339 `date-time`: `format: date-time` in the JSON Schema (ajv checks it with
 * `isDateTime`), and the same check for zod, so the capsule and its updates agree.
 */
const dateTime = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .refine(_date_time_js__WEBPACK_IMPORTED_MODULE_1__/* .isDateTime */ .A, { error: 'must be an RFC 3339 date-time, e.g. 2024-05-01T12:00:00Z' })
    .meta({ format: 'date-time' });
const count = zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(0);
const percent = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(100);
// ---- the spec's body ----------------------------------------------------------------------
const heeSpecificShape = {
    spec_coverage: percent.optional(),
    prompt_coverage: percent.optional(),
    decision_stability: percent.optional()
};
const coverageMetricsShape = {
    line: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    branch: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    function: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    integration: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    spec: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    prompt: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional()
};
const heeContextShape = {
    state_capsule_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    decision_impact: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    context_preservation: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional()
};
/**
 * One entry of the spec's `auto_fix_history`. Tighter than the spec in one way: timestamp,
 * pattern_id and success are required, because compaction and the report count by them.
 */
const autoFixEntryShape = {
    timestamp: dateTime,
    pattern_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    success: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    rollback: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    hee_context: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc(heeContextShape).optional(),
    // Ours: what the attempt did, for the report and the loop guard's budget.
    /** The strategy that ran (e.g. `eslint-fix`), null when none applied. */
    strategy: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    /** fixed, rolled-back, skipped, report-only, refused. */
    outcome: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** One sentence: why it was skipped, rolled back, refused or only reported. */
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    duration_ms: count.optional(),
    files_changed: count.optional(),
    lines_changed: count.optional(),
    /** The commands that proved (or failed to prove) the fix, and their results. */
    validations: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ command: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), code: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr(), passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY() })).optional(),
    /** The fix commit. */
    commit: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** The pull request (or issue, for a report) the fix was delivered as. */
    pr_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** The branch the failure was on and its head commit: the loop guard counts attempts per branch. */
    branch: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    head_sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional()
};
// ---- our additions to monitoring_state ------------------------------------------------------
/** An open failure the monitor is tracking: one per workflow and pattern. */
const incidentShape = {
    workflow: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    pattern: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** The branch whose runs opened it (`owner/fork:branch` for a fork's); absent in capsules written before branches. */
    branch: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    severity: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(SEVERITIES),
    /** When the failure was first seen. */
    since: dateTime,
    first_run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr(),
    last_run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr(),
    /** Attempt of `last_run_id` that was counted (a re-run of the same run is a new attempt). */
    last_run_attempt: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1).optional(),
    /** Runs in a row that showed this failure. */
    runs: count,
    /** When an alert about it last went out, for re-alert windows. */
    last_alert_at: dateTime.optional(),
    /** Issue number of the GitHub issue channel, when one is open. */
    issue_number: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1).optional()
};
/** Failed jobs whose last-green baseline the capsule remembers (the most recently used ones). */
const MAX_BASELINE_ENTRIES = 8;
/** Line keys remembered per failed job: its evidence lines that the passing run printed too. */
const MAX_BASELINE_KEYS = 64;
/**
 * What the last green run told about one failed job at one commit: the keys (see the
 * diagnosis' `baselineKey`) of the failed log's evidence lines that the passing log printed
 * too. The same job at the same commit is read again with them, without asking for the log.
 */
const baselineEntryShape = {
    /** The failed job's name. */
    job: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** The failed run's head commit. */
    sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** The passing run read; absent when the branch had no passing run of that job. */
    run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().optional(),
    keys: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(0)).max(MAX_BASELINE_KEYS)
};
/** The engines' own fields of monitoring_state, which a typed update may set. */
const monitoringFieldsShape = {
    consecutive_failures: count.optional(),
    /** Per-pattern counts of failures seen, kept across history compaction. */
    pattern_counts: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), count).optional(),
    /** Open incidents keyed by `${workflow}::${pattern}::${branch}`. */
    incidents: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc(incidentShape)).optional(),
    /** Runs already counted, as `${run_id}:${run_attempt}` (bounded, newest last). */
    seen_jobs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    /** One-off notices already sent (e.g. `token-expiry`) → when, so they are not repeated. */
    notices: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), dateTime).optional(),
    /** Coverage figures of the last runs, oldest first (bounded): the trend the summary shows. */
    coverage_trend: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        at: dateTime,
        run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().optional(),
        hee_total: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
        metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable())
    }))
        .max(50)
        .optional(),
    /** Last-green baselines by failed job and commit (bounded, least recently used first). */
    baselines: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc(baselineEntryShape)).max(MAX_BASELINE_ENTRIES).optional()
};
const monitoringStateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    // The spec's fields.
    last_run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().optional(),
    current_status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(CAPSULE_STATUSES).optional(),
    hee_specific: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc(heeSpecificShape).optional(),
    coverage_metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc(coverageMetricsShape).optional(),
    // Ours.
    /** When current_status was last changed. */
    status_since: dateTime.optional(),
    ...monitoringFieldsShape
});
const patternTotals = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ attempts: count, successes: count, rollbacks: count });
/** What compaction removed from `auto_fix_history`. */
const historySummarySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    compacted_entries: count,
    oldest_timestamp: dateTime.optional(),
    by_pattern: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), patternTotals)
});
/** The spec's body, with monitoring_state and auto_fix_history required. */
const capsuleBodySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    monitoring_state: monitoringStateSchema,
    auto_fix_history: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc(autoFixEntryShape)),
    history_summary: historySummarySchema.optional()
});
// ---- the envelope ---------------------------------------------------------------------------
const SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** RFC 6901 pointer, non-empty: "/" followed by reference tokens where "~" is escaped. */
const JSON_POINTER = /^(\/([^~/]|~[01])*)+$/;
const KEY_ID = /^[0-9a-f]{16}$/;
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** AES-256-GCM over the canonical JSON `{pointer: value, …}` of the sensitive fields. */
const encryptedBlockSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    alg: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('A256GCM'),
    key_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(KEY_ID),
    /** JSON pointers (RFC 6901) into `body` of the fields that were encrypted. */
    fields: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(JSON_POINTER))
        .min(1)
        .refine((f) => new Set(f).size === f.length, { error: 'must not repeat a field' })
        .meta({ uniqueItems: true }),
    iv: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(BASE64).length(16),
    tag: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(BASE64).length(24),
    ciphertext: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(BASE64)
});
const capsuleSignatureSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    alg: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['Ed25519', 'HS256']),
    key_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(KEY_ID),
    value: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(BASE64).min(1)
});
/** The whole capsule: the envelope of DESIGN §2 around the spec's body. */
const capsuleSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(CAPSULE_SCHEMA_ID),
    /** +1 on every update; loads refuse to go backwards. */
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1),
    /** Digest of the previous version: a hash chain over history (null for version 1). */
    previous_digest: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(SHA256_DIGEST).nullable(),
    repository: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(REPOSITORY),
    workflow: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(0),
    updated_at: dateTime,
    body: capsuleBodySchema,
    encrypted: encryptedBlockSchema.optional(),
    signature: capsuleSignatureSchema.optional()
});
// ---- updates ----------------------------------------------------------------------------------
/**
 * A typed change to a capsule; everything optional, merged in order. Strict at every level,
 * so a misspelt field is reported, not ignored.
 */
const capsuleUpdateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(CAPSULE_STATUSES).optional(),
    last_run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().optional(),
    coverage_metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej(coverageMetricsShape).optional(),
    hee_specific: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej(heeSpecificShape).optional(),
    /** Entries appended to auto_fix_history (timestamp defaults to now). */
    append_history: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        ...autoFixEntryShape,
        timestamp: dateTime.optional(),
        pattern_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
        hee_context: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej(heeContextShape).optional()
    }))
        .optional(),
    /** Shallow-merged into monitoring_state for the engine's own fields. */
    monitoring: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        ...monitoringFieldsShape,
        incidents: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej(incidentShape)).optional()
    })
        .optional()
});


/***/ }),

/***/ 6964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QJ: () => (/* binding */ assertTransition),
/* harmony export */   _X: () => (/* binding */ INITIAL_STATUS),
/* harmony export */   vs: () => (/* binding */ pathTo),
/* harmony export */   wh: () => (/* binding */ STATUS_TRANSITIONS)
/* harmony export */ });
/* unused harmony exports nextStates, canTransition, isCapsuleStatus */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);


/** `[*] --> Operational`: where a new capsule starts. */
const INITIAL_STATUS = 'operational';
/** The spec's diagram, arrow for arrow and in its order; nothing else is legal. */
const STATUS_TRANSITIONS = [
    { from: 'operational', to: 'degraded', event: 'Failures Detected' },
    { from: 'degraded', to: 'operational', event: 'Auto-Fix Successful' },
    { from: 'degraded', to: 'failed', event: 'Critical Failure' },
    { from: 'failed', to: 'degraded', event: 'Partial Recovery' },
    { from: 'failed', to: 'operational', event: 'Full Recovery' },
    { from: 'operational', to: 'maintenance', event: 'Scheduled Update' },
    { from: 'maintenance', to: 'operational', event: 'Update Complete' },
    { from: 'degraded', to: 'maintenance', event: 'Manual Intervention' }
];
/** States reachable in one step from `from`, in the diagram's order. */
function nextStates(from) {
    return STATUS_TRANSITIONS.filter((t) => t.from === from).map((t) => t.to);
}
/** True when `from → to` is an arrow of the diagram, or `from === to` (staying put is a no-op). */
function canTransition(from, to) {
    return from === to || STATUS_TRANSITIONS.some((t) => t.from === from && t.to === to);
}
/** Throws `capsule.transition` naming the allowed next states when `from → to` is not legal. */
function assertTransition(from, to) {
    if (canTransition(from, to))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HeeError */ .RA('capsule.transition', `illegal status transition ${from} → ${to}; from ${from} the allowed next states are: ${nextStates(from).join(', ')}`, { hint: `go through ${pathTo(from, to).slice(1, -1).join(' → ')} first` });
}
/**
 * Shortest legal path from `from` to `to`, both included (`[from]` when equal), for a caller
 * that must record intermediate states, e.g. operational → degraded → failed.
 */
function pathTo(from, to) {
    const previous = new Map([[from, null]]);
    const queue = [from];
    while (queue.length > 0) {
        const s = queue.shift();
        if (s === to)
            break;
        for (const n of nextStates(s)) {
            if (!previous.has(n)) {
                previous.set(n, s);
                queue.push(n);
            }
        }
    }
    if (!previous.has(to))
        throw new Error(`state diagram has no path ${from} → ${to}`); // a bug: the diagram is strongly connected
    const path = [];
    for (let s = to; s !== null; s = previous.get(s) ?? null)
        path.unshift(s);
    return path;
}
/** True for one of the four statuses. */
function isCapsuleStatus(v) {
    return typeof v === 'string' && CAPSULE_STATUSES.includes(v);
}


/***/ }),

/***/ 69583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i6: () => (/* binding */ parseCapsuleText),
  U4: () => (/* binding */ readCapsuleFile),
  T7: () => (/* binding */ writeCapsuleFile),
  Q: () => (/* binding */ writeTextAtomic)
});

// UNUSED EXPORTS: formatCapsule, parseCapsuleBytes, sweepStaleTemps

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/signal-exit/dist/mjs/index.js + 1 modules
var mjs = __webpack_require__(7081);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
;// CONCATENATED MODULE: ./packages/core/src/capsule/json-syntax.ts
const MAX_DEPTH = 512;
class Stop extends Error {
    offset;
    reason;
    constructor(offset, reason) {
        super(reason);
        this.offset = offset;
        this.reason = reason;
    }
}
/**
 * Finds the first syntax error of `text` per RFC 8259, or undefined when it is valid JSON.
 * JSON.parse's messages differ between Node versions and do not say whether a file was cut
 * off, which is the one distinction a capsule loader needs (`capsule.truncated` vs `capsule.parse`).
 * With `duplicateKeys`, an object naming one key twice is a problem too: JSON.parse keeps the
 * last value, so a signed text could be read differently by another parser (RFC 8259 §4 leaves
 * it open); a capsule refuses it.
 */
function findJsonSyntaxError(text, options = {}) {
    const dupes = options.duplicateKeys === true;
    let i = 0;
    const n = text.length;
    const ws = () => {
        while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
            i++;
    };
    const need = (what) => {
        throw new Stop(i, i >= n ? 'unexpected end' : `expected ${what}, found ${JSON.stringify(text[i])}`);
    };
    const literal = (word) => {
        for (const ch of word) {
            if (i >= n)
                need(word);
            if (text[i] !== ch)
                need(word);
            i++;
        }
    };
    const digits = () => {
        if (i >= n || text[i] < '0' || text[i] > '9')
            need('a digit');
        while (i < n && text[i] >= '0' && text[i] <= '9')
            i++;
    };
    const number = () => {
        if (text[i] === '-')
            i++;
        if (text[i] === '0')
            i++;
        else
            digits();
        if (text[i] === '.') {
            i++;
            digits();
        }
        if (text[i] === 'e' || text[i] === 'E') {
            i++;
            if (text[i] === '+' || text[i] === '-')
                i++;
            digits();
        }
    };
    const string = () => {
        i++; // opening quote
        for (;;) {
            if (i >= n)
                need('"');
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return;
            }
            if (c < 0x20)
                need('a character (control characters must be escaped)');
            if (c === 0x5c) {
                i++;
                if (i >= n)
                    need('an escape');
                const e = text[i];
                if ('"\\/bfnrt'.includes(e))
                    i++;
                else if (e === 'u') {
                    i++;
                    for (let k = 0; k < 4; k++) {
                        if (i >= n)
                            need('a hex digit');
                        if (!/[0-9a-fA-F]/.test(text[i]))
                            need('a hex digit');
                        i++;
                    }
                }
                else
                    need('an escape character');
            }
            else
                i++;
        }
    };
    const value = (depth) => {
        if (depth > MAX_DEPTH)
            throw new Stop(i, `nesting deeper than ${MAX_DEPTH}`);
        ws();
        if (i >= n)
            need('a value');
        const c = text[i];
        if (c === '{') {
            i++;
            ws();
            if (text[i] === '}') {
                i++;
                return;
            }
            const keys = dupes ? new Set() : undefined;
            for (;;) {
                ws();
                if (text[i] !== '"')
                    need('a property name');
                const at = i;
                string();
                if (keys) {
                    const key = JSON.parse(text.slice(at, i));
                    if (keys.has(key))
                        throw new Stop(at, `duplicate key ${JSON.stringify(key)}`);
                    keys.add(key);
                }
                ws();
                if (text[i] !== ':')
                    need('":"');
                i++;
                value(depth + 1);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return;
                }
                need('"," or "}"');
            }
        }
        else if (c === '[') {
            i++;
            ws();
            if (text[i] === ']') {
                i++;
                return;
            }
            for (;;) {
                value(depth + 1);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return;
                }
                need('"," or "]"');
            }
        }
        else if (c === '"')
            string();
        else if (c === 't')
            literal('true');
        else if (c === 'f')
            literal('false');
        else if (c === 'n')
            literal('null');
        else if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
            number();
        else
            need('a value');
    };
    try {
        value(0);
        ws();
        if (i < n)
            throw new Stop(i, `unexpected ${JSON.stringify(text[i])} after the end of the JSON value`);
        return undefined;
    }
    catch (e) {
        if (!(e instanceof Stop))
            throw e;
        return { offset: e.offset, reason: e.reason, truncated: e.offset >= n };
    }
}

// EXTERNAL MODULE: ./packages/core/src/capsule/validate.ts + 1 modules
var validate = __webpack_require__(66823);
;// CONCATENATED MODULE: ./packages/core/src/capsule/store.ts








function lineColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `line ${line}, column ${column}`;
}
/**
 * Parses and schema-checks capsule JSON. A cut-off text (an interrupted upload or write) is
 * `capsule.truncated`; any other malformed JSON is `capsule.parse` with its byte position;
 * then `capsule.schema` from {@link validateCapsule}. `source` names the file for messages.
 */
function parseCapsuleText(text, source) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let value;
    try {
        value = JSON.parse(body);
    }
    catch {
        const problem = findJsonSyntaxError(body) ?? { offset: 0, reason: 'not valid JSON', truncated: false };
        const byte = Buffer.byteLength(body.slice(0, problem.offset), 'utf8');
        if (problem.truncated) {
            throw new errors/* HeeError */.RA('capsule.truncated', `capsule ${source} is truncated: JSON ends at byte ${byte}`, {
                hint: 'the upload or write was interrupted; use an older capsule'
            });
        }
        throw new errors/* HeeError */.RA('capsule.parse', `capsule ${source} is not valid JSON: ${problem.reason} at byte ${byte} (${lineColumn(body, problem.offset)})`);
    }
    // JSON.parse keeps the last of two equal keys; a capsule naming one twice is refused, so no
    // reader can see another value than the one that was signed.
    const duplicate = findJsonSyntaxError(body, { duplicateKeys: true });
    if (duplicate) {
        const byte = Buffer.byteLength(body.slice(0, duplicate.offset), 'utf8');
        throw new errors/* HeeError */.RA('capsule.parse', `capsule ${source} is malformed: ${duplicate.reason} at byte ${byte} (${lineColumn(body, duplicate.offset)})`);
    }
    try {
        return (0,validate/* validateCapsule */.q)(value);
    }
    catch (e) {
        if (e instanceof errors/* HeeError */.RA)
            throw new errors/* HeeError */.RA(e.code, `${source}: ${e.message}`, { hint: e.hint, cause: e });
        throw e;
    }
}
/** Reads a capsule file and parses it with {@link parseCapsuleBytes}. */
async function readCapsuleFile(path) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (e) {
        const code = e.code;
        const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`;
        throw new errors/* HeeError */.RA('capsule.read', `capsule file ${path} ${why}`, { cause: e });
    }
    return parseCapsuleBytes(bytes, path);
}
/**
 * Decodes capsule bytes as strict UTF-8 (a damaged byte is an error, never a silent U+FFFD)
 * and parses them with {@link parseCapsuleText}.
 */
function parseCapsuleBytes(bytes, source) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* HeeError */.RA('capsule.parse', `capsule ${source} is not valid UTF-8 text`);
    }
    return parseCapsuleText(text, source);
}
/** The on-disk form: pretty JSON, 2 spaces, trailing newline. */
function formatCapsule(c) {
    return `${JSON.stringify(c, null, 2)}\n`;
}
/** The temp file name `writeCapsuleFile` uses for `path`: `.<name>.<pid>.<random>.tmp` beside it. */
function tempName(path) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        // EPERM: the process exists but belongs to someone else.
        return e.code === 'EPERM';
    }
}
/**
 * Removes temp files an earlier write of `path` left behind when its process was killed
 * (`kill -9`, a lost runner): those whose writing process no longer runs. Returns their names.
 */
async function sweepStaleTemps(path) {
    const dir = (0,external_node_path_.dirname)(path);
    const prefix = `.${(0,external_node_path_.basename)(path)}.`;
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch {
        return [];
    }
    const swept = [];
    for (const name of names) {
        if (!name.startsWith(prefix) || !name.endsWith('.tmp'))
            continue;
        const m = /^(\d{1,10})\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length));
        if (!m)
            continue;
        const pid = Number(m[1]);
        if (pid === process.pid || alive(pid))
            continue;
        await (0,promises_.unlink)((0,external_node_path_.join)(dir, name)).then(() => swept.push(name), () => undefined);
    }
    return swept;
}
/**
 * Writes `c` atomically: validate, write a temp file in the same directory, fsync, rename over
 * `path`. On any failure the old file is untouched and the temp file is removed, also when the
 * process is ended by a signal meanwhile; temp files of writers that were killed outright are
 * swept first. A reader never sees half a capsule.
 */
async function writeCapsuleFile(path, c) {
    (0,validate/* validateCapsule */.q)(c);
    await writeTextAtomic(path, formatCapsule(c), (code) => `cannot write capsule ${path} (${code}); the previous file is unchanged`);
}
/**
 * The atomic write behind {@link writeCapsuleFile}, for any text (a report, a key): temp file,
 * fsync, rename; the temp file goes on every exit path. `message` words a failure.
 */
async function writeTextAtomic(path, text, message = (code) => `cannot write ${path} (${code})`, mode = 0o644) {
    const dir = (0,external_node_path_.dirname)(path);
    await sweepStaleTemps(path);
    const temp = tempName(path);
    const removeOnExit = (0,mjs/* onExit */.cf)(() => {
        try {
            (0,external_node_fs_.unlinkSync)(temp);
        }
        catch {
            // not created yet, or renamed already
        }
    });
    try {
        const handle = await (0,promises_.open)(temp, 'wx', mode);
        try {
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temp, path);
    }
    catch (e) {
        await (0,promises_.unlink)(temp).catch(() => undefined);
        const code = e.code ?? 'error';
        throw new errors/* HeeError */.RA('capsule.write', message(code), { cause: e });
    }
    finally {
        removeOnExit();
    }
    // The rename is durable only once the directory entry is on disk; not every platform can
    // fsync a directory, and the data is already safe, so failure here is not an error.
    try {
        const d = await (0,promises_.open)(dir, 'r');
        try {
            await d.sync();
        }
        finally {
            await d.close();
        }
    }
    catch {
        // best effort
    }
}


/***/ }),

/***/ 15224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QE: () => (/* binding */ applyUpdate),
/* harmony export */   j9: () => (/* binding */ parseUpdate),
/* harmony export */   qY: () => (/* binding */ createCapsule)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37638);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30747);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65465);
/* harmony import */ var _state_machine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6964);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33803);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66823);








/** A fresh, unsigned version-1 capsule: operational since `now`, empty history. */
function createCapsule(opts) {
    const at = opts.now.toISOString();
    const c = (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateCapsule */ .q)({
        schema: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .CAPSULE_SCHEMA_ID */ .eB,
        version: 1,
        previous_digest: null,
        repository: opts.repository,
        workflow: opts.workflow,
        run_id: opts.runId,
        updated_at: at,
        body: {
            monitoring_state: { current_status: _state_machine_js__WEBPACK_IMPORTED_MODULE_2__/* .INITIAL_STATUS */ ._X, status_since: at, consecutive_failures: 0 },
            auto_fix_history: []
        }
    });
    return c;
}
/**
 * Builds the next capsule from `prev` and `update`; `prev` is never mutated. Pass the chain link
 * `openCapsule` returned for a capsule read from a file, so the next version names the digest of
 * the stored form (a bare capsule is taken as stored). The result is
 * unsigned: version + 1, chained to `prev`, status moved only along the state diagram
 * (`status_since` changes only when the status does), history appended then compacted,
 * metrics and `monitoring` merged, the encrypted block carried forward, and schema-checked.
 * The history entry objects are shared with `prev`, not copied: treat them as read-only.
 */
function applyUpdate(from, update, ctx) {
    const { capsule: prev, digest: previousDigest } = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .chainLinkOf */ .JF)(from);
    const at = ctx.now.toISOString();
    // Everything but the history is small and deep-copied, so the result shares no mutable state
    // with `prev` there. The history can hold thousands of entries and is only ever appended to or
    // trimmed: the new array reuses prev's entry objects rather than cloning every one of them.
    // Spreading prev first keeps its key order, and so the file's layout.
    const { signature: _signature, ...unsigned } = prev;
    const { body: _body, ...envelope } = unsigned;
    const { auto_fix_history: prevHistory, ...bodyRest } = prev.body;
    const copy = structuredClone({ envelope, bodyRest });
    const next = {
        ...unsigned,
        ...copy.envelope,
        body: { ...prev.body, ...copy.bodyRest, auto_fix_history: prevHistory },
        version: prev.version + 1,
        previous_digest: previousDigest,
        workflow: ctx.workflow ?? prev.workflow,
        run_id: ctx.runId ?? prev.run_id,
        updated_at: at
    };
    const ms = next.body.monitoring_state;
    if (update.status !== undefined) {
        const from = ms.current_status ?? _state_machine_js__WEBPACK_IMPORTED_MODULE_2__/* .INITIAL_STATUS */ ._X;
        (0,_state_machine_js__WEBPACK_IMPORTED_MODULE_2__/* .assertTransition */ .QJ)(from, update.status);
        if (from !== update.status || ms.current_status === undefined) {
            ms.current_status = update.status;
            ms.status_since = at;
        }
    }
    if (update.last_run_id !== undefined)
        ms.last_run_id = update.last_run_id;
    // Metrics are merged, not replaced, so an engine that measured only some of them keeps the rest.
    if (update.coverage_metrics !== undefined)
        ms.coverage_metrics = { ...ms.coverage_metrics, ...update.coverage_metrics };
    if (update.hee_specific !== undefined)
        ms.hee_specific = { ...ms.hee_specific, ...update.hee_specific };
    if (update.monitoring !== undefined)
        Object.assign(ms, structuredClone(update.monitoring));
    if (update.append_history !== undefined && update.append_history.length > 0) {
        const added = update.append_history.map((e) => ({
            ...structuredClone(e),
            timestamp: e.timestamp ?? at
        }));
        next.body.auto_fix_history = prevHistory.concat(added);
    }
    else {
        next.body.auto_fix_history = prevHistory.slice();
    }
    next.body = (0,_history_js__WEBPACK_IMPORTED_MODULE_4__/* .compactHistory */ .EQ)(next.body, ctx.historyLimit ?? _history_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_HISTORY_LIMIT */ .ZI);
    return (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateCapsule */ .q)(next);
}
function fieldName(path) {
    if (path.length === 0)
        return '(update)';
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}
/**
 * Validates a capsule update read from JSON (an action input or file). Throws `capsule.update`
 * naming the first bad field, e.g. `append_history[0].success: Invalid input: expected boolean`.
 */
function parseUpdate(json) {
    const r = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .capsuleUpdateSchema */ .ok.safeParse(json);
    if (r.success)
        return r.data;
    const issue = r.error.issues[0];
    const where = issue === undefined ? '(update)' : fieldName(issue.path);
    const why = issue?.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : (issue?.message ?? 'invalid');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .HeeError */ .RA('capsule.update', `capsule update is invalid: ${where}: ${why}`);
}


/***/ }),

/***/ 66823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ checkSuccession),
  q: () => (/* binding */ validateCapsule)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/capsule/canonical.ts
var canonical = __webpack_require__(30747);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
var _2020_default = /*#__PURE__*/__webpack_require__.n(_2020);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(98439);
// EXTERNAL MODULE: ./packages/core/src/capsule/date-time.ts
var date_time = __webpack_require__(97227);
// EXTERNAL MODULE: ./packages/core/src/capsule/shapes.ts
var shapes = __webpack_require__(33803);
;// CONCATENATED MODULE: ./packages/core/src/capsule/schema.ts





/**
 * JSON Schema (2020-12) of a zod shape, as a file on disk is checked: for input, so open
 * objects stay open as the spec's are. Integers are written as the spec writes them
 * (`"type": "integer"`), without the ±2^53 bounds zod adds for JavaScript's own safety.
 */
function jsonSchemaOf(schema) {
    return json_schema_processors/* toJSONSchema */.bl(schema, {
        target: 'draft-2020-12',
        io: 'input',
        override: ({ jsonSchema: s }) => {
            if (s.type !== 'integer')
                return;
            if (s.maximum === Number.MAX_SAFE_INTEGER)
                delete s.maximum;
            if (s.minimum === Number.MIN_SAFE_INTEGER)
                delete s.minimum;
        }
    });
}
/** The capsule body's JSON Schema: the spec's schema plus our optional additions. */
const BODY_SCHEMA = (() => {
    const { $schema: _drop, ...rest } = jsonSchemaOf(shapes/* capsuleBodySchema */.n6);
    return rest;
})();
/** JSON Schema (2020-12) of the whole capsule: the envelope of DESIGN §2 around {@link BODY_SCHEMA}. */
const CAPSULE_JSON_SCHEMA = {
    $id: 'https://hee-ci.dev/schemas/hee.capsule.v1.json',
    title: 'HEE CI state capsule (envelope + spec body)',
    ...jsonSchemaOf(shapes/* capsuleSchema */.lp)
};
// ajv ships CommonJS with `exports.default`; under NodeNext the default import is the module
// object, and at runtime the class also carries `.default`, so `.default` works in both worlds.
const Ajv2020 = (_2020_default())["default"];
let compiled;
/** The compiled validator; compiled on first use only, because compiling costs milliseconds. */
function capsuleValidator() {
    if (compiled === undefined) {
        const ajv = new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true });
        ajv.addFormat('date-time', { type: 'string', validate: date_time/* isDateTime */.A, compare: date_time/* fullDateTimeDef */.q.compare });
        compiled = ajv.compile(CAPSULE_JSON_SCHEMA);
    }
    return compiled;
}

;// CONCATENATED MODULE: ./packages/core/src/capsule/validate.ts



function describe(e) {
    const at = e.instancePath === '' ? '(capsule)' : e.instancePath;
    const p = e.params;
    switch (e.keyword) {
        case 'required':
            return `${e.instancePath}/${String(p.missingProperty)} is required`;
        case 'additionalProperties':
            return `${e.instancePath}/${String(p.additionalProperty)} is not an allowed property`;
        case 'enum':
            return `${at} must be one of ${p.allowedValues.map(String).join(', ')}`;
        case 'const':
            return `${at} must be ${JSON.stringify(p.allowedValue)}`;
        case 'type':
            return `${at} must be of type ${Array.isArray(p.type) ? p.type.join(' or ') : String(p.type)}`;
        case 'format':
            return `${at} must be a ${String(p.format)} (e.g. 2024-05-01T12:00:00Z)`;
        case 'pattern':
            return `${at} must match ${String(p.pattern)}`;
        default:
            return `${at} ${e.message ?? 'is invalid'}`;
    }
}
/**
 * Checks `obj` against the capsule schema and returns it typed. Throws `capsule.schema` with the
 * JSON pointer of the first problem and why, e.g.
 * `/body/monitoring_state/current_status must be one of operational, degraded, failed, maintenance`.
 */
function validateCapsule(obj) {
    const validate = capsuleValidator();
    if (validate(obj))
        return obj;
    const first = validate.errors?.[0];
    const reason = first === undefined ? 'does not match the schema' : describe(first);
    throw new errors/* HeeError */.RA('capsule.schema', `capsule does not match schema hee.capsule/v1: ${reason}`);
}
/**
 * Checks that `newer` may follow `older` (the newest capsule already trusted; give the chain
 * link `openCapsule` returned when it was decrypted): same repository,
 * a higher version (rollback protection), and, when directly consecutive, a `previous_digest`
 * equal to the older capsule's digest (hash chain). A gap of several versions is accepted
 * because intermediate capsules may have expired; `linked` says whether the chain was checked.
 */
function checkSuccession(olderLink, newer) {
    const { capsule: older, digest: expected } = (0,canonical/* chainLinkOf */.JF)(olderLink);
    if (older.repository !== newer.repository) {
        throw new errors/* HeeError */.RA('capsule.chain', `capsule is for repository ${newer.repository}, but the previous one is for ${older.repository}`);
    }
    if (newer.version <= older.version) {
        throw new errors/* HeeError */.RA('capsule.replay', `capsule version ${newer.version} is not newer than version ${older.version} already seen: refusing a replayed or stale capsule`);
    }
    if (newer.version !== older.version + 1)
        return { linked: false };
    if (newer.previous_digest !== expected) {
        throw new errors/* HeeError */.RA('capsule.chain', `capsule version ${newer.version} does not follow version ${older.version}: previous_digest is ${String(newer.previous_digest)}, expected ${expected}`);
    }
    return { linked: true };
}


/***/ })

};

//# sourceMappingURL=289.index.mjs.map