import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { createLocalReq, type Payload, type PayloadRequest, type TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportXliff, importXliff, XliffImportError } from '../src/translation/xliff.ts'
import { storyBody } from './support/fixtures.ts'
import { startTestPayload } from './support/testPayload.ts'

/**
 * XLIFF 1.2 export and import through the Local API on a throwaway database: the file a CAT
 * tool reads (files, units, tags, notes, languages), a translated file back into the Farsi
 * draft with structure, formats and links, every kind of refusal with nothing written, a
 * round trip without edits that writes nothing, and an export of only what changed.
 */

let payload: Payload
let close: () => Promise<void>
let req: PayloadRequest


/** A translator's Farsi for every unit of the story, tags kept. */
const farsi: Record<string, string> = {
  title: 'رسیدن به لایپزیگ',
  summary: 'منشور چگونه اثر می‌گذارد.',
  'body#0': 'رسیدن به لایپزیگ',
  'body#1': 'ما <g id="1">منشور</g> انجمن‌ها را در زاکسن به هم پیوند می‌دهیم. بیشتر <g id="2">در وب</g>.',
  'body#2.0': 'مشاوره',
  'body#2.1': 'کافه زبان سه‌شنبه‌ها',
}

type Node = { type: string; text?: string; format?: number; fields?: { url: string }; children?: Node[] }
const nodes = (value: unknown) => (value as { root: Node }).root.children!

async function newStory(slug: string): Promise<number> {
  const story = await payload.create({
    collection: 'stories',
    locale: 'de',
    data: { title: 'Ankommen in Leipzig', slug, summary: 'Wie das Leitbild wirkt.', body: storyBody(), publishedAt: '2026-01-01T00:00:00.000Z', _status: 'published' },
  })
  return story.id
}

const draftIn = (id: number, locale: 'fa' | 'de') => payload.findByID({ collection: 'stories', id, locale, fallbackLocale: false, draft: true, depth: 0 })
const versionCount = async (id: number) => (await payload.findVersions({ collection: 'stories', where: { parent: { equals: id } }, limit: 0 })).totalDocs
const exportStory = (id: number) => exportXliff(payload, { locale: 'fa', collection: 'stories', ids: [String(id)] }, req)
const exportOpenWork = () => exportXliff(payload, { locale: 'fa' }, req)

type ParsedUnit = { id: string; maxwidth?: string; source: string; target?: string; state?: string; previous?: string; notes: string[] }
type ParsedFile = { original: string; sourceLanguage: string; targetLanguage: string; header: string[]; units: ParsedUnit[] }

type XmlElement = Record<string, unknown>
const child = (element: XmlElement | undefined, name: string) => element?.[name] as XmlElement | undefined
const children = (element: XmlElement | undefined, name: string) => (element?.[name] ?? []) as XmlElement[]
const attributeOf = (element: XmlElement | undefined, name: string) => element?.[`@${name}`] as string | undefined
const inner = (element: XmlElement | undefined) => element?.['#text'] as string | undefined

/** Reads an export the way a CAT tool does, with a real XML parser. */
function parse(xml: string): ParsedFile[] {
  expect(XMLValidator.validate(xml)).toBe(true)
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    stopNodes: ['*.source', '*.target'],
    isArray: (name) => ['file', 'trans-unit', 'note'].includes(name),
    alwaysCreateTextNode: true,
  })
  const root = child(parser.parse(xml) as XmlElement, 'xliff')
  expect(attributeOf(root, 'version')).toBe('1.2')
  expect(attributeOf(root, 'xmlns')).toBe('urn:oasis:names:tc:xliff:document:1.2')
  return children(root, 'file').map((file) => ({
    original: attributeOf(file, 'original')!,
    sourceLanguage: attributeOf(file, 'source-language')!,
    targetLanguage: attributeOf(file, 'target-language')!,
    header: children(child(file, 'header'), 'note').map((note) => inner(note)!),
    units: children(child(file, 'body'), 'trans-unit').map((unit) => {
      expect(attributeOf(child(unit, 'source'), 'xml:lang')).toBe('de')
      return {
        id: attributeOf(unit, 'id')!,
        maxwidth: attributeOf(unit, 'maxwidth'),
        source: inner(child(unit, 'source'))!,
        target: inner(child(unit, 'target')),
        state: attributeOf(child(unit, 'target'), 'state'),
        previous: inner(child(child(unit, 'alt-trans'), 'target')),
        notes: children(unit, 'note').map((note) => inner(note)!),
      }
    }),
  }))
}

