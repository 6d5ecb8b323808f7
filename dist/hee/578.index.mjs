export const id = 578;
export const ids = [578];
export const modules = {

/***/ 54781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ GitError)
/* harmony export */ });
/* unused harmony export subcommand */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/** A git command that failed where success was required: the command, its exit code and stderr. */
class GitError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HeeError */ .RA {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        const first = stderr.split('\n').find((l) => l.trim() !== '') ?? `exit code ${exitCode}`;
        super('git.failed', `git ${subcommand(args)} failed: ${first.trim()}`);
        this.name = 'GitError';
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/** The subcommand of a git argument list, skipping `-c key=value` and `-C dir` options. */
function subcommand(args) {
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '-c' || a === '-C')
            i++;
        else if (!a.startsWith('-'))
            return a;
    }
    return args[0] ?? '';
}


/***/ }),

/***/ 85923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ Git)
});

// EXTERNAL MODULE: ./packages/core/src/git/git-error.ts
var git_error = __webpack_require__(54781);
;// CONCATENATED MODULE: ./packages/core/src/git/status.ts
/** Parses NUL-separated porcelain v1 output; rename and copy entries carry their source. */
function parseStatus(z) {
    const parts = z.split('\0');
    const entries = [];
    for (let i = 0; i < parts.length; i++) {
        const p = parts[i];
        if (p.length < 4)
            continue;
        const e = { index: p[0], worktree: p[1], path: p.slice(3) };
        if (e.index === 'R' || e.index === 'C')
            e.from = parts[++i];
        entries.push(e);
    }
    return entries;
}

;// CONCATENATED MODULE: ./packages/core/src/git/git.ts


const ZERO_OID = '0000000000000000000000000000000000000000';
// Options every command gets: no pager, no colour, no user hooks or external diff drivers (a
// hook from the user's global config must not run inside our commit), no GPG signing unless asked.
const BASE_CONFIG = [
    '-c',
    'core.pager=cat',
    '-c',
    'color.ui=false',
    '-c',
    'core.hooksPath=/dev/null',
    '-c',
    'commit.gpgsign=false',
    '-c',
    'tag.gpgsign=false',
    '-c',
    'advice.detachedHead=false'
];
/**
 * Git over the Exec port, one instance per working directory, shaped like create-pull-request's
 * GitCommandManager: small methods over single git commands, no porcelain parsing beyond what
 * each method returns. Every command runs without a terminal prompt and with a fixed locale.
 */
