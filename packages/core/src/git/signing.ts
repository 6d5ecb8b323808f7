import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Exec } from '../exec/types.js'
import { HeeError } from '../errors.js'

/** What `Git.commit` needs to sign, and how to clean up after it. */
export interface Signing {
  config: string[]
  env: Record<string, string>
  /** `ssh` or `openpgp`. */
  format: 'ssh' | 'openpgp'
  /** Removes the key material written for git (call in a `finally`). */
  dispose(): Promise<void>
}

/**
 * Prepares commit signing from a private key given as text (a secret input): an OpenSSH
 * private key signs with `gpg.format=ssh`, an armored OpenPGP key is imported into a
 * throw-away GNUPGHOME. The key is written with mode 0600 into `tmpRoot` and removed by
 * `dispose`. Keys with a passphrase are refused: nobody is there to type it.
 */
export async function prepareSigning(
  exec: Exec,
  key: string,
  tmpRoot: string,
  baseEnv: Readonly<Record<string, string | undefined>> = process.env
): Promise<Signing> {
  const dir = await mkdtemp(join(tmpRoot, 'hee-sign-'))
  await chmod(dir, 0o700)
  const dispose = async (): Promise<void> => {
    await rm(dir, { recursive: true, force: true })
  }
  try {
    const text = key.replace(/\r\n/g, '\n').trim() + '\n'
    if (/-----BEGIN OPENSSH PRIVATE KEY-----/.test(text)) {
      const file = join(dir, 'signing-key')
      await writeFile(file, text, { mode: 0o600 })
      // ssh-keygen -y fails on an encrypted key when no passphrase can be asked for.
      const probe = await exec('ssh-keygen', ['-y', '-P', '', '-f', file], { progress: {} })
      if (probe.code !== 0)
        throw new HeeError('signing.key', 'the SSH signing key cannot be used (passphrase-protected or malformed)')
      return {
        format: 'ssh',
        config: ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${file}`],
        env: {},
        dispose
      }
    }
    if (/-----BEGIN PGP PRIVATE KEY BLOCK-----/.test(text)) {
      const home = join(dir, 'gnupg')
      const env = { ...baseEnv, GNUPGHOME: home }
      await mkdir(home, { mode: 0o700 })
      const imported = await exec('gpg', ['--batch', '--import'], { env, input: text, progress: {} })
      if (imported.code !== 0) throw new HeeError('signing.key', 'the OpenPGP signing key cannot be imported')
      const listed = await exec('gpg', ['--batch', '--with-colons', '--list-secret-keys'], { env, progress: {} })
      const fpr = /^fpr:+([0-9A-F]{40,64}):/m.exec(listed.stdout)?.[1]
      if (!fpr) throw new HeeError('signing.key', 'the OpenPGP signing key holds no secret key')
      return {
        format: 'openpgp',
        config: ['-c', 'gpg.format=openpgp', '-c', `user.signingkey=${fpr}`],
        env: { GNUPGHOME: home },
        dispose: async () => {
          await exec('gpgconf', ['--kill', 'gpg-agent'], { env, progress: {} })
          await dispose()
        }
      }
    }
    throw new HeeError('signing.key', 'the signing key is neither an OpenSSH nor an armored OpenPGP private key')
  } catch (e) {
    await dispose()
    throw e
  }
}
