import { createHash, randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Smaller files are sent as they are: the headers cost more than compression saves. */
export const minCompressedBytes = 512

/** An unlinked entry older than this belongs to no kept build and to no build still running. */
const unusedAfterMs = 15 * 60_000

/**
 * Brotli quality 5 and gzip level 6 keep a 10,000-page build fast; the higher levels save a
 * few percent at many times the time.
 */
const brotliOptions = (content: Buffer) => ({ params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } })
const gzipOptions = { level: 6 }

/** On Node's thread pool. */
export function compress(content: Buffer): Promise<[Buffer, Buffer]> {
  return Promise.all([brotli(content, brotliOptions(content)), gzipAsync(content, gzipOptions)])
}

/** On the calling thread: for a worker thread of its own, which leaves the thread pool to file access. */
function compressSync(content: Buffer): [Buffer, Buffer] {
  return [brotliCompressSync(content, brotliOptions(content)), gzipSync(content, gzipOptions)]
}

/** Where a build cache keeps its compressed files. */
export function compressedFolder(cacheDir: string): string {
  return path.join(cacheDir, 'compressed')
}

/**
 * Compressed files kept under their content's hash in `cacheDir/compressed/` and hard-linked
 * into builds: a file that did not change since any earlier build is not compressed again.
 * Linking is safe because no one ever writes into these files: a build writes new files only,
 * and an entry is never rewritten. Entries are filled while Astro renders (src/middleware.ts,
 * compressWorker.ts) and by the build's compression step (precompress.ts), whichever comes
 * first.
 */
export function compressedCache(cacheDir: string) {
  const dir = compressedFolder(cacheDir)
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

  function entriesOf(content: Buffer) {
    const hash = createHash('sha256').update(content).digest('hex')
    const br = entry(hash, '.br')
    const gz = entry(hash, '.gz')
    return { br, gz, present: existsSync(br) && existsSync(gz) }
  }

  /** The entries of this content, compressed now unless they are there. */
  async function ensure(content: Buffer): Promise<{ br: string; gz: string }> {
    const entries = entriesOf(content)
    if (!entries.present) {
      const [brData, gzData] = await compress(content)
      store(entries.br, brData)
      store(entries.gz, gzData)
    }
    return entries
  }

  return {
    ensure,
    /** `ensure`, compressing on the calling thread (build/compressWorker.ts). */
    ensureSync(content: Buffer): void {
      const entries = entriesOf(content)
      if (entries.present) return
      const [brData, gzData] = compressSync(content)
      store(entries.br, brData)
      store(entries.gz, gzData)
    },
    /** Gives `file` its `.br` and `.gz` (its content is `content`) from the cache. */
    async place(content: Buffer, file: string) {
      const { br, gz } = await ensure(content)
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
  const dir = compressedFolder(cacheDir)
  if (!existsSync(dir)) return
  const before = Date.now() - unusedAfterMs
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    const stats = statSync(file, { throwIfNoEntry: false })
    if (stats && stats.nlink === 1 && stats.mtimeMs < before) unlinkSync(file)
  }
}
