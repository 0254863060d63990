import { describe, expect, it } from 'vitest'

import { validateHttpUrl, validatePhone } from '../src/fields/validators.ts'
import {
  collections,
  collectionSlugs,
  defaultLocale,
  fallbackLocaleOf,
  globals,
  globalSlugs,
  isLocaleCode,
  locales,
  payloadLocalization,
  regions,
  slugify,
} from '../src/index.ts'

describe('locales', () => {
  it('are the nine launch variants with German as the source', () => {
    expect(locales.map((l) => l.code)).toEqual(['de', 'de-x-ls', 'en', 'ar', 'fa', 'uk', 'ru', 'vi', 'tr'])
    expect(defaultLocale).toBe('de')
  })

  it('mark Arabic and Farsi, and only those, as right-to-left', () => {
    expect(locales.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar', 'fa'])
  })

  it('give every locale its own URL path, Leichte Sprache included', () => {
    const paths = locales.map((l) => l.path)
    expect(new Set(paths).size).toBe(paths.length)
    expect(locales.find((l) => l.code === 'de-x-ls')?.path).toBe('leichte-sprache')
  })

  it('fall back to German, field by field, except German itself', () => {
    const localization = payloadLocalization()
    expect(localization.fallback).toBe(true)
    for (const locale of localization.locales) {
      expect(locale.fallbackLocale).toBe(locale.code === 'de' ? undefined : 'de')
    }
    expect(fallbackLocaleOf('de-x-ls')).toBe('de')
  })

  it('recognise only known codes', () => {
    expect(isLocaleCode('fa')).toBe(true)
    expect(isLocaleCode('xx')).toBe(false)
    expect(isLocaleCode(undefined)).toBe(false)
  })
})

describe('regions', () => {
  it('are Saxony’s 13 districts: 3 cities and 10 Landkreise', () => {
    expect(regions).toHaveLength(13)
    expect(regions.filter((r) => r.kind === 'city').map((r) => r.label)).toEqual(['Chemnitz', 'Dresden', 'Leipzig'])
    expect(new Set(regions.map((r) => r.value)).size).toBe(13)
  })
})

describe('the content model', () => {
  it('defines every collection and global under the slugs other parts rely on', () => {
    expect(collections.map((c) => c.slug).sort()).toEqual(Object.values(collectionSlugs).sort())
    expect(globals.map((g) => g.slug).sort()).toEqual(Object.values(globalSlugs).sort())
  })

  it('keeps drafts for every public content collection', () => {
    const withDrafts = collections.filter((c) => typeof c.versions === 'object' && c.versions.drafts).map((c) => c.slug)
    expect(withDrafts.sort()).toEqual(['goals', 'members', 'partner-groups', 'partners', 'press-releases', 'stories', 'values', 'working-principles'])
  })
})

describe('slugify', () => {
  it('transliterates German letters and drops everything else', () => {
    expect(slugify('Brücken für Görlitz – Straße & Maß!')).toBe('bruecken-fuer-goerlitz-strasse-mass')
    expect(slugify('  Tiếng Việt  ')).toBe('tieng-viet')
  })

  it('limits the length without a trailing hyphen', () => {
    const slug = slugify('wort '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('validators', () => {
  it('accept http(s) URLs only', () => {
    expect(validateHttpUrl('https://example.org/a')).toBe(true)
    expect(validateHttpUrl('javascript:alert(1)')).toMatch(/https/)
    expect(validateHttpUrl('not a url')).toMatch(/https/)
    expect(validateHttpUrl('')).toBe(true)
  })

  it('accept phone numbers made of digits and separators', () => {
    expect(validatePhone('+49 351 000 000 10')).toBe(true)
    expect(validatePhone('call me')).toMatch(/Ziffern/)
  })
})
