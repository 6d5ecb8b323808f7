import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../../packages/core/src/diagnosis/log-classifier.js'
import {
  causeProbability,
  classProbabilities,
  decodeModel,
  encodeModel,
  indexModel,
  lineFeatures,
  lineModel,
  setLineModel,
  windowFeatures
} from '../../../packages/core/src/diagnosis/line-model.js'
import { trainLineModel, type LabelledLog } from '../../../scripts/line-model-train.js'
import { weightsSource } from '../../../scripts/train-line-model.js'

// Rows of a reStructuredText checker (docutils' report format) the catalogue has no rule for:
// no failure marker, and a level in parentheses no cue reads.
const RST_ROWS = [
  'docs/index.rst:12: (ERROR/3) Unknown target name: "foo".',
  'docs/api.rst:7: (ERROR/3) Unknown interpreted text role "pyfunc".'
]

describe('line model', () => {
  it('ships the weights the corpus trains to', () => {
    const file = readFileSync(
      new URL('../../../packages/core/src/diagnosis/line-model-weights.ts', import.meta.url),
      'utf8'
    )
    expect(file === weightsSource(), 'run node --import tsx scripts/train-line-model.ts').toBe(true)
  })

  it('reads words, camelCase parts and shapes, never a whole line', () => {
    const f = lineFeatures('src/app.ts:12:5: AssertionError: expected 3 [no-semi]')
    expect(f).toEqual(
      expect.arrayContaining([
        's:path-line-col',
        's:rule-brackets',
        'w:assertion',
        'w:error',
        'f:src',
        'b:assertion error'
      ])
    )
    expect(f.some((x) => x.includes('src/app.ts:12:5'))).toBe(false)
    expect(lineFeatures('3 problems (3 errors, 0 warnings)')).toContain('s:count')
    expect(lineFeatures('0 errors')).toContain('s:zero-count')
    expect(lineFeatures('')).toContain('s:no-words')
  })

  it('gives the neighbours of a line their words only, apart from its own', () => {
    const f = windowFeatures(['$ npm run lint', 'src/a.js:1:1 bad', 'done'], 1)
    expect(f).toEqual(expect.arrayContaining(['w:bad', 'nw:npm', 'nw:lint', 'nw:done']))
    expect(f).not.toContain('w:npm')
  })

  it('reads no exit-code echo after a line as its neighbour, in training as in use', () => {
    const lines = ['$ ruff check .', 'a.py:1:1: E501 line too long', 'Process completed with exit code 1.', 'done']
    const f = windowFeatures(lines, 1)
    expect(f).toEqual(expect.arrayContaining(['nw:ruff', 'nw:check']))
    expect(f).not.toContain('nw:process')
    expect(f).not.toContain('nw:completed')
    // The echo ends the window's lines after it no sooner: `done` is two lines on, inside it.
    expect(f).toContain('nw:done')
    // Before the line, the same words are a neighbour's like any other.
    expect(windowFeatures(['Process completed with exit code 1.', 'a.py:1:1: E501 line too long'], 1)).toContain(
      'nw:process'
    )
  })

  it('round-trips its stored form to hundredths', () => {
    const m = {
      features: ['w:a', 'w:b'],
      causeBias: -1.234,
      cause: [0.5, -0.25],
      classes: ['PAT-001', 'PAT-002'],
      classBias: [0.1, -0.1],
      classWeights: [1, -1, 0.333, 0]
    }
    const back = decodeModel(encodeModel(m))
    // Looked up by name whether the features are sorted (as the trainer writes them) or not.
    const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z))
    expect(causeProbability(indexModel(back), ['w:b'])).toBeCloseTo(sigmoid(-1.23 - 0.25), 2)
    const reversed = { ...back, features: ['w:b', 'w:a'] }
    expect(causeProbability(indexModel(reversed), ['w:b'])).toBeCloseTo(sigmoid(-1.23 + 0.5), 2)
    expect(back.causeBias).toBeCloseTo(-1.23, 5)
    expect(back.classWeights[2]).toBeCloseTo(0.33, 5)
    expect(back.features).toEqual(m.features)
  })

  it('learns from labelled logs: cause lines over noise, and the class of their words', () => {
    const logs: LabelledLog[] = []
    for (let i = 0; i < 30; i++) {
      logs.push({
        file: `lint-${i}.log`,
        pattern: 'PAT-007',
        causes: [3],
        lines: ['Downloading index', 'Resolving deltas', `src/m${i}.py:${i + 1}:1: E501 line too long`, 'done']
      })
      logs.push({
        file: `dep-${i}.log`,
        pattern: 'PAT-006',
        causes: [2],
        lines: ['Downloading index', `Could not resolve dependency pkg${i}@^${i}.0.0`, 'done']
      })
      logs.push({
        file: `ok-${i}.log`,
        pattern: null,
        causes: [],
        lines: ['Downloading index', 'Resolving deltas', 'done']
      })
    }
    const m = indexModel(trainLineModel(logs, { epochs: 5, prune: 0 }))
    const cause = causeProbability(m, lineFeatures('src/other.py:7:1: E501 line too long'))
    const noise = causeProbability(m, lineFeatures('Resolving deltas'))
    expect(cause).toBeGreaterThan(0.5)
    expect(noise).toBeLessThan(0.5)
    const lint = classProbabilities(m, windowFeatures(['src/x.py:1:1: E501 line too long'], 0))
    const deps = classProbabilities(m, windowFeatures(['Could not resolve dependency left-pad@^9.0.0'], 0))
    expect(lint.get('PAT-007')!).toBeGreaterThan(lint.get('PAT-006')!)
    expect(deps.get('PAT-006')!).toBeGreaterThan(deps.get('PAT-007')!)
    expect([...lint.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9)
  })

  it('the shipped model puts a linter row above a progress line', () => {
    const m = lineModel()
    expect(causeProbability(m, lineFeatures(RST_ROWS[1]!))).toBeGreaterThan(
      causeProbability(m, lineFeatures('Downloading https://registry.npmjs.org/left-pad (3 kB)'))
    )
  })
})

