import AxeBuilder from '@axe-core/playwright'
import type { FormSubmission } from '@verband/content-types'
import { formKinds, formResults } from '@verband/content-types/forms'
import { locales } from '@verband/content-types/locales'
import { pressListResults } from '@verband/content-types/press-list'
import { exampleStories } from '@verband/seed'
import type { Payload } from 'payload'
import type { Browser, BrowserContext, Page as BrowserPage } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { uiStrings } from '../src/i18n/index.ts'
import { pagePath } from '../src/lib/routes.ts'
import { launchBrowser } from './support/browser.ts'
import { builtHtml, releasedExamplePressReleases, siteUrl } from './support/site.ts'

/**
 * The contact and accessibility-feedback forms as visitors use them: a real Chromium, with and
 * without JavaScript, posting from the built site to the real CMS server of this test run.
 */

const story = exampleStories[0]!
let browser: Browser
let withoutScript: BrowserContext
let withScript: BrowserContext
let payload: Payload

beforeAll(async () => {
  browser = await launchBrowser()
  withoutScript = await browser.newContext({ javaScriptEnabled: false })
  withScript = await browser.newContext()
  // The CMS's database, read through its Local API: did the submission arrive?
  Object.assign(process.env, inject('cmsEnv'))
  const { getPayload } = await import('payload')
  const { default: config } = await import('@verband/cms/config')
  payload = await getPayload({ config })
})

afterAll(async () => {
  await browser?.close()
})

async function open(context: BrowserContext, urlPath: string): Promise<BrowserPage> {
  const page = await context.newPage()
  const response = await page.goto(new URL(urlPath, siteUrl()).href)
  expect(response?.status(), urlPath).toBe(200)
  return page
}

async function stored(message: string): Promise<FormSubmission[]> {
  return (await payload.find({ collection: 'form-submissions', where: { message: { equals: message } } })).docs
}

describe('without JavaScript', () => {
  it('sends the contact form and lands on the thank-you page', async () => {
    const page = await open(withoutScript, pagePath('de', { kind: 'contact' }))
    const de = uiStrings.de
    const message = 'Ohne JavaScript gesendet: Wann ist die nächste Mitgliederversammlung?'
    // Found by their labels: what a screen reader announces is what a test can find.
    await page.getByLabel(de['form.name']).fill('Oksana Koval')
    await page.getByLabel(de['form.email']).fill('oksana@example.org')
    await page.getByLabel(de['form.message']).fill(message)
    await page.getByRole('button', { name: de['form.send'] }).click()
    await page.waitForURL(`**${pagePath('de', { kind: 'formResult', form: 'contact', result: 'sent' })}`)
    expect(await page.locator('h1').textContent()).toBe(de['formResult.sent.title'])
    expect(await stored(message)).toMatchObject([{ form: 'contact', name: 'Oksana Koval', email: 'oksana@example.org', locale: 'de', status: 'new' }])
    await page.close()
  })

  it('reports a barrier from a page’s footer, in Arabic, anonymously', async () => {
    const page = await open(withoutScript, pagePath('ar', { kind: 'story', slug: story.slug }))
    const ar = uiStrings.ar
    await page.getByRole('link', { name: ar['footer.reportBarrier'] }).click()
    await page.waitForURL(`**${pagePath('ar', { kind: 'accessibility' })}?page=*`)
    // Without a script nobody fills in the page: the visitor types it.
    const pageField = page.getByLabel(ar['feedback.page'])
    expect(await pageField.inputValue()).toBe('')
    await pageField.fill('صفحة القصة')
    const message = 'الأزرار صغيرة جدًا على الهاتف'
    await page.getByLabel(ar['feedback.message']).fill(message)
    await page.getByRole('button', { name: ar['form.send'] }).click()
    await page.waitForURL(`**${pagePath('ar', { kind: 'formResult', form: 'accessibility-feedback', result: 'sent' })}`)
    expect(await stored(message)).toMatchObject([{ form: 'accessibility-feedback', pageUrl: 'صفحة القصة', locale: 'ar', name: null, email: null }])
    await page.close()
  })
})

