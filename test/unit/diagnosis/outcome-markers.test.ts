import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { OUTCOME_MARKERS, outcomeOf } from '../../../packages/core/src/diagnosis/outcome-markers.js'

describe('outcomeOf', () => {
  it('reads the markers a runner or build tool prints', () => {
    expect(outcomeOf({ text: 'Finished: SUCCESS' })).toBe('job-success')
    expect(outcomeOf({ text: 'Finished: FAILURE' })).toBe('job-failure')
    expect(outcomeOf({ text: 'test result: ok. 3 passed; 0 failed' })).toBe('step-success')
    expect(outcomeOf({ text: '[ERROR] BUILD FAILURE' })).toBe('step-failing')
    expect(outcomeOf({ text: '[INFO] core ....................... FAILURE [  2.035 s]' })).toBe('step-failing')
    expect(outcomeOf({ text: '[INFO] pinot-hadoop .............. FAILURE [02:09 min]' })).toBe('step-failing')
    expect(outcomeOf({ text: '[INFO] core ....................... SUCCESS [  2.035 s]' })).toBeUndefined()
    expect(outcomeOf({ text: 'go: no such tool "covdata"' })).toBe('step-failing')
    expect(outcomeOf({ text: 'go: downloading golang.org/x/sync v0.7.0' })).toBeUndefined()
    expect(outcomeOf({ text: 'make: *** [all] Error 2' })).toBe('step-failure')
    expect(outcomeOf({ text: 'Process completed with exit code 1.', command: 'error' })).toBe('step-failure')
    expect(outcomeOf({ text: 'script returned exit code 1' })).toBe('step-failure')
    expect(outcomeOf({ text: 'hudson.AbortException: script returned exit code 2' })).toBe('step-failure')
    expect(outcomeOf({ text: 'Command exited with code 1' })).toBe('step-failure')
    expect(outcomeOf({ text: 'Command exited with code 0' })).toBeUndefined()
    expect(outcomeOf({ text: 'compiling foo' })).toBeUndefined()
    expect(outcomeOf({ text: "Current runner version: '2.329.0'" })).toBe('job-frame')
    expect(outcomeOf({ text: 'Cleaning up orphan processes' })).toBe('job-frame')
    expect(outcomeOf({ text: '~~~ Preparing working directory' })).toBe('agent-frame')
    expect(outcomeOf({ text: 'npm info ok' })).toBe('step-success')
    expect(outcomeOf({ text: 'ok  \texample.com/csvlite\t0.012s' })).toBe('step-success')
    expect(outcomeOf({ text: 'OK, but incomplete, skipped, or risky tests!' })).toBe('step-success')
    expect(outcomeOf({ text: 'All tests successful.' })).toBe('step-success')
    expect(outcomeOf({ text: 'Successfully built 1f0c822b2af9' })).toBe('step-success')
    expect(outcomeOf({ text: 'Successfully built jsondiff wrapt PyYAML' })).toBeUndefined()
    expect(outcomeOf({ text: 'Result: FAIL' })).toBeUndefined()
    expect(outcomeOf({ text: 'npm verbose exit 1' })).toBeUndefined()
    expect(outcomeOf({ text: 'Starting: Initialize job', command: 'section' })).toBe('agent-frame')
    expect(outcomeOf({ text: 'Starting: Run tests', command: 'section' })).toBeUndefined()
    expect(outcomeOf({ text: 'Starting: Initialize job' })).toBeUndefined()
  })

  it('gives what the first matching marker says, whichever markers its first character lets it skip', () => {
    const pieces = [
      'Finished: SUCCESS',
      'Finished: FAILURE',
      'Done. Your build exited with 0.',
      'Done. Your build exited with 2.',
      'Job succeeded',
      'ERROR: Job failed',
      'The command "npm test" exited with 1.',
      'The command "x" exited with 0.',
      '[INFO] BUILD SUCCESS',
      '[ERROR] BUILD FAILURE',
      'BUILD SUCCESSFUL in 3s',
      'BUILD FAILED',
      'test result: ok.',
      'test result: FAILED.',
      '===== 3 passed in 1.2s =====',
      '==== 1 failed, 2 passed in 0.5s ====',
      'Tests:       1 failed, 2 total',
      'Tests:       2 passed, 2 total',
      'OK',
      'OK (3 tests)',
      'Passed!  - Failed:     0,',
      'FAIL\tgithub.com/a/b\t0.01s',
      'make[1]: *** [x] Error 1',
      'npm ERR! code ELIFECYCLE',
      'error Command failed with exit code 1.',
      'Exited with code exit status 1',
      '\ud83d\udea8 Error: The command exited with status 1',
      'ERROR: script returned exit code 2',
      'hudson.AbortException: script returned exit code 1',
      'Command exited with code 1',
      '~~~ Preparing working directory',
      'npm info ok',
      'npm verbose exit 0',
      ' ',
      'x',
      'e',
      't',
      'n'
    ]
    const line = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 3 }).map((a) => a.join(''))
    fc.assert(
      fc.property(line, (text) => {
        expect(outcomeOf({ text })).toBe(OUTCOME_MARKERS.find((m) => m.regex.test(text))?.outcome)
      }),
      { numRuns: 2000 }
    )
  })
})
