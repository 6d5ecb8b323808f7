import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { invocations, shellWords } from '../../../../packages/core/src/autofix/command.js'

describe('invocations', () => {
  const root = mkdtempSync(join(tmpdir(), 'hee-cmd-'))
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({
      scripts: { lint: 'eslint src lib', test: 'vitest run', check: 'npm run lint && prettier --check .' }
    })
  )

  it('follows npm scripts and passes arguments after --', () => {
    expect(invocations('npm run lint', root).map((i) => [i.tool, ...i.args])).toEqual([['eslint', 'src', 'lib']])
    expect(invocations('npm test -- --ci', root).map((i) => [i.tool, ...i.args])).toEqual([['vitest', 'run', '--ci']])
    expect(invocations('npm run check', root).map((i) => i.tool)).toEqual(['eslint', 'prettier'])
  })

  it('takes off npx, environment assignments and python -m', () => {
    expect(invocations('CI=1 npx --no-install eslint . --max-warnings 0', root)[0]).toMatchObject({
      tool: 'eslint',
      args: ['.', '--max-warnings', '0']
    })
    expect(invocations('python3 -m black --check .', root)[0]).toMatchObject({ tool: 'black', args: ['--check', '.'] })
    expect(invocations('cargo clippy --all-targets -- -D warnings', root)[0]).toMatchObject({
      tool: 'cargo',
      args: ['clippy', '--all-targets', '--', '-D', 'warnings']
    })
  })

  it('reads no tool from what it cannot split safely', () => {
    expect(shellWords('echo $(rm -rf /)')).toBeUndefined()
    expect(invocations('eslint "$DIR"', root)).toEqual([])
  })
})