const fileOf = (files: ParsedFile[], id: number) => files.find((file) => file.original === `stories/${id}`)

/** What a CAT tool writes back: a target after each unit's source (one file per export here). */
function withTargets(xml: string, targets: Record<string, string>): string {
  let result = xml
  for (const [id, target] of Object.entries(targets)) {
    const unit = result.indexOf(`<trans-unit id="${id}"`)
    expect(unit, `unit ${id} in the export`).toBeGreaterThan(-1)
    const end = result.indexOf('</source>', unit) + '</source>'.length
    result = `${result.slice(0, end)}\n        <target xml:lang="fa" state="translated">${target}</target>${result.slice(end)}`
  }
  return result
}

async function problemsOf(work: Promise<unknown>): Promise<{ unit: string; message: string }[]> {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(XliffImportError)
  return (error as XliffImportError).problems
}

/** The Farsi draft's state, to show that a refused import wrote nothing. */
async function farsiSnapshot(id: number) {
  const draft = await draftIn(id, 'fa')
  return { versions: await versionCount(id), title: draft.title ?? null, body: draft.body ?? null, memory: draft.translation?.segments ?? null }
}

beforeAll(async () => {
  ;({ payload, close } = await startTestPayload())
  const editor = await payload.create({ collection: 'users', data: { email: 'editor@xliff.test', password: 'a-long-test-password', name: 'Edda', role: 'editor' } })
  req = await createLocalReq({ user: { ...editor, collection: 'users' } as TypedUser }, payload)
}, 120_000)

afterAll(async () => {
  await close?.()
})

describe('XLIFF export', () => {
  it('gives a missing story all its German segments as units, with tags, languages, widths and notes', async () => {
    const id = await newStory('export-fa')
    const file = fileOf(parse(await exportOpenWork()), id)!
    expect(file).toMatchObject({ sourceLanguage: 'de', targetLanguage: 'fa' })
    expect(file.header.join(' ')).toMatch(/Verband-CMS: „Ankommen in Leipzig“ \(stories\/\d+\).*<g> und <x>/)
    expect(file.units.map((unit) => unit.id)).toEqual(['title', 'summary', 'body#0', 'body#1', 'body#2.0', 'body#2.1'])
    const [title, summary, , paragraph] = file.units
    expect(title).toMatchObject({ maxwidth: '160', source: 'Ankommen in Leipzig', target: undefined })
    expect(title!.notes).toEqual([`Dokument (document): „Ankommen in Leipzig“ (stories/${id})`, 'Feld (field): „Titel“ (title)', 'Höchstens 160 Zeichen (at most 160 characters)'])
    expect(summary!.maxwidth).toBe('400')
    expect(paragraph!.source).toBe('Unser <g id="1">Leitbild</g> verbindet Vereine in Sachsen. Mehr <g id="2">im Netz</g>.')
    expect(paragraph!.maxwidth).toBeUndefined()
    expect(paragraph!.notes).toContain('Feld (field): „Text“ (body)')
  })
})

