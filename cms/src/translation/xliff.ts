import {
  defaultLocale,
  documentSegments,
  escapeXml,
  getLocale,
  matchMemory,
  messagesFor,
  plainText,
  tagProblemText,
  taggedTextProblem,
  translatedFieldValue,
  type LocaleCode,
  type MachineTranslationLocale,
  type Segment,
  type SegmentMemory,
  type TranslationField,
} from '@verband/content-types'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { commitTransaction, initTransaction, killTransaction, type CollectionSlug, type GlobalSlug, type Payload, type PayloadRequest } from 'payload'

import { adminText, type AdminText } from '../components/text/index.ts'
import { allDocumentRows, trackedEntities } from './documentLocaleStates.ts'
import { loadForTranslation, saveTranslationDraft, TranslationInputError, type DocumentForTranslation, type TranslationTarget } from './translationDocument.ts'

/**
 * XLIFF 1.2 for professional translators (Trados, memoQ, OmegaT, Phrase): one `<file>` per
 * document (`original="stories/12"` or `"leitbild"`), one `<trans-unit>` per segment, its id
 * the segment key (`title`, `body#3`). `<source>` and `<target>` hold the segments' tagged
 * text (segments.ts) as it is, so the CAT tool protects the `<g>`/`<x>` tags and the import
 * puts formats and links back where the German has them.
 */

export type XliffProblem = { unit: string; message: string }

/** The problems' texts in the importer's interface language. */
type ProblemTexts = AdminText['xliffProblems']
const problemTexts = (req: PayloadRequest): ProblemTexts => adminText(req.i18n?.language).xliffProblems

export class XliffImportError extends Error {
  constructor(readonly problems: XliffProblem[]) {
    super(problems.map((problem) => `${problem.unit}: ${problem.message}`).join('\n'))
    this.name = 'XliffImportError'
  }
}

export type XliffImportResult = {
  locale: MachineTranslationLocale
  /** Units whose target was imported, over all documents. */
  units: number
  /** Each document with imported units; `changed` is false when its draft already said the same. */
  documents: { document: string; units: number; changed: boolean }[]
}

/** Problems with the file as a whole are filed under this name. */
const wholeFile = 'xliff'

