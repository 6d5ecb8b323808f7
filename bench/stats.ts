export interface Figure {
  name: string
  value: number
  unit: string
  note?: string
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n## ${title}`)
  for (const f of figures) {
    const v = f.value >= 100 ? f.value.toFixed(0) : f.value >= 10 ? f.value.toFixed(1) : f.value.toFixed(2)
    console.log(`${f.name.padEnd(64)} ${v.padStart(9)} ${f.unit}${f.note ? `  (${f.note})` : ''}`)
  }
}
