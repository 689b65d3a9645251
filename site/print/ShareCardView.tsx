/** A share card's content (share.ts draws it): the site, the section large, one line, the sponsor. */
import type { ShareCard } from '../model/printSubjects.ts'

export function ShareCardView({ card }: { card: ShareCard }) {
  return (
    <>
      <header>{card.siteName}</header>
      <main>
        <h1>{card.title}</h1>
        <p>{card.subtitle}</p>
      </main>
      <footer>{`主办：${card.sponsor}`}</footer>
    </>
  )
}
