import { lastLines, runSiteScript } from './siteScript.ts'

export type SiteBuildOutcome = { ok: true; pages: number; log: string } | { ok: false; error: string; log: string }

/**
 * Runs the website's build (site/build/cli.ts) in its own process and collects its output.
 * The build reads the CMS over HTTP like any other machine would.
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

export async function runSiteBuild(options: SiteBuildOptions): Promise<SiteBuildOutcome> {
  let result
  try {
    result = await runSiteScript('build/cli.ts', {
      args: options.force ? ['--force'] : [],
      env: {
        CMS_URL: options.cmsUrl,
        SITE_URL: options.siteUrl,
        SITE_OUT_DIR: options.outDir,
        SITE_CACHE_DIR: options.cacheDir,
        SITE_INCREMENTAL: options.incremental ? 'on' : 'off',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    })
  } catch (error) {
    return { ok: false, error: (error as Error).message, log: '' }
  }
  const { code, log } = result
  const pages = Number(log.match(/Built (\d+) pages/)?.[1] ?? 0)
  if (code === 0 && pages > 0) return { ok: true, pages, log }
  return { ok: false, error: lastLines(log, 8) || `the build exited with ${code}`, log }
}
