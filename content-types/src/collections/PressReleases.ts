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
      name: 'withoutMailing',
      type: 'checkbox',
      defaultValue: false,
      label: { de: 'Ohne Versand an den Presseverteiler veröffentlichen', en: 'Publish without sending to the press list' },
      admin: {
        position: 'sidebar',
        description: {
          de: 'Sonst bekommt jede*r bestätigte Abonnent*in mit passenden Themen die Mitteilung per E-Mail, sobald sie öffentlich ist (einmal, auch wenn sie später geändert wird).',
          en: 'Otherwise every confirmed subscriber with matching topics gets the release by email once it is public (once, even if it changes later).',
        },
      },
    },
    {
      name: 'pressMailing',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/PressMailingStatus.tsx#PressMailingStatus' } },
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
    {
      name: 'deliveries',
      type: 'join',
      collection: collectionSlugs.pressDeliveries,
      on: 'release',
      label: { de: 'Versand an den Presseverteiler', en: 'Sent to the press list' },
      // The CMS writes these rows itself; nobody adds one by hand.
      admin: { defaultColumns: ['subscriber', 'kind', 'status', 'locale', 'sentAt', 'error'], allowCreate: false },
    },
    {
      name: 'linkOpenings',
      type: 'join',
      collection: collectionSlugs.pressLinkOpenings,
      on: 'release',
      label: { de: 'Aufrufe der persönlichen Links (Sperrfrist)', en: 'Personal links opened (embargo)' },
      admin: { defaultColumns: ['subscriber', 'opened', 'createdAt'], allowCreate: false },
    },
  ],
}
