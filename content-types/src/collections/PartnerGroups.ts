import type { CollectionConfig } from 'payload'

import { isEditor, publishedOrStaff } from '../access/index.ts'
import { orderField } from '../fields/order.ts'
import { collectionSlugs } from '../slugs.ts'
import { draftVersions } from '../versions.ts'

/** The five kinds of partners the association works with, each with its purpose. */
export const PartnerGroups: CollectionConfig = {
  slug: collectionSlugs.partnerGroups,
  labels: {
    singular: { de: 'Partnergruppe', en: 'Partner group' },
    plural: { de: 'Partnergruppen', en: 'Partner groups' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['order', 'title', 'languages', '_status', 'updatedAt'],
    group: { de: 'Leitbild', en: 'Mission statement' },
  },
  defaultSort: 'order',
  access: { read: publishedOrStaff, create: isEditor, update: isEditor, delete: isEditor },
  versions: draftVersions,
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { de: 'Bezeichnung', en: 'Name' },
      localized: true,
      required: true,
      maxLength: 120,
    },
    {
      name: 'purpose',
      type: 'textarea',
      label: { de: 'Wozu wir zusammenarbeiten', en: 'Purpose of the cooperation' },
      localized: true,
      required: true,
      maxLength: 1000,
    },
    orderField(),
  ],
}
