import type { CollectionConfig, GlobalConfig } from 'payload'

import { cataloguedLanguages, type CataloguedLanguage } from './languages.ts'
import ar from './labels/ar.json' with { type: 'json' }
import fa from './labels/fa.json' with { type: 'json' }
import ru from './labels/ru.json' with { type: 'json' }
import tr from './labels/tr.json' with { type: 'json' }
import uk from './labels/uk.json' with { type: 'json' }
import vi from './labels/vi.json' with { type: 'json' }

/**
 * The content model's labels and help texts in every admin language. The model writes each
 * as `{ de, en }`; the other languages come from one catalogue per language, keyed by the German
 * text (as gettext keys by the source text), so a changed German label shows up as missing in
 * `test/adminLanguages.test.ts` until every catalogue has it.
 */
export const labelCatalogues: Record<CataloguedLanguage, Record<string, string>> = { ar, fa, ru, tr, uk, vi }

export type LabelObject = { de: string; en: string } & Partial<Record<CataloguedLanguage, string>>

/** Parts of a config that are code or data, never labels: not walked. */
const notLabels = new Set(['editor', 'hooks', 'access', 'validate', 'custom', 'defaultValue', 'filterOptions', 'endpoints', 'components', 'upload', 'versions', 'auth'])

export function isLabelObject(value: unknown): value is LabelObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const record = value as Record<string, unknown>
  return typeof record.de === 'string' && typeof record.en === 'string' && Object.keys(record).every((key) => key === 'de' || key === 'en' || key.length <= 3)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
}

/** Calls `visit` for every label object in a config, and returns the config with each replaced by `visit`'s result. */
export function mapLabels<T>(value: T, visit: (label: LabelObject) => LabelObject): T {
  if (isLabelObject(value)) return visit(value) as T
  if (Array.isArray(value)) return value.map((item) => mapLabels(item, visit)) as T
  if (!isPlainObject(value)) return value
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, notLabels.has(key) ? item : mapLabels(item, visit)])) as T
}

function withCatalogues(label: LabelObject): LabelObject {
  const filled: LabelObject = { ...label }
  for (const language of cataloguedLanguages) {
    const text = label[language] ?? labelCatalogues[language][label.de]
    if (text) filled[language] = text
  }
  return filled
}

/** A collection or global with its labels in every admin language the catalogues have. */
export function withAdminLanguages<T extends CollectionConfig | GlobalConfig>(config: T): T {
  return mapLabels(config, withCatalogues)
}
