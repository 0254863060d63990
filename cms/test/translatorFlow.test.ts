import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { LocaleState } from '@verband/content-types'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { documentLocaleStates } from '../src/translation/documentLocaleStates.ts'
import { launchBrowser, logInToAdmin } from './support/browser.ts'
import { startCmsServer, type CmsServer } from './support/cmsServer.ts'
import { minimalSiteContent, richText, storyBody } from './support/fixtures.ts'
import { startTestPayload } from './support/testPayload.ts'
import { startFakeDeepL, type FakeProvider } from './support/translationProviders.ts'
import { until } from './support/until.ts'

/**
 * A translator's way through the admin, in Chromium, against the built CMS with DeepL's
 * stand-in on loopback: open a German story in Arabic, "Aus dem Deutschen übersetzen", see the
 * machine translation in the editor marked for review, tick "checked", publish Arabic alone;
 * the public then reads Arabic (glossary term and link intact) while Farsi still falls back to
 * German. Then the German changes: the sidebar lists the changed segment. And the overview
 * translates every missing language of its chosen language in one go.
 */

let payload: Payload
let close: () => Promise<void>
let server: CmsServer
let deepL: FakeProvider
let browser: Browser
let page: Page
let storyId: number
let secondStoryId: number
let thirdStoryId: number
let contactId: number
let liveDir: string
const password = 'a-long-test-password'
const screenshots = 'test-results/screenshots'


type Node = { type: string; text?: string; format?: number; fields?: { url: string }; children?: Node[] }
/** A page of the built website as it is live, or undefined before it is. */
const livePage = (urlPath: string) => {
  const file = path.join(liveDir, urlPath, 'index.html')
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined
}
const stateOf = async (id: number, locale: string): Promise<LocaleState> => (await documentLocaleStates(payload, { collection: 'stories', id })).find((state) => state.locale === locale)!
const publicRead = async (id: number, locale: string) => {
  const response = await fetch(`${server.url}/api/stories/${id}?locale=${locale}&depth=0`)
  expect(response.status, `GET /api/stories/${id}?locale=${locale}`).toBe(200)
  return (await response.json()) as { title: string; summary: string; body: { root: Node } }
}
/** Resolves with the admin's save of the story (draft or publish). */
const savedStory = (id: number) =>
  page.waitForResponse((response) => new URL(response.url()).pathname === `/api/stories/${id}` && response.request().method() === 'PATCH', { timeout: 30_000 })

beforeAll(async () => {
  deepL = await startFakeDeepL()
  const started = await startTestPayload()
  ;({ payload, close } = started)
  await payload.create({ collection: 'users', data: { email: 'editor@translator.test', password, name: 'Redaktion', role: 'editor' } })
  await payload.create({ collection: 'glossary-terms', data: { term: 'Leitbild', translations: [{ locale: 'ar', text: 'الرؤية' }] } })
  const common = { publishedAt: '2026-01-01T00:00:00.000Z', _status: 'published' as const }
  storyId = (await payload.create({ collection: 'stories', locale: 'de', data: { title: 'Ankommen in Leipzig', slug: 'ankommen', summary: 'Wie das Leitbild wirkt.', body: storyBody(), ...common } })).id
  secondStoryId = (await payload.create({ collection: 'stories', locale: 'de', data: { title: 'Sprachcafé', slug: 'sprachcafe', summary: 'Jeden Dienstag.', body: richText('Kommt vorbei.'), ...common } })).id
  thirdStoryId = (await payload.create({ collection: 'stories', locale: 'de', data: { title: 'Beratung', slug: 'beratung', summary: 'Montags im Büro.', body: richText('Ohne Termin.'), ...common } })).id
  contactId = (await payload.create({ collection: 'press-contacts', locale: 'de', data: { name: 'Rana Haddad', role: 'Pressesprecherin', email: 'presse@translator.test' } as never })).id
  await minimalSiteContent(payload)
  liveDir = path.join(started.testEnv.env.SITE_BUILDS_DIR!, 'live')
  server = await startCmsServer({ ...started.testEnv.env, SITE_REBUILD: 'on', TRANSLATION_PROVIDER: 'deepl', DEEPL_API_KEY: 'test-key', DEEPL_SERVER_URL: deepL.url })
  // The server builds the never-built website on its first start.
  await until('the first website build', () => livePage('/de/stories/ankommen'), { seconds: 240, context: () => server.output().slice(-3000) })
  browser = await launchBrowser()
  page = await (await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 1000 } })).newPage()
  await logInToAdmin(page, server.url, 'editor@translator.test', password)
  mkdirSync(screenshots, { recursive: true })
}, 400_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await close?.()
  await deepL?.stop()
})

