/**
 * The site's icon: a white apricot blossom (杏花) on the site's red, drawn as an SVG, and
 * the PNG and ICO files older browsers and phones' home screens ask for, made from it.
 */
import sharp from 'sharp'
import { WEB_TOKENS } from '../styles/tokens.ts'

const RED = WEB_TOKENS['--color-accent'] as string
const WHITE = WEB_TOKENS['--color-accent-ink'] as string

/** Five petals around a red heart, on a rounded square of the site's red. */
function blossom(): string {
  const petals = Array.from({ length: 5 }, (_, index) => {
    const angle = (index * 72 - 90) * (Math.PI / 180)
    const [x, y] = [32 + 12 * Math.cos(angle), 32 + 12 * Math.sin(angle)]
    return `<circle cx="${x.toFixed(2)}" cy="${y.toFixed(2)}" r="10" fill="${WHITE}"/>`
  }).join('')
  return `<circle cx="32" cy="32" r="8" fill="${WHITE}"/>${petals}<circle cx="32" cy="32" r="4.5" fill="${RED}"/>`
}

export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${RED}"/>${blossom()}</svg>\n`

const png = (svg: string, size: number) =>
  sharp(Buffer.from(svg), { density: 72 * (size / 64) * 2 })
    .resize(size, size)
    .png()
    .toBuffer()

/** An ICO holding PNG images (what every browser since IE Vista reads), one per size. */
async function ico(svg: string, sizes: number[]): Promise<Uint8Array> {
  const images = await Promise.all(sizes.map((size) => png(svg, size)))
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach((image, index) => {
    const entry = 6 + 16 * index
    const size = sizes[index] as number
    header.writeUInt8(size >= 256 ? 0 : size, entry)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    header.writeUInt16LE(1, entry + 4)
    header.writeUInt16LE(32, entry + 6)
    header.writeUInt32LE(image.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += image.length
  })
  return new Uint8Array(Buffer.concat([header, ...images]))
}

/** Bump when iconBytes changes what it makes: the icons are keyed by it and their SVG. */
export const ICON_CODE = 'icons-2'

/**
 * The icon's bytes: the ICO of 16, 32 and 48 (rounded, on transparency, for tabs), or a
 * square PNG of `size` pixels filled to its corners (a phone's home screen rounds it
 * itself, and iOS would paint transparent corners black).
 */
export async function iconBytes(svg: string, format: 'png' | 'ico', size: number): Promise<Uint8Array> {
  if (format === 'ico') return ico(svg, [16, 32, 48])
  return new Uint8Array(
    await sharp(await png(svg, size))
      .flatten({ background: RED })
      .png()
      .toBuffer(),
  )
}

/** The icon files every site has, by path. */
export const ICONS = [
  { path: 'favicon.ico', format: 'ico', size: 48 },
  { path: 'apple-touch-icon.png', format: 'png', size: 180 },
] as const
