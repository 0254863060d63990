import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { examplePressReleases } from '@verband/seed'
import { inject } from 'vitest'

import { listFiles } from '../../build/checkSite.ts'

/** The built site of this test run (see test/setup/globalSetup.ts). */
export const outDir = () => inject('outDir')
export const siteUrl = () => inject('siteUrl')

/** The file behind a site path (`/de/` → dist/de/index.html). */
export function builtFile(urlPath: string): string {
  return path.join(outDir(), urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath)
}

export function builtHtml(urlPath: string): string {
  const file = builtFile(urlPath)
  if (!existsSync(file)) throw new Error(`${urlPath} was not built (${file})`)
  return readFileSync(file, 'utf8')
}

/** The example releases the public may see now: all but the one under embargo. */
export const releasedExamplePressReleases = examplePressReleases.filter((release) => release.embargoDaysAfterSeeding === undefined)

/**
 * Where any of the texts occurs in a built site: every page, feed, sitemap and search index
 * fragment (Pagefind gzips those), as `file: text`. For "must never be published" checks.
 */
export async function occurrencesInSite(root: string, texts: string[]): Promise<string[]> {
  const found: string[] = []
  for (const file of await listFiles(root)) {
    if (file.endsWith('.br') || file.endsWith('.gz') || /\.(jpe?g|png|webp|avif|woff2?|pdf|zip)$/.test(file)) continue
    const raw = readFileSync(file)
    const text = file.endsWith('.pf_fragment') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8')
    for (const needle of texts) if (text.includes(needle)) found.push(`${path.relative(root, file)}: ${needle}`)
  }
  return found
}

export function attribute(html: string, pattern: RegExp): string | undefined {
  return html.match(pattern)?.[1]
}
