/**
 * The website build's configuration, checked where it enters. Read by the Astro config and
 * by the CMS client; every variable is documented in the repository's `.env.example`.
 */
function originFrom(name: string, fallback: string): string {
  const value = process.env[name] || fallback
  try {
    const url = new URL(value)
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin
  } catch {
    // reported below with the variable's name
  }
  throw new Error(`Invalid website build configuration: ${name} must be an http(s) URL, got "${value}"`)
}

function onOff(name: string, fallback: 'on' | 'off'): boolean {
  const value = process.env[name] || fallback
  if (value !== 'on' && value !== 'off') throw new Error(`Invalid website build configuration: ${name} must be "on" or "off", got "${value}"`)
  return value === 'on'
}

export type SiteEnv = {
  /** Where the build reads published content (the CMS's REST API). */
  cmsUrl: string
  /**
   * Where visitors' browsers reach the CMS: the forms post there. The build's CMS_URL unless
   * the build reads the CMS at another address (an internal one) than the public's.
   */
  publicCmsUrl: string
  /** The public address of the website: canonical URLs, feeds, sitemap. */
  siteUrl: string
  /** Folder the static site is written to. */
  outDir: string
  /**
   * Astro's cache folder: encoded images and, for incremental builds, the pages of the
   * previous build with their cache keys. One folder per line of builds: two builds must
   * never share it at the same time.
   */
  cacheDir: string
  /** Incremental build: pages whose data and code are unchanged are reused, not rendered. */
  incremental: boolean
}

export function siteEnv(): SiteEnv {
  const cmsUrl = originFrom('CMS_URL', 'http://localhost:3000')
  return {
    cmsUrl,
    publicCmsUrl: originFrom('PUBLIC_CMS_URL', cmsUrl),
    siteUrl: originFrom('SITE_URL', 'http://localhost:4321'),
    outDir: process.env.SITE_OUT_DIR || './dist',
    cacheDir: process.env.SITE_CACHE_DIR || './.cache',
    incremental: onOff('SITE_INCREMENTAL', 'on'),
  }
}
