import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { listFilesSync, textFile } from './checkSite.ts'
import { compressedCache, minCompressedBytes } from './compressedCache.ts'

export type PrecompressOptions = {
  /** The build cache whose compressed files are linked in (compressedCache.ts); what it lacks is added. */
  cacheDir: string
  /** The files to compress (absolute paths); default every text file under `under`. */
  files?: string[]
  /** A folder inside `outDir` to compress instead of all of it (e.g. Pagefind's). */
  under?: string
  concurrency?: number
}

/**
 * Writes `.br` and `.gz` next to every text file, once per build, so servers send compressed
 * files without compressing on each request (nginx `brotli_static`/`gzip_static`, Caddy
 * `precompressed`, and the project's own static server).
 */
export async function precompress(outDir: string, options: PrecompressOptions): Promise<number> {
  const root = options.under ? path.join(outDir, options.under) : outDir
  const files = options.files ?? (existsSync(root) ? listFilesSync(root).filter((file) => textFile.test(file)) : [])
  const cache = compressedCache(options.cacheDir)
  let next = 0
  async function worker() {
    while (next < files.length) {
      const file = files[next++]!
      const content = readFileSync(file)
      if (content.length < minCompressedBytes) continue
      await cache.place(content, file)
    }
  }
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker))
  return files.length
}