describe('the press list’s form without JavaScript', () => {
  it('posts a subscription from the press page and lands on the page for the CMS’s answer', async () => {
    const page = await open(withoutScript, pagePath('de', { kind: 'press' }))
    const de = uiStrings.de
    const form = page.locator('#press-list-form')
    await form.getByLabel(de['pressList.email']).fill('presse@zeitung.example')
    await form.getByLabel(de['pressList.name']).fill('Tomasz Nowak')
    await form.getByLabel(de['pressList.outlet']).fill('Leipziger Rundschau')
    // The page's language and "all releases" are chosen already; one more language.
    expect(await form.getByRole('checkbox', { name: 'Deutsch', exact: true }).isChecked()).toBe(true)
    expect(await form.getByRole('checkbox', { name: de['pressList.topics.all'] }).isChecked()).toBe(true)
    await form.getByRole('checkbox', { name: 'English' }).check()
    await form.getByRole('checkbox', { name: de['pressList.consent'] }).check()
    await form.getByRole('button', { name: de['pressList.submit'] }).click()
    // This test run's CMS has no mail server: it says the list is unavailable and keeps nothing.
    await page.waitForURL(`**${pagePath('de', { kind: 'pressListResult', result: 'unavailable' })}`)
    expect(await page.locator('h1').textContent()).toBe(de['pressListResult.unavailable.title'])
    expect((await payload.find({ collection: 'press-subscribers', where: { email: { equals: 'presse@zeitung.example' } } })).docs).toEqual([])
    await page.close()
  })
})

describe('with JavaScript', () => {
  it('fills in the page the footer link came from, and refuses a post sent faster than a person can', async () => {
    const storyPath = pagePath('de', { kind: 'story', slug: story.slug })
    const page = await open(withScript, storyPath)
    const de = uiStrings.de
    await page.getByRole('link', { name: de['footer.reportBarrier'] }).click()
    await page.waitForURL(`**${pagePath('de', { kind: 'accessibility' })}?page=*`)
    expect(await page.getByLabel(de['feedback.page']).inputValue()).toBe(new URL(storyPath, siteUrl()).href)

    const message = 'Das Foto hat keinen Alternativtext.'
    await page.getByLabel(de['feedback.message']).fill(message)
    await page.getByRole('button', { name: de['form.send'] }).click()
    await page.waitForURL(`**${pagePath('de', { kind: 'formResult', form: 'accessibility-feedback', result: 'too-fast' })}`)
    expect(await stored(message)).toEqual([])

    // A person who takes a moment gets through.
    await page.goto(new URL(`${pagePath('de', { kind: 'accessibility' })}?page=${encodeURIComponent(storyPath)}`, siteUrl()).href)
    await page.getByLabel(de['feedback.message']).fill(message)
    await page.waitForTimeout(3200)
    await page.getByRole('button', { name: de['form.send'] }).click()
    await page.waitForURL(`**${pagePath('de', { kind: 'formResult', form: 'accessibility-feedback', result: 'sent' })}`)
    expect(await stored(message)).toMatchObject([{ pageUrl: new URL(storyPath, siteUrl()).href, locale: 'de' }])
    await page.close()
  })
})

describe('the forms’ pages', () => {
  it('post to the CMS’s form endpoint, and every answer page exists in every locale, unindexed', () => {
    const contact = builtHtml(pagePath('en', { kind: 'contact' }))
    expect(contact).toContain(`action="${inject('cmsUrl')}/api/forms/contact"`)
    const statement = builtHtml(pagePath('en', { kind: 'accessibility' }))
    expect(statement).toContain(`action="${inject('cmsUrl')}/api/forms/accessibility-feedback"`)
    for (const locale of locales) {
      for (const form of formKinds) {
        for (const result of formResults) {
          expect(builtHtml(pagePath(locale.code, { kind: 'formResult', form, result }))).toContain('<meta name="robots" content="noindex"')
        }
      }
    }
  })

  it('have the press list’s form on every press page, and its answer pages in every locale, unindexed', () => {
    const release = releasedExamplePressReleases[0]!
    for (const page of [pagePath('ar', { kind: 'press' }), pagePath('ar', { kind: 'pressKit' }), pagePath('de', { kind: 'pressRelease', slug: release.slug })]) {
      expect(builtHtml(page), page).toContain(`action="${inject('cmsUrl')}/api/press-list/subscribe"`)
    }
    for (const locale of locales) {
      for (const result of pressListResults) {
        expect(builtHtml(pagePath(locale.code, { kind: 'pressListResult', result }))).toContain('<meta name="robots" content="noindex"')
      }
    }
  })

  const pressListAnswers = [['de', 'sent'], ['ar', 'check'], ['de-x-ls', 'unavailable']] as const
  it.each(pressListAnswers)('the %s press list answer "%s" has no axe violations', async (locale, result) => {
    const page = await open(withScript, pagePath(locale, { kind: 'pressListResult', result }))
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([])
    await page.close()
  })

  const answerPages = [
    ...formResults.map((result) => ['de', 'contact', result] as const),
    ['ar', 'accessibility-feedback', 'sent'] as const,
    ['de-x-ls', 'contact', 'too-many'] as const,
  ]
  it.each(answerPages)('the %s %s answer "%s" has no axe violations', async (locale, form, result) => {
    const page = await open(withScript, pagePath(locale, { kind: 'formResult', form, result }))
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([])
    await page.close()
  })
})
