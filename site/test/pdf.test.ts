import { inflateSync } from 'node:zlib'

import sharp from 'sharp'
import { extractText, getDocumentProxy, getResolvedPDFJS } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'

import type { PressReleaseDoc, SiteSettingsDoc } from '../src/cms/types.ts'
import { factSheetPdf, type FactSheet } from '../src/downloads/factSheet.ts'
import { covers } from '../src/downloads/pdf/fonts.ts'
import { isolated, PdfWriter, visualRuns } from '../src/downloads/pdf/PdfWriter.ts'
import { releasePdf, releaseText } from '../src/downloads/pressRelease.ts'
import { translator } from '../src/i18n/index.ts'
import { pdfinfo, readStructure, withoutSpaces } from './support/pdfinfo.ts'

/** The PDFs' line layout: Unicode bidi order and font fallback, without drawing. */

const drawn = (line: string, dir: 'ltr' | 'rtl') => visualRuns(line, dir).map((run) => run.text.trim()).filter(Boolean)

describe('PDF line layout', () => {
  it('draws an Arabic line right to left: its first word rightmost', () => {
    const runs = drawn('مثال: اتحاد الجمعيات', 'rtl')
    expect(runs.at(-1)).toBe('مثال')
    expect(runs[0]).toBe('اتحاد الجمعيات')
  })

  it('keeps numbers and Latin names left to right inside an Arabic line', () => {
    const runs = visualRuns('اعتمدت في 3 مايو 2025 بيان (Leitbild)', 'rtl')
    expect(runs.filter((run) => !run.rightToLeft).map((run) => run.text.trim())).toEqual(['Leitbild', '2025', '3'])
  })

  it('keeps an isolated phone number in its order in a right-to-left line', () => {
    const runs = drawn(`الهاتف: ${isolated('+49 351 000 000 10')}`, 'rtl')
    expect(runs.join(' ')).toContain('+49 351 000 000 10')
  })

  it('draws every character from a font that has it: German, Cyrillic, Vietnamese and Arabic in one line', () => {
    const line = 'Straße „Zitat“ – Пример Việt Nam دريسدن 2025'
    const runs = visualRuns(line, 'ltr')
    for (const run of runs) expect(covers(run.face, run.text), `${run.text} in ${run.face.name}`).toBe(true)
    // Nothing lost or doubled (the order is the bidi algorithm's: "دريسدن 2025" reads right to left).
    expect([...runs.map((run) => run.text).join('')].sort()).toEqual([...line].sort())
  })
})

/*
 * Tagged PDF/UA-1: the real generators, read back with pdf.js (unpdf) as an assistive technology
 * or a checker reads them: structure tree, marked content, metadata, bookmarks, text.
 */

type Lexical = { type: string; tag?: string; listType?: string; text?: string; children?: Lexical[] }
const text = (value: string): Lexical => ({ type: 'text', text: value })
const paragraph = (value: string): Lexical => ({ type: 'paragraph', children: [text(value)] })
const heading = (tag: string, value: string): Lexical => ({ type: 'heading', tag, children: [text(value)] })
const bullets = (...items: string[]): Lexical => ({ type: 'list', listType: 'bullet', children: items.map((item) => ({ type: 'listitem', children: [text(item)] })) })
const body = (...children: Lexical[]) => ({ root: { type: 'root', children } })

