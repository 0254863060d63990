import sax from 'sax'

import type { ValidationMessages } from '../../adminLanguage/messages/index.ts'

/** Why an SVG is refused: a message of `svgProblem`, with the offending part of the file. */
export type SvgProblem = { kind: keyof ValidationMessages['svgProblem']; value?: string }

/**
 * Reasons an SVG may not be published, or none. A logo is served from the website and opened
 * directly by journalists, where an SVG behaves like a web page: scripts run and external
 * references load from other hosts (tracking readers). We refuse such files with the reason
 * rather than silently editing a logo; Payload's own check runs afterwards as a second line.
 */
export function svgProblems(svg: string): SvgProblem[] {
  // Keyed by kind and value, so a problem found twice is named once.
  const problems = new Map<string, SvgProblem>()
  const add = (kind: SvgProblem['kind'], value?: string) => problems.set(`${kind} ${value ?? ''}`, { kind, value })
  const parser = sax.parser(true, { xmlns: false, position: false })
  let rootSeen = false
  let styleDepth = 0
  let style = ''

  parser.onerror = (error) => {
    throw new MalformedSvg(error.message.split('\n')[0]!)
  }
  parser.ondoctype = (doctype) => {
    if (/<!entity|\[/i.test(doctype)) add('entities')
  }
  parser.onprocessinginstruction = ({ name }) => {
    if (name.toLowerCase() === 'xml-stylesheet') add('externalStyleSheet')
  }
  parser.onopentag = (tag) => {
    const name = localName(tag.name)
    if (!rootSeen) {
      rootSeen = true
      if (name !== 'svg') add('notSvg')
    }
    if (name === 'script') add('script')
    if (['foreignobject', 'iframe', 'embed', 'object'].includes(name)) add('embedsContent', `<${tag.name}>`)
    if (name === 'style') styleDepth += 1
    for (const [attribute, raw] of Object.entries(tag.attributes)) {
      const attributeName = localName(attribute)
      const value = typeof raw === 'string' ? raw : raw.value
      if (/^on/.test(attributeName)) add('eventHandler', attribute)
      if (['href', 'src'].includes(attributeName) && !isLocalReference(value)) add(...reference(value))
      for (const url of cssReferences(value)) add(...reference(url))
    }
  }
  parser.ontext = parser.oncdata = (text) => {
    if (styleDepth > 0) style += text
  }
  parser.onclosetag = (tagName) => {
    if (localName(tagName) === 'style') styleDepth -= 1
  }

  try {
    parser.write(svg).close()
  } catch (error) {
    if (error instanceof MalformedSvg) return [{ kind: 'malformed', value: error.message }]
    throw error
  }
  if (!rootSeen) add('empty')
  if (/@import/i.test(style)) add('importsStyleSheet')
  for (const url of cssReferences(style)) add(...reference(url))
  return [...problems.values()]
}

function localName(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1).toLowerCase()
}

/** In-document fragments and embedded raster data load nothing from elsewhere. */
function isLocalReference(value: string): boolean {
  const trimmed = value.trim()
  return trimmed.startsWith('#') || /^data:image\/(png|jpeg|webp);/i.test(trimmed)
}

function cssReferences(css: string): string[] {
  return [...css.matchAll(/url\(\s*['"]?([^'")]*)['"]?\s*\)/gi)].map((match) => match[1]!).filter((url) => !isLocalReference(url))
}

function reference(url: string): [SvgProblem['kind'], string] {
  const shown = url.trim().slice(0, 80)
  return [/^javascript:/i.test(shown) ? 'scriptReference' : 'outsideResource', shown]
}

class MalformedSvg extends Error {}