class Git {
    dir;
    exec;
    env;
    progress;
    constructor(exec, dir, opts = {}) {
        this.exec = exec;
        this.dir = dir;
        this.env = {
            ...(opts.env ?? process.env),
            GIT_TERMINAL_PROMPT: '0',
            GIT_ASKPASS: 'echo',
            LC_ALL: 'C',
            LANG: 'C'
        };
        // git's chatter is bookkeeping, not progress: quiet unless the caller wants it.
        this.progress = opts.progress ?? {};
    }
    /** A variable of the environment git runs with. */
    envVar(name) {
        return this.env[name];
    }
    /** The same repository seen from another directory (a worktree of it). */
    at(dir) {
        return new Git(this.exec, dir, { env: this.env, progress: this.progress });
    }
    /** Runs git; throws GitError on a non-zero exit unless `allowFailure`. */
    async run(args, opts = {}) {
        const full = [...BASE_CONFIG, ...args];
        const r = await this.exec('git', full, {
            cwd: this.dir,
            env: { ...this.env, ...opts.env },
            input: opts.input,
            timeoutMs: opts.timeoutMs,
            progress: this.progress
        });
        if (r.code !== 0 && !opts.allowFailure)
            throw new git_error/* GitError */.X(args, r.code, r.stderr);
        return r;
    }
    async out(args) {
        return (await this.run(args)).stdout;
    }
    // ---------- where we are ----------
    /** The full SHA `ref` names, or undefined when it names nothing. */
    async tryRevParse(ref) {
        const r = await this.run(['rev-parse', '-q', '--verify', '--end-of-options', `${ref}^{commit}`], {
            allowFailure: true
        });
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    async revParse(ref) {
        const sha = await this.tryRevParse(ref);
        if (!sha)
            throw new git_error/* GitError */.X(['rev-parse', ref], 128, `unknown revision ${ref}`);
        return sha;
    }
    headSha() {
        return this.revParse('HEAD');
    }
    /** The full ref HEAD points at (`refs/heads/main`), or undefined on a detached HEAD. */
    async symbolicHead() {
        const r = await this.run(['symbolic-ref', '-q', 'HEAD'], { allowFailure: true });
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    /** The repository's top level directory. */
    async topLevel() {
        return (await this.out(['rev-parse', '--show-toplevel'])).trim();
    }
    /** The common git directory (shared by all worktrees), absolute. */
    async commonDir() {
        return (await this.out(['rev-parse', '--path-format=absolute', '--git-common-dir'])).trim();
    }
    async isShallow() {
        return (await this.out(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    }
    /** The commit's author, committer and message body, for loop guards and reports. */
    async commitInfo(ref) {
        const text = await this.out(['show', '-s', '--format=%H%x00%an%x00%ae%x00%cn%x00%ce%x00%P%x00%B', ref, '--']);
        const [sha, an, ae, cn, ce, parents, ...body] = text.split('\0');
        return {
            sha: sha,
            author: { name: an, email: ae },
            committer: { name: cn, email: ce },
            parents: parents.trim() === '' ? [] : parents.trim().split(' '),
            message: body.join('\0').replace(/\n$/, '')
        };
    }
    /** Trailers of a commit message as [key, value] pairs, parsed by git itself. */
    async trailers(message) {
        const r = await this.run(['interpret-trailers', '--parse', '--no-divider'], { input: message });
        return r.stdout
            .split('\n')
            .filter((l) => l.includes(':'))
            .map((l) => {
            const i = l.indexOf(':');
            return [l.slice(0, i).trim(), l.slice(i + 1).trim()];
        });
    }
    // ---------- the work tree ----------
    /**
     * Entries of `git status`: tracked changes and untracked files; ignored files too with
     * `ignored: true`. Untracked directories are listed file by file.
     */
    async status(opts = {}) {
        const args = ['status', '--porcelain=v1', '-z', '--untracked-files=all'];
        // 'traditional' lists each file inside an ignored folder when untracked files are listed one by one.
        if (opts.ignored)
            args.push('--ignored=traditional');
        return parseStatus(await this.out(args));
    }
    /** True when nothing tracked is changed or staged, and (unless `untracked: false`) nothing is untracked. */
    async isClean(opts = {}) {
        const entries = await this.status();
        const counted = opts.untracked === false ? entries.filter((e) => e.index !== '?') : entries;
        return counted.length === 0;
    }
    /** Stages every change, new and deleted files included (ignored files stay out). */
    async addAll() {
        await this.run(['add', '-A', '--', '.']);
    }
    /** Unified diff of the work tree (or index) against `base`. */
    async diff(base, opts = {}) {
        const args = ['diff', '--no-ext-diff', '--no-textconv', '--no-renames', '--full-index'];
        if (opts.binary !== false)
            args.push('--binary');
        if (opts.cached)
            args.push('--cached');
        args.push(base, '--', ...(opts.paths ?? []));
        return this.out(args);
    }
    /** Unified diff between two commits. */
    async diffCommits(from, to) {
        return this.out([
            'diff',
            '--no-ext-diff',
            '--no-textconv',
            '--no-renames',
            '--full-index',
            '--binary',
            from,
            to,
            '--'
        ]);
    }
    /** Lines added and removed per file between `base` and the index (`cached`) or `to`. */
    async diffStat(base, to) {
        const args = ['diff', '--numstat', '-z', '--no-renames'];
        args.push(...(to ? [base, to] : ['--cached', base]), '--');
        const parts = (await this.out(args)).split('\0').filter((p) => p !== '');
        const files = parts.map((p) => {
            const [a, d, ...rest] = p.split('\t');
            const binary = a === '-';
            return { path: rest.join('\t'), added: binary ? 0 : Number(a), removed: binary ? 0 : Number(d), binary };
        });
        return {
            files,
            added: files.reduce((n, f) => n + f.added, 0),
            removed: files.reduce((n, f) => n + f.removed, 0)
        };
    }
    /** Applies a patch to the work tree (and index with `index`); `check` only tests it. */
    async apply(patch, opts = {}) {
        const args = ['apply', '--whitespace=nowarn'];
        if (opts.check)
            args.push('--check');
        if (opts.index)
            args.push('--index');
        args.push('-');
        return this.run(args, { input: patch, allowFailure: true });
    }
    /** Puts tracked files back to `ref` and removes every untracked and ignored file. */
    async resetHard(ref) {
        await this.run(['reset', '-q', '--hard', ref]);
        await this.run(['clean', '-q', '-f', '-f', '-d', '-x']);
    }
    // ---------- commits and refs ----------
    /** Commits the index; returns the new commit's SHA. */
    async commit(opts) {
        const committer = opts.committer ?? opts.author;
        const args = [
            '-c',
            `user.name=${committer.name}`,
            '-c',
            `user.email=${committer.email}`,
            ...(opts.signing?.config ?? []),
            'commit',
            '-q',
            '--no-verify',
            '--cleanup=strip',
            `--author=${opts.author.name} <${opts.author.email}>`,
            '-F',
            '-'
        ];
        if (opts.signing)
            args.push('-S');
        if (opts.allowEmpty)
            args.push('--allow-empty');
        for (const [k, v] of opts.trailers ?? [])
            args.push('--trailer', `${k}: ${v}`);
        await this.run(args, {
            input: opts.message,
            env: {
                GIT_COMMITTER_NAME: committer.name,
                GIT_COMMITTER_EMAIL: committer.email,
                ...opts.signing?.env
            }
        });
        return this.headSha();
    }
    /**
     * Points `ref` at `sha`. With `expectOld` the update happens only if the ref still holds that
     * value (`null`: only if the ref does not exist yet), so two writers never overwrite each other.
     */
    async updateRef(ref, sha, opts = {}) {
        const args = ['update-ref', '-m', opts.reason ?? 'hee', ref, sha];
        if (opts.expectOld !== undefined)
            args.push(opts.expectOld ?? ZERO_OID);
        await this.run(args);
    }
    /** Deletes `ref` if it exists (and, with `expectOld`, only if it still holds that value). */
    async deleteRef(ref, expectOld) {
        const args = ['update-ref', '-d', ref];
        if (expectOld)
            args.push(expectOld);
        const r = await this.run(args, { allowFailure: true });
        if (r.code !== 0 && (await this.refExists(ref)))
            throw new git_error/* GitError */.X(args, r.code, r.stderr);
    }
    async refExists(ref) {
        const r = await this.run(['show-ref', '--verify', '-q', ref], { allowFailure: true });
        return r.code === 0;
    }
    /** Refs under `prefix` (e.g. `refs/hee/backup/`) with the SHA each points at. */
    async listRefs(prefix) {
        const text = await this.out(['for-each-ref', '--format=%(objectname) %(refname)', prefix]);
        return text
            .split('\n')
            .filter((l) => l.trim() !== '')
            .map((l) => {
            const i = l.indexOf(' ');
            return { sha: l.slice(0, i), ref: l.slice(i + 1) };
        });
    }
    /** Creates branch `name` at `sha`; fails if it exists unless `force`. HEAD does not move. */
    async createBranch(name, sha, opts = {}) {
        const ref = `refs/heads/${name}`;
        await this.run(['check-ref-format', '--branch', name]);
        await this.updateRef(ref, sha, { expectOld: opts.force ? undefined : null, reason: `hee: create ${name}` });
    }
    async branchExists(name) {
        return this.refExists(`refs/heads/${name}`);
    }
    /** True when `ancestor` is an ancestor of (or equal to) `descendant`. */
    async isAncestor(ancestor, descendant) {
        const r = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
        return r.code === 0;
    }
    // ---------- worktrees ----------
    /** Adds a detached worktree at `path` checked out at `commit`; the current one is not touched. */
    async addWorktree(path, commit) {
        await this.run(['worktree', 'add', '--detach', '-f', path, commit]);
    }
    /** Removes a worktree (even with changes or a lock) and forgets it. */
    async removeWorktree(path) {
        await this.run(['worktree', 'remove', '-f', '-f', path], { allowFailure: true });
        await this.run(['worktree', 'prune']);
    }
    async listWorktrees() {
        const text = await this.out(['worktree', 'list', '--porcelain']);
        const list = [];
        for (const block of text.split('\n\n')) {
            const lines = block.split('\n').filter(Boolean);
            const path = lines.find((l) => l.startsWith('worktree '))?.slice(9);
            if (!path)
                continue;
            list.push({
                path,
                head: lines.find((l) => l.startsWith('HEAD '))?.slice(5),
                branch: lines.find((l) => l.startsWith('branch '))?.slice(7),
                detached: lines.includes('detached'),
                locked: lines.some((l) => l === 'locked' || l.startsWith('locked ')),
                prunable: lines.some((l) => l === 'prunable' || l.startsWith('prunable '))
            });
        }
        return list;
    }
    // ---------- config and remotes ----------
    async configGet(key) {
        const r = await this.run(['config', '--get', key], { allowFailure: true });
        return r.code === 0 ? r.stdout.replace(/\n$/, '') : undefined;
    }
    async remoteUrl(remote = 'origin') {
        return this.configGet(`remote.${remote}.url`);
    }
    /** Fetches refspecs from a remote (no tags, no submodules). */
    async fetch(remote, refspecs, env) {
        await this.run(['fetch', '--no-tags', '--no-recurse-submodules', '-q', remote, ...refspecs], { env });
    }
}


/***/ }),

/***/ 77578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Git: () => (/* reexport safe */ _git_js__WEBPACK_IMPORTED_MODULE_0__.T),
/* harmony export */   GitError: () => (/* reexport safe */ _git_error_js__WEBPACK_IMPORTED_MODULE_1__.X),
/* harmony export */   prepareSigning: () => (/* reexport safe */ _signing_js__WEBPACK_IMPORTED_MODULE_2__.v)
/* harmony export */ });
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85923);
/* harmony import */ var _git_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54781);
/* harmony import */ var _signing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87245);
/** Git over the Exec port: commands, pushes with a one-shot token, backups, signing, tree snapshots. */










