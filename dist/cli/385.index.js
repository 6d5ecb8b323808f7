export const id = 385;
export const ids = [385];
export const modules = {

/***/ 4385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Git: () => (/* reexport */ Git)
});

// UNUSED EXPORTS: BACKUP_PREFIX, GitError, backupRef, compareSnapshots, createBackupRef, deleteBackupRef, formatIdentity, isIdentical, listBackupRefs, parseIdentity, parseStatus, prepareSigning, push, snapshotTree, subcommand

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/git/git-error.ts

/** A git command that failed where success was required: the command, its exit code and stderr. */
class git_error_GitError extends errors/* HeeError */.RA {
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
            throw new git_error_GitError(args, r.code, r.stderr);
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
            throw new git_error_GitError(['rev-parse', ref], 128, `unknown revision ${ref}`);
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
            throw new git_error_GitError(args, r.code, r.stderr);
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

;// CONCATENATED MODULE: ./packages/core/src/git/push.ts

/**
 * Pushes with a token that lives only in the environment of this one `git push` process.
 *
 * actions/checkout persists its token as `http.<server>/.extraheader` in `.git/config`
 * unless `persist-credentials: false`; create-pull-request saves and unsets that header, sets
 * its own, and restores the old one in a `finally`. We reach the same end without writing
 * `.git/config` at all: git reads `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`/`GIT_CONFIG_VALUE_n`
 * as command-line config, where an empty `http.extraheader` value first clears every header
 * inherited from the repository, global or system config (a stale persisted token included),
 * and the second entry adds ours. Nothing is left behind for a later step to read, even if
 * this process is killed, and the token never appears in a command line or a log.
 */
async function push(git, opts) {
    const args = ['push', '--porcelain', '--no-verify'];
    for (const [ref, sha] of opts.forceWithLease ?? [])
        args.push(`--force-with-lease=${ref}:${sha}`);
    args.push(opts.remote, ...opts.refspecs);
    const env = {};
    if (opts.token) {
        const server = new URL(opts.serverUrl ?? 'https://github.com');
        const basic = Buffer.from(`x-access-token:${opts.token}`, 'utf8').toString('base64');
        opts.onSecret?.(opts.token);
        opts.onSecret?.(basic);
        const key = `http.${server.origin}/.extraheader`;
        const base = Number(git.envVar('GIT_CONFIG_COUNT') ?? 0) || 0;
        env['GIT_CONFIG_COUNT'] = String(base + 2);
        env[`GIT_CONFIG_KEY_${base}`] = key;
        env[`GIT_CONFIG_VALUE_${base}`] = '';
        env[`GIT_CONFIG_KEY_${base + 1}`] = key;
        env[`GIT_CONFIG_VALUE_${base + 1}`] = `AUTHORIZATION: basic ${basic}`;
    }
    try {
        await git.run(args, { env, timeoutMs: 5 * 60_000 });
    }
    catch (e) {
        // git does not print headers, but a remote's error page might echo one back.
        if (opts.token && e instanceof GitError) {
            const basic = Buffer.from(`x-access-token:${opts.token}`, 'utf8').toString('base64');
            const redact = (t) => t.split(opts.token).join('***').split(basic).join('***');
            throw new GitError(e.args, e.exitCode, redact(e.stderr));
        }
        throw e;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/git/signing.ts



/**
 * Prepares commit signing from a private key given as text (a secret input): an OpenSSH
 * private key signs with `gpg.format=ssh`, an armored OpenPGP key is imported into a
 * throw-away GNUPGHOME. The key is written with mode 0600 into `tmpRoot` and removed by
 * `dispose`. Keys with a passphrase are refused: nobody is there to type it.
 */
async function prepareSigning(exec, key, tmpRoot, baseEnv = process.env) {
    const dir = await mkdtemp(join(tmpRoot, 'hee-sign-'));
    await chmod(dir, 0o700);
    const dispose = async () => {
        await rm(dir, { recursive: true, force: true });
    };
    try {
        const text = key.replace(/\r\n/g, '\n').trim() + '\n';
        if (/-----BEGIN OPENSSH PRIVATE KEY-----/.test(text)) {
            const file = join(dir, 'signing-key');
            await writeFile(file, text, { mode: 0o600 });
            // ssh-keygen -y fails on an encrypted key when no passphrase can be asked for.
            const probe = await exec('ssh-keygen', ['-y', '-P', '', '-f', file], { progress: {} });
            if (probe.code !== 0)
                throw new HeeError('signing.key', 'the SSH signing key cannot be used (passphrase-protected or malformed)');
            return {
                format: 'ssh',
                config: ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${file}`],
                env: {},
                dispose
            };
        }
        if (/-----BEGIN PGP PRIVATE KEY BLOCK-----/.test(text)) {
            const home = join(dir, 'gnupg');
            const env = { ...baseEnv, GNUPGHOME: home };
            await mkdir(home, { mode: 0o700 });
            const imported = await exec('gpg', ['--batch', '--import'], { env, input: text, progress: {} });
            if (imported.code !== 0)
                throw new HeeError('signing.key', 'the OpenPGP signing key cannot be imported');
            const listed = await exec('gpg', ['--batch', '--with-colons', '--list-secret-keys'], { env, progress: {} });
            const fpr = /^fpr:+([0-9A-F]{40,64}):/m.exec(listed.stdout)?.[1];
            if (!fpr)
                throw new HeeError('signing.key', 'the OpenPGP signing key holds no secret key');
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
        throw new HeeError('signing.key', 'the signing key is neither an OpenSSH nor an armored OpenPGP private key');
    }
    catch (e) {
        await dispose();
        throw e;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/core/src/git/tree-snapshot.ts




/**
 * Reads a whole work tree: tracked, untracked and ignored files alike, with type, mode, size,
 * content hash and symlink target, so two snapshots compare equal exactly when the trees are
 * byte-identical (modification times aside).
 */
async function snapshotTree(root, opts = {}) {
    const skip = new Set(opts.skipDirs ?? []);
    const snap = new Map();
    const hashQueue = [];
    const walk = async (rel) => {
        const dirents = await readdir(rel === '' ? root : join(root, rel), { withFileTypes: true });
        for (const d of dirents) {
            const path = rel === '' ? d.name : `${rel}/${d.name}`;
            if (rel === '' && d.name === '.git')
                continue;
            const full = join(root, path);
            const st = await lstat(full);
            const mode = st.mode & 0o7777;
            if (st.isSymbolicLink()) {
                snap.set(path, { type: 'symlink', mode, size: st.size, target: await readlink(full) });
            }
            else if (st.isDirectory()) {
                snap.set(path, { type: 'dir', mode, size: 0 });
                if (!skip.has(d.name))
                    await walk(path);
            }
            else if (st.isFile()) {
                const entry = { type: 'file', mode, size: st.size };
                snap.set(path, entry);
                hashQueue.push(async () => {
                    entry.sha256 = await hashFile(full);
                });
            }
            else {
                snap.set(path, { type: 'other', mode, size: st.size });
            }
        }
    };
    await walk('');
    // A few files at a time: enough to overlap reads, never thousands of open descriptors.
    const workers = Array.from({ length: 8 }, async () => {
        for (let job = hashQueue.shift(); job; job = hashQueue.shift())
            await job();
    });
    await Promise.all(workers);
    return snap;
}
function hashFile(path) {
    return new Promise((resolve, reject) => {
        const h = createHash('sha256');
        createReadStream(path)
            .on('data', (c) => h.update(c))
            .on('error', reject)
            .on('end', () => resolve(h.digest('hex')));
    });
}
function compareSnapshots(before, after) {
    const added = [];
    const removed = [];
    const changed = [];
    for (const [path, a] of before) {
        const b = after.get(path);
        if (!b)
            removed.push(path);
        else if (!sameEntry(a, b))
            changed.push(path);
    }
    for (const path of after.keys())
        if (!before.has(path))
            added.push(path);
    return { added: added.sort(), removed: removed.sort(), changed: changed.sort() };
}
/** True when nothing was added, removed or changed. */
function isIdentical(d) {
    return d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0;
}
function sameEntry(a, b) {
    if (a.type !== b.type || a.mode !== b.mode)
        return false;
    if (a.type === 'file')
        return a.size === b.size && a.sha256 === b.sha256;
    if (a.type === 'symlink')
        return a.target === b.target;
    return true;
}

;// CONCATENATED MODULE: ./packages/core/src/git/index.ts
/** Git over the Exec port: commands, pushes with a one-shot token, backups, signing, tree snapshots. */










/***/ })

};