const release = {
  slug: 'neues-zentrum',
  releaseDate: '2025-05-03T08:00:00.000Z',
  embargoUntil: '2025-05-03T08:00:00.000Z',
  place: { de: 'Dresden', ar: 'دريسدن', ru: 'Дрезден', vi: 'Dresden' },
  title: {
    de: 'Verband eröffnet Beratungszentrum in Dresden & Umgebung',
    ar: 'الجمعية تفتح مركزاً جديداً في دريسدن',
    ru: 'Союз открывает консультационный центр в Дрездене',
    vi: 'Hiệp hội mở trung tâm tư vấn tại Dresden',
  },
  // Not translated: the Arabic file shows the German subtitle, marked as German.
  subtitle: { de: 'Beratung für alle, die neu in Sachsen sind' },
  body: {
    de: body(
      paragraph('Der Verband hat heute sein neues Beratungszentrum eröffnet.'),
      heading('h2', 'Angebote'),
      bullets('Kostenlose Beratung', 'Sprachkurse am Abend'),
      heading('h3', 'Finanzierung'),
      paragraph('Gefördert von der Stadt Dresden.'),
      { type: 'quote', children: [text('Wir freuen uns sehr über das Zentrum.')] },
    ),
    ar: body(
      paragraph('اعتمدت الجمعية في 3 مايو 2025 بيان (Leitbild) جديد للسلام.'),
      heading('h2', 'البرنامج'),
      bullets('استشارات مجانية', 'دورات اللغة في المساء'),
      heading('h3', 'التمويل'),
      paragraph('بدعم من مدينة دريسدن.'),
      { type: 'quote', children: [text('نحن سعداء جداً بهذا المركز.')] },
    ),
    ru: body(paragraph('Союз сегодня открыл новый консультационный центр.'), heading('h2', 'Предложения'), bullets('Бесплатные консультации', 'Вечерние языковые курсы')),
    vi: body(paragraph('Hôm nay Hiệp hội đã khai trương trung tâm tư vấn mới.'), heading('h2', 'Dịch vụ'), bullets('Tư vấn miễn phí', 'Lớp học tiếng buổi tối')),
  },
  contacts: [{ name: 'Anna Beispiel', role: { de: 'Pressesprecherin', ar: 'المتحدثة الصحفية', ru: 'Пресс-секретарь', vi: 'Người phát ngôn' }, email: 'presse@example.org', phone: '+49 351 000 000 10' }],
} as unknown as PressReleaseDoc

const settings = {
  name: { de: 'Verband der Vereine', ar: 'اتحاد الجمعيات', ru: 'Союз объединений', vi: 'Hiệp hội các hội' },
  pressBoilerplate: {
    de: 'Der Verband ist ein gemeinnütziger Zusammenschluss von Vereinen.',
    ar: 'الاتحاد منظمة غير ربحية تجمع الجمعيات.',
    ru: 'Союз — некоммерческое объединение организаций.',
    vi: 'Hiệp hội là liên minh phi lợi nhuận của các hội.',
  },
} as unknown as SiteSettingsDoc

const sheet = (locale: 'de' | 'ar'): FactSheet =>
  locale === 'de'
    ? {
        locale,
        association: 'Verband der Vereine',
        heading: 'Faktenblatt',
        facts: [
          { label: { text: 'Gegründet' }, value: { text: '1990 in Dresden' } },
          { label: { text: 'Mitglieder' }, value: { text: '120 Vereine' } },
        ],
        aboutHeading: 'Über uns',
        boilerplate: { text: 'Der Verband ist ein gemeinnütziger Zusammenschluss von Vereinen.' },
        contactsHeading: 'Ansprechpersonen',
        contacts: [`Anna Beispiel · E-Mail: ${isolated('presse@example.org')}`],
        address: 'Hauptstraße 1, 01067 Dresden · info@example.org',
        updatedAt: new Date('2025-05-01T00:00:00Z'),
      }
    : {
        locale,
        association: 'اتحاد الجمعيات',
        heading: 'حقائق وأرقام',
        facts: [
          { label: { text: 'تأسست' }, value: { text: '1990 في دريسدن' } },
          // A label without translation: German, in the Arabic sheet.
          { label: { text: 'Mitglieder', lang: 'de' }, value: { text: '120 جمعية' } },
        ],
        aboutHeading: 'عن الجمعية',
        boilerplate: { text: 'الاتحاد منظمة غير ربحية تجمع الجمعيات.' },
        contactsHeading: 'جهات الاتصال',
        contacts: [`آنا · البريد الإلكتروني: ${isolated('presse@example.org')}`],
        address: 'Hauptstraße 1, 01067 Dresden · info@example.org',
        updatedAt: new Date('2025-05-01T00:00:00Z'),
      }

