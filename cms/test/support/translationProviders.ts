import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

/**
 * Stand-ins for the machine translation services, on loopback, speaking the parts of their
 * documented HTTP APIs the CMS uses: DeepL's `/v2/translate` (form-encoded `text` list,
 * `tag_handling=xml`, `glossary_id`), `/v2/usage`, `/v2/languages`, `/v2/glossary-language-pairs`
 * and `/v2/glossaries`; LibreTranslate's `/translate` (JSON `q` list, `format: "html"`) and
 * `/languages`. Their "translation" marks every run of text between tags with the target
 * language (`[ar] …`) and leaves the tags alone, as the real services do; DeepL's stand-in
 * applies a glossary's entries first.
 */
export type FakeProvider = {
  url: string
  /** Every text received by the translate endpoint, per request. */
  requests: string[][]
  /** The next `count` translate requests answer `status` (429 for "too many requests"). */
  failNext: (status: number, count?: number) => void
  /** Glossaries created and not deleted (DeepL). */
  openGlossaries: () => number
  stop: () => Promise<void>
}

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void

const targetLanguages = ['AR', 'FA', 'UK', 'RU', 'VI', 'TR', 'EN-GB', 'EN-US', 'DE']

function markRuns(text: string, target: string, glossary: Array<[string, string]> = []): string {
  return text
    .split(/(<[^>]+>)/)
    .map((part) => {
      if (part.startsWith('<') || !part.trim()) return part
      let translated = part
      for (const [term, rendering] of glossary) translated = translated.split(term).join(rendering)
      return `[${target}] ${translated}`
    })
    .join('')
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(body === undefined ? undefined : JSON.stringify(body))
}

async function start(handler: Handler): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => handler(req, body, res))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (typeof address !== 'object' || !address) throw new Error('no port')
  return { server, url: `http://127.0.0.1:${address.port}` }
}

function fake(handler: (state: { requests: string[][]; pendingFailures: number[]; glossaries: Map<string, Array<[string, string]>> }) => Handler) {
  return async (): Promise<FakeProvider> => {
    const state = { requests: [] as string[][], pendingFailures: [] as number[], glossaries: new Map<string, Array<[string, string]>>() }
    const { server, url } = await start(handler(state))
    return {
      url,
      requests: state.requests,
      failNext: (status, count = 1) => state.pendingFailures.push(...Array.from({ length: count }, () => status)),
      openGlossaries: () => state.glossaries.size,
      stop: () => new Promise((resolve) => server.close(() => resolve())),
    }
  }
}

/** DeepL's API (https://developers.deepl.com/docs/api-reference); the key `test-key` is valid. */
export const startFakeDeepL = fake((state) => (req, body, res) => {
  if (req.headers.authorization !== 'DeepL-Auth-Key test-key') return send(res, 403, { message: 'Wrong endpoint or authentication key' })
  const path = new URL(req.url ?? '/', 'http://localhost').pathname
  const form = new URLSearchParams(body)
  if (req.method === 'GET' && path === '/v2/usage') return send(res, 200, { character_count: 1200, character_limit: 500000 })
  if (req.method === 'GET' && path === '/v2/languages') return send(res, 200, targetLanguages.map((language) => ({ language, name: language, supports_formality: false })))
  if (req.method === 'GET' && path === '/v2/glossary-language-pairs') {
    return send(res, 200, { supported_languages: targetLanguages.filter((code) => code !== 'DE').map((code) => ({ source_lang: 'de', target_lang: code.slice(0, 2).toLowerCase() })) })
  }
  if (req.method === 'POST' && path === '/v2/glossaries') {
    const id = `glossary-${state.glossaries.size + 1}-${Date.now()}`
    const entries = (form.get('entries') ?? '').split('\n').filter(Boolean).map((line) => line.split('\t') as [string, string])
    state.glossaries.set(id, entries)
    return send(res, 201, {
      glossary_id: id,
      name: form.get('name'),
      ready: true,
      source_lang: form.get('source_lang'),
      target_lang: form.get('target_lang'),
      creation_time: new Date().toISOString(),
      entry_count: entries.length,
    })
  }
  if (req.method === 'DELETE' && path.startsWith('/v2/glossaries/')) {
    state.glossaries.delete(path.slice('/v2/glossaries/'.length))
    return send(res, 204)
  }
  if (req.method === 'POST' && path === '/v2/translate') {
    const failure = state.pendingFailures.shift()
    if (failure) return send(res, failure, { message: failure === 429 ? 'Too many requests' : 'Internal error' })
    const texts = form.getAll('text')
    state.requests.push(texts)
    const target = (form.get('target_lang') ?? '').slice(0, 2).toLowerCase()
    const glossary = state.glossaries.get(form.get('glossary_id') ?? '') ?? []
    if (form.get('tag_handling') !== 'xml') return send(res, 400, { message: 'expected tag_handling=xml' })
    return send(res, 200, { translations: texts.map((text) => ({ detected_source_language: 'DE', text: markRuns(text, target, glossary), billed_characters: text.length })) })
  }
  send(res, 404, { message: 'Not found' })
})

/** LibreTranslate's API (https://docs.libretranslate.com); answers without a key. */
export const startFakeLibreTranslate = fake((state) => (req, body, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname
  if (req.method === 'GET' && path === '/languages') {
    const codes = ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'vi', 'tr']
    return send(res, 200, codes.map((code) => ({ code, name: code, targets: codes.filter((other) => other !== code) })))
  }
  if (req.method === 'POST' && path === '/translate') {
    const failure = state.pendingFailures.shift()
    if (failure) return send(res, failure, { error: failure === 429 ? 'Slowdown: 30 per 1 minute' : 'Internal error' })
    const input = JSON.parse(body) as { q: string | string[]; source: string; target: string; format?: string }
    const texts = Array.isArray(input.q) ? input.q : [input.q]
    state.requests.push(texts)
    if (input.source !== 'de' || input.format !== 'html') return send(res, 400, { error: 'expected source de and format html' })
    const translated = texts.map((text) => markRuns(text, input.target))
    return send(res, 200, { translatedText: Array.isArray(input.q) ? translated : translated[0] })
  }
  send(res, 404, { error: 'Not found' })
})
