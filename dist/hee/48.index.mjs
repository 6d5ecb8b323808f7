export const id = 48;
export const ids = [48];
export const modules = {

/***/ 13808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ requiredLiterals),
/* harmony export */   EU: () => (/* binding */ isAsciiBlank),
/* harmony export */   OJ: () => (/* binding */ firstChars),
/* harmony export */   Z5: () => (/* binding */ firstNonBlankChars),
/* harmony export */   iV: () => (/* binding */ lastChars)
/* harmony export */ });
/**
 * Literal text a regex cannot match without: for each top-level alternative, the longest run
 * of plain characters that every match must contain, lowercased. A line that contains none of
 * them cannot match, so the classifier skips the regex with a cheap `includes`. Returns
 * undefined when some alternative has no run of at least `min` characters (no safe hint).
 * With `rarest`, an alternative's run is the one of at least `min` characters least likely to
 * occur in a log line by chance (see rarity), not the longest: `^e: \S+\.kts?:` gives `.kt`,
 * which few lines hold, rather than `e: `, which a fifth of a log's lines hold.
 */
function requiredLiterals(source, min = 3, expand = false, rarest = false) {
    const out = [];
    for (const branch of topLevelBranches(source)) {
        // A branch that is one plain group, `\b(?:a|b)\b`, is as many branches as the group has.
        const inner = soleGroup(branch);
        if (inner !== undefined) {
            const nested = requiredLiterals(inner, min, expand, rarest);
            if (nested === undefined)
                return undefined;
            out.push(...nested);
            continue;
        }
        const best = requiredRun(branch, min, rarest);
        if (best.length >= min) {
            // A required group whose every alternative is rarer still does better: `^E: (?:Unable
            // to locate package|Package '…' has no installation candidate)`.
            const group = rarest ? requiredGroupLiterals(branch, min, expand) : undefined;
            if (group !== undefined && rarityOfAny(group) > rarity(best))
                out.push(...group);
            else
                out.push(best.toLowerCase());
            continue;
        }
        // No long enough plain run, e.g. `^\s*(?:Compiling|Checking) \S+`: a required group whose
        // alternatives all have one still tells a line that cannot match.
        const fromGroup = requiredGroupLiterals(branch, min, expand);
        if (fromGroup !== undefined) {
            out.push(...fromGroup);
            continue;
        }
        // Last, with `expand`: a stretch of small classes, optional characters and groups of a few
        // fixed alternatives, spelt out, `\.(?:[cm]?[jt]sx?|vue):` as `.js:`, `.cts:`, … `.vue:`.
        const spelt = expand ? speltOutRun(branch, min) : undefined;
        if (spelt === undefined)
            return undefined;
        out.push(...spelt);
    }
    return out.length > 0 ? out : undefined;
}
/** At most this many spellings of one stretch. */
const MAX_SPELLINGS = 32;
/**
 * The stretch of `branch` whose every spelling is longest at its shortest, spelt out in full
 * (ASCII only, lowercased): one of them occurs in any text the branch matches. Undefined when
 * no stretch's shortest spelling has `min` characters.
 */
function speltOutRun(branch, min) {
    let best;
    let bestLen = min - 1;
    let cur = [''];
    const flush = () => {
        let len = Infinity;
        for (const x of cur)
            len = Math.min(len, x.length);
        if (len > bestLen) {
            best = cur;
            bestLen = len;
        }
        cur = [''];
    };
    for (const atom of atoms(branch)) {
        // Not spellable, or optional and repeatable (`*`): the stretch ends before it.
        if (atom.set === undefined || (atom.min === 0 && atom.max !== 1)) {
            flush();
            continue;
        }
        const set = atom.min === 0 ? ['', ...atom.set] : atom.set;
        const next = [...new Set(cur.flatMap((a) => set.map((b) => a + b)))];
        if (next.length > MAX_SPELLINGS) {
            flush();
            cur = set.length <= MAX_SPELLINGS ? [...set] : [''];
        }
        else
            cur = next;
        // More repeats of the atom may follow (`+`): the stretch ends with its first.
        if (atom.max !== 1)
            flush();
    }
    flush();
    return best?.map((x) => x.replace(/[A-Z]/g, (c) => c.toLowerCase()));
}
/** The atoms of a sequence, each with what it matches and its quantifier. */
function atoms(s) {
    const out = [];
    let i = 0;
    while (i < s.length) {
        const c = s[i];
        let set;
        let next = i + 1;
        if (c === '\\') {
            const lit = escapedChar(s, i);
            if (lit) {
                next = lit.next;
                if (lit.code < 128 && ESCAPED_LITERAL.has(String.fromCharCode(lit.code)))
                    set = [String.fromCharCode(lit.code)];
            }
            else
                next = i + 2;
        }
        else if (c === '[') {
            next = skipClass(s, i);
            set = classSpellings(s.slice(i + 1, next - 1));
        }
        else if (c === '(') {
            next = skipGroup(s, i);
            const inner = groupBody(s, i, next);
            set = inner === undefined ? undefined : spellings(inner);
        }
        else if (!'.^$|?*+{}()[]'.includes(c) && c.charCodeAt(0) < 128)
            set = [c];
        let min = 1;
        let max = 1;
        const q = s[next];
        if (q === '?' || q === '*' || q === '+') {
            min = q === '+' ? 1 : 0;
            max = q === '?' ? 1 : Infinity;
            next++;
        }
        else if (q === '{') {
            const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(next, next + 24));
            if (!m)
                return [...out, { set: undefined, min: 1, max: 1 }];
            min = Number(m[1]);
            max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
            next += m[0].length;
            // Spelt only as one optional or required repeat; other counts end the stretch.
            if (!(min <= 1 && max === 1))
                set = undefined;
        }
        if (s[next] === '?' && q !== undefined && '?*+{'.includes(q))
            next++; // lazy
        out.push({ set, min, max });
        i = next;
    }
    return out;
}
/** Every text a group body matches, when its alternatives are short sequences of spellable atoms. */
function spellings(body) {
    const all = [];
    for (const alt of topLevelBranches(body)) {
        let cur = [''];
        for (const atom of atoms(alt)) {
            if (atom.set === undefined || atom.max !== 1)
                return undefined;
            const set = atom.min === 0 ? ['', ...atom.set] : atom.set;
            cur = [...new Set(cur.flatMap((a) => set.map((b) => a + b)))];
            if (cur.length > MAX_SPELLINGS)
                return undefined;
        }
        all.push(...cur);
        if (all.length > MAX_SPELLINGS)
            return undefined;
    }
    return [...new Set(all)];
}
/**
 * The members of a small bracket class of plain characters (`[cm]`, `[jt]`, `[✗✘×]`); undefined
 * otherwise. A character from 128 up counts only when it has no other case, as the literal index
 * folds ASCII letters only.
 */
function classSpellings(body) {
    const out = [];
    for (let i = 0; i < body.length; i++) {
        let c = body[i];
        if (c === '\\') {
            const e = body[i + 1] ?? '';
            if (!/[.\-/\\[\]()*+?{}|^$]/.test(e))
                return undefined;
            c = e;
            i++;
        }
        else if (c === '^' || c === '-' || c === '[' || !isPlainClassMember(c))
            return undefined;
        out.push(c);
    }
    return out.length > 0 && out.length <= MAX_CLASS_SPELLINGS ? [...new Set(out)] : undefined;
}
/** At most this many members of a class are spelt out. */
const MAX_CLASS_SPELLINGS = 6;
/** ASCII, or a single UTF-16 unit from 128 up that no case folding maps to another. */
function isPlainClassMember(c) {
    const code = c.charCodeAt(0);
    if (code < 128)
        return true;
    if (code >= 0xd800 && code <= 0xdfff)
        return false;
    return c.toLowerCase() === c && c.toUpperCase() === c;
}
/** The literals of the first group in `branch` that every match goes through, if any. */
function requiredGroupLiterals(branch, min, expand = false) {
    for (let i = 0; i < branch.length; i++) {
        const c = branch[i];
        if (c === '\\')
            i++;
        else if (c === '[')
            i = skipClass(branch, i) - 1;
        else if (c === '(') {
            const end = skipGroup(branch, i);
            const inner = groupBody(branch, i, end);
            const q = branch[end];
            const optional = q === '?' || q === '*' || (q === '{' && /^\{0[,}]/.test(branch.slice(end, end + 3)));
            const found = inner === undefined || optional ? undefined : requiredLiterals(inner, min, expand);
            if (found)
                return found;
            i = end - 1;
        }
    }
    return undefined;
}
/** The body of the group `s[start, end)`; undefined for a lookaround, which consumes nothing. */
function groupBody(s, start, end) {
    if (s[start + 1] !== '?')
        return s.slice(start + 1, end - 1);
    if (s[start + 2] === ':')
        return s.slice(start + 3, end - 1);
    const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(s.slice(start, start + 200));
    return named ? s.slice(start + named[0].length, end - 1) : undefined;
}
const EDGE = /^(?:\^|\\b)*|(?:\$|\\b)*$/g;
function soleGroup(branch) {
    const core = branch.replace(EDGE, '');
    if (!core.startsWith('(?:'))
        return undefined;
    return skipGroup(core, 0) === core.length ? core.slice(3, -1) : undefined;
}
function topLevelBranches(s) {
    const branches = [];
    let depth = 0;
    let inClass = false;
    let start = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
        }
        else if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === '|' && depth === 0) {
            branches.push(s.slice(start, i));
            start = i + 1;
        }
    }
    branches.push(s.slice(start));
    return branches;
}
const ESCAPED_LITERAL = new Set([...'.()[]{}*+?^$|/\\-:\'"`<>!#%&,;=@~ ']);
const HEX_ESCAPE = /^x([0-9a-fA-F]{2})/;
const UNICODE_ESCAPE = /^u([0-9a-fA-F]{4})/;
/**
 * About how many bits of surprise each lowercased ASCII character of a CI log carries (from
 * character counts over real job logs: blanks, digits and the commonest letters are cheap);
 * any other ASCII character 9.5, a character from 128 up RARE_BITS.
 */
