/**
 * A document's translatable text cut into segments: each short field is one segment, and a
 * rich-text field gives one segment per paragraph, heading, quote and list item. Segments are
 * what machine translation sends, what XLIFF files carry as units and what the translation
 * memory compares, so that a changed paragraph is translated again and the others are not.
 *
 * A segment's text is "tagged": plain text (XML-escaped) with the rich text's inline nodes as
 * XLIFF 1.2 inline elements, `<g id="n">…</g>` around formatted text and links and
 * `<x id="n"/>` for line breaks and tabs. DeepL (`tag_handling=xml`), LibreTranslate
 * (`format=html`) and every CAT tool keep such tags in place while translating the text
 * between them; the ids point back to the German nodes, whose formats and link targets are
 * copied into the translation.
 */

import { problemText, validationMessages, type ValidationMessages } from '../adminLanguage/messages/index.ts'

/**
 * A translatable field, as the content model declares it (see `translationFields` in
 * tracking.ts): a localized text or rich-text field, or an array or group (not localized
 * itself) whose rows hold such fields. A field inside a row is keyed by the row's id, so its
 * segments keep their translation when rows are moved: `facts.<row id>.label`.
 */
export type TranslationField = {
  name: string
  kind: 'text' | 'richText' | 'array' | 'group'
  label: string
  maxLength?: number
  /** The translatable fields of each row (`array`) or of the group (`group`). */
  fields?: TranslationField[]
}

/** The fields inside an array's rows or a group. */
export const innerFields = (field: TranslationField): TranslationField[] => field.fields ?? []

type Row = Record<string, unknown> & { id?: unknown }

/** The rows of an array value that can carry a translation: those with an id. */
export function arrayRows(value: unknown): Row[] {
  return Array.isArray(value) ? value.filter((row): row is Row => typeof row === 'object' && row !== null && (typeof row.id === 'string' || typeof row.id === 'number')) : []
}

export type Segment = {
  /**
   * `title` for a short field, `body#3` or `body#4.1` (list item 1 of node 4) in rich text,
   * `facts.<row id>.label` inside an array's row, `address.city` inside a group.
   */
  key: string
  /** The top-level field the segment belongs to. */
  field: string
  /** Tagged text (see above). */
  text: string
  maxLength?: number
}

type LexicalNode = Record<string, unknown> & { type?: string; text?: string; format?: number | string; style?: string; children?: LexicalNode[] }
type RichTextValue = { root: LexicalNode }

/** Nodes whose inline children are one segment. */
const textBlocks = new Set(['paragraph', 'heading', 'quote', 'listitem'])
/** Nodes that only hold other blocks. */
const containerBlocks = new Set(['root', 'list'])
/** Inline nodes that are tags around text. */
const inlineWrappers = new Set(['link', 'autolink'])

export function isRichTextValue(value: unknown): value is RichTextValue {
  return typeof value === 'object' && value !== null && 'root' in value && typeof (value as RichTextValue).root === 'object'
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&')
}

/** The inline tags of tagged text, as segments.ts writes them. */
const inlineTag = /(<g id="\d+">|<\/g>|<x id="\d+"\s*\/>)/

/**
 * Tagged text as a person edits it in a text box: the tags stay, the text between them is
 * unescaped, so "&" reads as "&" and not "&amp;". `taggedFromEditable` turns it back.
 */
export function editableTagged(tagged: string): string {
  return tagged
    .split(inlineTag)
    .map((part, index) => (index % 2 === 1 ? part : unescapeXml(part)))
    .join('')
}

/** Tagged text from what a person typed (see `editableTagged`): every "<" or "&" that is not a tag is text. */
export function taggedFromEditable(text: string): string {
  return text
    .split(inlineTag)
    .map((part, index) => (index % 2 === 1 ? part : escapeXml(part)))
    .join('')
}

