import { createReadStream, statSync } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { PayloadRequest } from 'payload'

/** Raster images only: the files the website build encodes. Everything else is Payload's. */
const imageTypes: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
}

/** Size and modification time: a replaced file gets a new tag even under the same name. */
function entityTag(size: number, mtimeMs: number): string {
  return `"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`
}

function notModified(req: PayloadRequest, etag: string, modified: Date): boolean {
  const ifNoneMatch = req.headers.get('if-none-match')
  if (ifNoneMatch) return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
  const ifModifiedSince = req.headers.get('if-modified-since')
  return ifModifiedSince ? Math.floor(modified.getTime() / 1000) <= Math.floor(Date.parse(ifModifiedSince) / 1000) : false
}

/**
 * A versioned address (`?v=`, the media document's last change: site/src/cms/images.ts) never
 * shows anything else; any other may be replaced at any time, so it is stored but checked with
 * the CMS before each use. What a logged-in editor fetches may be a file the public must not
 * see (a draft's photo): no shared cache (proxy, CDN) may keep it.
 */
function cacheControl(req: PayloadRequest): string {
  if (req.user) return 'private, no-cache'
  return req.searchParams.get('v') ? 'public, max-age=31536000, immutable' : 'no-cache'
}

/**
 * Serves media images with an entity tag, as immutable when the address is versioned and
 * with `Cache-Control: no-cache` otherwise, and answers a conditional request for an
 * unchanged file with 304 Not Modified. Payload's own file response carries none of it, so
 * every website build fetched and encoded every image again: Astro's image cache keeps an
 * encoded image only as long as the response allows, and revalidates it when it can. With
 * this, the website's builds reuse their encodings without asking (half a second per build
 * for the seeded site); browsers and CDNs revalidate unversioned addresses.
 *
 * An upload handler runs after Payload's read-access check. It takes plain GET requests for
 * raster images on disk and leaves everything else (ranges, SVG and documents with their
 * security headers, missing files) to Payload's default response.
 */
export function revalidatedImages(staticDir: string) {
  const root = path.resolve(staticDir)
  return (req: PayloadRequest, { params }: { params: { filename: string } }): Response | undefined => {
    const type = imageTypes[path.extname(params.filename).toLowerCase()]
    if (!type || req.headers.get('range')) return undefined
    const file = path.resolve(root, params.filename)
    if (!file.startsWith(root + path.sep)) return undefined // Payload refuses it
    const stats = statSync(file, { throwIfNoEntry: false })
    if (!stats?.isFile()) return undefined
    const etag = entityTag(stats.size, stats.mtimeMs)
    const headers = new Headers({
      ETag: etag,
      'Last-Modified': stats.mtime.toUTCString(),
      'Cache-Control': cacheControl(req),
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
    })
    if (notModified(req, etag, stats.mtime)) return new Response(null, { status: 304, headers })
    headers.set('Content-Length', String(stats.size))
    headers.set('Accept-Ranges', 'bytes')
    return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, { status: 200, headers })
  }
}