/***/ }),

/***/ 87245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ prepareSigning)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);



/**
 * Prepares commit signing from a private key given as text (a secret input): an OpenSSH
 * private key signs with `gpg.format=ssh`, an armored OpenPGP key is imported into a
 * throw-away GNUPGHOME. The key is written with mode 0600 into `tmpRoot` and removed by
 * `dispose`. Keys with a passphrase are refused: nobody is there to type it.
 */
async function prepareSigning(exec, key, tmpRoot, baseEnv = process.env) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tmpRoot, 'hee-sign-'));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(dir, 0o700);
    const dispose = async () => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    };
    try {
        const text = key.replace(/\r\n/g, '\n').trim() + '\n';
        if (/-----BEGIN OPENSSH PRIVATE KEY-----/.test(text)) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'signing-key');
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, text, { mode: 0o600 });
            // ssh-keygen -y fails on an encrypted key when no passphrase can be asked for.
            const probe = await exec('ssh-keygen', ['-y', '-P', '', '-f', file], { progress: {} });
            if (probe.code !== 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('signing.key', 'the SSH signing key cannot be used (passphrase-protected or malformed)');
            return {
                format: 'ssh',
                config: ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${file}`],
                env: {},
                dispose
            };
        }
        if (/-----BEGIN PGP PRIVATE KEY BLOCK-----/.test(text)) {
            const home = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'gnupg');
            const env = { ...baseEnv, GNUPGHOME: home };
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(home, { mode: 0o700 });
            const imported = await exec('gpg', ['--batch', '--import'], { env, input: text, progress: {} });
            if (imported.code !== 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('signing.key', 'the OpenPGP signing key cannot be imported');
            const listed = await exec('gpg', ['--batch', '--with-colons', '--list-secret-keys'], { env, progress: {} });
            const fpr = /^fpr:+([0-9A-F]{40,64}):/m.exec(listed.stdout)?.[1];
            if (!fpr)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('signing.key', 'the OpenPGP signing key holds no secret key');
            return {
                format: 'openpgp',
                config: ['-c', 'gpg.format=openpgp', '-c', `user.signingkey=${fpr}`],
                env: { GNUPGHOME: home },
                dispose: async () => {
                    await exec('gpgconf', ['--kill', 'gpg-agent'], { env, progress: {} });
                    await dispose();
                }
            };
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HeeError */ .RA('signing.key', 'the signing key is neither an OpenSSH nor an armored OpenPGP private key');
    }
    catch (e) {
        await dispose();
        throw e;
    }
}


/***/ })

};

//# sourceMappingURL=578.index.mjs.map