function isBlock(node: LexicalNode): boolean {
  return textBlocks.has(node.type ?? '') || containerBlocks.has(node.type ?? '')
}

/** A text node that carries formatting (bold, italic, …) or a style needs a tag; plain text does not. */
function isPlainText(node: LexicalNode): boolean {
  return node.type === 'text' && !node.format && !node.style
}

/** The inline nodes of a text block, in order, numbered from 1 as their tags' ids. */
function inlineTemplates(inline: LexicalNode[]): LexicalNode[] {
  const templates: LexicalNode[] = []
  const visit = (nodes: LexicalNode[]) => {
    for (const node of nodes) {
      if (isPlainText(node)) continue
      templates.push(node)
      if (inlineWrappers.has(node.type ?? '')) visit(node.children ?? [])
    }
  }
  visit(inline)
  return templates
}

function encodeInline(inline: LexicalNode[], templates: LexicalNode[]): string {
  return inline
    .map((node) => {
      if (isPlainText(node)) return escapeXml(node.text ?? '')
      const id = templates.indexOf(node) + 1
      if (node.type === 'text') return `<g id="${id}">${escapeXml(node.text ?? '')}</g>`
      if (inlineWrappers.has(node.type ?? '')) return `<g id="${id}">${encodeInline(node.children ?? [], templates)}</g>`
      return `<x id="${id}"/>`
    })
    .join('')
}

/** The tagged text of a text block, or undefined when it has no words to translate. */
function encodeBlock(node: LexicalNode): string | undefined {
  const inline = (node.children ?? []).filter((child) => !isBlock(child))
  const text = encodeInline(inline, inlineTemplates(inline))
  return plainText(text).trim() ? text : undefined
}

/** Tagged text without its tags, for display and comparison. */
export function plainText(tagged: string): string {
  return unescapeXml(tagged.replace(/<x id="\d+"\s*\/>|<x id="\d+"><\/x>/g, ' ').replace(/<\/?g[^>]*>/g, ''))
}

/** Calls `visit` for each text block of a rich-text value with its path of child indexes. */
function walkTextBlocks(node: LexicalNode, path: number[], visit: (node: LexicalNode, path: number[]) => void): void {
  if (textBlocks.has(node.type ?? '') && path.length > 0) visit(node, path)
  if (!isBlock(node)) return
  ;(node.children ?? []).forEach((child, index) => {
    if (isBlock(child)) walkTextBlocks(child, [...path, index], visit)
  })
}

const richTextKey = (field: string, path: number[]) => `${field}#${path.join('.')}`

/** The segments of one field's value (German or a translation); `prefix` and `top` place a field inside rows and groups. */
export function fieldSegments(field: TranslationField, value: unknown, prefix = '', top = field.name): Segment[] {
  const key = prefix + field.name
  if (field.kind === 'array') return arrayRows(value).flatMap((row) => innerFields(field).flatMap((inner) => fieldSegments(inner, row[inner.name], `${key}.${row.id}.`, top)))
  if (field.kind === 'group') {
    const group = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
    return innerFields(field).flatMap((inner) => fieldSegments(inner, group[inner.name], `${key}.`, top))
  }
  if (field.kind === 'text') {
    return typeof value === 'string' && value.trim() ? [{ key, field: top, text: escapeXml(value), maxLength: field.maxLength }] : []
  }
  if (!isRichTextValue(value)) return []
  const segments: Segment[] = []
  walkTextBlocks(value.root, [], (node, path) => {
    const text = encodeBlock(node)
    if (text !== undefined) segments.push({ key: richTextKey(key, path), field: top, text })
  })
  return segments
}

/** The segments of a document's values in one locale (`values[field]` is that locale's value). */
export function documentSegments(fields: readonly TranslationField[], values: Record<string, unknown>): Segment[] {
  return fields.flatMap((field) => fieldSegments(field, values[field.name]))
}

/**
 * The value a segment was cut from, found by its key in a document's values (one locale):
 * the rich text of `body#3`, the row's text of `facts.<row id>.label`.
 */
