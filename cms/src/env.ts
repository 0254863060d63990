import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { validateEmailAddress } from '@verband/content-types/forms'
import { z } from 'zod'

/**
 * The CMS's configuration, read from the environment and checked once, where it enters.
 * Every variable is documented in `.env.example`. A bad value stops the start with one
 * line per problem, naming the variable.
 */

/** Placeholder secrets from examples and tutorials: never acceptable in production. */
const knownPlaceholderSecrets = new Set([
  'change-me',
  'changeme',
  'secret',
  'YOUR_SECRET_HERE',
  'replace-with-at-least-32-random-characters',
])

const booleanFromString = z
  .enum(['true', 'false', '1', '0', ''])
  .default('false')
  .transform((value) => value === 'true' || value === '1')

const httpOrigin = z
  .url({ protocol: /^https?$/ })
  .transform((value) => new URL(value).origin)

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z
    .string()
    .default('file:./data/cms.db')
    .refine((url) => /^(file:|mongodb:\/\/|mongodb\+srv:\/\/)/.test(url), {
      message: 'must start with file: (SQLite), mongodb:// or mongodb+srv:// (MongoDB)',
    }),
  PAYLOAD_SECRET: z.string().optional(),
  DEMO_MODE: booleanFromString,
  DEMO_PASSWORD: z.string().min(4, 'must be at least 4 characters').default('demo'),
  CMS_URL: httpOrigin.default('http://localhost:3000'),
  SITE_URL: httpOrigin.default('http://localhost:4321'),
  PREVIEW_URL: httpOrigin.optional(),
  MEDIA_DIR: z.string().min(1).default('./data/media'),
  // Checked below, so that a malformed SMTP_URL is named without echoing its password.
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().optional(),
  FORMS_NOTIFY_TO: z.string().optional(),
  FORMS_RATE_LIMIT: z.coerce.number().int().min(1).max(1000).default(10),
  PRESS_RECORDS_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  DATA_DIR: z.string().min(1).default('./data'),
  SITE_BUILDS_DIR: z.string().min(1).default('./data/site'),
  SITE_REBUILD: z.enum(['on', 'off']).default('on'),
  SITE_BUILDS_KEPT: z.coerce.number().int().min(2).max(50).default(5),
  SITE_INCREMENTAL: z.enum(['on', 'off']).default('on'),
  DEPLOY_HOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  DEPLOY_MODE: z.enum(['build', 'hook', 'both']).optional(),
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: booleanFromString,
  GRAPHQL: z.enum(['on', 'off']).default('off'),
  // Checked below without stopping the start: a translation provider is an extra, not a need.
  TRANSLATION_PROVIDER: z.string().optional(),
  DEEPL_API_KEY: z.string().optional(),
  DEEPL_SERVER_URL: z.string().optional(),
  LIBRETRANSLATE_URL: z.string().optional(),
  LIBRETRANSLATE_API_KEY: z.string().optional(),
})

/** Machine translation's provider (off by default), or why the configuration could not be used. */
export type TranslationConfig =
  | { provider: 'deepl'; apiKey: string; serverUrl?: string }
  | { provider: 'libretranslate'; url: string; apiKey?: string }
  | { provider: 'off'; problem?: string }

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

function translationConfig(raw: z.infer<typeof schema>): TranslationConfig {
  const provider = raw.TRANSLATION_PROVIDER?.trim().toLowerCase()
  if (!provider || provider === 'off') return { provider: 'off' }
  if (provider === 'deepl') {
    if (!raw.DEEPL_API_KEY) return { provider: 'off', problem: 'TRANSLATION_PROVIDER=deepl needs DEEPL_API_KEY' }
    if (raw.DEEPL_SERVER_URL && !isHttpUrl(raw.DEEPL_SERVER_URL)) return { provider: 'off', problem: 'DEEPL_SERVER_URL must be an http(s) address' }
    return { provider: 'deepl', apiKey: raw.DEEPL_API_KEY, serverUrl: raw.DEEPL_SERVER_URL }
  }
  if (provider === 'libretranslate') {
    if (!raw.LIBRETRANSLATE_URL || !isHttpUrl(raw.LIBRETRANSLATE_URL)) {
      return { provider: 'off', problem: 'TRANSLATION_PROVIDER=libretranslate needs LIBRETRANSLATE_URL, the http(s) address of a LibreTranslate server' }
    }
    return { provider: 'libretranslate', url: raw.LIBRETRANSLATE_URL.replace(/\/+$/, ''), apiKey: raw.LIBRETRANSLATE_API_KEY }
  }
  return { provider: 'off', problem: `TRANSLATION_PROVIDER must be deepl, libretranslate or empty, not "${raw.TRANSLATION_PROVIDER}"` }
}

