import type { CollectionBeforeChangeHook, CollectionConfig, Field, GlobalBeforeChangeHook, GlobalConfig } from 'payload'

import { defaultLocale } from '../locales.ts'

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
        name: 'basedOn',
        type: 'date',
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

/** The translatable fields: named, localized, at the top level or in unnamed tabs, rows and collapsibles. */
export function translatableFields(fields: Field[]): string[] {
  return fields.flatMap((field): string[] => {
    if ('name' in field && field.name && 'localized' in field && field.localized && !ownFields.has(field.name)) return [field.name]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : translatableFields(tab.fields)))
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) return translatableFields(field.fields)
    return []
  })
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

type Data = Record<string, unknown> & { translation?: { checked?: boolean; basedOn?: string | null } | null; sourceChangedAt?: string | null }

function changedFields(fields: readonly string[], data: Data, original: Data | undefined): boolean {
  return fields.some((field) => field in data && JSON.stringify(data[field] ?? null) !== JSON.stringify(original?.[field] ?? null))
}

/**
 * On each save, in the locale being saved: a change to the German text moves `sourceChangedAt`;
 * a change to a translation records the German state it follows and clears "checked", unless
 * the translator ticks it in the same save.
 */
function track(fields: readonly string[], data: Data, original: Data | undefined, locale: string | undefined): Data {
  if (!locale || locale === 'all' || !changedFields(fields, data, original)) return data
  const now = new Date().toISOString()
  if (locale === defaultLocale) return { ...data, sourceChangedAt: now }
  const tickedNow = data.translation?.checked === true && original?.translation?.checked !== true
  return {
    ...data,
    translation: { ...data.translation, basedOn: original?.sourceChangedAt ?? data.sourceChangedAt ?? now, checked: tickedNow },
  }
}

export function withTranslationTracking(collection: CollectionConfig): CollectionConfig {
  const fields = translatableFields(collection.fields)
  const hook: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => track(fields, data as Data, originalDoc as Data | undefined, req.locale ?? undefined)
  return {
    ...collection,
    fields: [...withLeichteSpracheHints(collection.fields), ...trackingFields, statusField(), languagesColumn],
    custom: { ...collection.custom, translatableFields: fields },
    hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), hook] },
  }
}

export function withGlobalTranslationTracking(global: GlobalConfig): GlobalConfig {
  const fields = translatableFields(global.fields)
  const hook: GlobalBeforeChangeHook = ({ data, originalDoc, req }) => track(fields, data as Data, originalDoc as Data | undefined, req.locale ?? undefined)
  return {
    ...global,
    fields: [...withLeichteSpracheHints(global.fields), ...trackingFields, statusField(global.slug)],
    custom: { ...global.custom, translatableFields: fields },
    hooks: { ...global.hooks, beforeChange: [...(global.hooks?.beforeChange ?? []), hook] },
  }
}
