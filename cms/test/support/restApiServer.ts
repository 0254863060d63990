import { createServer, type Server } from 'node:http'

import { handleEndpoints, type SanitizedConfig } from 'payload'

/**
 * Payload's REST API served from the test process itself (Payload's own `handleEndpoints`,
 * the same handler the Next route calls), for reads only. It exists for tests that drive the
 * clock: with `vi.setSystemTime`, access rules that depend on the time (embargoes) see the
 * test's time, which a separate `next start` process cannot. Set `CMS_URL` to this server's
 * address (port) before loading the config, so media URLs point here.
 */
export async function startRestApiServer(config: Promise<SanitizedConfig> | SanitizedConfig, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const url = `http://127.0.0.1:${port}`
  const server: Server = createServer((incoming, outgoing) => {
    if (incoming.method !== 'GET' && incoming.method !== 'HEAD') {
      outgoing.writeHead(405, { Allow: 'GET, HEAD' }).end('read-only test server')
      return
    }
    const headers = new Headers()
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (typeof value === 'string') headers.set(name, value)
    }
    handleEndpoints({ config, request: new Request(new URL(incoming.url ?? '/', url), { method: incoming.method, headers }) })
      .then(async (response) => {
        outgoing.writeHead(response.status, Object.fromEntries(response.headers))
        outgoing.end(Buffer.from(await response.arrayBuffer()))
      })
      .catch((error: Error) => outgoing.writeHead(500).end(error.stack))
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { url, stop: () => new Promise((resolve) => server.close(() => resolve())) }
}
