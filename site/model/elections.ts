/**
 * 评选 as the public reads them: the published 评选 with its candidates resolved to the
 * published figures (a withdrawn figure drops out of the ballot page; the API refuses it
 * too, as it is no longer among the published version's candidates only when an editor
 * removes it), each with its card photo, honour and summary.
 */
import type { Election } from '../../contract/payload-types.ts'
import type { BallotCandidate } from '../islands/electionTypes.ts'
import { paths } from '../settings.ts'
import type { Deriver } from './derive.ts'
import type { PublicElection, PublicFigure } from './types.ts'

function candidate(figure: PublicFigure): BallotCandidate {
  const card = figure.portrait?.card
  return {
    id: figure.id,
    name: figure.name,
    honourTitle: figure.honourTitle,
    summary: figure.summary,
    href: paths.figure(figure.slug),
    photo: card ? { src: card.src, alt: card.alt || figure.name, width: card.width, height: card.height } : null,
  }
}

export function publicElection(d: Deriver, doc: Election, figures: Map<number, PublicFigure>): PublicElection {
  const area = d.lookup(d.snapshot.areas, doc.area)
  const candidates = (doc.candidates ?? [])
    .map((value) => figures.get(typeof value === 'number' ? value : value.id))
    .filter((figure): figure is PublicFigure => figure !== undefined)
    .map(candidate)
  return {
    id: doc.id,
    slug: doc.slug ?? String(doc.id),
    title: doc.title,
    intro: doc.intro?.trim() || null,
    opensAt: doc.opensAt,
    closesAt: doc.closesAt,
    area: area?.name ?? null,
    choices: doc.choices,
    rules: doc.rules,
    candidates,
  }
}
