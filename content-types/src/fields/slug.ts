import type { FieldHook, TextField } from 'payload'

import { messagesFor, type ValidateOptions } from '../adminLanguage/messages/index.ts'

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** Long enough for any title, short enough for every file system the website is built on. */
const maxSlugLength = 80

const transliterations: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }

/** Turns a German title into a URL segment: "Brücken für Görlitz" → "bruecken-fuer-goerlitz". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => transliterations[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxSlugLength)
    .replace(/-+$/g, '')
}

function fillFrom(sourceField: string): FieldHook {
  return ({ value, data }) => {
    if (typeof value === 'string' && value.length > 0) return value
    const source: unknown = data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }
}

/**
 * A URL slug shared by every language version of a document (so the language switcher
 * can keep the reader on the same document), derived from the German title when empty.
 * `reserved` names path segments the website uses beside the documents' own.
 */
export function slugField(sourceField = 'title', { reserved = [] }: { reserved?: string[] } = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: { de: 'URL-Kürzel', en: 'URL slug' },
    required: true,
    unique: true,
    index: true,
    maxLength: maxSlugLength,
    // A custom validate replaces Payload's own, maxLength check included: checked here.
    // (A 300-character slug was accepted and broke the website build: ENAMETOOLONG.)
    validate: (value: string | null | undefined, options?: ValidateOptions) => {
      const t = messagesFor(options)
      if (typeof value === 'string' && value.length > maxSlugLength) return t.slugTooLong(maxSlugLength)
      if (typeof value !== 'string' || !slugPattern.test(value)) return t.slugCharacters
      return reserved.includes(value) ? t.slugReserved(value) : true
    },
    hooks: { beforeValidate: [fillFrom(sourceField)] },
    admin: {
      position: 'sidebar',
      description: {
        de: 'Wird aus dem deutschen Titel erzeugt, wenn leer gelassen.',
        en: 'Generated from the German title when left empty.',
      },
    },
  } as TextField
}
