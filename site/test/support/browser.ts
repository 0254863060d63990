import { existsSync } from 'node:fs'

import { chromium, type Browser } from 'playwright-core'

/** The flags every headless Chromium here needs: no sandbox as root, and no calls home. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Finds a browser without anything installed by hand: CHROME_PATH, then a system Chromium,
 * then the Chromium that the npm package @sparticuz/chromium ships (unpacked offline).
 */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(candidate)) return candidate
  const { default: sparticuz } = await import('@sparticuz/chromium')
  return sparticuz.executablePath()
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: chromiumFlags })
}
