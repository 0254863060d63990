// `npm start`: the whole product on the embedded SQLite database, in demo mode.
// Builds the CMS (cached by Turborepo), seeds an empty database, starts the CMS on
// http://localhost:3000 (which builds the website and rebuilds it on every published change),
// serves the live website on http://localhost:4321 and the draft preview on
// http://localhost:4322/preview/, and prints what runs where.
// Ctrl+C stops everything.
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { demoAccounts } from '../content-types/src/demoAccounts.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cmsDir = path.join(root, 'cms')
const cmsPort = process.env.PORT ?? '3000'
const cmsUrl = process.env.CMS_URL ?? `http://localhost:${cmsPort}`
const sitePort = process.env.SITE_PORT ?? '4321'
const siteUrl = process.env.SITE_URL ?? `http://localhost:${sitePort}`
const previewPort = process.env.PREVIEW_PORT ?? '4322'
const previewUrl = process.env.PREVIEW_URL ?? `http://localhost:${previewPort}`

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  CMS_URL: cmsUrl,
  SITE_URL: siteUrl,
  SITE_PORT: sitePort,
  PREVIEW_URL: previewUrl,
  PREVIEW_PORT: previewPort,
}
// Demo mode (demo logins, generated secret) belongs to the embedded database only; the CMS
// refuses it anywhere else.
const embedded = !env.DATABASE_URL || env.DATABASE_URL.startsWith('file:')
if (embedded && env.DEMO_MODE === undefined) env.DEMO_MODE = 'true'

const children = []
function stopAll(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  process.exit(code)
}
process.on('SIGINT', () => stopAll(0))
process.on('SIGTERM', () => stopAll(0))
function step(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`)
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', ...options })
  if (result.status !== 0) {
    console.error(`✖ ${title} failed (exit ${result.status ?? result.signal}).`)
    stopAll(result.status ?? 1)
  }
}

async function waitFor(url, child, seconds) {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`stopped with exit code ${child.exitCode}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet: try again until the deadline
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`no answer from ${url} within ${seconds} s`)
}

/** Refuses to start next to another server on the same port (its answers would be mistaken for ours). */
async function ensurePortFree(port, what) {
  const inUse = await new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(true))
    probe.listen(Number(port), () => probe.close(() => resolve(false)))
  })
  if (inUse) {
    console.error(`✖ Port ${port} is already in use; stop what runs there or set ${what}.`)
    process.exit(1)
  }
}

await ensurePortFree(cmsPort, 'PORT')
await ensurePortFree(sitePort, 'SITE_PORT')
await ensurePortFree(previewPort, 'PREVIEW_PORT')

step('Building the CMS (cached after the first run)', 'npx', ['turbo', 'run', 'build', '--filter=@verband/cms', '--output-logs=errors-only'])
// A few seconds: the website's pages, compiled to render drafts on request.
step('Building the draft preview', 'npm', ['run', 'build:preview', '-w', '@verband/site', '--', '--silent'])
step('Preparing the database (migrations, seed if empty)', 'npm', ['run', 'seed', '-w', '@verband/seed', '--', '--if-empty'])

const nextBin = createRequire(path.join(cmsDir, 'package.json')).resolve('next/dist/bin/next')
console.log(`\n▶ Starting the CMS on ${cmsUrl}`)
const cms = spawn(process.execPath, [nextBin, 'start', '--port', cmsPort], { cwd: cmsDir, env, stdio: 'inherit' })

children.push(cms)
cms.on('exit', (code) => {
  console.error(`The CMS stopped (exit ${code}).`)
  stopAll(code ?? 1)
})

try {
  await waitFor(`${cmsUrl}/api/values?limit=0`, cms, 120)
} catch (error) {
  console.error(`✖ The CMS did not start: ${error.message}`)
  stopAll(1)
}

// The CMS builds the website itself (its publish pipeline) and rebuilds it on every published
// change; the static server serves whatever build is live.
env.SITE_ROOT = path.resolve(root, env.SITE_BUILDS_DIR ?? 'data/site', 'live')
console.log(`\n▶ Serving the website on ${siteUrl} (the CMS builds it; the first build takes a few seconds)`)
const site = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts'], { cwd: path.join(root, 'site'), env, stdio: 'inherit' })
children.push(site)
site.on('exit', (code) => {
  console.error(`The website server stopped (exit ${code}).`)
  stopAll(code ?? 1)
})
try {
  await waitFor(`${siteUrl}/de/`, site, 180)
} catch (error) {
  console.error(`✖ The website server did not start: ${error.message}`)
  stopAll(1)
}

// The admin's preview button opens it; it answers logged-in editors only.
console.log(`\n▶ Starting the draft preview on ${previewUrl}/preview/`)
const preview = spawn(process.execPath, ['--import', 'tsx', 'preview/cli.ts'], { cwd: path.join(root, 'site'), env, stdio: 'inherit' })
children.push(preview)
preview.on('exit', (code) => {
  console.error(`The draft preview stopped (exit ${code}).`)
  stopAll(code ?? 1)
})
try {
  await waitFor(`${previewUrl}/preview/favicon.svg`, preview, 30)
} catch (error) {
  console.error(`✖ The draft preview did not start: ${error.message}`)
  stopAll(1)
}

const lines = [
  '',
  'Running:',
  `  Website     ${siteUrl}  (German: ${siteUrl}/de/, Arabic: ${siteUrl}/ar/, …)`,
  `  CMS admin   ${cmsUrl}/admin`,
  `  Preview     ${previewUrl}/preview/  (drafts, for logged-in editors: the preview button in the admin)`,
  `  REST API    ${cmsUrl}/api   (e.g. ${cmsUrl}/api/values?locale=de)`,
  `  Database    ${env.DATABASE_URL ?? 'file:./data/cms.db'}`,
]
if (env.DEMO_MODE === 'true') {
  lines.push('', `Demo logins (password: ${env.DEMO_PASSWORD ?? 'demo'}):`)
  for (const account of demoAccounts) lines.push(`  ${account.role.padEnd(7)} ${account.email}`)
}
lines.push('', 'Stop with Ctrl+C.')
console.log(lines.join('\n'))
