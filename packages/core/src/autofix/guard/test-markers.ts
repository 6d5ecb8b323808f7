/**
 * What a test and an assertion look like in the languages the fixers touch. A fix may move and
 * reformat them but never leaves fewer of either in a file.
 */
export const TEST_DECLARATION: readonly RegExp[] = [
  /(?:^|[^\w.$])(?:it|test|describe|suite|specify|context|bench)(?:\.(?:each|concurrent|sequential|for)\b[^(]*)?\s*\(/g,
  /#\[\s*(?:\w+::)*test\b/g,
  /(?:^|\s)(?:async\s+)?def\s+test\w*\s*\(/g,
  /\bfunc\s+(?:Test|Benchmark|Fuzz)\w*\s*\(/g
]

export const ASSERTION: readonly RegExp[] = [
  /(?:^|[^\w])(?:debug_)?assert(?:_eq|_ne|_matches)?!\s*[([{]/g,
  /(?:^|[^\w.$])expect\s*\(/g,
  /(?:^|[^\w.$])expect\.(?:assertions|hasAssertions)\s*\(/g,
  /(?:^|[^\w.$])assert(?:\.\w+)*\s*\(/g,
  /(?:^|\s)assert\s+[^\s(=]/g,
  /\bself\.assert\w*\s*\(/g,
  /\bpytest\.raises\s*\(/g,
  /\bt\.(?:Error|Errorf|Fatal|Fatalf|Fail|FailNow)\s*\(/g,
  /\.should\b/g
]

/** How many times the patterns occur in a line. */
export function countMatches(patterns: readonly RegExp[], text: string): number {
  let n = 0
  for (const p of patterns) {
    p.lastIndex = 0
    while (p.exec(text) !== null) n++
  }
  return n
}
