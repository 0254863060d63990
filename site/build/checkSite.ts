import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'

/**
 * Checks a finished build before anyone sees it: it has pages, and every internal link and
 * asset reference points at a file that exists.
 */
export type SiteCheck = { pages: number; brokenLinks: { page: string; href: string }[] }

export async function listFiles(dir: string, extension?: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && (!extension || entry.name.endsWith(extension)))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false // a missing target: reported as a broken link
  }
}

const referencePattern = /\s(?:href|src)="(\/[^"#?]*)[^"]*"|\ssrcset="([^"]+)"/g

export async function checkSite(outDir: string): Promise<SiteCheck> {
  const pages = await listFiles(outDir, '.html')
  const brokenLinks: SiteCheck['brokenLinks'] = []
  const checked = new Map<string, boolean>()
  for (const page of pages) {
    const html = await readFile(page, 'utf8')
    const targets: string[] = []
    for (const match of html.matchAll(referencePattern)) {
      if (match[1]) targets.push(match[1])
      if (match[2]) targets.push(...match[2].split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter((url) => url.startsWith('/')))
    }
    for (const target of targets) {
      if (target.startsWith('//')) continue
      const file = path.join(outDir, decodeURIComponent(target), target.endsWith('/') ? 'index.html' : '')
      if (!checked.has(file)) checked.set(file, await exists(file))
      if (!checked.get(file)) brokenLinks.push({ page: path.relative(outDir, page), href: target })
    }
  }
  return { pages: pages.length, brokenLinks }
}
