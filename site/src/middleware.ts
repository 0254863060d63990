import { Worker } from 'node:worker_threads'

import { defineMiddleware } from 'astro:middleware'

import { minCompressedBytes } from '../build/compressedCache.ts'

/**
 * While `astro build` renders the site, each page's HTML (and each feed, sitemap and caption
 * file) goes to a worker thread (build/compressWorker.ts) that compresses it into the build's
 * cache of compressed files (build/compressedCache.ts). Astro renders on one core; the worker
 * uses the other, instead of compressing after Astro, one step of the build more. The build's
 * compression step then finds each file under its content's hash and only links it. What goes
 * into the cache this way but not into the build (a response Astro changed afterwards) is
 * never linked and pruned later; what was skipped, the step compresses itself.
 *
 * Only in the builds buildSite.ts starts (it names the cache and the worker in the
 * environment); the draft preview server renders on request and compresses nothing.
 */
const cacheDir = process.env.SITE_COMPRESS_CACHE
const workerFile = process.env.SITE_COMPRESS_WORKER
const compressible = /^(?:text\/|application\/(?:xml|json|rss\+xml)|image\/svg\+xml)/
/** Pages sent and not yet compressed at most: beyond, pages are left to the compression step (bounded memory). */
const maxPending = 32
let pending = 0
let worker: Worker | undefined
let failed = false

function compressor(): Worker | undefined {
  if (worker || failed || !cacheDir || !workerFile) return worker
  worker = new Worker(workerFile, { workerData: { cacheDir } })
  // The build ends when Astro is done, whatever still waits here.
  worker.unref()
  worker.on('message', () => pending--)
  worker.on('error', () => {
    failed = true
    worker = undefined
  })
  return worker
}

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next()
  if (!context.isPrerendered || pending >= maxPending || !compressible.test(response.headers.get('content-type') ?? '')) return response
  const target = compressor()
  if (!target) return response
  pending++
  response
    .clone()
    .arrayBuffer()
    .then((body) => {
      if (body.byteLength < minCompressedBytes) pending--
      else target.postMessage(body, [body])
    })
    .catch(() => pending--)
  return response
})
