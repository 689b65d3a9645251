/**
 * Uploads (issue 7): a file is judged by its content, not its name; a decompression bomb
 * is refused unread; SVG is refused; and no photo keeps where it was taken (EXIF GPS) or
 * who took it — not the stored original, not its sizes.
 */
import { readdir } from 'node:fs/promises'
import { crc32, createDeflate } from 'node:zlib'

import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, loginAsEditor, stack } from './support/cms.ts'

let token: string
beforeAll(async () => {
  token = await loginAsEditor()
})

interface MediaDoc {
  id: number
  url: string
  filename: string
  width: number
  height: number
  sizes: Record<string, { url: string | null }>
}

async function upload(bytes: Uint8Array, name: string, type: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: `测试上传 ${name}` }))
  return api<{ doc?: MediaDoc; errors?: { message: string }[] }>('/api/media', { method: 'POST', token, form })
}

// Read as staff: an image nothing public uses yet is not served to anyone else (issue 14).
const fetchBytes = async (url: string) =>
  Buffer.from(await (await fetch(new URL(url, stack().cmsUrl), { headers: { authorization: `JWT ${token}` } })).arrayBuffer())

/** A photo with a camera's location and owner in its EXIF, and optionally a rotation flag. */
async function photoWithLocation(orientation?: number): Promise<Buffer> {
  const image = sharp({ create: { width: 400, height: 200, channels: 3, background: '#3a6ea5' } }).composite([
    { input: Buffer.from('<svg width="400" height="200"><rect width="100" height="200" fill="#fff"/></svg>') },
  ])
  const tagged = image.jpeg({ quality: 90 }).withExif({
    IFD0: { Artist: '居民张三', Copyright: '居民张三' },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '37/1 52/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '112/1 34/1 5678/100' },
  })
  return (orientation ? tagged.withMetadata({ orientation }) : tagged).toBuffer()
}

/** A valid PNG of `side` × `side` black pixels: a few hundred KB that would decode to hundreds of MB. */
async function pngBomb(side: number): Promise<Buffer> {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(side, 0)
  header.writeUInt32BE(side, 4)
  header[8] = 8 // bit depth
  header[9] = 0 // greyscale
  const deflate = createDeflate({ level: 9 })
  const parts: Buffer[] = []
  deflate.on('data', (part: Buffer) => parts.push(part))
  const done = new Promise((resolve) => deflate.on('end', resolve))
  const row = Buffer.alloc(1 + side)
  for (let y = 0; y < side; y++) if (!deflate.write(row)) await new Promise((resolve) => deflate.once('drain', resolve))
  deflate.end()
  await done
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', Buffer.concat(parts)), chunk('IEND', Buffer.alloc(0))])
}

describe('uploads', () => {
  it('keeps no location or camera owner in a published photo, and leaves its pixels as they were', async () => {
    const original = await photoWithLocation()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const { status, body } = await upload(original, 'resident-photo.jpg', 'image/jpeg')
    expect(status).toBe(201)
    const doc = body.doc as MediaDoc
    const stored = await fetchBytes(doc.url)
    const meta = await sharp(stored).metadata()
    expect(meta.exif).toBeUndefined()
    expect(meta.xmp).toBeUndefined()
    expect(stored.includes(Buffer.from('居民张三'))).toBe(false)
    // Stripped without re-encoding: the same pixels.
    expect((await sharp(stored).raw().toBuffer()).equals(await sharp(original).raw().toBuffer())).toBe(true)
    for (const size of Object.values(doc.sizes)) {
      if (size.url) expect((await sharp(await fetchBytes(size.url)).metadata()).exif).toBeUndefined()
    }
  })

  it('stores a photo taken sideways upright, since the rotation flag goes with the metadata', async () => {
    const { status, body } = await upload(await photoWithLocation(6), 'sideways.jpg', 'image/jpeg')
    expect(status).toBe(201)
    const doc = body.doc as MediaDoc
    const meta = await sharp(await fetchBytes(doc.url)).metadata()
    expect(meta.exif).toBeUndefined()
    expect([meta.width, meta.height]).toEqual([200, 400])
    expect([doc.width, doc.height]).toEqual([200, 400])
  })

  it('refuses a decompression bomb without decoding it, and an SVG, with clear messages and nothing stored', async () => {
    const before = await readdir(stack().mediaDir)
    const bomb = await pngBomb(12_000)
    expect(bomb.length).toBeLessThan(2_000_000)
    const refused = await upload(bomb, 'huge.png', 'image/png')
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.message).toContain('像素太多（超过 1 亿像素）')
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')
    const vector = await upload(svg, 'logo.svg', 'image/svg+xml')
    expect(vector.status).toBe(400)
    // Named .jpg, still a script.
    const script = await upload(Buffer.from('<?php system($_GET["c"]); ?>'), 'photo.jpg', 'image/jpeg')
    expect(script.status).toBe(400)
    expect(script.body.errors?.[0]?.message).toContain('不是可用的图片文件')
    expect(await readdir(stack().mediaDir)).toEqual(before)
  })
})
