import {
  checkPressChoice,
  checkPressSubscription,
  collectionSlugs,
  defaultLocale,
  formControlFields,
  getLocale,
  isLocaleCode,
  locales,
  minimumFillTimeMs,
  pressConfirmationHours,
  pressConsentVersion,
  nowPublicNoteChoice,
  pressListFields,
  pressListResultPath,
  pressTopicLabel,
  pressTopics,
  type LocaleCode,
  type PressListProblem,
  type PressListResult,
  type PressSubscriber,
  type PressSubscription,
} from '@verband/content-types'
import type { Endpoint, PayloadRequest } from 'payload'

import type { Env } from '../env.ts'
import { clientAddress } from '../forms/clientAddress.ts'
import { errorJson } from '../apiResponses.ts'
import { requestOrigin } from '../forms/formEndpoint.ts'
import { RateLimiter } from '../forms/rateLimiter.ts'
import { FormRequestError, readPostedForm } from '../forms/requestBody.ts'
import { pressListUrls } from './links.ts'
import { pressListPage } from './page.ts'
import { pressListTexts } from './text/index.ts'
import { addressBinding, signPressListToken, verifyPressListToken } from './tokens.ts'

const maxBodyBytes = 16 * 1024
const hourMs = 60 * 60 * 1000
const confirmationMs = pressConfirmationHours * hourMs
/** Confirmation mails per address and day: someone typing another person's address cannot flood them. */
const mailsPerAddressAndDay = 3
const subscribers = collectionSlugs.pressSubscribers

type Outcome = { locale: LocaleCode; result: PressListResult; status: number; message: string; problems?: PressListProblem[]; retryAfterSeconds?: number }

const pressPage = (env: Env, locale: LocaleCode) => new URL(`/${getLocale(locale).path}/press/`, env.siteUrl).href
const localeOf = (value: unknown): LocaleCode => (isLocaleCode(value) ? value : defaultLocale)

/**
 * The confirmation mail, in the language the subscriber used: plain text (nothing they typed is
 * ever rendered as HTML), with the signed link to the page that confirms.
 */
function confirmationMail(env: Env, subscriber: PressSubscriber, locale: LocaleCode, link: string) {
  const t = pressListTexts[locale].mail
  return {
    to: subscriber.email,
    subject: t.subject,
    text: [t.greeting(subscriber.name), '', t.intro, link, '', t.expiry(pressConfirmationHours), '', t.ignore, ''].join('\n'),
  }
}

/**
 * `POST /api/press-list/subscribe`: a journalist asks to join the press list. The same checks as
 * the website's other forms (origin, rate limit per client, size, honeypot, fill time), a rate
 * limit per address, then the fields. A new or returning address is stored as `pending` with its
 * consent and gets a confirmation mail; nothing else is ever sent before it is confirmed. A
 * confirmed address changes nothing and gets the same answer, so the answer reveals nobody.
 */
