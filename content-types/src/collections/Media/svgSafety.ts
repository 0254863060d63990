import sax from 'sax'

/**
 * Reasons an SVG may not be published, or none. A logo is served from the website and opened
 * directly by journalists, where an SVG behaves like a web page: scripts run and external
 * references load from other hosts (tracking readers). We refuse such files with the reason
 * rather than silently editing a logo; Payload's own check runs afterwards as a second line.
 */
export function svgProblems(svg: string): string[] {
  const problems = new Set<string>()
  const parser = sax.parser(true, { xmlns: false, position: false })
  let rootSeen = false
  let styleDepth = 0
  let style = ''

  parser.onerror = (error) => {
    throw new Error(`not well-formed XML (${error.message.split('\n')[0]})`)
  }
  parser.ondoctype = (doctype) => {
    if (/<!entity|\[/i.test(doctype)) problems.add('declares XML entities')
  }
  parser.onprocessinginstruction = ({ name }) => {
    if (name.toLowerCase() === 'xml-stylesheet') problems.add('links an external style sheet')
  }
  parser.onopentag = (tag) => {
    const name = localName(tag.name)
    if (!rootSeen) {
      rootSeen = true
      if (name !== 'svg') problems.add('is not an SVG image')
    }
    if (name === 'script') problems.add('contains a script')
    if (['foreignobject', 'iframe', 'embed', 'object'].includes(name)) problems.add(`embeds other content (<${tag.name}>)`)
    if (name === 'style') styleDepth += 1
    for (const [attribute, raw] of Object.entries(tag.attributes)) {
      const attributeName = localName(attribute)
      const value = typeof raw === 'string' ? raw : raw.value
      if (/^on/.test(attributeName)) problems.add(`has an event handler (${attribute})`)
      if (['href', 'src'].includes(attributeName) && !isLocalReference(value)) problems.add(`references ${describe(value)}`)
      for (const reference of cssReferences(value)) problems.add(`references ${describe(reference)}`)
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
    return [(error as Error).message]
  }
  if (!rootSeen) problems.add('is empty')
  if (/@import/i.test(style)) problems.add('imports a style sheet')
  for (const reference of cssReferences(style)) problems.add(`references ${describe(reference)}`)
  return [...problems]
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

function describe(reference: string): string {
  const shown = reference.trim().slice(0, 80)
  return /^javascript:/i.test(shown) ? `a script (${shown})` : `an outside resource (${shown})`
}