export type Env = {
  nodeEnv: 'development' | 'test' | 'production'
  databaseUrl: string
  databaseKind: 'sqlite' | 'mongodb'
  payloadSecret: string
  demoMode: boolean
  demoPassword: string
  cmsUrl: string
  siteUrl: string
  /** Where editors' browsers reach the draft preview server (its pages live under `/preview/`). */
  previewUrl: string
  mediaDir: string
  dataDir: string
  /** Outgoing email over SMTP (form notifications, password resets); without it no email is sent. */
  smtp?: { url: string; host: string; from: MailAddress }
  /** The website's forms: who is notified of a submission, and how many posts one address may send per hour. */
  forms: { notifyTo: string[]; postsPerHour: number }
  /** How long the press list keeps its send records and the log of personal links opened. */
  pressRecordsMonths: number
  /** How many reverse proxies in front of the CMS append to X-Forwarded-For (0: none trusted). */
  trustedProxies: number
  /** Where website builds are made and where `live` (a symlink to the current one) lives. */
  siteBuildsDir: string
  /** Whether published changes rebuild the website (off for tests that don't need it). */
  siteRebuild: boolean
  /** How many builds stay on disk for rollback, the live one included. */
  siteBuildsKept: number
  /** Whether a build renders only the pages whose content changed (see .env.example). */
  siteIncremental: boolean
  /** Build the site here, call a static host's deploy hook, or both (see .env.example). */
  deploy: { build: boolean; hookUrl?: string }
  /** Media on S3-compatible object storage instead of MEDIA_DIR, when a bucket is set. */
  s3?: { bucket: string; region: string; endpoint?: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean }
  /** Whether /api/graphql answers (with depth and complexity limits; see src/security/graphql.ts). */
  graphQL: boolean
  /** Machine translation (src/translation/providers): off unless configured. */
  translation: TranslationConfig
}

