import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..', '..')
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')

/** The fenced block right after each `<!-- quick-start: FILE … -->` marker, by FILE. */
function quickStartBlocks(markdown: string): Map<string, string> {
  const blocks = new Map<string, string>()
  const marker = /<!-- quick-start: (\S+)[^>]*-->\s*\n```ya?ml\n([\s\S]*?)^```$/gm
  for (const m of markdown.matchAll(marker)) blocks.set(m[1]!, m[2]!)
  return blocks
}

test('the README quick start is the tested example file, verbatim', () => {
  const blocks = quickStartBlocks(read('README.md'))
  expect([...blocks.keys()]).toEqual(['docs/examples/hee-ci.yml'])
  for (const [file, block] of blocks) expect(block, `README quick start vs ${file}`).toBe(read(file))
})

test('the marker finds a block that differs by one character', () => {
  const example = read('docs/examples/hee-ci.yml')
  const doc = `<!-- quick-start: docs/examples/hee-ci.yml -->\n\n\`\`\`yaml\n${example.replace('CI', 'C1')}\`\`\`\n`
  const block = quickStartBlocks(doc).get('docs/examples/hee-ci.yml')
  expect(block).toBeDefined()
  expect(block).not.toBe(example)
})