describe('a translator in the admin', () => {
  it('says machine translation is ready', async () => {
    // As the admin's own scripts ask: with the login cookie, from the admin's origin.
    const answer = await page.evaluate(async () => {
      const response = await fetch('/api/translation/provider', { credentials: 'include' })
      return { status: response.status, body: (await response.json()) as unknown }
    })
    expect(answer).toMatchObject({ status: 200, body: { state: 'ready', provider: 'DeepL' } })
  })

  it('machine-translates a story into Arabic, checks it, publishes Arabic alone, and the public reads it while Farsi falls back to German', async () => {
    await page.goto(`${server.url}/admin/collections/stories/${storyId}?locale=ar`)
    const sidebar = page.locator('.translation-status')
    const button = sidebar.locator('.machine-translation .machine-translate__button')
    await expect.poll(() => button.isEnabled(), { timeout: 30_000 }).toBe(true)
    expect(await button.innerText()).toBe('Aus dem Deutschen übersetzen')
    // Arabic falls back to German until translated: the editor shows the German title.
    expect(await page.locator('#field-title').inputValue()).toBe('')

    const translated = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/translation/machine', { timeout: 30_000 })
    await button.click()
    expect((await translated).status()).toBe(200)
    // The page reloads to show the new draft; the result is shown again after the reload.
    const notice = sidebar.locator('.machine-translation__notice:not([hidden])')
    await notice.waitFor({ timeout: 30_000 })
    expect(await notice.innerText()).toMatch(/^ar: 6 Abschnitte übersetzt, 0 übernommen/)
    const title = page.locator('#field-title')
    await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toBe('[ar] Ankommen in Leipzig')
    const arabic = sidebar.locator('li[data-locale="ar"]')
    expect(await arabic.getAttribute('data-machine')).toBe('true')
    expect(await arabic.innerText()).toContain('maschinell übersetzt – bitte prüfen')
    expect(await arabic.getAttribute('class')).toContain('translation-state--machine')
    expect(await page.locator('.rich-text-lexical').first().innerText()).toContain('[ar] الرؤية')
    // The Arabic draft is edited right to left.
    expect(await title.getAttribute('data-rtl')).toBe('true')
    await sidebar.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${screenshots}/translation-sidebar-machine.png` })

    // A person who reads Arabic checks it and says so; the save keeps the text a draft.
    await page.locator('#field-translation__checked').check()
    const draftSaved = savedStory(storyId)
    await page.locator('#action-save-draft').click()
    expect((await draftSaved).status()).toBe(200)
    expect(await stateOf(storyId, 'ar')).toMatchObject({ translation: 'current', checked: true, machine: false, publication: 'draft' })

    // Payload's publish button publishes the language being edited.
    const publish = page.locator('#action-save')
    await expect.poll(() => publish.isEnabled(), { timeout: 10_000 }).toBe(true)
    expect(await publish.innerText()).toContain('العربية')
    const published = savedStory(storyId)
    await publish.click()
    const publishResponse = await published
    expect(publishResponse.status()).toBe(200)
    expect(new URL(publishResponse.url()).searchParams.get('publishSpecificLocale')).toBe('ar')

    const ar = await publicRead(storyId, 'ar')
    expect(ar.title).toBe('[ar] Ankommen in Leipzig')
    expect(ar.summary).toBe('[ar] Wie das الرؤية wirkt.')
    const [heading, paragraph, list] = ar.body.root.children!
    expect(heading!.children![0]!.text).toBe('[ar] Ankommen in Leipzig')
    expect(paragraph!.children!.find((node) => node.format === 1)?.text).toBe('[ar] الرؤية')
    const link = paragraph!.children!.find((node) => node.type === 'link')!
    expect(link.fields!.url).toBe('https://example.org/leitbild')
    expect(link.children![0]!.text).toBe('[ar] im Netz')
    expect(list!.children!.map((item) => item.children![0]!.text)).toEqual(['[ar] Beratung', '[ar] Sprachcafé am Dienstag'])
    expect((await publicRead(storyId, 'fa')).title).toBe('Ankommen in Leipzig')
    expect((await publicRead(storyId, 'de')).title).toBe('Ankommen in Leipzig')
    expect(await stateOf(storyId, 'ar')).toMatchObject({ translation: 'current', checked: true, machine: false, publication: 'published' })
    expect(await stateOf(storyId, 'fa')).toMatchObject({ translation: 'missing' })

    // The publish rebuilds the website: the Arabic page shows the translation, right to left; Farsi still shows German, marked as German.
    const arabicPage = await until('the Arabic story page to show the translation', () => livePage('/ar/stories/ankommen')?.includes('[ar] Ankommen in Leipzig') && livePage('/ar/stories/ankommen'), {
      seconds: 120,
      context: () => server.output().slice(-3000),
    })
    expect(arabicPage).toContain('<html lang="ar" dir="rtl">')
    expect(arabicPage).toContain('[ar] الرؤية')
    const farsiPage = livePage('/fa/stories/ankommen')!
    expect(farsiPage).toContain('<h1 lang="de" dir="ltr">Ankommen in Leipzig</h1>')
    expect(farsiPage).toContain('class="fallback-notice"')
    expect(farsiPage).not.toContain('[ar]')
  }, 240_000)

  it('lists the changed German segments of an outdated language in the sidebar', async () => {
    await payload.update({ collection: 'stories', id: storyId, locale: 'de', data: { body: storyBody({ secondItem: 'Sprachcafé am Mittwoch' }), _status: 'published' } })

    await page.goto(`${server.url}/admin/collections/stories/${storyId}?locale=de`)
    const arabic = page.locator('.translation-status li[data-locale="ar"]')
    await arabic.waitFor({ timeout: 30_000 })
    expect(await arabic.getAttribute('data-translation')).toBe('outdated')
    const changes = arabic.locator('details.translation-changes')
    expect(await changes.locator('summary').innerText()).toBe('1 von 6 Abschnitten geändert')
    await changes.locator('summary').click()
    // The German change, marked word by word, beside the translation to edit.
    const german = changes.locator('.translation-changes__german')
    expect(await german.locator('del').allTextContents()).toEqual(['Deutsch vorher: Dienstag'])
    expect(await german.locator('ins').allTextContents()).toEqual(['Deutsch jetzt: Mittwoch'])
    expect(await german.getAttribute('lang')).toBe('de')
    const editor = changes.locator('.segment-editor textarea')
    expect(await editor.inputValue()).toBe('[ar] Sprachcafé am Dienstag')
    expect(await editor.getAttribute('lang')).toBe('ar')
    // The document's own XLIFF, in the language being edited.
    await page.goto(`${server.url}/admin/collections/stories/${storyId}?locale=fa`)
    const xliff = page.locator('.translation-status .machine-translation__xliff a')
    await xliff.waitFor({ timeout: 30_000 })
    expect(await xliff.getAttribute('href')).toBe(`/api/translation/xliff?locale=fa&collection=stories&ids=${storyId}`)
    expect(await xliff.innerText()).toBe('Dieses Dokument als XLIFF')
    await page.goto(`${server.url}/admin/collections/stories/${storyId}?locale=de`)
    await changes.locator('summary').click()
    // In German, each missing or outdated language has its own button.
    expect(await arabic.locator('.machine-translate__button').getAttribute('aria-label')).toBe('Aus dem Deutschen übersetzen (ar)')
    expect(await page.locator('.translation-status li[data-locale="fa"] .machine-translate__button').count()).toBe(1)
    expect(await page.locator('.translation-status li[data-locale="ar"][aria-current]').count()).toBe(0)
    await page.locator('.translation-status').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${screenshots}/translation-sidebar-outdated.png` })

    await page.goto(`${server.url}/admin/collections/stories/${storyId}?locale=de-x-ls`)
    const note = page.locator('.translation-status .machine-translation--leichte-sprache')
    await note.waitFor({ timeout: 30_000 })
    expect(await note.innerText()).toMatch(/^Leichte Sprache wird nicht maschinell übersetzt: .*die Hinweise zur Leichten Sprache unter jedem Feld/)
    expect(await page.locator('.translation-status .machine-translation .machine-translate__button').count()).toBe(0)
  }, 60_000)

  it('translates everything missing or outdated of one language from the overview, one document after another', async () => {
    await page.goto(`${server.url}/admin/translations?language=ar`)
    const tools = page.locator('.translation-tools[data-locale="ar"]')
    await tools.waitFor({ timeout: 30_000 })
    expect(await tools.locator('a', { hasText: 'XLIFF exportieren' }).getAttribute('href')).toBe('/api/translation/xliff?locale=ar')
    expect(await tools.locator('a', { hasText: 'Glossar' }).getAttribute('href')).toBe('/admin/collections/glossary-terms')
    expect(await tools.locator('.xliff-import input[type="file"]').count()).toBe(1)
    const button = tools.getByRole('button', { name: 'Alle fehlenden und veralteten ins Arabische übersetzen' })
    await expect.poll(() => button.isEnabled(), { timeout: 10_000 }).toBe(true)
    await page.screenshot({ path: `${screenshots}/translation-overview-tools.png`, fullPage: true })

    const sent = deepL.requests.length
    await button.click()
    await expect.poll(() => tools.locator('.translate-missing [role="status"]').innerText(), { timeout: 60_000 }).toMatch(/Dokumenten erledigt/)
    const outcomes = await tools.locator('.translate-missing__result').evaluateAll((items) => items.map((item) => [item.getAttribute('data-document'), item.getAttribute('data-outcome')]))
    for (const document of [`stories:${secondStoryId}`, `stories:${thirdStoryId}`, `press-contacts:${contactId}`]) expect(outcomes).toContainEqual([document, 'done'])
    // The first story's Arabic was checked by a person: the batch never replaces that, it sends the translator to the document.
    expect(outcomes).toContainEqual([`stories:${storyId}`, 'confirm'])
    // Everything else is translated or was already: only the checked story waits for a person.
    expect(outcomes.filter(([, outcome]) => outcome !== 'done' && outcome !== 'unchanged'), JSON.stringify(outcomes)).toEqual([[`stories:${storyId}`, 'confirm']])
    const confirmRow = tools.locator(`.translate-missing__result[data-document="stories:${storyId}"]`)
    expect(await confirmRow.innerText()).toContain('im Dokument bestätigen')
    expect(await confirmRow.locator('a').getAttribute('href')).toBe(`/admin/collections/stories/${storyId}?locale=ar`)

    expect(await stateOf(secondStoryId, 'ar')).toMatchObject({ translation: 'current', machine: true, publication: 'draft' })
    expect(await stateOf(thirdStoryId, 'ar')).toMatchObject({ translation: 'current', machine: true, publication: 'draft' })
    const contact = (await documentLocaleStates(payload, { collection: 'press-contacts', id: contactId })).find((state) => state.locale === 'ar')
    // No drafts: stored, but the public reads German until someone checks it.
    expect(contact).toMatchObject({ translation: 'current', machine: true, publication: 'draft' })
    expect(await stateOf(storyId, 'ar')).toMatchObject({ translation: 'outdated', checked: true, publication: 'published' })
    const texts = deepL.requests.slice(sent).flat()
    expect(texts).toEqual(expect.arrayContaining(['Kommt vorbei.', 'Ohne Termin.', 'Pressesprecherin']))
    expect(texts).not.toContain('Sprachcafé am Mittwoch')
    const cell = page.locator(`tr:has(a[href$="/stories/${secondStoryId}"]) td[data-locale="ar"]`)
    // The table follows the new drafts without a reload.
    await expect.poll(() => cell.innerText(), { timeout: 10_000 }).toContain('maschinell übersetzt – bitte prüfen')
    await page.screenshot({ path: `${screenshots}/translation-overview-done.png`, fullPage: true })
  }, 90_000)

  it('asks before replacing a checked translation in the document, and replaces only the changed segment when confirmed', async () => {
    await page.goto(`${server.url}/admin/collections/stories/${storyId}?locale=ar`)
    const button = page.locator('.translation-status .machine-translation .machine-translate__button')
    await expect.poll(() => button.isEnabled(), { timeout: 30_000 }).toBe(true)
    const asked: string[] = []
    page.once('dialog', (dialog) => {
      asked.push(dialog.message())
      void dialog.accept()
    })
    const sent = deepL.requests.length
    await button.click()
    const notice = page.locator('.translation-status .machine-translation__notice:not([hidden])')
    await notice.waitFor({ timeout: 30_000 })
    expect(asked).toHaveLength(1)
    expect(asked[0]).toMatch(/ersetzt 1 von Menschen übersetzte Stelle.*Trotzdem maschinell übersetzen/s)
    expect(await notice.innerText()).toMatch(/^ar: 1 Abschnitt übersetzt, 5 übernommen/)
    expect(deepL.requests.slice(sent)).toEqual([['Sprachcafé am Mittwoch']])
    expect(await stateOf(storyId, 'ar')).toMatchObject({ translation: 'current', machine: true, checked: false, publication: 'changed' })
    // The public still reads the published Arabic until someone checks and publishes the new draft.
    expect((await publicRead(storyId, 'ar')).body.root.children![2]!.children![1]!.children![0]!.text).toBe('[ar] Sprachcafé am Dienstag')
  }, 60_000)

  it('reviews a changed paragraph in place: the translator edits it beside the German change, checks it and publishes Arabic alone', async () => {
    // The overview machine-translated the second story into an Arabic draft; now its German changes.
    await payload.update({ collection: 'stories', id: secondStoryId, locale: 'de', data: { body: richText('Kommt gern vorbei.'), _status: 'published' } })
    await page.goto(`${server.url}/admin/collections/stories/${secondStoryId}?locale=ar`)
    const sidebar = page.locator('.translation-status')
    const arabic = sidebar.locator('li[data-locale="ar"]')
    await arabic.waitFor({ timeout: 30_000 })
    expect(await arabic.getAttribute('data-translation')).toBe('outdated')
    const changes = arabic.locator('details.translation-changes')
    expect(await changes.locator('summary').innerText()).toBe('1 von 3 Abschnitten geändert')
    // Open in the language being edited.
    expect(await changes.getAttribute('open')).not.toBeNull()
    expect(await changes.locator('li').getAttribute('data-segment')).toBe('body#0')
    expect(await changes.locator('.translation-changes__german ins').allTextContents()).toEqual(['Deutsch jetzt: gern '])
    const editor = changes.locator('.segment-editor textarea')
    expect(await editor.inputValue()).toBe('[ar] Kommt vorbei.')
    await sidebar.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${screenshots}/translation-review-in-place.png` })

    await editor.fill('تفضلوا بزيارتنا بكل سرور.')
    const saved = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/translation/segments', { timeout: 30_000 })
    await changes.getByRole('button', { name: 'Als Entwurf speichern' }).click()
    expect((await saved).status()).toBe(200)
    // The page reloads with the new draft and says what was saved.
    const notice = sidebar.locator('.machine-translation__notice:not([hidden])')
    await notice.waitFor({ timeout: 30_000 })
    expect(await notice.innerText()).toBe('ar: Übersetzung des Abschnitts als Entwurf gespeichert.')
    // Publishing the German published the machine draft too (the public does not see unchecked machine text): the edit is a new draft.
    expect(await stateOf(secondStoryId, 'ar')).toMatchObject({ translation: 'current', machine: false, checked: false, publication: 'changed' })
    await expect.poll(() => page.locator('.rich-text-lexical').first().innerText(), { timeout: 30_000 }).toContain('تفضلوا بزيارتنا بكل سرور.')

    await page.screenshot({ path: `${screenshots}/translation-review-saved.png`, fullPage: true })
    // Payload renders the sidebar's fields once they scroll into view.
    await page.locator('#field-translation').scrollIntoViewIfNeeded()
    await page.locator('#field-translation__checked').check()
    const publish = page.locator('#action-save')
    await expect.poll(() => publish.isEnabled(), { timeout: 10_000 }).toBe(true)
    const published = savedStory(secondStoryId)
    await publish.click()
    const publishResponse = await published
    expect(publishResponse.status()).toBe(200)
    expect(new URL(publishResponse.url()).searchParams.get('publishSpecificLocale')).toBe('ar')
    expect(await stateOf(secondStoryId, 'ar')).toMatchObject({ translation: 'current', checked: true, machine: false, publication: 'published' })
    expect((await publicRead(secondStoryId, 'ar')).body.root.children![0]!.children![0]!.text).toBe('تفضلوا بزيارتنا بكل سرور.')
    // The other fields keep their machine translation; German is untouched.
    expect((await publicRead(secondStoryId, 'ar')).title).toBe('[ar] Sprachcafé')
    expect((await publicRead(secondStoryId, 'de')).body.root.children![0]!.children![0]!.text).toBe('Kommt gern vorbei.')
  }, 90_000)
})
