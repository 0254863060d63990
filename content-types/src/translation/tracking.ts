import type { CollectionBeforeChangeHook, CollectionConfig, CollectionSlug, Field, GlobalBeforeChangeHook, GlobalConfig, GlobalSlug } from 'payload'
import { hasDraftsEnabled } from 'payload/shared'

import { staffField } from '../access/index.ts'
import { defaultLocale, leichteSpracheLocale, type LocaleCode } from '../locales.ts'
import { keepingLocale } from './keepingLocale.ts'
import { memoryAfterEdit, type SegmentMemory } from './memory.ts'
import type { TranslationField } from './segments.ts'
import { hideUnreviewedGlobalMachineText, hideUnreviewedMachineText } from './unreviewedMachineText.ts'

/**
 * Translation tracking for a collection or global: when its German text last changed, and per
 * language which German state the translation was made from and whether a person who reads
 * the language has checked it. `localeStates` (state.ts) turns this into missing / outdated /
 * current and "needs review".
 */
const trackingFields: Field[] = [
  {
    name: 'sourceChangedAt',
    type: 'date',
    label: { de: 'Deutscher Text zuletzt geändert', en: 'German text last changed' },
    admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, condition: () => false },
  },
  {
    name: 'translation',
    type: 'group',
    localized: true,
    label: { de: 'Übersetzung', en: 'Translation' },
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'checked',
        type: 'checkbox',
        defaultValue: false,
        label: { de: 'Von einer Person mit dieser Sprache geprüft', en: 'Checked by someone who reads this language' },
        admin: {
          description: {
            de: 'Für Übersetzungen: nach der Prüfung ankreuzen; eine Änderung der Übersetzung setzt das Häkchen zurück.',
            en: 'For translations: tick after review; changing the translation clears it.',
          },
        },
      },
      {
        name: 'machine',
        type: 'checkbox',
        defaultValue: false,
        label: { de: 'Maschinell übersetzt', en: 'Machine-translated' },
        admin: { readOnly: true, condition: (_, siblingData) => siblingData?.machine === true },
      },
      {
        name: 'basedOn',
        type: 'date',
        admin: { readOnly: true, condition: () => false },
      },
      {
        // The translation memory (memory.ts): the German text each segment was translated
        // from. German drafts can be in it, so the public never reads it.
        name: 'segments',
        type: 'json',
        access: { read: staffField, create: staffField, update: staffField },
        admin: { readOnly: true, condition: () => false },
      },
    ],
  },
]

/** The sidebar's per-language states; a global's component is told which global it is on. */
function statusField(globalSlug?: string): Field {
  const path = '/components/TranslationStatus.tsx#TranslationStatus'
  return {
    name: 'translationStatus',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: globalSlug ? { path, serverProps: { globalSlug } } : path } },
  }
}

/** The list views' column of per-language badges. */
const languagesColumn: Field = {
  name: 'languages',
  type: 'ui',
  label: { de: 'Sprachen', en: 'Languages' },
  admin: { components: { Field: false, Cell: '/components/TranslationCell.tsx#TranslationCell' } },
}

const ownFields = new Set(['sourceChangedAt', 'translation'])

function labelOf(field: Field & { label?: unknown; name: string }): string {
  const label = field.label
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return String((label as Record<string, string>).de ?? field.name)
  return field.name
}

/**
 * The translatable fields: named, localized text, textarea and rich-text fields, at the top
 * level or in unnamed tabs, rows and collapsibles; and arrays and named groups (not localized
 * themselves) whose rows hold such fields, as the press kit's fact sheet does.
 */
export function translationFields(fields: Field[]): TranslationField[] {
  return fields.flatMap((field): TranslationField[] => {
    if ((field.type === 'text' || field.type === 'textarea' || field.type === 'richText') && field.localized && !ownFields.has(field.name)) {
      const maxLength = 'maxLength' in field && typeof field.maxLength === 'number' ? field.maxLength : undefined
      return [{ name: field.name, kind: field.type === 'richText' ? 'richText' : 'text', label: labelOf(field), ...(maxLength ? { maxLength } : {}) }]
    }
    if ((field.type === 'array' || field.type === 'group') && 'name' in field && field.name && !field.localized && !ownFields.has(field.name)) {
      const inner = translationFields(field.fields)
      return inner.length > 0 ? [{ name: field.name, kind: field.type, label: labelOf(field), fields: inner }] : []
    }
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : translationFields(tab.fields)))
    if ((field.type === 'row' || field.type === 'collapsible' || field.type === 'group') && 'fields' in field) return translationFields(field.fields)
    return []
  })
}

/** The names of the translatable fields. */
export function translatableFields(fields: Field[]): string[] {
  return translationFields(fields).map((field) => field.name)
}

const hintsComponent = '/components/LeichteSpracheHints.tsx#LeichteSpracheHints'

/**
 * Text fields that are translated get the Leichte Sprache hints under their input (shown in
 * that variant only): the same fields `translatableFields` finds.
 */