type Pdf = Awaited<ReturnType<typeof getDocumentProxy>>
type Node = { role: string; lang?: string; alt?: string; text: string; children: Node[] }
type RawNode = { role?: string; lang?: string; alt?: string; type?: string; id?: string; children?: RawNode[] }

/** The structure tree of every page, with each element's text (its marked content, in structure order). */
async function structure(pdf: Pdf): Promise<Node[]> {
  const roots: Node[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const content = await page.getTextContent({ includeMarkedContent: true })
    const texts = new Map<string, string>()
    const open: (string | undefined)[] = []
    for (const item of content.items as { type?: string; id?: string; str?: string }[]) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') open.push(item.id ?? open.at(-1))
      else if (item.type === 'endMarkedContent') open.pop()
      else if (item.str !== undefined && open.at(-1)) texts.set(open.at(-1)!, (texts.get(open.at(-1)!) ?? '') + item.str)
    }
    const simplify = (raw: RawNode): Node => {
      const children = (raw.children ?? []).filter((child) => child.role).map(simplify)
      const own = (raw.children ?? []).filter((child) => child.type === 'content').map((child) => texts.get(child.id!) ?? '')
      const text = [...own, ...children.map((child) => child.text)].join(' ').replace(/\s+/g, ' ').trim()
      return { role: raw.role!, ...(raw.lang ? { lang: raw.lang } : {}), ...(raw.alt ? { alt: raw.alt } : {}), text, children }
    }
    const tree = (await page.getStructTree()) as RawNode | null
    if (tree) roots.push(...(tree.children ?? []).map(simplify))
  }
  return roots
}

/** The pages' content streams, inflated: what the marked-content operators say. */
function contentStreams(pdf: Uint8Array): string[] {
  const raw = Buffer.from(pdf)
  const streams: string[] = []
  let at = 0
  for (;;) {
    const start = raw.indexOf('stream\n', at)
    if (start < 0) return streams
    const end = raw.indexOf('\nendstream', start)
    if (end < 0) return streams
    try {
      streams.push(inflateSync(raw.subarray(start + 'stream\n'.length, end)).toString('latin1'))
    } catch {
      // Not deflated (or not a content stream): nothing to read here.
    }
    at = end + 1
  }
}

const outline = (node: Node, depth = 0): string[] => [`${'  '.repeat(depth)}${node.role}`, ...node.children.flatMap((child) => outline(child, depth + 1))]
const find = (nodes: Node[], role: string): Node[] => nodes.flatMap((node) => [...(node.role === role ? [node] : []), ...find(node.children, role)])

/** Drawing operators found outside any marked content (neither structure content nor artifact). */
async function unmarkedDrawing(pdf: Pdf): Promise<string[]> {
  const { OPS } = await getResolvedPDFJS()
  const names = new Map(Object.entries(OPS).map(([name, code]) => [code as number, name]))
  const drawing = new Set(
    ['showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText', 'constructPath', 'stroke', 'fill', 'eoFill', 'fillStroke', 'paintImageXObject', 'paintInlineImageXObject', 'paintJpegXObject'].map(
      (name) => OPS[name as keyof typeof OPS] as number,
    ),
  )
  const found: string[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const { fnArray } = await (await pdf.getPage(number)).getOperatorList()
    let depth = 0
    for (const fn of fnArray) {
      if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) depth++
      else if (fn === OPS.endMarkedContent) depth--
      else if (drawing.has(fn) && depth === 0) found.push(`page ${number}: ${names.get(fn)}`)
    }
    expect(depth, `marked content balanced on page ${number}`).toBe(0)
  }
  return found
}

