import type { CollectionBeforeChangeHook } from 'payload'

import { isVideo } from '../videoFields.ts'
import { screenedVideo } from './screenUpload.ts'

type VideoGroup = { duration?: number | null; poster?: unknown; otherFormat?: unknown; captions?: unknown }
type MediaData = { mimeType?: string | null; width?: number | null; height?: number | null; video?: VideoGroup | null }

/**
 * A video's duration, width and height come from its file, read by the upload screen, and
 * from nowhere else: a save without a new file keeps them as they are, whatever it sends.
 * A file that is no video (an image that replaced one) keeps no poster or other format,
 * which would otherwise make those files public through it (mediaUse/).
 */
export const recordVideoProperties: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const incoming = data as MediaData
  const original = originalDoc as MediaData | undefined
  const video: VideoGroup = { ...original?.video, ...incoming.video }
  const screened = req.file ? screenedVideo(req.context) : undefined
  if (screened) return { ...incoming, width: screened.width, height: screened.height, video: { ...video, duration: screened.duration } }
  if (!isVideo({ mimeType: incoming.mimeType ?? original?.mimeType })) {
    return original?.video || incoming.video ? { ...incoming, video: { ...video, duration: null, poster: null, otherFormat: null } } : incoming
  }
  return { ...incoming, width: original?.width ?? null, height: original?.height ?? null, video: { ...video, duration: original?.video?.duration ?? null } }
}