const attribute = (value: string) => escapeXml(value).replace(/"/g, '&quot;')

// ---------------------------------------------------------------------------------------
// Export

type ExportUnit = {
  segment: Segment
  field: TranslationField
  /** The translation that is current for this German text, if any. */
  target?: string
  /** The translation this place had before the German changed, and the German it followed. */
  previous?: { source?: string; target: string }
}

function fieldOf(doc: DocumentForTranslation, name: string): TranslationField {
  return doc.fields.find((field) => field.name === name)!
}

/** The documents of one language whose translation is missing or outdated, over all tracked collections and globals. */
async function openTargets(payload: Payload, locale: MachineTranslationLocale): Promise<TranslationTarget[]> {
  const rows = await allDocumentRows(payload)
  return rows
    .filter((row) => {
      const state = row.states.find((candidate) => candidate.locale === locale)?.translation
      return state === 'missing' || state === 'outdated'
    })
    .map((row) => (row.id === undefined ? { global: row.entity as GlobalSlug } : { collection: row.entity as CollectionSlug, id: row.id }))
}

async function collectionTargets(payload: Payload, collection: CollectionSlug, ids: string[] | undefined): Promise<TranslationTarget[]> {
  const all = ids ?? (await payload.find({ collection, draft: true, depth: 0, pagination: false, select: {} })).docs.map((doc) => String(doc.id))
  return all.map((id) => ({ collection, id }))
}

/**
 * The units of one document. `open` (the language's open work) leaves out segments whose
 * translation is current; `all` takes every segment. A segment whose German changed gets no
 * target but its previous translation as `<alt-trans>`: a target copied from the old German
 * and sent back untouched would otherwise count as translated.
 */
function exportUnits(doc: DocumentForTranslation, scope: 'open' | 'all'): ExportUnit[] {
  const match = matchMemory(doc.fields, doc.german, doc.translation, doc.memory)
  const changed = new Map(match.changed.map((change) => [change.key, change]))
  return documentSegments(doc.fields, doc.german)
    .filter((segment) => scope === 'all' || !match.reused.has(segment.key))
    .map((segment) => {
      const change = changed.get(segment.key)
      return {
        segment,
        field: fieldOf(doc, segment.field),
        target: match.reused.get(segment.key),
        previous: change?.current === undefined ? undefined : { source: change.before, target: change.current },
      }
    })
}

const note = (text: string, indent: string) => `${indent}<note>${escapeXml(text)}</note>`

function unitElement(doc: DocumentForTranslation, unit: ExportUnit, locale: MachineTranslationLocale): string {
  const { segment, field } = unit
  const { maxLength } = segment
  const width = maxLength ? ` maxwidth="${maxLength}" size-unit="char"` : ''
  const state = doc.machine && !doc.checked ? 'needs-review-translation' : 'translated'
  const lines = [
    `      <trans-unit id="${attribute(segment.key)}" resname="${attribute(segment.key)}" xml:space="preserve"${width}>`,
    `        <source xml:lang="de">${segment.text}</source>`,
  ]
  if (unit.target !== undefined) lines.push(`        <target xml:lang="${locale}" state="${state}">${unit.target}</target>`)
  if (unit.previous) {
    lines.push('        <alt-trans alttranstype="previous-version">')
    if (unit.previous.source !== undefined) lines.push(`          <source xml:lang="de">${unit.previous.source}</source>`)
    lines.push(`          <target xml:lang="${locale}">${unit.previous.target}</target>`, '        </alt-trans>')
  }
  lines.push(note(`Dokument (document): „${doc.title}“ (${doc.name})`, '        '), note(`Feld (field): „${field.label}“ (${field.name})`, '        '))
  if (maxLength) lines.push(note(`Höchstens ${maxLength} Zeichen (at most ${maxLength} characters)`, '        '))
  if (unit.previous) {
    lines.push(note('Der deutsche Text wurde nach der letzten Übersetzung geändert; die bisherige Übersetzung steht als frühere Fassung dabei (the German changed since the last translation; the previous one is attached as alt-trans).', '        '))
  }
  lines.push('      </trans-unit>')
  return lines.join('\n')
}

function fileElement(doc: DocumentForTranslation, locale: MachineTranslationLocale, units: ExportUnit[]): string {
  const language = getLocale(locale).englishLabel
  const about =
    `Verband-CMS: „${doc.title}“ (${doc.name}), von Deutsch nach „${locale}“ (German → ${language}). Bitte nur die Ziele (<target>) übersetzen und die Tags <g> und <x> an ihrer Stelle lassen; ` +
    `die Datei wird unverändert wieder eingelesen (translate the targets only and keep the inline tags; the file is imported as it is).`
  return [
    `  <file original="${attribute(doc.name)}" source-language="de" target-language="${locale}" datatype="plaintext">`,
    '    <header>',
    note(about, '      '),
    '    </header>',
    '    <body>',
    ...units.map((unit) => unitElement(doc, unit, locale)),
    '    </body>',
    '  </file>',
  ].join('\n')
}

/**
 * One language's XLIFF file: without `collection` the open work (missing documents whole,
 * outdated ones with their changed segments); with `collection` (and `ids`) every segment of
 * those documents, with the current translation as target.
 */
export async function exportXliff(
  payload: Payload,
  options: { locale: MachineTranslationLocale; collection?: CollectionSlug; ids?: string[]; global?: GlobalSlug },
  req: PayloadRequest,
): Promise<string> {
  const { locale, collection, ids, global } = options
  // Chosen documents come whole; otherwise the language's open work (missing and outdated).
  const chosen = Boolean(collection || global)
  const targets = global ? [{ global }] : collection ? await collectionTargets(payload, collection, ids) : await openTargets(payload, locale)
  const files: string[] = []
  for (const target of targets) {
    const doc = await loadForTranslation(payload, target, locale, req)
    const units = exportUnits(doc, chosen ? 'all' : 'open')
    if (units.length > 0) files.push(fileElement(doc, locale, units))
  }
  // XLIFF needs at least one <file>; an empty export is better said than downloaded.
  if (files.length === 0) throw new TranslationInputError(adminText(req.i18n?.language).translationErrors.nothingToExport(locale), 404)
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">', ...files, '</xliff>', ''].join('\n')
}

// ---------------------------------------------------------------------------------------
// Reading a file

/** A unit to import: its segment key, the German it translates (to detect conflicts) and the translation. */
export type ParsedUnit = { id?: string; source?: string; target?: string; targetState?: string; problem?: string }
/** One document's units, as an XLIFF `<file>` or the admin's segment editor gives them. */
export type ParsedFile = { original?: string; sourceLanguage?: string; targetLanguage?: string; units: ParsedUnit[] }
type XmlNode = Record<string, unknown>

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Sources and targets come back as raw inner XML: their inline tags are the segment text.
  stopNodes: ['*.source', '*.target'],
  isArray: (name) => ['file', 'group', 'trans-unit'].includes(name),
  alwaysCreateTextNode: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
})

