import { licences } from '@verband/content-types/licences'
import type { LocaleCode } from '@verband/content-types/locales'

import { intlLocale, translator, type UiKey } from '../i18n/index.ts'

/**
 * How downloads describe themselves: format, pixel size, file size, duration and licence, in
 * the reader's language. Shared by the pages, the press kit and the CREDITS.txt in the ZIPs.
 */
const formats: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/avif': 'AVIF',
  'image/svg+xml': 'SVG',
  'application/pdf': 'PDF',
  'application/zip': 'ZIP',
  'text/plain': 'TXT',
  'video/mp4': 'MP4',
  'video/webm': 'WebM',
}

export function formatName(mimeType: string | null | undefined): string {
  return formats[mimeType ?? ''] ?? (mimeType ?? '?')
}

export function fileSize(bytes: number, locale: LocaleCode): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(value)
  if (bytes < 1024 * 1024) return `${number(Math.max(1, Math.round(bytes / 1024)), 0)} KB`
  return `${number(bytes / (1024 * 1024), 1)} MB`
}

/** "1 Minute, 5 Sekunden": a video's running time, whole seconds, in words of the reader's language. */
export function duration(seconds: number, locale: LocaleCode): string {
  const total = Math.max(1, Math.round(seconds))
  const parts = { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 }
  return new Intl.DurationFormat(intlLocale(locale), { style: 'long' }).format(parts)
}

type FileDescription = { mimeType?: string | null; width?: number | null; height?: number | null; filesize?: number | null; video?: { duration?: number | null } | null }

/**
 * "JPEG, 1600 × 1067 px, 1.2 MB" or "MP4, 1280 × 720 px, 24 MB, 2 Minuten, 10 Sekunden": what
 * a reader needs to know before downloading.
 */
export function fileFacts(file: FileDescription, locale: LocaleCode): string {
  const t = translator(locale)
  const parts = [formatName(file.mimeType)]
  if (file.mimeType === 'image/svg+xml') parts.push(t('files.vector'))
  else if (file.width && file.height) parts.push(`${file.width} × ${file.height} px`)
  if (file.filesize) parts.push(fileSize(file.filesize, locale))
  if (file.video?.duration) parts.push(duration(file.video.duration, locale))
  return parts.join(', ')
}

export function licenceLabel(value: string | null | undefined, locale: LocaleCode): string {
  const licence = licences.find((entry) => entry.value === value)
  if (!licence) return value ?? ''
  return typeof licence.label === 'string' ? licence.label : translator(locale)(`licence.${licence.value}` as UiKey)
}

/** A download as an endpoint's response; `slice` gives the ArrayBuffer-backed copy `Response` takes. */
export function fileResponse(bytes: Uint8Array, contentType: string): Response {
  return new Response(bytes.slice(), { headers: { 'Content-Type': contentType } })
}
