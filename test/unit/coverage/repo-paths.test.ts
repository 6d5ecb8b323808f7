import { describe, expect, it } from 'vitest'
import { checkoutPrefix, indexRepository, placePath } from '../../../packages/core/src/coverage/index.js'

const FILES = [
  'src/x.ts',
  'src/lib.rs',
  'packages/a/src/y.ts',
  'src/main/java/org/x/A.java',
  'svc/handler.go',
  'go.mod',
  'x.ts'
]

async function index() {
  const i = await indexRepository('/work/repo', FILES)
  // go.mod is not on disk here: the module is what `go.mod` would say.
  i.goModules.push({ module: 'example.com/svc', dir: 'svc' })
  return i
}

describe('placing report paths in the repository', () => {
  it('turns paths under the root, ./ paths and Windows separators into repository paths', async () => {
    const i = await index()
    expect(placePath('/work/repo/src/x.ts', i)).toEqual({ path: 'src/x.ts' })
    expect(placePath('./src/x.ts', i)).toEqual({ path: 'src/x.ts' })
    expect(placePath('src\\x.ts', i)).toEqual({ path: 'src/x.ts' })
    expect(placePath('src/./../src/x.ts', i)).toEqual({ path: 'src/x.ts' })
  })

  it("places another runner's checkout paths (Linux, Windows, container) by the report's common checkout folder", async () => {
    const i = await index()
    const linux = ['/home/runner/work/r/r/src/x.ts', '/home/runner/work/r/r/packages/a/src/y.ts']
    const p = checkoutPrefix(linux, i)
    expect(p).toBe('/home/runner/work/r/r/')
    expect(linux.map((x) => placePath(x, i, {}, p))).toEqual([{ path: 'src/x.ts' }, { path: 'packages/a/src/y.ts' }])
    const win = ['D:\\a\\r\\r\\src\\x.ts']
    expect(placePath(win[0]!, i, {}, checkoutPrefix(win, i))).toEqual({ path: 'src/x.ts' })
    const container = ['/__w/r/r/src/x.ts']
    expect(placePath(container[0]!, i, {}, checkoutPrefix(container, i))).toEqual({ path: 'src/x.ts' })
  })

  it("never takes a toolchain's file for the repository's file of the same name", async () => {
    const i = await index()
    const raws = ['/ci/build/r/src/lib.rs', '/ci/build/r/src/x.ts', '/rustc/0a1b2c/library/core/src/lib.rs']
    const p = checkoutPrefix(raws, i)
    expect(p).toBe('/ci/build/r/')
    expect(placePath(raws[2]!, i, {}, p)).toEqual({
      outside: expect.stringMatching(/^\/rustc\/0a1b2c\/library\/core\/src\/lib.rs is outside the repository/)
    })
  })

  it('places Cobertura names through its <sources>, JaCoCo package paths under a source folder, Go import paths through go.mod', async () => {
    const i = await index()
    expect(placePath('x.ts', i, { sourceRoots: ['/work/repo/src'] })).toEqual({ path: 'src/x.ts' })
    expect(placePath('org/x/A.java', i)).toEqual({ path: 'src/main/java/org/x/A.java' })
    expect(placePath('example.com/svc/handler.go', i, { goImportPath: true })).toEqual({ path: 'svc/handler.go' })
  })

  it("takes a Cobertura name that its source roots put beside the report's checkout folder for a file outside", async () => {
    const i = await index()
    // coverlet on Windows: one root C:\Users\me\ for the checkout C:\Users\me\repos\app\ and the NuGet cache.
    const roots = { sourceRoots: ['C:\\Users\\me\\'] }
    const prefix = checkoutPrefix(['C:\\Users\\me\\repos\\app\\src\\x.ts', 'C:\\Users\\me\\repos\\app\\src\\lib.rs'], i)
    expect(prefix).toBe('C:/Users/me/repos/app/')
    expect(placePath('repos\\app\\src\\x.ts', i, roots, prefix)).toEqual({ path: 'src/x.ts' })
    expect(placePath('.nuget\\packages\\sdk\\Program.cs', i, roots, prefix)).toEqual({
      outside:
        '.nuget\\packages\\sdk\\Program.cs is outside the repository (under C:/Users/me/, not in C:/Users/me/repos/app/)'
    })
    // Generated code the checkout lacks, under the checkout folder, keeps its name.
    expect(placePath('repos\\app\\obj\\Gen.cs', i, roots, prefix)).toEqual({ path: 'obj/Gen.cs' })
  })

  it('reads paths relative to a monorepo package from the report folder upwards', async () => {
    const i = await index()
    expect(placePath('src/y.ts', i, { reportDir: 'packages/a/coverage' })).toEqual({ path: 'packages/a/src/y.ts' })
    // A sibling package's file, named from the package that ran the tests.
    expect(placePath('../a/src/y.ts', i, { reportDir: 'packages/b/coverage' })).toEqual({ path: 'packages/a/src/y.ts' })
    expect(placePath('../../x.ts', i, { reportDir: 'packages/b/coverage' })).toEqual({ path: 'x.ts' })
    expect(placePath('../../../../x.ts', i, { reportDir: 'packages/b/coverage' })).toEqual({
      outside: '../../../../x.ts escapes the repository root'
    })
  })
})
