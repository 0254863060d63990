import { leichteSpracheHintCount, localeStates, translationFieldsOf, withoutUnreviewedMachineText, type DocumentInAllLocales, type LocaleState } from '@verband/content-types'
import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import { hasDraftsEnabled } from 'payload/shared'

/** What the translation views read: the document in all locales, its latest and published states. */
export type Tracked = { collection: CollectionSlug; id: number | string } | { global: GlobalSlug }

/**
 * The state of each language of one document. Staff-only screens call this (the admin), so it
 * reads with full access; the public never sees these states.
 */
export async function documentLocaleStates(payload: Payload, tracked: Tracked): Promise<LocaleState[]> {
  if ('global' in tracked) {
    const config = payload.config.globals.find((global) => global.slug === tracked.global)!
    const read = async (draft: boolean) => (await payload.findGlobal({ slug: tracked.global, locale: 'all', draft, depth: 0 })) as unknown as DocumentInAllLocales
    const latest = await read(true)
    const published = hasDraftsEnabled(config) ? await read(false) : withoutUnreviewedMachineText(latest, translationFieldsOf(config))
    return localeStates(translationFieldsOf(config), latest, hasDraftsEnabled(config) && published._status !== 'published' ? null : published)
  }
  const config = payload.collections[tracked.collection].config
  const read = async (draft: boolean) =>
    (await payload.findByID({ collection: tracked.collection, id: tracked.id, locale: 'all', draft, depth: 0 })) as unknown as DocumentInAllLocales
  const latest = await read(true)
  // Without drafts, what the public reads is the stored text less unreviewed machine translations.
  if (!hasDraftsEnabled(config)) return localeStates(translationFieldsOf(config), latest, withoutUnreviewedMachineText(latest, translationFieldsOf(config)))
  const published = await read(false)
  return localeStates(translationFieldsOf(config), latest, published._status === 'published' ? published : null)
}

/** Collections and globals whose translations are tracked, for the overview. */
export function trackedEntities(payload: Payload): { collections: CollectionSlug[]; globals: GlobalSlug[] } {
  return {
    collections: payload.config.collections.filter((c) => translationFieldsOf(c).length > 0).map((c) => c.slug as CollectionSlug),
    globals: payload.config.globals.filter((g) => translationFieldsOf(g).length > 0).map((g) => g.slug as GlobalSlug),
  }
}

export type DocumentRow = {
  entity: string
  id?: number | string
  title: string
  editPath: string
  states: LocaleState[]
  /** Leichte Sprache hints left in the latest version's Leichte Sprache text. */
  leichteSpracheHints: number
}

function titleOf(doc: DocumentInAllLocales, useAsTitle: string | undefined, fallback: string): string {
  const value = useAsTitle ? doc[useAsTitle] : undefined
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') return String((value as Record<string, unknown>).de ?? fallback)
  return fallback
}

/**
 * Every tracked document with its languages' states, for the translation overview: two reads
 * per collection (latest versions and published documents) instead of two per document.
 */
export async function allDocumentRows(payload: Payload): Promise<DocumentRow[]> {
  const { collections, globals } = trackedEntities(payload)
  const rows: DocumentRow[] = []
  for (const slug of collections) {
    const config = payload.collections[slug].config
    const read = async (draft: boolean) =>
      (await payload.find({ collection: slug, locale: 'all', draft, depth: 0, pagination: false })).docs as unknown as DocumentInAllLocales[]
    const latest = await read(true)
    const published = hasDraftsEnabled(config) ? new Map((await read(false)).map((doc) => [doc.id, doc])) : undefined
    for (const doc of latest) {
      const main = published ? published.get(doc.id) : withoutUnreviewedMachineText(doc, translationFieldsOf(config))
      rows.push({
        entity: slug,
        id: doc.id as number | string,
        title: titleOf(doc, config.admin.useAsTitle, String(doc.id)),
        editPath: `/collections/${slug}/${doc.id}`,
        states: localeStates(translationFieldsOf(config), doc, main && (!published || main._status === 'published') ? main : null),
        leichteSpracheHints: leichteSpracheHintCount(translationFieldsOf(config), doc),
      })
    }
  }
  for (const slug of globals) {
    const config = payload.config.globals.find((global) => global.slug === slug)!
    const latest = (await payload.findGlobal({ slug, locale: 'all', draft: true, depth: 0 })) as unknown as DocumentInAllLocales
    rows.push({
      entity: slug,
      title: typeof config.label === 'object' ? String((config.label as Record<string, string>).de) : slug,
      editPath: `/globals/${slug}`,
      states: await documentLocaleStates(payload, { global: slug }),
      leichteSpracheHints: leichteSpracheHintCount(translationFieldsOf(config), latest),
    })
  }
  return rows
}
