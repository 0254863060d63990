import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { isEditor, isWriter } from '../../access/index.ts'
import { licences } from '../../licences.ts'
import { defaultLocale } from '../../locales.ts'
import { forgetMediaFile } from '../../mediaUse/uses.ts'
import { collectionSlugs } from '../../slugs.ts'
import { forgetFileVisibility } from './fileVisibility.ts'
import { recordVideoProperties } from './hooks/recordVideoProperties.ts'
import { screenUpload } from './hooks/screenUpload.ts'
import { acceptedMimeTypes } from './uploadPolicy.ts'
import { isVideo, videoFields } from './videoFields.ts'
import { publicMediaOrStaff, visibilityFields } from './visibility.ts'

type MediaSiblingData = { mimeType?: unknown } | undefined

function isImage(data: MediaSiblingData): boolean {
  return typeof data?.mimeType === 'string' && data.mimeType.startsWith('image/')
}

/**
 * Alt text is required for images and videos (for a video it is the short title that names
 * the player); a PDF has none. Checked on the German source; other locales fall back to it.
 */
const altRequiredForImagesAndVideos: TextFieldSingleValidation = (value, { siblingData, req }) => {
  const data = siblingData as MediaSiblingData
  if (!isImage(data) && !isVideo(data)) return true
  if (req.locale && req.locale !== defaultLocale) return true
  if (typeof value === 'string' && value.trim().length > 0) return true
  return isVideo(data) ? 'Videos brauchen einen Alternativtext, der sagt, was das Video zeigt (videos need alt text).' : 'Bilder brauchen einen Alternativtext (images need alt text).'
}

/**
 * Images, documents and videos. The original upload is kept for download (press use), cleaned of its
 * metadata by `screenUpload`; the web sizes are derived from it. Where files are stored is decided by the CMS configuration.
 * Who may see a file is decided by the documents that use it (visibility.ts); a video's poster
 * and other format are shown by the video, so they are public while it is.
 */
export const Media: CollectionConfig = {
  slug: collectionSlugs.media,
  labels: {
    singular: { de: 'Medium', en: 'Media file' },
    plural: { de: 'Medien', en: 'Media' },
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'credit', 'licence', 'updatedAt'],
    group: { de: 'Inhalte', en: 'Content' },
  },
  access: { read: publicMediaOrStaff, create: isWriter, update: isWriter, delete: isEditor },
  hooks: {
    beforeOperation: [screenUpload],
    beforeChange: [recordVideoProperties],
    // A deleted file takes its rows in the media-use index with it.
    beforeDelete: [async ({ id, req }) => forgetMediaFile(req.payload, id, req)],
    // Marked "always public", replaced or deleted: file downloads ask again.
    afterChange: [
      ({ doc }) => {
        forgetFileVisibility()
        return doc
      },
    ],
    afterDelete: [() => forgetFileVisibility()],
  },
  upload: {
    mimeTypes: acceptedMimeTypes,
    imageSizes: [
      { name: 'thumbnail', width: 480, withoutEnlargement: true },
      { name: 'large', width: 1600, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { de: 'Alternativtext', en: 'Alt text' },
      localized: true,
      maxLength: 300,
      admin: {
        description: {
          de: 'Beschreibt das Bild für Menschen, die es nicht sehen. Bei Videos: ein kurzer Titel, der sagt, was das Video zeigt. Pflicht für Bilder und Videos.',
          en: 'Describes the image for people who cannot see it. For videos: a short title saying what the video shows. Required for images and videos.',
        },
      },
      validate: altRequiredForImagesAndVideos,
    },
    {
      name: 'caption',
      type: 'text',
      label: { de: 'Bildunterschrift', en: 'Caption' },
      localized: true,
      maxLength: 300,
    },
    {
      name: 'credit',
      type: 'text',
      label: { de: 'Urheber*in / Credit', en: 'Credit' },
      required: true,
      maxLength: 200,
    },
    {
      name: 'licence',
      type: 'select',
      label: { de: 'Lizenz', en: 'Licence' },
      required: true,
      options: licences.map(({ value, label }) => ({ value, label })),
    },
    ...videoFields,
    ...visibilityFields,
  ],
}
