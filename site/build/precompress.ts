import { createHash, randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import { listFilesSync, textFile } from './checkSite.ts'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

export type PrecompressOptions = {
  /**
   * Keeps every compressed file under its content's hash in `cacheDir/compressed/`, and
   * hard-links it into the build: a file that did not change since any earlier build is not
   * compressed again. Linking is safe because no one ever writes into these files: a build
   * writes new files only, and a cache entry is never rewritten.
   */
  cacheDir?: string
  /** The files to compress (absolute paths); default every text file under `under`. */
  files?: string[]
  /** A folder inside `outDir` to compress instead of all of it (e.g. Pagefind's). */
  under?: string
  concurrency?: number
}

/** An unlinked entry older than this belongs to no kept build and to no build still running. */
const unusedAfterMs = 15 * 60_000

/**
 * Writes `.br` and `.gz` next to every text file, once per build, so servers send compressed
 * files without compressing on each request (nginx `brotli_static`/`gzip_static`, Caddy
 * `precompressed`, and the project's own static server). Brotli quality 5 and gzip level 6
 * keep a 10,000-page build fast; the higher levels save a few percent at many times the time.
 */
export async function precompress(outDir: string, options: PrecompressOptions = {}): Promise<number> {
  const root = options.under ? path.join(outDir, options.under) : outDir
  const files = options.files ?? (existsSync(root) ? listFilesSync(root).filter((file) => textFile.test(file)) : [])
  const cache = options.cacheDir ? compressedCache(path.join(options.cacheDir, 'compressed')) : undefined
  let next = 0
  async function worker() {
    while (next < files.length) {
      const file = files[next++]!
      const content = readFileSync(file)
      if (content.length < 512) continue // not worth it: headers cost more than they save
      if (cache) await cache.place(content, file)
      else {
        const [br, gz] = await compress(content)
        writeFileSync(`${file}.br`, br)
        writeFileSync(`${file}.gz`, gz)
      }
    }
  }
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker))
  return files.length
}

function compress(content: Buffer): Promise<[Buffer, Buffer]> {
  return Promise.all([
    brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
    gzipAsync(content, { level: 6 }),
  ])
}

function compressedCache(dir: string) {
  mkdirSync(dir, { recursive: true })
  const entry = (hash: string, extension: string) => path.join(dir, `${hash}${extension}`)

  /** Links the entry into the build, or copies it where links are impossible (another file system). */
  function linkOrCopy(source: string, target: string) {
    try {
      linkSync(source, target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
      copyFileSync(source, target)
    }
  }

  /** Written under a temporary name and renamed: a reader never sees half an entry. */
  function store(file: string, data: Buffer) {
    const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`
    writeFileSync(temporary, data)
    renameSync(temporary, file)
  }

  return {
    async place(content: Buffer, file: string) {
      const hash = createHash('sha256').update(content).digest('hex')
      const br = entry(hash, '.br')
      const gz = entry(hash, '.gz')
      if (!existsSync(br) || !existsSync(gz)) {
        const [brData, gzData] = await compress(content)
        store(br, brData)
        store(gz, gzData)
      }
      try {
        linkOrCopy(br, `${file}.br`)
        linkOrCopy(gz, `${file}.gz`)
      } catch (error) {
        // Removed in between by another build's clean-up: compress this one in place.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
        const [brData, gzData] = await compress(content)
        writeFileSync(`${file}.br`, brData)
        writeFileSync(`${file}.gz`, gzData)
      }
    },
  }
}

/** Removes the compressed files that no build links to any more: only the cache holds them. */
export function pruneCompressedCache(cacheDir: string): void {
  const dir = path.join(cacheDir, 'compressed')
  if (!existsSync(dir)) return
  const before = Date.now() - unusedAfterMs
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    const stats = statSync(file, { throwIfNoEntry: false })
    if (stats && stats.nlink === 1 && stats.mtimeMs < before) unlinkSync(file)
  }
}