/**
 * A model trained here to read docutils' rows as lint and a C compiler's as build: the shipped
 * weights' reading of these two rows sits near an even split between lint and build, which any
 * retrain on a larger corpus may tip.
 */
function docutilsModel(): ReturnType<typeof trainLineModel> {
  const logs: LabelledLog[] = []
  for (let i = 0; i < 30; i++) {
    logs.push({
      file: `rst-${i}.log`,
      pattern: 'PAT-007',
      causes: [2],
      lines: ['Checking docs', `docs/p${i}.rst:${i + 3}: (ERROR/3) Unknown target name: "t${i}".`, 'done']
    })
    logs.push({
      file: `cc-${i}.log`,
      pattern: 'PAT-001',
      causes: [2],
      lines: ['Compiling', `src/m${i}.c:${i + 3}:5: error: unknown type name 'foo${i}'`, 'done']
    })
  }
  return trainLineModel(logs, { epochs: 5, prune: 0 })
}

describe('line model in the classifier', () => {
  it('reports an unmarked excerpt no rule reads, at low confidence, from the model', () => {
    setLineModel(docutilsModel())
    try {
      const [f, ...rest] = classifyText(RST_ROWS.join('\n') + '\n').findings
      expect(rest).toEqual([])
      expect(f).toMatchObject({ pattern: 'PAT-007', confidence: 'low', rule: 'PAT-007/line-model' })
      expect([1, 2]).toContain(f!.line)
      expect(f!.excerpt).toContain('docs/index.rst')
    } finally {
      setLineModel(undefined)
    }
  })

  it('says nothing with an empty model (how bench/line-model-cv.ts reads without it)', () => {
    // The rows a model that reads them reports, and the shipped model back after: whether the
    // shipped weights read these rows at all is the corpus's to tip.
    const shipped = lineModel().model
    setLineModel(docutilsModel())
    try {
      expect(classifyText(RST_ROWS.join('\n') + '\n').findings).toHaveLength(1)
      setLineModel({ features: [], causeBias: -10, cause: [], classes: [], classBias: [], classWeights: [] })
      expect(classifyText(RST_ROWS.join('\n') + '\n').findings).toEqual([])
    } finally {
      setLineModel(undefined)
    }
    expect(lineModel().model).toEqual(shipped)
  })

  it('stays silent when a step of the excerpt passed after the same rows', () => {
    const text = RST_ROWS.join('\n') + '\ntest result: ok. 3 passed; 0 failed; 0 ignored\n'
    expect(classifyText(text).findings).toEqual([])
  })

  it('stays silent on an unmarked excerpt of plain progress lines', () => {
    const text = 'Cloning into repo...\nResolving deltas: 100% (12/12), done.\nDownloading index\n'
    expect(classifyText(text).findings).toEqual([])
  })

  it('decides the class of a failed step nothing else explains from the failing lines, not a default', () => {
    const text = [
      '##[group]Run rstcheck docs',
      'rstcheck docs',
      '##[endgroup]',
      ...RST_ROWS,
      '##[error]Process completed with exit code 1.'
    ].join('\n')
    setLineModel(docutilsModel())
    try {
      const [f] = classifyText(text).findings
      expect(f).toMatchObject({ pattern: 'PAT-007', confidence: 'low' })
      expect([4, 5]).toContain(f!.line)
    } finally {
      setLineModel(undefined)
    }
  })
})
