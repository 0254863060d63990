import { getLocale, type LocaleCode } from '@verband/content-types'

export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A group of checkboxes (the languages or topics a subscriber chooses). */
export type Choices = { legend: string; name: string; options: Array<{ value: string; label: string; lang?: string; checked: boolean }> }

/** A form that posts back (the confirmation's one click, the unsubscribe button, the settings). */
export type PageForm = { action: string; fields: Record<string, string>; choices?: Choices[]; button: string }

export type PressListPage = {
  locale: LocaleCode
  title: string
  text: string
  forms?: PageForm[]
  link: { href: string; label: string }
  status?: number
}

function checkboxes(choices: Choices): string {
  const options = choices.options
    .map(
      (option) =>
        `<label${option.lang ? ` lang="${escapeHtml(option.lang)}"` : ''}><input type="checkbox" name="${escapeHtml(choices.name)}" value="${escapeHtml(option.value)}"${option.checked ? ' checked' : ''}> ${escapeHtml(option.label)}</label><br>`,
    )
    .join('')
  return `<fieldset><legend>${escapeHtml(choices.legend)}</legend>${options}</fieldset>`
}

function form(page: PageForm): string {
  const hidden = Object.entries(page.fields).map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
  return `<form method="post" action="${escapeHtml(page.action)}">${hidden.join('')}${(page.choices ?? []).map(checkboxes).join('')}<button type="submit">${escapeHtml(page.button)}</button></form>`
}

/**
 * A page the press list's mail links open, served by the CMS (it holds the subscriber): plain
 * HTML in the subscriber's language and direction, with nothing to load, readable without
 * styles or scripts, never cached or indexed, and sending no address onwards (the link carries
 * a token).
 */
export function pressListPage(page: PressListPage): Response {
  const locale = getLocale(page.locale)
  const html = `<!doctype html>
<html lang="${locale.code}" dir="${locale.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(page.title)}</title></head>
<body><main><h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.text)}</p>${(page.forms ?? []).map(form).join('')}<p><a href="${escapeHtml(page.link.href)}">${escapeHtml(page.link.label)}</a></p></main></body>
</html>
`
  return new Response(html, {
    status: page.status ?? 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' },
  })
}
