import type { CollectionAfterReadHook, CollectionSlug, GlobalAfterReadHook, GlobalSlug, PayloadRequest } from 'payload'

import { hasRole } from '../access/index.ts'
import { defaultLocale } from '../locales.ts'
import { keepingLocale } from './keepingLocale.ts'
import { arrayRows, innerFields, type TranslationField } from './segments.ts'

type Tracking = { machine?: boolean | null; checked?: boolean | null } | null | undefined
type Doc = Record<string, unknown> & { id?: number | string; translation?: Tracking | Record<string, Tracking> }

const unreviewed = (tracking: Tracking) => tracking?.machine === true && tracking.checked !== true

/** Staff read everything as it is stored: they review the machine text. */
const isStaff = (req: PayloadRequest) => hasRole(req.user, 'admin', 'editor', 'author')

/** A field's value read in all locales, without the given locales' values (rows and groups: of their fields). */
function withoutLocales(field: TranslationField, raw: unknown, hidden: readonly string[]): unknown {
  if (field.kind === 'array') return arrayRows(raw).map((row) => withoutLocalesInside(field, row, hidden))
  if (field.kind === 'group') return typeof raw === 'object' && raw !== null ? withoutLocalesInside(field, raw as Record<string, unknown>, hidden) : raw
  if (typeof raw !== 'object' || raw === null) return raw
  return Object.fromEntries(Object.entries(raw).filter(([locale]) => !hidden.includes(locale)))
}

function withoutLocalesInside(field: TranslationField, container: Record<string, unknown>, hidden: readonly string[]): Record<string, unknown> {
  const shown = { ...container }
  for (const inner of innerFields(field)) shown[inner.name] = withoutLocales(inner, container[inner.name], hidden)
  return shown
}

/**
 * A document read in all locales as the public reads it when it has no drafts (the website's
 * `locale=all` read): each language whose text is an unreviewed machine translation loses it,
 * so the reader falls back to German and marks it as German. The translation status calls
 * this too, so that it says "not public yet" where the public sees German.
 */
export function withoutUnreviewedMachineText<T extends Doc>(doc: T, fields: readonly TranslationField[]): T {
  const tracking = (doc.translation ?? {}) as Record<string, Tracking>
  const hidden = Object.keys(tracking).filter((locale) => locale !== defaultLocale && unreviewed(tracking[locale]))
  if (hidden.length === 0) return doc
  const shown: T = { ...doc }
  for (const field of fields) (shown as Doc)[field.name] = withoutLocales(field, doc[field.name], hidden)
  return shown
}

/** A one-language read: the German text in place of an unreviewed machine translation, as Payload's fallback gives a missing one. */
async function withGermanText(doc: Doc, fields: readonly TranslationField[], readGerman: () => Promise<Doc>): Promise<Doc> {
  if (!unreviewed(doc.translation as Tracking)) return doc
  const german = await readGerman()
  const shown: Doc = { ...doc }
  for (const { name } of fields) shown[name] = german[name] ?? null
  return shown
}

/**
 * Only reads under access control are the public's: the CMS's own Local API reads (status,
 * overview, translation) override access and see the stored text, as staff do.
 */
function readHidingUnreviewed(
  fields: readonly TranslationField[],
  { req, overrideAccess }: { req: PayloadRequest; overrideAccess?: boolean },
  doc: Doc,
  readGerman: () => Promise<Doc>,
): Doc | Promise<Doc> {
  if (overrideAccess !== false || isStaff(req) || !req.locale || req.locale === defaultLocale) return doc
  if (req.locale === 'all') return withoutUnreviewedMachineText(doc, fields)
  return withGermanText(doc, fields, readGerman)
}

/**
 * Collections and globals without drafts have no draft to hold a machine translation: saving
 * one makes it the stored text. Until a person who reads the language ticks "checked", readers
 * without a staff login (the website, the public API) get the German text for that language
 * instead, as if the translation were missing, so an unreviewed machine text never goes public.
 */
export function hideUnreviewedMachineText(slug: string, fields: readonly TranslationField[]): CollectionAfterReadHook {
  return ({ doc, req, overrideAccess }) =>
    readHidingUnreviewed(fields, { req, overrideAccess }, doc as Doc, () =>
      keepingLocale(req, () => req.payload.findByID({ collection: slug as CollectionSlug, id: (doc as Doc).id!, locale: defaultLocale, depth: 0, req, overrideAccess: false })),
    )
}

/** The same for a global without drafts. */
export function hideUnreviewedGlobalMachineText(slug: string, fields: readonly TranslationField[]): GlobalAfterReadHook {
  return ({ doc, req, overrideAccess }) =>
    readHidingUnreviewed(fields, { req, overrideAccess }, doc as Doc, () => keepingLocale(req, () => req.payload.findGlobal({ slug: slug as GlobalSlug, locale: defaultLocale, depth: 0, req, overrideAccess: false })))
}
