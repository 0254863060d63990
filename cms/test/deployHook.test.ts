import { createServer, type Server } from 'node:http'

import { afterEach, describe, expect, it } from 'vitest'

import { postDeployHook } from '../src/publish/deployHook.ts'

/** The deploy hook against a real HTTP server on localhost that plays a flaky static host. */
let server: Server | undefined

async function host(statuses: number[]): Promise<{ url: string; received: unknown[] }> {
  const received: unknown[] = []
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      received.push(JSON.parse(body))
      response.writeHead(statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 500).end()
    })
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hook`, received }
}

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve))
})

describe('deploy hook', () => {
  it('retries a host that is briefly unavailable, then delivers', async () => {
    const { url, received } = await host([503, 502, 204])
    const result = await postDeployHook(url, { reason: 'change' }, { firstDelayMs: 10 })
    expect(result).toMatchObject({ delivered: true, attempts: 3, status: 204 })
    expect(received).toEqual([{ reason: 'change' }, { reason: 'change' }, { reason: 'change' }])
  })

  it('gives up after its attempts and says why', async () => {
    const { url, received } = await host([500])
    const result = await postDeployHook(url, { reason: 'change' }, { attempts: 3, firstDelayMs: 10 })
    expect(result).toMatchObject({ delivered: false, attempts: 3, status: 500, error: 'HTTP 500' })
    expect(received).toHaveLength(3)
  })

  it('does not repeat a request the host refused as wrong', async () => {
    const { url, received } = await host([404])
    const result = await postDeployHook(url, {}, { firstDelayMs: 10 })
    expect(result).toMatchObject({ delivered: false, attempts: 1, status: 404 })
    expect(received).toHaveLength(1)
  })
})
