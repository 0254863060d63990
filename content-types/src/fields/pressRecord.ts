import type { Field } from 'payload'

import { collectionSlugs } from '../slugs.ts'

/** Which release and which subscriber a record of the press list is about (a delivery, a link opened). */
export const releaseAndSubscriberFields: Field[] = [
  {
    name: 'release',
    type: 'relationship',
    relationTo: collectionSlugs.pressReleases,
    required: true,
    index: true,
    label: { de: 'Pressemitteilung', en: 'Press release' },
  },
  {
    name: 'subscriber',
    type: 'relationship',
    relationTo: collectionSlugs.pressSubscribers,
    required: true,
    index: true,
    label: { de: 'Empfänger*in', en: 'Recipient' },
  },
]
