/** Backup and restore of the whole CMS (`npm run backup`, `npm run restore`); see cli.ts. */
export { createBackup, defaultBackupFile, type BackupResult } from './exportBackup.ts'
export { restoreBackup, type RestoreOptions, type RestoreResult } from './importBackup.ts'
export { BackupFormatError, BackupRefusedError } from './errors.ts'
export { instanceContents } from './instanceContents.ts'
export { backupFormat, backupFormatVersion, readManifest, type Manifest } from './manifest.ts'
