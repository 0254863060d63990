import { siteEnv } from '../env.ts'
import { BuildCache, previewReader, type PreviewReader } from './scope.ts'

/**
 * The one door from the website to the CMS: GET requests to its REST API, each made once
 * per build (pages share the answers). Any failure stops the build with the URL and reason,
 * so a broken CMS never produces a half-empty site.
 *
 * In the draft preview (see scope.ts) the same reads ask for the latest drafts, as the
 * logged-in editor, once per preview request.
 */
const responses = new BuildCache<string, Promise<unknown>>()

export class CmsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CmsError'
  }
}

/** The editor's login as a header, not as the cookie: Payload takes cookies only from browsers (CSRF). */
function authorization(reader: PreviewReader | undefined): Record<string, string> {
  return reader ? { Authorization: `JWT ${reader.token}` } : {}
}

async function request(url: string, reader: PreviewReader | undefined): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(url, { headers: { Accept: 'application/json', ...authorization(reader) } })
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
  const reader = previewReader()
  if (reader) url.searchParams.set('draft', 'true')
  const key = url.toString()
  let pending = responses.get(key)
  if (!pending) {
    pending = request(key, reader)
    responses.set(key, pending)
  }
  return pending as Promise<T>
}

const files = new BuildCache<string, Promise<Uint8Array>>()

/**
 * A file the CMS stores (a media original, for downloads and ZIPs), fetched once per build.
 * Only from the CMS itself: a media URL pointing elsewhere is an error, not a download.
 */
export function cmsFile(url: string): Promise<Uint8Array> {
  const absolute = new URL(url, siteEnv().cmsUrl)
  if (absolute.origin !== new URL(siteEnv().cmsUrl).origin) {
    return Promise.reject(new CmsError(`Refusing to fetch ${absolute} for the website: media must come from the CMS at ${siteEnv().cmsUrl}`))
  }
  let pending = files.get(absolute.href)
  if (!pending) {
    pending = fetch(absolute, { headers: authorization(previewReader()) })
      .catch((error: Error) => {
        throw new CmsError(`Cannot fetch ${absolute} from the CMS (${error.message})`)
      })
      .then(async (response) => {
        if (!response.ok) throw new CmsError(`The CMS answered ${response.status} to GET ${absolute}`)
        return new Uint8Array(await response.arrayBuffer())
      })
    files.set(absolute.href, pending)
  }
  return pending
}
