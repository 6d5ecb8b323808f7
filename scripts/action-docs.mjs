#!/usr/bin/env node
// Prints the inputs and outputs tables of an action.yml as Markdown, for its README:
//   node scripts/action-docs.mjs actions/monitor
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

const dir = process.argv[2]
const meta = parse(readFileSync(join(dir, 'action.yml'), 'utf8'))
const esc = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ')
console.log('| input | default | description |\n|---|---|---|')
for (const [k, v] of Object.entries(meta.inputs ?? {}))
  console.log(`| \`${k}\` | ${v.default ? `\`${esc(v.default)}\`` : ''} | ${esc(v.description)} |`)
console.log('\n| output | description |\n|---|---|')
for (const [k, v] of Object.entries(meta.outputs ?? {})) console.log(`| \`${k}\` | ${esc(v.description)} |`)
