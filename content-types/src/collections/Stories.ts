import type { CollectionConfig } from 'payload'

import { isEditor, isWriter, publishedOrStaff } from '../access/index.ts'
import { mediaUpload } from '../fields/mediaUpload.ts'
import { slugField } from '../fields/slug.ts'
import { forbidPublishingByAuthors } from '../hooks/forbidPublishingByAuthors.ts'
import { regions } from '../regions.ts'
import { collectionSlugs } from '../slugs.ts'
import { draftVersions } from '../versions.ts'

/** Success stories: what member organisations achieve, told for the public. */
export const Stories: CollectionConfig = {
  slug: collectionSlugs.stories,
  labels: {
    singular: { de: 'Erfolgsgeschichte', en: 'Success story' },
    plural: { de: 'Erfolgsgeschichten', en: 'Success stories' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', 'languages', '_status', 'review', 'lastChangedBy', 'updatedAt'],
    group: { de: 'Inhalte', en: 'Content' },
  },
  defaultSort: '-publishedAt',
  access: { read: publishedOrStaff, create: isWriter, update: isWriter, delete: isEditor },
  hooks: { beforeChange: [forbidPublishingByAuthors] },
  versions: draftVersions,
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { de: 'Titel', en: 'Title' },
      localized: true,
      required: true,
      maxLength: 160,
    },
    slugField(),
    {
      name: 'summary',
      type: 'textarea',
      label: { de: 'Zusammenfassung', en: 'Summary' },
      localized: true,
      required: true,
      maxLength: 400,
    },
    mediaUpload({ name: 'heroImage', kinds: ['photo'], label: { de: 'Titelbild', en: 'Hero image' } }),
    mediaUpload({
      name: 'signLanguageVideo',
      kinds: ['video'],
      label: { de: 'Video in Gebärdensprache', en: 'Sign-language video' },
      admin: { description: { de: 'Optional: die Geschichte in Deutscher Gebärdensprache, gezeigt unter dem Text.', en: 'Optional: the story in German Sign Language, shown below the text.' } },
    }),
    {
      name: 'body',
      type: 'richText',
      label: { de: 'Text', en: 'Body' },
      localized: true,
      required: true,
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: { de: 'Veröffentlicht am', en: 'Publication date' },
      required: true,
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'regions',
      type: 'select',
      hasMany: true,
      label: { de: 'Regionen', en: 'Regions' },
      options: regions.map(({ value, label }) => ({ value, label })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'members',
      type: 'relationship',
      relationTo: collectionSlugs.members,
      hasMany: true,
      label: { de: 'Beteiligte Mitgliedsorganisationen', en: 'Member organisations involved' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'goals',
      type: 'relationship',
      relationTo: collectionSlugs.goals,
      hasMany: true,
      label: { de: 'Bezug zu Zielen', en: 'Related goals' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'values',
      type: 'relationship',
      relationTo: collectionSlugs.values,
      hasMany: true,
      label: { de: 'Bezug zu Werten', en: 'Related values' },
      admin: { position: 'sidebar' },
    },
  ],
}