/** The repository root (the folder with `turbo.json`), so relative paths mean the same from every workspace. */
export function findRepoRoot(from = process.cwd()): string {
  // Paths here are runtime configuration, not files the server bundle needs traced.
  const start = path.resolve(/*turbopackIgnore: true*/ from)
  let dir = start
  while (!existsSync(path.join(dir, 'turbo.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir) return start
    dir = parent
  }
  return dir
}

function resolveFromRoot(root: string, target: string): string {
  return path.isAbsolute(target) ? target : path.join(root, target)
}

/** `file:./data/cms.db` → `file:/abs/repo/data/cms.db`; MongoDB URLs pass through. */
function resolveDatabaseUrl(root: string, url: string): string {
  if (!url.startsWith('file:')) return url
  return `file:${resolveFromRoot(root, url.slice('file:'.length))}`
}

function isLocalhost(origin: string): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(new URL(origin).hostname)
}

/**
 * Outside production a missing secret is generated once and kept in the data folder, so
 * that sessions survive restarts and no known secret exists anywhere.
 */
function generatedSecret(dataDir: string): string {
  const file = path.join(dataDir, 'payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  chmodSync(file, 0o600)
  return secret
}

export type MailAddress = { name: string; address: string }

/** `Verband CMS <cms@example.org>` or `cms@example.org`. */
function parseMailAddress(value: string): MailAddress | undefined {
  const match = value.trim().match(/^(?:"?([^"<>]*?)"?\s*<([^<>]+)>|([^<>\s]+))$/)
  const address = (match?.[2] ?? match?.[3])?.trim()
  if (!address || validateEmailAddress(address) !== true) return undefined
  return { name: match?.[1]?.trim() ?? '', address }
}

/** The SMTP server's host, or undefined for anything but an smtp:// or smtps:// URL with a host. */
function smtpHost(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    return ['smtp:', 'smtps:'].includes(parsed.protocol) && parsed.hostname ? parsed.hostname : undefined
  } catch {
    return undefined
  }
}

/** The preview server's default address: the CMS's host, port 4322 (as `npm start` runs it). */
function defaultPreviewUrl(cmsUrl: string): string {
  const url = new URL(cmsUrl)
  url.port = '4322'
  return url.origin
}

export class EnvError extends Error {
  constructor(problems: string[]) {
    super(`Invalid CMS configuration (see .env.example):\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'EnvError'
  }
}

export function parseEnv(source: Record<string, string | undefined>, root = findRepoRoot()): Env {
  // An empty variable (as in a copied .env.example) means "not set".
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== '')))
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`))
  }
  const raw = parsed.data
  const problems: string[] = []
  const databaseKind = raw.DATABASE_URL.startsWith('file:') ? 'sqlite' : 'mongodb'
  // `next build` evaluates the config without serving anything; the secret is checked at start.
  const isBuildPhase = source.NEXT_PHASE === 'phase-production-build'
  const isProduction = raw.NODE_ENV === 'production' && !raw.DEMO_MODE && !isBuildPhase

  if (raw.DEMO_MODE && databaseKind !== 'sqlite') {
    problems.push('DEMO_MODE: demo mode runs only on the embedded SQLite database (DATABASE_URL=file:…)')
  }
  if (raw.DEMO_MODE && !(isLocalhost(raw.CMS_URL) && isLocalhost(raw.SITE_URL))) {
    problems.push('DEMO_MODE: demo mode runs only on localhost (CMS_URL and SITE_URL); its logins are public')
  }
  const secret = raw.PAYLOAD_SECRET?.trim()
  if (isProduction) {
    if (!secret) problems.push('PAYLOAD_SECRET: required in production (at least 32 random characters)')
    else if (knownPlaceholderSecrets.has(secret)) problems.push('PAYLOAD_SECRET: is a placeholder from an example; set a random secret')
    else if (secret.length < 32) problems.push('PAYLOAD_SECRET: must be at least 32 characters in production')
  }
  const deployMode = raw.DEPLOY_MODE ?? (raw.DEPLOY_HOOK_URL ? 'both' : 'build')
  if (deployMode !== 'build' && !raw.DEPLOY_HOOK_URL) problems.push(`DEPLOY_MODE: "${deployMode}" needs DEPLOY_HOOK_URL`)
  if (raw.S3_BUCKET && !(raw.S3_ACCESS_KEY_ID && raw.S3_SECRET_ACCESS_KEY)) {
    problems.push('S3_BUCKET: media on object storage needs S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY')
  }
  // The preview knows the editor by the admin's login cookie, which browsers send to the CMS's host only.
  const previewUrl = raw.PREVIEW_URL ?? defaultPreviewUrl(raw.CMS_URL)
  if (new URL(previewUrl).hostname !== new URL(raw.CMS_URL).hostname) {
    problems.push(`PREVIEW_URL: must be on the CMS's host (${new URL(raw.CMS_URL).hostname}, any port), where the admin's login cookie reaches it; got ${previewUrl}`)
  }
  const smtp = raw.SMTP_URL ? { url: raw.SMTP_URL, host: smtpHost(raw.SMTP_URL), from: raw.SMTP_FROM ? parseMailAddress(raw.SMTP_FROM) : undefined } : undefined
  if (smtp && !smtp.host) problems.push('SMTP_URL: must look like smtp://user:password@mail.example.org:587 or smtps://…:465 (URL-encode special characters in the password)')
  if (smtp && !raw.SMTP_FROM) problems.push('SMTP_FROM: required with SMTP_URL: the sender of the CMS\'s emails, e.g. "Verband CMS <cms@example.org>"')
  else if (raw.SMTP_FROM && !smtp?.from) problems.push('SMTP_FROM: must be an email address, optionally with a name: "Verband CMS <cms@example.org>"')
  const notifyTo = (raw.FORMS_NOTIFY_TO ?? '').split(/[,;]/).map((address) => address.trim()).filter(Boolean)
  const badRecipients = notifyTo.filter((address) => validateEmailAddress(address) !== true)
  if (badRecipients.length > 0) problems.push(`FORMS_NOTIFY_TO: not an email address: ${badRecipients.join(', ')} (separate several with commas)`)
  if (notifyTo.length > 0 && !raw.SMTP_URL) problems.push('FORMS_NOTIFY_TO: needs SMTP_URL (and SMTP_FROM) to send the notifications')
  if (problems.length > 0) throw new EnvError(problems)

  const dataDir = resolveFromRoot(root, raw.DATA_DIR)
  return {
    nodeEnv: raw.NODE_ENV,
    databaseUrl: resolveDatabaseUrl(root, raw.DATABASE_URL),
    databaseKind,
    payloadSecret: secret || (isBuildPhase ? 'build-phase-only-secret-never-served' : generatedSecret(dataDir)),
    demoMode: raw.DEMO_MODE,
    demoPassword: raw.DEMO_PASSWORD,
    cmsUrl: raw.CMS_URL,
    siteUrl: raw.SITE_URL,
    previewUrl,
    mediaDir: resolveFromRoot(root, raw.MEDIA_DIR),
    dataDir,
    smtp: smtp?.host && smtp.from ? { url: smtp.url, host: smtp.host, from: smtp.from } : undefined,
    forms: { notifyTo, postsPerHour: raw.FORMS_RATE_LIMIT },
    pressRecordsMonths: raw.PRESS_RECORDS_MONTHS,
    trustedProxies: raw.TRUSTED_PROXIES,
    siteBuildsDir: resolveFromRoot(root, raw.SITE_BUILDS_DIR),
    siteRebuild: raw.SITE_REBUILD === 'on',
    siteBuildsKept: raw.SITE_BUILDS_KEPT,
    siteIncremental: raw.SITE_INCREMENTAL === 'on',
    deploy: { build: deployMode !== 'hook', hookUrl: deployMode === 'build' ? undefined : raw.DEPLOY_HOOK_URL },
    s3: raw.S3_BUCKET
      ? {
          bucket: raw.S3_BUCKET,
          region: raw.S3_REGION,
          endpoint: raw.S3_ENDPOINT,
          accessKeyId: raw.S3_ACCESS_KEY_ID!,
          secretAccessKey: raw.S3_SECRET_ACCESS_KEY!,
          forcePathStyle: raw.S3_FORCE_PATH_STYLE,
        }
      : undefined,
    graphQL: raw.GRAPHQL === 'on',
    translation: translationConfig(raw),
  }
}

let cached: Env | undefined

/** The validated configuration of this process, parsed on first use. */
export function loadEnv(): Env {
  cached ??= parseEnv(process.env)
  return cached
}
