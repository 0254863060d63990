import { existsSync } from 'node:fs'
import path from 'node:path'

import { richTextNodeTypes } from '@verband/content-types/rich-text-nodes'
import {
  isValidID,
  NotFound,
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type CollectionConfig,
  type Field,
  type GlobalConfig,
  type Payload,
  type PayloadRequest,
  type Plugin,
  type Tab,
} from 'payload'

/**
 * What Payload lets through to the database or lets crash, checked before it gets there. Found
 * by the bad-input suite (test/badInput.test.ts), each answered with a 4xx that names the
 * problem instead of a 500 or a silently stored wrong value:
 *
 * - Drafts skip field validation (so authors can save unfinished work), and so did any type:
 *   an object or array as a title was stored as its JSON text, an impossible date and a
 *   relationship to a missing document crashed the save. Every save now gets its values'
 *   shapes checked, drafts included: text is text, numbers are numbers, dates are dates,
 *   options are among the options, related documents exist, rich text has a root and only
 *   the node types the website renders, and no link runs a script.
 * - An id of the wrong form (`/api/values/abc` on SQLite) crashed the query: now a 404.
 * - A file name with no file on disk answered 500: now a 404.
 */

type Problem = { path: string; message: string }
type Data = Record<string, unknown>
type Check = { req: PayloadRequest; problems: Problem[]; relations: Map<string, Set<number | string>>; perLocale: boolean }