export function pressListEndpoints(env: Env): Endpoint[] {
  const perClient = new RateLimiter({ limit: env.forms.postsPerHour, windowMs: hourMs })
  const perAddress = new RateLimiter({ limit: mailsPerAddressAndDay, windowMs: 24 * hourMs })
  const allowedOrigins = new Set([env.siteUrl, env.cmsUrl])
  const urls = pressListUrls(env.cmsUrl)
  const confirmAction = urls.confirm
  const accepted = (locale: LocaleCode): Outcome => ({ locale, result: 'sent', status: 202, message: 'Bitte den Link in der E-Mail bestätigen (please confirm the link in the email).' })

  const subscribe: Endpoint = {
    path: '/press-list/subscribe',
    method: 'post',
    handler: async (req) => {
      const origin = requestOrigin(req)
      if (!origin || !allowedOrigins.has(origin)) return errorJson(403, `Subscriptions are accepted from the website (${env.siteUrl}) only.`)
      const outcome = await receive(req)
      return respond(req, outcome)
    },
  }

  async function receive(req: PayloadRequest): Promise<Outcome> {
    let posted
    try {
      posted = await readPostedForm(req, maxBodyBytes)
    } catch (error) {
      if (error instanceof FormRequestError) return { locale: defaultLocale, result: 'check', status: error.status, message: error.message }
      throw error
    }
    const locale = localeOf(posted.fields[formControlFields.locale])
    const client = perClient.take(clientAddress(req.headers.get('x-forwarded-for'), env.trustedProxies))
    if (!client.allowed) return tooMany(locale, client.retryAfterSeconds)
    if (!env.smtp) {
      return { locale, result: 'unavailable', status: 503, message: 'Der Presseverteiler ist nicht verfügbar: dem CMS ist kein Mailserver eingerichtet (the press list needs SMTP_URL to send mail).' }
    }
    if (posted.fields[formControlFields.honeypot]) {
      req.payload.logger.info('Press list subscription dropped: its honeypot field was filled (a bot).')
      return accepted(locale)
    }
    const elapsedMs = Number(posted.fields[formControlFields.elapsedMs] || Number.NaN)
    // Without the page's script (no JavaScript) there is no measurement: such posts still pass
    // the honeypot, the rate limits and the field checks.
    if (Number.isFinite(elapsedMs) && elapsedMs < minimumFillTimeMs) {
      return { locale, result: 'too-fast', status: 400, message: `Das Formular wurde zu schnell abgeschickt (sent too quickly: less than ${minimumFillTimeMs / 1000} s after the page opened).` }
    }
    const checked = checkPressSubscription({ single: posted.fields, lists: posted.lists })
    if (!checked.ok) {
      return { locale, result: 'check', status: 400, message: `Bitte die Angaben prüfen (please check): ${checked.problems.map((p) => p.field).join(', ')}.`, problems: checked.problems }
    }
    const address = perAddress.take(checked.subscription.email)
    if (!address.allowed) return tooMany(locale, address.retryAfterSeconds)
    const subscriber = await storePending(req, checked.subscription, locale)
    if (subscriber) {
      const token = signPressListToken(env.payloadSecret, { purpose: 'confirm', subscriber: subscriber.id, binding: subscriber.consent!.givenAt!, expiresAt: Date.now() + confirmationMs })
      const link = `${confirmAction}?token=${token}&locale=${encodeURIComponent(locale)}`
      await req.payload.sendEmail(confirmationMail(env, subscriber, locale, link))
    }
    return accepted(locale)
  }

  /**
   * A browser's form post (Accept: text/html) is sent to the website's page for the outcome, in
   * the page's language: the form works without JavaScript. Other clients get JSON: 202, or a
   * 4xx with `errors` naming each field's problem.
   */
  function respond(req: PayloadRequest, outcome: Outcome): Response {
    const headers = new Headers({ 'Cache-Control': 'no-store' })
    if (outcome.retryAfterSeconds) headers.set('Retry-After', String(outcome.retryAfterSeconds))
    if ((req.headers.get('accept') ?? '').includes('text/html')) {
      headers.set('Location', new URL(pressListResultPath(getLocale(outcome.locale).path, outcome.result), env.siteUrl).href)
      return new Response(null, { status: 303, headers })
    }
    if (outcome.status < 400) return Response.json({ message: outcome.message }, { status: outcome.status, headers })
    const data = outcome.problems ? { errors: outcome.problems.map(({ field, message }) => ({ path: field, message })) } : undefined
    return Response.json({ errors: [{ message: outcome.message, ...(data ? { data } : {}) }] }, { status: outcome.status, headers })
  }

  /** The link in the mail opens this page; only its button (a POST) confirms, so a mail scanner opening links confirms nobody. */
  const confirmPage: Endpoint = {
    path: '/press-list/confirm',
    method: 'get',
    handler: async (req) => {
      const locale = localeOf(req.searchParams.get('locale'))
      const token = req.searchParams.get('token') ?? ''
      const found = await waitingSubscriber(req, token, locale)
      if ('problem' in found) return found.problem
      const t = pressListTexts[locale].page
      return pressListPage({
        locale,
        title: t.confirmTitle,
        text: t.confirmIntro(found.subscriber.email),
        forms: [{ action: confirmAction, fields: { token, locale }, button: t.confirmButton }],
        link: { href: pressPage(env, locale), label: t.backToPress },
      })
    },
  }

  const confirm: Endpoint = {
    path: '/press-list/confirm',
    method: 'post',
    handler: async (req) => {
      let fields: Record<string, string>
      try {
        fields = (await readPostedForm(req, maxBodyBytes)).fields
      } catch (error) {
        if (error instanceof FormRequestError) return errorJson(error.status, error.message)
        throw error
      }
      const locale = localeOf(fields.locale)
      const token = fields.token ?? ''
      const found = await waitingSubscriber(req, token, locale)
      if ('problem' in found) return found.problem
      const { subscriber } = found
      await req.payload.update({
        collection: subscribers,
        id: subscriber.id,
        data: { status: 'confirmed', consent: { ...subscriber.consent, confirmedAt: new Date().toISOString() } },
        overrideAccess: true,
      })
      const t = pressListTexts[locale].page
      return pressListPage({ locale, title: t.confirmedTitle, text: t.confirmedText, link: { href: pressPage(env, locale), label: t.backToPress } })
    },
  }

  /**
   * The waiting subscriber a confirmation link names, or the page saying why it cannot confirm:
   * forged or not for a waiting subscription (400), or expired (410; the entry is gone or
   * going). A link of a confirmed subscription answers that it is confirmed, whichever click it is.
   */
  async function waitingSubscriber(req: PayloadRequest, token: string, locale: LocaleCode): Promise<{ subscriber: PressSubscriber } | { problem: Response }> {
    const t = pressListTexts[locale].page
    const link = { href: pressPage(env, locale), label: t.backToPress }
    const check = verifyPressListToken(env.payloadSecret, token, 'confirm')
    if (!check.ok && check.reason === 'expired') return { problem: pressListPage({ locale, title: t.expiredTitle, text: t.expiredText, link, status: 410 }) }
    const subscriber = await findSubscriber(req, check)
    if (!subscriber) return { problem: pressListPage({ locale, title: t.invalidTitle, text: t.invalidText, link, status: 400 }) }
    if (subscriber.status === 'confirmed') return { problem: pressListPage({ locale, title: t.confirmedTitle, text: t.confirmedText, link }) }
    if (subscriber.status !== 'pending') return { problem: pressListPage({ locale, title: t.invalidTitle, text: t.invalidText, link, status: 400 }) }
    return { subscriber }
  }

  /**
   * The subscriber a manage link (in every release mail) names, or the page saying why the
   * link does not work: forged (400), or its address has left the list entirely (410).
   */
  async function managed(req: PayloadRequest, token: string): Promise<{ subscriber: PressSubscriber; locale: LocaleCode } | { problem: Response }> {
    const t = pressListTexts[defaultLocale].page
    const link = { href: pressPage(env, defaultLocale), label: t.backToPress }
    const check = verifyPressListToken(env.payloadSecret, token, 'manage')
    if (!check.ok) return { problem: pressListPage({ locale: defaultLocale, title: t.invalidTitle, text: t.invalidText, link, status: 400 }) }
    const subscriber = await req.payload.findByID({ collection: subscribers, id: check.token.subscriber, depth: 0, overrideAccess: true, disableErrors: true })
    if (!subscriber || addressBinding(env.payloadSecret, subscriber.email) !== check.token.binding) {
      return { problem: pressListPage({ locale: defaultLocale, title: t.unsubscribedTitle, text: t.unsubscribedText, link, status: 410 }) }
    }
    return { subscriber, locale: localeOf(subscriber.languages?.[0]) }
  }

  /** The unsubscribe link opens a page with one button; the button, or a mail client's one-click POST (RFC 8058), unsubscribes. */
  const unsubscribePage: Endpoint = {
    path: '/press-list/unsubscribe',
    method: 'get',
    handler: async (req) => {
      const token = req.searchParams.get('token') ?? ''
      const found = await managed(req, token)
      if ('problem' in found) return found.problem
      const { subscriber, locale } = found
      const t = pressListTexts[locale].page
      const link = { href: pressPage(env, locale), label: t.backToPress }
      if (subscriber.status === 'unsubscribed') return pressListPage({ locale, title: t.unsubscribedTitle, text: t.unsubscribedText, link })
      return pressListPage({ locale, title: t.unsubscribeTitle, text: t.unsubscribeIntro(subscriber.email), forms: [{ action: urls.unsubscribe(token), fields: {}, button: t.unsubscribeButton }], link })
    },
  }

  const unsubscribe: Endpoint = {
    path: '/press-list/unsubscribe',
    method: 'post',
    handler: async (req) => {
      const found = await managed(req, req.searchParams.get('token') ?? '')
      if ('problem' in found) return found.problem
      const { subscriber, locale } = found
      if (subscriber.status !== 'unsubscribed') {
        await req.payload.update({ collection: subscribers, id: subscriber.id, data: { status: 'unsubscribed' }, depth: 0, overrideAccess: true })
      }
      const t = pressListTexts[locale].page
      return pressListPage({ locale, title: t.unsubscribedTitle, text: t.unsubscribedText, link: { href: pressPage(env, locale), label: t.backToPress } })
    },
  }

  /** The subscriber's settings: languages and topics to change, and the way out. */
  async function managePage(req: PayloadRequest, subscriber: PressSubscriber, locale: LocaleCode, token: string, problem?: string): Promise<Response> {
    const t = pressListTexts[locale].page
    const link = { href: pressPage(env, locale), label: t.backToPress }
    if (subscriber.status !== 'confirmed') return pressListPage({ locale, title: t.unsubscribedTitle, text: t.unsubscribedText, link })
    const chosenLanguages = new Set<string>(subscriber.languages ?? [])
    const chosenTopics = new Set<string>(subscriber.topics ?? [])
    const chosenGoals = new Set((subscriber.goals ?? []).map((goal) => String(typeof goal === 'object' ? goal.id : goal)))
    const { docs: goals } = await req.payload.find({ collection: collectionSlugs.goals, where: { _status: { equals: 'published' } }, locale, sort: 'order', pagination: false, depth: 0, overrideAccess: true })
    return pressListPage({
      locale,
      title: t.manageTitle,
      text: problem ?? t.manageIntro(subscriber.email),
      status: problem ? 400 : 200,
      forms: [
        {
          action: urls.manage,
          fields: { token },
          choices: [
            { legend: t.languagesLegend, name: pressListFields.languages, options: locales.map((entry) => ({ value: entry.code, label: entry.label, lang: entry.code, checked: chosenLanguages.has(entry.code) })) },
            { legend: t.topicsLegend, name: pressListFields.topics, options: pressTopics.map((topic) => ({ value: topic, label: topic === 'all' ? t.allReleases : String(pressTopicLabel(topic)), checked: chosenTopics.has(topic) })) },
            { legend: t.goalsLegend, name: pressListFields.goals, options: goals.map((goal) => ({ value: String(goal.id), label: goal.title, checked: chosenGoals.has(String(goal.id)) })) },
            // Only who may get releases ahead has an embargo that can end.
            ...(subscriber.accredited
              ? [{ legend: t.embargoLegend, name: pressListFields.notes, options: [{ value: nowPublicNoteChoice, label: t.nowPublicNote, checked: Boolean(subscriber.nowPublicNote) }] }]
              : []),
          ],
          button: t.saveButton,
        },
        { action: urls.unsubscribe(token), fields: {}, button: t.unsubscribeButton },
      ],
      link,
    })
  }

  const manage: Endpoint = {
    path: '/press-list/manage',
    method: 'get',
    handler: async (req) => {
      const token = req.searchParams.get('token') ?? ''
      const found = await managed(req, token)
      if ('problem' in found) return found.problem
      return managePage(req, found.subscriber, found.locale, token)
    },
  }

  const saveSettings: Endpoint = {
    path: '/press-list/manage',
    method: 'post',
    handler: async (req) => {
      let posted
      try {
        posted = await readPostedForm(req, maxBodyBytes)
      } catch (error) {
        if (error instanceof FormRequestError) return errorJson(error.status, error.message)
        throw error
      }
      const token = posted.fields.token ?? ''
      const found = await managed(req, token)
      if ('problem' in found) return found.problem
      const { subscriber, locale } = found
      if (subscriber.status !== 'confirmed') return managePage(req, subscriber, locale, token)
      const choice = checkPressChoice(posted.lists, subscriber.languages ?? [])
      const goals = choice ? await existingGoals(req, choice.goals) : []
      if (!choice || choice.topics.length + goals.length === 0) return managePage(req, subscriber, locale, token, pressListTexts[locale].page.chooseBoth)
      const notes = subscriber.accredited ? { nowPublicNote: (posted.lists[pressListFields.notes] ?? []).includes(nowPublicNoteChoice) } : {}
      await req.payload.update({ collection: subscribers, id: subscriber.id, data: { ...choice, goals, ...notes }, depth: 0, overrideAccess: true })
      const t = pressListTexts[choice.languages[0]!].page
      return pressListPage({ locale: choice.languages[0]!, title: t.savedTitle, text: t.savedText, forms: [], link: { href: `${urls.manage}?token=${token}`, label: t.manageTitle } })
    },
  }

  return [subscribe, confirmPage, confirm, unsubscribePage, unsubscribe, manage, saveSettings]
}

