import {
  defaultLocale,
  memoryWrittenByCaller,
  translationFieldsOf,
  valuesIn,
  type DocumentInAllLocales,
  type LocaleCode,
  type SegmentMemory,
  type TranslationField,
} from '@verband/content-types'
import type { CollectionSlug, GlobalSlug, Payload, PayloadRequest } from 'payload'

/** A document whose German is translated: a collection's document or a global. */
export type TranslationTarget = { collection: CollectionSlug; id: number | string } | { global: GlobalSlug }

/** What the translation endpoints work on: one document's German and one language's draft. */
export type DocumentForTranslation = {
  target: TranslationTarget
  /** `stories/12` or `leitbild`: how XLIFF files and messages name the document. */
  name: string
  title: string
  fields: TranslationField[]
  german: Record<string, unknown>
  translation: Record<string, unknown>
  memory: SegmentMemory | undefined
  /** Whether this language's latest text came from machine translation and is unchecked. */
  machine: boolean
  checked: boolean
}

export class TranslationInputError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message)
    this.name = 'TranslationInputError'
  }
}

export function targetName(target: TranslationTarget): string {
  return 'global' in target ? target.global : `${target.collection}/${target.id}`
}

function configOf(payload: Payload, target: TranslationTarget): { custom?: Record<string, unknown>; useAsTitle?: string } | undefined {
  if ('global' in target) return payload.config.globals.find((global) => global.slug === target.global)
  const collection = payload.collections[target.collection]?.config
  return collection && { custom: collection.custom, useAsTitle: collection.admin.useAsTitle }
}

/** The translatable fields of a collection or global; a 400 for anything that has none. */
export function fieldsOfTarget(payload: Payload, target: TranslationTarget): TranslationField[] {
  const fields = translationFieldsOf(configOf(payload, target) ?? {})
  if (fields.length === 0) throw new TranslationInputError(`"${'global' in target ? target.global : target.collection}" has no translatable text`)
  return fields
}

/** Reads the latest (draft) state of a document in all languages, as staff. */
export async function loadForTranslation(payload: Payload, target: TranslationTarget, locale: LocaleCode, req?: PayloadRequest): Promise<DocumentForTranslation> {
  const fields = fieldsOfTarget(payload, target)
  let doc: DocumentInAllLocales
  try {
    doc = (
      'global' in target
        ? await payload.findGlobal({ slug: target.global, locale: 'all', draft: true, depth: 0, req })
        : await payload.findByID({ collection: target.collection, id: target.id, locale: 'all', draft: true, depth: 0, req })
    ) as unknown as DocumentInAllLocales
  } catch {
    throw new TranslationInputError(`document ${targetName(target)} does not exist`, 404)
  }
  const useAsTitle = configOf(payload, target)?.useAsTitle
  const titleValue = useAsTitle ? (doc[useAsTitle] as Record<string, unknown> | string | undefined) : undefined
  const title = typeof titleValue === 'string' ? titleValue : String(titleValue?.[defaultLocale] ?? targetName(target))
  const tracking = doc.translation?.[locale]
  return {
    target,
    name: targetName(target),
    title,
    fields,
    german: valuesIn(doc, fields, defaultLocale),
    translation: valuesIn(doc, fields, locale),
    memory: tracking?.segments ?? undefined,
    machine: tracking?.machine === true,
    checked: tracking?.checked === true,
  }
}

/**
 * Saves one language's new text as a draft, never publishing, with the memory the caller
 * worked out (the tracking hook leaves it alone when told so). Access rules apply as for the
 * person who asked: an author may translate a story but not the Leitbild.
 */
export async function saveTranslationDraft(
  payload: Payload,
  doc: DocumentForTranslation,
  locale: LocaleCode,
  values: Record<string, unknown>,
  memory: SegmentMemory,
  options: { machine: boolean; req: PayloadRequest },
): Promise<void> {
  const data = { ...values, _status: 'draft', translation: { machine: options.machine, checked: false, segments: memory } }
  const common = { locale, draft: true, depth: 0, overrideAccess: false, user: options.req.user, req: options.req, context: { [memoryWrittenByCaller]: true } }
  if ('global' in doc.target) {
    await payload.updateGlobal({ slug: doc.target.global, data: data as never, ...common })
  } else {
    await payload.update({ collection: doc.target.collection, id: doc.target.id, data: data as never, ...common })
  }
}
