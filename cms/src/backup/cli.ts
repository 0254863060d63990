/**
 * `npm run backup [-- --output FILE]` and `npm run restore -- ARCHIVE [--force]`.
 *
 * Both use the configuration of the environment (DATABASE_URL, MEDIA_DIR, …; see
 * .env.example), like the CMS itself. Relative paths are taken from the folder npm was
 * started in, not from this workspace.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload, type Payload } from 'payload'

import { findRepoRoot, loadEnv } from '../env.ts'
import config from '../payload.config.ts'
import { queueSiteRebuild } from '../publish/queue.ts'
import { createBackup, defaultBackupFile } from './exportBackup.ts'
import { BackupFormatError, BackupRefusedError } from './errors.ts'
import { restoreBackup } from './importBackup.ts'

const usage = `Usage:
  npm run backup [-- --output FILE]        write every document, version, user and media file to one archive
                                           (default: backups/verband-<time>.tar.gz)
  npm run restore -- ARCHIVE [--force]     rebuild an empty CMS from an archive; --force replaces a non-empty one`

const callerDir = process.env.INIT_CWD ?? process.cwd()
const fromCaller = (file: string) => path.resolve(callerDir, file)

async function backup(payload: Payload, output: string | undefined): Promise<void> {
  const file = output ? fromCaller(output) : defaultBackupFile(path.join(findRepoRoot(), 'backups'))
  const { manifest } = await createBackup(payload, { file })
  const documents = Object.values(manifest.collections).reduce((sum, entry) => sum + entry.documents, 0)
  const versions = Object.values(manifest.collections).reduce((sum, entry) => sum + entry.versions, 0) + Object.values(manifest.globals).reduce((sum, entry) => sum + entry.versions, 0)
  const files = Object.values(manifest.uploads).reduce((sum, entry) => sum + entry.files, 0)
  console.log(`Backup written: ${file} (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB)`)
  console.log(`  ${documents} documents, ${versions} versions, ${files} media files, ${Object.values(manifest.globals).filter((entry) => entry.present).length} globals`)
  console.log('  It holds the users\' password hashes: keep it secret (it is readable by its owner only).')
}

async function restore(payload: Payload, archive: string, force: boolean): Promise<void> {
  const file = fromCaller(archive)
  const result = await restoreBackup(payload, file, { force, log: (message) => console.log(`  ${message}`) })
  console.log(`Restored ${file} (made ${result.manifest.createdAt})${result.replaced.length > 0 ? ', replacing what the CMS held' : ''}.`)
  // No hook ran during the restore: one rebuild of the website for all of it, run by the CMS server.
  if (loadEnv().siteRebuild) {
    await queueSiteRebuild(payload, 'restore')
    console.log('  A website rebuild is queued; the CMS server runs it.')
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  })
  const [command, archive, ...extra] = positionals
  if (values.help || (command !== 'backup' && command !== 'restore') || (command === 'restore' && !archive) || extra.length > 0 || (command === 'backup' && archive)) {
    console.error(usage)
    return values.help ? 0 : 2
  }
  const payload = await getPayload({ config })
  try {
    if (command === 'backup') await backup(payload, values.output)
    else await restore(payload, archive!, values.force)
    return 0
  } catch (error) {
    // Refusals and damaged archives are explained by their message; anything else gets its stack.
    if (error instanceof BackupRefusedError || error instanceof BackupFormatError) console.error(error.message)
    else console.error(error)
    return 1
  } finally {
    await payload.destroy()
  }
}

process.exit(await main())
