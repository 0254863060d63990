import { localeCodes } from '@verband/content-types/locales'
import type { APIRoute } from 'astro'

import { allPages, translationsOf } from '../lib/pages.ts'
import { isIndexedPage, pagePath } from '../lib/routes.ts'

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * Every page in every locale that search engines may index (robots.txt disallows the rest), with
 * hreflang alternates among the locales the page is really translated into (the same answer the
 * pages' own `<link rel="alternate">` give).
 */
export const GET: APIRoute = async ({ site }) => {
  // The language chooser at `/`, then every page in every locale.
  const entries: string[] = [`<url><loc>${escapeXml(new URL('/', site).href)}</loc></url>`]
  for (const page of (await allPages()).filter(isIndexedPage)) {
    const translations = await translationsOf(page)
    const alternates = translations
      .map((code) => `<xhtml:link rel="alternate" hreflang="${code}" href="${escapeXml(new URL(pagePath(code, page), site).href)}"/>`)
      .join('')
    for (const locale of localeCodes) {
      const loc = escapeXml(new URL(pagePath(locale, page), site).href)
      entries.push(`<url><loc>${loc}</loc>${translations.includes(locale) ? alternates : ''}</url>`)
    }
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
