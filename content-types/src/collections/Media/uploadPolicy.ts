/**
 * What the media library accepts, decided by a file's content (never its name or declared
 * type), and how large each kind may be. The one list: the collection's `mimeTypes`, the
 * upload screening and the CMS's request-size limit all come from here.
 */
export type UploadKind = 'photo' | 'vector' | 'document' | 'video'

type AcceptedType = { mimeType: string; extension: string; kind: UploadKind }

export const acceptedUploadTypes: readonly AcceptedType[] = [
  { mimeType: 'image/jpeg', extension: 'jpg', kind: 'photo' },
  { mimeType: 'image/png', extension: 'png', kind: 'photo' },
  { mimeType: 'image/webp', extension: 'webp', kind: 'photo' },
  { mimeType: 'image/avif', extension: 'avif', kind: 'photo' },
  { mimeType: 'image/svg+xml', extension: 'svg', kind: 'vector' },
  { mimeType: 'application/pdf', extension: 'pdf', kind: 'document' },
  { mimeType: 'video/mp4', extension: 'mp4', kind: 'video' },
  { mimeType: 'video/webm', extension: 'webm', kind: 'video' },
]

/**
 * The codecs each video container may carry (names as ffprobe reports them): what every
 * current browser plays in a native `<video>` without a plug-in. MP4 is H.264 with AAC, the
 * one combination that plays everywhere; WebM is VP8, VP9 or AV1 with Vorbis or Opus. Sound
 * is optional: a sign-language video often has none.
 */
export const videoCodecs: Record<string, { video: readonly string[]; audio: readonly string[] }> = {
  'video/mp4': { video: ['h264'], audio: ['aac'] },
  'video/webm': { video: ['vp8', 'vp9', 'av1'], audio: ['vorbis', 'opus'] },
}

/**
 * Press photos in print resolution fit in 25 MB; logos are small; PDFs may carry images; a
 * few minutes of sign language in 1080p H.264 fit in 200 MB.
 */
export const uploadLimitBytes: Record<UploadKind, number> = {
  photo: 25 * 1024 * 1024,
  vector: 1024 * 1024,
  document: 40 * 1024 * 1024,
  video: 200 * 1024 * 1024,
}

/** The largest upload of any kind: the CMS refuses bigger request bodies before reading them. */
export const maxUploadBytes = Math.max(...Object.values(uploadLimitBytes))

export const acceptedMimeTypes = acceptedUploadTypes.map(({ mimeType }) => mimeType)

/** The MIME types of these kinds, e.g. for a field that takes only videos. */
export function mimeTypesOf(kinds: readonly UploadKind[]): string[] {
  return acceptedUploadTypes.filter((type) => kinds.includes(type.kind)).map(({ mimeType }) => mimeType)
}

export function acceptedType(mimeType: string | undefined): AcceptedType | undefined {
  return acceptedUploadTypes.find((type) => type.mimeType === mimeType)
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`
}
