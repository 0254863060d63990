import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '../access/index.ts'
import { collectionSlugs } from '../slugs.ts'

/** The small, editable taxonomy of what member organisations work on (education, culture, …). */
export const ActivityFields: CollectionConfig = {
  slug: collectionSlugs.activityFields,
  labels: {
    singular: { de: 'Tätigkeitsfeld', en: 'Field of activity' },
    plural: { de: 'Tätigkeitsfelder', en: 'Fields of activity' },
  },
  admin: { useAsTitle: 'name', group: { de: 'Netzwerk', en: 'Network' } },
  defaultSort: 'name',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [{ name: 'name', type: 'text', label: { de: 'Bezeichnung', en: 'Name' }, localized: true, required: true, maxLength: 80 }],
}
