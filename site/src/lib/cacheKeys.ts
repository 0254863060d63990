import { createHash } from 'node:crypto'

import { getSiteSettings } from '../cms/queries.ts'
import { siteEnv, type SiteEnv } from '../env.ts'
import { localeParams } from './routes.ts'

/**
 * Cache keys for incremental builds (`experimental.incrementalBuild`). Astro reuses a page
 * from the previous build, unrendered, when the `cacheKey` its `getStaticPaths` entry returns
 * and the page's code (its whole module graph, UI strings included) are unchanged.
 *
 * So a key must cover every piece of CMS data the page shows:
 * - its own document in all locales (related documents come embedded, `depth=1`, so a
 *   renamed member or goal changes the key of every story that shows it);
 * - every list it shows, as the page shows it (the three newest stories on the home page,
 *   all stories on the stories index);
 * - what every page shows: the site settings (name in the header, footer) and the build's
 *   settings that pages show (the public addresses of the site and the CMS, in links and
 *   form actions). `pageKey` adds them to each key.
 * A key that misses something serves a stale page; one that covers too much only costs a
 * render. When in doubt, add it. `test/incremental.test.ts` compares incremental builds with
 * full builds after changes of each kind.
 */

/** Bump to re-render every page once, e.g. after changing what keys cover. */
const keyVersion = 1

// Lists and documents come from the CMS client's per-build response cache, so the same
// object is hashed once even when nine locales of a page ask for it.
const digests = new WeakMap<object, string>()

function digest(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    const known = digests.get(value)
    if (known) return known
    const computed = createHash('sha256').update(JSON.stringify(value) ?? 'undefined').digest('base64url')
    digests.set(value, computed)
    return computed
  }
  return createHash('sha256').update(JSON.stringify(value) ?? 'undefined').digest('base64url')
}

/**
 * The build's settings a page may show (the site's and the CMS's public addresses, …): all
 * of them but those about where and how the build runs, which change no page.
 */
function shownSettings(): string {
  const shown: Partial<SiteEnv> = { ...siteEnv() }
  delete shown.outDir
  delete shown.cacheDir
  delete shown.incremental
  return JSON.stringify(shown)
}

/** The key of a page showing `parts` (documents, lists, values) besides what every page shows. */
export async function pageKey(...parts: unknown[]): Promise<string> {
  const shared = digest(await getSiteSettings())
  const hash = createHash('sha256').update(`v${keyVersion}\n${shownSettings()}\n${shared}`)
  for (const part of parts) hash.update(`\n${digest(part)}`)
  return hash.digest('base64url')
}

/**
 * `localeParams` with a cache key: for pages that exist once per locale. (`localeParams`
 * itself stays without: it serves as `getStaticPaths` of unkeyed pages, which Astro calls
 * with an argument of its own.)
 */
export function keyedLocaleParams(cacheKey: string) {
  return localeParams().map((entry) => ({ ...entry, cacheKey }))
}
