import { createReadStream } from 'node:fs'
import { classifyStream } from '../packages/core/src/monitor/log-classifier.js'
const file = process.argv[2] ?? '.bench/gha-100mb.log'
const runs = Number(process.argv[3] ?? 3)
for (let i = 0; i < runs; i++) {
  const c0 = process.cpuUsage(); const t0 = performance.now()
  const r = await classifyStream(createReadStream(file, { highWaterMark: 1 << 16 }))
  const c = process.cpuUsage(c0); const cpu = (c.user + c.system) / 1e6
  const mb = r.bytes / 1048576
  console.log(`${mb.toFixed(0)} MB cpu ${cpu.toFixed(2)}s -> ${(mb / cpu).toFixed(1)} MB/s (wall ${((performance.now() - t0) / 1000).toFixed(2)}s) rss ${(process.memoryUsage().rss / 1048576).toFixed(0)}MB findings ${r.findings.map((f) => f.rule + '@' + f.line).join(',')} lines ${r.lines}`)
}
