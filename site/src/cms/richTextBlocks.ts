import { assertKnownNodes, type RichTextNode } from './richText.ts'
import type { RichText } from './types.ts'

/** A block of plain text: what a PDF, a text file or a copy-and-paste box needs. */
export type TextBlock = { kind: 'paragraph' | 'heading' | 'quote' | 'listItem'; text: string }

/**
 * Rich text as plain blocks, for downloads. The same node check as the HTML renderer: an
 * unknown node fails the build. Links keep their text; external addresses follow in brackets,
 * because a printed page cannot be clicked.
 */
export function richTextToBlocks(data: RichText, where: string): TextBlock[] {
  const root = (data as unknown as { root: RichTextNode }).root
  assertKnownNodes(root, where)
  const blocks: TextBlock[] = []
  for (const node of root.children ?? []) collectBlocks(node, blocks)
  return blocks.filter((block) => block.text.trim().length > 0)
}

function collectBlocks(node: RichTextNode, blocks: TextBlock[], listPrefix = ''): void {
  switch (node.type) {
    case 'heading':
      blocks.push({ kind: 'heading', text: inlineText(node) })
      return
    case 'quote':
      blocks.push({ kind: 'quote', text: inlineText(node) })
      return
    case 'list':
      ;(node.children ?? []).forEach((item, index) => collectBlocks(item, blocks, node.listType === 'number' ? `${index + 1}. ` : '• '))
      return
    case 'listitem': {
      const nested = (node.children ?? []).filter((child) => child.type === 'list')
      blocks.push({ kind: 'listItem', text: listPrefix + inlineText({ ...node, children: (node.children ?? []).filter((child) => child.type !== 'list') }) })
      for (const list of nested) collectBlocks(list, blocks)
      return
    }
    case 'horizontalrule':
      return
    default:
      blocks.push({ kind: 'paragraph', text: inlineText(node) })
  }
}

function inlineText(node: RichTextNode): string {
  switch (node.type) {
    case 'text':
      return node.text ?? ''
    case 'linebreak':
      return '\n'
    case 'tab':
      return '\t'
    case 'link':
    case 'autolink': {
      const text = (node.children ?? []).map(inlineText).join('')
      const url = node.fields?.linkType === 'custom' ? node.fields.url : undefined
      return url && url !== text ? `${text} (${url})` : text
    }
    default:
      return (node.children ?? []).map(inlineText).join('')
  }
}
