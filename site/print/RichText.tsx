/**
 * Rich text that site/lib/richText.ts already rendered from the editor's state (every text
 * escaped, every link checked): the one place where ready HTML enters a print piece. (Pages
 * put the same renderer's output in with Astro's set:html.)
 */

/** `data-*` attributes passed through to the wrapper (e.g. the print fitter's). */
export type DataAttributes = { [name: `data-${string}`]: string | number | undefined }

export function RichText({ html, className, ...data }: { html: string; className?: string } & DataAttributes) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: richText.ts escapes every text and checks every link; nothing else comes in here.
  return <div className={className} {...data} dangerouslySetInnerHTML={{ __html: html }} />
}
