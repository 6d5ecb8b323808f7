export const id = 958;
export const ids = [958];
export const modules = {

/***/ 95611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MONITOR_USAGE: () => (/* binding */ MONITOR_USAGE),
/* harmony export */   monitorCommand: () => (/* binding */ monitorCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95775);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93262);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98005);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(55439);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74287);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(95304);
/* harmony import */ var _hee_core__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(93772);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27109);



const MONITOR_USAGE = `usage: hee monitor --repo owner/name [options]
  --run-id N                 analyse this run (default: runs since the capsule's last run)
  --workflow NAME            watch this workflow (name or file); repeatable; default all
  --branch NAME              runs of this branch change state; repeatable; default the default branch
  --fork-alerts              alert every channel about forks' failing runs (default: console only, no state)
  --watch                    keep polling: every --interval s while operational, --degraded-interval s otherwise
  --interval S               default 60
  --degraded-interval S      default 30
  --max-polls N              stop --watch after N polls (default: until interrupted)
  --state-capsule F          the capsule file (default hee-state-capsule.json)
  --key FILE                 signs and verifies the capsule (Ed25519 PEM or HMAC secret)
  --allow-unsigned           keep an unsigned capsule
  --alert-level L            critical|high|medium|low (default low)
  --patterns FILE            pattern overrides (default .github/hee-patterns.yml when present)
  --detailed                 print every finding with its excerpt
  --format text|json         default text
  --api-url URL              default $GITHUB_API_URL or https://api.github.com
  --token-env NAME           env variable holding the token (default GITHUB_TOKEN)
  caps on a pass's work, as the monitor action's inputs (a cap reached is reported, the pass goes on):
  --max-pages N              pages of 100 read at most of any list (1-1000, default 10)
  --request-timeout-seconds S  longest wait for one request to answer (1-600, default 30)
  --download-seconds S       longest time one job log or artifact download may take (1-3600, default 120)
  --run-deadline-seconds S   longest time one run's analysis may take (10-21600, default 300)
  --no-last-green-baseline   do not read an unsure failed job's last green run as its baseline
  alert channels (each optional; console is always on):
  --slack-webhook-url URL
  --webhook-url URL --webhook-secret S
  --smtp-url smtp://user:pass@host:587 --email-from A --email-to A[,B]
  --sms-account-sid SID --sms-auth-token T --sms-from N --sms-to N[,M] [--sms-api-url URL]
  --github-issues            open/update/close an issue per failing workflow and pattern
Secrets are redacted from every output and alert: the token and channel secrets, the values in
HEE_REDACT_VALUES (one per line or a JSON object), and what secretlint's recommended rules find.`;
const sleep = (seconds) => new Promise((r) => setTimeout(r, seconds * 1000));
const list = (v) => v
    ?.split(',')
    .map((x) => x.trim())
    .filter(Boolean);
