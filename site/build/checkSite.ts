import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Checks a finished build before anyone sees it: it has pages, and every internal link and
 * asset reference points at a file that exists.
 *
 * Synchronous file access on purpose: a build reads ten thousand small files here, and the
 * promise-based calls cost ten times as much per file.
 */
export type SiteCheck = { pages: number; brokenLinks: { page: string; href: string }[] }

function walk(dir: string, into: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, into)
    else if (entry.isFile()) into.push(full)
  }
  return into
}

export function listFilesSync(dir: string, extension?: string): string[] {
  const files = walk(dir, [])
  return extension ? files.filter((file) => file.endsWith(extension)) : files
}

export async function listFiles(dir: string, extension?: string): Promise<string[]> {
  return listFilesSync(dir, extension)
}

/** A page of the build: its path in the build, the hash of its content, whether Pagefind indexes it. */
export type ScannedPage = { path: string; hash: string; searchable: boolean }

/**
 * One read of every page: what it is, the site-absolute paths it links to or loads; and the
 * text files to compress. The search index (`pagefind/`), which may be being written
 * meanwhile, is left out.
 */
export type SiteScan = { pages: ScannedPage[]; links: Map<string, string[]>; textFiles: string[] }

const referencePattern = /\s(?:href|src|poster)="(\/[^"#?]*)[^"]*"|\ssrcset="([^"]+)"/g
/** Files worth compressing for transfer (build/precompress.ts): text, including the video captions. */
export const textFile = /\.(html|css|js|mjs|json|xml|svg|txt|vtt)$/

/** Internal references of one page: href/src/poster paths and srcset candidates starting with `/`. */
export function referencesIn(html: string): string[] {
  const targets: string[] = []
  for (const match of html.matchAll(referencePattern)) {
    if (match[1]) targets.push(match[1])
    if (match[2]) targets.push(...match[2].split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter((url) => url.startsWith('/')))
  }
  return targets.filter((target) => !target.startsWith('//'))
}

export function scanSite(outDir: string): SiteScan {
  const searchIndex = path.join(outDir, 'pagefind') + path.sep
  const files = listFilesSync(outDir).filter((file) => !file.startsWith(searchIndex))
  const pages: ScannedPage[] = []
  const links = new Map<string, string[]>()
  for (const file of files.filter((candidate) => candidate.endsWith('.html'))) {
    const content = readFileSync(file)
    // Latin-1 reads every byte as one character, faster than UTF-8 and enough to find the
    // ASCII attributes; a path with other characters is decoded back below.
    const html = content.toString('latin1')
    const targets = referencesIn(html).map((target) => (/[\u0080-\u00ff]/.test(target) ? Buffer.from(target, 'latin1').toString('utf8') : target))
    const page = path.relative(outDir, file)
    links.set(page, targets)
    pages.push({ path: page, hash: createHash('sha256').update(content).digest('hex'), searchable: html.includes('data-pagefind-body') })
  }
  return { pages, links, textFiles: files.filter((file) => textFile.test(file)) }
}

/** References that point at no file of the finished build (which may have grown since the scan, e.g. by the search index). */
export function brokenLinks(outDir: string, scan: SiteScan): SiteCheck['brokenLinks'] {
  const existing = new Set(listFilesSync(outDir).map((file) => path.relative(outDir, file)))
  const found = new Map<string, boolean>()
  const broken: SiteCheck['brokenLinks'] = []
  for (const [page, targets] of scan.links) {
    for (const target of targets) {
      let exists = found.get(target)
      if (exists === undefined) {
        let file: string
        try {
          file = path.join(decodeURIComponent(target), target.endsWith('/') ? 'index.html' : '').slice(1)
        } catch {
          file = '' // malformed escape: reported as broken
        }
        exists = existing.has(file)
        found.set(target, exists)
      }
      if (!exists) broken.push({ page, href: target })
    }
  }
  return broken
}

export async function checkSite(outDir: string): Promise<SiteCheck> {
  const scan = scanSite(outDir)
  return { pages: scan.pages.length, brokenLinks: brokenLinks(outDir, scan) }
}
