/**
 * Lists read page by page with a cap: Octokit's paginate iterator follows `Link: rel="next"`
 * for as long as the server offers one, so a list that never ends (a broken proxy, a hostile
 * stand-in) would be read forever. Here it stops after `maxPages`, and when a next page was
 * still offered the caller hears of it as a cap reached.
 */

/** One page as Octokit's paginate iterator yields it. */
export interface Page<T> {
  data: T
  headers: { link?: string }
}

export interface PageCap {
  /** Most pages read. */
  maxPages: number
  /** The list in words for the note, e.g. `the jobs of run 42`. */
  what: string
  /** Told once, with a `limit reached: …` note, when pages were left unread. */
  onLimit?: (note: string) => void
}

/**
 * The cap of one list read with `client`: its `maxPages` (the `max-pages` input, unless
 * `maxPages` is given), and a cap reached told to `onLimit` or, when the caller has nowhere
 * to report it, to the client's warning log — never silent.
 */
export function listCap(
  client: { limits: { maxPages: number }; log: { warn(message: string): void } },
  what: string,
  options: { onLimit?: ((note: string) => void) | undefined; maxPages?: number | undefined } = {}
): PageCap {
  return {
    maxPages: Math.max(1, options.maxPages ?? client.limits.maxPages),
    what,
    onLimit: options.onLimit ?? ((note) => client.log.warn(note))
  }
}

/**
 * Hands each page's data to `each` until it returns false, the list ends or `maxPages` pages
 * were read (then, if the server still offered a next page, `onLimit` is told).
 */
export async function eachPage<T>(
  pages: AsyncIterable<Page<T>>,
  cap: PageCap,
  each: (data: T) => boolean | void
): Promise<void> {
  let read = 0
  for await (const page of pages) {
    if (each(page.data) === false) return
    if (++read >= cap.maxPages) {
      if (/rel="next"/.test(page.headers.link ?? ''))
        cap.onLimit?.(
          `limit reached: ${cap.what}: only the first ${read} page(s) were read (max-pages ${cap.maxPages}); the rest was left out`
        )
      return
    }
  }
}
