import { parentPort, workerData } from 'node:worker_threads'

import { compressedCache } from './compressedCache.ts'

/**
 * A worker thread of `astro build` (started by src/middleware.ts) that compresses each
 * rendered page into the build's cache: on a thread of its own, with zlib's synchronous calls,
 * so it uses the core Astro's rendering leaves idle and keeps Node's thread pool free for
 * Astro's own file writes. It answers every page with "done", so the sender can bound what
 * waits. Loaded by Node directly (type stripping): plain TypeScript, no bundler.
 */
const cache = compressedCache((workerData as { cacheDir: string }).cacheDir)

parentPort!.on('message', (body: ArrayBuffer) => {
  try {
    cache.ensureSync(Buffer.from(body))
  } catch {
    // The build's compression step compresses whatever is missing.
  }
  parentPort!.postMessage('done')
})
