import { collectionSlugs, hasRole, type PressDelivery, type PressLinkOpening, type PressSubscriber } from '@verband/content-types'
import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { errorJson, jsonResponse } from '../apiResponses.ts'
import { readText } from '../forms/requestBody.ts'
import { deleteLocksStartingWith } from '../locks.ts'

/**
 * A press list subscriber's rights under the GDPR (DSGVO Art. 15, 17, 20), for editors in the
 * admin: everything the CMS holds about one subscriber as one JSON file, and erasing it all in
 * one action. Send records and the log of personal links opened are kept only for a while
 * (`PRESS_RECORDS_MONTHS`), then deleted by a scheduled job.
 */

const subscribers = collectionSlugs.pressSubscribers
const deliveries = collectionSlugs.pressDeliveries
const openings = collectionSlugs.pressLinkOpenings


async function recordsOf(payload: Payload, subscriber: PressSubscriber['id']) {
  const where = { subscriber: { equals: subscriber } }
  const [sent, opened] = await Promise.all([
    payload.find({ collection: deliveries, where, pagination: false, depth: 0, sort: 'createdAt', overrideAccess: true }),
    payload.find({ collection: openings, where, pagination: false, depth: 0, sort: 'createdAt', overrideAccess: true }),
  ])
  return { deliveries: sent.docs, openings: opened.docs }
}

/** What the export says about one mail: which release, what kind, when, in which language, with what outcome. */
const mailRecord = (delivery: PressDelivery) => ({
  release: delivery.release,
  kind: delivery.kind,
  status: delivery.status,
  language: delivery.locale ?? null,
  embargoNamed: delivery.embargoUntil ?? null,
  planned: delivery.createdAt,
  sent: delivery.sentAt ?? null,
  attempts: delivery.attempts ?? 0,
  error: delivery.error ?? null,
})

const openingRecord = (opening: PressLinkOpening) => ({ release: opening.release, opened: opening.opened, at: opening.createdAt })

/** Everything the press list holds about one subscriber: the entry with its consent, every mail, every link opened. */
export async function subscriberData(payload: Payload, id: PressSubscriber['id']) {
  const subscriber = (await payload.findByID({ collection: subscribers, id, depth: 0, overrideAccess: true, disableErrors: true })) as PressSubscriber | null
  if (!subscriber) return undefined
  const records = await recordsOf(payload, subscriber.id)
  return {
    exportedAt: new Date().toISOString(),
    subscriber,
    mails: records.deliveries.map(mailRecord),
    linksOpened: records.openings.map(openingRecord),
  }
}

/**
 * Erases a subscriber and every record of them: their mails' send records (and the claims the
 * senders took for them), the log of links they opened, and the entry. One transaction: all or
 * nothing.
 */
export async function eraseSubscriber(payload: Payload, subscriber: PressSubscriber, req: PayloadRequest): Promise<{ mails: number; linksOpened: number }> {
  const records = await recordsOf(payload, subscriber.id)
  for (const delivery of records.deliveries) {
    await deleteLocksStartingWith(payload, `press-mail:${delivery.key}@`, req)
  }
  await payload.delete({ collection: deliveries, where: { subscriber: { equals: subscriber.id } }, depth: 0, overrideAccess: true, req })
  await payload.delete({ collection: openings, where: { subscriber: { equals: subscriber.id } }, depth: 0, overrideAccess: true, req })
  await payload.delete({ collection: subscribers, id: subscriber.id, depth: 0, overrideAccess: true, req })
  return { mails: records.deliveries.length, linksOpened: records.openings.length }
}

/** Send records and link openings older than the kept period are deleted (daily job); the entries themselves stay until they leave. */
export async function forgetOldPressRecords(payload: Payload, months: number, now = new Date()): Promise<number> {
  const before = new Date(now)
  before.setMonth(before.getMonth() - months)
  const older = { createdAt: { less_than: before.toISOString() } }
  const [sent, opened] = await Promise.all([
    payload.delete({ collection: deliveries, where: { and: [older, { status: { in: ['sent', 'failed'] } }] }, depth: 0, overrideAccess: true }),
    payload.delete({ collection: openings, where: older, depth: 0, overrideAccess: true }),
  ])
  return sent.docs.length + opened.docs.length
}

function editorProblem(req: PayloadRequest): Response | undefined {
  if (!req.user) return errorJson(401, 'Bitte anmelden (log in).')
  if (!hasRole(req.user, 'admin', 'editor')) return errorJson(403, 'Nur für die Redaktion (editors only).')
  return undefined
}

/**
 * On `press-subscribers`, for editors:
 * - `GET /api/press-subscribers/:id/data` downloads everything about the subscriber as JSON;
 * - `POST /api/press-subscribers/:id/erase` with `{ "confirm": "<the address>" }` erases it all.
 */
export const dataRightsEndpoints: Endpoint[] = [
  {
    path: '/:id/data',
    method: 'get',
    handler: async (req) => {
      const refused = editorProblem(req)
      if (refused) return refused
      const data = await subscriberData(req.payload, req.routeParams?.id as PressSubscriber['id'])
      if (!data) return errorJson(404, 'Diesen Eintrag gibt es nicht (no such subscriber).')
      return new Response(JSON.stringify(data, null, 2), {
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Disposition': `attachment; filename="presseverteiler-${data.subscriber.id}.json"`,
          'Cache-Control': 'no-store',
        },
      })
    },
  },
  {
    path: '/:id/erase',
    method: 'post',
    handler: async (req) => {
      const refused = editorProblem(req)
      if (refused) return refused
      const subscriber = (await req.payload.findByID({ collection: subscribers, id: req.routeParams?.id as PressSubscriber['id'], depth: 0, overrideAccess: true, disableErrors: true })) as PressSubscriber | null
      if (!subscriber) return errorJson(404, 'Diesen Eintrag gibt es nicht (no such subscriber).')
      let confirm: unknown
      try {
        confirm = (JSON.parse(await readText(req.body ?? null, 4096)) as { confirm?: unknown }).confirm
      } catch {
        confirm = undefined
      }
      if (typeof confirm !== 'string' || confirm.trim().toLowerCase() !== subscriber.email) {
        return errorJson(400, 'Zum Bestätigen die Adresse des Eintrags als "confirm" senden (send the entry’s address as "confirm").')
      }
      return jsonResponse(200, { erased: subscriber.id, ...(await eraseSubscriber(req.payload, subscriber, req)) })
    },
  },
]
