import type { CollectionConfig } from 'payload'
import { array } from 'payload/shared'

import { isEditor, isWriter } from '../access/index.ts'
import { messagesFor } from '../adminLanguage/messages/index.ts'
import { getLocale, machineTranslationLocales } from '../locales.ts'
import { collectionSlugs } from '../slugs.ts'

/**
 * The translation glossary: German terms that machine translation must render a fixed way
 * (an entry for that language) or leave exactly as written (no entry for that language), such
 * as the association's name, "Migrant*innenorganisationen", "Leitbild" or member names.
 * Editors keep it; everyone on the staff reads it.
 */
export const GlossaryTerms: CollectionConfig = {
  slug: collectionSlugs.glossaryTerms,
  labels: {
    singular: { de: 'Glossarbegriff', en: 'Glossary term' },
    plural: { de: 'Glossar', en: 'Glossary' },
  },
  admin: {
    useAsTitle: 'term',
    defaultColumns: ['term', 'translations', 'updatedAt'],
    group: { de: 'Übersetzung', en: 'Translation' },
    description: {
      de: 'Begriffe, die die maschinelle Übersetzung fest übersetzt (Eintrag für die Sprache) oder unverändert lässt (kein Eintrag für die Sprache).',
      en: 'Terms machine translation renders a fixed way (an entry for the language) or leaves as written (no entry for the language).',
    },
  },
  defaultSort: 'term',
  access: { read: isWriter, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    {
      name: 'term',
      type: 'text',
      label: { de: 'Begriff (Deutsch)', en: 'Term (German)' },
      required: true,
      unique: true,
      maxLength: 120,
    },
    {
      name: 'translations',
      type: 'array',
      label: { de: 'Feste Übersetzungen', en: 'Fixed translations' },
      labels: { singular: { de: 'Übersetzung', en: 'Translation' }, plural: { de: 'Übersetzungen', en: 'Translations' } },
      admin: {
        description: {
          de: 'Für jede Sprache, in der der Begriff anders heißt. Sprachen ohne Eintrag behalten den deutschen Begriff.',
          en: 'For each language in which the term reads differently. Languages without an entry keep the German term.',
        },
      },
      validate: (rows, options) => {
        const codes = Array.isArray(rows) ? rows.map((row) => (row as { locale?: string }).locale) : []
        const doubled = codes.find((code, index) => code && codes.indexOf(code) !== index)
        return doubled ? messagesFor(options).languageTwice(doubled) : array(rows, options)
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'locale',
              type: 'select',
              required: true,
              label: { de: 'Sprache', en: 'Language' },
              options: machineTranslationLocales.map((code) => ({ value: code, label: `${getLocale(code).label} (${code})` })),
            },
            {
              name: 'text',
              type: 'text',
              required: true,
              maxLength: 120,
              label: { de: 'Übersetzung', en: 'Translation' },
            },
          ],
        },
      ],
    },
  ],
}
