import { describe, expect, it } from 'vitest'

import { previewUrlOf } from '../src/preview/index.ts'

const previewUrl = 'http://localhost:4322'

describe('preview button addresses', () => {
  it('open a document with a page of its own in the language being edited', () => {
    expect(previewUrlOf(previewUrl, 'stories', { slug: 'elterncafe' }, 'ar')).toBe('http://localhost:4322/preview/ar/stories/elterncafe/')
    expect(previewUrlOf(previewUrl, 'press-releases', { slug: 'bericht' }, 'de-x-ls')).toBe('http://localhost:4322/preview/leichte-sprache/press/bericht/')
    expect(previewUrlOf(previewUrl, 'members', { slug: 'verein' }, 'uk')).toBe('http://localhost:4322/preview/uk/members/verein/')
  })

  it('open the page that shows a global or a collection without pages of its own', () => {
    expect(previewUrlOf(previewUrl, 'leitbild', {}, 'fa')).toBe('http://localhost:4322/preview/fa/leitbild/')
    expect(previewUrlOf(previewUrl, 'values', { id: 1 }, 'de')).toBe('http://localhost:4322/preview/de/leitbild/')
    expect(previewUrlOf(previewUrl, 'press-kit', {}, 'en')).toBe('http://localhost:4322/preview/en/press/kit/')
    expect(previewUrlOf(previewUrl, 'site-settings', {}, 'tr')).toBe('http://localhost:4322/preview/tr/')
  })

  it('offer nothing for content the website does not show, or a story without a slug yet', () => {
    expect(previewUrlOf(previewUrl, 'press-contacts', { id: 1 }, 'de')).toBeNull()
    expect(previewUrlOf(previewUrl, 'users', { id: 1 }, 'de')).toBeNull()
    expect(previewUrlOf(previewUrl, 'stories', { slug: '' }, 'de')).toBeNull()
  })

  it('fall back to German for a locale the site does not know', () => {
    expect(previewUrlOf(previewUrl, 'stories', { slug: 'elterncafe' }, 'all')).toBe('http://localhost:4322/preview/de/stories/elterncafe/')
  })
})