const CHAR_BITS = new Float64Array(128).fill(9.5);
for (const [bits, chars] of [
    [4, ' 0123456789'],
    [5, 'etroinsa-:.'],
    [6, 'cdulp/mg'],
    [6.5, 'hzfb='],
    [8, 'kyvw#[]_x']
]) {
    for (const c of chars)
        CHAR_BITS[c.charCodeAt(0)] = bits;
}
/** Characters from 128 up: rare in logs (a bullet, a cross, a box-drawing line). */
const RARE_BITS = 14;
/** How unlikely `run` is to occur at a given place of a log line, in bits (see CHAR_BITS). */
function rarity(run) {
    let bits = 0;
    for (let i = 0; i < run.length; i++) {
        let c = run.charCodeAt(i);
        if (c >= 65 && c <= 90)
            c += 32;
        bits += c < 128 ? CHAR_BITS[c] : RARE_BITS;
    }
    return bits;
}
/** How unlikely any of `runs` is at a given place (their chances added up), in bits. */
function rarityOfAny(runs) {
    let p = 0;
    for (const r of runs)
        p += 2 ** -rarity(r);
    return -Math.log2(p);
}
/**
 * The run of plain characters that every match of `s` contains: the longest (the first of
 * equals), or with `rarest` the rarest of those of at least `min` characters (the longest
 * when none is that long).
 */
function requiredRun(s, min, rarest) {
    let best = '';
    let bestBits = -1;
    let run = '';
    const flush = () => {
        if (rarest && run.length >= min) {
            const bits = rarity(run);
            if (best.length < min || bits > bestBits) {
                best = run;
                bestBits = bits;
            }
        }
        else if (run.length > best.length && (!rarest || best.length < min))
            best = run;
        run = '';
    };
    let i = 0;
    while (i < s.length) {
        const c = s[i];
        let literal;
        let next = i + 1;
        if (c === '\\') {
            const e = s[i + 1] ?? '';
            const hex = e === 'x' ? HEX_ESCAPE.exec(s.slice(i + 1, i + 4)) : null;
            const unicode = e === 'u' ? UNICODE_ESCAPE.exec(s.slice(i + 1, i + 6)) : null;
            if (hex) {
                literal = String.fromCharCode(parseInt(hex[1], 16));
                next = i + 4;
            }
            else if (unicode) {
                // Half of a surrogate pair is no text of its own (the index reads UTF-8): the run ends.
                const code = parseInt(unicode[1], 16);
                if (code < 0xd800 || code > 0xdfff)
                    literal = String.fromCharCode(code);
                next = i + 6;
            }
            else if (ESCAPED_LITERAL.has(e)) {
                literal = e;
                next = i + 2;
            }
            else {
                next = i + 2; // a class escape (\d, \s, \b, …): matches no fixed text
            }
        }
        else if (c === '(') {
            next = skipGroup(s, i);
        }
        else if (c === '[') {
            next = skipClass(s, i);
        }
        else if (c !== '.' &&
            c !== '^' &&
            c !== '$' &&
            c !== '?' &&
            c !== '*' &&
            c !== '+' &&
            c !== '{' &&
            c !== '}' &&
            c !== '|') {
            literal = c;
        }
        const q = s[next];
        const optional = q === '?' || q === '*' || (q === '{' && /^\{0[,}]/.test(s.slice(next, next + 3)));
        const repeated = q === '+' || q === '{';
        if (literal === undefined || optional) {
            flush();
        }
        else {
            run += literal;
            if (repeated)
                flush();
        }
        i = next;
        // Skip the quantifier itself (and a lazy `?` after it).
        if (q === '?' || q === '*' || q === '+')
            i++;
        else if (q === '{')
            i = s.indexOf('}', i) + 1 || s.length;
        if (s[i] === '?' && (q === '*' || q === '+' || q === '{'))
            i++;
    }
    flush();
    return best;
}
function skipGroup(s, i) {
    let depth = 0;
    let inClass = false;
    for (let j = i; j < s.length; j++) {
        const c = s[j];
        if (c === '\\') {
            j++;
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
        }
        else if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return j + 1;
    }
    return s.length;
}
function skipClass(s, i) {
    for (let j = i + 1; j < s.length; j++) {
        if (s[j] === '\\')
            j++;
        else if (s[j] === ']' && j > i + 1)
            return j + 1;
    }
    return s.length;
}
/**
 * For a regex anchored with `^` in every top-level alternative: the ASCII characters a line it
 * matches can start with, as a 128-entry table (1: possible). A line starting with any other
 * ASCII character cannot match, so the classifier skips the regex on one table lookup.
 * Characters from 128 up are always let through. Undefined when the regex is not anchored or
 * its start is beyond this simple reading (lookahead-only starts, back-references, flags
 * other than `i`): every line is then a candidate.
 */
function firstChars(source, flags = '') {
    // The first alternative starts the source: most regexes are not anchored, and need no more reading.
    if ((flags !== '' && flags !== 'i') || !source.startsWith('^'))
        return undefined;
    const table = new Uint8Array(128);
    for (const branch of topLevelBranches(source)) {
        if (!branch.startsWith('^'))
            return undefined;
        if (firstOfSequence(branch, 1, branch.length, table) !== 'consumes')
            return undefined;
    }
    if (flags === 'i') {
        for (let c = 65; c <= 90; c++)
            table[c] = table[c + 32] = table[c] | table[c + 32];
    }
    return table;
}
/**
 * Adds to `table` the characters the sequence `s[from, to)` can start with. 'consumes': every
 * match of it starts with one of them; 'nullable': it can match empty text, so what follows
 * it counts too; 'unknown': beyond this reading.
 */
function firstOfSequence(s, from, to, table) {
    let i = from;
    while (i < to) {
        const c = s[i];
        let atom = 'consumes';
        let next = i + 1;
        if (c === '\\') {
            const e = s[i + 1] ?? '';
            next = i + 2;
            if (e === 'b' || e === 'B')
                atom = 'zero';
            else if (e === 'd' || e === 'w' || e === 's' || e === 'D' || e === 'W' || e === 'S')
                addClassEscape(e, table);
            else {
                const lit = escapedChar(s, i);
                if (lit === undefined)
                    return 'unknown';
                addChar(lit.code, table);
                next = lit.next;
            }
        }
        else if (c === '(') {
            next = skipGroup(s, i);
            const inner = groupBody(s, i, next);
            if (inner === undefined)
                atom = 'zero'; // a lookaround consumes nothing; skipping it only lets more through
            else {
                atom = 'consumes';
                for (const alt of topLevelBranches(inner)) {
                    const r = firstOfSequence(alt, 0, alt.length, table);
                    if (r === 'unknown')
                        return 'unknown';
                    if (r === 'nullable')
                        atom = 'nullable';
                }
            }
        }
        else if (c === '[') {
            next = skipClass(s, i);
            if (!addClass(s.slice(i + 1, next - 1), table))
                return 'unknown';
        }
        else if (c === '.') {
            for (let k = 0; k < 128; k++)
                table[k] = 1;
        }
        else if (c === '^') {
            atom = 'zero';
        }
        else if (c === '$' ||
            c === '|' ||
            c === ')' ||
            c === '*' ||
            c === '+' ||
            c === '?' ||
            c === '{' ||
            c === '}' ||
            c === ']') {
            return 'unknown';
        }
        else {
            addChar(c.charCodeAt(0), table);
        }
        // The quantifier, if any: a minimum of 0 makes the atom optional.
        let min = 1;
        const q = s[next];
        if (q === '?' || q === '*') {
            min = 0;
            next++;
        }
        else if (q === '+')
            next++;
        else if (q === '{') {
            const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(next, next + 24));
            if (!m)
                return 'unknown';
            min = Number(m[1]);
            next += m[0].length;
        }
        if (s[next] === '?' && (q === '?' || q === '*' || q === '+' || q === '{'))
            next++; // lazy
        if (atom === 'consumes' && min > 0)
            return 'consumes';
        i = next;
    }
    return 'nullable';
}
function addChar(code, table) {
    if (code < 128)
        table[code] = 1;
}
const WORD = /\w/;
const SPACE = /\s/;
const DIGIT = /\d/;
function addClassEscape(e, table) {
    const re = e === 'd' || e === 'D' ? DIGIT : e === 'w' || e === 'W' ? WORD : SPACE;
    const negated = e === 'D' || e === 'W' || e === 'S';
    for (let k = 0; k < 128; k++)
        if (re.test(String.fromCharCode(k)) !== negated)
            table[k] = 1;
}
/** A literal character escape at `s[i]` (`\.`, `\x60`, `\t`, …): its code and where it ends. */
function escapedChar(s, i) {
    const e = s[i + 1] ?? '';
    const hex = /^x([0-9a-fA-F]{2})|^u([0-9a-fA-F]{4})/.exec(s.slice(i + 1, i + 6));
    if (hex)
        return { code: parseInt(hex[1] ?? hex[2], 16), next: i + 1 + hex[0].length };
    const control = { t: 9, n: 10, v: 11, f: 12, r: 13 };
    if (e in control)
        return { code: control[e], next: i + 2 };
    // Letters and digits escape to something else (\c, \k, \p, back-references); the rest are themselves.
    if (e === '' || /[A-Za-z0-9]/.test(e))
        return undefined;
    return { code: e.charCodeAt(0), next: i + 2 };
}
/**
 * Adds the ASCII members of the bracket class with body `body` (between `[` and `]`); false when
 * the class is beyond this reading. A negated class adds every ASCII character it lets through.
 */
function addClass(body, table) {
    const negated = body.startsWith('^');
    if (negated)
        body = body.slice(1);
    if (body.length === 0)
        return false; // `[]` and `[^]`
    const members = new Uint8Array(128);
    let i = 0;
    let prev = -1;
    while (i < body.length) {
        let code;
        const escaped = body[i] === '\\';
        if (escaped) {
            const e = body[i + 1] ?? '';
            if (e === 'd' || e === 'w' || e === 's' || e === 'D' || e === 'W' || e === 'S') {
                addClassEscape(e, members);
                i += 2;
                prev = -1;
                continue;
            }
            if (e === 'b')
                return false; // backspace inside a class: rare enough to leave alone
            const lit = escapedChar(body, i);
            if (lit === undefined)
                return false;
            code = lit.code;
            i = lit.next;
        }
        else {
            code = body.charCodeAt(i);
            i++;
        }
        if (code === 0x2d && !escaped && prev >= 0 && i < body.length) {
            // A range `prev-x`: read x and add everything in between.
            let hi;
            if (body[i] === '\\') {
                const lit = escapedChar(body, i);
                if (lit === undefined)
                    return false;
                hi = lit.code;
                i = lit.next;
            }
            else
                hi = body.charCodeAt(i++);
            if (hi < prev)
                return false;
            for (let k = prev; k <= hi && k < 128; k++)
                members[k] = 1;
            prev = -1;
            continue;
        }
        if (code < 128)
            members[code] = 1;
        prev = code;
    }
    for (let k = 0; k < 128; k++)
        if ((members[k] === 1) !== negated)
            table[k] = 1;
    return true;
}
const BLANK_PREFIX = /^\^(?:\\s|[ \t])(?:[*+]|\{\d+(?:,\d*)?\})\??/;
/**
 * For a regex every top-level alternative of which is anchored with `^`: the ASCII characters
 * the first non-blank character of a line it matches can be (a line's blanks being ASCII white
 * space), as a 128-entry table. It reads past a leading `\s*`, `\s+` or ` *` (`^\s*● \S`), which
 * `firstChars` cannot gate. A line whose first non-blank character is ASCII and not in the
 * table cannot match. Undefined when an alternative could start its match with white space
 * after its blanks, or is beyond `firstChars`' reading.
 */
