import {
  checkFormContent,
  collectionSlugs,
  defaultLocale,
  formControlFields,
  formKinds,
  formResultPath,
  getLocale,
  isFormKind,
  isLocaleCode,
  minimumFillTimeMs,
  type FormKind,
  type FormProblem,
  type FormResult,
  type LocaleCode,
} from '@verband/content-types'
import type { Endpoint, PayloadRequest } from 'payload'

import { errorJson } from '../apiResponses.ts'
import type { Env } from '../env.ts'
import { clientAddress } from './clientAddress.ts'
import { notifyEditors } from './notifyEditors.ts'
import { RateLimiter } from './rateLimiter.ts'
import { FormRequestError, readPostedForm } from './requestBody.ts'

/** Large enough for the longest message in any script (5,000 Vietnamese characters, percent-encoded). */
const maxBodyBytes = 64 * 1024
const hourMs = 60 * 60 * 1000
/**
 * Submissions stored per hour from all addresses together: the backstop for a flood from many
 * (or, without a trusted proxy, made-up) addresses, so it cannot bury the editors' inbox.
 */
const storedPerHourInTotal = 200

type Outcome = { result: FormResult; status: number; message: string; problems?: FormProblem[]; retryAfterSeconds?: number }

/**
 * `POST /api/forms/:form` (`contact`, `accessibility-feedback`): the website's forms post here.
 *
 * Checks, in this order: the post comes from the website (its Origin; a plain form post has no
 * CORS preflight, so this is what refuses other sites); at most FORMS_RATE_LIMIT posts per
 * address and hour, whatever their outcome; size and type of the body; the honeypot (filled:
 * answered like a success and dropped, so a bot learns nothing); the time since the form page
 * was opened (too fast: refused); the fields. Only then is the submission stored and the
 * editors notified.
 *
 * A browser's form post (Accept: text/html) is answered with a 303 to the website's page for
 * the outcome, in the page's language: this works without JavaScript. Any other client gets
 * JSON: 201, or 4xx with `errors` naming each field's problem.
 */
export function formEndpoint(env: Env): Endpoint {
  const perAddress = new RateLimiter({ limit: env.forms.postsPerHour, windowMs: hourMs })
  const inTotal = new RateLimiter({ limit: storedPerHourInTotal, windowMs: hourMs })
  const allowedOrigins = new Set([env.siteUrl, env.cmsUrl])

  return {
    path: '/forms/:form',
    method: 'post',
    handler: async (req) => {
      const form = req.routeParams?.form
      if (!isFormKind(form)) return errorJson(404, `Unknown form "${String(form)}". Forms: ${formKinds.join(', ')}.`)
      const origin = requestOrigin(req)
      if (!origin || !allowedOrigins.has(origin)) {
        return errorJson(403, `Forms are accepted from the website (${env.siteUrl}) only; this post came from ${origin ?? 'an unnamed origin (no Origin header)'}.`)
      }
      const allowed = perAddress.take(clientAddress(req.headers.get('x-forwarded-for'), env.trustedProxies))
      const outcome = await receive(req, form, allowed.allowed ? undefined : allowed.retryAfterSeconds)
      return respond(req, form, outcome.locale ?? defaultLocale, outcome)
    },
  }

  /** `limitedForSeconds`: the address is over its limit; the body is still read (it is small) for the page's language. */
  async function receive(req: PayloadRequest, form: FormKind, limitedForSeconds?: number): Promise<Outcome & { locale?: LocaleCode }> {
    let fields: Record<string, string>
    try {
      fields = (await readPostedForm(req, maxBodyBytes)).fields
    } catch (error) {
      if (error instanceof FormRequestError) return { result: 'check', status: error.status, message: error.message }
      throw error
    }
    const locale = isLocaleCode(fields[formControlFields.locale]) ? (fields[formControlFields.locale] as LocaleCode) : undefined
    if (limitedForSeconds) return { ...tooMany(limitedForSeconds), locale }
    const sent: Outcome = { result: 'sent', status: 201, message: 'Danke, Ihre Nachricht ist angekommen (thank you, your message has arrived).' }

    if (fields[formControlFields.honeypot]) {
      req.payload.logger.info(`Form post to "${form}" dropped: its honeypot field was filled (a bot).`)
      return { ...sent, locale }
    }
    const elapsedMs = Number(fields[formControlFields.elapsedMs] || Number.NaN)
    // Without the page's script (no JavaScript) there is no measurement: such posts still pass
    // the honeypot, the rate limit and the field checks.
    if (Number.isFinite(elapsedMs) && elapsedMs < minimumFillTimeMs) {
      req.payload.logger.info(`Form post to "${form}" refused: sent ${Math.round(elapsedMs)} ms after the page opened.`)
      return {
        result: 'too-fast',
        status: 400,
        locale,
        message: `Das Formular wurde zu schnell abgeschickt; bitte einen Moment warten und erneut senden (sent too quickly: less than ${minimumFillTimeMs / 1000} s after the page opened, as bots do; wait a moment and send again).`,
      }
    }
    const checked = checkFormContent(form, fields)
    if (!checked.ok) {
      return { result: 'check', status: 400, locale, message: `Bitte die Angaben prüfen (please check): ${checked.problems.map((p) => p.field).join(', ')}.`, problems: checked.problems }
    }
    const room = inTotal.take('all')
    if (!room.allowed) return { ...tooMany(room.retryAfterSeconds), locale }

    const submission = await req.payload.create({
      collection: collectionSlugs.formSubmissions,
      data: { form, locale: locale ?? defaultLocale, status: 'new', ...checked.content },
      overrideAccess: true,
    })
    // The visitor does not wait for the mail server; a failure is logged and the submission
    // waits in the admin all the same.
    notifyEditors(req.payload, submission, env).catch((error: Error) =>
      req.payload.logger.error(`Form submission ${submission.id} stored, but the email to the editors failed: ${error.message}`),
    )
    return { ...sent, locale }
  }

  function respond(req: PayloadRequest, form: FormKind, locale: LocaleCode, outcome: Outcome): Response {
    const headers = new Headers({ 'Cache-Control': 'no-store' })
    if (outcome.retryAfterSeconds) headers.set('Retry-After', String(outcome.retryAfterSeconds))
    if ((req.headers.get('accept') ?? '').includes('text/html')) {
      headers.set('Location', new URL(formResultPath(getLocale(locale).path, form, outcome.result), env.siteUrl).href)
      return new Response(null, { status: 303, headers })
    }
    if (outcome.status < 400) return Response.json({ message: outcome.message }, { status: outcome.status, headers })
    const data = outcome.problems ? { errors: outcome.problems.map(({ field, message }) => ({ path: field, message })) } : undefined
    return Response.json({ errors: [{ message: outcome.message, ...(data ? { data } : {}) }] }, { status: outcome.status, headers })
  }
}

function tooMany(retryAfterSeconds: number): Outcome {
  return {
    result: 'too-many',
    status: 429,
    retryAfterSeconds,
    message: `Zu viele Nachrichten in der letzten Stunde; bitte später erneut versuchen (too many posts in the last hour; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes).`,
  }
}

/** The origin a browser names for a post: `Origin`, or for browsers that leave it out, the Referer's. */
export function requestOrigin(req: PayloadRequest): string | undefined {
  const origin = req.headers.get('origin')
  if (origin && origin !== 'null') return origin
  if (origin === 'null') return undefined
  try {
    return new URL(req.headers.get('referer') ?? '').origin
  } catch {
    return undefined
  }
}
