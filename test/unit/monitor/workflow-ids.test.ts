import { describe, expect, it } from 'vitest'
import type { WorkflowInfo } from '../../../packages/core/src/github/runs.js'
import { workflowIds } from '../../../packages/core/src/monitor/engine.js'

const WORKFLOWS: WorkflowInfo[] = [
  { id: 11, name: 'CI', path: '.github/workflows/ci.yml' },
  { id: 12, name: 'Release', path: '.github/workflows/release.yaml' },
  { id: 13, name: 'CI', path: '.github/workflows/ci-nightly.yml' }
]

/** A reader answering the workflow list, counting how often it was asked. */
function reader() {
  const r = {
    asked: 0,
    listWorkflows: () => {
      r.asked++
      return Promise.resolve(WORKFLOWS)
    }
  }
  return r
}

describe('the watched workflows as the runs list takes them', () => {
  it('an id or a file name is used as given, without asking for the workflow list', async () => {
    const r = reader()
    expect(await workflowIds(['ci.yml', '.github/workflows/release.yaml', '42'], r)).toEqual([
      'ci.yml',
      'release.yaml',
      42
    ])
    expect(r.asked).toBe(0)
  })

  it('a name becomes the ids of every workflow of that name, in one request', async () => {
    const r = reader()
    expect(await workflowIds(['CI', 'Release', 'ci.yml'], r)).toEqual([11, 13, 12, 'ci.yml'])
    expect(r.asked).toBe(1)
  })

  it('an unknown name is a configuration error that lists the workflows there are', async () => {
    await expect(workflowIds(['Build'], reader())).rejects.toThrow(
      'no workflow named "Build" in this repository (it has: CI (ci.yml), Release (release.yaml), CI (ci-nightly.yml))'
    )
  })
})
