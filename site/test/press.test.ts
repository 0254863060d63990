import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort, startRestApiServer } from '@verband/cms/testing'
import { examplePressContacts, examplePressKit, examplePressReleases, siteSettings } from '@verband/seed'
import { locales } from '@verband/content-types/locales'
import { XMLParser } from 'fast-xml-parser'
import { unzipSync } from 'fflate'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, describe, expect, inject, it, vi } from 'vitest'

import { buildSite } from '../build/buildSite.ts'
import { mediaFilePath, pagePath, pressKitDownloadPath, releaseDownloadPath } from '../src/lib/routes.ts'
import { builtFile, builtHtml, occurrencesInSite, outDir, releasedExamplePressReleases } from './support/site.ts'

/**
 * The press room of the built site: embargoes, release PDFs and ZIPs, the press kit. Files are
 * read as a journalist gets them: from the built site, unpacked and compared byte for byte
 * with the CMS's originals.
 */

const embargoed = examplePressReleases.find((release) => release.embargoDaysAfterSeeding !== undefined)!
const translated = examplePressReleases.find((release) => release.translations?.ar && release.translations.ru)!
const withImage = releasedExamplePressReleases.find((release) => release.image)!
const boilerplateDe = siteSettings.de.pressBoilerplate

const cmsUrl = () => inject('cmsUrl')

async function pdfText(file: string): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)))
  const { text } = await extractText(pdf, { mergePages: true })
  return text.replace(/\s+/g, ' ')
}

async function cmsOriginal(filename: string): Promise<Uint8Array> {
  const response = await fetch(`${cmsUrl()}/api/media/file/${encodeURIComponent(filename)}`)
  expect(response.status).toBe(200)
  return new Uint8Array(await response.arrayBuffer())
}

describe('embargo', () => {
  const laterOutDir = mkdtempSync(path.join(tmpdir(), 'verband-embargo-'))
  afterAll(() => {
    vi.useRealTimers()
    rmSync(laterOutDir, { recursive: true, force: true })
  })

  it('keeps a release under embargo off every page, feed, search index and the sitemap', async () => {
    const title = embargoed.de.title
    expect(await occurrencesInSite(outDir(), [title, embargoed.slug])).toEqual([])
  })

  it('keeps its photo private: not on the website, not downloadable from the CMS', async () => {
    const photo = `${embargoed.image!.name}.jpg`
    expect(await occurrencesInSite(outDir(), [embargoed.image!.name])).toEqual([])
    expect(existsSync(path.join(outDir(), mediaFilePath(photo)))).toBe(false)
    expect((await fetch(`${cmsUrl()}/api/media/file/${photo}`)).status).toBe(403)
  })

  it('publishes the release once its embargo has passed (the clock driven, not waited for)', async () => {
    // A CMS in this process, so its access rule reads the test's clock.
    const port = await freePort()
    Object.assign(process.env, inject('cmsEnv'), { CMS_URL: `http://127.0.0.1:${port}` })
    const { default: config } = await import('@verband/cms/config')
    const api = await startRestApiServer(config, port)
    try {
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(new Date(Date.now() + (embargoed.embargoDaysAfterSeeding! + 1) * 24 * 60 * 60 * 1000))
      await buildSite({ outDir: laterOutDir, cmsUrl: api.url, siteUrl: 'http://127.0.0.1:4321' })
    } finally {
      vi.useRealTimers()
      await api.stop()
    }
    const page = readFileSync(path.join(laterOutDir, pagePath('de', { kind: 'pressRelease', slug: embargoed.slug }), 'index.html'), 'utf8')
    expect(page).toContain(embargoed.de.title)
    for (const file of ['de/press/rss.xml', 'sitemap.xml']) expect(readFileSync(path.join(laterOutDir, file), 'utf8')).toContain(embargoed.slug)
    expect((await occurrencesInSite(path.join(laterOutDir, 'pagefind'), [embargoed.de.title])).length).toBeGreaterThan(0)
    // Its photo goes public at the same moment, by the same clock, and is downloadable.
    expect(existsSync(path.join(laterOutDir, mediaFilePath(`${embargoed.image!.name}.jpg`)))).toBe(true)
  }, 300_000)
})

