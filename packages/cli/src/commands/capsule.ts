import { existsSync } from 'node:fs'
import { unlink } from 'node:fs/promises'
import { resolve } from 'node:path'
import {
  checkSuccession,
  createCapsule,
  ConfigurationError,
  describeError,
  generateEd25519,
  HeeError,
  openCapsule,
  parseEncryptionKey,
  parseUpdate,
  readCapsuleFile,
  readKeyFile,
  renderReport,
  sealCapsule,
  updateCapsuleFile,
  withFileLock,
  writeCapsuleFile,
  writeTextAtomic,
  type CapsuleKey,
  type CapsuleUpdate
} from '@hee/core'
import { parse, required, UsageError } from '../args.js'
import { fileProblem, parseOptionJson, readOptionFile, writeOptionFile } from '../files.js'
import type { CliIO, Command } from '../io.js'

export const CAPSULE_USAGE = `usage:
  hee capsule init     --output F [--key FILE] [--repo owner/name] [--workflow NAME] [--run-id N]
  hee capsule update   --input F [--output F] [--status S] [--last-run-id N] [--update JSON | --update-file F]
                       [--append-history PATTERN:ok|fail[:rollback]] [--key FILE] [--encryption-key FILE]
                       [--sensitive-fields PTR,PTR] [--history-limit N] [--allow-unsigned]
  hee capsule validate --input F [--verify-key FILE] [--previous F] [--encryption-key FILE] [--allow-unsigned]
  hee capsule report   --input F [--output report.md] [--verify-key FILE] [--encryption-key FILE]
  hee capsule keygen   --private FILE --public FILE
A key file holds an Ed25519 PEM key (openssl genpkey -algorithm ed25519) or an HMAC secret.`

const keyOf = async (io: CliIO, file: unknown): Promise<CapsuleKey | undefined> =>
  typeof file === 'string' && file ? readKeyFile(resolve(io.cwd, file)) : undefined

const encryptionKeyOf = async (io: CliIO, file: unknown): Promise<Buffer | undefined> =>
  typeof file === 'string' && file
    ? parseEncryptionKey((await readOptionFile('encryption-key', resolve(io.cwd, file))).trim())
    : undefined

/** An update object from `--update JSON` or `--update-file F` (never `null`, an array or a scalar). */
async function updateObject(
  io: CliIO,
  json: string | undefined,
  file: string | undefined
): Promise<Record<string, unknown>> {
  if (json !== undefined && file !== undefined) throw new UsageError('--update and --update-file are both set: use one')
  const path = file !== undefined ? resolve(io.cwd, file) : undefined
  const option = path ? 'update-file' : 'update'
  const value = path
    ? parseOptionJson(option, await readOptionFile(option, path), path)
    : json !== undefined
      ? parseOptionJson(option, json)
      : {}
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new ConfigurationError(
      `--${option}${path ? ` ${path}` : ''} must be a JSON object, not ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`
    )
  return value as Record<string, unknown>
}

const init: Command = async (argv, io) => {
  const { values } = parse(argv, {
    output: { type: 'string' },
    key: { type: 'string' },
    repo: { type: 'string' },
    workflow: { type: 'string' },
    'run-id': { type: 'string' }
  })
  const output = resolve(io.cwd, required(values, 'output'))
  if (existsSync(output)) throw new HeeError('cli.exists', `${output} exists already; refusing to overwrite a capsule`)
  const key = await keyOf(io, values.key)
  const capsule = createCapsule({
    repository: values.repo ?? io.env.GITHUB_REPOSITORY ?? 'local/repository',
    workflow: values.workflow ?? io.env.GITHUB_WORKFLOW ?? 'local',
    runId: Number(values['run-id'] ?? io.env.GITHUB_RUN_ID ?? 0) || 1,
    now: new Date()
  })
  await writeCapsuleFile(output, key ? sealCapsule(capsule, { signingKey: key }) : capsule)
  io.stdout(
    `created ${output}: version ${capsule.version}, status operational${key ? `, signed (${key.keyId})` : ', unsigned'}\n`
  )
  return 0
}

