/**
 * The two ways a backup or restore stops on purpose, before writing anything. The CLI prints
 * their message alone: it says what is wrong and what to do.
 */

/** The archive is not one of ours, of a newer format, or damaged. */
export class BackupFormatError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'BackupFormatError'
  }
}

/** The operation would lose or mix data (a non-empty target, another kind of database, an existing file). */
export class BackupRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupRefusedError'
  }
}