describe('XLIFF import', () => {
  it('fills the Farsi draft with the same structure, format and link, and leaves the published version alone', async () => {
    const id = await newStory('import-fa')
    const versions = await versionCount(id)
    // CAT tools may spell the tags differently; the import reads them as the same tags.
    const edited = withTargets(await exportStory(id), { ...farsi, 'body#1': farsi['body#1']!.replace('<g id="1">', `<g id='1' ctype="bold">`) })

    const result = await importXliff(payload, edited, 'fa', req)
    expect(result).toEqual({ locale: 'fa', units: 6, documents: [{ document: `stories/${id}`, units: 6, changed: true }] })
    expect(await versionCount(id)).toBe(versions + 1)

    const draft = await draftIn(id, 'fa')
    expect(draft.title).toBe(farsi.title)
    expect(draft.summary).toBe(farsi.summary)
    const [heading, paragraph, list] = nodes(draft.body)
    expect(heading).toMatchObject({ type: 'heading', children: [{ text: farsi['body#0'] }] })
    expect(paragraph!.children!.map((node) => [node.type, node.text ?? null, node.type === 'text' ? node.format : null])).toEqual([
      ['text', 'ما ', 0],
      ['text', 'منشور', 1],
      ['text', ' انجمن‌ها را در زاکسن به هم پیوند می‌دهیم. بیشتر ', 0],
      ['link', null, null],
      ['text', '.', 0],
    ])
    expect(paragraph!.children![3]!.fields!.url).toBe('https://example.org/leitbild')
    expect(paragraph!.children![3]!.children![0]!.text).toBe('در وب')
    expect(list).toMatchObject({ type: 'list' })
    expect(list!.children!.map((item) => item.children![0]!.text)).toEqual([farsi['body#2.0'], farsi['body#2.1']])

    const published = await payload.findByID({ collection: 'stories', id, locale: 'fa', fallbackLocale: false, draft: false, depth: 0 })
    expect(published.title ?? null).toBeNull()
  })

  it('reads a file as OmegaT and other CAT tools write it back: reindented, grouped, with states, matches and their own spelling of tags', async () => {
    const id = await newStory('omegat')
    const translated = withTargets(await exportStory(id), farsi)
      // Each tool has its own state for a finished unit; a unit still to do is skipped.
      .replace('state="translated">' + farsi.title, 'state="final">' + farsi.title)
      .replace('state="translated">' + farsi.summary, 'state="needs-review-translation">' + farsi.summary)
    const omegaT = translated
      .replace('<?xml version="1.0" encoding="UTF-8"?>', "<?xml version='1.0' encoding='UTF-8'?>")
      // Reindented with tabs and Windows line ends between the elements (never inside xml:space="preserve" text).
      .split('\n')
      .map((line) => line.replace(/^( {2})+/, (indent) => '\t'.repeat(indent.length / 2)))
      .join('\r\n')
      // Units grouped, attributes reordered, a translation memory match kept, tags spelled their way.
      .replace('<body>', '<body>\r\n\t\t\t<group id="omegat-1" resname="Story">')
      .replace('</body>', '\t\t\t</group>\r\n\t\t</body>')
      .replace(/<trans-unit id="([^"]+)" resname="[^"]+" xml:space="preserve"/g, '<trans-unit xml:space="preserve" translate="yes" id="$1"')
      .replace('<target xml:lang="fa" state="translated">' + farsi['body#1']!.slice(0, 10), (match) => match.replace('state="translated"', 'state="translated" state-qualifier="exact-match"'))
      .replace(/<g id="(\d+)">/g, `<g ctype="x-html-b" id='$1'>`)
      .replace('</source>', '</source>\r\n\t\t\t\t<alt-trans match-quality="100%" origin="tm"><target xml:lang="fa">قدیمی</target></alt-trans>')

    const result = await importXliff(payload, omegaT, 'fa', req)
    expect(result.documents).toEqual([{ document: `stories/${id}`, units: 6, changed: true }])
    const draft = await draftIn(id, 'fa')
    expect(draft.title).toBe(farsi.title)
    expect(draft.summary).toBe(farsi.summary)
    const paragraph = nodes(draft.body)[1]!
    expect(paragraph.children!.find((node) => node.type === 'link')!.fields!.url).toBe('https://example.org/leitbild')
    expect(paragraph.children!.find((node) => node.format === 1)?.text).toBe('منشور')
    // The same file read again changes nothing.
    expect((await importXliff(payload, omegaT, 'fa', req)).documents).toEqual([{ document: `stories/${id}`, units: 6, changed: false }])
  })

  it('changes nothing when an exported file comes back without edits', async () => {
    const id = await newStory('round-trip')
    await importXliff(payload, withTargets(await exportStory(id), farsi), 'fa', req)
    const before = await farsiSnapshot(id)

    const exported = await exportStory(id)
    const units = fileOf(parse(exported), id)!.units
    expect(units.map((unit) => [unit.id, unit.target, unit.state])).toEqual(Object.entries(farsi).map(([key, value]) => [key, value, 'translated']))
    const wholeCollection = parse(await exportXliff(payload, { locale: 'fa', collection: 'stories' }, req))
    expect(fileOf(wholeCollection, id)!.units).toEqual(units)
    const result = await importXliff(payload, exported, 'fa', req)
    expect(result.documents).toEqual([{ document: `stories/${id}`, units: 6, changed: false }])
    expect(await farsiSnapshot(id)).toEqual(before)
  })

  it('after one German paragraph changes, exports only that unit, with the previous translation alongside, and imports it', async () => {
    const id = await newStory('changed-paragraph')
    await importXliff(payload, withTargets(await exportStory(id), farsi), 'fa', req)
    expect(fileOf(parse(await exportOpenWork()), id), 'nothing open once translated').toBeUndefined()

    await payload.update({ collection: 'stories', id, locale: 'de', draft: true, data: { body: storyBody({ secondItem: 'Sprachcafé am Mittwoch' }) } })
    const file = fileOf(parse(await exportOpenWork()), id)!
    expect(file.units).toHaveLength(1)
    expect(file.units[0]).toMatchObject({ id: 'body#2.1', source: 'Sprachcafé am Mittwoch', target: undefined, previous: farsi['body#2.1'] })

    // The whole story's file: the other units come back with their current targets.
    const result = await importXliff(payload, withTargets(await exportStory(id), { 'body#2.1': 'کافه زبان چهارشنبه‌ها' }), 'fa', req)
    expect(result.documents).toEqual([{ document: `stories/${id}`, units: 6, changed: true }])
    const list = nodes((await draftIn(id, 'fa')).body)[2]!
    expect(list.children!.map((item) => item.children![0]!.text)).toEqual([farsi['body#2.0'], 'کافه زبان چهارشنبه‌ها'])
    expect(fileOf(parse(await exportOpenWork()), id)).toBeUndefined()
  })

  it('imports only the units with a target; the rest stays open work', async () => {
    const id = await newStory('partial')
    const result = await importXliff(payload, withTargets(await exportStory(id), { title: farsi.title!, 'body#1': farsi['body#1']! }), 'fa', req)
    expect(result.documents).toEqual([{ document: `stories/${id}`, units: 2, changed: true }])

    const draft = await draftIn(id, 'fa')
    expect(draft.title).toBe(farsi.title)
    expect(draft.summary ?? null, 'a field without units keeps its (missing) translation').toBeNull()
    // The heading repeats the title's German, so it takes the title's translation.
    expect(nodes(draft.body)[0]!.children![0]!.text).toBe(farsi.title)
    const file = fileOf(parse(await exportOpenWork()), id)!
    expect(file.units.map((unit) => unit.id)).toEqual(['summary', 'body#2.0', 'body#2.1'])
  })

  it('exports and imports a global under its slug', async () => {
    await payload.updateGlobal({
      slug: 'leitbild',
      locale: 'de',
      data: { visionLead: 'Gemeinsam stark.', vision: storyBody(), longTermPicture: 'Ein Bild.', adoptedBy: 'Mitgliederversammlung', adoptedIn: 'Dresden', adoptedOn: '2025-05-03T00:00:00.000Z', _status: 'published' },
    })
    const exported = await exportOpenWork()
    const file = parse(exported).find((candidate) => candidate.original === 'leitbild')!
    expect(file.units.map((unit) => unit.id)).toEqual(expect.arrayContaining(['visionLead', 'vision#1', 'adoptedBy']))
    const leitbild = exported.slice(exported.indexOf('  <file original="leitbild"'), exported.indexOf('  </file>', exported.indexOf('  <file original="leitbild"')))
    const onlyLeitbild = `${exported.slice(0, exported.indexOf('  <file'))}${withTargets(leitbild, { visionLead: 'با هم قوی' })}\n  </file>\n</xliff>\n`

    expect((await importXliff(payload, onlyLeitbild, 'fa', req)).documents).toEqual([{ document: 'leitbild', units: 1, changed: true }])
    const draft = await payload.findGlobal({ slug: 'leitbild', locale: 'fa', fallbackLocale: false, draft: true, depth: 0 })
    expect(draft.visionLead).toBe('با هم قوی')

    // Chosen by its slug, the global comes alone and whole, the translated unit with its target.
    const chosen = parse(await exportXliff(payload, { locale: 'fa', global: 'leitbild' }, req))
    expect(chosen.map((candidate) => candidate.original)).toEqual(['leitbild'])
    expect(chosen[0]!.units.map((unit) => unit.id)).toEqual(expect.arrayContaining(['visionLead', 'vision#1', 'adoptedBy']))
  })

  it('refuses a file whose German changed since the export, naming the unit, and writes nothing', async () => {
    const id = await newStory('conflict')
    const edited = withTargets(await exportStory(id), farsi)
    await payload.update({ collection: 'stories', id, locale: 'de', draft: true, data: { summary: 'Wie das Leitbild heute wirkt.' } })
    const before = await farsiSnapshot(id)

    const problems = await problemsOf(importXliff(payload, edited, 'fa', req))
    expect(problems).toEqual([{ unit: `stories/${id}:summary`, message: expect.stringMatching(/^Konflikt: der deutsche Text wurde seit dem Export geändert/) }])
    expect(await farsiSnapshot(id)).toEqual(before)
  })

  it('collects broken tags, unknown units and documents, over-long values and duplicates, and writes nothing', async () => {
    const id = await newStory('refused')
    const before = await farsiSnapshot(id)
    const exported = await exportStory(id)
    const broken = withTargets(exported, {
      ...farsi,
      title: 'ی'.repeat(161),
      'body#1': 'ما <g id="1">منشور</g> انجمن‌ها را به هم پیوند می‌دهیم.',
      'body#2.0': 'مشاوره <x id="1"/>',
    })
    const extraUnits = [
      '<trans-unit id="body#9" resname="body#9"><source xml:lang="de">Alt</source><target xml:lang="fa">قدیمی</target></trans-unit>',
      '<trans-unit id="summary"><source xml:lang="de">Wie das Leitbild wirkt.</source><target xml:lang="fa">دوباره</target></trans-unit>',
    ]
    const storyFile = broken.slice(broken.indexOf('  <file'), broken.indexOf('</xliff>')).replace('    </body>', `      ${extraUnits.join('\n      ')}\n    </body>`)
    const otherFile = storyFile.replace(`original="stories/${id}"`, 'original="stories/999999"')
    const file = `${broken.slice(0, broken.indexOf('  <file'))}${storyFile}${otherFile}</xliff>\n`

    const problems = await problemsOf(importXliff(payload, file, 'fa', req))
    expect(problems).toEqual([
      { unit: `stories/${id}:title`, message: 'zu lang: 161 von höchstens 160 Zeichen' },
      { unit: `stories/${id}:body#1`, message: 'Auszeichnungen (Tags) beschädigt: es fehlt: 2' },
      { unit: `stories/${id}:body#2.0`, message: 'Auszeichnungen (Tags) beschädigt: die Auszeichnung 1 gibt es im deutschen Text nicht' },
      { unit: `stories/${id}:body#9`, message: expect.stringMatching(/^unbekannte Einheit/) },
      { unit: `stories/${id}:summary`, message: 'Einheit doppelt in der Datei' },
      { unit: 'stories/999999', message: 'unbekanntes Dokument' },
    ])
    expect(await farsiSnapshot(id)).toEqual(before)
  })

  it('refuses another target language, DOCTYPEs and malformed XML', async () => {
    const id = await newStory('languages')
    const edited = withTargets(await exportStory(id), farsi)

    expect(await problemsOf(importXliff(payload, edited, 'ar', req))).toEqual([
      { unit: `stories/${id}`, message: 'Zielsprache „fa“ passt nicht zu „ar“' },
    ])
    // In the importer's interface language.
    expect(await problemsOf(importXliff(payload, edited, 'ar', { ...req, i18n: { ...req.i18n, language: 'en' } } as typeof req))).toEqual([
      { unit: `stories/${id}`, message: 'target language “fa” does not match “ar”' },
    ])
    const withDoctype = edited.replace('<xliff ', '<!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<xliff ')
    expect(await problemsOf(importXliff(payload, withDoctype, 'fa', req))).toEqual([{ unit: 'xliff', message: expect.stringMatching(/^DOCTYPE und Entitäten sind nicht erlaubt/) }])
    expect(await problemsOf(importXliff(payload, edited.replace('</body>', ''), 'fa', req))).toEqual([{ unit: 'xliff', message: expect.stringMatching(/^kein wohlgeformtes XML/) }])
    expect((await draftIn(id, 'fa')).title ?? null).toBeNull()
  })
})
