import type { Story } from '@verband/content-types'
import type { Payload } from 'payload'
import sharp from 'sharp'

/** A small, valid JPEG made on the spot, for upload tests. */
export async function sampleJpeg(name = 'sample.jpg'): Promise<{ data: Buffer; mimetype: string; name: string; size: number }> {
  const data = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } }).jpeg().toBuffer()
  return { data, mimetype: 'image/jpeg', name, size: data.length }
}

/** Lexical rich text with one paragraph, as the admin editor stores it. */
export function richText(text: string) {
  return {
    root: {
      type: 'root',
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
      children: [
        {
          type: 'paragraph',
          direction: 'ltr' as const,
          format: '' as const,
          indent: 0,
          version: 1,
          textFormat: 0,
          children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
        },
      ],
    },
  }
}

const lexicalText = (value: string, format = 0) => ({ type: 'text', text: value, format, style: '', mode: 'normal', detail: 0, version: 1 })
const lexicalBlock = (type: string, children: object[], extra: object = {}) => ({ type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra })

/** The words of `storyBody` that tests vary. */
type StoryWords = { heading?: string; middle?: string; linkText?: string; secondItem?: string }

/**
 * A story's rich text with everything translation must keep: a heading, a paragraph with bold
 * text and a link, and a list (its second item the one tests change).
 */
export function storyBody({ heading = 'Ankommen in Leipzig', middle = ' verbindet Vereine in Sachsen. Mehr ', linkText = 'im Netz', secondItem = 'Sprachcafé am Dienstag' }: StoryWords = {}): Story['body'] {
  return {
    root: lexicalBlock('root', [
      lexicalBlock('heading', [lexicalText(heading)], { tag: 'h2' }),
      lexicalBlock('paragraph', [
        lexicalText('Unser '),
        lexicalText('Leitbild', 1),
        lexicalText(middle),
        lexicalBlock('link', [lexicalText(linkText)], { fields: { url: 'https://example.org/leitbild', linkType: 'custom', newTab: false } }),
        lexicalText('.'),
      ]),
      lexicalBlock('list', [lexicalBlock('listitem', [lexicalText('Beratung')], { value: 1 }), lexicalBlock('listitem', [lexicalText(secondItem)], { value: 2 })], { listType: 'bullet', tag: 'ul' }),
    ]) as unknown as Story['body']['root'],
  }
}

/** The least content a website build needs: the Leitbild, the site settings and one value. */
export async function minimalSiteContent(payload: Payload): Promise<void> {
  await payload.updateGlobal({
    slug: 'leitbild',
    data: { visionLead: 'Vision.', vision: richText('V'), longTermPicture: 'L', adoptedBy: 'MV', adoptedIn: 'Dresden', adoptedOn: '2025-05-03T00:00:00.000Z', _status: 'published' },
  })
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { name: 'Verband', email: 'kontakt@example.org', pressBoilerplate: 'Über uns.', address: { street: 'Straße 1', postalCode: '01067', city: 'Dresden' }, imprint: richText('I'), privacy: richText('P'), accessibility: richText('A') },
  })
  await payload.create({ collection: 'values', data: { title: 'Solidarität', text: 'Anfangstext.', order: 1, _status: 'published' } })
}
