import { createReadStream, createWriteStream } from 'node:fs'
import { chmod, mkdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip, createGzip } from 'node:zlib'

import { extract, pack } from 'tar-stream'

import { BackupFormatError } from './errors.ts'

/** A file to put in the archive: its name there and where it is now. */
export type ArchiveEntry = { name: string; source: string }

/**
 * The archive container: a gzipped tar, readable with any `tar -xzf`. The archive holds
 * password hashes, so it is created readable by its owner only (0600), and never over an
 * existing file.
 */
export async function packArchive(entries: ArchiveEntry[], archiveFile: string): Promise<void> {
  await mkdir(path.dirname(archiveFile), { recursive: true })
  const tar = pack()
  const written = pipeline(tar, createGzip(), createWriteStream(archiveFile, { flags: 'wx', mode: 0o600 }))
  // Its failure also ends the loop below, which reports it; this only keeps it from going unhandled meanwhile.
  written.catch(() => undefined)
  try {
    for (const { name, source } of entries) {
      const { size, mtime } = await stat(source)
      const entry = tar.entry({ name, size, mtime, mode: 0o600, type: 'file' })
      await pipeline(createReadStream(source), entry)
    }
    tar.finalize()
    await written
  } catch (error) {
    tar.destroy(error as Error)
    await written.catch(() => undefined) // fails with the same error, thrown below
    await rm(archiveFile, { force: true })
    throw error
  }
  // The mode given at creation is masked by the umask; this makes it exact.
  await chmod(archiveFile, 0o600)
}

/** A name from an archive that stays inside the folder it is unpacked into. */
function safeTarget(dir: string, name: string): string {
  const target = path.resolve(dir, name)
  if (path.isAbsolute(name) || name.split(/[\\/]/).includes('..') || !target.startsWith(dir + path.sep)) {
    throw new BackupFormatError(`The archive contains an unsafe path: ${JSON.stringify(name)}.`)
  }
  return target
}

/**
 * Unpacks an archive made by `packArchive` into `dir` (which should be new and private).
 * Only regular files are accepted; a link, a device or a path leading out of `dir` stops the
 * unpacking, so a crafted archive cannot write elsewhere.
 */
export async function unpackArchive(archiveFile: string, dir: string): Promise<void> {
  const tar = extract()
  const reading = pipeline(createReadStream(archiveFile), createGunzip(), tar)
  // A read or gunzip failure also ends the loop below, which reports it.
  reading.catch(() => undefined)
  try {
    for await (const entry of tar) {
      const { name, type } = entry.header
      if (type === 'directory') {
        entry.resume()
        continue
      }
      if (type !== 'file') throw new BackupFormatError(`The archive contains a ${type} (${JSON.stringify(name)}); only files are expected.`)
      const target = safeTarget(dir, name)
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
      await pipeline(entry, createWriteStream(target, { flags: 'wx', mode: 0o600 }))
    }
    await reading
  } catch (error) {
    tar.destroy()
    await reading.catch(() => undefined) // fails with the same error, thrown below
    if (error instanceof BackupFormatError) throw error
    throw new BackupFormatError(`Cannot read the archive ${archiveFile}: ${(error as Error).message}`, { cause: error })
  }
}
