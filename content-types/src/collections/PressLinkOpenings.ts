import type { CollectionConfig } from 'payload'

import { isEditor, nobody } from '../access/index.ts'
import { pressLinkPartLabels, pressLinkParts } from '../pressList.ts'
import { releaseAndSubscriberFields } from '../fields/pressRecord.ts'
import { collectionSlugs } from '../slugs.ts'

/**
 * Who opened what through a personal link to an embargoed release, and when: the
 * accountability an embargo needs (a leak can be traced to the links that were opened).
 * Editors read it on each release; only the CMS writes it.
 */
export const PressLinkOpenings: CollectionConfig = {
  slug: collectionSlugs.pressLinkOpenings,
  labels: {
    singular: { de: 'Aufruf eines persönlichen Links', en: 'Personal link opened' },
    plural: { de: 'Aufrufe persönlicher Links', en: 'Personal links opened' },
  },
  admin: {
    defaultColumns: ['release', 'subscriber', 'opened', 'file', 'createdAt'],
    group: { de: 'Presse', en: 'Press' },
    description: {
      de: 'Wer eine Pressemitteilung unter Sperrfrist über den persönlichen Link geöffnet hat, und wann. Das CMS schreibt diese Liste selbst.',
      en: 'Who opened an embargoed release through their personal link, and when. The CMS writes this list itself.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: isEditor, create: nobody, update: nobody, delete: isEditor },
  fields: [
    ...releaseAndSubscriberFields,
    {
      name: 'opened',
      type: 'select',
      required: true,
      label: { de: 'Geöffnet', en: 'Opened' },
      options: pressLinkParts.map((value) => ({ value, label: pressLinkPartLabels[value] })),
    },
    {
      // The name, not a relation: the record must still say what was opened after the file is replaced or deleted.
      name: 'file',
      type: 'text',
      label: { de: 'Datei', en: 'File' },
      admin: { condition: (data) => data?.opened === 'file' },
    },
  ],
}
