import { readFile } from 'node:fs/promises'

import { fileTypeFromBuffer } from 'file-type'
import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { acceptedType, acceptedUploadTypes, formatMegabytes, uploadLimitBytes } from '../uploadPolicy.ts'
import { messagesFor, problemText } from '../../../adminLanguage/messages/index.ts'
import { svgProblems } from '../svgSafety.ts'
import { screenVideo, type VideoProperties } from '../videoScreen.ts'

type UploadedFile = NonNullable<PayloadRequest['file']>

/**
 * Every file reaches the media library through this screen, before Payload stores anything:
 * - the type comes from the content (magic bytes, or an SVG root element), never from the
 *   name or the declared type, and must be one the library accepts;
 * - each kind has its own size limit;
 * - SVGs with scripts, event handlers or outside references are refused;
 * - photos are re-encoded with the camera's orientation applied and every metadata block
 *   (EXIF, GPS, XMP, IPTC) dropped, because photos of people in vulnerable situations must
 *   not carry where and when they were taken. Only the colour profile is kept;
 * - videos must be MP4 (H.264/AAC) or WebM (VP8/VP9/AV1, Vorbis/Opus), and their container is
 *   rewritten without its metadata (title, creation time, GPS position, data streams), picture
 *   and sound untouched; their duration and size go to the document (`recordVideoProperties`).
 * The screened file replaces the upload, so the kept original and every derived size are clean.
 */
export const screenUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const file = req.file
  const messages = messagesFor({ req })
  const t = messages.upload
  const data = file.tempFilePath && !file.data?.length ? await readFile(file.tempFilePath) : file.data
  const type = await detectType(data)
  if (!type) {
    refuse(t.notAccepted(file.name, acceptedUploadTypes.map(({ extension }) => extension.toUpperCase()).join(', ')))
  }
  const claimed = claimedTypes(file).filter((mimeType) => mimeType !== type.mimeType)
  if (claimed.length > 0) {
    refuse(t.disguised(file.name, claimed.join(' / '), type.extension.toUpperCase()))
  }
  const limit = uploadLimitBytes[type.kind]
  if (data.length > limit) {
    refuse(t.tooLarge(file.name, formatMegabytes(data.length), formatMegabytes(limit)))
  }
  if (type.kind === 'vector') {
    const problems = svgProblems(data.toString('utf8'))
    if (problems.length > 0) refuse(t.unsafeSvg(file.name, problems.map((problem) => problemText(messages.svgProblem, problem)).join('; ')))
  }
  let clean = data
  if (type.kind === 'photo') clean = await withoutMetadata(req, data, type.mimeType)
  if (type.kind === 'video') {
    const video = await screenVideo(data, type.mimeType, type.extension)
    if ('problem' in video) refuse(t.refusedVideo(file.name, problemText(messages.videoProblem, video.problem)))
    clean = video.data
    req.context[screenedVideoKey] = video.properties
  }
  const screened: UploadedFile = {
    ...file,
    data: clean,
    size: clean.length,
    mimetype: type.mimeType,
    name: withExtension(file.name, type.extension),
  }
  delete screened.tempFilePath
  req.file = screened
  return args
}

/** Where the screen leaves a video's properties for `recordVideoProperties`, in the same request. */
export const screenedVideoKey = 'screenedVideo'

export function screenedVideo(context: Record<string, unknown>): VideoProperties | undefined {
  return context[screenedVideoKey] as VideoProperties | undefined
}

/**
 * The types a file's name and declared type claim. A disguised file is refused, not renamed:
 * it is either a mistake worth noticing or an attempt to slip something past a filter.
 * Browsers declare `application/octet-stream` for what they do not know: that claims nothing.
 */
function claimedTypes(file: UploadedFile): string[] {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase()
  const fromName = extension ? (extensionTypes[extension] ?? `.${extension}`) : undefined
  const declared = file.mimetype && file.mimetype !== 'application/octet-stream' ? file.mimetype.split(';')[0]!.trim().toLowerCase() : undefined
  return [...new Set([fromName, declared].filter((claim): claim is string => Boolean(claim)))]
}

const extensionTypes: Record<string, string> = {
  ...Object.fromEntries(acceptedUploadTypes.map(({ extension, mimeType }) => [extension, mimeType])),
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
}

async function detectType(data: Buffer) {
  const detected = await fileTypeFromBuffer(data)
  if (detected && detected.mime !== 'application/xml') return acceptedType(detected.mime)
  // SVG is text: file-type sees XML at best. It is an SVG if its root element says so.
  const head = data.subarray(0, 4096).toString('utf8')
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(head)) return acceptedType('image/svg+xml')
  return undefined
}

async function withoutMetadata(req: PayloadRequest, data: Buffer, mimeType: string): Promise<Buffer> {
  const sharp = req.payload.config.sharp
  if (!sharp) throw new Error('The CMS is configured without sharp, so uploaded photos cannot be cleaned of their metadata.')
  try {
    // No `withMetadata()`: sharp drops EXIF, GPS, XMP and IPTC unless asked to keep them.
    const image = sharp(data, { animated: mimeType === 'image/webp' }).rotate().keepIccProfile()
    switch (mimeType) {
      case 'image/jpeg':
        return await image.jpeg({ quality: 92, chromaSubsampling: '4:4:4' }).toBuffer()
      case 'image/png':
        return await image.png({ compressionLevel: 9 }).toBuffer()
      case 'image/webp':
        return await image.webp({ quality: 92 }).toBuffer()
      default:
        return await image.avif({ quality: 75, effort: 4 }).toBuffer()
    }
  } catch (error) {
    refuse(messagesFor({ req }).upload.unreadableImage((error as Error).message))
  }
}

function withExtension(name: string, extension: string): string {
  const base = name.replace(/\.[^.]*$/, '') || 'datei'
  return `${base}.${extension}`
}

function refuse(message: string): never {
  throw new ValidationError({ errors: [{ message, path: 'file' }] })
}
