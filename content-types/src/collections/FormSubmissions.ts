import type { CollectionBeforeChangeHook, CollectionConfig, Field, FieldAccess } from 'payload'

import { isEditor, nobody } from '../access/index.ts'
import { formFieldMaxLength, formKindLabels, formKinds } from '../forms.ts'
import { locales } from '../locales.ts'
import { collectionSlugs } from '../slugs.ts'

// What the visitor wrote stays as written: staff change the status and notes, not the words.
const visitorsWords: { update: FieldAccess } = { update: nobody }

/** A list title for a submission: the start of its message, on one line. */
const subjectFromMessage: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create' || typeof data.message !== 'string') return data
  const line = data.message.replace(/\s+/g, ' ').trim()
  return { ...data, subject: line.length > 80 ? `${line.slice(0, 79)}…` : line }
}

const visitorField = (field: Field): Field => ({ ...field, access: visitorsWords, admin: { ...field.admin, readOnly: true } }) as Field

/**
 * What visitors send through the website's contact and accessibility-feedback forms. Only the
 * CMS's form endpoint (`POST /api/forms/:form`) creates them, after its spam checks; nobody can
 * create one through the REST API. Editors and admins read them and track their status; the
 * public and authors never see them: they hold personal data.
 */
export const FormSubmissions: CollectionConfig = {
  slug: collectionSlugs.formSubmissions,
  labels: {
    singular: { de: 'Formular-Nachricht', en: 'Form submission' },
    plural: { de: 'Formular-Nachrichten', en: 'Form submissions' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'form', 'status', 'name', 'email', 'createdAt'],
    listSearchableFields: ['subject', 'name', 'email', 'message'],
    group: { de: 'Posteingang', en: 'Inbox' },
    description: {
      de: 'Nachrichten aus dem Kontaktformular und gemeldete Barrieren. Bitte beantworten und den Status pflegen; erledigte Nachrichten mit personenbezogenen Daten löschen, wenn sie nicht mehr gebraucht werden.',
      en: 'Messages from the contact form and reported barriers. Answer them and keep the status up to date; delete finished ones with personal data when they are no longer needed.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: isEditor, update: isEditor, delete: isEditor, create: nobody },
  hooks: { beforeChange: [subjectFromMessage] },
  fields: [
    visitorField({ name: 'subject', type: 'text', label: { de: 'Betreff (Anfang der Nachricht)', en: 'Subject (start of the message)' } }),
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'new',
      label: { de: 'Status', en: 'Status' },
      options: [
        { value: 'new', label: { de: 'Neu', en: 'New' } },
        { value: 'in-progress', label: { de: 'In Bearbeitung', en: 'In progress' } },
        { value: 'done', label: { de: 'Erledigt', en: 'Done' } },
      ],
      admin: { position: 'sidebar' },
    },
    visitorField({
      name: 'form',
      type: 'select',
      required: true,
      index: true,
      label: { de: 'Formular', en: 'Form' },
      options: formKinds.map((value) => ({ value, label: formKindLabels[value] })),
      admin: { position: 'sidebar' },
    }),
    visitorField({
      name: 'locale',
      type: 'select',
      label: { de: 'Sprache der Website', en: 'Website language' },
      options: locales.map((locale) => ({ value: locale.code, label: `${locale.label} (${locale.code})` })),
      admin: { position: 'sidebar' },
    }),
    visitorField({
      name: 'pageUrl',
      type: 'text',
      maxLength: formFieldMaxLength.pageUrl,
      label: { de: 'Seite mit der Barriere', en: 'Page with the barrier' },
      admin: { condition: (data) => data?.form === 'accessibility-feedback' },
    }),
    visitorField({ name: 'name', type: 'text', maxLength: formFieldMaxLength.name, label: { de: 'Name', en: 'Name' } }),
    visitorField({ name: 'email', type: 'text', maxLength: formFieldMaxLength.email, label: { de: 'E-Mail', en: 'Email' } }),
    visitorField({ name: 'message', type: 'textarea', required: true, maxLength: formFieldMaxLength.message, label: { de: 'Nachricht', en: 'Message' } }),
    {
      name: 'note',
      type: 'textarea',
      label: { de: 'Interne Notiz', en: 'Internal note' },
      admin: { description: { de: 'Nur für die Redaktion, z. B. wer antwortet.', en: 'For staff only, e.g. who answers.' } },
    },
  ],
}
