import type { CollectionConfig } from 'payload'

import { isEditor, publishedOrStaff } from '../access/index.ts'
import { mediaUpload } from '../fields/mediaUpload.ts'
import { validateHttpUrl } from '../fields/validators.ts'
import { collectionSlugs } from '../slugs.ts'
import { draftVersions } from '../versions.ts'

/** Organisations the association works with, each in one partner group. */
export const Partners: CollectionConfig = {
  slug: collectionSlugs.partners,
  labels: {
    singular: { de: 'Partnerorganisation', en: 'Partner' },
    plural: { de: 'Partnerorganisationen', en: 'Partners' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'group', 'languages', '_status', 'updatedAt'],
    group: { de: 'Netzwerk', en: 'Network' },
  },
  defaultSort: 'name',
  access: { read: publishedOrStaff, create: isEditor, update: isEditor, delete: isEditor },
  versions: draftVersions,
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { de: 'Name', en: 'Name' },
      required: true,
      maxLength: 200,
    },
    {
      name: 'group',
      type: 'relationship',
      relationTo: collectionSlugs.partnerGroups,
      label: { de: 'Partnergruppe', en: 'Partner group' },
      required: true,
    },
    {
      name: 'description',
      type: 'textarea',
      label: { de: 'Kurzbeschreibung', en: 'Short description' },
      localized: true,
      maxLength: 600,
    },
    {
      name: 'website',
      type: 'text',
      label: { de: 'Website', en: 'Website' },
      validate: validateHttpUrl,
    },
    mediaUpload({ name: 'logo', kinds: ['photo', 'vector'], label: { de: 'Logo', en: 'Logo' } }),
  ],
}

