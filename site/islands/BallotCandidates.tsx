/** The ballot's candidates: a checkbox each, with the photo, honour and summary, and a link to the figure's story. */
import type { BallotCandidate } from './electionTypes.ts'

interface Props {
  candidates: BallotCandidate[]
  chosen: number[]
  toggle: (id: number) => void
}

export function BallotCandidates({ candidates, chosen, toggle }: Props) {
  return (
    <ul className="ballot-candidates">
      {candidates.map((candidate) => (
        <li key={candidate.id}>
          <label className="choice">
            <input
              type="checkbox"
              name="choices"
              value={candidate.id}
              checked={chosen.includes(candidate.id)}
              onChange={() => toggle(candidate.id)}
            />
            {candidate.photo && (
              // biome-ignore lint/performance/noImgElement: a static site's island, not a Next.js page.
              <img
                src={candidate.photo.src}
                alt={candidate.photo.alt}
                width={candidate.photo.width}
                height={candidate.photo.height}
                loading="lazy"
              />
            )}
            <span>
              <strong>{candidate.name}</strong>
              {candidate.honourTitle && <span className="ballot-title">{candidate.honourTitle}</span>}
              <span className="ballot-summary">{candidate.summary}</span>
            </span>
          </label>
          <a href={candidate.href}>查看事迹</a>
        </li>
      ))}
    </ul>
  )
}
