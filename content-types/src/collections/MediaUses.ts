import type { CollectionConfig } from 'payload'

import { isWriter, nobody } from '../access/index.ts'
import { collectionSlugs } from '../slugs.ts'

/** What one use does for a media file's visibility. */
export const mediaUseStates = [
  { value: 'public', label: { de: 'öffentlich: veröffentlicht und für alle sichtbar', en: 'public: published and visible to everyone' } },
  { value: 'embargoed', label: { de: 'unter Sperrfrist: öffentlich ab deren Ende', en: 'under embargo: public once it ends' } },
  { value: 'notPublic', label: { de: 'nicht öffentlich: Entwurf oder nur für Mitarbeitende', en: 'not public: a draft, or shown to staff only' } },
] as const

export type MediaUseState = (typeof mediaUseStates)[number]['value']

/**
 * The index of which document uses which media file, one row per document and file, kept by
 * the CMS itself (mediaUse/tracking.ts) on every change of a using document. It answers two
 * questions: for the media file's access rule, from when the file is public (its
 * `publicSince`, the earliest `publicFrom` of its rows); and for the admin, where a file is
 * used and why it is or is not public. Staff read it; nobody writes it through the API.
 */
export const MediaUses: CollectionConfig = {
  slug: collectionSlugs.mediaUses,
  labels: {
    singular: { de: 'Verwendung', en: 'Use' },
    plural: { de: 'Verwendungen', en: 'Uses' },
  },
  admin: {
    hidden: true,
    useAsTitle: 'title',
    defaultColumns: ['title', 'entity', 'fields', 'state', 'publicFrom'],
  },
  access: {
    read: isWriter,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'media', type: 'relationship', relationTo: collectionSlugs.media, required: true, index: true, label: { de: 'Medium', en: 'Media file' } },
    // `collection:stories:12` or `global:leitbild`: one key to find a document's rows by.
    { name: 'source', type: 'text', required: true, index: true, label: { de: 'Quelle', en: 'Source' } },
    { name: 'entity', type: 'text', required: true, label: { de: 'Art', en: 'Type' } },
    { name: 'documentId', type: 'text', label: { de: 'Dokument', en: 'Document' } },
    { name: 'title', type: 'text', label: { de: 'Verwendet in', en: 'Used in' } },
    { name: 'fields', type: 'text', label: { de: 'Felder', en: 'Fields' } },
    {
      name: 'state',
      type: 'select',
      required: true,
      label: { de: 'Wirkung', en: 'Effect' },
      options: mediaUseStates.map(({ value, label }) => ({ value, label })),
    },
    {
      name: 'publicFrom',
      type: 'date',
      label: { de: 'Öffentlich ab', en: 'Public from' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
