import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { listFilesSync } from './checkSite.ts'

/**
 * The website's security headers, made from the finished build: a strict
 * Content-Security-Policy that allows exactly the inline scripts and styles the pages contain
 * (by their SHA-256), nothing from other hosts, and forms posting only to where the pages'
 * forms post. Written into the build as ready configuration for Caddy and nginx, and as JSON
 * for the demo static server (server/staticServer.ts), so the browser tests run under the
 * very policy production sends.
 *
 * Inline code comes from the site's components (Astro inlines its styles and small scripts;
 * the React islands' loader), style attributes from rich text (underline, strikethrough,
 * list items): those need `'unsafe-hashes'`, which allows only these exact declarations.
 * Inline event handlers and `javascript:` URLs have no place on the site: a page with one
 * fails the build.
 */

/** The folder in the build that holds the generated header files. */
export const headersFolder = '_security-headers'
export const headersFiles = { json: 'headers.json', caddy: 'Caddyfile', nginx: 'nginx.conf' } as const

export type InlineCode = { scripts: Set<string>; styles: Set<string>; styleAttributes: Set<string>; formOrigins: Set<string> }

export class UnsafeMarkupError extends Error {
  constructor(readonly found: string[]) {
    super(`Pages with inline event handlers or javascript: URLs, which the site's Content-Security-Policy forbids:\n${found.slice(0, 10).join('\n')}`)
    this.name = 'UnsafeMarkupError'
  }
}

const sha256 = (latin1: string) => `'sha256-${createHash('sha256').update(Buffer.from(latin1, 'latin1')).digest('base64')}'`

const inlineScript = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const inlineStyle = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi
const comment = /<!--[\s\S]*?-->/g
/** A start tag with its attributes; quoted values may hold `>`. */
const startTag = /<[a-z][a-z0-9-]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi
const worthParsing = /style|\son|javascript:|action/i
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

/** Attribute values are hashed as the browser sees them: with character references decoded. */
function decodeAttribute(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|apos|lt|gt));/gi, (_, decimal: string, hex: string, name: string) => {
    if (name) return { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' }[name.toLowerCase()]!
    // Latin-1 strings stand for UTF-8 bytes here: encode the code point that way.
    return Buffer.from(String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex, 16)), 'utf8').toString('latin1')
  })
}

/**
 * Reads every page of the build once. Files are read as Latin-1 (one character per byte), so
 * the hashes are taken over the exact bytes the browser hashes, without decoding UTF-8.
 */
export function collectInlineCode(outDir: string): InlineCode {
  const found: InlineCode = { scripts: new Set(), styles: new Set(), styleAttributes: new Set(), formOrigins: new Set() }
  const unsafe: string[] = []
  for (const file of listFilesSync(outDir, '.html')) {
    const html = readFileSync(file).toString('latin1')
    const page = path.relative(outDir, file)
    for (const [, attributes, body] of html.matchAll(inlineScript)) {
      if (!/\ssrc\s*=/i.test(attributes ?? '')) found.scripts.add(sha256(body ?? ''))
    }
    for (const [, body] of html.matchAll(inlineStyle)) found.styles.add(sha256(body ?? ''))
    // Tags only: the text between them is escaped, and script and style bodies are code.
    const markup = html.replace(inlineScript, '<script$1></script>').replace(inlineStyle, '<style></style>').replace(comment, '')
    for (const [tag, attributes] of markup.matchAll(startTag)) {
      // Most tags have nothing of interest: skip them without parsing their attributes.
      if (!attributes || !worthParsing.test(attributes)) continue
      for (const [, rawName, double, single, bare] of attributes.matchAll(attribute)) {
        const name = rawName!.toLowerCase()
        const value = decodeAttribute(double ?? single ?? bare ?? '')
        if (name === 'style') found.styleAttributes.add(sha256(value))
        else if (name.startsWith('on')) unsafe.push(`${page}: ${name}= in ${tag.slice(0, 80)}`)
        else if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && /^\s*javascript:/i.test(value)) unsafe.push(`${page}: ${name}="${value.slice(0, 40)}"`)
        else if (name === 'action' && /^<form\b/i.test(tag) && /^https?:\/\//i.test(value)) found.formOrigins.add(new URL(value).origin)
      }
    }
  }
  if (unsafe.length > 0) throw new UnsafeMarkupError(unsafe)
  return found
}

const sorted = (values: Set<string>) => [...values].sort()

/**
 * - scripts: this site's files and the hashed inline scripts; `'wasm-unsafe-eval'` lets
 *   Pagefind's search run its WebAssembly (it allows compiling WebAssembly, not `eval`);
 * - styles: this site's files and the hashed inline styles and style attributes;
 * - forms post to this site or the CMS address the pages' forms name (PUBLIC_CMS_URL);
 * - nothing may frame the site, and nothing but this site's own files is loaded.
 */
export function contentSecurityPolicy(inline: InlineCode): string {
  const styleSources = ["'self'", ...sorted(inline.styles)]
  if (inline.styleAttributes.size > 0) styleSources.push("'unsafe-hashes'", ...sorted(inline.styleAttributes))
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'", ...sorted(inline.scripts)],
    'script-src-attr': ["'none'"],
    'style-src': styleSources,
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'form-action': ["'self'", ...sorted(inline.formOrigins)],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

/** Every response of the site; HSTS is the TLS terminator's business (deploy/single/). */
export function siteSecurityHeaders(inline: InlineCode): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(inline),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': ['camera', 'geolocation', 'microphone', 'payment', 'usb'].map((feature) => `${feature}=()`).join(', '),
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
}

const generatedNote = 'Generated by site/build/securityHeaders.ts from this build; the hashes change when the site\'s code does.'

function caddySnippet(headers: Record<string, string>): string {
  const lines = Object.entries(headers).map(([name, value]) => `\t${name} ${JSON.stringify(value)}`)
  return `# ${generatedNote}\n# In the site's block: import /srv/verband/data/site/live/${headersFolder}/${headersFiles.caddy}\nheader {\n${lines.join('\n')}\n}\n`
}

function nginxSnippet(headers: Record<string, string>): string {
  const lines = Object.entries(headers).map(([name, value]) => `add_header ${name} "${value.replace(/"/g, '\\"')}" always;`)
  return `# ${generatedNote}\n# In the site's server block: include /srv/verband/data/site/live/${headersFolder}/${headersFiles.nginx};\n${lines.join('\n')}\n`
}

/** Scans the build and writes its header files; returns the headers. */
export function writeSecurityHeaders(outDir: string): Record<string, string> {
  const headers = siteSecurityHeaders(collectInlineCode(outDir))
  const folder = path.join(outDir, headersFolder)
  mkdirSync(folder, { recursive: true })
  writeFileSync(path.join(folder, headersFiles.json), `${JSON.stringify(headers, null, 2)}\n`)
  writeFileSync(path.join(folder, headersFiles.caddy), caddySnippet(headers))
  writeFileSync(path.join(folder, headersFiles.nginx), nginxSnippet(headers))
  return headers
}

/** The headers a build was made with (undefined for a build from before they existed). */
export function readSecurityHeaders(outDir: string): Record<string, string> | undefined {
  try {
    return JSON.parse(readFileSync(path.join(outDir, headersFolder, headersFiles.json), 'utf8')) as Record<string, string>
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}
