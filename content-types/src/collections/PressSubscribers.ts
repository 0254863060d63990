import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { isEditor } from '../access/index.ts'
import { validateEmailAddress } from '../fields/validators.ts'
import { locales } from '../locales.ts'
import { normalizeEmail, pressListFieldMaxLength, pressSubscriberStatusLabels, pressSubscriberStatuses, pressTopicLabel, pressTopics } from '../pressList.ts'
import { collectionSlugs } from '../slugs.ts'

/** One address, one entry: stored lower-case, so `Anna@Example.org` and `anna@example.org` are the same subscriber. */
const lowerCaseEmail: CollectionBeforeValidateHook = ({ data }) =>
  data && typeof data.email === 'string' ? { ...data, email: normalizeEmail(data.email) } : data

/**
 * Journalists on the press list. They subscribe on the website's press pages and confirm by
 * mail (double opt-in); the CMS's press-list endpoints create and change them. Editors and
 * admins read and manage the list; authors and the public never see it: it holds personal data.
 */
export const PressSubscribers: CollectionConfig = {
  slug: collectionSlugs.pressSubscribers,
  labels: {
    singular: { de: 'Presseverteiler-Eintrag', en: 'Press list subscriber' },
    plural: { de: 'Presseverteiler', en: 'Press list' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'outlet', 'status', 'languages', 'accredited'],
    listSearchableFields: ['email', 'name', 'outlet'],
    group: { de: 'Presse', en: 'Press' },
    description: {
      de: 'Journalist*innen, die Pressemitteilungen per E-Mail bekommen. Sie tragen sich auf der Website ein und bestätigen per E-Mail; unbestätigte Einträge werden nach 48 Stunden gelöscht.',
      en: 'Journalists who get press releases by email. They sign up on the website and confirm by email; unconfirmed entries are deleted after 48 hours.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { beforeValidate: [lowerCaseEmail] },
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      label: { de: 'E-Mail', en: 'Email' },
      validate: validateEmailAddress,
    },
    { name: 'name', type: 'text', required: true, maxLength: pressListFieldMaxLength.name, label: { de: 'Name', en: 'Name' } },
    { name: 'outlet', type: 'text', maxLength: pressListFieldMaxLength.outlet, label: { de: 'Medium / Redaktion', en: 'Outlet' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'pending',
      label: { de: 'Status', en: 'Status' },
      options: pressSubscriberStatuses.map((value) => ({ value, label: pressSubscriberStatusLabels[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'accredited',
      type: 'checkbox',
      defaultValue: false,
      label: { de: 'Akkreditiert für Pressemitteilungen unter Sperrfrist', en: 'Accredited for embargoed releases' },
      admin: {
        position: 'sidebar',
        description: {
          de: 'Nur für Journalist*innen, die die Redaktion kennt und denen sie Sperrfristen anvertraut.',
          en: 'Only for journalists the editors know and trust with embargoes.',
        },
      },
    },
    {
      // Off unless the journalist asks for it on their settings page: most need no second mail.
      name: 'nowPublicNote',
      type: 'checkbox',
      defaultValue: false,
      label: { de: 'Kurzer Hinweis, wenn eine Sperrfrist abläuft', en: 'Short note when an embargo ends' },
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.accredited),
        description: {
          de: 'Für Akkreditierte, die eine Mitteilung vorab bekommen haben. Sie wählen das selbst auf ihrer Einstellungsseite.',
          en: 'For accredited journalists who had a release ahead. They choose it themselves on their settings page.',
        },
      },
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      required: true,
      label: { de: 'Sprachen, in dieser Reihenfolge', en: 'Languages, in this order' },
      options: locales.map((locale) => ({ value: locale.code, label: `${locale.label} (${locale.code})` })),
    },
    {
      name: 'topics',
      type: 'select',
      hasMany: true,
      label: { de: 'Themen', en: 'Topics' },
      options: pressTopics.map((value) => ({ value, label: pressTopicLabel(value) })),
    },
    {
      name: 'goals',
      type: 'relationship',
      relationTo: collectionSlugs.goals,
      hasMany: true,
      label: { de: 'Ziele des Leitbilds', en: 'Goals of the Leitbild' },
      admin: {
        description: {
          de: 'Pressemitteilungen, deren Erfolgsgeschichten eines dieser Ziele betreffen.',
          en: 'Releases whose stories concern one of these goals.',
        },
      },
    },
    {
      name: 'dataRights',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/PressSubscriberData.tsx#PressSubscriberData' } },
    },
    {
      name: 'consent',
      type: 'group',
      label: { de: 'Einwilligung', en: 'Consent' },
      admin: { readOnly: true },
      fields: [
        { name: 'givenAt', type: 'date', label: { de: 'Erteilt am', en: 'Given on' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'textVersion', type: 'text', label: { de: 'Fassung des Einwilligungstexts', en: 'Version of the consent text' } },
        { name: 'source', type: 'text', label: { de: 'Über das Formular', en: 'Through the form' } },
        { name: 'confirmedAt', type: 'date', label: { de: 'Bestätigt am', en: 'Confirmed on' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
  ],
}