function firstNonBlankChars(source, flags = '') {
    if (!source.startsWith('^'))
        return undefined;
    const rest = topLevelBranches(source).map((b) => b.replace(BLANK_PREFIX, '^'));
    const table = firstChars(rest.join('|'), flags);
    if (!table)
        return undefined;
    for (let c = 0; c < 128; c++)
        if (table[c] === 1 && isAsciiBlank(c))
            return undefined;
    return table;
}
/** The characters that `firstNonBlankChars` reads past (what `\s` matches below 128). */
function isAsciiBlank(c) {
    return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
/**
 * For a regex every top-level alternative of which ends with `$` after a character, escape or
 * class that must match at least once (`\)$`, `_{3,}$`, `[\w-]+$`): the ASCII characters the
 * last character of a line it matches can be, as a 128-entry table (characters from 128 up are
 * always let through). Undefined when some alternative ends otherwise (a group, `.`, an
 * optional atom, a word boundary) or flags other than `i` are set.
 */
function lastChars(source, flags = '') {
    // The last alternative ends the source.
    if ((flags !== '' && flags !== 'i') || !source.endsWith('$'))
        return undefined;
    const table = new Uint8Array(128);
    for (const branch of topLevelBranches(source)) {
        if (!branch.endsWith('$') || branch.endsWith('\\$'))
            return undefined;
        const atom = lastAtom(branch.slice(0, -1));
        if (!atom || atom.min === 0)
            return undefined;
        const s = atom.text;
        if (s === '.' || s === '^' || s === '$' || s.startsWith('('))
            return undefined;
        if (s.startsWith('[')) {
            if (!addClass(s.slice(1, -1), table))
                return undefined;
        }
        else if (s.startsWith('\\')) {
            const e = s[1] ?? '';
            if (e === 'd' || e === 'w' || e === 's' || e === 'D' || e === 'W' || e === 'S')
                addClassEscape(e, table);
            else {
                const lit = escapedChar(s, 0);
                if (lit === undefined)
                    return undefined;
                addChar(lit.code, table);
            }
        }
        else if (/^[*+?{}|)\]]$/.test(s))
            return undefined;
        else
            addChar(s.charCodeAt(0), table);
    }
    if (flags === 'i') {
        for (let c = 65; c <= 90; c++)
            table[c] = table[c + 32] = table[c] | table[c + 32];
    }
    return table;
}
/** The last atom of `s` (a character, escape, class or group, without its quantifier) and its minimum count. */
function lastAtom(s) {
    let last;
    let i = 0;
    while (i < s.length) {
        const c = s[i];
        let next = i + 1;
        if (c === '\\') {
            const lit = escapedChar(s, i);
            next = lit ? lit.next : i + 2;
        }
        else if (c === '(')
            next = skipGroup(s, i);
        else if (c === '[')
            next = skipClass(s, i);
        const text = s.slice(i, next);
        let min = 1;
        const q = s[next];
        if (q === '?' || q === '*') {
            min = 0;
            next++;
        }
        else if (q === '+')
            next++;
        else if (q === '{') {
            const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(next, next + 24));
            if (!m)
                return undefined;
            min = Number(m[1]);
            next += m[0].length;
        }
        if (s[next] === '?' && (q === '?' || q === '*' || q === '+' || q === '{'))
            next++; // lazy
        last = { text, min };
        i = next;
    }
    return last;
}


/***/ }),

/***/ 42048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ ansiSequenceEnd),
/* harmony export */   F$: () => (/* binding */ YARN_PACKAGE_WARNING),
/* harmony export */   HV: () => (/* binding */ MAX_MATCH_CHARS),
/* harmony export */   IG: () => (/* binding */ MAX_RAW_CHARS),
/* harmony export */   Ij: () => (/* binding */ timestampEndOfBytes),
/* harmony export */   In: () => (/* binding */ levelOf),
/* harmony export */   Ow: () => (/* binding */ cleanLine),
/* harmony export */   SA: () => (/* binding */ CaretEscapes),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   kY: () => (/* binding */ LineView),
/* harmony export */   s1: () => (/* binding */ Cp437Mojibake),
/* harmony export */   x8: () => (/* binding */ isWordChar),
/* harmony export */   xy: () => (/* binding */ stripAnsiBytes),
/* harmony export */   yc: () => (/* binding */ mayHavePrefix)
/* harmony export */ });
/* unused harmony exports quoteEnd, prefixEnd, webViewLevel */
/* harmony import */ var _literal_hint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13808);

