/**
 * What the media library accepts, decided by a file's content (never its name or declared
 * type), and how large each kind may be. The one list: the collection's `mimeTypes`, the
 * upload screening and the CMS's request-size limit all come from here.
 */
export type UploadKind = 'photo' | 'vector' | 'document'

type AcceptedType = { mimeType: string; extension: string; kind: UploadKind }

export const acceptedUploadTypes: readonly AcceptedType[] = [
  { mimeType: 'image/jpeg', extension: 'jpg', kind: 'photo' },
  { mimeType: 'image/png', extension: 'png', kind: 'photo' },
  { mimeType: 'image/webp', extension: 'webp', kind: 'photo' },
  { mimeType: 'image/avif', extension: 'avif', kind: 'photo' },
  { mimeType: 'image/svg+xml', extension: 'svg', kind: 'vector' },
  { mimeType: 'application/pdf', extension: 'pdf', kind: 'document' },
]

/** Press photos in print resolution fit in 25 MB; logos are small; PDFs may carry images. */
export const uploadLimitBytes: Record<UploadKind, number> = {
  photo: 25 * 1024 * 1024,
  vector: 1024 * 1024,
  document: 40 * 1024 * 1024,
}

/** The largest upload of any kind: the CMS refuses bigger request bodies before reading them. */
export const maxUploadBytes = Math.max(...Object.values(uploadLimitBytes))

export const acceptedMimeTypes = acceptedUploadTypes.map(({ mimeType }) => mimeType)

export function acceptedType(mimeType: string | undefined): AcceptedType | undefined {
  return acceptedUploadTypes.find((type) => type.mimeType === mimeType)
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`
}
