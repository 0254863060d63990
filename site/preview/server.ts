import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { asPreviewRequest, previewRequestsOnly } from '../src/cms/scope.ts'
import { siteEnv } from '../src/env.ts'

/**
 * The draft preview server: the preview build (`astro.preview.config.ts`) behind a login
 * check. Every page it renders is read from the CMS as the logged-in editor, with drafts, for
 * that one request; anonymous requests get a 401 and never a draft.
 *
 * The login is Payload's own: the admin's `payload-token` cookie, which the browser sends here
 * because cookies belong to a host, not a port (localhost:3000 → localhost:4322), or, in
 * production, because the preview is mounted under `/preview/` on the CMS host. Clients other
 * than browsers send `Authorization: JWT <token>` (or `Bearer`). The token is checked with the
 * CMS (`/api/users/me`) on every request and passed on with every read.
 */
export const previewBase = '/preview/'

/** Payload's login cookie (`${cookiePrefix}-token`; the CMS keeps the default prefix). */
const loginCookie = 'payload-token'

/**
 * On every response, whatever a route sets (Astro's image endpoint says `public,
 * max-age=31536000`): drafts must not land in a shared cache or a search engine, and a
 * preview's address (draft slugs) must not travel to other sites in a Referer.
 */
export const previewHeaders: Readonly<Record<string, string>> = {
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'SAMEORIGIN',
}
const previewHeaderNames = new Set(Object.keys(previewHeaders).map((name) => name.toLowerCase()))

function enforcePreviewHeaders(response: ServerResponse): void {
  const writeHead = response.writeHead.bind(response) as (status: number, headers: OutgoingHttpHeaders) => ServerResponse
  response.writeHead = ((status: number, reasonOrHeaders?: string | OutgoingHttpHeaders, maybeHeaders?: OutgoingHttpHeaders) => {
    const given = (typeof reasonOrHeaders === 'object' ? reasonOrHeaders : maybeHeaders) ?? {}
    if (Array.isArray(given)) throw new Error('The preview server expects response headers as an object')
    const headers = Object.fromEntries(Object.entries(given).filter(([name]) => !previewHeaderNames.has(name.toLowerCase())))
    if (typeof reasonOrHeaders === 'string') response.statusMessage = reasonOrHeaders
    return writeHead(status, { ...headers, ...previewHeaders })
  }) as ServerResponse['writeHead']
}

export type PreviewServerOptions = {
  /** The preview build: `astro build --config astro.preview.config.ts` (default `site/preview/dist`). */
  distDir: string
}

type AstroHandler = (request: IncomingMessage, response: ServerResponse, next: undefined, locals: App.Locals) => Promise<void>

function tokenOf(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization?.match(/^(?:JWT|Bearer) ([\w.-]+)$/)
  if (header) return header[1]
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === loginCookie && value.length > 0) return decodeURIComponent(value.join('='))
  }
  return undefined
}

/** The user the token belongs to, per the CMS; undefined for a missing, expired or forged one. */
async function editorOf(token: string, cmsUrl: string): Promise<string | undefined> {
  const response = await fetch(new URL('/api/users/me', cmsUrl), { headers: { Accept: 'application/json', Authorization: `JWT ${token}` } })
  if (response.status === 401 || response.status === 403) return undefined
  if (!response.ok) throw new Error(`The CMS answered ${response.status} to GET /api/users/me`)
  const { user } = (await response.json()) as { user?: { id: number | string; email?: string } | null }
  return user ? (user.email ?? String(user.id)) : undefined
}

function refuse(response: ServerResponse, cmsUrl: string): void {
  const login = new URL('/admin/login', cmsUrl).href
  // The admin's languages (German, English): whoever lands here is staff or lost.
  response.writeHead(401, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>Vorschau: bitte anmelden</title></head>
<body><h1>Vorschau nur nach Anmeldung</h1><p>Melden Sie sich im <a href="${login}">CMS</a> an und öffnen Sie die Vorschau dort über den Vorschau-Knopf.</p>
<p lang="en">The preview is for logged-in editors only: <a href="${login}">log in to the CMS</a> and open the preview from there.</p></body></html>`)
}

const assetTypes: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
}

/** A file of the build's own (styles, scripts, fonts), or false when there is none. */
async function sendAsset(clientDir: string, sitePath: string, request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  const target = path.resolve(clientDir, `.${sitePath}`)
  if (!target.startsWith(clientDir + path.sep)) return false
  const info = await stat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined
    throw error
  })
  if (!info?.isFile()) return false
  response.writeHead(200, { 'Content-Type': assetTypes[path.extname(target)] ?? 'application/octet-stream', 'Content-Length': String(info.size) })
  if (request.method === 'HEAD') response.end()
  else createReadStream(target).pipe(response)
  return true
}

/** Reads the CMS at CMS_URL (as the pages do), and checks logins there. */
export async function createPreviewServer({ distDir }: PreviewServerOptions): Promise<Server> {
  const { cmsUrl } = siteEnv()
  const entry = path.join(distDir, 'server', 'entry.mjs')
  const { handler } = (await import(pathToFileURL(entry).href).catch((error: Error) => {
    throw new Error(`The preview is not built (${entry}: ${error.message}); run \`npm run build:preview -w @verband/site\``)
  })) as { handler: AstroHandler }
  const clientDir = await realpath(path.join(distDir, 'client'))
  previewRequestsOnly()

  return createServer(async (request, response) => {
    enforcePreviewHeaders(response)
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end()
        return
      }
      const url = new URL(request.url ?? '/', 'http://preview.invalid')
      if (!url.pathname.startsWith(previewBase)) {
        // The pages link to the website's paths (`/de/…`); on the preview's own host they lead
        // back into the preview.
        response.writeHead(302, { Location: `${previewBase.slice(0, -1)}${url.pathname === '/preview' ? '/' : url.pathname}${url.search}` }).end()
        return
      }
      const sitePath = url.pathname.slice(previewBase.length - 1)
      // The build's styles, scripts and fonts are the website's, with nothing of any draft in
      // them: served without a login check (the browser asks for a dozen per page).
      if (sitePath.startsWith('/_astro/') || sitePath === '/favicon.svg') {
        if (await sendAsset(clientDir, decodeURIComponent(sitePath), request, response)) return
      }
      const token = tokenOf(request)
      const editor = token ? await editorOf(token, cmsUrl) : undefined
      if (!token || !editor) {
        refuse(response, cmsUrl)
        return
      }
      await asPreviewRequest({ token }, () => handler(request, response, undefined, { preview: { editor } }))
    } catch (error) {
      console.error(`Preview of ${request.url} failed:`, error)
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('The preview failed; the reason is in the preview server’s log.')
      else response.destroy()
    }
  })
}