const update: Command = async (argv, io) => {
  const { values } = parse(argv, {
    input: { type: 'string' },
    output: { type: 'string' },
    status: { type: 'string' },
    'last-run-id': { type: 'string' },
    update: { type: 'string' },
    'update-file': { type: 'string' },
    'append-history': { type: 'string', multiple: true },
    key: { type: 'string' },
    'encryption-key': { type: 'string' },
    'sensitive-fields': { type: 'string' },
    'history-limit': { type: 'string' },
    'allow-unsigned': { type: 'boolean' }
  })
  const input = resolve(io.cwd, required(values, 'input'))
  if (!existsSync(input))
    throw new HeeError('cli.missing', `${input} does not exist (create it with \`hee capsule init\`)`)
  const raw = await updateObject(io, values.update, values['update-file'])
  if (values.status) raw.status = values.status
  if (values['last-run-id']) raw.last_run_id = Number(values['last-run-id'])
  if (values['append-history']?.length) {
    raw.append_history = [
      ...((raw.append_history as unknown[]) ?? []),
      ...values['append-history'].map((spec) => {
        const [pattern_id, outcome, rb] = spec.split(':')
        if (!pattern_id || !['ok', 'fail'].includes(outcome ?? '')) {
          throw new UsageError(`--append-history ${spec}: expected PATTERN:ok|fail[:rollback]`)
        }
        return { pattern_id, success: outcome === 'ok', rollback: rb === 'rollback' }
      })
    ]
  }
  const upd: CapsuleUpdate = parseUpdate(raw)
  const key = await keyOf(io, values.key)
  const encryptionKey = await encryptionKeyOf(io, values['encryption-key'])
  const output = values.output ? resolve(io.cwd, values.output) : input
  // Writers of one file take turns: each reads the version the one before it wrote, so every
  // update lands as its own version of one chain. The input is read, checked and updated
  // under the lock, and the output is written once, atomically, after every check passed.
  const { capsule, previous } = await withFileLock(output, () =>
    withInputLock(input, output, async () => {
      const prev = await readCapsuleFile(input)
      return updateCapsuleFile({
        path: output,
        source: input,
        refuseOlder: output !== input,
        update: upd,
        meta: {
          repository: prev.repository,
          workflow: prev.workflow,
          runId: Number(io.env.GITHUB_RUN_ID) || prev.run_id
        },
        signingKey: key,
        encryptionKey,
        sensitiveFields: values['sensitive-fields']
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        requireSignature: !values['allow-unsigned'],
        historyLimit: values['history-limit'] ? Number(values['history-limit']) : undefined
      })
    })
  )
  io.stdout(
    `updated ${output}: version ${previous?.version} → ${capsule.version}, status ${capsule.body.monitoring_state.current_status}\n`
  )
  return 0
}

/** Also holds the input's lock when the output is another file, so the input is read as one version. */
function withInputLock<T>(input: string, output: string, fn: () => Promise<T>): Promise<T> {
  return input === output ? fn() : withFileLock(input, fn)
}

