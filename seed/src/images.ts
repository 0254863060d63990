import sharp from 'sharp'

/** A generated illustration: abstract shapes in one hue, so the seed needs no downloads. */
export type IllustrationSpec = {
  name: string
  hue: number
  shapes: 'circles' | 'steps' | 'bars' | 'grid'
  alt: { de: string; en: string }
}

const width = 1600
const height = 900

function color(hue: number, lightness: number, alpha = 1): string {
  return `hsla(${hue % 360}, 62%, ${lightness}%, ${alpha})`
}

function shapesSvg({ hue, shapes }: IllustrationSpec): string {
  const parts: string[] = []
  for (let i = 0; i < 7; i++) {
    const tone = color(hue + i * 18, 38 + i * 6, 0.85)
    switch (shapes) {
      case 'circles':
        parts.push(`<circle cx="${220 + i * 190}" cy="${450 + (i % 2 ? -90 : 90)}" r="${150 + (i % 3) * 30}" fill="${tone}"/>`)
        break
      case 'steps':
        parts.push(`<rect x="${120 + i * 200}" y="${760 - i * 95}" width="200" height="${i * 95 + 140}" fill="${tone}"/>`)
        break
      case 'bars':
        parts.push(`<rect x="${150 + i * 190}" y="${220 + ((i * 137) % 300)}" width="140" height="${680 - ((i * 137) % 300)}" rx="70" fill="${tone}"/>`)
        break
      case 'grid':
        for (let j = 0; j < 4; j++) {
          parts.push(`<rect x="${140 + i * 190}" y="${110 + j * 180}" width="160" height="160" rx="24" fill="${color(hue + (i + j) * 9, 45 + ((i * j) % 5) * 7, 0.9)}"/>`)
        }
        break
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="${color(hue, 94)}"/>${parts.join('')}</svg>`
}

/** Renders the illustration as a JPEG photo-sized file. */
export async function renderIllustration(spec: IllustrationSpec): Promise<{ data: Buffer; name: string; mimetype: string }> {
  const data = await sharp(Buffer.from(shapesSvg(spec))).jpeg({ quality: 86, mozjpeg: true }).toBuffer()
  return { data, name: `${spec.name}.jpg`, mimetype: 'image/jpeg' }
}
