/**
 * What print pieces show of the model's documents, as the layouts take it: a poster or
 * leaflet's subject (one shape for a figure, a themed street or a practice place, so every
 * layout serves every kind), a handbook with its sections' text, a sign, a share card.
 * The model hands on data; the rich text and regulation text become markup here, escaped
 * by the rich-text renderer and React.
 */
import { Fragment } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { byIdentity } from '../lib/memo.ts'
import { chineseNumber } from '../lib/numerals.ts'
import { richTextHtml } from '../lib/richText.ts'
import type { SubjectData } from '../model/printSubjects.ts'
import type { HandbookSection, PublicHandbook, SectionBody, StoryPart } from '../model/types.ts'

/** Story parts as one HTML: each part's rich text, under its heading when it has one and is not empty. */
function storyHtml(parts: StoryPart[]): string {
  return parts
    .map((part) => {
      const html = richTextHtml(part.text)
      return part.heading && html ? renderToStaticMarkup(<h3>{part.heading}</h3>) + html : html
    })
    .join('')
}

/** The chosen part of a regulation as print markup: preamble, chapter headings, numbered articles. */
function RegulationText({ body }: { body: Extract<SectionBody, { kind: 'regulation' }> }) {
  return (
    <>
      {body.preamble && <p className="preamble">{body.preamble}</p>}
      {body.chapters.map((chapter) => (
        <Fragment key={chapter.number}>
          {chapter.number > 0 && <h3>{`第${chineseNumber(chapter.number)}章${chapter.title ? ` ${chapter.title}` : ''}`}</h3>}
          {chapter.articles.map((item) => (
            <p className="tiao" key={item.number}>
              <strong>{`第${chineseNumber(item.number)}条`}</strong>
              {` ${item.text}`}
            </p>
          ))}
        </Fragment>
      ))}
    </>
  )
}

function sectionHtml(body: SectionBody): string {
  return body.kind === 'text' ? storyHtml(body.parts) : renderToStaticMarkup(<RegulationText body={body} />)
}

/** A handbook section as the handbook layout takes it: its text as markup. */
export type PrintSection = Omit<HandbookSection, 'body'> & { html: string }

/** A handbook as the printer takes it. */
export type PrintHandbook = Omit<PublicHandbook, 'foreword' | 'sections'> & { forewordHtml: string; sections: PrintSection[] }

/** The same printable handbook while the model's handbook is the same object. */
export const printHandbook = byIdentity((handbook: PublicHandbook): PrintHandbook => {
  const { foreword, sections, ...rest } = handbook
  return {
    ...rest,
    forewordHtml: richTextHtml(foreword),
    sections: sections.map(({ body, ...section }) => ({ ...section, html: sectionHtml(body) })),
  }
})

/** A poster or leaflet's subject as the layouts take it: the story as markup. */
export type PrintSubject = Omit<SubjectData, 'story'> & { storyHtml: string }

/** The same printable subject while the model's subject is the same object. */
const printSubject = byIdentity(({ story, ...rest }: SubjectData): PrintSubject => ({ ...rest, storyHtml: storyHtml(story) }))

/** A subject as the layouts take it: the model's, made printable, or one already in print shape (tests, the bench). */
export const asPrintSubject = (subject: SubjectData | PrintSubject): PrintSubject =>
  'storyHtml' in subject ? subject : printSubject(subject)

/** A handbook as the printer takes it: the model's, made printable, or one already in print shape (tests, the bench). */
export const asPrintHandbook = (handbook: PublicHandbook | PrintHandbook): PrintHandbook =>
  'forewordHtml' in handbook ? handbook : printHandbook(handbook)