/** The subscriber a valid token names, if the token belongs to their latest consent. */
async function findSubscriber(req: PayloadRequest, check: ReturnType<typeof verifyPressListToken>): Promise<PressSubscriber | undefined> {
  if (!check.ok) return undefined
  const subscriber = await req.payload.findByID({ collection: subscribers, id: check.token.subscriber, depth: 0, overrideAccess: true, disableErrors: true })
  if (!subscriber || subscriber.consent?.givenAt !== check.token.binding) return undefined
  return subscriber
}

/**
 * A new address, or one that left or bounced, waits for confirmation with the consent given now;
 * a confirmed one stays as it is (undefined: no mail).
 */
async function storePending(req: PayloadRequest, subscription: PressSubscription, locale: LocaleCode): Promise<PressSubscriber | undefined> {
  const { docs } = await req.payload.find({ collection: subscribers, where: { email: { equals: subscription.email } }, limit: 1, depth: 0, overrideAccess: true })
  const existing = docs[0]
  if (existing?.status === 'confirmed') return undefined
  const data = {
    ...subscription,
    goals: await existingGoals(req, subscription.goals),
    status: 'pending' as const,
    consent: { givenAt: new Date().toISOString(), textVersion: pressConsentVersion, source: `Website, Presseseite (${locale})`, confirmedAt: null },
  }
  if (existing) return req.payload.update({ collection: subscribers, id: existing.id, data, depth: 0, overrideAccess: true })
  return req.payload.create({ collection: subscribers, data, depth: 0, overrideAccess: true })
}

/** The published goals among these ids (a posted id of a draft, deleted or invented goal is dropped). */
async function existingGoals(req: PayloadRequest, ids: readonly string[]): Promise<number[]> {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({ collection: collectionSlugs.goals, where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] }, pagination: false, depth: 0, select: {}, overrideAccess: true })
  return docs.map((goal) => goal.id)
}

function tooMany(locale: LocaleCode, retryAfterSeconds: number): Outcome {
  return {
    locale,
    result: 'too-many',
    status: 429,
    retryAfterSeconds,
    message: `Zu viele Anmeldungen; bitte später erneut versuchen (too many subscriptions; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes).`,
  }
}
