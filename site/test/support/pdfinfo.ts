import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Poppler's `pdfinfo`, the reader that checkers of tagged PDF (and the acceptance checks of
 * this project) use beside pdf.js. Where it is missing it is installed from Debian's
 * `poppler-utils` (apt, as root or through sudo), so `npm test` needs nothing installed by hand; where that
 * cannot work, the error says what to install.
 */
let available = false

function ensurePdfinfo(): void {
  // Checked once per test process: the tests call pdfinfo dozens of times.
  if (available) return
  available = runs('pdfinfo', ['-v'])
  if (available) return
  // As root, or through sudo where it asks for no password.
  const sudo = process.getuid?.() === 0 ? [] : runs('sudo', ['-n', 'true']) ? ['sudo', '-n', '-E'] : undefined
  if (sudo && runs('apt-get', ['--version'])) {
    const apt = (args: string[]) => {
      const [command, ...rest] = [...sudo, 'apt-get', ...args]
      execFileSync(command!, rest, { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: 300_000 })
    }
    try {
      apt(['install', '-y', '-qq', 'poppler-utils'])
    } catch {
      apt(['update', '-qq'])
      apt(['install', '-y', '-qq', 'poppler-utils'])
    }
  }
  available = runs('pdfinfo', ['-v'])
  if (!available) throw new Error('pdfinfo is missing and could not be installed: install poppler-utils (Debian: apt-get install poppler-utils)')
}

function runs(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** What `pdfinfo` (with the given options, such as `-struct`) says about a PDF. */
export function pdfinfo(pdf: Uint8Array, options: string[] = []): string {
  ensurePdfinfo()
  const dir = mkdtempSync(path.join(tmpdir(), 'verband-pdfinfo-'))
  try {
    const file = path.join(dir, 'file.pdf')
    writeFileSync(file, pdf)
    return execFileSync('pdfinfo', [...options, file], { encoding: 'utf8' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A structure element as poppler reads it: its type and its text (its own and its children's, in structure order). */
export type ReadElement = { role: string; text: string; children: ReadElement[] }

/**
 * The structure tree with its text, from `pdfinfo -struct-text`: what a screen reader
 * follows. Spans of one element come one per line; lines of a wrapped paragraph are joined
 * without a space, so compare texts with `withoutSpaces`.
 */
export function readStructure(pdf: Uint8Array): ReadElement[] {
  const roots: ReadElement[] = []
  const open: { depth: number; element: ReadElement }[] = []
  for (const line of pdfinfo(pdf, ['-struct-text']).split('\n')) {
    const body = line.trim()
    if (!body) continue
    const depth = (line.length - line.trimStart().length) / 2
    if (body.startsWith('"') && body.endsWith('"')) {
      for (const { element } of open) element.text += body.slice(1, -1)
      continue
    }
    while (open.length > 0 && open.at(-1)!.depth >= depth) open.pop()
    const element: ReadElement = { role: body.split(' ')[0]!, text: '', children: [] }
    ;(open.at(-1)?.element.children ?? roots).push(element)
    open.push({ depth, element })
  }
  return roots
}

export const withoutSpaces = (text: string) => text.replace(/\s+/g, '')
