import { contentPagePath, defaultLocale, getLocale, isLocaleCode } from '@verband/content-types'
import type { CollectionConfig, GeneratePreviewURL, GlobalConfig } from 'payload'

/**
 * The admin's preview button (Payload's `admin.preview`): it opens the website page that shows
 * the document, in the language being edited, on the draft preview server (`site/preview/`,
 * at PREVIEW_URL under `/preview/`). That server renders the website's own page from the
 * latest drafts, as the logged-in editor (the admin's login cookie), before anything is
 * published. Collections and globals the website does not show get no button.
 */
export const previewPathPrefix = '/preview'

/** The preview address of a document (or global) in a locale; null when the website does not show it. */
export function previewUrlOf(previewUrl: string, collectionOrGlobal: string, doc: Record<string, unknown>, locale: string | undefined): string | null {
  const code = isLocaleCode(locale) ? locale : defaultLocale
  const slug = typeof doc.slug === 'string' && doc.slug ? doc.slug : undefined
  const path = contentPagePath(getLocale(code).path, collectionOrGlobal, slug)
  return path ? `${previewUrl}${previewPathPrefix}${path}` : null
}

function generator(previewUrl: string, collectionOrGlobal: string): GeneratePreviewURL {
  return (doc, { locale }) => previewUrlOf(previewUrl, collectionOrGlobal, doc, locale)
}

const isShown = (slug: string) => previewUrlOf('http://x', slug, { slug: 'x' }, defaultLocale) !== null

export function withPreview(previewUrl: string) {
  return (collection: CollectionConfig): CollectionConfig =>
    isShown(collection.slug) ? { ...collection, admin: { ...collection.admin, preview: generator(previewUrl, collection.slug) } } : collection
}

export function withGlobalPreview(previewUrl: string) {
  return (global: GlobalConfig): GlobalConfig =>
    isShown(global.slug) ? { ...global, admin: { ...global.admin, preview: generator(previewUrl, global.slug) } } : global
}
