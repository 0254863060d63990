import { convertLexicalToHTML, defaultHTMLConverters, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'
import { collectionSlugs } from '@verband/content-types/slugs'
import { richTextNodeTypes } from '@verband/content-types/rich-text-nodes'
import type { LocaleCode } from '@verband/content-types/locales'

import { pagePath } from '../lib/routes.ts'
import type { RichText } from './types.ts'

/** The parts of a Lexical node that the renderers read. */
export type RichTextNode = {
  type: string
  children?: RichTextNode[]
  text?: string
  listType?: string
  fields?: { doc?: { relationTo?: string; value?: unknown }; linkType?: string; url?: string }
}

const knownTypes: ReadonlySet<string> = new Set(richTextNodeTypes)

/**
 * Payload's converter swallows errors and renders unknown nodes as "unknown node"; the
 * website must not publish that. Every node is checked first, and an unknown one fails the
 * build with its type and where it is.
 */
export function assertKnownNodes(node: RichTextNode, where: string): void {
  if (!knownTypes.has(node.type)) {
    throw new Error(`Unknown rich text node type "${node.type}" in ${where}: the website cannot render it`)
  }
  for (const child of node.children ?? []) assertKnownNodes(child, where)
}

function internalHref(locale: LocaleCode, where: string) {
  return ({ linkNode }: { linkNode: { fields: { doc?: { relationTo?: string; value?: unknown } | null } } }) => {
    const { relationTo, value } = linkNode.fields.doc ?? {}
    const slug = typeof value === 'object' && value !== null ? (value as { slug?: string }).slug : undefined
    if (!slug) throw new Error(`A link in ${where} points to an unpublished or missing document (${relationTo})`)
    if (relationTo === collectionSlugs.stories) return pagePath(locale, { kind: 'story', slug })
    if (relationTo === collectionSlugs.pressReleases) return pagePath(locale, { kind: 'pressRelease', slug })
    throw new Error(`A link in ${where} points to a ${relationTo} document, which has no page`)
  }
}

/** Rich text as HTML for the reader's locale (links lead to the same locale's pages). */
export function richTextToHtml(data: RichText, locale: LocaleCode, where: string): string {
  assertKnownNodes((data as unknown as { root: RichTextNode }).root, where)
  const hrefFor = internalHref(locale, where)
  let linkError: Error | undefined
  const html = convertLexicalToHTML({
    data: data as never,
    disableContainer: true,
    // Alignment would be physical (left/right) and break right-to-left pages.
    disableTextAlign: true,
    converters: {
      ...defaultHTMLConverters,
      ...LinkHTMLConverter({
        internalDocToHref: (args) => {
          try {
            return hrefFor(args as never)
          } catch (error) {
            // Payload's converter swallows errors from converters: keep it and rethrow below.
            linkError = error as Error
            return '#'
          }
        },
      }),
    },
  })
  if (linkError) throw linkError
  return html
}
