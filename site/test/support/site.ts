import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { inject } from 'vitest'

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

export function attribute(html: string, pattern: RegExp): string | undefined {
  return html.match(pattern)?.[1]
}
