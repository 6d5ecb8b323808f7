/**
 * Why a test file cannot count as a test, or undefined when it can: a file that asserts nothing
 * (or whose only content is a TODO) would pass for ever and prove nothing, so it is never kept
 * and never counted as coverage.
 */
export function assertionProblem(content: string): string | undefined {
  const code = content
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/^\s*#.*$/gm, '')
  if (!/\b(test|it|describe)(\.\w+)?\s*\(/.test(code) && !/\bdef test_|\bfunc Test|#\[test\]/.test(code))
    return 'defines no test'
  const asserts =
    /\bassert(\.[A-Za-z]+)?\s*\(|\bexpect\s*\(|\bt\.(assert|is|deepEqual|equal|throws|ok)\b|\bfc\.assert\s*\(|\bshould\.|\bassert_(eq|ne)!|\bself\.assert[A-Z]/
  if (!asserts.test(code))
    return /\bTODO\b|\btodo\s*\(/i.test(content) ? 'only a TODO, no assertion' : 'asserts nothing'
  if (/\b(test|it)\.(todo|skip)\s*\(/.test(code) || /\{\s*(skip|todo)\s*:\s*true/.test(code))
    return 'skipped or todo tests'
  return undefined
}