function withLeichteSpracheHints(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if ((field.type === 'text' || field.type === 'textarea' || field.type === 'richText') && field.localized && !ownFields.has(field.name)) {
      const components = field.admin?.components as { afterInput?: unknown[] } | undefined
      return { ...field, admin: { ...field.admin, components: { ...components, afterInput: [...(components?.afterInput ?? []), hintsComponent] } } } as Field
    }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ('name' in tab && tab.name ? tab : { ...tab, fields: withLeichteSpracheHints(tab.fields) })) }
    if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: withLeichteSpracheHints(field.fields) }
    return field
  })
}

type Tracking = { checked?: boolean; machine?: boolean; basedOn?: string | null; segments?: SegmentMemory | null }
type Data = Record<string, unknown> & { translation?: Tracking | null; sourceChangedAt?: string | null }

/** The translation endpoints write the memory themselves and say so in the request context. */
export const memoryWrittenByCaller = 'translationMemoryWritten'

function changedFields(fields: readonly TranslationField[], data: Data, original: Data | undefined): boolean {
  return fields.some(({ name }) => name in data && JSON.stringify(data[name] ?? null) !== JSON.stringify(original?.[name] ?? null))
}

type TrackArgs = {
  fields: readonly TranslationField[]
  data: Data
  original: Data | undefined
  locale: string | undefined
  context: Record<string, unknown>
  /** The current German text, read only when a person's translation needs its memory updated. */
  readGerman: () => Promise<Record<string, unknown>>
}

/**
 * On each save, in the locale being saved: a change to the German text moves `sourceChangedAt`;
 * a change to a translation records the German state it follows, updates the segments'
 * memory and clears "checked" (and "machine-translated"), unless the translator ticks it in
 * the same save. Ticking "checked" ends "machine-translated, needs review".
 */
async function track({ fields, data, original, locale, context, readGerman }: TrackArgs): Promise<Data> {
  if (!locale || locale === 'all') return data
  const tickedNow = data.translation?.checked === true && original?.translation?.checked !== true
  if (!changedFields(fields, data, original)) {
    return tickedNow ? { ...data, translation: { ...data.translation, machine: false } } : data
  }
  const now = new Date().toISOString()
  if (locale === defaultLocale) return { ...data, sourceChangedAt: now }
  const translation: Tracking = { ...data.translation, basedOn: original?.sourceChangedAt ?? data.sourceChangedAt ?? now, checked: tickedNow }
  if (context[memoryWrittenByCaller]) return { ...data, translation }
  translation.machine = false
  if (locale !== (leichteSpracheLocale as LocaleCode)) {
    const after = { ...original, ...data }
    translation.segments = memoryAfterEdit(fields, await readGerman(), original ?? {}, after, original?.translation?.segments)
  }
  return { ...data, translation }
}

export function withTranslationTracking(collection: CollectionConfig): CollectionConfig {
  const fields = translationFields(collection.fields)
  const hook: CollectionBeforeChangeHook = ({ data, originalDoc, req, context }) =>
    track({
      fields,
      data: data as Data,
      original: originalDoc as Data | undefined,
      locale: req.locale ?? undefined,
      context,
      readGerman: () =>
        originalDoc?.id === undefined
          ? Promise.resolve({})
          : keepingLocale(req, () => req.payload.findByID({ collection: collection.slug as CollectionSlug, id: originalDoc.id, locale: defaultLocale, fallbackLocale: false, draft: true, depth: 0, req })),
    })
  return {
    ...collection,
    fields: [...withLeichteSpracheHints(collection.fields), ...trackingFields, statusField(), languagesColumn],
    custom: { ...collection.custom, translationFields: fields },
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), hook],
      afterRead: [...(collection.hooks?.afterRead ?? []), ...(hasDraftsEnabled(collection) ? [] : [hideUnreviewedMachineText(collection.slug, fields)])],
    },
  }
}

export function withGlobalTranslationTracking(global: GlobalConfig): GlobalConfig {
  const fields = translationFields(global.fields)
  const hook: GlobalBeforeChangeHook = ({ data, originalDoc, req, context }) =>
    track({
      fields,
      data: data as Data,
      original: originalDoc as Data | undefined,
      locale: req.locale ?? undefined,
      context,
      readGerman: () => keepingLocale(req, () => req.payload.findGlobal({ slug: global.slug as GlobalSlug, locale: defaultLocale, fallbackLocale: false, draft: true, depth: 0, req })),
    })
  return {
    ...global,
    fields: [...withLeichteSpracheHints(global.fields), ...trackingFields, statusField(global.slug)],
    custom: { ...global.custom, translationFields: fields },
    hooks: {
      ...global.hooks,
      beforeChange: [...(global.hooks?.beforeChange ?? []), hook],
      afterRead: [...(global.hooks?.afterRead ?? []), ...(hasDraftsEnabled(global) ? [] : [hideUnreviewedGlobalMachineText(global.slug, fields)])],
    },
  }
}

/** The translatable fields a collection's or global's config carries (set by the wrappers above). */
export function translationFieldsOf(config: { custom?: Record<string, unknown> }): TranslationField[] {
  return (config.custom?.translationFields as TranslationField[] | undefined) ?? []
}
