import sharp from 'sharp'

/**
 * The example logo: a mark of six linked circles (the member organisations around the
 * association), drawn as shapes only so it renders the same everywhere without fonts. One
 * variant for light and one for dark backgrounds, as SVG and as PNG.
 */
export type LogoBackground = 'light' | 'dark'

export function logoSvg(background: LogoBackground): string {
  const ink = background === 'light' ? '#0b5d3b' : '#ffffff'
  const accent = background === 'light' ? '#e07a1f' : '#ffc27a'
  const nodes = Array.from({ length: 6 }, (_, i) => {
    const angle = (Math.PI / 3) * i - Math.PI / 2
    return [Math.round(120 + 80 * Math.cos(angle)), Math.round(120 + 80 * Math.sin(angle))] as const
  })
  const links = nodes.map(([x, y]) => `<line x1="120" y1="120" x2="${x}" y2="${y}" stroke="${ink}" stroke-width="8"/>`).join('')
  const circles = nodes.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="26" fill="${ink}"/>`).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240">${links}${circles}<circle cx="120" cy="120" r="38" fill="${accent}"/></svg>\n`
}

export async function logoFiles(background: LogoBackground): Promise<{ data: Buffer; name: string; mimetype: string }[]> {
  const svg = Buffer.from(logoSvg(background))
  const png = await sharp(svg, { density: 480 }).resize(1200, 1200).png().toBuffer()
  return [
    { data: svg, name: `logo-${background}.svg`, mimetype: 'image/svg+xml' },
    { data: png, name: `logo-${background}.png`, mimetype: 'image/png' },
  ]
}
