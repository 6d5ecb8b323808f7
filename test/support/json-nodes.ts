/** An oracle for the stream reader's node count, on a text the test holds whole. */

/**
 * Objects and arrays in JSON `text` (brackets outside strings), counting stops past `limit`: the
 * count the stream reader keeps against MAX_REPORT_NODES.
 */
export function countJsonNodes(text: string, limit = Infinity): number {
  let nodes = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if ((c === 0x7b || c === 0x5b) && ++nodes > limit) return nodes
  }
  return nodes
}
