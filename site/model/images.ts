/** Images as the site serves them: the file, its size variants for srcset, and where the build fetches it. */
import type { Media } from '../../contract/payload-types.ts'
import { cmsUrl } from '../loaders/cms.ts'
import { paths } from '../settings.ts'
import type { SiteImage } from './types.ts'

type SizeName = keyof NonNullable<Media['sizes']>
/** Thumbnails for cards and full-width heroes, each with a larger width for sharp screens. */
export const CARD: SizeName[] = ['thumb', 'card']
export const HERO: SizeName[] = ['heroSmall', 'hero']

/** The first of `names` the image has, with the others as alternates; the original when it has none. */
export function responsive(media: Media, names: SizeName[]): SiteImage | null {
  const variants = names.map((name) => siteImage(media, name)).filter((image): image is SiteImage => image !== null)
  const [first, ...rest] = variants
  if (!first) return siteImage(media)
  return rest.length > 0 ? { ...first, alternates: rest } : first
}

/** Every file an image needs on the site: itself and its alternates. */
export const filesOf = (image: SiteImage): SiteImage[] => [image, ...(image.alternates ?? [])]

export function siteImage(media: Media, size?: keyof NonNullable<Media['sizes']>): SiteImage | null {
  const variant = size ? media.sizes?.[size] : media
  if (!variant?.url || !variant.filename || !variant.width || !variant.height) return null
  return {
    src: paths.media(variant.filename),
    filename: variant.filename,
    mimeType: variant.mimeType ?? 'application/octet-stream',
    sourceUrl: new URL(variant.url, `${cmsUrl()}/`).toString(),
    version: `${media.id}:${media.updatedAt}:${variant.filesize ?? ''}`,
    width: variant.width,
    height: variant.height,
    alt: media.alt,
    caption: media.caption ?? undefined,
  }
}
