import { spawn } from 'node:child_process'
import path from 'node:path'

import { findRepoRoot } from '../env.ts'

export type SiteBuildOutcome = { ok: true; pages: number; log: string } | { ok: false; error: string; log: string }

/**
 * Runs the website's build (site/build/cli.ts) in its own process, so a crashing or
 * memory-hungry build cannot take the CMS down, and collects its output. The CMS does not
 * import the website's code: the build reads the CMS over HTTP like any other machine would.
 */
export type SiteBuildOptions = {
  outDir: string
  cmsUrl: string
  siteUrl: string
  /** The build's cache (encoded images; for incremental builds the previous build's pages): one per line of builds. */
  cacheDir: string
  /** Render only the pages whose content or code changed. */
  incremental: boolean
  /** Render every page all the same (and start the incremental cache afresh). */
  force?: boolean
}

export function runSiteBuild(options: SiteBuildOptions): Promise<SiteBuildOutcome> {
  const siteDir = path.join(findRepoRoot(), 'site')
  return new Promise((resolve) => {
    let log = ''
    const child = spawn(process.execPath, ['--import', 'tsx', 'build/cli.ts', ...(options.force ? ['--force'] : [])], {
      cwd: siteDir,
      env: {
        ...process.env,
        // The build is a plain Node process, not part of the CMS's Next.js server.
        NODE_ENV: 'production',
        CMS_URL: options.cmsUrl,
        SITE_URL: options.siteUrl,
        SITE_OUT_DIR: options.outDir,
        SITE_CACHE_DIR: options.cacheDir,
        SITE_INCREMENTAL: options.incremental ? 'on' : 'off',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    // If the CMS stops mid-build, the build stops with it (the next start builds again).
    const stopBuild = () => child.kill('SIGTERM')
    process.once('exit', stopBuild)
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.on('error', (error) => resolve({ ok: false, error: error.message, log }))
    child.on('exit', (code) => {
      process.off('exit', stopBuild)
      const pages = Number(log.match(/Built (\d+) pages/)?.[1] ?? 0)
      if (code === 0 && pages > 0) resolve({ ok: true, pages, log })
      else resolve({ ok: false, error: lastLines(log, 8) || `the build exited with ${code}`, log })
    })
  })
}

export function lastLines(text: string, count: number): string {
  return text.trim().split('\n').slice(-count).join('\n')
}
