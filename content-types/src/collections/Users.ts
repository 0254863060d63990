import type { CollectionConfig } from 'payload'

import { adminField, adminOrSelf, isAdmin, staffReadsUsers } from '../access/index.ts'
import { adminLanguages } from '../adminLanguage/languages.ts'
import { getLocale } from '../locales.ts'
import { demoAccountsOnlyInDemoMode } from '../hooks/demoAccountsOnlyInDemoMode.ts'
import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin.ts'
import { roleLabels, roles } from '../roles.ts'
import { collectionSlugs } from '../slugs.ts'

/** Staff accounts. Never readable without login; only admins manage accounts and roles. */
export const Users: CollectionConfig = {
  slug: collectionSlugs.users,
  labels: {
    singular: { de: 'Benutzer*in', en: 'User' },
    plural: { de: 'Benutzer*innen', en: 'Users' },
  },
  auth: {
    // Locks an account for ten minutes after five wrong passwords in a row.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: { de: 'Verwaltung', en: 'Administration' },
  },
  access: {
    read: staffReadsUsers,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
  },
  hooks: { beforeChange: [firstUserIsAdmin], beforeLogin: [demoAccountsOnlyInDemoMode] },
  fields: [
    { name: 'name', type: 'text', label: { de: 'Name', en: 'Name' }, required: true, maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      label: { de: 'Rolle', en: 'Role' },
      required: true,
      defaultValue: 'author',
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      access: { create: adminField, update: adminField },
      saveToJWT: true,
    },
    {
      name: 'adminLanguage',
      type: 'select',
      label: { de: 'Sprache der Oberfläche', en: 'Interface language' },
      options: adminLanguages.map((code) => ({ value: code, label: getLocale(code).label })),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          de: 'Jede Person wählt ihre Sprache selbst: im Konto oder auf der Anmeldeseite. Sie gilt nach jeder Anmeldung, auf jedem Gerät. Neue Konten übernehmen die Sprache des Browsers.',
          en: 'Each person chooses their own: in their account or on the login page. It applies after every login, on every device. New accounts take the browser’s language.',
        },
      },
    },
  ],
}