export function segmentFieldValue(values: Record<string, unknown>, key: string): unknown {
  const [first, ...rest] = key.split('#')[0]!.split('.')
  let value: unknown = values[first!]
  for (let index = 0; index < rest.length; index += 1) {
    const part = rest[index]!
    if (Array.isArray(value)) value = arrayRows(value).find((row) => String(row.id) === part)
    else value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined
  }
  return value
}

/** What is wrong with a translation's inline tags: a message of `tagProblem`, with its value. */
export type TagProblem = { kind: keyof ValidationMessages['tagProblem']; value?: string }

/** The problem in the reader's language (`messagesFor(...)`). */
export function tagProblemText(problem: TagProblem, messages: ValidationMessages): string {
  return problemText(messages.tagProblem, problem)
}

export class TaggedTextError extends Error {
  constructor(readonly problem: TagProblem) {
    super(tagProblemText(problem, validationMessages.en))
    this.name = 'TaggedTextError'
  }
}

type Token = { kind: 'open'; id: number } | { kind: 'close' } | { kind: 'empty'; id: number } | { kind: 'text'; text: string }

function tokenize(tagged: string): Token[] {
  const tokens: Token[] = []
  const pattern = /<g id="(\d+)">|<\/g>|<x id="(\d+)"\s*\/>|<x id="(\d+)"><\/x>|([^<]+)|(<[^>]*>?)/g
  for (const match of tagged.matchAll(pattern)) {
    if (match[1]) tokens.push({ kind: 'open', id: Number(match[1]) })
    else if (match[0] === '</g>') tokens.push({ kind: 'close' })
    else if (match[2] ?? match[3]) tokens.push({ kind: 'empty', id: Number(match[2] ?? match[3]) })
    else if (match[4] !== undefined) tokens.push({ kind: 'text', text: unescapeXml(match[4]) })
    else throw new TaggedTextError({ kind: 'unknownTag', value: JSON.stringify(match[5]) })
  }
  return tokens
}

/**
 * Turns translated tagged text back into inline nodes, copying each tag's German node.
 * Throws a `TaggedTextError` naming the problem when a tag is unknown, missing, doubled,
 * of the wrong kind or not closed: a translation that lost a link must not be saved.
 */
export function decodeInline(tagged: string, german: LexicalNode[]): LexicalNode[] {
  const templates = inlineTemplates(german)
  const tokens = tokenize(tagged)
  const used = new Set<number>()
  let position = 0
  const plain = (text: string): LexicalNode => ({ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })
  const template = (id: number, kind: 'wrapper' | 'text' | 'empty'): LexicalNode => {
    const node = templates[id - 1]
    if (!node) throw new TaggedTextError({ kind: 'noSuchTag', value: String(id) })
    if (used.has(id)) throw new TaggedTextError({ kind: 'tagTwice', value: String(id) })
    const nodeKind = node.type === 'text' ? 'text' : inlineWrappers.has(node.type ?? '') ? 'wrapper' : 'empty'
    if (kind === 'empty' ? nodeKind !== 'empty' : nodeKind === 'empty') throw new TaggedTextError({ kind: 'wrongKind', value: String(id) })
    used.add(id)
    return node
  }
  const parse = (insideTextTag: boolean): LexicalNode[] => {
    const nodes: LexicalNode[] = []
    while (position < tokens.length) {
      const token = tokens[position]!
      if (token.kind === 'close') return nodes
      position += 1
      if (token.kind === 'text') {
        nodes.push(plain(token.text))
      } else if (insideTextTag) {
        throw new TaggedTextError({ kind: 'insideFormattedText', value: String(token.id) })
      } else if (token.kind === 'empty') {
        nodes.push(structuredClone(template(token.id, 'empty')))
      } else {
        const node = template(token.id, 'wrapper')
        const isText = node.type === 'text'
        const children = parse(isText)
        if (tokens[position]?.kind !== 'close') throw new TaggedTextError({ kind: 'notClosed', value: String(token.id) })
        position += 1
        // The German children are replaced by the translated ones.
        const copy = structuredClone(node)
        delete copy.children
        nodes.push(isText ? { ...copy, text: children.map((child) => child.text ?? '').join('') } : { ...copy, children })
      }
    }
    return nodes
  }
  const nodes = parse(false)
  if (position < tokens.length) throw new TaggedTextError({ kind: 'closingWithoutOpening' })
  const missing = templates.map((_, index) => index + 1).filter((id) => !used.has(id))
  if (missing.length > 0) throw new TaggedTextError({ kind: 'missing', value: missing.join(', ') })
  return nodes
}

