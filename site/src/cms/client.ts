import { siteEnv } from '../env.ts'

/**
 * The one door from the website to the CMS: GET requests to its REST API, each made once
 * per build (pages share the answers). Any failure stops the build with the URL and reason,
 * so a broken CMS never produces a half-empty site.
 */
const responses = new Map<string, Promise<unknown>>()

export class CmsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CmsError'
  }
}

async function request(url: string): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } })
  } catch (error) {
    throw new CmsError(`Cannot reach the CMS at ${url} (${(error as Error).cause ?? (error as Error).message}). Is it running? CMS_URL says where.`)
  }
  if (!response.ok) {
    throw new CmsError(`The CMS answered ${response.status} to GET ${url}: ${(await response.text()).slice(0, 500)}`)
  }
  return response.json()
}

export function cmsGet<T>(path: string, query: Record<string, string | number> = {}): Promise<T> {
  const url = new URL(`/api/${path}`, siteEnv().cmsUrl)
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value))
  const key = url.toString()
  let pending = responses.get(key)
  if (!pending) {
    pending = request(key)
    responses.set(key, pending)
  }
  return pending as Promise<T>
}
