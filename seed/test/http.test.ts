import { startCmsServer, startTestPayload, type CmsServer } from '@verband/cms/testing'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '../src/seed.ts'

/** The acceptance check of the foundation, over HTTP against the seeded, running CMS. */

let payload: Payload
let close: () => Promise<void>
let server: CmsServer

beforeAll(async () => {
  const started = await startTestPayload()
  ;({ payload, close } = started)
  await seed(payload)
  server = await startCmsServer(started.testEnv.env)
})

afterAll(async () => {
  await server?.stop()
  await close?.()
})

it('GET /api/values?locale=de returns the six values with their exact German titles, in order', async () => {
  const response = await fetch(`${server.url}/api/values?locale=de`)
  expect(response.status).toBe(200)
  const { docs } = (await response.json()) as { docs: { title: string }[] }
  expect(docs.map((d) => d.title)).toEqual(['Solidarität', 'Vielfalt', 'Unabhängigkeit', 'Gerechtigkeit', 'Gemeinwohlorientierung', 'Nachhaltigkeit'])
})

it('serves the admin login page', async () => {
  const response = await fetch(`${server.url}/admin/login`)
  expect(response.status).toBe(200)
  expect(await response.text()).toMatch(/<html/)
})

it('serves the images of published content to the public', async () => {
  const { docs } = await payload.find({ collection: 'media', where: { mimeType: { equals: 'image/jpeg' } }, overrideAccess: false, limit: 1 })
  const response = await fetch(`${server.url}${new URL(docs[0]!.url!, server.url).pathname}`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('image/jpeg')
})
