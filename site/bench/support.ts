import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lastLines } from '../build/buildSite.ts'
import { parseBuildSummary, type BuildSummary } from '../build/buildSummary.ts'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The value below which `p` percent of the sorted samples lie (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export type StaticServerProcess = { url: string; pid: number; stop: () => void }

/**
 * The website's static server (`server/cli.ts`) in a process of its own, as production runs
 * it: a benchmark measuring it, or driving load at it, must not share its event loop.
 */
export async function startStaticServerProcess({ root, port }: { root: string; port: number }): Promise<StaticServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts'], {
    cwd: siteDir,
    env: { ...process.env, SITE_ROOT: root, SITE_PORT: String(port) },
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The static server exited with ${child.exitCode}`)
    // Any answer (a 404 before the first build included) means it listens.
    if (await fetch(`${url}/`).then(() => true, () => false)) break
    if (Date.now() > deadline) {
      child.kill()
      throw new Error('The static server did not answer within 30 s')
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { url, pid: child.pid!, stop: () => child.kill() }
}

/**
 * A full build as the CMS runs one: `build/cli.ts` in a process of its own (so the memory
 * measured is the build's alone), into `outDir`, with Astro's cache in `site/.cache`.
 */
export function runBuildProcess({ outDir, cmsUrl, siteUrl }: { outDir: string; cmsUrl: string; siteUrl: string }): Promise<BuildSummary> {
  return new Promise((resolve, reject) => {
    let output = ''
    const child = spawn(process.execPath, ['--import', 'tsx', 'build/cli.ts'], {
      cwd: siteDir,
      env: { ...process.env, NODE_ENV: 'production', CMS_URL: cmsUrl, SITE_URL: siteUrl, SITE_OUT_DIR: outDir, SITE_INCREMENTAL: 'off', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => {
      const summary = parseBuildSummary(output)
      if (code === 0 && summary) resolve(summary)
      else reject(new Error(`The build failed (exit ${code}): ${lastLines(output, 10)}`))
    })
  })
}
