import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { formKinds, formResults } from '@verband/content-types/forms'
import { locales } from '@verband/content-types/locales'
import { pressListResults } from '@verband/content-types/press-list'
import { exampleMembers, exampleStories } from '@verband/seed'
import { regions } from '@verband/content-types/regions'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, inject, it } from 'vitest'

import { runBuildProcess } from '../bench/support.ts'
import { listFiles, textFile } from '../build/checkSite.ts'
import { minCompressedBytes } from '../build/compressedCache.ts'
import { headersFolder } from '../build/securityHeaders.ts'
import { pagePath, pageSegments, type Page, type StaticPageKind } from '../src/lib/routes.ts'
import { attribute, builtFile, builtHtml, occurrencesInSite, outDir, releasedExamplePressReleases, siteUrl } from './support/site.ts'

const storyTranslatedEverywhere = exampleStories.find((story) => story.translations?.ar)!
const storyOnlyGerman = exampleStories.find((story) => !story.translations)!

const allPages: Page[] = [
  ...(Object.keys(pageSegments) as StaticPageKind[]).map((kind) => ({ kind })),
  ...exampleStories.map((story) => ({ kind: 'story' as const, slug: story.slug })),
  ...releasedExamplePressReleases.map((release) => ({ kind: 'pressRelease' as const, slug: release.slug })),
  ...exampleMembers.map((member) => ({ kind: 'member' as const, slug: member.slug })),
  ...regions.map((region) => ({ kind: 'district' as const, region: region.value })),
]

/** A robots.txt path pattern as a test: `*` is any run of characters, and a rule matches a path's start. */
function robotsRule(pattern: string): RegExp {
  const escape = (part: string) => part.replace(/[.+?^$()|[\]{}\\]/g, '\\$&')
  return new RegExp(`^${pattern.split('*').map(escape).join('.*')}`)
}

const searchPages = new Set(locales.map((locale) => pagePath(locale.code, { kind: 'search' })))
/** The forms' answer pages, the press list's included: where the CMS sends a browser after a post. */
const formAnswerPages = new Set(
  locales.flatMap((locale) => [
    ...formKinds.flatMap((form) => formResults.map((result) => pagePath(locale.code, { kind: 'formResult', form, result }))),
    ...pressListResults.map((result) => pagePath(locale.code, { kind: 'pressListResult', result })),
  ]),
)

function alternatesOf(html: string): string[] {
  return [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)"/g)].map((match) => match[1]!).filter((code) => code !== 'x-default')
}