function num(v, name, dflt) {
    if (v === undefined)
        return dflt;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--${name} must be a positive number`);
    return n;
}
/**
 * The cap flags, checked by the monitor action's own schema for its inputs of the same names:
 * a bad value is one line naming the flag and its range (exit 2).
 */
function capsOf(values) {
    const raw = {};
    for (const name of Object.keys(_hee_core__WEBPACK_IMPORTED_MODULE_2__/* .MONITOR_CAP_FIELDS */ .qh)) {
        const v = values[name];
        // An empty value is a mistake here, not "the default" as an empty action input is.
        raw[name] = v === undefined ? '' : String(v).trim() || '(empty)';
    }
    const parsed = _hee_core__WEBPACK_IMPORTED_MODULE_2__/* .monitorCapsSchema */ .Zd.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const name = String(issue.path[0] ?? '');
        throw new _hee_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--${name} ${JSON.stringify(values[name])}: ${issue.message}`);
    }
    return parsed.data;
}
/** `hee monitor`: the monitor action on a laptop, once or as a polling loop. */
const monitorCommand = async (argv, io) => {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(argv, {
        repo: { type: 'string' },
        'run-id': { type: 'string' },
        workflow: { type: 'string', multiple: true },
        branch: { type: 'string', multiple: true },
        'fork-alerts': { type: 'boolean' },
        watch: { type: 'boolean' },
        interval: { type: 'string' },
        'degraded-interval': { type: 'string' },
        'max-polls': { type: 'string' },
        'state-capsule': { type: 'string' },
        key: { type: 'string' },
        'allow-unsigned': { type: 'boolean' },
        'alert-level': { type: 'string' },
        patterns: { type: 'string' },
        detailed: { type: 'boolean' },
        format: { type: 'string' },
        'api-url': { type: 'string' },
        'token-env': { type: 'string' },
        'max-pages': { type: 'string' },
        'request-timeout-seconds': { type: 'string' },
        'download-seconds': { type: 'string' },
        'run-deadline-seconds': { type: 'string' },
        'no-last-green-baseline': { type: 'boolean' },
        'slack-webhook-url': { type: 'string' },
        'webhook-url': { type: 'string' },
        'webhook-secret': { type: 'string' },
        'smtp-url': { type: 'string' },
        'email-from': { type: 'string' },
        'email-to': { type: 'string' },
        'sms-account-sid': { type: 'string' },
        'sms-auth-token': { type: 'string' },
        'sms-from': { type: 'string' },
        'sms-to': { type: 'string' },
        'sms-api-url': { type: 'string' },
        'github-issues': { type: 'boolean' }
    });
    const repository = values.repo ?? io.env.GITHUB_REPOSITORY;
    if (!repository)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--repo owner/name is required');
    const tokenEnv = values['token-env'] ?? 'GITHUB_TOKEN';
    const token = io.env[tokenEnv];
    if (!token)
        throw new _hee_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`no token: set ${tokenEnv} (a token with actions: read on ${repository})`);
    const level = values['alert-level'] ?? 'low';
    if (!(0,_hee_core__WEBPACK_IMPORTED_MODULE_4__/* .isSeverity */ ._Z)(level))
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--alert-level must be critical, high, medium or low');
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--format must be text or json');
    const runId = values['run-id'] ? num(values['run-id'], 'run-id', 0) : undefined;
    const interval = num(values.interval, 'interval', 60);
    const degradedInterval = num(values['degraded-interval'], 'degraded-interval', 30);
    const maxPolls = values['max-polls'] ? num(values['max-polls'], 'max-polls', 1) : values.watch ? Infinity : 1;
    const caps = capsOf(values);
    const key = values.key ? await (0,_hee_core__WEBPACK_IMPORTED_MODULE_5__/* .readKeyFile */ .ml)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.key)) : undefined;
    if (!key && !values['allow-unsigned'])
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--key FILE is required (or --allow-unsigned)');
    const sink = {
        annotate: (lvl, message, props) => io.stdout(`${lvl}: ${props.title ?? ''}${props.file ? ` (${props.file}${props.startLine ? `:${props.startLine}` : ''})` : ''}\n  ${message.replace(/\n/g, '\n  ')}\n`),
        summary: (md) => {
            if (values.detailed)
                io.stdout(md + '\n');
        }
    };
    const monitor = (0,_hee_core__WEBPACK_IMPORTED_MODULE_6__/* .setupMonitor */ .G)({
        repository,
        token,
        tokenName: tokenEnv,
        apiUrl: values['api-url'] ?? io.env.GITHUB_API_URL ?? 'https://api.github.com',
        userAgent: 'hee-cli',
        workflows: values.workflow ?? [],
        branches: values.branch ?? [],
        forkAlerts: values['fork-alerts'] ?? false,
        maxRuns: 20,
        ...(0,_hee_core__WEBPACK_IMPORTED_MODULE_2__/* .capSettings */ .mb)(caps),
        ...(values['no-last-green-baseline'] ? { lastGreen: false } : {}),
        alertLevel: level,
        patternsFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.patterns ?? '.github/hee-patterns.yml'),
        secrets: (0,_hee_core__WEBPACK_IMPORTED_MODULE_7__/* .secretValues */ .VX)(io.env.HEE_REDACT_VALUES),
        channels: {
            slackWebhookUrl: values['slack-webhook-url'],
            webhookUrl: values['webhook-url'],
            webhookSecret: values['webhook-secret'],
            smtpUrl: values['smtp-url'],
            emailFrom: values['email-from'],
            emailTo: list(values['email-to']),
            smsAccountSid: values['sms-account-sid'],
            smsAuthToken: values['sms-auth-token'],
            smsFrom: values['sms-from'],
            smsTo: list(values['sms-to']),
            smsApiUrl: values['sms-api-url'],
            githubIssues: values['github-issues'] ?? false
        },
        capsule: {
            path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values['state-capsule'] ?? 'hee-state-capsule.json'),
            meta: { repository, workflow: 'hee monitor', runId: 1 },
            ...(key ? { signingKey: key } : {}),
            requireSignature: !values['allow-unsigned']
        }
    }, format === 'json' ? { annotate: () => { }, summary: () => { } } : sink);
    const { client, secrets } = monitor;
    const say = (line) => {
        if (format === 'text')
            io.stdout((0,_hee_core__WEBPACK_IMPORTED_MODULE_8__/* .inertText */ .UJ)((0,_hee_core__WEBPACK_IMPORTED_MODULE_7__/* .redact */ .E$)(line, secrets)) + '\n');
    };
    let stop = false;
    const onSignal = () => (stop = true);
    process.once('SIGINT', onSignal);
    let result;
    try {
        for (let poll = 1; poll <= maxPolls && !stop; poll++) {
            const trigger = runId && poll === 1 ? { kind: 'run', runId, reread: true } : { kind: 'since-last' };
            const before = client.stats.requests;
            let pass;
            try {
                pass = await monitor.pass(trigger, say);
            }
            catch (e) {
                // While watching, a poll that could not read GitHub is reported and the next one tries
                // again (the capsule is untouched); a rejected token or a bad capsule ends the watch.
                if (maxPolls === 1 || !(e instanceof _hee_core__WEBPACK_IMPORTED_MODULE_3__/* .HeeError */ .RA) || !e.code.startsWith('github.') || e.code === 'github.auth')
                    throw e;
                say(`poll ${poll}: ${(0,_hee_core__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(e)}`);
                if (poll < maxPolls && !stop)
                    await sleep(degradedInterval);
                continue;
            }
            result = pass;
            const o = pass.outcome;
            const detectedAt = Date.now();
            for (const a of o.analyses) {
                const completed = Date.parse(a.run.updatedAt);
                if (Number.isFinite(completed) && a.findings.length) {
                    say(`detected failure of run ${a.run.id} ${((detectedAt - completed) / 1000).toFixed(1)} s after it completed`);
                }
            }
            for (const u of o.unreadable)
                say(`could not read ${u}`);
            say(`poll ${poll}: status ${o.decision.to}${o.decision.from !== o.decision.to ? ` (was ${o.decision.from})` : ''}; ` +
                `${o.analyses.length} run(s) analysed; ${client.stats.requests - before} request(s), ${client.stats.notModified} not modified so far`);
            if (format === 'json')
                io.stdout(JSON.stringify((0,_hee_core__WEBPACK_IMPORTED_MODULE_8__/* .inertDeep */ .Zm)((0,_hee_core__WEBPACK_IMPORTED_MODULE_9__/* .outcomeJson */ .bt)(o, secrets))) + '\n');
            if (poll < maxPolls && !stop) {
                await sleep(o.decision.to === 'operational' || o.decision.to === 'maintenance' ? interval : degradedInterval);
            }
        }
    }
    finally {
        process.off('SIGINT', onSignal);
    }
    return result && result.outcome.unreadable.length > 0 && result.outcome.analyses.length === 0 ? 1 : 0;
};


