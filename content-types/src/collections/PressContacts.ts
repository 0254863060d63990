import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '../access/index.ts'
import { validatePhone } from '../fields/validators.ts'
import { collectionSlugs } from '../slugs.ts'

/** People journalists can call; their details are public by purpose. */
export const PressContacts: CollectionConfig = {
  slug: collectionSlugs.pressContacts,
  labels: {
    singular: { de: 'Pressekontakt', en: 'Press contact' },
    plural: { de: 'Pressekontakte', en: 'Press contacts' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'email', 'phone'],
    group: { de: 'Presse', en: 'Press' },
  },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'name', type: 'text', label: { de: 'Name', en: 'Name' }, required: true, maxLength: 120 },
    {
      name: 'role',
      type: 'text',
      label: { de: 'Funktion', en: 'Role' },
      localized: true,
      required: true,
      maxLength: 120,
    },
    { name: 'email', type: 'email', label: { de: 'E-Mail', en: 'Email' }, required: true },
    { name: 'phone', type: 'text', label: { de: 'Telefon', en: 'Phone' }, validate: validatePhone },
    {
      name: 'languages',
      type: 'text',
      hasMany: true,
      label: { de: 'Gesprochene Sprachen', en: 'Languages spoken' },
      admin: { description: { de: 'Zum Beispiel: Deutsch, Arabisch', en: 'For example: German, Arabic' } },
    },
  ],
}