describe('the built site', () => {
  it('has every page in every locale, the language chooser, the 404 page, robots.txt and the sitemap', () => {
    const missing = locales.flatMap((locale) => allPages.map((page) => pagePath(locale.code, page))).filter((urlPath) => !existsSync(builtFile(urlPath)))
    expect(missing).toEqual([])
    for (const file of ['/index.html', '/404.html', '/robots.txt', '/sitemap.xml']) expect(existsSync(builtFile(file)), file).toBe(true)
  })

  it('sets <html lang dir> for each locale, right-to-left for Arabic and Farsi', () => {
    for (const locale of locales) {
      for (const page of allPages) {
        const html = builtHtml(pagePath(locale.code, page))
        expect(attribute(html, /<html lang="([^"]+)"/), pagePath(locale.code, page)).toBe(locale.code)
        expect(attribute(html, /<html[^>]* dir="([^"]+)"/), pagePath(locale.code, page)).toBe(locale.dir)
      }
    }
  })

  it('marks an untranslated story as German, with a notice in the reader’s language', () => {
    const html = builtHtml(pagePath('ar', { kind: 'story', slug: storyOnlyGerman.slug }))
    expect(html).toContain('class="fallback-notice"')
    expect(html).toContain('لم يُترجم هذا المحتوى إلى العربية بعد')
    expect(html).toMatch(new RegExp(`<h1 lang="de" dir="ltr">${escapeRegExp(storyOnlyGerman.de.title)}</h1>`))
  })

  it('shows a translated story in its language, unmarked', () => {
    const html = builtHtml(pagePath('ar', { kind: 'story', slug: storyTranslatedEverywhere.slug }))
    expect(html).not.toContain('class="fallback-notice"')
    expect(html).toContain(`<h1>${storyTranslatedEverywhere.translations!.ar!.title}</h1>`)
  })

  it('offers hreflang alternates and switcher links only for real translations', () => {
    const translated = builtHtml(pagePath('de', { kind: 'story', slug: storyTranslatedEverywhere.slug }))
    expect(alternatesOf(translated).sort()).toEqual(['ar', 'de', 'en'])
    const germanOnly = builtHtml(pagePath('ar', { kind: 'story', slug: storyOnlyGerman.slug }))
    expect(alternatesOf(germanOnly)).toEqual(['de'])
    const switcher = germanOnly.match(/<details class="lang-switcher"[\s\S]*?<\/details>/)?.[0] ?? ''
    expect([...switcher.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1])).toEqual(['de'])
  })

  it('publishes an RSS feed of stories and one of press releases per locale that parse', () => {
    const parser = new XMLParser({ ignoreAttributes: false })
    for (const locale of locales) {
      const stories = parser.parse(readFileSync(builtFile(`/${locale.path}/rss.xml`), 'utf8'))
      expect(stories.rss.channel.language).toBe(locale.code)
      expect([stories.rss.channel.item].flat()).toHaveLength(exampleStories.length)
      const press = parser.parse(readFileSync(builtFile(`/${locale.path}/press/rss.xml`), 'utf8'))
      expect([press.rss.channel.item].flat()).toHaveLength(releasedExamplePressReleases.length)
    }
  })

  it('lists in the sitemap only what robots.txt allows, and the search pages in neither', () => {
    const robots = readFileSync(builtFile('/robots.txt'), 'utf8')
    const disallowed = [...robots.matchAll(/^Disallow: (\S+)$/gm)].map((match) => robotsRule(match[1]!))
    expect(disallowed.length).toBeGreaterThan(0)
    const listed = [...readFileSync(builtFile('/sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
    expect(listed.filter((urlPath) => disallowed.some((rule) => rule.test(urlPath)))).toEqual([])
    for (const searchPage of searchPages) expect(disallowed.some((rule) => rule.test(searchPage)), searchPage).toBe(true)
  })

  it('lists every built page in the sitemap, with alternates only among translations', async () => {
    const sitemap = readFileSync(builtFile('/sitemap.xml'), 'utf8')
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname))
    const built = (await listFiles(outDir(), '.html'))
      .map((file) => `/${path.relative(outDir(), file)}`.replace(/index\.html$/, ''))
      // The forms' answer pages (where the CMS sends a browser after a post) are not for search engines.
      .filter((urlPath) => urlPath !== '/404.html' && !formAnswerPages.has(urlPath) && !searchPages.has(urlPath))
    expect([...listed].sort()).toEqual(built.sort())
    const germanOnlyEntry = sitemap.match(new RegExp(`<url><loc>[^<]*/de/stories/${storyOnlyGerman.slug}/</loc>(.*?)</url>`))?.[1] ?? ''
    expect([...germanOnlyEntry.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1])).toEqual(['de'])
  })

  it('makes browsers load nothing from another host: no foreign src, stylesheet, font, script or feed address', async () => {
    // What a browser fetches by itself: element sources, <link href> (styles, icons, feeds),
    // <meta content> URLs (social images), CSS url()/@import and script imports. Links a reader
    // may follow (<a href> to a partner's website) are not loads and are allowed.
    const loads = [
      /\s(?:src|poster|data|action)="([^"]+)"/g,
      /\ssrcset="([^"]+)"/g,
      /<link\b[^>]*\shref="([^"]+)"/g,
      /<meta\b[^>]*\scontent="(https?:[^"]+)"/g,
      /url\(\s*['"]?([^'")\s]+)/g,
      /@import\s+['"]([^'"]+)/g,
      /\bimport\s*\(\s*['"`]([^'"`]+)/g,
      /\bfrom\s*['"]([^'"]+)['"]/g,
      /\b(?:fetch|importScripts)\(\s*['"`]([^'"`]+)/g,
    ]
    const ownOrigin = new URL(siteUrl()).origin
    const cmsHost = new URL(inject('cmsUrl')).host
    // The one place the site names the CMS: its forms post there. A post is a navigation the
    // reader starts by sending, not a load, and goes to our own CMS.
    const formActions = new RegExp(`\\saction="${escapeRegExp(new URL(inject('cmsUrl')).origin)}/api/(?:forms/[a-z-]+|press-list/subscribe)"`, 'g')
    const offenders: string[] = []
    for (const file of await listFiles(outDir())) {
      if (!/\.(html|xml|css|js|mjs)$/.test(file)) continue
      const text = readFileSync(file, 'utf8').replace(formActions, '')
      const where = path.relative(outDir(), file)
      if (text.includes(cmsHost)) offenders.push(`${where}: the CMS address ${cmsHost}`)
      for (const pattern of loads) {
        for (const match of text.matchAll(pattern)) {
          for (const candidate of match[1]!.split(/,\s*/).map((part) => part.trim().split(/\s+/)[0]!)) {
            if (!/^(https?:)?\/\//i.test(candidate)) continue
            if (new URL(candidate, ownOrigin).origin !== ownOrigin) offenders.push(`${where}: ${candidate}`)
          }
        }
      }
    }
    expect(offenders).toEqual([])
  })

  it('publishes no member detail without the organisation’s consent: not in pages, search index, sitemap or feeds', async () => {
    const withheld = exampleMembers.find((member) => member.email && !member.consent.includes('email'))!
    const secrets = [withheld.email!, withheld.phone!].filter(Boolean)
    expect(secrets.length).toBeGreaterThan(0)
    expect(await occurrencesInSite(outDir(), secrets)).toEqual([])
    // The same organisation's consented details are there.
    const page = builtHtml(pagePath('de', { kind: 'member', slug: withheld.slug }))
    expect(page).toContain(withheld.city)
    expect(page).toContain(withheld.name)
  })

  it('shows every published member in the directory without JavaScript, under each of its districts', () => {
    const html = builtHtml(pagePath('de', { kind: 'members' }))
    const listed = new Set([...html.matchAll(/data-filter-item="([^"]+)"/g)].map((match) => match[1]))
    expect([...listed].sort()).toEqual(exampleMembers.map((member) => member.slug).sort())
    const occurrences = [...html.matchAll(/data-filter-item="/g)].length
    expect(occurrences).toBe(exampleMembers.reduce((sum, member) => sum + member.districts.length, 0))
  })

  it('draws the district map with a link and a count for each of the 13 districts', () => {
    const html = builtHtml(pagePath('ar', { kind: 'members' }))
    const svg = html.match(/<svg[^>]*role="group"[\s\S]*?<\/svg>/)?.[0] ?? ''
    for (const region of regions) {
      const count = exampleMembers.filter((member) => member.districts.includes(region.value)).length
      const link = svg.match(new RegExp(`<a href="${pagePath('ar', { kind: 'district', region: region.value })}"[\\s\\S]*?</a>`))?.[0] ?? ''
      const shown = [...link.matchAll(/>([^<]+)<\/text>/g)].map((match) => match[1]).join(' ')
      expect(shown.replace(/- /g, '-'), region.value).toBe(`${region.label} ${count}`)
    }
  })

  it('keeps feeds and the sitemap on the site’s own address', () => {
    const ownOrigin = new URL(siteUrl()).origin
    for (const file of ['/sitemap.xml', '/de/rss.xml', '/ar/press/rss.xml']) {
      const urls = [...readFileSync(builtFile(file), 'utf8').matchAll(/<(?:loc|link)>([^<]+)</g)].map((match) => match[1]!)
      expect(urls.length, file).toBeGreaterThan(0)
      for (const url of urls) expect(new URL(url).origin, `${file}: ${url}`).toBe(ownOrigin)
    }
  })
})

describe('compressed files', () => {
  it('go with every text file of the build: Brotli and gzip of exactly its content, served to browsers that take them', async () => {
    // The security headers are configuration for the server, written after the compression.
    const served = (file: string) => !path.relative(outDir(), file).startsWith(`${headersFolder}/`)
    const files = (await listFiles(outDir())).filter((file) => served(file) && textFile.test(file) && statSync(file).size >= minCompressedBytes)
    expect(files.length).toBeGreaterThan(500)
    const wrong = files.filter((file) => {
      const content = readFileSync(file)
      return !brotliDecompressSync(readFileSync(`${file}.br`)).equals(content) || !gunzipSync(readFileSync(`${file}.gz`)).equals(content)
    })
    expect(wrong).toEqual([])
    const response = await fetch(new URL(pagePath('ar', { kind: 'home' }), siteUrl()), { headers: { 'Accept-Encoding': 'br, gzip' } })
    expect(response.headers.get('content-encoding')).toBe('br')
    expect(await response.text()).toBe(builtHtml(pagePath('ar', { kind: 'home' })))
  })
})

describe('the build as the CMS runs it (build/cli.ts)', () => {
  it('ends with a summary of pages, steps and the peak memory of all its processes, which reads back', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'verband-cli-build-'))
    try {
      const summary = await runBuildProcess({ outDir, cmsUrl: inject('cmsUrl'), siteUrl: siteUrl() })
      expect(summary.pages).toBeGreaterThan(400)
      expect(existsSync(path.join(outDir, 'de/index.html'))).toBe(true)
      // A full build: every page rendered, none reused.
      expect(summary.rendered).toBeGreaterThanOrEqual(summary.pages)
      expect(summary.reused).toBe(0)
      expect(summary.phases.astro).toBeGreaterThan(0)
      expect(summary.durationMs).toBeGreaterThanOrEqual(summary.phases.astro)
      // Astro's process alone holds more than 100 MiB while it renders: the sampling sees the children.
      expect(summary.peakMemoryMiB).toBeGreaterThan(100)
      expect(summary.peakMemoryMiB).toBeLessThan(24 * 1024)
    } finally {
      rmSync(outDir, { recursive: true, force: true })
    }
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
