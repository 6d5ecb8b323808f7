import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { inputEnv, makeRuntimeToken, readOutputs, runAction, runnerEnv } from '../../support/runner-env.js'

const base = {
  origin: 'http://127.0.0.1:1',
  runId: 42,
  repository: 'hee/demo',
  runBackendId: 'run-b',
  jobBackendId: 'job-b'
}

afterEach(() => {
  delete process.env['GITHUB_LEAK_CHECK']
})

test('the runtime token carries the Actions.Results scope in its scp claim', () => {
  const payload = JSON.parse(Buffer.from(makeRuntimeToken(base).split('.')[1]!, 'base64url').toString('utf8'))
  expect(payload.scp.split(' ')).toContain('Actions.Results:run-b:job-b')
})

test('input env names are upper-cased and keep their hyphens', () => {
  expect(inputEnv({ 'capsule-path': 'a', 'github token': 'b' })).toEqual({
    'INPUT_CAPSULE-PATH': 'a',
    INPUT_GITHUB_TOKEN: 'b'
  })
})

test('readOutputs parses plain lines and heredoc blocks, later values winning', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'hee-out-')), 'out')
  writeFileSync(file, 'a=1\nb=x=y\nmulti<<EOF_1\nline 1\nline 2\nEOF_1\na=2\n')
  expect(readOutputs(file)).toEqual({ a: '2', b: 'x=y', multi: 'line 1\nline 2' })
  writeFileSync(file, 'broken<<END\nno end\n')
  expect(() => readOutputs(file)).toThrow(/unterminated heredoc/)
})

test('runAction gives the child exactly the runner env and collects outputs and summary', async () => {
  process.env['GITHUB_LEAK_CHECK'] = 'leaked'
  const workspace = mkdtempSync(join(tmpdir(), 'hee-ws-'))
  const env = runnerEnv({ ...base, workspace, inputs: { 'capsule-path': 'cap.json' } })
  expect(env['GITHUB_SERVER_URL']).toBe('https://github.com')
  expect(JSON.parse(readFileSync(env['GITHUB_EVENT_PATH']!, 'utf8'))).toEqual({
    repository: { full_name: base.repository, default_branch: 'main' }
  })
  const entry = join(workspace, 'entry.mjs')
  writeFileSync(
    entry,
    [
      "import { appendFileSync } from 'node:fs'",
      "appendFileSync(process.env.GITHUB_OUTPUT, `input=${process.env['INPUT_CAPSULE-PATH']}\\n`)",
      "appendFileSync(process.env.GITHUB_OUTPUT, `leak<<D\\n${process.env.GITHUB_LEAK_CHECK ?? 'none'}\\nD\\n`)",
      "appendFileSync(process.env.GITHUB_STEP_SUMMARY, '# done\\n')",
      "console.log('cwd=' + process.cwd())",
      'process.exitCode = 3'
    ].join('\n')
  )
  const res = await runAction(entry, env)
  expect(res).toMatchObject({ code: 3, outputs: { input: 'cap.json', leak: 'none' }, summary: '# done\n' })
  expect(res.stdout).toContain(`cwd=${workspace}`)
})