const knownNodeTypes: ReadonlySet<string> = new Set(richTextNodeTypes)
const scriptUrl = /^(?:javascript|vbscript|data):/i

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)
const describe = (value: unknown) => (Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`.slice(0, 60))

function optionValues(field: Field & { options: unknown[] }): string[] {
  return field.options.map((option) => (typeof option === 'string' ? option : (option as { value: string }).value))
}

function checkRichText(value: unknown, where: string, check: Check) {
  if (!isObject(value) || !isObject(value.root) || !Array.isArray(value.root.children)) {
    check.problems.push({ path: where, message: 'Rich text must be an object with a "root" node that has "children".' })
    return
  }
  const pending: unknown[] = [value.root]
  while (pending.length > 0) {
    const node = pending.pop()
    if (!isObject(node)) {
      check.problems.push({ path: where, message: `A rich text node is ${describe(node)}, not a node.` })
      return
    }
    if (typeof node.type !== 'string' || !knownNodeTypes.has(node.type)) {
      check.problems.push({ path: where, message: `Unknown rich text node type "${String(node.type)}": the website renders only ${richTextNodeTypes.join(', ')}.` })
      return
    }
    const url = isObject(node.fields) ? node.fields.url : undefined
    // Browsers ignore control characters and spaces before the scheme: so does this check.
    if (typeof url === 'string' && scriptUrl.test([...url].filter((char) => char.charCodeAt(0) > 0x20).join(''))) {
      check.problems.push({ path: where, message: `A link may not run a script or embed data (${url.slice(0, 40)}).` })
      return
    }
    if (Array.isArray(node.children)) pending.push(...node.children)
  }
}

function relationIds(field: Field & { relationTo: string | string[] }, value: unknown, where: string, check: Check) {
  for (const item of Array.isArray(value) ? value : [value]) {
    if (item === null) continue
    // One relation: an id, a populated document, or { relationTo, value } for several targets.
    const target = Array.isArray(field.relationTo) ? (isObject(item) ? item.relationTo : undefined) : field.relationTo
    const raw = Array.isArray(field.relationTo) ? (isObject(item) ? item.value : undefined) : isObject(item) ? item.id : item
    const id = isObject(raw) ? raw.id : raw
    const collection = typeof target === 'string' ? (check.req.payload.collections as Record<string, Payload['collections'][CollectionSlug]>)[target] : undefined
    if (!collection || (typeof id !== 'string' && typeof id !== 'number')) {
      check.problems.push({ path: where, message: `Not a reference to a document: ${describe(item)}.` })
      continue
    }
    const idType = collection.customIDType ?? check.req.payload.db.defaultIDType
    if (!isWellFormedId(id, idType)) {
      check.problems.push({ path: where, message: `"${id}" is not a ${collection.config.slug} id.` })
      continue
    }
    const ids = check.relations.get(collection.config.slug) ?? new Set()
    ids.add(idType === 'number' ? Number(id) : id)
    check.relations.set(collection.config.slug, ids)
  }
}

/** One field's value; `undefined` means "not sent" and is fine. */
function checkValue(field: Field, value: unknown, where: string, check: Check) {
  if (value === undefined || value === null) return
  const many = 'hasMany' in field && field.hasMany === true
  const items = many ? value : [value]
  if (many && !Array.isArray(value)) {
    check.problems.push({ path: where, message: `Must be a list, not ${describe(value)}.` })
    return
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      for (const item of items as unknown[]) if (typeof item !== 'string') check.problems.push({ path: where, message: `Must be text, not ${describe(item)}.` })
      return
    case 'number':
      for (const item of items as unknown[]) {
        const number = typeof item === 'string' && item.trim() !== '' ? Number(item) : item
        if (typeof number !== 'number' || !Number.isFinite(number)) check.problems.push({ path: where, message: `Must be a number, not ${describe(item)}.` })
      }
      return
    case 'checkbox':
      if (typeof value !== 'boolean') check.problems.push({ path: where, message: `Must be true or false, not ${describe(value)}.` })
      return
    case 'date':
      if (!(value instanceof Date) && (typeof value !== 'string' || Number.isNaN(Date.parse(value)))) {
        check.problems.push({ path: where, message: `Must be a date (e.g. 2026-05-03T10:00:00.000Z), not ${describe(value)}.` })
      }
      return
    case 'select':
    case 'radio': {
      const allowed = optionValues(field)
      for (const item of items as unknown[]) {
        if (typeof item !== 'string' || !allowed.includes(item)) check.problems.push({ path: where, message: `${describe(item)} is not one of the options (${allowed.join(', ')}).` })
      }
      return
    }
    case 'relationship':
    case 'upload':
      relationIds(field, value, where, check)
      return
    case 'richText':
      checkRichText(value, where, check)
      return
    case 'group':
      if (!isObject(value)) check.problems.push({ path: where, message: `Must be an object of fields, not ${describe(value)}.` })
      else checkFields(field.fields, value, `${where}.`, check)
      return
    case 'array':
    case 'blocks':
      if (!Array.isArray(value)) {
        check.problems.push({ path: where, message: `Must be a list, not ${describe(value)}.` })
        return
      }
      value.forEach((row, index) => {
        if (!isObject(row)) check.problems.push({ path: `${where}.${index}`, message: `Must be an object of fields, not ${describe(row)}.` })
        else if (field.type === 'array') checkFields(field.fields, row, `${where}.${index}.`, check)
        else {
          const block = field.blocks?.find((candidate) => candidate.slug === row.blockType)
          if (!block) check.problems.push({ path: `${where}.${index}`, message: `Unknown block type "${String(row.blockType)}".` })
          else checkFields(block.fields, row, `${where}.${index}.`, check)
        }
      })
      return
    default:
      // json, point, join, ui: nothing to say about their shape here.
      return
  }
}

function checkFields(fields: Field[], data: Data, prefix: string, check: Check) {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) {
      checkFields(field.fields, data, prefix, check)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs as Tab[]) {
        if ('name' in tab && tab.name) checkValue({ type: 'group', name: tab.name, fields: tab.fields } as Field, data[tab.name], `${prefix}${tab.name}`, check)
        else checkFields(tab.fields, data, prefix, check)
      }
      continue
    }
    if (!('name' in field) || !field.name) continue
    const value = data[field.name]
    const where = `${prefix}${field.name}`
    // Writing all locales at once (?locale=all): a localized field holds one value per locale.
    if (check.perLocale && 'localized' in field && field.localized && isObject(value)) {
      for (const [locale, localeValue] of Object.entries(value)) checkValue(field, localeValue, `${where}.${locale}`, check)
    } else {
      checkValue(field, value, where, check)
    }
  }
}

async function missingRelations(payload: Payload, relations: Check['relations']): Promise<Problem[]> {
  const problems: Problem[] = []
  for (const [slug, ids] of relations) {
    const { docs } = await payload.find({ collection: slug as CollectionSlug, where: { id: { in: [...ids] } }, depth: 0, limit: ids.size, pagination: false, overrideAccess: true, draft: true, select: {} })
    const found = new Set(docs.map((doc) => String(doc.id)))
    const missing = [...ids].filter((id) => !found.has(String(id)))
    if (missing.length > 0) problems.push({ path: slug, message: `No ${slug} with the id ${missing.join(', ')}: a relationship must point to an existing document.` })
  }
  return problems
}

/** The shape check as a beforeValidate hook, for a collection or a global. */
function shapeCheck(fields: Field[], owner: { collection?: string; global?: string }) {
  return async ({ data, req }: { data?: Data; req: PayloadRequest }) => {
    if (!data) return data
    const check: Check = { req, problems: [], relations: new Map(), perLocale: ['all', '*'].includes(String(req.locale)) }
    checkFields(fields, data, '', check)
    if (check.problems.length === 0) check.problems.push(...(await missingRelations(req.payload, check.relations)))
    if (check.problems.length > 0) throw new ValidationError({ ...owner, errors: check.problems, req })
    return data
  }
}

/**
 * Whether an id has the database's form. Numbers strictly: Payload's own check reads
 * "1 OR 1=1" as 1 (harmless, but a wrong answer to a wrong question).
 */
function isWellFormedId(id: number | string, idType: string): boolean {
  if (idType === 'number') return typeof id === 'number' ? Number.isSafeInteger(id) : /^\d{1,15}$/.test(id)
  return isValidID(id, idType as 'text' | 'ObjectID')
}

/** `/api/values/abc` on a database with numeric ids: no such document, not a crashed query. */
const malformedIdIsNotFound: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if ((args as { id?: unknown }).id === undefined) return args
  // Payload's REST route has already run the id through parseFloat: judge what was sent.
  const id = (req.routeParams as { id?: unknown } | undefined)?.id ?? (args as { id?: unknown }).id
  if (typeof id !== 'string' && typeof id !== 'number') return args
  if (!isWellFormedId(id, req.payload.collections[collection.slug]?.customIDType ?? req.payload.db.defaultIDType)) throw new NotFound(req.t)
  return args
}

/**
 * Payload answers a request for a file that is not on disk with a 500 ("to match other
 * errors"); it is a 404. Only for files on this disk: object storage answers for itself.
 */
function missingFileIsNotFound(collection: CollectionConfig) {
  return (req: PayloadRequest, { params }: { params: { filename: string } }): Response | undefined => {
    const upload = collection.upload
    if (typeof upload !== 'object' || upload.disableLocalStorage || !upload.staticDir) return undefined
    const root = path.resolve(upload.staticDir)
    const file = path.resolve(root, params.filename)
    if (file.startsWith(root + path.sep) && existsSync(file)) return undefined
    return Response.json({ errors: [{ message: `No file "${params.filename}" in ${collection.slug}.` }] }, { status: 404 })
  }
}

function guardCollection(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [malformedIdIsNotFound, ...(hooks.beforeOperation ?? [])],
      beforeValidate: [shapeCheck(collection.fields, { collection: collection.slug }), ...(hooks.beforeValidate ?? [])],
    },
    upload:
      typeof collection.upload === 'object' || collection.upload === true
        ? { ...(typeof collection.upload === 'object' ? collection.upload : {}), handlers: [...((typeof collection.upload === 'object' && collection.upload.handlers) || []), missingFileIsNotFound(collection)] }
        : collection.upload,
  }
}

function guardGlobal(global: GlobalConfig): GlobalConfig {
  const hooks = global.hooks ?? {}
  return { ...global, hooks: { ...hooks, beforeValidate: [shapeCheck(global.fields, { global: global.slug }), ...(hooks.beforeValidate ?? [])] } }
}

/** Listed after the storage plugins, so it sees whether files live on this disk. */
export function inputGuard(): Plugin {
  return (config) => ({
    ...config,
    collections: config.collections?.map(guardCollection),
    globals: config.globals?.map(guardGlobal),
  })
}