/** Longest text fed to a rule's regex: bounds the cost of any regex on any line. */
const MAX_MATCH_CHARS = 4096;
/** Longest raw segment looked at; the rest of a giant line is counted, not scanned. */
const MAX_RAW_CHARS = 16384;
// The first line of each step carries the step log's byte-order mark after the columns.
const GH_CLI_PREFIX = /^[^\t]{1,200}\t([^\t]{1,200})\t(?=\uFEFF?\d{4}-\d\d-\d\dT)/;
const CYAN = '\x1b[36;1m';
const TIMESTAMP = /^\uFEFF?(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z) ?/;
// CSI sequences, OSC sequences (BEL or ST terminated), charset selections, two-byte escapes.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)?|\x1b[()*+][0-9A-Za-z]|\x1b[@-Z\\-_]?/g;
// Travis fold/timing markers and the bare "[0K" left when a log lost its ESC bytes.
const TRAVIS_MARKER = /travis_(?:fold|time):(?:start|end):[\w.:=,]*|\[0K/g;
const COMMAND = /^##\[(group|endgroup|error|warning|notice|debug|command|section)\]/;
/**
 * A log copied from GitHub's web view into an issue can carry the viewer's line numbers as
 * Markdown links inside the text (`9[6](https://github.com/o/r/actions/runs/1/job/2#step:4:7)5
 * advisories`, `GHSA-[8](…#step:4:9)cgq-…`): each link is put back as the digits it shows.
 */
const STEP_LINK_TEXT = '](https://github.com/';
const STEP_LINK = /\[(\d{1,9})\]\(https:\/\/github\.com\/[^\s()]{1,400}#step:\d{1,5}:\d{1,9}\)/g;
/**
 * Prefixes that other tools put before a tool's own line: Jenkins' timestamper (`12:00:01  `,
 * `2020-03-19 13:16:47  `; one or two blanks go with the time, more are the line's own
 * indentation), TeamCity's time, status and block (`[10:56:14]W:\t [Step 2/2] `),
 * bracketed timestamps, `concurrently`'s `[0] `, BuildKit's `#12 3.456 `, the seconds since a
 * package build started that the Open Build Service puts before each line (`[   47s] `), and
 * GitLab's stream tag after its timestamp (`00O `). Taken off so a tool's line reads as the tool
 * wrote it.
 */
const BUILDKIT_SOURCE = String.raw `#\d{1,4} (?:\d{1,6}\.\d{1,3} )?`;
const PREFIX = new RegExp(String.raw `(?:(?:\d{4}-\d\d-\d\d )?\d\d:\d\d:\d\d(?:[.,]\d{1,6})? {1,2}|\[\d\d:\d\d:\d\d\][ A-Za-z]?:[\t ]+(?:\[(?!(?:ERROR|WARN(?:ING)?|INFO|DEBUG|FATAL|error|warn(?:ing)?|info|debug|fatal)\])[^\]\t]{1,120}\] ?)?|\[(?:\d{4}-\d\d-\d\d[T ])?\d\d:\d\d:\d\d(?:[.,]\d{1,9})?Z?\] ?|\[\d{1,3}\] |\[ {0,6}\d{1,7}s\] |${BUILDKIT_SOURCE})`, 'y');
const GITLAB_STREAM = /\d\d[OE]\+? /y;
// BuildKit's step and time (`#12 3.456 `) after another prefix: a CI's time or stream tag
// before the line of a `docker build` it ran.
const BUILDKIT = new RegExp(BUILDKIT_SOURCE, 'y');
/** `end`, or past BuildKit's prefix when one follows there. */
function thenBuildKit(s, end) {
    if (s.charCodeAt(end) !== 0x23)
        return end;
    BUILDKIT.lastIndex = end;
    return BUILDKIT.test(s) ? BUILDKIT.lastIndex : end;
}
// Turborepo and workspace runners name the package and task before each line
// (`@acme/web:test: `, `e2e-tests:dev:test: `); a scoped or hyphenated name tells it from a
// tool's own `file:line: ` or `error: `.
const TASK_PREFIX = /(?:@[\w.-]{1,60}\/[\w.-]{1,60}|[\w.]{0,40}-[\w.-]{1,60})(?::[a-z][\w-]{0,30}){1,3}: ?/y;
// pnpm's recursive run names the package's folder and the script, a blank between them
// (`packages/web lint: `, `apps/api test:unit: `): a folder path and a script name of a
// workspace's usual ones.
const PNPM_SCRIPTS = String.raw `(?:lint|test|tests|build|typecheck|type-check|check|format|fmt|compile|tsc|e2e|ci|coverage|verify|validate|spec|prepare|prepack|postinstall|prebuild|pretest|posttest|codegen|generate|bundle)`;
const PNPM_PREFIX = new RegExp(String.raw `(?:@[\w.-]{1,60}\/)?[\w.-]{1,60}(?:\/[\w.-]{1,60}){1,4} (${PNPM_SCRIPTS})(?::[\w-]{1,30})?: ?`, 'y');
/**
 * GitHub's web view shows an `##[error]` or `##[warning]` line as `Error: ` or `Warning: ` and
 * the message (a log copied from the page reads so): taken off when a tool's own line follows
 * (a located diagnostic, its level word, a marker), so that line reads as the tool wrote it.
 * The line keeps the level the prefix gave it (see webViewLevel).
 */
const WEB_VIEW = /(?:Error|Warning): {1,2}(?=(?![a-z]{2,10}:\/\/)[^\s:(]{1,300}(?::\d+|\(\d+(?:,\d+)?\)|:\[\d+,\d+\])|(?:error|warning)(?:\[\w+\])?:|FAIL(?:ED)? |\[(?:ERROR|WARNING)\] )/y;
/** Quote levels taken off one line at most (`> > > `); more are read as text. */
const MAX_QUOTE_LEVELS = 4;
/**
 * Where a line's text starts once the quote marks of a log pasted into an issue or a mail are
 * taken off: each `>` with the one space after it (`> `, `>> `, `> > `, a bare `>` ending the
 * line), up to MAX_QUOTE_LEVELS. The text keeps its own indentation (`>     at f (a.js:3:5)`).
 * A `>` before anything else (`>=1.2`, `>foo`) is text, and so is Python's prompt `>>> ` (three
 * marks, then a blank): the command the interpreter was given.
 */
function quoteEnd(s, at) {
    let i = at;
    for (let level = 0; level < MAX_QUOTE_LEVELS && s.charCodeAt(i) === 0x3e; level++) {
        const next = s.charCodeAt(i + 1);
        if (next === 0x3e && s.charCodeAt(i + 2) === 0x3e && s.charCodeAt(i + 3) === 0x20)
            break;
        if (next === 0x20)
            i += 2;
        else if (next === 0x3e || next !== next || next === 0x0a || next === 0x0d)
            i += 1;
        else
            break;
    }
    return i;
}
/** Where a line's text starts once a known prefix at `at` is taken off (`at` when none). */
function prefixEnd(s, at, afterTimestamp) {
    if (s.charCodeAt(at) === 0x3e) {
        const q = quoteEnd(s, at);
        if (q === at)
            return at;
        // A quoted line may carry a tool's prefix of its own (a timestamp): once, no quote again.
        at = q;
        afterTimestamp = false;
        if (s.charCodeAt(at) === 0x3e)
            return at;
    }
    const c = s.charCodeAt(at);
    if (afterTimestamp && c >= 0x30 && c <= 0x39) {
        GITLAB_STREAM.lastIndex = at;
        if (GITLAB_STREAM.test(s))
            return thenBuildKit(s, GITLAB_STREAM.lastIndex);
    }
    if ((c === 0x45 || c === 0x57) && mayBeWebView(s, at)) {
        WEB_VIEW.lastIndex = at;
        if (WEB_VIEW.test(s))
            return WEB_VIEW.lastIndex;
    }
    if ((c === 0x40 || (c !== 0x5f && isWordChar(c))) && mayBeTaskPrefix(s, at)) {
        TASK_PREFIX.lastIndex = at;
        if (TASK_PREFIX.test(s))
            return TASK_PREFIX.lastIndex;
        PNPM_PREFIX.lastIndex = at;
        if (PNPM_PREFIX.test(s))
            return PNPM_PREFIX.lastIndex;
    }
    if (!mayBePrefix(s, at, c))
        return at;
    PREFIX.lastIndex = at;
    return PREFIX.test(s) ? thenBuildKit(s, PREFIX.lastIndex) : at;
}
/**
 * Whether PREFIX could match at `at`, whose character is `c`: a digit then a digit and
 * `:` (a time), four digits and `-` (a date), `[` or `#` then a digit, or `[` then a blank
 * (the Open Build Service's padded seconds). Most lines start otherwise, or with a number that
 * is no time, and need no regex.
 */
function mayBePrefix(s, at, c) {
    const d = s.charCodeAt(at + 1);
    const digit = d >= 0x30 && d <= 0x39;
    if (c >= 0x30 && c <= 0x39) {
        if (!digit)
            return false;
        const e = s.charCodeAt(at + 2);
        return e === 0x3a || (!notDigit(s, at + 2) && !notDigit(s, at + 3) && s.charCodeAt(at + 4) === 0x2d);
    }
    return (c === 0x5b || c === 0x23) && (digit || (c === 0x5b && d === 0x20));
}
/**
 * Whether TASK_PREFIX could match at `at`: all it reads before its first `:` is `@`, `/`, `.`,
 * `-` and word characters, with a `-` or `@` among them. Most lines' first word ends otherwise,
 * and this spares them the regex.
 */
function mayBeTaskPrefix(s, at) {
    let named = false;
    let folder = false;
    let blank = false;
    for (let i = at, end = Math.min(s.length, at + 128); i < end; i++) {
        const c = s.charCodeAt(i);
        if (c === 0x3a)
            return named || blank;
        if (c === 0x2d || c === 0x40)
            named = true;
        else if (c === 0x2f) {
            if (blank)
                return false;
            folder = true;
        }
        else if (c === 0x20) {
            // pnpm's `folder/path script: ` (see PNPM_PREFIX): one blank, after a folder path.
            if (blank || !folder)
                return false;
            blank = true;
            named = false;
        }
        else if (c !== 0x2e && !isWordChar(c))
            return false;
    }
    return false;
}
// A workspace runner's prefix as prefixEnd takes it off, the task named last (`build` of
// `@acme/web:build: `, `test` of `e2e:dev:test: `).
const TASK_OF = /(?:@[\w.-]{1,60}\/[\w.-]{1,60}|[\w.]{0,40}-[\w.-]{1,60})(?::[a-z][\w-]{0,30}){0,2}:([a-z][\w-]{0,30}): ?$/;
const PNPM_TASK_OF = new RegExp(String.raw `^(?:@[\w.-]{1,60}\/)?[\w.-]{1,60}(?:\/[\w.-]{1,60}){1,4} (${PNPM_SCRIPTS})(?::[\w-]{1,30})?: ?$`);
/** The task of a prefix that prefixEnd took off, when it was a workspace runner's (else undefined). */
function taskOf(prefix) {
    if (prefix.length > 200 ||
        (prefix.charCodeAt(prefix.length - 1) !== 0x20 && prefix.charCodeAt(prefix.length - 1) !== 0x3a))
        return undefined;
    const m = TASK_OF.exec(prefix) ?? PNPM_TASK_OF.exec(prefix);
    return m ? m[1] : undefined;
}
/** Whether `Error:` or `Warning:` starts at `at` (WEB_VIEW then decides). */
function mayBeWebView(s, at) {
    return s.startsWith('Error:', at) || s.startsWith('Warning:', at);
}
/**
 * The level a web view's prefix gave the line whose text starts at `end` (where prefixEnd took
 * it off), if one did: `Error: ` → error, `Warning: ` → warning.
 */
function webViewLevel(s, end) {
    if (end < 7 || s.charCodeAt(end - 1) !== 0x20)
        return undefined;
    const colon = s.charCodeAt(end - 2) === 0x3a ? end - 2 : s.charCodeAt(end - 3) === 0x3a ? end - 3 : -1;
    if (colon < 0)
        return undefined;
    if (colon >= 5 && s.startsWith('Error', colon - 5))
        return 'error';
    if (colon >= 7 && s.startsWith('Warning', colon - 7))
        return 'warning';
    return undefined;
}
function isWordChar(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}
// The level words tools open a line with (`FATAL ERROR: ` and `Fatal error: ` of west, V8 and
// PHP among them); `E0312 10:01:03.456789 ` is the glog/klog header
// of Go tools (Kubernetes, go-licenses), its letter the level. A checkstyle XML report (the
// format many linters print: tflint, hadolint, ktlint, eslint's `-f checkstyle`) names every
// finding `<error …>` and gives its level in the `severity` attribute. ESLint's table of
// findings (`  22:9  error  'delay' is never reassigned  prefer-const`) gives the level after
// the line and column; its warnings stay unmarked, as a run may fail on their number. Karma's
// log4js layout puts the level after the date and time (`17 07 2025 03:17:08.568:WARN [launcher]: `).
const ERROR_LEVEL = /^\s*(?:\[(?:ERROR|FATAL|error|fatal)\]|(?:ERROR|FATAL|Error|E)(?::|\s\|)\s|(?:FATAL ERROR|Fatal error|fatal error): |error(?:\[\w+\])?:|fatal:|[EF]\d{4} \d\d:\d\d:\d\d\.\d{6} |\d{1,6}:\d{1,6}\s{1,8}error\s{2}|<error\b[^>]{0,400}\bseverity=["']error["']|\*\* \([A-Z][\w.]{0,60}\) )/;
/** yarn's deprecation warning for a (nested) package: `warning a > b > debug@4.1.1: Debug versions …`. */
const YARN_PACKAGE_WARNING = String.raw `warning (?:[^\s>]{1,200} > ){0,30}[^\s>]{1,200}@[^\s:]{1,100}: `;
const WARNING_LEVEL = new RegExp(String.raw `^\s*(?:\d\d \d\d \d{4} \d\d:\d\d:\d\d\.\d{3}:WARN \[|\[(?:WARNING|WARN|warning|warn)\]|(?:WARNING|WARN|Warning|W):\s|npm (?:WARN|warn) |` +
    YARN_PACKAGE_WARNING +
    String.raw `|warning(?:\[\w+\])?:|W\d{4} \d\d:\d\d:\d\d\.\d{6} |<error\b[^>]{0,400}\bseverity=["'](?:warning|info|ignore)["'])`);
const ERROR_FIRST = (0,_literal_hint_js__WEBPACK_IMPORTED_MODULE_0__/* .firstNonBlankChars */ .Z5)(ERROR_LEVEL.source, ERROR_LEVEL.flags);
const WARNING_FIRST = (0,_literal_hint_js__WEBPACK_IMPORTED_MODULE_0__/* .firstNonBlankChars */ .Z5)(WARNING_LEVEL.source, WARNING_LEVEL.flags);
/** The longest caret-written code held back at a chunk's end to be read whole with the next. */
const MAX_CARET_CODE = 40;
/**
 * Rewrites a log's chunks before anything reads them, holding back a chunk's end that may start
 * a sequence the next chunk completes. Subclasses say which chunks need no rewriting and how a
 * chunk (with what was held back before it) is rewritten; `removed` counts the bytes taken out.
 */
class ChunkRewriter {
    tail;
    /** Bytes taken out: what the log held is that many bytes more. */
    removed = 0;
    /** The chunk as the classifier should read it. */
    next(chunk) {
        if (typeof chunk === 'string') {
            if (this.tail === undefined && this.plainText(chunk))
                return chunk;
            chunk = Buffer.from(chunk, 'utf8');
        }
        let buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        if (this.tail !== undefined) {
            buf = Buffer.concat([this.tail, buf]);
            this.tail = undefined;
        }
        else if (this.plainBytes(buf))
            return chunk;
        return this.convert(buf, false);
    }
    /** What is held back at the end of the log. */
    end() {
        const t = this.tail;
        this.tail = undefined;
        return t === undefined ? undefined : this.convert(t, true);
    }
}
/**
 * `gh run view --log` writes each control character of a job log in caret notation, the
 * escape that opens an ANSI code as `^[` (`^[[1m^[[91merror^[[0m`), so a log saved from it
 * shows its colour codes as text. CaretEscapes turns such a code's `^[` back into the escape
 * before anything reads the log, so stripAnsi takes the code off as it does the runner's own.
 * Only the codes a tool colours and moves the cursor with are taken (`^[[`, digits and `;`,
 * a letter): `^[[:space:]]` in a regex quoted by a log stays as it is. Chunks may cut a code
 * anywhere: the end of a chunk that may start one is held and read with the next.
 */
class CaretEscapes extends ChunkRewriter {
    plainText(chunk) {
        return chunk.indexOf('^[') < 0 && !chunk.endsWith('^');
    }
    plainBytes(buf) {
        return buf.indexOf(CARET_OPEN) < 0 && buf[buf.length - 1] !== 0x5e && buf[buf.length - 1] !== 0x5b;
    }
    convert(buf, last) {
        let out;
        let n = 0;
        let copied = 0;
        let i = buf.indexOf(CARET_OPEN);
        while (i >= 0) {
            let j = i + 3;
            while (j < buf.length && j - i < MAX_CARET_CODE && ((buf[j] >= 0x30 && buf[j] <= 0x39) || buf[j] === 0x3b))
                j++;
            if (j >= buf.length && !last && j - i < MAX_CARET_CODE) {
                this.tail = Buffer.from(buf.subarray(i));
                break;
            }
            if (j < buf.length && isAsciiLetter(buf[j])) {
                out ??= Buffer.allocUnsafe(buf.length);
                n += buf.copy(out, n, copied, i);
                out[n++] = 0x1b;
                copied = i + 2;
                this.removed++;
            }
            i = buf.indexOf(CARET_OPEN, j);
        }
        if (this.tail === undefined && !last) {
            // `^` or `^[` at the very end may open a code the next chunk goes on with.
            const e = buf.length;
            const k = buf[e - 1] === 0x5e ? 1 : buf[e - 1] === 0x5b && buf[e - 2] === 0x5e ? 2 : 0;
            if (k > 0)
                this.tail = Buffer.from(buf.subarray(e - k));
        }
        const stop = this.tail !== undefined ? buf.length - this.tail.length : buf.length;
        if (out === undefined)
            return stop === buf.length ? buf : buf.subarray(0, stop);
        n += buf.copy(out, n, copied, stop);
        return out.subarray(0, n);
    }
}
const CARET_OPEN = Buffer.from('^[[');
/** Code page 437's characters for the bytes 0x80–0xBF, which UTF-8 uses after a lead byte. */
const CP437_CONTINUATION = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐';
/** Each of those characters' UTF-8 bytes (as one number) to the byte code page 437 gave it. */
const CP437_BYTE = new Map();
for (let i = 0; i < CP437_CONTINUATION.length; i++) {
    const b = Buffer.from(CP437_CONTINUATION[i], 'utf8');
    CP437_BYTE.set(b.length === 2 ? (b[0] << 8) | b[1] : (b[0] << 16) | (b[1] << 8) | b[2], 0x80 + i);
}
/** `Γ` (0xE2 in code page 437) and `∩` (0xEF): the leads of the three-byte UTF-8 characters mended. */
const MOJIBAKE_GAMMA = Buffer.from('Γ');
const MOJIBAKE_CAP = Buffer.from('∩');
/**
 * A log saved through a Windows console (PowerShell's `>` of `gh run view --log`) has its UTF-8
 * read as code page 437 and written out again: `›` reads `ΓÇ║`, `✖` `Γ£û`, the byte-order mark
 * `∩╗┐`. Cp437Mojibake turns such a three-character run (a lead `Γ` or `∩`, then two characters
 * that stand for continuation bytes) back into the character before anything reads the log, so
 * the tools' marks (Playwright's `›`, eslint's `✖`) read as they were written. Chunks may cut a
 * run anywhere: a chunk's end that may start one is held and read with the next.
 */
class Cp437Mojibake extends ChunkRewriter {
    plainText(chunk) {
        return chunk.indexOf('Γ') < 0 && chunk.indexOf('∩') < 0;
    }
    plainBytes(buf) {
        return buf.indexOf(0xce) < 0 && buf.indexOf(0xe2) < 0;
    }
    convert(buf, last) {
        let out;
        let n = 0;
        let copied = 0;
        let stop = buf.length;
        for (let i = 0; i < buf.length;) {
            const g = buf.indexOf(MOJIBAKE_GAMMA, i);
            const c = buf.indexOf(MOJIBAKE_CAP, i);
            const p = g < 0 ? c : c < 0 ? g : Math.min(g, c);
            if (p < 0)
                break;
            const lead = p === g ? 0xe2 : 0xef;
            let q = p + (lead === 0xe2 ? MOJIBAKE_GAMMA.length : MOJIBAKE_CAP.length);
            const bytes = [];
            let cut = false;
            for (let k = 0; k < 2; k++) {
                const b = buf[q];
                if (b === undefined) {
                    cut = true;
                    break;
                }
                const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : 0;
                if (len === 0)
                    break;
                if (q + len > buf.length) {
                    cut = true;
                    break;
                }
                const key = len === 2 ? (b << 8) | buf[q + 1] : (b << 16) | (buf[q + 1] << 8) | buf[q + 2];
                const v = CP437_BYTE.get(key);
                if (v === undefined)
                    break;
                bytes.push(v);
                q += len;
            }
            if (cut && !last) {
                stop = p;
                this.tail = Buffer.from(buf.subarray(p));
                break;
            }
            if (bytes.length === 2) {
                out ??= Buffer.allocUnsafe(buf.length);
                n += buf.copy(out, n, copied, p);
                out[n++] = lead;
                out[n++] = bytes[0];
                out[n++] = bytes[1];
                this.removed += q - p - 3;
                copied = q;
                i = q;
            }
            else
                i = p + 1;
        }
        if (this.tail === undefined && !last) {
            // A lead cut by the chunk's end: `Γ`'s first byte, or one or two of `∩`'s.
            const e = buf.length;
            const k = buf[e - 1] === 0xce || buf[e - 1] === 0xe2 ? 1 : buf[e - 2] === 0xe2 && buf[e - 1] === 0x88 ? 2 : 0;
            if (k > 0 && e - k >= copied) {
                stop = e - k;
                this.tail = Buffer.from(buf.subarray(stop));
            }
        }
        if (out === undefined)
            return stop === buf.length ? buf : buf.subarray(0, stop);
        n += buf.copy(out, n, copied, stop);
        return out.subarray(0, n);
    }
}
/** Removes ANSI colour and cursor codes. */
function stripAnsi(s) {
    return s.indexOf('\x1b') < 0 ? s : s.replace(ANSI, '');
}
/**
 * Normalises one raw segment: drops the `gh run view --log` job/step columns, the runner's
 * timestamp, ANSI codes and Travis markers, and reads a leading `##[command]` and the level.
 */
function cleanLine(raw) {
    let s = raw.length > MAX_RAW_CHARS ? raw.slice(0, MAX_RAW_CHARS) : raw;
    if (s.charCodeAt(0) === 0x3e)
        s = s.slice(quoteEnd(s, 0));
    let step;
    if (s.indexOf('\t') >= 0) {
        const m = GH_CLI_PREFIX.exec(s);
        if (m) {
            step = m[1];
            s = s.slice(m[0].length);
        }
    }
    let timestamp;
    const ts = TIMESTAMP.exec(s);
    if (ts) {
        timestamp = ts[1];
        s = s.slice(ts[0].length);
    }
    const rest = cleanRest(s, timestamp !== undefined);
    const out = {
        text: rest.text,
        timestamp,
        level: rest.level ?? levelOf(rest.text, rest.command),
        command: rest.command
    };
    if (step !== undefined)
        out.step = step;
    if (rest.cyan)
        out.cyan = true;
    return out;
}
/** What cleanLine does after the columns and the timestamp are off: all but the level. */
function cleanRest(s, afterTimestamp) {
    const cyan = s.startsWith(CYAN);
    s = stripAnsi(s);
    const p = prefixEnd(s, 0, afterTimestamp);
    const shown = p > 0 ? webViewLevel(s, p) : undefined;
    const task = p > 0 && shown === undefined ? taskOf(s.slice(0, p)) : undefined;
    if (p > 0)
        s = s.slice(p);
    if (s.indexOf('travis_') >= 0 || s.indexOf('[0K') >= 0)
        s = s.replace(TRAVIS_MARKER, '');
    if (s.indexOf(STEP_LINK_TEXT) >= 0)
        s = s.replace(STEP_LINK, '$1');
    let command;
    if (s.startsWith('##[')) {
        const m = COMMAND.exec(s);
        if (m) {
            command = m[1];
            s = s.slice(m[0].length);
        }
    }
    if (s.length > MAX_MATCH_CHARS)
        s = s.slice(0, MAX_MATCH_CHARS);
    s = s.trimEnd();
    const out = {
        text: s,
        cyan
    };
    if (command !== undefined)
        out.command = command;
    if (shown !== undefined)
        out.level = shown;
    if (task !== undefined)
        out.task = task;
    return out;
}
/** The message level of a cleaned line: its `##[error]`/`##[warning]` command, else its wording. */
function levelOf(text, command) {
    if (command === 'error')
        return 'error';
    if (command === 'warning')
        return 'warning';
    // Each level's words can only open a line (after blanks) with a few characters.
    let c = 128;
    for (let i = 0; i < text.length; i++) {
        const x = text.charCodeAt(i);
        if (!(0,_literal_hint_js__WEBPACK_IMPORTED_MODULE_0__/* .isAsciiBlank */ .EU)(x)) {
            c = x;
            break;
        }
    }
    if ((c >= 128 || !ERROR_FIRST || ERROR_FIRST[c] === 1) && ERROR_LEVEL.test(text))
        return 'error';
    if ((c >= 128 || !WARNING_FIRST || WARNING_FIRST[c] === 1) && WARNING_LEVEL.test(text))
        return 'warning';
    return 'none';
}
/**
 * One cleaned segment as offsets into the string it came from, with its text, timestamp and
 * level made only when asked for: on a big log most lines are looked at by a few character
 * tests and never need a string of their own. One view is reused for every line, so nothing
 * read from it may be kept past the next `reset` except the strings its methods return.
 */
class LineView {
    blocks;
    /** The cleaned text is `src.slice(from, to)`. */
    src = '';
    from = 0;
    to = 0;
    command;
    /** See CleanLine.step and CleanLine.cyan. */
    step;
    cyan = false;
    /**
     * The task a workspace runner named before the line (`web:build` of turbo's
     * `web:build: …`), taken off with its prefix: what the line's command was.
     */
    task;
    textCache;
    levelCache;
    timestampCache;
    /** Where the timestamp sits in `src` (fast path), when not known as a string already. */
    tsFrom = 0;
    tsTo = 0;
    /** Next position in `scanned` of each text that needs the full cleanLine (-1: none, -2: not looked for). */
    scanned;
    scannedFrom = 0;
    nextTab = -1;
    nextEsc = -1;
    nextTravis = -1;
    nextClear = -1;
    nextLink = -1;
    /**
     * Inside a Markdown code fence that was indented (a log pasted under a list item): its
     * indentation, taken off the lines of the block. -1 outside a fence.
     */
    fenceIndent = -1;
    /** A Markdown code fence was seen: the log is a paste, and text outside fences is prose. */
    sawFence = false;
    /**
     * Inside a Markdown code block made by indentation (four spaces, after a blank line under
     * a less indented one: a log pasted under a sentence): the indentation taken off its lines.
     * -1 outside such a block.
     */
    blockIndent = -1;
    /** The line before was blank (no text, or blanks only). */
    prevBlank = true;
    /** Leading spaces of the last line that was not blank; -1 before any. */
    lastIndent = -1;
    /** The number of the last line looked at (empty lines are never looked at). */
    lastLineNo = 0;
    /** Lines with text outside fences and indented blocks so far (see blockOffset). */
    headTextLines = 0;
    /**
     * The number before the last line, while each line comes behind its number in the log it was
     * cut from (`1201 | `, `88: `, `12<tab>`: a log viewer's or analyser's excerpt); -1 when not.
     */
    gutterNo = -1;
    /** The number the gutter opened with. */
    gutterFirst = 0;
    /** Each line comes behind a service's name and replica (`api-1  | `: docker compose's logs). */
    serviceGutter = false;
    /** Whether the next line may open such a gutter: GUTTER_* (see lineGutter). */
    gutterMayOpen = GUTTER_ANY;
    /**
     * Lines still to come of the tail of a build's log that Nix quotes when a derivation's builder
     * fails (`last 10 log lines:`, then each line behind `> `); 0 when none.
     */
    nixLog = 0;
    /** Whether the line must be read by reset, not on its bytes, for a Nix build log's `> `. */
    get watchesNixLog() {
        return this.nixLog > 0;
    }
    /** The next line to be read is `lineNo`: lines skipped since the last one were empty. */
    noteLineNo(lineNo) {
        if (lineNo > this.lastLineNo + 1)
            this.noteBlank();
        this.lastLineNo = lineNo;
    }
    /**
     * Whether a line must be read by reset, not on its bytes, for its gutter: one is on, or one
     * may open here and the line starts like one (digits, or a name, then a gutter's separator).
     */
    watchesGutter(buf, from, to) {
        if (!this.blocks)
            return false;
        if (this.gutterNo >= 0 || this.serviceGutter)
            return true;
        return this.gutterMayOpen !== GUTTER_CLOSED && gutterShapeBytes(buf, from, to);
    }
    /**
     * @param blocks Read a paste's layout: blocks indented as Markdown code (see blockIndent) and
     * the gutter a wrapper puts before each line (`│ `, `│S│ `). The classifier reads a log's
     * lines in order and does; a view of single lines (cleanLine's twin) does not.
     */
    constructor(blocks = false) {
        this.blocks = blocks;
    }
    /** The current line is inside a block indented as Markdown code (see blockIndent). */
    get inBlock() {
        return this.blockIndent >= 0;
    }
    /**
     * Whether a line that starts with `spaces` spaces (the caller counted them) could open or
     * continue an indented block, and so must be read by reset rather than on its bytes.
     */
    mayIndentBlock(spaces) {
        return (this.blocks &&
            spaces >= BLOCK_INDENT &&
            (this.blockIndent >= 0 || (this.prevBlank && this.lastIndent < BLOCK_INDENT)));
    }
    /**
     * A line read without reset (on its bytes, or one reset does not unfence): blank, or not
     * blank with `indent` leading spaces. Keeps the indented-block state as unfence would.
     */
    notePlainLine(blank, indent) {
        if (blank) {
            this.noteBlank();
            return;
        }
        this.gutterMayOpen = GUTTER_CLOSED;
        this.prevBlank = false;
        this.lastIndent = indent;
        if (this.blockIndent >= 0 && indent < this.blockIndent)
            this.blockIndent = -1;
        if (this.blockIndent < 0)
            this.headTextLines++;
    }
    /** A blank line: an indented block may open after it, and a gutter (but `88: `) may. */
    noteBlank() {
        this.prevBlank = true;
        if (this.gutterMayOpen === GUTTER_CLOSED)
            this.gutterMayOpen = GUTTER_BARRED;
    }
    /** The current line is inside a Markdown code fence (or is one). */
    get inFence() {
        return this.fenceIndent >= 0 || this.blockIndent >= 0;
    }
    /** The indentation taken off the lines of the current code fence (-1 outside a fence). */
    get fenceIndentation() {
        return this.fenceIndent;
    }
    get text() {
        return (this.textCache ??= this.src.slice(this.from, this.to));
    }
    get timestamp() {
        if (this.timestampCache === undefined && this.tsTo > this.tsFrom)
            this.timestampCache = this.src.slice(this.tsFrom, this.tsTo);
        return this.timestampCache;
    }
    get level() {
        return (this.levelCache ??= levelOf(this.text, this.command));
    }
    /**
     * Points the view at the cleaned form of `s.slice(from, to)`, exactly what cleanLine would
     * return. Lines with a tab, an escape or a Travis marker (none in most logs, found with one
     * indexOf per chunk, not per line) or a `##[` command take the full cleanLine; the rest only
     * lose their timestamp and trailing blanks, which needs no new string.
     */
    reset(s, from, to) {
        const mayOpen = this.gutterMayOpen;
        // A log pasted into an issue: its quote marks, then a fenced block's indentation, come off
        // before anything else is read.
        const quoted = s.charCodeAt(from) === 0x3e;
        if (quoted)
            from = quoteEnd(s, from);
        if (this.blocks && isGutter(s.charCodeAt(from)))
            from = gutterEnd(s, from, to);
        const c = s.charCodeAt(from);
        if ((c === 0x20 || c === 0x60 || c === 0x7e) && from < to)
            from = this.unfence(s, from, to, quoted);
        else
            this.notePlainLine(from >= to || isBlankRange(s, from, to), 0);
        if (this.blocks && (mayOpen !== GUTTER_CLOSED || this.gutterNo >= 0 || this.serviceGutter))
            from = this.lineGutter(s, from, to, mayOpen);
        this.load(s, from, to);
        if (this.blocks)
            this.nixLogLine();
    }
    /**
     * Takes off the `> ` of a line of the tail of a build's log that Nix quotes under a failed
     * builder (`error: builder for '/nix/store/…drv' failed with exit code 1;`, `last 10 log
     * lines:`, then `> FAILED tests/test_a.py::test_x - …` for each), so the build's own lines
     * read as the tool wrote them. The quote ends at a line without it.
     */
    nixLogLine() {
        const s = this.src;
        const to = this.to;
        let k = this.from;
        while (k < to && k - this.from < 16 && s.charCodeAt(k) === 0x20)
            k++;
        if (this.nixLog > 0) {
            this.nixLog--;
            if (s.charCodeAt(k) === 0x3e && (k + 1 >= to || s.charCodeAt(k + 1) === 0x20)) {
                this.from = Math.min(k + 2, to);
                this.textCache = undefined;
                this.levelCache = undefined;
                return;
            }
            this.nixLog = 0;
        }
        if (s.charCodeAt(k) === 0x6c) {
            NIX_LOG_LINES.lastIndex = k;
            const m = NIX_LOG_LINES.exec(s);
            if (m !== null && NIX_LOG_LINES.lastIndex === to)
                this.nixLog = Math.min(Number(m[1]), MAX_NIX_LOG_LINES);
        }
    }
    /**
     * Where the line's text starts behind a gutter that an excerpt puts before every line: its
     * number in the log it was cut from (`1201 | `, `1201│`, `88: `, `12<tab>`), each line's one
     * more than the last, or a docker compose service's name and replica (`api-1  | `). Such a
     * gutter opens on the first line of a log or of a fence, or (all but `88: `, which a tool's
     * `404: Not Found` could be) after a blank line, and lasts while each line continues it.
     */
    lineGutter(s, from, to, mayOpen) {
        let k = from;
        while (k < to && k - from < 8 && s.charCodeAt(k) === 0x20)
            k++;
        const c = s.charCodeAt(k);
        if (c >= 0x30 && c <= 0x39) {
            let n = 0;
            let j = k;
            for (; j < to && j - k < 7; j++) {
                const d = s.charCodeAt(j) - 0x30;
                if (d < 0 || d > 9)
                    break;
                n = n * 10 + d;
            }
            const colon = s.charCodeAt(j) === 0x3a;
            const end = numberGutterEnd(s, j, to);
            // A line read again (a held header's lines replayed) carries a number already passed.
            const continues = this.gutterNo >= 0 && n >= this.gutterFirst && n <= this.gutterNo + 1;
            if (end > 0 && (continues || mayOpen === GUTTER_ANY || (mayOpen === GUTTER_BARRED && !colon))) {
                if (!continues)
                    this.gutterFirst = n;
                this.gutterNo = continues ? Math.max(n, this.gutterNo) : n;
                this.serviceGutter = false;
                return end;
            }
        }
        else if ((mayOpen !== GUTTER_CLOSED || this.serviceGutter) && isAsciiLetter(c)) {
            const end = serviceGutterEnd(s, k, to);
            if (end > 0) {
                this.serviceGutter = true;
                this.gutterNo = -1;
                return end;
            }
        }
        this.gutterNo = -1;
        this.serviceGutter = false;
        return from;
    }
    /**
     * A Markdown code fence (three backticks or tildes, perhaps a language) opens or closes an
     * indented block; the lines between lose up to the fence's indentation, so a tool's line
     * reads as the tool wrote it. Returns where the line's text starts.
     */
    unfence(src, from, to, quoted) {
        let k = from;
        while (k < to && src.charCodeAt(k) === 0x20)
            k++;
        const indent = k - from;
        const c = src.charCodeAt(k);
        if ((c === 0x60 || c === 0x7e) &&
            indent <= 12 &&
            src.charCodeAt(k + 1) === c &&
            src.charCodeAt(k + 2) === c &&
            (c === 0x7e || !hasBacktick(src, k + 3, to))) {
            this.fenceIndent = this.fenceIndent < 0 ? indent : -1;
            this.gutterMayOpen = GUTTER_ANY;
            this.sawFence = true;
            this.blockIndent = -1;
            this.prevBlank = false;
            this.lastIndent = indent;
            return from;
        }
        if (this.fenceIndent >= 0) {
            this.notePlainLine(k >= to || isBlankRange(src, k, to), indent);
            return from + Math.min(indent, this.fenceIndent);
        }
        // Behind quote marks the text keeps its own indentation (the quote says it is a paste).
        if (!this.blocks || quoted) {
            this.notePlainLine(k >= to || isBlankRange(src, k, to), indent);
            return from;
        }
        return from + this.blockOffset(src, k, to, indent);
    }
    /**
     * Outside fences: the indentation to take off a line that starts with `indent` spaces
     * (its text at `k`), as a Markdown indented code block does, and the block's state after it.
     */
    blockOffset(src, k, to, indent) {
        if (k >= to || isBlankRange(src, k, to)) {
            this.notePlainLine(true, indent);
            return 0;
        }
        this.gutterMayOpen = GUTTER_CLOSED;
        if (this.blockIndent < 0 && indent >= BLOCK_INDENT && this.prevBlank && this.lastIndent < BLOCK_INDENT) {
            this.blockIndent = BLOCK_INDENT;
            // A block that opens under the first lines (a sentence, then the log) says, as a fence
            // does, that the log is a paste and its less indented lines prose. Further down, or under
            // more lines than a sentence takes, it is a tool's own indented output (a result table
            // under a test's failure), which only loses its indentation.
            if (this.lastLineNo <= PASTE_HEAD_LINES && this.headTextLines <= PASTE_HEAD_TEXT_LINES)
                this.sawFence = true;
        }
        else if (this.blockIndent >= 0 && indent < this.blockIndent)
            this.blockIndent = -1;
        this.prevBlank = false;
        this.lastIndent = indent;
        if (this.blockIndent < 0)
            this.headTextLines++;
        return this.blockIndent >= 0 ? Math.min(indent, this.blockIndent) : 0;
    }
    load(s, from, to) {
        this.textCache = undefined;
        this.levelCache = undefined;
        this.timestampCache = undefined;
        this.tsFrom = this.tsTo = 0;
        this.command = undefined;
        this.step = undefined;
        this.cyan = false;
        this.task = undefined;
        if (to - from > MAX_RAW_CHARS)
            to = from + MAX_RAW_CHARS;
        // The cached positions hold while lines are looked at in order within one string.
        if (s !== this.scanned || from < this.scannedFrom) {
            this.scanned = s;
            this.nextTab = this.nextEsc = this.nextTravis = this.nextClear = this.nextLink = -2;
        }
        this.scannedFrom = from;
        let start = from;
        const tsEnd = s.charCodeAt(from) === 0xfeff ? -1 : timestampEnd(s, from, to);
        if (tsEnd > 0) {
            this.tsFrom = from;
            this.tsTo = tsEnd;
            start = tsEnd < to && s.charCodeAt(tsEnd) === 0x20 ? tsEnd + 1 : tsEnd;
        }
        // A byte-order mark, a `##[command]`, or text that needs more than a timestamp cut off.
        const bom = s.charCodeAt(from) === 0xfeff;
        if (bom || (s.charCodeAt(start) === 0x23 && s.startsWith('##[', start)) || this.hasMarker(s, from, to)) {
            // A tab may be `gh run view`'s columns before the timestamp, a byte-order mark hides
            // it: those take the whole cleanLine. Otherwise the timestamp read above is the one
            // cleanLine would read, and the level is left to be read when asked for.
            if (this.nextTab < from && this.nextTab !== -1)
                this.nextTab = s.indexOf('\t', from);
            if (bom || (this.nextTab >= 0 && this.nextTab < to)) {
                const cl = cleanLine(s.slice(from, to));
                this.src = this.textCache = cl.text;
                this.from = 0;
                this.to = cl.text.length;
                this.command = cl.command;
                this.step = cl.step;
                this.cyan = cl.cyan === true;
                this.tsFrom = this.tsTo = 0;
                this.timestampCache = cl.timestamp;
                this.levelCache = cl.level;
                return;
            }
            const rest = cleanRest(s.slice(start, to), tsEnd > 0);
            if (tsEnd > 0)
                this.timestampCache = s.slice(from, tsEnd);
            this.tsFrom = this.tsTo = 0;
            this.src = this.textCache = rest.text;
            this.from = 0;
            this.to = rest.text.length;
            this.command = rest.command;
            this.cyan = rest.cyan;
            if (rest.level !== undefined && rest.command === undefined)
                this.levelCache = rest.level;
            if (rest.task !== undefined)
                this.task = rest.task;
            return;
        }
        const textStart = start;
        start = prefixEnd(s, start, tsEnd > 0);
        if (start > textStart) {
            const shown = webViewLevel(s, start);
            if (shown !== undefined)
                this.levelCache = shown;
            else
                this.task = taskOf(s.slice(textStart, start));
        }
        let end = Math.min(to, start + MAX_MATCH_CHARS);
        while (end > start && isSpace(s.charCodeAt(end - 1)))
            end--;
        this.src = s;
        this.from = start;
        this.to = end;
    }
    /** Whether `s.slice(from, to)` holds a tab, an escape, a Travis marker or a web view's line link. */
    hasMarker(s, from, to) {
        if (this.nextTab < from && this.nextTab !== -1)
            this.nextTab = s.indexOf('\t', from);
        if (this.nextEsc < from && this.nextEsc !== -1)
            this.nextEsc = s.indexOf('\x1b', from);
        if (this.nextTravis < from && this.nextTravis !== -1)
            this.nextTravis = s.indexOf('travis_', from);
        if (this.nextClear < from && this.nextClear !== -1)
            this.nextClear = s.indexOf('[0K', from);
        if (this.nextLink < from && this.nextLink !== -1)
            this.nextLink = s.indexOf(STEP_LINK_TEXT, from);
        return ((this.nextLink >= 0 && this.nextLink < to) ||
            (this.nextTab >= 0 && this.nextTab < to) ||
            (this.nextEsc >= 0 && this.nextEsc < to) ||
            (this.nextTravis >= 0 && this.nextTravis < to) ||
            (this.nextClear >= 0 && this.nextClear < to));
    }
}
/** Offset just past the `…Z` of a runner timestamp at `from` (what TIMESTAMP's group 1 matches), or -1. */
function timestampEnd(s, from, to) {
    // yyyy-mm-ddThh:mm:ss, then an optional fraction of 1 to 9 digits, then Z. Written out in
    // full: this runs on every line, and a loop over a pattern string costs twice as much.
    if (to - from < 20)
        return -1;
    const f = from;
    if (s.charCodeAt(f + 4) !== 0x2d ||
        s.charCodeAt(f + 7) !== 0x2d ||
        s.charCodeAt(f + 10) !== 0x54 ||
        s.charCodeAt(f + 13) !== 0x3a ||
        s.charCodeAt(f + 16) !== 0x3a)
        return -1;
    if (notDigit(s, f) ||
        notDigit(s, f + 1) ||
        notDigit(s, f + 2) ||
        notDigit(s, f + 3) ||
        notDigit(s, f + 5) ||
        notDigit(s, f + 6) ||
        notDigit(s, f + 8) ||
        notDigit(s, f + 9) ||
        notDigit(s, f + 11) ||
        notDigit(s, f + 12) ||
        notDigit(s, f + 14) ||
        notDigit(s, f + 15) ||
        notDigit(s, f + 17) ||
        notDigit(s, f + 18)) {
        return -1;
    }
    let i = f + 19;
    if (s.charCodeAt(i) === 0x2e) {
        const digits = ++i;
        while (i < to && i - digits < 10 && !notDigit(s, i))
            i++;
        if (i === digits || i - digits > 9)
            return -1;
    }
    return i < to && s.charCodeAt(i) === 0x5a ? i + 1 : -1;
}
/** `│`, `┃`, `║`: the bar a tool or a packaging wrapper puts before each line of a tool's output. */
function isGutter(c) {
    return c === 0x2502 || c === 0x2503 || c === 0x2551;
}
/**
 * Where a line's text starts after its gutter (`│ `, `┃ `, or a lettered one like `│S│ `), so
 * the tool's line reads as the tool wrote it. `at` is a gutter character.
 */
function gutterEnd(s, at, to) {
    let i = at + 1;
    const c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a && isGutter(s.charCodeAt(i + 1)))
        i += 2;
    if (i < to && s.charCodeAt(i) === 0x20)
        i++;
    return i;
}
/** LineView.gutterMayOpen: no gutter may open on the next line. */
/** Nix's header of the build log lines it quotes under a failed builder. */
const NIX_LOG_LINES = /last (\d{1,4}) log lines:/y;
/** Lines of that quote read at most (Nix's `--log-lines` is 25 unless set). */
const MAX_NIX_LOG_LINES = 500;
const GUTTER_CLOSED = 0;
/** One may, but not one of `88: ` (after a blank line). */
const GUTTER_BARRED = 1;
/** Any may (the first line of a log or of a fence). */
const GUTTER_ANY = 2;
/**
 * Past a line number's separator at `at` (the number read): ` | `, `|`, `│` with a blank or
 * two around them, `: ` or a `:` ending the line, or a tab. -1 when none is there.
 */
function numberGutterEnd(s, at, to) {
    let i = at;
    if (s.charCodeAt(i) === 0x09)
        return i + 1;
    if (s.charCodeAt(i) === 0x3a) {
        if (i + 1 >= to)
            return to;
        return s.charCodeAt(i + 1) === 0x20 ? i + 2 : -1;
    }
    if (s.charCodeAt(i) === 0x20)
        i++;
    const bar = s.charCodeAt(i);
    if (bar !== 0x7c && bar !== 0x2502)
        return -1;
    i++;
    if (i < to && s.charCodeAt(i) === 0x20)
        i++;
    return i;
}
/** A docker compose service's name and replica, then its gutter (`api-1  | `, `db_1 | `, `web.1 | `). */
const SERVICE_GUTTER = /[A-Za-z][\w.-]{0,60}[-_.]\d{1,3} {1,20}\| ?/y;
function serviceGutterEnd(s, at, to) {
    SERVICE_GUTTER.lastIndex = at;
    return SERVICE_GUTTER.test(s) && SERVICE_GUTTER.lastIndex <= to ? SERVICE_GUTTER.lastIndex : -1;
}
/** Whether `buf[from, to)` starts as a gutter of lineGutter's may (read on bytes, before any decoding). */
function gutterShapeBytes(buf, from, to) {
    let k = from;
    while (k < to && k - from < 8 && buf[k] === 0x20)
        k++;
    const c = buf[k];
    if (c >= 0x30 && c <= 0x39) {
        let j = k;
        while (j < to && j - k < 7 && buf[j] >= 0x30 && buf[j] <= 0x39)
            j++;
        const d = buf[j];
        return d === 0x09 || d === 0x3a || d === 0x7c || (d === 0x20 && buf[j + 1] === 0x7c) || d === 0xe2;
    }
    if (!isAsciiLetter(c))
        return false;
    // A name, its replica, blanks, then `|`.
    let j = k + 1;
    while (j < to && j - k < 80 && buf[j] !== 0x20)
        j++;
    while (j < to && buf[j] === 0x20)
        j++;
    return buf[j] === 0x7c;
}
/** Spaces that make a Markdown indented code block. */
const BLOCK_INDENT = 4;
/** An indented block opening within these first lines makes the log a paste (see blockOffset). */
const PASTE_HEAD_LINES = 12;
/** At most this many lines of text above it make an indented block's lead-in a sentence. */
const PASTE_HEAD_TEXT_LINES = 4;
/** Whether `s.slice(from, to)` is blanks only (a line end's `\r` counts as one). */
function isBlankRange(s, from, to) {
    for (let i = from; i < to; i++)
        if (!(0,_literal_hint_js__WEBPACK_IMPORTED_MODULE_0__/* .isAsciiBlank */ .EU)(s.charCodeAt(i)))
            return false;
    return true;
}
function hasBacktick(s, from, to) {
    for (let i = from; i < to; i++)
        if (s.charCodeAt(i) === 0x60)
            return true;
    return false;
}
const notDigit = (s, i) => (s.charCodeAt(i) - 0x30) >>> 0 > 9;
/**
 * Over UTF-8 bytes, whether prefixEnd might take a prefix off at `at`, or a `##[command]` start
 * there (false: neither, for sure). It reads what prefixEnd reads before its regexes: GitLab's
 * stream tag after a timestamp, a task prefix, `> `, a time, `[` or `#` then a digit. The bytes
 * it decides on are ASCII, so a byte's offset and value are its character's.
 */
function mayHavePrefix(buf, at, to, afterTimestamp) {
    if (at >= to)
        return false;
    const c = buf[at];
    const d = at + 1 < to ? buf[at + 1] : -1;
    if (isDigitByte(c) && isDigitByte(d) && at + 2 < to) {
        const e = buf[at + 2];
        if (e === 0x3a || (afterTimestamp && (e === 0x4f || e === 0x45)))
            return true;
        // A date before a time (`2020-03-19 13:16:47  `).
        if (isDigitByte(e) && at + 4 < to && isDigitByte(buf[at + 3]) && buf[at + 4] === 0x2d)
            return true;
    }
    if (c === 0x3e || c === 0x23 || (c === 0x5b && mayBeBracketPrefix(buf, at + 1, to)))
        return true;
    // `Error:` / `Warning:` of GitHub's web view (E r … / W a …).
    if ((c === 0x45 && d === 0x72) || (c === 0x57 && d === 0x61))
        return true;
    return (c === 0x40 || (c !== 0x5f && isWordChar(c))) && mayBeTaskPrefixBytes(buf, at, to);
}
/**
 * Whether the bytes at `buf[at]` after a `[` may open one of PREFIX's bracketed prefixes:
 * a time (two digits, `:`), a date (four digits, `-`), a short number and `]` (`[1] `), or
 * seconds padded with blanks and `s]` (`[   47s] `). A longer number in brackets
 * (`[198816] INFO …`, a process id) is the line's own text.
 */
function mayBeBracketPrefix(buf, at, to) {
    let k = at;
    while (k < to && k - at < 6 && buf[k] === 0x20)
        k++;
    const blanks = k - at;
    const digits = k;
    while (k < to && k - digits < 7 && isDigitByte(buf[k]))
        k++;
    const n = k - digits;
    if (n === 0)
        return false;
    const next = k < to ? buf[k] : -1;
    if (next === 0x73)
        return k + 1 < to && buf[k + 1] === 0x5d;
    if (blanks > 0)
        return false;
    return (n <= 3 && next === 0x5d) || (n === 2 && next === 0x3a) || (n === 4 && next === 0x2d);
}
/**
 * stripAnsi over UTF-8 bytes: copies `src[from, to)` without its ANSI sequences into `dst`
 * and returns the length, or -1 when the result might not be the bytes of what stripAnsi
 * makes of the decoded text: an OSC sequence holding a byte from 128 up (its `{0,512}` counts
 * characters), or a UTF-8 continuation byte right after a sequence (the sequence cut a
 * character, which the decoded text shows as U+FFFD). `dst` holds at least `to - from` bytes.
 */
function stripAnsiBytes(src, from, to, dst) {
    let n = 0;
    let i = from;
    while (i < to) {
        const c = src[i];
        if (c !== 0x1b) {
            dst[n++] = c;
            i++;
            continue;
        }
        i = ansiSequenceEnd(src, i, to);
        if (i < 0)
            return -1;
    }
    return n;
}
/**
 * Where the ANSI sequence that the escape at `src[at]` starts ends, as stripAnsi takes it off
 * a segment that ends at `to` or at the first `\n` or `\r` (the escape alone when no
 * alternative matches), or -1 when over bytes the result might differ from what stripAnsi
 * makes of the decoded text (see stripAnsiBytes).
 */
function ansiSequenceEnd(src, at, to) {
    // The alternatives of ANSI in order; each starts with the escape.
    const x = at + 1 < to ? src[at + 1] : -1;
    let j = at + 1;
    if (x === 0x5b && ansiCsiEnd(src, at + 2, to) > 0)
        j = ansiCsiEnd(src, at + 2, to);
    else if (x === 0x5d) {
        j = at + 2;
        const limit = Math.min(to, j + 512);
        while (j < limit && src[j] !== 0x07 && src[j] !== 0x1b && src[j] !== 0x0a && src[j] !== 0x0d) {
            if (src[j] >= 0x80)
                return -1;
            j++;
        }
        if (j < to && src[j] === 0x07)
            j++;
        else if (j + 1 < to && src[j] === 0x1b && src[j + 1] === 0x5c)
            j += 2;
    }
    else if ((x === 0x28 || x === 0x29 || x === 0x2a || x === 0x2b) &&
        at + 2 < to &&
        (isDigitByte(src[at + 2]) || isAsciiLetter(src[at + 2])))
        j = at + 3;
    else if ((x >= 0x40 && x <= 0x5a) || (x >= 0x5c && x <= 0x5f))
        j = at + 2;
    return j < to && (src[j] & 0xc0) === 0x80 ? -1 : j;
}
/** Where `\x1b\[[0-?]*[ -/]*[@-~]` ends when its parameters start at `at`, or -1 (the classes are disjoint: no backtracking). */
function ansiCsiEnd(b, at, to) {
    let i = at;
    while (i < to && b[i] >= 0x30 && b[i] <= 0x3f)
        i++;
    while (i < to && b[i] >= 0x20 && b[i] <= 0x2f)
        i++;
    return i < to && b[i] >= 0x40 && b[i] <= 0x7e ? i + 1 : -1;
}
function isAsciiLetter(c) {
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isDigitByte(c) {
    return c >= 0x30 && c <= 0x39;
}
/** mayBeTaskPrefix over bytes: a byte from 128 up is no word character, as its character is none. */
function mayBeTaskPrefixBytes(buf, at, to) {
    let named = false;
    let folder = false;
    let blank = false;
    for (let i = at, end = Math.min(to, at + 128); i < end; i++) {
        const c = buf[i];
        if (c === 0x3a)
            return named || blank;
        if (c === 0x2d || c === 0x40)
            named = true;
        else if (c === 0x2f) {
            if (blank)
                return false;
            folder = true;
        }
        else if (c === 0x20) {
            if (blank || !folder)
                return false;
            blank = true;
            named = false;
        }
        else if (c !== 0x2e && !isWordChar(c))
            return false;
    }
    return false;
}
/** timestampEnd over bytes (the timestamp is ASCII: any other byte ends the match as its character does). */
function timestampEndOfBytes(b, from, to) {
    if (to - from < 20)
        return -1;
    const f = from;
    if (b[f + 4] !== 0x2d || b[f + 7] !== 0x2d || b[f + 10] !== 0x54 || b[f + 13] !== 0x3a || b[f + 16] !== 0x3a)
        return -1;
    // Written out: this runs on every line, twice (the splitter's filter and readPlain).
    if (!isDigitByte(b[f]) ||
        !isDigitByte(b[f + 1]) ||
        !isDigitByte(b[f + 2]) ||
        !isDigitByte(b[f + 3]) ||
        !isDigitByte(b[f + 5]) ||
        !isDigitByte(b[f + 6]) ||
        !isDigitByte(b[f + 8]) ||
        !isDigitByte(b[f + 9]) ||
        !isDigitByte(b[f + 11]) ||
        !isDigitByte(b[f + 12]) ||
        !isDigitByte(b[f + 14]) ||
        !isDigitByte(b[f + 15]) ||
        !isDigitByte(b[f + 17]) ||
        !isDigitByte(b[f + 18]))
        return -1;
    let i = f + 19;
    if (b[i] === 0x2e) {
        const digits = ++i;
        while (i < to && i - digits < 10 && isDigitByte(b[i]))
            i++;
        if (i === digits || i - digits > 9)
            return -1;
    }
    return i < to && b[i] === 0x5a ? i + 1 : -1;
}
const SPACE = /\s/;
/** What String.prototype.trimEnd removes (white space and line terminators). */
function isSpace(c) {
    if (c < 0x80)
        return c === 0x20 || (c >= 0x09 && c <= 0x0d);
    return SPACE.test(String.fromCharCode(c));
}


/***/ })

};

//# sourceMappingURL=48.index.mjs.map