import type { CollectionConfig } from 'payload'

import { isEditor, publishedOrStaff } from '../access/index.ts'
import { orderField } from '../fields/order.ts'
import { draftVersions } from '../versions.ts'

type Labels = { de: string; en: string }

/**
 * Values, goals and working principles of the Leitbild share one shape: an ordered list
 * of short statements, each a title and a sentence or two, translated into every locale.
 */
export function orderedStatementCollection(options: {
  slug: string
  singular: Labels
  plural: Labels
}): CollectionConfig {
  return {
    slug: options.slug,
    labels: { singular: options.singular, plural: options.plural },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['order', 'title', 'languages', '_status', 'updatedAt'],
      group: { de: 'Leitbild', en: 'Mission statement' },
    },
    defaultSort: 'order',
    access: {
      read: publishedOrStaff,
      create: isEditor,
      update: isEditor,
      delete: isEditor,
    },
    versions: draftVersions,
    fields: [
      {
        name: 'title',
        type: 'text',
        label: { de: 'Titel', en: 'Title' },
        localized: true,
        required: true,
        maxLength: 120,
      },
      {
        name: 'text',
        type: 'textarea',
        label: { de: 'Text', en: 'Text' },
        localized: true,
        required: true,
        maxLength: 1000,
      },
      orderField(),
    ],
  }
}
