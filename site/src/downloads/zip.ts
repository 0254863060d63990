import type { LocaleCode } from '@verband/content-types/locales'
import { zipSync, type Zippable } from 'fflate'

import { translator } from '../i18n/index.ts'
import { licenceLabel } from '../lib/files.ts'

/** A file for a ZIP, with who made it and under which licence it may be used. */
export type ZipEntry = { name: string; data: Uint8Array; credit: string; licence: string }

const alreadyCompressed = /\.(jpe?g|png|webp|avif|pdf|zip)$/i

/**
 * A ZIP of the entries plus a `CREDITS.txt` that lists every file with its credit and
 * licence, in the reader's language. The same entries give the same bytes (fixed dates,
 * fixed order), so an unchanged ZIP stays unchanged from build to build.
 */
/** ZIP stores dates from 1980 on: content without a date of its own gets the first one. */
const earliestZipDate = new Date('1980-01-01T12:00:00Z')

export function zipWithCredits(entries: ZipEntry[], locale: LocaleCode, date: Date): Uint8Array {
  const mtime = Number.isNaN(date.getTime()) || date < earliestZipDate ? earliestZipDate : date
  const names = new Set<string>()
  for (const entry of entries) {
    if (names.has(entry.name)) throw new Error(`Two files named ${entry.name} in one ZIP`)
    names.add(entry.name)
  }
  const credits = new TextEncoder().encode(creditsText(entries, locale))
  const files: Zippable = {}
  for (const entry of [...entries, { name: 'CREDITS.txt', data: credits }]) {
    files[entry.name] = [entry.data, { level: alreadyCompressed.test(entry.name) ? 0 : 9, mtime }]
  }
  return zipSync(files)
}

export function creditsText(entries: ZipEntry[], locale: LocaleCode): string {
  const t = translator(locale)
  const lines = [t('credits.title'), '', ...entries.map((entry) => `${entry.name}\n  ${t('image.credit', { credit: entry.credit })}\n  ${t('image.licence', { licence: licenceLabel(entry.licence, locale) })}`)]
  return `${lines.join('\n')}\n`
}
