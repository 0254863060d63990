import { getLocale, type LocaleCode } from '@verband/content-types'

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export type PressListPage = {
  locale: LocaleCode
  title: string
  text: string
  /** A form that posts back (the confirmation's one click). */
  form?: { action: string; fields: Record<string, string>; button: string }
  link: { href: string; label: string }
  status?: number
}

/**
 * A page the press list's mail links open, served by the CMS (it holds the subscriber): plain
 * HTML in the subscriber's language and direction, with nothing to load, readable without
 * styles or scripts, never cached or indexed, and sending no address onwards (the link carries
 * a token).
 */
export function pressListPage(page: PressListPage): Response {
  const locale = getLocale(page.locale)
  const form = page.form
    ? `<form method="post" action="${escapeHtml(page.form.action)}">${Object.entries(page.form.fields)
        .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
        .join('')}<button type="submit">${escapeHtml(page.form.button)}</button></form>`
    : ''
  const html = `<!doctype html>
<html lang="${locale.code}" dir="${locale.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(page.title)}</title></head>
<body><main><h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.text)}</p>${form}<p><a href="${escapeHtml(page.link.href)}">${escapeHtml(page.link.label)}</a></p></main></body>
</html>
`
  return new Response(html, {
    status: page.status ?? 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' },
  })
}