/***/ }),

/***/ 49227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ input)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12311);
/**
 * Fields of the zod schemas that read settings given as strings: action inputs ('' when not
 * given) and the CLI flags that share their names. A bad value fails naming its range.
 */

/** Input fields: action inputs arrive as strings, '' when not given. */
const input = {
    text: (dflt = '') => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((v) => (v === '' ? dflt : v)),
    bool: (dflt) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .transform((v) => v.trim().toLowerCase())
        .refine((v) => ['', 'true', 'false'].includes(v), { message: "expected 'true' or 'false'" })
        .transform((v) => (v === '' ? dflt : v === 'true')),
    int: (dflt, min, max) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .transform((v) => (v.trim() === '' ? dflt : Number(v.trim())))
        .refine((n) => Number.isInteger(n) && n >= min && n <= max, {
        message: `expected a whole number from ${min} to ${max}`
    }),
    oneOf: (values, dflt) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .transform((v) => (v.trim() === '' ? dflt : v.trim()))
        .refine((v) => values.includes(v), {
        message: `expected one of ${values.join(', ')}`
    })
        .transform((v) => v),
    list: () => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((v) => v
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean))
};


/***/ }),

/***/ 74287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   ki: () => (/* binding */ redactError)
/* harmony export */ });
/* unused harmony exports REDACTED, secretList, secretlintFindings */
/* harmony import */ var _secretlint_secretlint_rule_preset_recommend__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31577);
/**
 * Redaction of secrets from any text that leaves the process (alerts, errors, logs). Every
 * sink (job summary, findings file, Slack, webhook, email, GitHub issue, SMS, the CLI's
 * output) passes its text through {@link redact}, which removes, in this order:
 *
 * 1. the values of the job's own secrets (every form a value takes: each line, URL- and
 *    JSON-escaped, base64);
 * 2. every secret secretlint's recommended rule set finds (`@secretlint/secretlint-rule-preset-recommend`:
 *    AWS, GCP, private keys, npm, basic auth, Slack, SendGrid, Shopify, Stripe, GitHub, GitLab,
 *    Grafana, OpenAI, Anthropic, Groq, Hugging Face, Linear, Notion, 1Password, database URLs,
 *    Vault, Vercel, Databricks, Docker, Figma, Cloudflare, Tailscale), each to the end of its token;
 * 3. the shapes below that the rule set misses in CI logs (a private key's body without its
 *    BEGIN line, `aws_secret_access_key = …`, Google API keys, any OpenAI project key, …).
 *
 * The hand-written patterns are linear-time on V8's backtracking engine: either their
 * quantifiers are bounded, or a look-behind forbids starting a match inside a run the previous
 * attempt already scanned, so a hostile log line costs O(length) and never O(length²).
 */

