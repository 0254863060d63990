/**
 * `npm run bench:pdf`: how long the website's build takes to write one press release PDF, in
 * German, Russian, Vietnamese and Arabic, and how large the file is. Run on two versions of
 * the PDF writer (`--label` names the row; the results keep one row per label and locale),
 * it shows what tagging the PDFs for PDF/UA costs a build.
 *
 *   npm run bench:pdf -- --label tagged [--runs 15]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'

import type { LocaleCode } from '@verband/content-types/locales'

import type { PressReleaseDoc, SiteSettingsDoc } from '../src/cms/types.ts'
import { releasePdf, releaseText } from '../src/downloads/pressRelease.ts'
import { percentile } from './support.ts'

const { values: args } = parseArgs({ options: { label: { type: 'string' }, runs: { type: 'string', default: '15' } } })
if (!args.label) throw new Error('Usage: npm run bench:pdf -- --label <name of this version> [--runs 15]')
const runs = Number(args.runs)
const resultsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/results')

type Lexical = { type: string; tag?: string; listType?: string; text?: string; children?: Lexical[] }
const paragraph = (text: string): Lexical => ({ type: 'paragraph', children: [{ type: 'text', text }] })
const heading = (text: string): Lexical => ({ type: 'heading', tag: 'h2', children: [{ type: 'text', text }] })
const bullets = (...items: string[]): Lexical => ({ type: 'list', listType: 'bullet', children: items.map((text) => ({ type: 'listitem', children: [{ type: 'text', text }] })) })

/** A release of about two pages: a lead, two sections with a list, a quote; the same shape in every language. */
const texts: Record<'de' | 'ru' | 'vi' | 'ar', { title: string; lead: string; section: string; sentence: string; items: [string, string] }> = {
  de: {
    title: 'Studie: Diskriminierung im Alltag von Migrantinnen und Migranten in Sachsen',
    lead: 'Der Verband stellt heute in Dresden eine Studie mit 1.200 Befragten vor.',
    section: 'Ergebnisse',
    sentence: 'Die Befragten berichten von Erfahrungen bei der Wohnungssuche, auf Ämtern und am Arbeitsplatz. ',
    items: ['Beratung in neun Sprachen', 'Begleitung zu Behörden'],
  },
  ru: {
    title: 'Исследование: дискриминация в повседневной жизни мигрантов в Саксонии',
    lead: 'Союз сегодня представляет в Дрездене исследование с 1200 участниками.',
    section: 'Результаты',
    sentence: 'Участники рассказывают о поиске жилья, о ведомствах и о работе. ',
    items: ['Консультации на девяти языках', 'Сопровождение в ведомства'],
  },
  vi: {
    title: 'Nghiên cứu: Phân biệt đối xử trong đời sống hằng ngày của người di cư tại Sachsen',
    lead: 'Hôm nay Hiệp hội giới thiệu tại Dresden một nghiên cứu với 1.200 người tham gia.',
    section: 'Kết quả',
    sentence: 'Những người tham gia kể về việc tìm nhà, về cơ quan công quyền và nơi làm việc. ',
    items: ['Tư vấn bằng chín ngôn ngữ', 'Đồng hành đến cơ quan'],
  },
  ar: {
    title: 'دراسة: التمييز في الحياة اليومية للمهاجرين في ساكسونيا',
    lead: 'يقدم الاتحاد اليوم في دريسدن (Dresden) دراسة شارك فيها 1200 شخص.',
    section: 'النتائج',
    sentence: 'يروي المشاركون عن البحث عن سكن وعن الدوائر الحكومية وعن مكان العمل. ',
    items: ['استشارات بتسع لغات', 'مرافقة إلى الدوائر الحكومية'],
  },
}

const locales = Object.keys(texts) as Array<keyof typeof texts>
const byLocale = <T,>(value: (locale: keyof typeof texts) => T) => Object.fromEntries(locales.map((locale) => [locale, value(locale)]))

const release = {
  slug: 'studie',
  releaseDate: '2026-12-07T09:00:00.000Z',
  embargoUntil: '2026-12-08T09:00:00.000Z',
  title: byLocale((locale) => texts[locale].title),
  place: byLocale((locale) => (locale === 'ar' ? 'دريسدن' : locale === 'ru' ? 'Дрезден' : 'Dresden')),
  body: byLocale((locale) => {
    const t = texts[locale]
    const section = () => [heading(t.section), paragraph(t.sentence.repeat(6)), bullets(...t.items), paragraph(t.sentence.repeat(5))]
    return { root: { type: 'root', children: [paragraph(t.lead), ...section(), { type: 'quote', children: [{ type: 'text', text: t.sentence }] }, ...section()] } }
  }),
  contacts: [{ name: 'Mira Haddad', role: byLocale(() => 'Presse'), email: 'presse@verband.example', phone: '+49 351 000 000 10' }],
} as unknown as PressReleaseDoc

const settings = {
  name: byLocale(() => 'Dachverband sächsischer Migrant*innenorganisationen'),
  pressBoilerplate: byLocale((locale) => texts[locale].sentence),
} as unknown as SiteSettingsDoc

type Row = { label: string; locale: LocaleCode; runs: number; medianMs: number; p90Ms: number; bytes: number; date: string }

const rows: Row[] = []
for (const locale of locales) {
  const text = releaseText(release, settings, locale, `https://verband.example/${locale}/press/studie/`)
  let bytes = (await releasePdf(text)).byteLength // warm: fonts loaded, code compiled
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    bytes = (await releasePdf(text)).byteLength
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const row = { label: args.label, locale, runs, medianMs: round(percentile(times, 50)), p90Ms: round(percentile(times, 90)), bytes, date: new Date().toISOString() }
  rows.push(row)
  console.log(`${row.label} ${locale}: median ${row.medianMs} ms, p90 ${row.p90Ms} ms, ${row.bytes} bytes`)
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10
}

const jsonFile = path.join(resultsDir, 'pdf.json')
const kept = existsSync(jsonFile) ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as Row[]).filter((row) => row.label !== args.label) : []
const all = [...kept, ...rows]
mkdirSync(resultsDir, { recursive: true })
writeFileSync(jsonFile, `${JSON.stringify(all, null, 2)}\n`)
writeFileSync(
  path.join(resultsDir, 'pdf.md'),
  [
    '# Release PDF build time',
    '',
    `One press release of two pages (lead, two sections with a list, a quote, contacts), written ${runs} times after one warm-up run, on this machine (\`npm run bench:pdf\`).`,
    '',
    '| Version | Locale | Median | p90 | Size |',
    '| --- | --- | ---: | ---: | ---: |',
    ...all.map((row) => `| ${row.label} | ${row.locale} | ${row.medianMs} ms | ${row.p90Ms} ms | ${(row.bytes / 1024).toFixed(1)} KiB |`),
    '',
  ].join('\n'),
)
