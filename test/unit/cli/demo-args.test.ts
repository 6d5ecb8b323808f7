import { expect, test } from 'vitest'
import { demoArgs } from '../../../packages/cli/src/commands/demo.js'

test('hee demo --keep: a relative folder is taken from where hee runs, an absolute one as given', () => {
  expect(demoArgs('/src/hee-ci', '/home/me/work', 'kept')).toEqual([
    '--import',
    'tsx',
    '/src/hee-ci/scripts/demo.ts',
    '--keep',
    '/home/me/work/kept'
  ])
  expect(demoArgs('/src/hee-ci', '/home/me/work', '/tmp/kept').slice(-2)).toEqual(['--keep', '/tmp/kept'])
  expect(demoArgs('/src/hee-ci', '/home/me/work', undefined)).not.toContain('--keep')
})