const REDACTED = '***';
// Characters a token is made of; a match may only start where the previous char is not one.
const B64URL = 'A-Za-z0-9_\\-';
const KEYWORDS = '(?:password|passwd|secret|token|api[_-]?key|access[_-]?key)';
const RULES = [
    {
        // A private key's body lines seen without their BEGIN line (an excerpt that starts inside
        // the block): whole lines of 40+ base64 characters mixing upper case, lower case and digits
        // (a hex digest has no upper case), after at most a level word a tool put before each line
        // (`Error: `, `[ERROR] `), and the END line.
        name: 'private-key-body',
        re: /(?<=^|[\r\n])([ \t]{0,40}(?:\[?[A-Za-z]{1,12}\]?:?[ \t]{1,4})?)(?=[A-Za-z0-9+/]{0,120}[A-Z])(?=[A-Za-z0-9+/]{0,120}[a-z])(?=[A-Za-z0-9+/]{0,120}[0-9])[A-Za-z0-9+/]{40,120}={0,2}[ \t]{0,40}(?=$|[\r\n])/g,
        to: `$1${REDACTED}`
    },
    {
        name: 'private-key-end',
        re: /-----END[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----/g,
        to: REDACTED
    },
    {
        name: 'private-key',
        // Body chars exclude "-----" so an unterminated block stops at the next PEM boundary.
        re: /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s:,.]*(?:-(?!----)[A-Za-z0-9+/=\s:,.]*)*(?:-----END[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----)?/g,
        to: REDACTED
    },
    {
        name: 'slack-webhook',
        re: /https:\/\/hooks\.slack(?:-gov)?\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]+/g,
        to: 'https://hooks.slack.com/services/***'
    },
    {
        name: 'url-userinfo',
        re: /\b([a-zA-Z][a-zA-Z0-9+.-]{0,20}:\/\/[^/\s:@]{0,256}):[^/\s]{1,256}@/g,
        to: `$1:${REDACTED}@`
    },
    { name: 'github-token', re: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{20,255}(?![A-Za-z0-9])/g, to: REDACTED },
    { name: 'github-pat', re: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{20,255}/g, to: REDACTED },
    { name: 'slack-token', re: /(?<![A-Za-z0-9_-])xox[abprs]-[A-Za-z0-9-]{6,255}/g, to: REDACTED },
    { name: 'aws-access-key', re: /(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA)[A-Z0-9]{16}(?![A-Z0-9])/g, to: REDACTED },
    {
        // `aws_secret_access_key = …`, `AWS_SECRET_ACCESS_KEY: …` (spaces and quotes around the sign).
        name: 'aws-secret-key',
        re: /((?:aws)?_?secret_?access_?key["']?[ \t]{0,10}[:=][ \t]{0,10}["']?)[A-Za-z0-9/+=]{20,80}/gi,
        to: `$1${REDACTED}`
    },
    { name: 'slack-app-token', re: /(?<![A-Za-z0-9_-])xapp-[0-9]-[A-Za-z0-9-]{10,255}/g, to: REDACTED },
    { name: 'stripe-key', re: /(?<![A-Za-z0-9_])(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,255}/g, to: REDACTED },
    { name: 'google-api-key', re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g, to: REDACTED },
    {
        name: 'openai-key',
        re: /(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin|ant-api0\d)-[A-Za-z0-9_-]{20,255}/g,
        to: REDACTED
    },
    { name: 'npm-token', re: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{20,255}(?![A-Za-z0-9])/g, to: REDACTED },
    {
        name: 'jwt',
        re: new RegExp(`(?<![${B64URL}])eyJ[${B64URL}]{4,}\\.[${B64URL}]{4,}\\.[${B64URL}]*`, 'g'),
        to: REDACTED
    },
    {
        name: 'authorization',
        re: /\b((?:Proxy-)?Authorization["']?[ \t]{0,10}[:=][ \t]{0,10}["']?)[^\r\n"']+/gi,
        to: `$1${REDACTED}`
    },
    { name: 'bearer', re: /\b([Bb]earer[ \t]{1,10})[A-Za-z0-9._~+/=-]{8,}/g, to: `$1${REDACTED}` },
    // key=value in query strings, env dumps and CLI flags; bounded infix such as `_value`.
    {
        name: 'key-value',
        re: new RegExp(`(${KEYWORDS}[A-Za-z0-9_-]{0,30}[ \\t]{0,10}=[ \\t]{0,10})[^\\s&#"'<>;,]+`, 'gi'),
        to: `$1${REDACTED}`
    },
    // "token": "value" in JSON.
    {
        name: 'json-value',
        re: new RegExp(`("[A-Za-z0-9_-]{0,30}${KEYWORDS}[A-Za-z0-9_-]{0,30}"[ \\t]{0,10}:[ \\t]{0,10}")[^"\\r\\n]+`, 'gi'),
        to: `$1${REDACTED}`
    }
];
/** Forms in which a known secret may show up in text besides its plain form. */
function variants(secret) {
    const out = new Set([secret]);
    // Actions masks each line of a multi-line secret; so do we.
    for (const line of secret.split(/\r\n|\r|\n/))
        if (line.trim().length >= 4)
            out.add(line);
    out.add(encodeURIComponent(secret));
    out.add(JSON.stringify(secret).slice(1, -1));
    out.add(Buffer.from(secret, 'utf8').toString('base64'));
    return [...out].filter(usable);
}
// A secret made only of `*` would be re-created by its own replacement; empty ones match everywhere.
function usable(s) {
    return s.length > 0 && /[^*]/.test(s);
}
/**
 * Replaces every occurrence of `secrets` with `***`, repeating until none is left: a
 * replacement can join text into a new occurrence when the secret contains `*`. Each pass
 * removes at least one non-`*` character, so this ends.
 */
function removeKnown(text, secrets) {
    if (secrets.length === 0)
        return text;
    let out = text;
    for (;;) {
        let changed = false;
        for (const s of secrets) {
            if (out.includes(s)) {
                out = out.split(s).join(REDACTED);
                changed = true;
            }
        }
        if (!changed)
            return out;
    }
}
/**
 * The secret values in a list a user hands over (an action input, `HEE_REDACT_VALUES`): a JSON
 * object or array, such as `${{ toJSON(secrets) }}`, gives every string in it; any other text
 * gives each non-empty line.
 */
function secretValues(list) {
    const text = (list ?? '').trim();
    if (!text)
        return [];
    if (text.startsWith('{') || text.startsWith('[')) {
        try {
            const out = [];
            const walk = (v) => {
                if (typeof v === 'string') {
                    if (usable(v))
                        out.push(v);
                }
                else if (v !== null && typeof v === 'object')
                    for (const x of Object.values(v))
                        walk(x);
            };
            walk(JSON.parse(text));
            return out;
        }
        catch {
            // not JSON after all: one value per line
        }
    }
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(usable);
}
/** The known secrets in the order they should be replaced (longest first, so a secret containing another goes whole). */
function secretList(knownSecrets) {
    const all = new Set();
    for (const s of knownSecrets)
        if (typeof s === 'string' && usable(s))
            for (const v of variants(s))
                all.add(v);
    return [...all].sort((a, b) => b.length - a.length);
}
// The rule set's scanners (its comment filter needs secretlint's own engine and is left out).
const SCANNERS = _secretlint_secretlint_rule_preset_recommend__WEBPACK_IMPORTED_MODULE_0__/* .creator */ .x.rules.filter((r) => r.meta.type === 'scanner' && !r.meta.id.endsWith('filter-comments'));
// Characters a token goes on with: a rule whose pattern stops early (a Slack app token's first
// three parts) still hides the whole token.
const TOKEN_TAIL = /[A-Za-z0-9_\-+/=]*/y;
/**
 * Where the recommended rule set finds a secret in `text`: `[start, end)` spans, each widened
 * to the end of its token, with the id of the rule that found it. The rules are secretlint's
 * own; they are run on `text` as one source file, synchronously (each rule's `file` handler
 * reports before it returns).
 */
function secretlintFindings(text) {
    const found = [];
    if (text.length < 8)
        return found;
    const source = {
        content: text,
        ext: '',
        contentType: 'text',
        filePath: undefined
    };
    for (const rule of SCANNERS) {
        const context = {
            sharedOptions: {},
            createTranslator: () => (messageId, data) => ({ message: messageId, messageId, data }),
            report: (d) => {
                TOKEN_TAIL.lastIndex = d.range[1];
                const tail = TOKEN_TAIL.exec(text)?.[0].length ?? 0;
                found.push({ rule: rule.meta.id, start: d.range[0], end: d.range[1] + tail });
            },
            ignore: () => undefined
        };
        void rule.create(context, {}).file?.(source);
    }
    return found;
}
/** Pieces learned from findings, at most this many: a hostile text of many tokens stays linear. */
const MAX_LEARNED = 200;
/**
 * The parts of the secrets the rule set found that could show up on their own elsewhere in
 * the same output (a file name cut from a database URL, `pw@host:5432`): each whole finding,
 * and each piece of it between `:`, `@`, `/`, `=` and quotes that is 8+ characters of letters
 * and digits mixed.
 */
function learnedSecrets(found) {
    const out = new Set();
    for (const { text, findings } of found) {
        for (const f of findings) {
            if (out.size >= MAX_LEARNED)
                return [...out];
            const whole = text.slice(f.start, f.end);
            out.add(whole);
            for (const piece of whole.split(/[:@/='"\s]+/))
                if (piece.length >= 8 && /[0-9]/.test(piece) && /[A-Za-z]/.test(piece))
                    out.add(piece);
        }
    }
    return [...out];
}
/** `text` with the spans of `findings` replaced by `***`. */
function removeFound(text, findings) {
    if (findings.length === 0)
        return text;
    const spans = [...findings].sort((a, b) => a.start - b.start);
    let out = '';
    let at = -1;
    for (const s of spans) {
        if (s.end <= at)
            continue;
        // A span that overlaps the one before extends it; one that does not starts a new `***`.
        if (s.start > at)
            out += text.slice(Math.max(at, 0), s.start) + REDACTED;
        at = s.end;
    }
    return out + text.slice(at);
}
function redactWith(text, findings, secrets) {
    let out = removeKnown(removeFound(text, findings), secrets);
    for (const rule of RULES)
        out = out.replace(rule.re, rule.to);
    // Shapes are replaced after known secrets; a last pass makes sure no known secret survives.
    return removeKnown(out, secrets);
}
/**
 * Returns `text` with known secrets, whatever secretlint's recommended rules find (and the
 * parts of it that show up elsewhere in `text`) and the CI-log shapes above replaced by `***`.
 */
function redact(text, knownSecrets = []) {
    const findings = secretlintFindings(text);
    return redactWith(text, findings, secretList([...knownSecrets, ...learnedSecrets([{ text, findings }])]));
}
/**
 * `redact` applied to every string inside a JSON-like value (objects, arrays). A secret found in
 * one string is also removed from the others (a finding's file field cut from its log line).
 */
function redactDeep(value, knownSecrets = []) {
    const found = new Map();
    const collect = (v) => {
        if (typeof v === 'string') {
            if (!found.has(v))
                found.set(v, secretlintFindings(v));
        }
        else if (v !== null && typeof v === 'object')
            for (const x of Object.values(v))
                collect(x);
    };
    collect(value);
    const secrets = secretList([
        ...knownSecrets,
        ...learnedSecrets([...found].map(([text, findings]) => ({ text, findings })))
    ]);
    const walk = (v) => {
        if (typeof v === 'string')
            return redactWith(v, found.get(v) ?? [], secrets);
        if (Array.isArray(v))
            return v.map(walk);
        if (v !== null && typeof v === 'object') {
            const o = {};
            for (const [k, x] of Object.entries(v))
                o[k] = walk(x);
            return o;
        }
        return v;
    };
    return walk(value);
}
/** Redacted one-line description of a thrown value, safe to log or return to a caller. */
function redactError(e, knownSecrets = []) {
    const msg = e instanceof Error ? e.message : String(e);
    const cause = e instanceof Error && e.cause instanceof Error && !msg.includes(e.cause.message) ? `: ${e.cause.message}` : '';
    return redact(`${msg}${cause}`, knownSecrets);
}


/***/ })

};

//# sourceMappingURL=958.index.mjs.map