const attributeOf = (node: XmlNode, name: string) => (typeof node[`@_${name}`] === 'string' ? (node[`@_${name}`] as string) : undefined)

/** The raw inner XML of a `<source>` or `<target>`; an array means the element appears twice. */
function innerXml(value: unknown): string | undefined | string[] {
  if (value === undefined) return undefined
  if (Array.isArray(value)) return value.map((item) => String((item as XmlNode)['#text'] ?? ''))
  return String((value as XmlNode)['#text'] ?? '')
}

function parsedUnit(node: XmlNode, t: ProblemTexts): ParsedUnit {
  const source = innerXml(node.source)
  const target = innerXml(node.target)
  const unit: ParsedUnit = { id: attributeOf(node, 'id') }
  if (Array.isArray(source) || Array.isArray(target)) return { ...unit, problem: t.twoSourcesOrTargets }
  const targetState = node.target ? attributeOf(node.target as XmlNode, 'state') : undefined
  return { ...unit, source, target, targetState }
}

/** The trans-units of a `<body>`, also those inside `<group>`s, which some tools add. */
function unitsOf(container: XmlNode | undefined, t: ProblemTexts): ParsedUnit[] {
  if (!container) return []
  const units = ((container['trans-unit'] ?? []) as XmlNode[]).map((node) => parsedUnit(node, t))
  return [...units, ...((container.group ?? []) as XmlNode[]).flatMap((group) => unitsOf(group, t))]
}

const fileProblem = (message: string) => new XliffImportError([{ unit: wholeFile, message }])

/** Reads the file's structure; a file that is no well-formed XLIFF 1.2 is refused as a whole. */
function parseXliff(xml: string, t: ProblemTexts): ParsedFile[] {
  // No DTDs at all: nothing in XLIFF needs one, and entities are how XML attacks work.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw fileProblem(t.doctype)
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw fileProblem(t.malformed(valid.err.msg, valid.err.line, valid.err.col))
  const root = (parser.parse(xml) as XmlNode).xliff as XmlNode | undefined
  if (!root) throw fileProblem(t.notXliff)
  if (attributeOf(root, 'version') !== '1.2') throw fileProblem(t.version(attributeOf(root, 'version') ?? ''))
  const files = (root.file ?? []) as XmlNode[]
  if (files.length === 0) throw fileProblem(t.noFiles)
  return files.map((file) => ({
    original: attributeOf(file, 'original'),
    sourceLanguage: attributeOf(file, 'source-language'),
    targetLanguage: attributeOf(file, 'target-language'),
    units: unitsOf(file.body as XmlNode | undefined, t),
  }))
}

/**
 * Tagged text as segments.ts writes it. CAT tools may write the same text differently
 * (`&apos;`, `<x id="1" />`, `<g id="1" ctype="bold">`); other tags stay as they are and
 * the tag check names them.
 */
function canonicalTagged(raw: string): string {
  return raw
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (!part.startsWith('<')) return escapeXml(plainText(part))
      const id = /\sid\s*=\s*(?:"(\d+)"|'(\d+)')/.exec(part)
      const number = id?.[1] ?? id?.[2]
      if (/^<g\s/.test(part) && number) return `<g id="${number}">`
      if (/^<x\s/.test(part) && number) return `<x id="${number}"/>`
      if (/^<\/g\s*>$/.test(part)) return '</g>'
      if (/^<\/x\s*>$/.test(part)) return ''
      return part
    })
    .join('')
}

// ---------------------------------------------------------------------------------------
// Checking an import

/** One document's imported targets, by segment key, and the translation they make. */
type ImportPlan = { doc: DocumentForTranslation; targets: Map<string, string>; values: Record<string, unknown>; memory: SegmentMemory }

/** `stories/12` or `leitbild` as a tracked document, or undefined for anything else. */
function targetOf(payload: Payload, original: string): TranslationTarget | undefined {
  const { collections, globals } = trackedEntities(payload)
  const slash = original.indexOf('/')
  if (slash < 0) return globals.includes(original as GlobalSlug) ? { global: original as GlobalSlug } : undefined
  const collection = original.slice(0, slash) as CollectionSlug
  const id = original.slice(slash + 1)
  return collections.includes(collection) && id !== '' ? { collection, id } : undefined
}

