import { announcePressReleaseTask, sendPressMailsTask } from '@verband/content-types'
import AxeBuilder from '@axe-core/playwright'
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { extractText, getDocumentProxy } from 'unpdf'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { forgetOldPressRecords } from '../src/pressList/dataRights.ts'
import { formatMoment } from '../src/pressList/releaseMail.ts'
import { pressListTexts } from '../src/pressList/text/index.ts'
import { addressBinding, signPressListToken } from '../src/pressList/tokens.ts'
import { launchBrowser } from './support/browser.ts'
import { startCmsServer, type CmsServer } from './support/cmsServer.ts'
import { minimalSiteContent, richText, sampleJpeg } from './support/fixtures.ts'
import { startMailServer, type MailServer } from './support/mailServer.ts'
import { createTestEnvironment, startTestPayload, type TestEnvironment } from './support/testPayload.ts'
import { until as waitUntil } from './support/until.ts'

/**
 * Press releases to the press list, against the real CMS server and a real SMTP server on
 * localhost: the mail in the subscriber's language (or German with a notice), both parts,
 * the unsubscribe headers and what they lead to, topics, exactly once across republishing,
 * a crash half-way and two instances on one database.
 */

const site = 'https://site.mailing.test'
// The CMS believes it is served over https (behind a proxy), as List-Unsubscribe wants.
const cmsPublic = 'https://cms.mailing.test'
let payload: Payload
let close: () => Promise<void>
let testEnv: TestEnvironment
let mail: MailServer
let servers: CmsServer[] = []
/** When set, the mail server holds back its answer to this mail and the CMS is killed. */
let crashOn: ((mail: ParsedMail) => boolean) | undefined
let crashed: Promise<void> | undefined
let contact: number | string
/** Two goals of the Leitbild: the releases' stories concern the first. */
const goals: { participation: number | string; education: number | string } = { participation: 0, education: 0 }
const password = 'a-long-test-password'

const until = <T,>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, seconds = 120) =>
  waitUntil(what, check, {
    seconds,
    context: async () => {
      const { docs } = await payload.find({ collection: 'press-deliveries', pagination: false, depth: 0 })
      const statuses = JSON.stringify(docs.reduce<Record<string, number>>((counts, d) => ({ ...counts, [`${d.release}:${d.status}:${d.attempts}`]: (counts[`${d.release}:${d.status}:${d.attempts}`] ?? 0) + 1 }), {}))
      const jobs = JSON.stringify((await pressJobs()).map((job) => ({ task: job.taskSlug, input: job.input, processing: job.processing, waitUntil: job.waitUntil, error: job.error, log: job.log })))
      return `deliveries ${statuses}\njobs ${jobs.slice(0, 4000)}\n${servers.map((server) => server.output().slice(-3000)).join('\n---\n')}`
    },
  })

/** A link in a mail, pointed at the server under test instead of the public origin. */
const local = (url: string) => url.replace(cmsPublic, servers[0]!.url)

async function startServer(): Promise<CmsServer> {
  const server = await startCmsServer({ ...testEnv.env }, { publicUrl: cmsPublic })
  servers.push(server)
  return server
}

async function subscriber(email: string, languages: string[], topics: string[], status = 'confirmed', goals: Array<number | string> = [], extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'press-subscribers',
    data: { email, name: `Name ${email.split('@')[0]}`, languages: languages as never, topics: topics as never, goals: goals as never, status: status as never, ...extra },
  })
}

/** A release written in German (and in the given translations), published with all of them. */
async function publishRelease(slug: string, translations: Record<string, { title: string; body: string; place: string }> = {}, extra: Record<string, unknown> = {}) {
  const story = await payload.create({ collection: 'stories', data: { title: `Geschichte ${slug}`, slug: `story-${slug}`, summary: 'Kurz.', body: richText('Text.'), publishedAt: '2026-12-01T09:00:00.000Z', regions: ['dresden'], goals: [goals.participation], _status: 'published' } as never })
  const draft = await payload.create({
    collection: 'press-releases',
    draft: true,
    data: { title: `Mitteilung ${slug}`, slug, releaseDate: '2026-12-07T09:00:00.000Z', place: 'Dresden', body: richText(`Deutscher Text von ${slug}.`), relatedStories: [story.id], contacts: [contact], _status: 'draft', ...extra } as never,
  })
  for (const [locale, text] of Object.entries(translations)) {
    await payload.update({ collection: 'press-releases', id: draft.id, locale: locale as never, draft: true, data: { title: text.title, place: text.place, body: richText(text.body) } as never })
  }
  return payload.update({ collection: 'press-releases', id: draft.id, data: { _status: 'published' } as never })
}

