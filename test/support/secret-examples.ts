/**
 * One example secret per redaction rule: each rule of secretlint's recommended preset that
 * scans text, and each shape HEE CI adds for CI logs. `secret` is what must never reach a sink;
 * `line` is how it shows up in a log. Tokens are made up (right shape, no real account).
 */

/** `n` characters from `alphabet`, the same every run. */
function chars(n: number, alphabet = 'A1b2C3d4E5f6G7h8J9k0MnPqRsTuVwXyZ', seed = 7): string {
  let out = ''
  let x = seed
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648
    out += alphabet[(x >>> 16) % alphabet.length]
  }
  return out
}
const HEX = '0123456789abcdef'
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789'

export interface SecretExample {
  /** The secretlint rule id (without `@secretlint/secretlint-rule-`) that finds it, or `hee:<name>`. */
  rule: string
  secret: string
  line: string
}

const pemBody = Array.from({ length: 6 }, (_, i) => chars(64, ALNUM + '+/', 11 + i))
const AWS_SECRET = chars(40, ALNUM + '/+', 3)

export const SECRET_EXAMPLES: SecretExample[] = [
  // secretlint's recommended rules
  { rule: 'aws', secret: AWS_SECRET, line: `export AWS_SECRET_ACCESS_KEY=${AWS_SECRET}` },
  {
    rule: 'privatekey',
    secret: pemBody[2]!,
    line: [
      '-----BEGIN RSA PRIVATE KEY-----',
      `MI${pemBody[0]!.slice(2)}`,
      ...pemBody.slice(1),
      '-----END RSA PRIVATE KEY-----'
    ].join('\n')
  },
  { rule: 'npm', secret: `npm_${chars(36, ALNUM, 13)}`, line: '' },
  {
    rule: 'basicauth',
    secret: 'Ba5icPa55word',
    line: 'git clone https://deploy:Ba5icPa55word@git.example.com/app.git'
  },
  { rule: 'slack', secret: `xoxb-123456789012-1234567890123-${chars(24, ALNUM, 17)}`, line: '' },
  {
    rule: 'slack',
    secret: `T0HEE0001/B0HEE0001/${chars(24, ALNUM, 19)}`,
    line: `curl -X POST https://hooks.slack.com/services/T0HEE0001/B0HEE0001/${chars(24, ALNUM, 19)}`
  },
  { rule: 'sendgrid', secret: `SG.${chars(22, ALNUM, 23)}.${chars(43, ALNUM, 29)}`, line: '' },
  { rule: 'shopify', secret: `shpat_${chars(32, HEX, 31)}`, line: '' },
  { rule: 'stripe', secret: `sk_live_${chars(24, ALNUM, 37)}`, line: '' },
  { rule: 'github', secret: `ghp_${chars(36, ALNUM, 41)}`, line: '' },
  { rule: 'gitlab', secret: `glpat-${chars(20, ALNUM, 43)}`, line: '' },
  { rule: 'grafana', secret: `glsa_${chars(32, ALNUM, 47)}_${chars(8, HEX, 53)}`, line: '' },
  { rule: 'openai', secret: `sk-proj-${chars(74, ALNUM, 59)}T3BlbkFJ${chars(74, ALNUM, 61)}`, line: '' },
  { rule: 'anthropic', secret: `sk-ant-api03-${chars(93, ALNUM, 67)}AA`, line: '' },
  { rule: 'groq', secret: `gsk_${chars(52, ALNUM, 71)}`, line: '' },
  { rule: 'huggingface', secret: `hf_${chars(34, 'abcdefghijklmnopqrstuvwxyzABCDEFGH', 73)}`, line: '' },
  { rule: 'linear', secret: `lin_api_${chars(40, ALNUM, 79)}`, line: '' },
  { rule: 'notion', secret: `ntn_${chars(11, '0123456789', 83)}${chars(35, ALNUM, 89)}`, line: '' },
  {
    rule: 'database-connection-string',
    secret: 'pgPa55w0rd',
    line: 'DATABASE_URL=postgres://app:pgPa55w0rd@db.internal:5432/app'
  },
  { rule: 'hashicorp-vault', secret: `hvs.${chars(95, ALNUM, 97)}`, line: '' },
  { rule: 'vercel', secret: `vcp_${chars(40, ALNUM, 101)}`, line: '' },
  { rule: 'databricks', secret: `dapi${chars(32, HEX, 103)}`, line: '' },
  { rule: 'docker', secret: `dckr_pat_${chars(27, ALNUM, 107)}`, line: '' },
  { rule: 'figma', secret: `figd_${chars(44, ALNUM, 109)}`, line: '' },
  { rule: 'tailscale', secret: `tskey-auth-${chars(12, ALNUM, 113)}-${chars(30, ALNUM, 127)}`, line: '' },
  // shapes HEE CI adds for what CI logs show (secretlint leaves key ids to an opt-in rule)
  { rule: 'hee:aws-access-key', secret: `AKIA${chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 5)}`, line: '' },
  {
    rule: 'hee:private-key-body',
    secret: pemBody[4]!,
    // The excerpt starts inside the key: its BEGIN line is above, out of view.
    line: [...pemBody.slice(3), '-----END PRIVATE KEY-----'].join('\n')
  },
  { rule: 'hee:aws-secret-key', secret: AWS_SECRET.split('').reverse().join(''), line: '' },
  { rule: 'hee:slack-app-token', secret: `xapp-1-A0HEE00001-1234567890123-${chars(64, HEX, 131)}`, line: '' },
  { rule: 'hee:stripe-key', secret: `sk_live_${chars(16, ALNUM, 137)}`, line: '' },
  { rule: 'hee:google-api-key', secret: `AIza${chars(35, ALNUM + '_-', 139)}`, line: '' },
  { rule: 'hee:openai-key', secret: `sk-proj-${chars(48, ALNUM + '_-', 149)}`, line: '' }
]
for (const e of SECRET_EXAMPLES) {
  if (e.line) continue
  e.line =
    e.rule === 'hee:aws-secret-key' ? `aws_secret_access_key = ${e.secret}` : `Run deploy --token ${e.secret} --verbose`
}

/** A log excerpt holding every example, one per line (a key block spans several). */
export const EXCERPT_WITH_EVERY_SECRET = SECRET_EXAMPLES.map((e) => e.line).join('\n')