/** The document a `<file>` translates, or undefined after recording why it cannot be imported. */
async function documentOfFile(
  payload: Payload,
  file: ParsedFile,
  locale: MachineTranslationLocale,
  req: PayloadRequest,
  problems: XliffProblem[],
): Promise<DocumentForTranslation | undefined> {
  const t = problemTexts(req)
  if (!file.original) {
    problems.push({ unit: wholeFile, message: t.fileWithoutOriginal })
    return undefined
  }
  const unit = file.original
  const before = problems.length
  if (file.sourceLanguage?.toLowerCase() !== defaultLocale) {
    problems.push({ unit, message: t.sourceLanguage(file.sourceLanguage ?? '') })
  }
  if (file.targetLanguage?.toLowerCase() !== locale) {
    problems.push({ unit, message: t.targetLanguage(file.targetLanguage ?? '', locale) })
  }
  const target = targetOf(payload, file.original)
  let doc: DocumentForTranslation | undefined
  try {
    doc = target && (await loadForTranslation(payload, target, locale as LocaleCode, req))
  } catch (error) {
    if (!(error instanceof TranslationInputError)) throw error
  }
  if (!doc) problems.push({ unit, message: t.unknownDocument })
  return problems.length === before ? doc : undefined
}

/** The checked target of one unit, undefined when it has none, or the unit's problem. */
function checkedTarget(
  doc: DocumentForTranslation,
  unit: ParsedUnit,
  germanByKey: Map<string, Segment>,
  req: PayloadRequest,
): { target?: string; problem?: string } {
  const t = problemTexts(req)
  if (unit.problem) return { problem: unit.problem }
  const target = canonicalTagged(unit.target ?? '')
  // An empty target, or one the tool marks as still to translate, is work not done yet.
  if (!plainText(target).trim() || unit.targetState === 'needs-translation') return {}
  const segment = germanByKey.get(unit.id ?? '')
  if (!segment) return { problem: t.unknownUnit }
  if (unit.source === undefined) return { problem: t.noSource }
  if (canonicalTagged(unit.source) !== segment.text) {
    return { problem: t.conflict }
  }
  const tagProblem = taggedTextProblem(target, segment, doc.german)
  if (tagProblem) return { problem: t.brokenTags(tagProblemText(tagProblem, messagesFor({ req }))) }
  const { maxLength } = segment
  const length = plainText(target).length
  if (maxLength && length > maxLength) return { problem: t.tooLong(length, maxLength) }
  return { target }
}

/** The top-level field of a segment key: `body` of `body#3`, `facts` of `facts.<row id>.label`. */
const fieldOfKey = (key: string) => key.split('#')[0]!.split('.')[0]!

/**
 * The imported text of each German segment: its unit's target, or for a repetition (the same
 * German elsewhere, such as a heading that repeats the title) the target of that German,
 * since the memory will pair them anyway. Segments already translated keep their translation.
 */
function importedTexts(doc: DocumentForTranslation, targets: Map<string, string>, reused: Map<string, string>): Map<string, string> {
  const segments = documentSegments(doc.fields, doc.german)
  const bySource = new Map(segments.filter((segment) => targets.has(segment.key)).map((segment) => [segment.text, targets.get(segment.key)!]))
  const imported = new Map<string, string>()
  for (const segment of segments) {
    const text = targets.get(segment.key) ?? (reused.has(segment.key) ? undefined : bySource.get(segment.text))
    if (text !== undefined) imported.set(segment.key, text)
  }
  return imported
}

/**
 * The translation after the import, for the fields the file translates (the others stay as
 * they are): each segment gets its imported text, else its current translation, else (German
 * changed, not translated in the file) the translation it had, which keeps the German it
 * followed in the memory and so stays outdated. A translation kept that no longer fits the
 * German tags would be lost: those keys come back as `lost`.
 */
function translationAfter(doc: DocumentForTranslation, targets: Map<string, string>): { values: Record<string, unknown>; memory: SegmentMemory; lost: string[] } {
  const match = matchMemory(doc.fields, doc.german, doc.translation, doc.memory)
  const previous = new Map(match.changed.map((change) => [change.key, change]))
  const imported = importedTexts(doc, targets, match.reused)
  const touched = doc.fields.filter((field) => [...imported.keys()].some((key) => fieldOfKey(key) === field.name))
  const memory: SegmentMemory = Object.fromEntries(Object.entries(doc.memory ?? {}).filter(([key]) => !touched.some((field) => field.name === fieldOfKey(key))))
  const texts = new Map<string, string>()
  const lost: string[] = []
  for (const segment of documentSegments(touched, doc.german)) {
    const importedText = imported.get(segment.key)
    const text = importedText ?? match.reused.get(segment.key) ?? previous.get(segment.key)?.current
    if (text === undefined) continue
    if (importedText === undefined && taggedTextProblem(text, segment, doc.german)) {
      lost.push(segment.key)
      continue
    }
    texts.set(segment.key, text)
    const follows = importedText !== undefined || match.reused.has(segment.key) ? segment.text : previous.get(segment.key)?.before
    if (follows !== undefined) memory[segment.key] = follows
  }
  const values = Object.fromEntries(touched.map((field) => [field.name, translatedFieldValue(field, doc.german[field.name], (segment) => texts.get(segment.key))]))
  return { values, memory, lost }
}

