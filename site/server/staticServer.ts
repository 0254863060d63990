import { createReadStream, type Stats } from 'node:fs'
import { readFile, realpath, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

import { headersFiles, headersFolder } from '../build/securityHeaders.ts'

/**
 * A small static file server for the built site: `npm start` and the tests use it; production
 * puts the same folder behind nginx, Caddy or a CDN. The root is resolved per request, so a
 * new build that replaces the folder (or its symlink) is served without a restart.
 */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
}

async function fileAt(filePath: string): Promise<Stats | undefined> {
  try {
    const info = await stat(filePath)
    return info.isFile() ? info : undefined
  } catch {
    return undefined // no such file: the caller answers 404
  }
}

/** The build writes `.br` and `.gz` beside text files (build/precompress.ts): send one if the client takes it. */
async function precompressedVariant(filePath: string, acceptEncoding: string) {
  for (const [name, suffix] of [['br', '.br'], ['gzip', '.gz']] as const) {
    if (!acceptEncoding.includes(name)) continue
    const info = await fileAt(filePath + suffix)
    if (info) return { name, file: filePath + suffix, info }
  }
  return undefined
}

/** For a folder built before the build wrote its security headers. */
const fallbackHeaders: Record<string, string> = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' }
const headersCache = new Map<string, { mtimeMs: number; headers: Record<string, string> }>()

/**
 * The security headers the build generated for itself (build/securityHeaders.ts), the same
 * that the Caddy and nginx snippets in the build send: the browser tests run under the real
 * policy. Read once per build folder (and again if a build was remade in place).
 */
async function securityHeadersOf(base: string): Promise<Record<string, string>> {
  const file = path.join(base, headersFolder, headersFiles.json)
  const info = await fileAt(file)
  if (!info) return fallbackHeaders
  const cached = headersCache.get(file)
  if (cached?.mtimeMs === info.mtimeMs) return cached.headers
  const headers = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>
  headersCache.set(file, { mtimeMs: info.mtimeMs, headers })
  return headers
}

/**
 * The one byte range a `Range: bytes=…` header asks for, as browsers ask for video (to start
 * playing, to seek); undefined for a whole-file request, 'unsatisfiable' for a range outside
 * the file. Several ranges in one header are answered with the whole file, as the HTTP
 * specification allows.
 */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '')
  if (!match || (match[1] === '' && match[2] === '')) return undefined
  const [from, to] = [match[1]!, match[2]!]
  // `bytes=-500`: the last 500 bytes.
  const start = from === '' ? Math.max(0, size - Number(to)) : Number(from)
  const end = from === '' || to === '' ? size - 1 : Math.min(Number(to), size - 1)
  if (start >= size || start > end) return 'unsatisfiable'
  return { start, end }
}

export type StaticServerOptions = { root: () => string }

export function createStaticServer({ root }: StaticServerOptions): Server {
  return createServer(async (request, response) => {
    try {
      let base: string
      try {
        base = await realpath(root())
      } catch {
        // No build is live yet (the first build of a fresh installation is running).
        response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' }).end('The website is being built. Please try again in a moment.')
        return
      }
      const url = new URL(request.url ?? '/', 'http://localhost')
      const decoded = decodeURIComponent(url.pathname)
      const target = path.resolve(base, `.${decoded}`)
      if (target !== base && !target.startsWith(base + path.sep)) {
        response.writeHead(400).end('Bad path')
        return
      }
      let filePath = decoded.endsWith('/') ? path.join(target, 'index.html') : target
      let info = await fileAt(filePath)
      if (!info && !decoded.endsWith('/') && (await fileAt(path.join(target, 'index.html')))) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end()
        return
      }
      let status = 200
      if (!info) {
        status = 404
        filePath = path.join(base, '404.html')
        info = await fileAt(filePath)
        if (!info) {
          response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
          return
        }
      }
      const extension = path.extname(filePath)
      const immutable = decoded.startsWith('/_astro/')
      const encoding = await precompressedVariant(filePath, String(request.headers['accept-encoding'] ?? ''))
      if (encoding) {
        filePath = encoding.file
        info = encoding.info
      }
      const headers = {
        'Content-Type': contentTypes[extension] ?? 'application/octet-stream',
        ...(encoding ? { 'Content-Encoding': encoding.name } : {}),
        Vary: 'Accept-Encoding',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
        'Accept-Ranges': encoding ? 'none' : 'bytes',
        ...(await securityHeadersOf(base)),
      }
      // Ranges of the file as stored: compressed text is always sent whole.
      const range = status === 200 && !encoding ? byteRange(request.headers.range, info.size) : undefined
      if (range === 'unsatisfiable') {
        response.writeHead(416, { ...headers, 'Content-Range': `bytes */${info.size}` }).end()
        return
      }
      if (range) {
        response.writeHead(206, { ...headers, 'Content-Length': range.end - range.start + 1, 'Content-Range': `bytes ${range.start}-${range.end}/${info.size}` })
      } else {
        response.writeHead(status, { ...headers, 'Content-Length': info.size })
      }
      if (request.method === 'HEAD') {
        response.end()
        return
      }
      createReadStream(filePath, range ?? {}).pipe(response)
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain' }).end(`Server error: ${(error as Error).message}`)
    }
  })
}
