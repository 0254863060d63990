/**
 * Deploy hook mode, for a website on a static host that builds for itself (Netlify,
 * Cloudflare Pages, an own CI): after a change the CMS POSTs to the host's build hook,
 * retrying with exponential backoff when the host is briefly unavailable.
 */
export type DeployHookResult = { delivered: boolean; attempts: number; status?: number; error?: string }

export async function postDeployHook(
  url: string,
  body: Record<string, unknown>,
  { attempts = 5, firstDelayMs = 1000, maxDelayMs = 30_000, timeoutMs = 10_000 } = {},
): Promise<DeployHookResult> {
  let last: DeployHookResult = { delivered: false, attempts: 0 }
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'User-Agent': 'verband-cms-publish' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      })
      if (response.ok) return { delivered: true, attempts: attempt, status: response.status }
      last = { delivered: false, attempts: attempt, status: response.status, error: `HTTP ${response.status}` }
      // A client error will not get better by asking again.
      if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) return last
    } catch (error) {
      last = { delivered: false, attempts: attempt, error: (error as Error).message }
    }
    if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, Math.min(maxDelayMs, firstDelayMs * 2 ** (attempt - 1))))
  }
  return last
}
