/**
 * Builds Payload's Lexical rich-text JSON from plain paragraphs, so seed texts stay
 * readable strings and the stored documents are exactly what the admin editor writes.
 */
type TextNode = {
  type: 'text'
  text: string
  detail: 0
  format: 0
  mode: 'normal'
  style: ''
  version: 1
}

type ParagraphNode = {
  type: 'paragraph'
  children: TextNode[]
  direction: 'ltr' | 'rtl'
  format: ''
  indent: 0
  textFormat: 0
  textStyle: ''
  version: 1
}

export type LexicalDocument = {
  root: {
    type: 'root'
    children: ParagraphNode[]
    direction: 'ltr' | 'rtl'
    format: ''
    indent: 0
    version: 1
  }
}

export function paragraphsToLexical(paragraphs: string[], direction: 'ltr' | 'rtl' = 'ltr'): LexicalDocument {
  return {
    root: {
      type: 'root',
      direction,
      format: '',
      indent: 0,
      version: 1,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        direction,
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        version: 1,
        children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  }
}

/** The plain paragraphs of a Lexical document, for tests and plain-text uses. */
export function lexicalToParagraphs(document: unknown): string[] {
  const root = (document as { root?: { children?: unknown[] } } | null)?.root
  return (root?.children ?? []).map((node) =>
    ((node as { children?: { text?: string }[] }).children ?? []).map((child) => child.text ?? '').join(''),
  )
}
