import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { isEditor, isWriter } from '../../access/index.ts'
import { licences } from '../../licences.ts'
import { defaultLocale } from '../../locales.ts'
import { forgetMediaFile } from '../../mediaUse/uses.ts'
import { collectionSlugs } from '../../slugs.ts'
import { forgetFileVisibility } from './fileVisibility.ts'
import { screenUpload } from './hooks/screenUpload.ts'
import { acceptedMimeTypes } from './uploadPolicy.ts'
import { publicMediaOrStaff, visibilityFields } from './visibility.ts'

type MediaSiblingData = { mimeType?: unknown } | undefined

function isImage(data: MediaSiblingData): boolean {
  return typeof data?.mimeType === 'string' && data.mimeType.startsWith('image/')
}

/**
 * Alt text is required for images only: a PDF has none. Checked on the German source;
 * other locales fall back to it.
 */
const altRequiredForImages: TextFieldSingleValidation = (value, { siblingData, req }) => {
  if (!isImage(siblingData as MediaSiblingData)) return true
  if (req.locale && req.locale !== defaultLocale) return true
  return typeof value === 'string' && value.trim().length > 0
    ? true
    : 'Bilder brauchen einen Alternativtext (images need alt text).'
}

/**
 * Images and documents. The original upload is kept for download (press use), cleaned of its
 * metadata by `screenUpload`; the web sizes are derived from it. Where files are stored is decided by the CMS configuration.
 * Who may see a file is decided by the documents that use it (visibility.ts).
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
          de: 'Beschreibt das Bild für Menschen, die es nicht sehen. Pflicht für Bilder.',
          en: 'Describes the image for people who cannot see it. Required for images.',
        },
      },
      validate: altRequiredForImages,
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
    ...visibilityFields,
  ],
}