/** Checks tagged text against the German segment it translates (`german`: the document's German values); the problem, or undefined. */
export function taggedTextProblem(translated: string, germanSegment: Segment, german: Record<string, unknown>): TagProblem | undefined {
  try {
    if (!germanSegment.key.includes('#')) {
      if (/<[^>]*>/.test(translated)) return { kind: 'shortFieldWithTags' }
      return undefined
    }
    decodeInline(translated, germanInlineOf(germanSegment.key, segmentFieldValue(german, germanSegment.key)))
    return undefined
  } catch (error) {
    if (error instanceof TaggedTextError) return error.problem
    throw error
  }
}

function nodeAt(value: RichTextValue, path: number[]): LexicalNode | undefined {
  let node: LexicalNode | undefined = value.root
  for (const index of path) node = node?.children?.[index]
  return node
}

function pathOf(key: string): number[] {
  return key.slice(key.indexOf('#') + 1).split('.').map(Number)
}

function germanInlineOf(key: string, germanValue: unknown): LexicalNode[] {
  const node = isRichTextValue(germanValue) ? nodeAt(germanValue, pathOf(key)) : undefined
  return (node?.children ?? []).filter((child) => !isBlock(child))
}

/**
 * A field's translated value: the German value's structure with each segment's text replaced
 * by `translationOf(segment)`; a segment it has no translation for keeps its German text.
 * Rows and groups keep their ids and other fields; only their translatable fields change.
 */
export function translatedFieldValue(
  field: TranslationField,
  germanValue: unknown,
  translationOf: (segment: Segment) => string | undefined,
  prefix = '',
): unknown {
  const key = prefix + field.name
  if (field.kind === 'array') {
    if (!Array.isArray(germanValue)) return germanValue
    return arrayRows(germanValue).map((row) => translatedInner(field, row, translationOf, `${key}.${row.id}.`))
  }
  if (field.kind === 'group') {
    if (typeof germanValue !== 'object' || germanValue === null) return germanValue
    return translatedInner(field, germanValue as Record<string, unknown>, translationOf, `${key}.`)
  }
  const segments = fieldSegments(field, germanValue, prefix)
  if (field.kind === 'text') {
    const segment = segments[0]
    if (!segment) return germanValue
    return plainText(translationOf(segment) ?? segment.text)
  }
  if (!isRichTextValue(germanValue)) return germanValue
  const translated = structuredClone(germanValue)
  for (const segment of segments) {
    const text = translationOf(segment)
    if (text === undefined) continue
    const node = nodeAt(translated, pathOf(segment.key))!
    const german = germanInlineOf(segment.key, germanValue)
    const blocks = (node.children ?? []).filter(isBlock)
    node.children = [...decodeInline(text, german), ...blocks]
  }
  return translated
}

function translatedInner(field: TranslationField, german: Record<string, unknown>, translationOf: (segment: Segment) => string | undefined, prefix: string): Record<string, unknown> {
  const translated = { ...german }
  for (const inner of innerFields(field)) translated[inner.name] = translatedFieldValue(inner, german[inner.name], translationOf, prefix)
  return translated
}
