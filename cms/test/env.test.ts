import { describe, expect, it } from 'vitest'

import { emailSetupSummary } from '../src/email.ts'
import { EnvError, parseEnv } from '../src/env.ts'

const root = '/srv/verband'
const strongSecret = 'a'.repeat(16) + 'b'.repeat(16) + 'c'.repeat(8)

function problemsOf(source: Record<string, string>): string {
  try {
    parseEnv(source, root)
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError)
    return (error as Error).message
  }
  throw new Error('expected the configuration to be refused')
}

describe('CMS configuration', () => {
  it('defaults to the embedded SQLite file under data/, resolved from the repository root', () => {
    const env = parseEnv({ NODE_ENV: 'test', PAYLOAD_SECRET: strongSecret }, root)
    expect(env.databaseKind).toBe('sqlite')
    expect(env.databaseUrl).toBe('file:/srv/verband/data/cms.db')
    expect(env.mediaDir).toBe('/srv/verband/data/media')
  })

  it('selects MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    for (const url of ['mongodb://db.internal:27017/verband', 'mongodb+srv://cluster.example.net/verband']) {
      const env = parseEnv({ NODE_ENV: 'production', DATABASE_URL: url, PAYLOAD_SECRET: strongSecret }, root)
      expect(env.databaseKind).toBe('mongodb')
      expect(env.databaseUrl).toBe(url)
    }
  })

  it('names a malformed DATABASE_URL and explains the accepted forms', () => {
    expect(problemsOf({ DATABASE_URL: 'postgres://localhost/db' })).toMatch(/DATABASE_URL: must start with file:.*mongodb/)
  })

  it('refuses to start in production without a secret', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toMatch(/PAYLOAD_SECRET: required in production/)
  })

  it('refuses a placeholder or short secret in production', () => {
    expect(problemsOf({ NODE_ENV: 'production', PAYLOAD_SECRET: 'change-me' })).toMatch(/PAYLOAD_SECRET: is a placeholder/)
    expect(problemsOf({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short-secret' })).toMatch(/PAYLOAD_SECRET: must be at least 32/)
  })

  it('refuses demo mode on MongoDB and on a public address, listing every problem at once', () => {
    const message = problemsOf({
      DEMO_MODE: 'true',
      DATABASE_URL: 'mongodb://db.internal/verband',
      CMS_URL: 'https://cms.example.org',
    })
    expect(message).toMatch(/DEMO_MODE: demo mode runs only on the embedded SQLite database/)
    expect(message).toMatch(/DEMO_MODE: demo mode runs only on localhost/)
  })

  it('puts the draft preview on the CMS host, port 4322, unless PREVIEW_URL says otherwise, and only on that host', () => {
    expect(parseEnv({ PAYLOAD_SECRET: strongSecret }, root).previewUrl).toBe('http://localhost:4322')
    expect(parseEnv({ PAYLOAD_SECRET: strongSecret, CMS_URL: 'http://127.0.0.1:3100' }, root).previewUrl).toBe('http://127.0.0.1:4322')
    expect(parseEnv({ PAYLOAD_SECRET: strongSecret, CMS_URL: 'https://cms.example.org', PREVIEW_URL: 'https://cms.example.org/' }, root).previewUrl).toBe('https://cms.example.org')
    expect(problemsOf({ CMS_URL: 'https://cms.example.org', PREVIEW_URL: 'https://preview.example.org' })).toMatch(/PREVIEW_URL: must be on the CMS's host \(cms\.example\.org/)
    expect(problemsOf({ PREVIEW_URL: 'localhost:4322' })).toMatch(/PREVIEW_URL/)
  })

  it('builds the site by default, adds a deploy hook when one is configured, and can leave building to the host', () => {
    expect(parseEnv({ PAYLOAD_SECRET: strongSecret }, root).deploy).toEqual({ build: true, hookUrl: undefined })
    const hook = 'https://api.example-host.org/build_hooks/123'
    expect(parseEnv({ PAYLOAD_SECRET: strongSecret, DEPLOY_HOOK_URL: hook }, root).deploy).toEqual({ build: true, hookUrl: hook })
    expect(parseEnv({ PAYLOAD_SECRET: strongSecret, DEPLOY_HOOK_URL: hook, DEPLOY_MODE: 'hook' }, root).deploy).toEqual({ build: false, hookUrl: hook })
    expect(problemsOf({ DEPLOY_MODE: 'hook' })).toMatch(/DEPLOY_MODE: "hook" needs DEPLOY_HOOK_URL/)
  })

  it('treats empty variables, as in a copied .env.example, as not set', () => {
    const env = parseEnv({ NODE_ENV: 'test', PAYLOAD_SECRET: strongSecret, DEPLOY_HOOK_URL: '', DEPLOY_MODE: '', DATABASE_URL: '' }, root)
    expect(env.deploy).toEqual({ build: true, hookUrl: undefined })
    expect(env.databaseKind).toBe('sqlite')
  })

  it('leaves machine translation off unless a provider is configured, and says what is missing without refusing to start', () => {
    const base = { NODE_ENV: 'test', PAYLOAD_SECRET: strongSecret }
    expect(parseEnv(base, root).translation).toEqual({ provider: 'off' })
    expect(parseEnv({ ...base, TRANSLATION_PROVIDER: 'deepl', DEEPL_API_KEY: 'key:fx', DEEPL_SERVER_URL: 'http://127.0.0.1:9000' }, root).translation).toEqual({
      provider: 'deepl',
      apiKey: 'key:fx',
      serverUrl: 'http://127.0.0.1:9000',
    })
    expect(parseEnv({ ...base, TRANSLATION_PROVIDER: 'LibreTranslate', LIBRETRANSLATE_URL: 'https://lt.example.org/' }, root).translation).toEqual({
      provider: 'libretranslate',
      url: 'https://lt.example.org',
      apiKey: undefined,
    })
    expect(parseEnv({ ...base, TRANSLATION_PROVIDER: 'deepl' }, root).translation).toEqual({ provider: 'off', problem: expect.stringMatching(/needs DEEPL_API_KEY/) })
    expect(parseEnv({ ...base, TRANSLATION_PROVIDER: 'deepl', DEEPL_API_KEY: 'k', DEEPL_SERVER_URL: 'ftp://x' }, root).translation).toMatchObject({ problem: expect.stringMatching(/DEEPL_SERVER_URL/) })
    expect(parseEnv({ ...base, TRANSLATION_PROVIDER: 'libretranslate' }, root).translation).toMatchObject({ problem: expect.stringMatching(/needs LIBRETRANSLATE_URL/) })
    expect(parseEnv({ ...base, TRANSLATION_PROVIDER: 'google' }, root).translation).toMatchObject({ problem: expect.stringMatching(/deepl, libretranslate or empty, not "google"/) })
  })

  it('keeps GraphQL off unless GRAPHQL=on, and names any other value', () => {
    expect(parseEnv({ NODE_ENV: 'test', PAYLOAD_SECRET: strongSecret }, root).graphQL).toBe(false)
    expect(parseEnv({ NODE_ENV: 'test', PAYLOAD_SECRET: strongSecret, GRAPHQL: 'on' }, root).graphQL).toBe(true)
    expect(problemsOf({ GRAPHQL: 'yes' })).toMatch(/GRAPHQL/)
  })

  it('names malformed URLs and booleans', () => {
    const message = problemsOf({ CMS_URL: 'not a url', DEMO_MODE: 'yes' })
    expect(message).toMatch(/CMS_URL/)
    expect(message).toMatch(/DEMO_MODE/)
  })

  it('configures outgoing email from SMTP_URL, SMTP_FROM and FORMS_NOTIFY_TO', () => {
    const env = parseEnv(
      { PAYLOAD_SECRET: strongSecret, SMTP_URL: 'smtps://cms%40example.org:p%40ss@mail.example.org:465', SMTP_FROM: 'Verband CMS <cms@example.org>', FORMS_NOTIFY_TO: 'redaktion@example.org, presse@example.org' },
      root,
    )
    expect(env.smtp).toEqual({ url: 'smtps://cms%40example.org:p%40ss@mail.example.org:465', host: 'mail.example.org', from: { name: 'Verband CMS', address: 'cms@example.org' } })
    expect(env.forms.notifyTo).toEqual(['redaktion@example.org', 'presse@example.org'])
    expect(emailSetupSummary(env)).toBe('Email: SMTP via mail.example.org, sender cms@example.org; form submissions are sent to redaktion@example.org, presse@example.org.')
  })

  it('sends no email without SMTP_URL, and says where submissions wait', () => {
    const env = parseEnv({ PAYLOAD_SECRET: strongSecret }, root)
    expect(env.smtp).toBeUndefined()
    expect(emailSetupSummary(env)).toMatch(/^Email: not configured \(no SMTP_URL\)\. No email is sent: form submissions wait in the admin/)
  })

  it('names each email problem without echoing the password', () => {
    const badUrl = problemsOf({ SMTP_URL: 'mail.example.org:secret-password', SMTP_FROM: 'cms@example.org' })
    expect(badUrl).toMatch(/SMTP_URL: must look like smtp:\/\/user:password@/)
    expect(badUrl).not.toMatch(/secret-password/)
    expect(problemsOf({ SMTP_URL: 'smtp://mail.example.org:587' })).toMatch(/SMTP_FROM: required with SMTP_URL/)
    expect(problemsOf({ SMTP_URL: 'smtp://mail.example.org', SMTP_FROM: 'Verband <not an address>' })).toMatch(/SMTP_FROM: must be an email address/)
    expect(problemsOf({ FORMS_NOTIFY_TO: 'redaktion@example.org' })).toMatch(/FORMS_NOTIFY_TO: needs SMTP_URL/)
    expect(problemsOf({ SMTP_URL: 'smtp://mail.example.org', SMTP_FROM: 'cms@example.org', FORMS_NOTIFY_TO: 'ok@example.org, redaktion' })).toMatch(/FORMS_NOTIFY_TO: not an email address: redaktion/)
  })

  it('defaults the forms to 10 posts per address and hour and trusts no proxy', () => {
    const env = parseEnv({ PAYLOAD_SECRET: strongSecret }, root)
    expect(env.forms.postsPerHour).toBe(10)
    expect(env.trustedProxies).toBe(0)
    expect(problemsOf({ TRUSTED_PROXIES: '-1' })).toMatch(/TRUSTED_PROXIES/)
  })
})