const validate: Command = async (argv, io) => {
  const { values } = parse(argv, {
    input: { type: 'string' },
    'verify-key': { type: 'string' },
    previous: { type: 'string' },
    'encryption-key': { type: 'string' },
    'allow-unsigned': { type: 'boolean' }
  })
  const input = resolve(io.cwd, required(values, 'input'))
  try {
    const capsule = await readCapsuleFile(input)
    const key = await keyOf(io, values['verify-key'])
    const notes: string[] = []
    if (key) {
      const { keyId } = openCapsule(capsule, {
        verifyKeys: [key],
        encryptionKey: await encryptionKeyOf(io, values['encryption-key']),
        requireSignature: !values['allow-unsigned']
      })
      notes.push(capsule.signature ? `signature ok (${capsule.signature.alg}, key ${keyId})` : 'unsigned (allowed)')
    } else if (capsule.signature && !values['allow-unsigned']) {
      throw new HeeError('capsule.key', 'the capsule is signed but no --verify-key was given: signature not checked')
    } else if (!capsule.signature && !values['allow-unsigned']) {
      throw new HeeError('capsule.unsigned', 'the capsule is not signed (pass --allow-unsigned to accept it)')
    } else {
      notes.push('signature not checked')
    }
    if (values.previous) {
      const previous = await readCapsuleFile(resolve(io.cwd, values.previous))
      if (!checkSuccession(previous, capsule).linked) {
        // Newer, but not the direct successor: nothing vouches that the versions between exist.
        throw new HeeError(
          'capsule.chain',
          `the chain is not linked: version ${capsule.version} does not directly follow version ${previous.version} ` +
            `(${capsule.version - previous.version - 1} version(s) between are missing), only the order was checked`,
          { hint: `pass version ${capsule.version - 1} as --previous to check the link` }
        )
      }
      notes.push(`chain ok (version ${capsule.version} follows version ${previous.version})`)
    }
    io.stdout(
      `valid: ${input} version ${capsule.version}, status ${capsule.body.monitoring_state.current_status}; ${notes.join('; ')}\n`
    )
    return 0
  } catch (e) {
    if (!(e instanceof HeeError)) throw e
    io.stderr(`invalid: ${input}: ${describeError(e)} [${e.code}]\n`)
    return 1
  }
}

const report: Command = async (argv, io) => {
  const { values } = parse(argv, {
    input: { type: 'string' },
    output: { type: 'string' },
    'verify-key': { type: 'string' },
    'encryption-key': { type: 'string' }
  })
  let capsule = await readCapsuleFile(resolve(io.cwd, required(values, 'input')))
  const key = await keyOf(io, values['verify-key'])
  if (key) {
    capsule = openCapsule(capsule, {
      verifyKeys: [key],
      encryptionKey: await encryptionKeyOf(io, values['encryption-key']),
      requireSignature: true
    }).capsule
  }
  const md = renderReport(capsule)
  if (values.output) {
    const out = resolve(io.cwd, values.output)
    await writeTextAtomic(out, md, (code) => `cannot write --output ${out}: ${fileProblem({ code }, true)}`).catch(
      (e: unknown) => {
        throw e instanceof HeeError ? new ConfigurationError(e.message, { cause: e }) : e
      }
    )
    io.stdout(`wrote ${out}\n`)
  } else io.stdout(md)
  return 0
}

const keygen: Command = async (argv, io) => {
  const { values } = parse(argv, { private: { type: 'string' }, public: { type: 'string' } })
  const priv = resolve(io.cwd, required(values, 'private'))
  const pub = resolve(io.cwd, required(values, 'public'))
  for (const f of [priv, pub])
    if (existsSync(f)) throw new HeeError('cli.exists', `${f} exists already; refusing to overwrite a key`)
  const pair = generateEd25519()
  await writeOptionFile('private', priv, pair.privatePem, { mode: 0o600, exclusive: true })
  try {
    await writeOptionFile('public', pub, pair.publicPem, { exclusive: true })
  } catch (e) {
    // No half of a pair is left behind.
    await unlink(priv).catch(() => undefined)
    throw e
  }
  io.stdout(`wrote ${priv} (keep secret) and ${pub} (key id ${pair.keyId})\n`)
  return 0
}

const VERBS: Record<string, Command> = { init, update, validate, report, keygen }

/** `hee capsule <verb> …` */
export const capsuleCommand: Command = async (argv, io) => {
  const [verb, ...rest] = argv
  const cmd = verb ? VERBS[verb] : undefined
  if (!cmd) throw new UsageError(verb ? `unknown capsule verb: ${verb}` : 'a capsule verb is required')
  return cmd(rest, io)
}
