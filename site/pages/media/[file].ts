import type { APIRoute, GetStaticPaths } from 'astro'

import { fetchImageBytes, loadSiteImages, type SiteImage } from '../../loaders/cms.ts'

/** Copies every image the published pages show into the static site. */
export const getStaticPaths = (async () => {
  const images = await loadSiteImages()
  return images.map((image) => ({ params: { file: image.filename }, props: { image } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ image: SiteImage }> = async ({ props }) => new Response(await fetchImageBytes(props.image))