/** Reads, resolves and checks every file and unit; throws all problems at once, or returns what to write. */
async function checkedPlans(payload: Payload, files: ParsedFile[], locale: MachineTranslationLocale, req: PayloadRequest): Promise<ImportPlan[]> {
  const problems: XliffProblem[] = []
  const targetsByDocument = new Map<string, { doc: DocumentForTranslation; targets: Map<string, string> }>()
  const seen = new Set<string>()
  for (const file of files) {
    const doc = await documentOfFile(payload, file, locale, req, problems)
    if (!doc) continue
    const entry = targetsByDocument.get(doc.name) ?? { doc, targets: new Map<string, string>() }
    targetsByDocument.set(doc.name, entry)
    const germanByKey = new Map(documentSegments(doc.fields, doc.german).map((segment) => [segment.key, segment]))
    for (const unit of file.units) {
      const name = `${doc.name}:${unit.id ?? ''}`
      if (seen.has(name)) {
        problems.push({ unit: name, message: problemTexts(req).duplicateUnit })
        continue
      }
      seen.add(name)
      const { target, problem } = checkedTarget(doc, unit, germanByKey, req)
      if (problem) problems.push({ unit: name, message: problem })
      else if (target !== undefined) entry.targets.set(unit.id!, target)
    }
  }
  const plans: ImportPlan[] = []
  for (const { doc, targets } of targetsByDocument.values()) {
    if (targets.size === 0) continue
    const { values, memory, lost } = translationAfter(doc, targets)
    for (const key of lost) {
      problems.push({
        unit: `${doc.name}:${key}`,
        message: problemTexts(req).previousTranslationLost,
      })
    }
    plans.push({ doc, targets, values, memory })
  }
  if (problems.length > 0) throw new XliffImportError(problems)
  return plans
}

// ---------------------------------------------------------------------------------------
// Writing an import

const sortedJson = (record: Record<string, string>) => JSON.stringify(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))
const segmentTexts = (fields: TranslationField[], values: Record<string, unknown>) => Object.fromEntries(documentSegments(fields, values).map((segment) => [segment.key, segment.text]))

/**
 * Whether the import changes the draft: its segments' texts or the memory. Node properties
 * the rebuilt rich text may spell differently do not count, so a file sent back without
 * edits writes no new version.
 */
function changesDraft(plan: ImportPlan): boolean {
  const fields = plan.doc.fields.filter((field) => field.name in plan.values)
  return (
    sortedJson(segmentTexts(fields, plan.doc.translation)) !== sortedJson(segmentTexts(fields, plan.values)) ||
    sortedJson(plan.doc.memory ?? {}) !== sortedJson(plan.memory)
  )
}

/**
 * Imports a translated XLIFF file into one language's drafts (never publishing), all or
 * nothing: every file and unit is checked first and all problems are reported together
 * (`XliffImportError`); then the documents whose draft changes are saved in one transaction.
 */
export async function importXliff(payload: Payload, xml: string, locale: MachineTranslationLocale, req: PayloadRequest): Promise<XliffImportResult> {
  return importUnits(payload, parseXliff(xml, problemTexts(req)), locale, req)
}

/** Imports translated units into one language's drafts, all or nothing, checked as an XLIFF file's are. */
export async function importUnits(payload: Payload, files: ParsedFile[], locale: MachineTranslationLocale, req: PayloadRequest): Promise<XliffImportResult> {
  const ownsTransaction = await initTransaction(req)
  try {
    const plans = await checkedPlans(payload, files, locale, req)
    const documents: XliffImportResult['documents'] = []
    for (const plan of plans) {
      const changed = changesDraft(plan)
      if (changed) await saveTranslationDraft(payload, plan.doc, locale, plan.values, plan.memory, { machine: false, req })
      documents.push({ document: plan.doc.name, units: plan.targets.size, changed })
    }
    if (ownsTransaction) await commitTransaction(req)
    return { locale, units: documents.reduce((sum, document) => sum + document.units, 0), documents }
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
}
