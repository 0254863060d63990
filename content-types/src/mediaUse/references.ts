import type { Block, Field } from 'payload'

import type { UploadKind } from '../collections/Media/uploadPolicy.ts'
import { mediaKindsOf } from '../fields/mediaUpload.ts'
import { richTextNodeTypes } from '../richTextNodes.ts'
import { collectionSlugs } from '../slugs.ts'

/**
 * Where the content model points at media, worked out from the fields themselves: every
 * upload and relationship field whose target includes the media collection, at any depth
 * (groups, arrays, blocks, tabs, rows, collapsibles), and every upload or relationship node in
 * rich text. A field added later is found by the same walk, so nothing has to be listed by hand.
 */

const media = collectionSlugs.media

/** Rich text is a place for media only while the model lets it hold upload or relationship nodes. */
const richTextHoldsMedia = (richTextNodeTypes as readonly string[]).some((type) => type === 'upload' || type === 'relationship')

export type MediaField = {
  /** The field's path with array and block rows left out, e.g. `logos.file`. */
  path: string
  /** `richText` for upload nodes inside rich text. */
  kind: 'upload' | 'relationship' | 'richText'
  hasMany: boolean
  localized: boolean
  /** The kinds of file the field takes (fields/mediaUpload.ts); any when absent. */
  kinds?: readonly UploadKind[]
}

export type MediaReference = { id: number | string; path: string }

type Visit = {
  onMedia: (field: Field & { name: string }, path: string, localized: boolean) => void
  onRichText: (field: Field & { name: string }, path: string, localized: boolean) => void
}

function pointsAtMedia(field: Field): boolean {
  return (field.type === 'upload' || field.type === 'relationship') && [field.relationTo].flat().includes(media)
}

function join(prefix: string, name: string): string {
  return prefix ? `${prefix}.${name}` : name
}

function walkFieldConfig(fields: Field[], prefix: string, localized: boolean, visit: Visit): void {
  for (const field of fields) {
    const named = 'name' in field && typeof field.name === 'string' ? (field as Field & { name: string }) : undefined
    const path = named ? join(prefix, named.name) : prefix
    const isLocalized = localized || ('localized' in field && field.localized === true)
    if (pointsAtMedia(field) && named) visit.onMedia(named, path, isLocalized)
    else if (field.type === 'richText' && named) visit.onRichText(named, path, isLocalized)
    else if (field.type === 'tabs') {
      for (const tab of field.tabs) walkFieldConfig(tab.fields, 'name' in tab && tab.name ? join(prefix, tab.name) : prefix, isLocalized || ('localized' in tab && tab.localized === true), visit)
    } else if (field.type === 'blocks') {
      for (const block of field.blocks) walkFieldConfig(block.fields, path, isLocalized, visit)
    } else if ('fields' in field && Array.isArray(field.fields)) walkFieldConfig(field.fields, path, isLocalized, visit)
  }
}

/** Every place in these fields that can hold a media file. */
export function mediaFields(fields: Field[]): MediaField[] {
  const found: MediaField[] = []
  walkFieldConfig(fields, '', false, {
    onMedia: (field, path, localized) => {
      const kinds = mediaKindsOf(field)
      found.push({ path, kind: field.type as 'upload' | 'relationship', hasMany: 'hasMany' in field && field.hasMany === true, localized, ...(kinds ? { kinds } : {}) })
    },
    onRichText: (_field, path, localized) => {
      if (richTextHoldsMedia) found.push({ path, kind: 'richText', hasMany: true, localized })
    },
  })
  return found
}

/** A stored reference: an id, a populated document, or a polymorphic `{ relationTo, value }`. */
function mediaId(value: unknown, polymorphic: boolean): number | string | undefined {
  if (typeof value === 'number' || typeof value === 'string') return polymorphic ? undefined : value
  if (!value || typeof value !== 'object') return undefined
  const record = value as Record<string, unknown>
  if (polymorphic || 'relationTo' in record) return record.relationTo === media ? mediaId(record.value, false) : undefined
  return typeof record.id === 'number' || typeof record.id === 'string' ? record.id : undefined
}

/** Upload and relationship nodes to media anywhere in a Lexical document. */
function richTextMedia(node: unknown, found: (number | string)[]): void {
  if (Array.isArray(node)) {
    for (const child of node) richTextMedia(child, found)
    return
  }
  if (!node || typeof node !== 'object') return
  const record = node as Record<string, unknown>
  if ((record.type === 'upload' || record.type === 'relationship') && record.relationTo === media) {
    const id = mediaId(record.value, false)
    if (id !== undefined) found.push(id)
  }
  for (const value of Object.values(record)) if (value && typeof value === 'object') richTextMedia(value, found)
}

/** With `locale: 'all'`, a localized field's value is an object keyed by locale. */
function perLocale(value: unknown, localized: boolean, locales: readonly string[]): unknown[] {
  if (!localized || !value || typeof value !== 'object' || Array.isArray(value)) return [value]
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  return keys.length > 0 && keys.every((key) => locales.includes(key)) ? Object.values(record) : [value]
}

function collect(fields: Field[], data: unknown, prefix: string, locales: readonly string[], found: MediaReference[]): void {
  if (!data || typeof data !== 'object') return
  const record = data as Record<string, unknown>
  for (const field of fields) {
    const named = 'name' in field && typeof field.name === 'string' ? field.name : undefined
    const localized = 'localized' in field && field.localized === true
    const path = named ? join(prefix, named) : prefix
    const values = named ? perLocale(record[named], localized, locales) : [record]
    for (const value of values) {
      if (pointsAtMedia(field)) {
        const polymorphic = Array.isArray((field as { relationTo: unknown }).relationTo)
        for (const item of [value].flat()) {
          const id = mediaId(item, polymorphic)
          if (id !== undefined) found.push({ id, path })
        }
      } else if (field.type === 'richText') {
        const ids: (number | string)[] = []
        richTextMedia(value, ids)
        for (const id of ids) found.push({ id, path })
      } else if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          const tabName = 'name' in tab && tab.name ? tab.name : undefined
          const tabValues = tabName ? perLocale(record[tabName], 'localized' in tab && tab.localized === true, locales) : [record]
          for (const tabValue of tabValues) collect(tab.fields, tabValue, tabName ? join(prefix, tabName) : prefix, locales, found)
        }
      } else if (field.type === 'array' && Array.isArray(value)) {
        for (const row of value) collect(field.fields, row, path, locales, found)
      } else if (field.type === 'blocks' && Array.isArray(value)) {
        for (const row of value) {
          const block = field.blocks.find((candidate: Block) => candidate.slug === (row as { blockType?: unknown })?.blockType)
          if (block) collect(block.fields, row, path, locales, found)
        }
      } else if ('fields' in field && Array.isArray(field.fields)) {
        collect(field.fields, value, path, locales, found)
      }
    }
  }
}

/**
 * The media a document's data points at, read with `locale: 'all'` (so a photo used in one
 * translation only is found) and any depth (populated documents count by their id).
 */
export function mediaReferences(fields: Field[], data: unknown, locales: readonly string[]): MediaReference[] {
  const found: MediaReference[] = []
  collect(fields, data, '', locales, found)
  return found
}
