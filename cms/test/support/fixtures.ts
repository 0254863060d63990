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
