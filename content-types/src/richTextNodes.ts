/**
 * The Lexical node types the rich-text editor (richText.ts) can produce. The website renders
 * each of them and fails its build on any other type. Kept free of imports so the website can
 * read it without loading the editor.
 */
export const richTextNodeTypes = [
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'list',
  'listitem',
  'link',
  'autolink',
  'quote',
  'horizontalrule',
] as const

export type RichTextNodeType = (typeof richTextNodeTypes)[number]
