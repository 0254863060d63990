import type { CollectionConfig } from 'payload'

import { isEditor, nobody } from '../access/index.ts'
import { collectionSlugs } from '../slugs.ts'

/**
 * One document per website build: what triggered it, when it ran, how long it took, how
 * many pages it made, whether it went live, and the end of its log. Written only by the
 * publish pipeline; readable by editors and admins, never by the public.
 */
export const SiteBuilds: CollectionConfig = {
  slug: collectionSlugs.siteBuilds,
  labels: {
    singular: { de: 'Website-Build', en: 'Site build' },
    plural: { de: 'Website-Builds', en: 'Site builds' },
  },
  admin: {
    useAsTitle: 'startedAt',
    defaultColumns: ['startedAt', 'status', 'reason', 'durationMs', 'pages'],
    group: { de: 'Verwaltung', en: 'Administration' },
  },
  defaultSort: '-startedAt',
  access: { read: isEditor, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      label: { de: 'Status', en: 'Status' },
      options: [
        { value: 'building', label: { de: 'Wird gebaut', en: 'Building' } },
        { value: 'published', label: { de: 'Veröffentlicht', en: 'Published' } },
        { value: 'failed', label: { de: 'Fehlgeschlagen', en: 'Failed' } },
      ],
    },
    { name: 'reason', type: 'text', label: { de: 'Anlass', en: 'Reason' } },
    {
      name: 'triggers',
      type: 'array',
      label: { de: 'Ausgelöst durch', en: 'Triggered by' },
      fields: [
        { name: 'entity', type: 'text', label: { de: 'Sammlung / Global', en: 'Collection / global' } },
        { name: 'documentId', type: 'text', label: { de: 'Dokument', en: 'Document' } },
        { name: 'locale', type: 'text', label: { de: 'Sprache', en: 'Locale' } },
        { name: 'user', type: 'relationship', relationTo: collectionSlugs.users, label: { de: 'Von', en: 'By' } },
        { name: 'at', type: 'date', label: { de: 'Zeitpunkt', en: 'At' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      name: 'contentAsOf',
      type: 'date',
      index: true,
      label: { de: 'Inhalt vom', en: 'Content as of' },
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: { de: 'Stand der Inhalte in diesem Build (bei Rücknahme: des alten Builds).', en: 'When this build read the content (for a rollback: the earlier build’s).' },
      },
    },
    { name: 'queuedAt', type: 'date', label: { de: 'Eingereiht', en: 'Queued' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'startedAt', type: 'date', index: true, label: { de: 'Gestartet', en: 'Started' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', label: { de: 'Beendet', en: 'Finished' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number', label: { de: 'Dauer (ms)', en: 'Duration (ms)' } },
    { name: 'pages', type: 'number', label: { de: 'Seiten', en: 'Pages' } },
    { name: 'folder', type: 'text', label: { de: 'Ordner', en: 'Folder' } },
    { name: 'error', type: 'textarea', label: { de: 'Fehler', en: 'Error' } },
    {
      name: 'deployHook',
      type: 'group',
      label: { de: 'Deploy-Hook', en: 'Deploy hook' },
      admin: { condition: (data) => Boolean(data?.deployHook?.attempts) },
      fields: [
        { name: 'delivered', type: 'checkbox', label: { de: 'Zugestellt', en: 'Delivered' } },
        { name: 'attempts', type: 'number', label: { de: 'Versuche', en: 'Attempts' } },
        { name: 'status', type: 'number', label: { de: 'HTTP-Status', en: 'HTTP status' } },
        { name: 'error', type: 'text', label: { de: 'Fehler', en: 'Error' } },
      ],
    },
    { name: 'logTail', type: 'textarea', label: { de: 'Log (Ende)', en: 'Log (tail)' } },
  ],
}
