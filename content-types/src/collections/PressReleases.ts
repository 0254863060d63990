import type { CollectionConfig } from 'payload'

import { isEditor, isWriter, releasedOrStaff } from '../access/index.ts'
import { slugField } from '../fields/slug.ts'
import { pressKitSegment } from '../sitePaths.ts'
import { forbidPublishingByAuthors } from '../hooks/forbidPublishingByAuthors.ts'
import { collectionSlugs } from '../slugs.ts'
import { draftVersions } from '../versions.ts'

/** Press releases with an optional embargo, contacts and attachments. */
export const PressReleases: CollectionConfig = {
  slug: collectionSlugs.pressReleases,
  labels: {
    singular: { de: 'Pressemitteilung', en: 'Press release' },
    plural: { de: 'Pressemitteilungen', en: 'Press releases' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'releaseDate', 'embargoUntil', 'languages', '_status', 'review', 'lastChangedBy', 'updatedAt'],
    group: { de: 'Presse', en: 'Press' },
  },
  defaultSort: '-releaseDate',
  access: { read: releasedOrStaff, create: isWriter, update: isWriter, delete: isEditor },
  hooks: { beforeChange: [forbidPublishingByAuthors] },
  versions: draftVersions,
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { de: 'Titel', en: 'Title' },
      localized: true,
      required: true,
      maxLength: 200,
    },
    {
      name: 'subtitle',
      type: 'text',
      label: { de: 'Untertitel', en: 'Subtitle' },
      localized: true,
      maxLength: 300,
    },
    slugField('title', { reserved: [pressKitSegment] }),
    {
      name: 'releaseDate',
      type: 'date',
      label: { de: 'Datum', en: 'Date' },
      required: true,
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'place',
      type: 'text',
      label: { de: 'Ort', en: 'Place' },
      localized: true,
      required: true,
      maxLength: 80,
    },
    {
      name: 'embargoUntil',
      type: 'date',
      label: { de: 'Sperrfrist bis', en: 'Embargo until' },
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          de: 'Bis zu diesem Zeitpunkt erscheint die Mitteilung nicht auf der Website.',
          en: 'The release stays off the website until this moment.',
        },
      },
    },
    {
      name: 'body',
      type: 'richText',
      label: { de: 'Text', en: 'Body' },
      localized: true,
      required: true,
    },
    {
      name: 'contacts',
      type: 'relationship',
      relationTo: collectionSlugs.pressContacts,
      hasMany: true,
      label: { de: 'Ansprechpersonen', en: 'Press contacts' },
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: collectionSlugs.media,
      hasMany: true,
      label: { de: 'Anhänge', en: 'Attachments' },
    },
    {
      name: 'relatedStories',
      type: 'relationship',
      relationTo: collectionSlugs.stories,
      hasMany: true,
      label: { de: 'Verwandte Erfolgsgeschichten', en: 'Related stories' },
    },
  ],
}