describe('press release downloads', () => {
  const release = releasedExamplePressReleases[0]!
  const contact = examplePressContacts.find((candidate) => candidate.email === release.contacts[0])!

  it('offers a PDF with the title, date, place, contact and boilerplate as real, selectable text in embedded fonts', async () => {
    const file = builtFile(releaseDownloadPath('de', release.slug, 'pdf'))
    const text = await pdfText(file)
    for (const expected of [release.de.title, release.de.place, contact.name, contact.phone, boilerplateDe.slice(0, 60)]) {
      expect(text).toContain(expected)
    }
    expect(text).toMatch(/\d{1,2}\. \p{L}+ \d{4}/u) // the German date, e.g. "5. Mai 2025"
    const raw = readFileSync(file, 'latin1')
    expect(raw).toMatch(/\/FontFile2/)
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/)
  })

  it('writes Cyrillic and Arabic PDFs in their languages, right to left for Arabic', async () => {
    const russian = await pdfText(builtFile(releaseDownloadPath('ru', translated.slug, 'pdf')))
    expect(russian).toContain(translated.translations!.ru!.title)
    const arabicFile = builtFile(releaseDownloadPath('ar', translated.slug, 'pdf'))
    const arabic = await pdfText(arabicFile)
    expect(arabic).toMatch(/[\u0600-\u06FF]{3,}/)
    expect(arabic).toContain('2025')
    expect(readFileSync(arabicFile, 'latin1')).toMatch(/\/Lang \(ar\)/)
  })

  it('links untranslated languages to the German files, and writes no copies', () => {
    const page = builtHtml(pagePath('tr', { kind: 'pressRelease', slug: release.slug }))
    expect(page).toContain(`href="${releaseDownloadPath('de', release.slug, 'pdf')}"`)
    expect(() => builtHtml(releaseDownloadPath('tr', release.slug, 'pdf'))).toThrow(/was not built/)
  })

  it('packs text, PDF and every attachment in full resolution into a ZIP with credits', async () => {
    const zip = unzipSync(new Uint8Array(readFileSync(builtFile(releaseDownloadPath('de', withImage.slug, 'zip')))))
    const image = `${withImage.image!.name}.jpg`
    expect(Object.keys(zip).sort()).toEqual(['CREDITS.txt', image, `${withImage.slug}.pdf`, `${withImage.slug}.txt`].sort())
    expect(Buffer.from(zip[`${withImage.slug}.pdf`]!).equals(readFileSync(builtFile(releaseDownloadPath('de', withImage.slug, 'pdf'))))).toBe(true)
    expect(Buffer.from(zip[image]!).equals(Buffer.from(await cmsOriginal(image)))).toBe(true)
    const text = new TextDecoder().decode(zip[`${withImage.slug}.txt`])
    expect(text).toContain(withImage.de.title)
    expect(text).toContain(boilerplateDe)
    const credits = new TextDecoder().decode(zip['CREDITS.txt'])
    for (const name of [image, `${withImage.slug}.pdf`, `${withImage.slug}.txt`]) expect(credits).toContain(name)
    expect(credits).toContain('Illustration: Dachverband (generiert für die Demo)')
    expect(credits).toContain('CC BY 4.0')
  })

  it('shows the text ready to copy and the original image with its format, pixels and size', () => {
    const page = builtHtml(pagePath('de', { kind: 'pressRelease', slug: withImage.slug }))
    expect(page).toMatch(/<textarea id="release-text" readonly[^>]*>[^<]*Beispiel/)
    expect(page).toContain(`href="${mediaFilePath(`${withImage.image!.name}.jpg`)}"`)
    expect(page).toMatch(/JPEG, 1600 × 900 px, \d+ KB/)
    expect(page).toMatch(/PDF, \d+ KB/)
  })

  it('attaches the PDF to each item of the press feed', () => {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(builtFile('/de/press/rss.xml'), 'utf8'))
    for (const item of [feed.rss.channel.item].flat()) {
      const url = new URL(item.enclosure['@_url'])
      expect(item.enclosure['@_type']).toBe('application/pdf')
      expect(readFileSync(builtFile(url.pathname)).length).toBe(Number(item.enclosure['@_length']))
    }
  })
})

describe('press kit', () => {
  it('has its page in every locale, with logos, photos, facts, boilerplate and contacts', () => {
    for (const locale of locales) {
      const page = builtHtml(pagePath(locale.code, { kind: 'pressKit' }))
      expect(page).toContain(pressKitDownloadPath(locale.code === 'en' ? 'en' : 'de', 'zip'))
    }
    const page = builtHtml(pagePath('de', { kind: 'pressKit' }))
    for (const background of ['light', 'dark']) {
      expect(page).toContain(`href="${mediaFilePath(`logo-${background}.svg`)}"`)
      expect(page).toContain(`href="${mediaFilePath(`logo-${background}.png`)}"`)
    }
    expect(page).toMatch(/SVG, Vektorgrafik, \d+ KB/)
    expect(page).toMatch(/PNG, 1200 × 1200 px, \d+ KB/)
    expect(page).toContain(examplePressKit.facts[0]!.value.de)
    expect(page).toContain(boilerplateDe)
    for (const email of examplePressKit.contacts) expect(page).toContain(email)
  })

  it('packs everything into one ZIP whose files equal the originals, with a complete CREDITS.txt', async () => {
    const zip = unzipSync(new Uint8Array(readFileSync(builtFile(pressKitDownloadPath('de', 'zip')))))
    const logos = ['light', 'dark'].flatMap((background) => [`logos/logo-${background}.svg`, `logos/logo-${background}.png`])
    const photos = examplePressKit.photos.map((photo) => `photos/${photo.name}.jpg`)
    expect(Object.keys(zip).sort()).toEqual(['CREDITS.txt', 'about.txt', 'faktenblatt.pdf', ...logos, ...photos].sort())
    for (const file of [...logos, ...photos]) {
      const original = await cmsOriginal(path.basename(file))
      expect(Buffer.from(zip[file]!).equals(Buffer.from(original)), file).toBe(true)
      expect(Buffer.from(zip[file]!).equals(readFileSync(builtFile(mediaFilePath(path.basename(file))))), file).toBe(true)
    }
    const credits = new TextDecoder().decode(zip['CREDITS.txt'])
    const entries = credits.split('\n\n').length
    for (const file of Object.keys(zip).filter((name) => name !== 'CREDITS.txt')) {
      const entry = credits.slice(credits.indexOf(`${file}\n`))
      expect(entry, file).toMatch(/^[^\n]+\n {2}Foto\/Bild: [^\n]+\n {2}Lizenz: [^\n]+/)
    }
    expect(entries).toBeGreaterThan(0)
    const factSheet = await pdfText(builtFile(pressKitDownloadPath('de', 'factSheet')))
    expect(factSheet).toContain(examplePressKit.facts[0]!.label.de)
    expect(factSheet).toContain(examplePressKit.facts[0]!.value.de)
  })
})