/** A staff member's token, logged in on the server under test. */
const login = async (email: string) => {
  const response = await fetch(`${servers[0]!.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
  return ((await response.json()) as { token: string }).token
}

const deliveriesOf = async (release: number | string) =>
  (await payload.find({ collection: 'press-deliveries', where: { release: { equals: release } }, pagination: false, depth: 0 })).docs

/** The jobs that announce and send releases (the queue also holds the booked clean-up of unconfirmed entries). */
const pressJobs = async () =>
  (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { in: [announcePressReleaseTask, sendPressMailsTask] } }, pagination: false, depth: 0 })).docs
/** Jobs a killed CMS left "processing" (the CMS clears such rows after ten minutes). */
const deadJobs = new Set<number | string>()

/**
 * Every press-list job done (Payload deletes finished jobs): nothing more goes out without a new
 * publication, or before an announcement booked for an embargo's end.
 */
const jobsDone = () =>
  until('the press queue to empty', async () => {
    const bookedForLater = (job: { taskSlug?: string | null; waitUntil?: string | null }) =>
      job.taskSlug === announcePressReleaseTask && job.waitUntil !== undefined && job.waitUntil !== null && new Date(job.waitUntil).getTime() > Date.now() + 5000
    const jobs = (await pressJobs()).filter((job) => !deadJobs.has(job.id) && !bookedForLater(job))
    const failed = jobs.find((job) => job.hasError)
    if (failed) throw new Error(`A press-list job failed: ${JSON.stringify(failed.error)}`)
    return jobs.length === 0
  })

beforeAll(async () => {
  mail = await startMailServer({
    beforeAnswer: async (received, hold) => {
      if (!crashOn?.(received)) return
      crashOn = undefined
      hold()
      // The CMS dies while it waits for the mail server's answer to this mail.
      crashed = servers[0]!.kill()
    },
  })
  testEnv = createTestEnvironment()
  Object.assign(testEnv.env, { SITE_URL: site, SMTP_URL: mail.url, SMTP_FROM: 'Verband Presse <presse@mailing.test>' })
  ;({ payload, close } = await startTestPayload({ testEnv }))
  await minimalSiteContent(payload)
  for (const [key, title] of [['participation', 'Teilhabe'], ['education', 'Bildung']] as const) {
    goals[key] = (await payload.create({ collection: 'goals', data: { title, text: `${title}.`, order: key === 'participation' ? 1 : 2, _status: 'published' } as never })).id
  }
  contact = (await payload.create({ collection: 'press-contacts', data: { name: 'Mira Haddad', role: 'Pressesprecherin', email: 'presse@verband.example', phone: '+49 351 000 000 10' } as never })).id
  await payload.create({ collection: 'users', data: { email: 'redaktion@mailing.test', password, name: 'Redaktion', role: 'editor' } as never })
  await payload.create({ collection: 'users', data: { email: 'autorin@mailing.test', password, name: 'Autorin', role: 'author' } as never })
  await startServer()
}, 180_000)

afterAll(async () => {
  for (const server of servers) await server.stop()
  await mail?.close()
  await close?.()
})

describe('a published release reaches the press list', () => {
  let releaseId: number | string

  beforeAll(async () => {
    await subscriber('lina@mailing.test', ['ar', 'de'], ['all'])
    await subscriber('tuan@mailing.test', ['vi'], ['all'])
    await subscriber('dresden@mailing.test', ['en'], ['dresden'])
    await subscriber('goerlitz@mailing.test', ['de'], ['goerlitz'])
    await subscriber('teilhabe@mailing.test', ['de'], [], 'confirmed', [goals.participation])
    await subscriber('bildung@mailing.test', ['de'], [], 'confirmed', [goals.education])
    await subscriber('pending@mailing.test', ['de'], ['all'], 'pending')
    await subscriber('left@mailing.test', ['de'], ['all'], 'unsubscribed')
    const release = await publishRelease('zentrum', { ar: { title: 'الجمعية تفتح مركزاً', body: 'النص العربي للبيان.', place: 'دريسدن' } })
    releaseId = release.id
    await until('four release mails', () => mail.mails.filter((m) => m.messageId?.includes('press-release')).length >= 4)
    await jobsDone()
  }, 180_000)

  it('sends it in the subscriber’s first language it is written in, with a text and an HTML part', () => {
    const [arabic, ...more] = mail.mailsTo('lina@mailing.test')
    expect(more).toHaveLength(0)
    expect(arabic!.subject).toBe('الجمعية تفتح مركزاً')
    expect(arabic!.text).toContain('النص العربي للبيان.')
    expect(arabic!.text).toContain('دريسدن')
    expect(arabic!.text).toContain('presse@verband.example')
    expect(arabic!.html).toContain('<html lang="ar" dir="rtl">')
    expect(arabic!.html).toContain('النص العربي للبيان.')
    expect(arabic!.text).toContain(`${site}/ar/press/zentrum/`)
    expect(arabic!.text).toContain(`${site}/ar/press/zentrum/zentrum.pdf`)
    expect(arabic!.text).toContain(`${site}/ar/press/zentrum/zentrum.zip`)
    expect(arabic!.text).not.toContain(pressListTexts.ar.release.inGerman)
  })

  it('sends German, saying so in their language, to a subscriber whose languages the release lacks', () => {
    const [german] = mail.mailsTo('tuan@mailing.test')
    expect(german!.subject).toBe('Mitteilung zentrum')
    expect(german!.text).toContain(pressListTexts.vi.release.inGerman)
    expect(german!.text).toContain('Deutscher Text von zentrum.')
    expect(german!.html).toContain('<html lang="de" dir="ltr">')
    expect(german!.html).toContain(`<p lang="vi" dir="ltr"`)
  })

  it('follows topics: a region or a goal of a related story matches, another does not; only confirmed subscribers get it', async () => {
    expect(mail.mailsTo('dresden@mailing.test')).toHaveLength(1)
    expect(mail.mailsTo('teilhabe@mailing.test')).toHaveLength(1)
    for (const address of ['goerlitz@mailing.test', 'bildung@mailing.test', 'pending@mailing.test', 'left@mailing.test']) expect(mail.mailsTo(address), address).toHaveLength(0)
    const records = await deliveriesOf(releaseId)
    expect(records.map((record) => record.status)).toEqual(['sent', 'sent', 'sent', 'sent'])
    expect(records.map((record) => record.locale).sort()).toEqual(['ar', 'de', 'de', 'de'])
  })

  it('carries List-Unsubscribe with an https URL and One-Click; a POST there unsubscribes without a session', async () => {
    const [received] = mail.mailsTo('dresden@mailing.test')
    const header = (name: string) => received!.headerLines.find((line) => line.key === name)?.line.replace(/\r?\n\s+/g, '').replace(/^[^:]+:\s*/, '')
    const url = header('list-unsubscribe')!.replace(/^<|>$/g, '')
    expect(url.startsWith(`${cmsPublic}/api/press-list/unsubscribe?token=`)).toBe(true)
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')

    // Opening the link (a mail scanner) changes nothing: it shows a page with a button.
    const page = await fetch(local(url))
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<html lang="en" dir="ltr">')
    expect(html).toContain(pressListTexts.en.page.unsubscribeButton)
    const stored = async () => (await payload.find({ collection: 'press-subscribers', where: { email: { equals: 'dresden@mailing.test' } }, depth: 0 })).docs[0]!
    expect((await stored()).status).toBe('confirmed')

    // RFC 8058: the mail client posts this body to the URL, with no cookie and no further click.
    const response = await fetch(local(url), { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain(pressListTexts.en.page.unsubscribedTitle)
    expect((await stored()).status).toBe('unsubscribed')
  })

  it('links a page in every mail where the subscriber changes languages and topics', async () => {
    const [received] = mail.mailsTo('tuan@mailing.test')
    const manage = received!.text!.match(/https:\/\/cms\.mailing\.test\/api\/press-list\/manage\?token=\S+/)![0]
    const page = await fetch(local(manage))
    const html = await page.text()
    expect(page.status).toBe(200)
    expect(html).toContain('<html lang="vi" dir="ltr">')
    expect(html).toMatch(/<input type="checkbox" name="languages" value="vi" checked>/)
    expect(html).toMatch(/<input type="checkbox" name="topics" value="all" checked>/)
    expect(html).toContain(`<input type="checkbox" name="goals" value="${goals.education}"> Bildung`)

    const token = new URL(manage).searchParams.get('token')!
    const body = new URLSearchParams([['token', token], ['languages', 'en'], ['languages', 'vi'], ['topics', 'dresden'], ['goals', String(goals.education)], ['goals', '999999']])
    const saved = await fetch(`${servers[0]!.url}/api/press-list/manage`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body })
    expect(saved.status).toBe(200)
    const stored = (await payload.find({ collection: 'press-subscribers', where: { email: { equals: 'tuan@mailing.test' } }, depth: 0 })).docs[0]!
    // Kept first what they had; the new language follows. A goal that does not exist is dropped.
    expect(stored).toMatchObject({ languages: ['vi', 'en'], topics: ['dresden'], goals: [goals.education], status: 'confirmed' })

    const nothingChosen = await fetch(`${servers[0]!.url}/api/press-list/manage`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams([['token', token]]) })
    expect(nothingChosen.status).toBe(400)
    expect(await nothingChosen.text()).toContain(pressListTexts.vi.page.chooseBoth)
  })

  it('refuses forged manage links, and links of an entry that is gone', async () => {
    const forged = await fetch(`${servers[0]!.url}/api/press-list/manage?token=abc.def`)
    expect(forged.status).toBe(400)
    const gone = await subscriber('gone@mailing.test', ['de'], ['all'])
    const token = signPressListToken(testEnv.env.PAYLOAD_SECRET!, { purpose: 'manage', subscriber: gone.id, binding: 'not-this-address', expiresAt: Number.MAX_SAFE_INTEGER })
    const other = await fetch(`${servers[0]!.url}/api/press-list/unsubscribe?token=${token}`, { method: 'POST' })
    expect(other.status).toBe(410)
    expect((await payload.findByID({ collection: 'press-subscribers', id: gone.id })).status).toBe('confirmed')
    // A confirmation link is not a manage link.
    const confirmToken = signPressListToken(testEnv.env.PAYLOAD_SECRET!, { purpose: 'confirm', subscriber: gone.id, binding: 'x', expiresAt: Date.now() + 60_000 })
    expect((await fetch(`${servers[0]!.url}/api/press-list/unsubscribe?token=${confirmToken}`, { method: 'POST' })).status).toBe(400)
  })

  it('sends nothing again when the release is edited, or unpublished and published again', async () => {
    const before = mail.mails.length
    await payload.update({ collection: 'press-releases', id: releaseId, data: { title: 'Mitteilung zentrum, korrigiert' } as never })
    await payload.update({ collection: 'press-releases', id: releaseId, data: { _status: 'draft' } as never })
    await payload.update({ collection: 'press-releases', id: releaseId, data: { _status: 'published' } as never })
    await jobsDone()
    expect(mail.mails.length).toBe(before)
    expect(await deliveriesOf(releaseId)).toHaveLength(4)
  })

  it('mails a test of the release to the editor who asks, in the language they choose, and to nobody else', async () => {
    const testMail = (token?: string) =>
      fetch(`${servers[0]!.url}/api/press-releases/${releaseId}/test-mail`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
        body: JSON.stringify({ locale: 'ar' }),
      })
    const before = mail.mails.length
    expect((await testMail()).status).toBe(403)
    expect((await testMail(await login('autorin@mailing.test'))).status).toBe(403)
    const answer = await testMail(await login('redaktion@mailing.test'))
    expect(answer.status).toBe(200)
    const [test] = await until('the test mail', () => mail.mailsTo('redaktion@mailing.test').length > 0 && mail.mailsTo('redaktion@mailing.test'))
    expect(test!.subject).toBe('[Test] الجمعية تفتح مركزاً')
    expect(test!.html).toContain('<html lang="ar" dir="rtl">')
    expect(test!.headerLines.some((line) => line.key === 'list-unsubscribe')).toBe(false)
    expect(mail.mails.length).toBe(before + 1)
    expect(await deliveriesOf(releaseId)).toHaveLength(4)
  })

  it('sends nothing for a release published "without sending"', async () => {
    const before = mail.mails.length
    const release = await publishRelease('still', {}, { withoutMailing: true })
    await jobsDone()
    expect(mail.mails.length).toBe(before)
    expect(await deliveriesOf(release.id)).toHaveLength(0)
  })
})

describe('an embargoed release goes ahead to accredited journalists', () => {
  let releaseId: number | string
  let embargoUntil: Date
  let personalLink: string
  let photo: { id: number | string; filename?: string | null }
  let otherPhoto: { id: number | string }
  const ofRelease = (kind: 'embargo' | 'release', address: string) => mail.mailsTo(address).filter((m) => m.messageId?.includes(`press-${kind}-${releaseId}.`))
  const openings = async () => (await payload.find({ collection: 'press-link-openings', where: { release: { equals: releaseId } }, pagination: false, depth: 0 })).docs

  beforeAll(async () => {
    await subscriber('akkreditiert@mailing.test', ['de'], ['all'], 'confirmed', [], { accredited: true })
    await subscriber('accredited@mailing.test', ['en'], ['dresden'], 'confirmed', [], { accredited: true })
    await subscriber('fremd@mailing.test', ['de'], ['goerlitz'], 'confirmed', [], { accredited: true })
    await subscriber('nicht-akkreditiert@mailing.test', ['de'], ['all'])
    const media = async (name: string) => payload.create({ collection: 'media', data: { alt: 'Foto', credit: 'Foto: Verband', licence: 'cc0-1.0' }, file: await sampleJpeg(name) })
    photo = await media('sperrfrist-foto.jpg')
    otherPhoto = await media('anderes-foto.jpg')
    await publishRelease('andere', {}, { embargoUntil: new Date(Date.now() + 24 * 3600_000).toISOString(), attachments: [otherPhoto.id], withoutMailing: true })
    // Long enough for two pages: the embargo line must be on each.
    const body = richText(`Deutscher Text von sperrfrist. ${'Die Studie zeigt, wie oft Menschen in Sachsen Diskriminierung erleben. '.repeat(110)}`)
    embargoUntil = new Date(Date.now() + 60_000)
    releaseId = (await publishRelease('sperrfrist', {}, { embargoUntil: embargoUntil.toISOString(), attachments: [photo.id], body })).id
    await until('two mails ahead of the embargo', () => ofRelease('embargo', 'akkreditiert@mailing.test').length + ofRelease('embargo', 'accredited@mailing.test').length >= 2)
  }, 120_000)

  it('reaches the accredited subscribers whose topics match at once, saying SPERRFRIST or EMBARGO in their language, and nobody else', () => {
    const [german, ...more] = ofRelease('embargo', 'akkreditiert@mailing.test')
    expect(more).toHaveLength(0)
    expect(german!.subject).toMatch(/^SPERRFRIST \w+, \d{1,2}\. Dezember 2026 um \d\d:\d\d MEZ: Mitteilung sperrfrist$/)
    expect(german!.text!.split('\n')[0]).toMatch(/^SPERRFRIST: Diese Pressemitteilung darf erst am \w+, \d{1,2}\. Dezember 2026 um \d\d:\d\d MEZ veröffentlicht werden\./)
    expect(german!.text).toContain('Deutscher Text von sperrfrist.')
    // Nothing on the website yet: no link there.
    expect(german!.text).not.toContain(`${site}/de/press/sperrfrist/`)
    const [english] = ofRelease('embargo', 'accredited@mailing.test')
    expect(english!.subject).toMatch(/^EMBARGO \w+, \w+ \d{1,2}, 2026 at \d\d:\d\d (AM|PM) GMT\+1: Mitteilung sperrfrist$/)
    expect(english!.text!.split('\n')[0]).toMatch(/^EMBARGO: This press release must not be published before /)
    for (const address of ['fremd@mailing.test', 'nicht-akkreditiert@mailing.test', 'lina@mailing.test', 'tuan@mailing.test']) {
      expect(mail.mailsTo(address).filter((m) => m.messageId?.includes(`-${releaseId}.`)), address).toHaveLength(0)
    }
  })

  it('opens the release through the personal link, privately and unindexed, and logs each opening; a changed link is refused', async () => {
    const [received] = ofRelease('embargo', 'akkreditiert@mailing.test')
    personalLink = received!.text!.match(new RegExp(`${cmsPublic.replace(/\./g, '\\.')}/\\S+`))![0]
    expect(personalLink).toMatch(/\/api\/press-list\/embargoed\?token=/)
    const page = await fetch(local(personalLink), { redirect: 'manual' })
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toBe('private, no-store')
    expect(page.headers.get('x-robots-tag')).toMatch(/noindex/)
    // The link is the key: it never goes to another site as a referrer.
    expect(['no-referrer', 'same-origin']).toContain(page.headers.get('referrer-policy'))
    const html = await page.text()
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
    expect(html).toContain('Deutscher Text von sperrfrist.')
    expect(html).toContain('SPERRFRIST')
    const logged = await openings()
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatchObject({ opened: 'page' })
    expect((await payload.findByID({ collection: 'press-subscribers', id: logged[0]!.subscriber as number, depth: 0 })).email).toBe('akkreditiert@mailing.test')

    const token = new URL(personalLink).searchParams.get('token')!
    const tampered = `${cmsPublic}/api/press-list/embargoed?token=${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`
    expect((await fetch(local(tampered))).status).toBe(403)
    expect((await fetch(`${servers[0]!.url}/api/press-list/embargoed?token=nonsense`)).status).toBe(403)
    // Another release under the same subscriber's signature is another binding: refused.
    const [body] = token.split('.')
    const [purpose, subscriberId, binding, expiresAt] = JSON.parse(Buffer.from(body!, 'base64url').toString()) as [string, number, string, number]
    const otherRelease = Buffer.from(JSON.stringify([purpose, subscriberId, binding.replace(/^[^:]+/, '999999'), expiresAt])).toString('base64url')
    expect((await fetch(`${servers[0]!.url}/api/press-list/embargoed?token=${otherRelease}.${token.split('.')[1]}`)).status).toBe(403)
    expect(await openings()).toHaveLength(1)

    // The public sees nothing of it before the embargo ends.
    expect((await fetch(`${servers[0]!.url}/api/media/file/${photo.filename}`)).status).toBe(403)
    const publicRead = await fetch(`${servers[0]!.url}/api/press-releases?where[slug][equals]=sperrfrist`)
    expect(((await publicRead.json()) as { docs: unknown[] }).docs).toHaveLength(0)
  })

  it('gives the release’s PDF (the embargo line on every page), its ZIP and its own files through the personal link, and logs each', async () => {
    const part = (name: string, file?: number | string) => {
      const url = new URL(local(personalLink))
      url.searchParams.set('part', name)
      if (file !== undefined) url.searchParams.set('file', String(file))
      return fetch(url)
    }
    const html = await (await fetch(local(personalLink))).text()
    for (const name of ['pdf', 'zip']) expect(html).toContain(`part=${name}`)
    expect(html).toContain('sperrfrist-foto.jpg')

    const pdfResponse = await part('pdf')
    expect(pdfResponse.status).toBe(200)
    expect(pdfResponse.headers.get('content-type')).toBe('application/pdf')
    expect(pdfResponse.headers.get('cache-control')).toBe('private, no-store')
    const pdf = await getDocumentProxy(new Uint8Array(await pdfResponse.arrayBuffer()))
    const { text: pages } = await extractText(pdf, { mergePages: false })
    expect(pages.length).toBeGreaterThan(1)
    for (const [index, page] of pages.entries()) expect(page, `page ${index + 1}`).toMatch(/Sperrfrist: \d{1,2}\. Dezember 2026 um \d\d:\d\d MEZ/)
    expect(pages.join(' ')).toContain('Deutscher Text von sperrfrist.')

    const zipResponse = await part('zip')
    expect(zipResponse.status).toBe(200)
    expect(zipResponse.headers.get('content-disposition')).toContain('sperrfrist.zip')
    const names = Object.keys(unzipSync(new Uint8Array(await zipResponse.arrayBuffer())))
    expect(names.sort()).toEqual(['CREDITS.txt', 'sperrfrist-foto.jpg', 'sperrfrist.pdf', 'sperrfrist.txt'])

    const file = await part('file', photo.id)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/jpeg')
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))
    // Another embargoed release's photo is not this link's to give.
    expect((await part('file', otherPhoto.id)).status).toBe(403)
    expect((await part('nonsense')).status).toBe(403)

    const logged = (await openings()).map((opening) => `${opening.opened}${opening.file ? ` ${opening.file}` : ''}`)
    expect(logged.sort()).toEqual(['file sperrfrist-foto.jpg', 'page', 'page', 'pdf', 'zip'])
  }, 60_000)

  it('lets an accredited journalist ask, on their settings page, for a short note when the embargo ends (off until they do)', async () => {
    const [received] = ofRelease('embargo', 'accredited@mailing.test')
    const manage = received!.text!.match(/https:\/\/cms\.mailing\.test\/api\/press-list\/manage\?token=\S+/)![0]
    const html = await (await fetch(local(manage))).text()
    expect(html).toContain(`<input type="checkbox" name="notes" value="now-public"> ${pressListTexts.en.page.nowPublicNote}`)
    const body = new URLSearchParams([['token', new URL(manage).searchParams.get('token')!], ['languages', 'en'], ['topics', 'dresden'], ['notes', 'now-public']])
    const saved = await fetch(`${servers[0]!.url}/api/press-list/manage`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body })
    expect(saved.status).toBe(200)
    const stored = (await payload.find({ collection: 'press-subscribers', where: { email: { equals: 'accredited@mailing.test' } }, depth: 0 })).docs[0]!
    expect(stored.nowPublicNote).toBe(true)
    // Who is not accredited has no embargo to hear the end of.
    const [other] = mail.mailsTo('tuan@mailing.test')
    const otherManage = other!.text!.match(/https:\/\/cms\.mailing\.test\/api\/press-list\/manage\?token=\S+/)![0]
    expect(await (await fetch(local(otherManage))).text()).not.toContain('name="notes"')
  })

  it('answers 410 while the accreditation is revoked, and works again when it is given back', async () => {
    const [entry] = (await payload.find({ collection: 'press-subscribers', where: { email: { equals: 'akkreditiert@mailing.test' } }, depth: 0 })).docs
    await payload.update({ collection: 'press-subscribers', id: entry!.id, data: { accredited: false } })
    const gone = await fetch(local(personalLink))
    expect(gone.status).toBe(410)
    expect(await gone.text()).toContain(pressListTexts.de.embargoLink.endedTitle)
    await payload.update({ collection: 'press-subscribers', id: entry!.id, data: { accredited: true } })
    expect((await fetch(local(personalLink))).status).toBe(200)
    expect(await openings()).toHaveLength(6)
  })

  it('at the embargo’s end leads to the public page, and sends the release once to the other subscribers only', async () => {
    await until('the embargo to end', () => Date.now() > embargoUntil.getTime() + 1000, 120)
    await until('the release mails after the embargo', () => ofRelease('release', 'nicht-akkreditiert@mailing.test').length > 0)
    await jobsDone()
    const others = ['nicht-akkreditiert@mailing.test', 'lina@mailing.test', 'tuan@mailing.test', 'teilhabe@mailing.test', 'gone@mailing.test']
    for (const address of others) expect(ofRelease('release', address), address).toHaveLength(1)
    for (const address of ['akkreditiert@mailing.test', 'accredited@mailing.test']) {
      expect(ofRelease('release', address), address).toHaveLength(0)
      expect(ofRelease('embargo', address), address).toHaveLength(1)
    }
    // The short note, only to who asked for it.
    const notes = (address: string) => mail.mailsTo(address).filter((m) => m.messageId?.includes(`press-note-public.${releaseId}.`))
    expect(notes('akkreditiert@mailing.test')).toHaveLength(0)
    const [note, ...moreNotes] = notes('accredited@mailing.test')
    expect(moreNotes).toHaveLength(0)
    expect(note!.subject).toBe('EMBARGO ENDED: Mitteilung sperrfrist')
    expect(note!.text).toContain(`${pressListTexts.en.embargoNote.publicText}\n${pressListTexts.en.release.onWebsite}: ${site}/de/press/sperrfrist/`)
    expect(mail.mailsTo('fremd@mailing.test')).toHaveLength(0)
    const all = await deliveriesOf(releaseId)
    const kinds = all.map((delivery) => `${delivery.kind}:${delivery.status}`).sort()
    expect(kinds).toEqual(['ahead:sent', 'ahead:sent', 'public:sent', ...others.map(() => 'release:sent')])

    const after = await fetch(local(personalLink), { redirect: 'manual' })
    expect(after.status).toBe(302)
    expect(after.headers.get('location')).toBe(`${site}/de/press/sperrfrist/`)
    const pdfAfter = await fetch(`${local(personalLink)}&part=pdf`, { redirect: 'manual' })
    expect(pdfAfter.headers.get('location')).toBe(`${site}/de/press/sperrfrist/sperrfrist.pdf`)
  }, 180_000)
})

describe('those who had a release ahead hear when its embargo moves, and when it is withdrawn', () => {
  let releaseId: number | string
  let personalLink: string
  const received = (address: string, kind: 'embargo' | 'note') => mail.mailsTo(address).filter((m) => m.messageId?.match(new RegExp(`press-${kind}-(\\w+\\.)?${releaseId}\\.`)))

  beforeAll(async () => {
    releaseId = (await publishRelease('verschoben', {}, { embargoUntil: new Date(Date.now() + 10 * 60_000).toISOString() })).id
    await until('the release ahead', () => received('akkreditiert@mailing.test', 'embargo').length > 0 && received('accredited@mailing.test', 'embargo').length > 0)
    personalLink = received('akkreditiert@mailing.test', 'embargo')[0]!.text!.match(/https:\/\/cms\.mailing\.test\/api\/press-list\/embargoed\?token=\S+/)![0]
  }, 120_000)

  it('sends nothing for a draft saved meanwhile, and a correction naming the new end when the embargo moves; the link keeps working', async () => {
    await payload.update({ collection: 'press-releases', id: releaseId, draft: true, data: { subtitle: 'Entwurf einer Änderung' } as never })
    await jobsDone()
    expect(received('akkreditiert@mailing.test', 'note')).toHaveLength(0)

    const newEnd = new Date(Date.now() + 20 * 60_000).toISOString()
    // As the admin's "publish changes" saves it.
    await payload.update({ collection: 'press-releases', id: releaseId, data: { embargoUntil: newEnd, _status: 'published' } as never })
    await until('the corrections', () => received('akkreditiert@mailing.test', 'note').length > 0 && received('accredited@mailing.test', 'note').length > 0)
    const [german] = received('akkreditiert@mailing.test', 'note')
    expect(german!.subject).toBe(`SPERRFRIST GEÄNDERT: neu ${formatMoment(newEnd, 'de')}: Mitteilung verschoben`)
    expect(german!.text).toContain(pressListTexts.de.embargoNote.movedText(formatMoment(newEnd, 'de')))
    expect(german!.text).toContain(personalLink)
    expect(received('accredited@mailing.test', 'note')[0]!.subject).toBe(`EMBARGO CHANGED: now ${formatMoment(newEnd, 'en')}: Mitteilung verschoben`)
    expect((await fetch(local(personalLink))).status).toBe(200)
    // Publishing again without changing the embargo tells nobody anything new.
    await payload.update({ collection: 'press-releases', id: releaseId, data: { subtitle: 'Noch einmal veröffentlicht', _status: 'published' } as never })
    await jobsDone()
    expect(received('akkreditiert@mailing.test', 'note')).toHaveLength(1)
    for (const address of ['nicht-akkreditiert@mailing.test', 'lina@mailing.test', 'fremd@mailing.test']) {
      expect(mail.mailsTo(address).filter((m) => m.subject?.includes('Mitteilung verschoben')), address).toHaveLength(0)
    }
   }, 180_000)

  it('sends a withdrawal when the release is unpublished before its time, and the personal link answers 410 at once', async () => {
    await payload.update({ collection: 'press-releases', id: releaseId, data: { _status: 'draft' } as never })
    expect((await fetch(local(personalLink))).status).toBe(410)
    await until('the withdrawals', () => received('akkreditiert@mailing.test', 'note').length > 1)
    await jobsDone()
    const withdrawal = received('akkreditiert@mailing.test', 'note')[1]!
    expect(withdrawal.subject).toBe('ZURÜCKGEZOGEN: Mitteilung verschoben')
    expect(withdrawal.text).toContain(pressListTexts.de.embargoNote.withdrawnText)
    expect(withdrawal.text).not.toContain('/api/press-list/embargoed')
    expect(received('accredited@mailing.test', 'note')[1]!.subject).toBe('WITHDRAWN: Mitteilung verschoben')
    const kinds = (await deliveriesOf(releaseId)).map((delivery) => `${delivery.kind}:${delivery.status}`).sort()
    expect(kinds).toEqual(['ahead:sent', 'ahead:sent', 'correction:sent', 'correction:sent', 'withdrawal:sent', 'withdrawal:sent'])
   }, 180_000)
})

describe('a subscriber’s data rights', () => {
  const address = 'akkreditiert@mailing.test'
  const entry = async () => (await payload.find({ collection: 'press-subscribers', where: { email: { equals: address } }, depth: 0 })).docs[0]
  const api = (path: string, token?: string, init: RequestInit = {}) =>
    fetch(`${servers[0]!.url}/api${path}`, { ...init, headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) } })

  it('exports everything about a subscriber as JSON, for editors only: the entry with its consent, every mail and every link opened', async () => {
    const { id } = (await entry())!
    const response = await api(`/press-subscribers/${id}/data`, await login('redaktion@mailing.test'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="presseverteiler-\d+\.json"$/)
    const data = (await response.json()) as { subscriber: { email: string; accredited: boolean }; mails: Array<{ kind: string; status: string; sent: string | null }>; linksOpened: Array<{ opened: string }> }
    expect(data.subscriber).toMatchObject({ email: address, accredited: true })
    expect(data.mails.map((mail) => mail.kind)).toEqual(expect.arrayContaining(['ahead', 'correction', 'withdrawal']))
    expect(data.mails.every((mail) => mail.status === 'sent' && mail.sent)).toBe(true)
    expect(data.linksOpened.length).toBeGreaterThanOrEqual(3)
    expect((await api(`/press-subscribers/${id}/data`, await login('autorin@mailing.test'))).status).toBe(403)
    expect((await api(`/press-subscribers/${id}/data`)).status).toBe(401)
  })

  it('erases a subscriber and every record of them in one action, after a confirmation', async () => {
    const { id } = (await entry())!
    const token = await login('redaktion@mailing.test')
    const keys = (await payload.find({ collection: 'press-deliveries', where: { subscriber: { equals: id } }, pagination: false, depth: 0 })).docs.map((delivery) => delivery.key)
    expect(keys.length).toBeGreaterThan(0)
    const unconfirmed = await api(`/press-subscribers/${id}/erase`, token, { method: 'POST', body: JSON.stringify({ confirm: 'someone@else.test' }) })
    expect(unconfirmed.status).toBe(400)
    expect(await entry()).toBeDefined()
    expect((await api(`/press-subscribers/${id}/erase`, await login('autorin@mailing.test'), { method: 'POST', body: JSON.stringify({ confirm: address }) })).status).toBe(403)

    const erased = await api(`/press-subscribers/${id}/erase`, token, { method: 'POST', body: JSON.stringify({ confirm: address }) })
    expect(erased.status).toBe(200)
    expect(await erased.json()).toMatchObject({ erased: id, mails: keys.length })
    // No trace in any collection: not the address, not a record pointing at the entry, not a sender's claim.
    for (const collection of payload.config.collections.map((config) => config.slug)) {
      const { docs } = await payload.find({ collection: collection as never, pagination: false, depth: 0, overrideAccess: true })
      expect(JSON.stringify(docs), collection).not.toMatch(/(?<![\w-])akkreditiert@mailing\.test/)
    }
    for (const collection of ['press-deliveries', 'press-link-openings'] as const) {
      expect((await payload.count({ collection, where: { subscriber: { equals: id } } })).totalDocs, collection).toBe(0)
    }
    const locks = (await payload.find({ collection: 'site-build-locks', pagination: false, depth: 0 })).docs.map((lock) => lock.key)
    expect(locks.filter((lock) => keys.some((key) => lock.startsWith(`press-mail:${key}@`)))).toEqual([])
  })

  it('forgets send records and link openings once they are older than the kept period, and keeps newer ones', async () => {
    const count = async () =>
      (await payload.count({ collection: 'press-deliveries', where: { status: { in: ['sent', 'failed'] } } })).totalDocs + (await payload.count({ collection: 'press-link-openings' })).totalDocs
    const before = await count()
    expect(before).toBeGreaterThan(0)
    expect(await forgetOldPressRecords(payload, 12)).toBe(0)
    expect(await count()).toBe(before)
    const inThirteenMonths = new Date()
    inThirteenMonths.setMonth(inThirteenMonths.getMonth() + 13)
    expect(await forgetOldPressRecords(payload, 12, inThirteenMonths)).toBe(before)
    expect(await count()).toBe(0)
  })
})

describe('the press list’s pages in a browser', () => {
  let browser: Browser
  const axeViolations = async (page: Page) =>
    (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()).violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
    )
  /** The confirmation link a new subscriber would get, and their manage link. */
  async function links(email: string, languages: string[]) {
    const entry = await subscriber(email, languages, ['all'], 'pending')
    const givenAt = new Date().toISOString()
    await payload.update({ collection: 'press-subscribers', id: entry.id, data: { consent: { givenAt } } as never })
    const secret = testEnv.env.PAYLOAD_SECRET!
    const confirm = signPressListToken(secret, { purpose: 'confirm', subscriber: entry.id, binding: givenAt, expiresAt: Date.now() + 3600_000 })
    const manage = signPressListToken(secret, { purpose: 'manage', subscriber: entry.id, binding: addressBinding(secret, email), expiresAt: Number.MAX_SAFE_INTEGER })
    const server = servers[0]!.url
    return {
      confirm: `${server}/api/press-list/confirm?token=${confirm}&locale=${languages[0]}`,
      manage: `${server}/api/press-list/manage?token=${manage}`,
      unsubscribe: `${server}/api/press-list/unsubscribe?token=${manage}`,
    }
  }

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => browser?.close())

  it.each([
    ['de', 'browser-de@mailing.test'],
    ['ar', 'browser-ar@mailing.test'],
  ])('confirms, manages and unsubscribes without JavaScript, with no axe violations (%s)', async (locale, email) => {
    const pages = await links(email, [locale])
    const t = pressListTexts[locale as 'de' | 'ar'].page
    const withScript = await browser.newContext()
    const noScript = await browser.newContext({ javaScriptEnabled: false })
    // The pages' forms post to the CMS's public https address: answered by the server under test.
    for (const context of [withScript, noScript]) {
      await context.route(`${cmsPublic}/**`, async (route) => route.fulfill({ response: await route.fetch({ url: local(route.request().url()) }) }))
    }
    const checked = await withScript.newPage()
    const page = await noScript.newPage()

    await checked.goto(pages.confirm)
    expect(await axeViolations(checked), 'confirmation page').toEqual([])
    await page.goto(pages.confirm)
    expect(await page.locator('html').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr')
    await page.getByRole('button', { name: t.confirmButton }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe(t.confirmedTitle)

    await checked.goto(pages.manage)
    expect(await axeViolations(checked), 'manage page').toEqual([])
    await page.goto(pages.manage)
    await page.getByRole('checkbox', { name: 'English' }).check()
    await page.getByRole('button', { name: t.saveButton }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe(t.savedTitle)
    expect((await payload.find({ collection: 'press-subscribers', where: { email: { equals: email } }, depth: 0 })).docs[0]!.languages).toEqual([locale, 'en'])

    await checked.goto(pages.unsubscribe)
    expect(await axeViolations(checked), 'unsubscribe page').toEqual([])
    await page.goto(pages.unsubscribe)
    await page.getByRole('button', { name: t.unsubscribeButton }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe(t.unsubscribedTitle)
    expect((await payload.find({ collection: 'press-subscribers', where: { email: { equals: email } }, depth: 0 })).docs[0]!.status).toBe('unsubscribed')
    await withScript.close()
    await noScript.close()
  })
})

describe('delivery that survives faults', () => {
  const count = 50
  const addresses = Array.from({ length: count }, (_, i) => `journalist${i}@bulk.mailing.test`)
  const received = (slug: string) => mail.mails.filter((m) => m.subject === `Mitteilung ${slug}`)
  const perAddress = (slug: string) => {
    const counts = new Map<string, number>()
    for (const m of received(slug)) for (const to of (Array.isArray(m.to) ? m.to : [m.to!]).flatMap((entry) => entry.value)) counts.set(to.address!, (counts.get(to.address!) ?? 0) + 1)
    return counts
  }

  beforeAll(async () => {
    // Only the bulk subscribers from here on.
    await payload.update({ collection: 'press-subscribers', where: { status: { equals: 'confirmed' } }, data: { status: 'unsubscribed' } })
    for (const address of addresses) await subscriber(address, ['de'], ['all'])
  }, 60_000)

  it('finishes a send cut off by a crash after the restart, each subscriber getting exactly one mail', async () => {
    // The CMS dies while the mail server has the 20th mail and has not answered yet.
    let seen = 0
    crashOn = (m) => m.subject === 'Mitteilung absturz' && ++seen === 20
    const release = await publishRelease('absturz')
    await until('the CMS to be killed half-way', () => crashed !== undefined)
    await crashed
    expect(received('absturz')).toHaveLength(19)
    for (const job of await pressJobs()) if (job.processing) deadJobs.add(job.id)
    servers = []
    await startServer()
    // The cut-off delivery waits for its claim to run out (45 s), then goes out as attempt 2.
    await until(`all ${count} mails`, () => received('absturz').length >= count, 180)
    await jobsDone()
    const counts = perAddress('absturz')
    expect([...counts.keys()].sort()).toEqual([...addresses].sort())
    expect([...counts.values()].every((n) => n === 1)).toBe(true)
    const records = await deliveriesOf(release.id)
    expect(records).toHaveLength(count)
    expect(records.every((record) => record.status === 'sent')).toBe(true)
    expect(records.filter((record) => record.attempts === 2)).toHaveLength(1)
  }, 300_000)

  it('sends each mail once with two CMS processes on one database', async () => {
    await startServer()
    expect(servers).toHaveLength(2)
    const release = await publishRelease('zwei')
    await until(`all ${count} mails`, () => received('zwei').length >= count, 180)
    await until('every delivery recorded as sent', async () => (await deliveriesOf(release.id)).every((record) => record.status === 'sent'))
    // A little longer: a second copy from the other instance would arrive now. (A send job
    // that ended while the other instance was still sending has booked a look in 45 s, in
    // case that instance dies; it finds nothing to do.)
    await new Promise((resolve) => setTimeout(resolve, 3000))
    const counts = perAddress('zwei')
    expect(counts.size).toBe(count)
    expect([...counts.values()].every((n) => n === 1)).toBe(true)
    expect((await deliveriesOf(release.id)).every((record) => record.status === 'sent' && record.attempts === 1)).toBe(true)
  }, 300_000)
})
