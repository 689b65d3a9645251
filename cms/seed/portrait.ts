import sharp from 'sharp'

/**
 * A flat silhouette on a tinted ground with a diagonal "sample" band: plainly an
 * illustration, never mistakable for a photograph of the person.
 */
export async function placeholderPortrait(hue: number): Promise<Buffer> {
  const ground = `hsl(${hue} 45% 88%)`
  const figure = `hsl(${hue} 35% 42%)`
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1500" viewBox="0 0 1200 1500">
  <rect width="1200" height="1500" fill="${ground}"/>
  <circle cx="600" cy="560" r="230" fill="${figure}"/>
  <path d="M180 1500 C200 1090 390 900 600 900 C810 900 1000 1090 1020 1500 Z" fill="${figure}"/>
  <g transform="rotate(-30 600 750)" opacity="0.55">
    <rect x="-400" y="700" width="2000" height="100" fill="#ffffff"/>
    <rect x="-400" y="830" width="2000" height="24" fill="#ffffff"/>
  </g>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
