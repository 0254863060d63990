import type { CollectionConfig } from 'payload'

import { isEditor, nobody } from '../access/index.ts'
import { locales } from '../locales.ts'
import { pressDeliveryKindLabels, pressDeliveryKinds, pressDeliveryStatusLabels, pressDeliveryStatuses } from '../pressList.ts'
import { releaseAndSubscriberFields } from '../fields/pressRecord.ts'
import { collectionSlugs } from '../slugs.ts'

/**
 * The press list's send record: one row per release and subscriber, made when the release is
 * announced and updated as its mail goes out. Its unique `key` is what makes "never the same
 * release twice" hold across republishing, restarts and several CMS instances. Editors read
 * it (on each release, as counts and a list); only the CMS writes it.
 */
export const PressDeliveries: CollectionConfig = {
  slug: collectionSlugs.pressDeliveries,
  labels: {
    singular: { de: 'Versand an den Presseverteiler', en: 'Press list delivery' },
    plural: { de: 'Versand an den Presseverteiler', en: 'Press list deliveries' },
  },
  admin: {
    defaultColumns: ['release', 'subscriber', 'kind', 'status', 'locale', 'sentAt', 'error'],
    group: { de: 'Presse', en: 'Press' },
    description: {
      de: 'Welche Pressemitteilung an wen ging, in welcher Sprache, und was dabei schiefging. Das CMS schreibt diese Liste selbst.',
      en: 'Which release went to whom, in which language, and what went wrong. The CMS writes this list itself.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: isEditor, create: nobody, update: nobody, delete: isEditor },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
    ...releaseAndSubscriberFields,
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'release',
      label: { de: 'Art', en: 'Kind' },
      options: pressDeliveryKinds.map((value) => ({ value, label: pressDeliveryKindLabels[value] })),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'queued',
      label: { de: 'Status', en: 'Status' },
      options: pressDeliveryStatuses.map((value) => ({ value, label: pressDeliveryStatusLabels[value] })),
    },
    {
      name: 'locale',
      type: 'select',
      label: { de: 'Sprache der E-Mail', en: 'Language of the mail' },
      options: locales.map((locale) => ({ value: locale.code, label: `${locale.label} (${locale.code})` })),
    },
    {
      // The embargo's end the mail names (sent ahead, or a correction; empty for a lifted one).
      name: 'embargoUntil',
      type: 'date',
      label: { de: 'Genannte Sperrfrist', en: 'Embargo named' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, label: { de: 'Versuche', en: 'Attempts' } },
    { name: 'nextAttemptAt', type: 'date', index: true, label: { de: 'Nächster Versuch', en: 'Next attempt' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'claimedUntil', type: 'date', admin: { hidden: true } },
    { name: 'sentAt', type: 'date', label: { de: 'Gesendet am', en: 'Sent on' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'error', type: 'text', label: { de: 'Fehler', en: 'Error' } },
  ],
}
