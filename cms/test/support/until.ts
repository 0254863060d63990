/**
 * Waits until `check` gives something truthy (polling every 250 ms) and returns it; past the
 * deadline, fails naming what it waited for, with `context()` (server output, job rows) to
 * show why.
 */
export async function until<T>(
  what: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  { seconds = 90, context }: { seconds?: number; context?: () => string | Promise<string> } = {},
): Promise<T> {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    const result = await check()
    if (result) return result
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`timed out after ${seconds} s waiting for: ${what}${context ? `\n${await context()}` : ''}`)
}