describe('tagged PDF/UA-1 downloads', () => {
  const files: Record<'releaseDe' | 'releaseAr' | 'releaseRu' | 'releaseVi' | 'sheetDe' | 'sheetAr', Uint8Array> = {} as never
  const open = (file: keyof typeof files) => getDocumentProxy(files[file].slice())

  beforeAll(async () => {
    files.releaseDe = await releasePdf(releaseText(release, settings, 'de', 'https://example.org/de/presse/neues-zentrum'))
    files.releaseAr = await releasePdf(releaseText(release, settings, 'ar', 'https://example.org/ar/press/neues-zentrum'))
    files.releaseRu = await releasePdf(releaseText(release, settings, 'ru', 'https://example.org/ru/press/neues-zentrum'))
    files.releaseVi = await releasePdf(releaseText(release, settings, 'vi', 'https://example.org/vi/press/neues-zentrum'))
    files.sheetDe = await factSheetPdf(sheet('de'))
    files.sheetAr = await factSheetPdf(sheet('ar'))
  })

  it('identifies every file as tagged PDF/UA-1 in its language, with the title shown in the window', async () => {
    for (const [file, lang, title] of [
      ['releaseDe', 'de', 'Verband eröffnet Beratungszentrum in Dresden & Umgebung'],
      ['releaseAr', 'ar', 'الجمعية تفتح مركزاً جديداً في دريسدن'],
      ['releaseRu', 'ru', 'Союз открывает консультационный центр в Дрездене'],
      ['releaseVi', 'vi', 'Hiệp hội mở trung tâm tư vấn tại Dresden'],
      ['sheetDe', 'de', 'Faktenblatt – Verband der Vereine'],
      ['sheetAr', 'ar', 'حقائق وأرقام – اتحاد الجمعيات'],
    ] as const) {
      const pdf = await open(file)
      expect(await pdf.getMarkInfo(), file).toMatchObject({ Marked: true })
      expect(await pdf.getViewerPreferences(), file).toMatchObject({ DisplayDocTitle: true })
      const { info, metadata } = await pdf.getMetadata()
      expect(info, file).toMatchObject({ PDFFormatVersion: '1.7', Language: lang, Title: title })
      // XMP: the PDF/UA identification and the title (escaped: "&" in the title stays valid XML).
      expect(metadata.get('pdfuaid:part'), file).toBe('1')
      expect(metadata.get('dc:title'), file).toBe(title)
      const raw = Buffer.from(files[file]).toString('latin1')
      expect(raw, file).toContain(`/Lang (${lang})`)
      expect(raw, file).toMatch(/\/DisplayDocTitle true/)
      expect(raw, file).toMatch(/\/Tabs \/S/)
      // Embedded fonts only (no standard font without its file).
      expect(raw, file).not.toMatch(/\/BaseFont \/Helvetica/)
      expect(raw, file).toMatch(/\/FontFile2/)
    }
  })

  it('reads as tagged in poppler (pdfinfo) too, its structure listing the headings and paragraphs in reading order', async () => {
    for (const [file, title, firstParagraph] of [
      ['releaseDe', 'Verband eröffnet Beratungszentrum in Dresden & Umgebung', 'Der Verband hat heute sein neues Beratungszentrum eröffnet.'],
      ['releaseRu', 'Союз открывает консультационный центр в Дрездене', 'Союз сегодня открыл новый консультационный центр.'],
      ['releaseVi', 'Hiệp hội mở trung tâm tư vấn tại Dresden', 'Hôm nay Hiệp hội đã khai trương trung tâm tư vấn mới.'],
      ['releaseAr', 'الجمعية تفتح مركزاً جديداً في دريسدن', 'اعتمدت الجمعية في 3 مايو 2025 بيان (Leitbild) جديد للسلام.'],
      ['sheetDe', 'Faktenblatt', 'Der Verband ist ein gemeinnütziger Zusammenschluss von Vereinen.'],
    ] as const) {
      expect(pdfinfo(files[file]), file).toMatch(/^Tagged:\s+yes$/m)
      const struct = pdfinfo(files[file], ['-struct'])
      expect(struct, file).toMatch(/^ {2}H1\b/m)
      expect(struct, file).toMatch(/^ {2}P\b/m)
      // The structure's text, element by element, reads as written: Arabic too, in logical order.
      const [document] = readStructure(files[file])
      expect(document!.role, file).toBe('Document')
      const texts = document!.children.map((element) => withoutSpaces(element.text))
      expect(texts[0], `${file}: the title first`).toBe(withoutSpaces(title))
      expect(texts, `${file}: the first paragraph`).toContain(withoutSpaces(firstParagraph))
    }
  })

  it('tags the German release: title (H1) first, then embargo, subtitle, dateline, sections, list, quote, contacts, boilerplate', async () => {
    const [document, ...others] = await structure(await open('releaseDe'))
    expect(others).toEqual([])
    expect(document!.role).toBe('Document')
    expect(outline(document!)).toEqual(
      ['Document', '  H1', '  P', '  P', '  P', '  P', '  H2', '  L', '    LI', '      Lbl', '      LBody', '    LI', '      Lbl', '      LBody', '  H3', '  P', '  BlockQuote', '  H2', '  L', '    LI', '      LBody', '  H2', '  P', '  P'],
    )
    expect(document!.children.map((node) => node.text)).toEqual([
      'Verband eröffnet Beratungszentrum in Dresden & Umgebung',
      expect.stringMatching(/^Sperrfrist: 3\. Mai 2025/),
      'Beratung für alle, die neu in Sachsen sind',
      'Dresden, 3. Mai 2025',
      'Der Verband hat heute sein neues Beratungszentrum eröffnet.',
      'Angebote',
      '• Kostenlose Beratung • Sprachkurse am Abend',
      'Finanzierung',
      'Gefördert von der Stadt Dresden.',
      'Wir freuen uns sehr über das Zentrum.',
      'Ansprechpersonen',
      expect.stringContaining('Anna Beispiel · Pressesprecherin'),
      'Über uns',
      'Der Verband ist ein gemeinnütziger Zusammenschluss von Vereinen.',
      'Quelle: https://example.org/de/presse/neues-zentrum',
    ])
    expect(find([document!], 'Lbl').map((node) => node.text)).toEqual(['•', '•'])
    expect(find([document!], 'LBody')[1]!.text).toBe('Sprachkurse am Abend')
    // The letterhead (association, "Pressemitteilung") is page furniture, not content.
    expect(JSON.stringify(document)).not.toContain('Verband der Vereine')
  })

  it('tags the Arabic release in logical order, the German subtitle marked as German', async () => {
    const [document] = await structure(await open('releaseAr'))
    expect(document!.children.map((node) => node.role)).toEqual(['H1', 'P', 'P', 'P', 'P', 'H2', 'L', 'H3', 'P', 'BlockQuote', 'H2', 'L', 'H2', 'P', 'P'])
    const [title, , subtitle] = document!.children
    expect(subtitle).toMatchObject({ lang: 'de', text: 'Beratung für alle, die neu in Sachsen sind' })
    // The rest is in the document's language: no /Lang of its own.
    expect(title!.lang).toBeUndefined()
    // Runs drawn right to left are written in the order read: the structure's text is the
    // source text, Arabic words, numbers and the Latin name in place, the tanween on its alef.
    const [read] = readStructure(files.releaseAr)
    const texts = read!.children.map((element) => element.text)
    expect(texts[0]).toBe('الجمعية تفتح مركزاً جديداً في دريسدن')
    expect(texts[3]).toBe('دريسدن، 3 مايو 2025')
    expect(texts[4]).toBe('اعتمدت الجمعية في 3 مايو 2025 بيان (Leitbild) جديد للسلام.')
    const t = translator('ar')
    expect(read!.children.filter((element) => element.role === 'H2').map((element) => element.text)).toEqual(['البرنامج', t('press.contacts'), t('press.about')])
    expect(read!.children[6]!.children.map((item) => item.children.map((child) => child.text))).toEqual([
      ['•', 'استشارات مجانية'],
      ['•', 'دورات اللغة في المساء'],
    ])
  })

  it('marks words in another script with their language: the Latin name in an Arabic text as German', async () => {
    const spans = (file: keyof typeof files) => contentStreams(files[file]).join('\n').match(/\/Span <<[^>]*\/Lang \((\w+)\)/g) ?? []
    expect(spans('releaseAr').length).toBeGreaterThan(0)
    expect(spans('releaseAr').every((span) => span.endsWith('(de)'))).toBe(true)
    // Nothing in another script in the German file.
    expect(spans('releaseDe')).toEqual([])
  })

  it('tags the fact sheets: heading (H1), the facts as a list of names (Lbl) and values (LBody), sections', async () => {
    for (const file of ['sheetDe', 'sheetAr'] as const) {
      const [document] = await structure(await open(file))
      expect(document!.children.map((node) => node.role), file).toEqual(['H1', 'L', 'H2', 'P', 'H2', 'L', 'P'])
      const facts = document!.children[1]!
      expect(facts.children.map((item) => item.children.map((child) => child.role)), file).toEqual([
        ['Lbl', 'LBody'],
        ['Lbl', 'LBody'],
      ])
    }
    const [german] = await structure(await open('sheetDe'))
    expect(german!.children[0]!.text).toBe('Faktenblatt')
    expect(find([german!], 'Lbl').map((node) => node.text)).toEqual(['Gegründet', 'Mitglieder'])
    expect(find([german!], 'LBody').map((node) => node.text).slice(0, 2)).toEqual(['1990 in Dresden', '120 Vereine'])
    const [arabic] = await structure(await open('sheetAr'))
    expect(find([arabic!], 'Lbl')).toMatchObject([{ text: 'تأسست' }, { text: 'Mitglieder', lang: 'de' }])
    expect(find([arabic!], 'Lbl')[0]!.lang).toBeUndefined()
    expect(readStructure(files.sheetAr)[0]!.children.filter((element) => element.role === 'H2').map((element) => element.text)).toEqual(['عن الجمعية', 'جهات الاتصال'])
  })

  it('bookmarks the sections, subsections under their section', async () => {
    const titles = (items: { title: string; items: unknown[] }[]): unknown[] =>
      items.map((item) => (item.items.length ? { [item.title]: titles(item.items as never) } : item.title))
    expect(titles(await (await open('releaseDe')).getOutline())).toEqual([{ Angebote: ['Finanzierung'] }, 'Ansprechpersonen', 'Über uns'])
    expect(titles(await (await open('releaseAr')).getOutline())).toEqual([{ البرنامج: ['التمويل'] }, translator('ar')('press.contacts'), translator('ar')('press.about')])
    expect(titles(await (await open('sheetDe')).getOutline())).toEqual(['Über uns', 'Ansprechpersonen'])
    expect(await (await open('releaseDe')).getPageMode()).toBe('UseOutlines')
  })

  it('draws nothing outside marked content: all is structure content or an artifact', async () => {
    for (const file of Object.keys(files) as (keyof typeof files)[]) expect(await unmarkedDrawing(await open(file)), file).toEqual([])
  })

  it('keeps the text extractable: German and Arabic words come out with their own letters', async () => {
    const german = (await extractText(await open('releaseDe'), { mergePages: true })).text
    for (const expected of ['Verband eröffnet Beratungszentrum', 'Kostenlose Beratung', 'Gefördert von der Stadt Dresden.', 'Über uns']) expect(german).toContain(expected)
    // Noto Sans Arabic draws beh, teh, noon and yeh in a word from one dotless glyph plus dots;
    // each must still map to its own letter (and the dots to nothing). Read through the
    // structure, as assistive technology reads it (pdf.js's own extraction guesses the order of
    // right-to-left text from the glyphs' places and loses its word spaces).
    const readText = (file: keyof typeof files) => readStructure(files[file])[0]!.text
    const arabic = readText('releaseAr')
    for (const expected of ['الجمعية', 'تفتح', 'مركزاً', 'جديداً', 'دريسدن', 'البرنامج', 'استشارات مجانية', 'بيان', 'مايو', 'Leitbild', '2025', 'Beratung für alle']) {
      expect(arabic).toContain(expected)
    }
    const controlCharacters = [...arabic].filter((character) => character < ' ' && !'\t\n\r'.includes(character))
    expect(controlCharacters).toEqual([])
    const sheetArabic = readText('sheetAr')
    for (const expected of ['حقائق وأرقام', 'تأسست', 'دريسدن', 'جمعية', 'Mitglieder']) expect(sheetArabic).toContain(expected)
  })

  it('makes the same bytes for the same content', async () => {
    const again = await releasePdf(releaseText(release, settings, 'ar', 'https://example.org/ar/press/neues-zentrum'))
    expect(Buffer.from(again).equals(Buffer.from(files.releaseAr))).toBe(true)
    expect(Buffer.from(await factSheetPdf(sheet('de'))).equals(Buffer.from(files.sheetDe))).toBe(true)
  })

  it('keeps one paragraph across a page break, and tags the next page too', async () => {
    const long = { ...release, body: { de: body(...Array.from({ length: 14 }, (_, index) => paragraph(`Absatz ${index + 1}: ${'Beratung und Begleitung für Vereine in Sachsen. '.repeat(8)}`))) } }
    const bytes = await releasePdf(releaseText(long as PressReleaseDoc, settings, 'de', 'https://example.org/de/presse/lang'))
    const pdf = await getDocumentProxy(bytes.slice())
    expect(pdf.numPages).toBeGreaterThan(1)
    expect(await unmarkedDrawing(pdf)).toEqual([])
    const pages = await structure(pdf)
    expect(pages.length).toBe(pdf.numPages)
    // The paragraph split by the break has content on both pages, and is one element.
    const lastOnFirst = pages[0]!.children.at(-1)!
    const firstOnSecond = pages[1]!.children[0]!
    expect(lastOnFirst.role).toBe('P')
    expect(firstOnSecond.role).toBe('P')
    const split = lastOnFirst.text.split(':')[0]!
    expect(split).toMatch(/^Absatz \d+$/)
    expect(firstOnSecond.text).not.toMatch(/^Absatz/)
    const [read] = readStructure(bytes)
    const whole = read!.children.filter((element) => element.text.startsWith(`${split}:`))
    expect(whole.map((element) => withoutSpaces(element.text))).toEqual([withoutSpaces(`${split}: ${'Beratung und Begleitung für Vereine in Sachsen. '.repeat(8)}`)])
    // The embargo stands on every page: content on the first (after the title), above the
    // text of every further page as an artifact, so it is read once.
    const { text: pageTexts } = await extractText(pdf, { mergePages: false })
    for (const [index, page] of pageTexts.entries()) expect(page, `page ${index + 1}`).toMatch(/Sperrfrist: 3\. Mai 2025/)
    for (const page of pages.slice(1)) expect(JSON.stringify(page)).not.toContain('Sperrfrist')
  })
})

describe('PDF figures', () => {
  it('tags a picture as a Figure with its alternative text, and a decoration as an artifact', async () => {
    const png = (color: string) => sharp({ create: { width: 120, height: 80, channels: 3, background: color } }).png().toBuffer()
    const pdf = new PdfWriter({ title: 'Bilder', author: 'Verband', subject: 'Test', lang: 'de', dir: 'ltr', createdAt: new Date('2025-05-01T00:00:00Z') })
    pdf.decoration(await png('#0b5d3b'), { maxHeight: 30 })
    pdf.title('Bilder').figure(await png('#336699'), 'Das neue Beratungszentrum von außen').paragraph('Foto: Verband')
    const document = await getDocumentProxy(new Uint8Array(await pdf.finish()))
    const [root] = await structure(document)
    expect(root!.children.map((node) => node.role)).toEqual(['H1', 'Figure', 'P'])
    expect(root!.children[1]).toMatchObject({ role: 'Figure', alt: 'Das neue Beratungszentrum von außen' })
    expect(await unmarkedDrawing(document)).toEqual([])
  })
})
