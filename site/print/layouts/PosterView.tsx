/** The poster's content (poster.ts lays it out): see there. */

import type { PublicSettings } from '../../model/types.ts'
import { DISTRICT } from '../../settings.ts'
import type { PrintPhoto } from '../images.ts'
import { fitBlock, fitText, PrintImage, ReadOnline, Sheet } from '../parts.tsx'
import { RichText } from '../RichText.tsx'
import type { PrintSubject } from '../subjects.tsx'

interface Props {
  subject: PrintSubject
  site: PublicSettings
  photo: PrintPhoto | null
  /** A3 against A4: the fitter's floors scale with the design. */
  k: number
  label: string
}

export function PosterView({ subject, site, photo, k, label }: Props) {
  const bleed = (
    <>
      <div className="band" />
      <div className="foot-band" />
    </>
  )
  return (
    <Sheet bleed={bleed}>
      <div className={photo ? 'poster' : 'poster no-photo'}>
        <div className="head">
          <p className="kicker" {...fitText(8 * k, `${label}：小标题过长，已缩短。`)}>{`${DISTRICT} · ${subject.kicker}`}</p>
          <p className="title" {...fitText(20 * k, `${label}：称号过长，已缩短。`)}>
            {subject.title}
          </p>
        </div>
        {photo && (
          <figure className="photo">
            <PrintImage photo={photo} />
          </figure>
        )}
        <h1 className="name" {...fitText(20 * k, `${label}：名称过长，海报上已缩短。`)}>
          {subject.name}
        </h1>
        <p className="summary" {...fitText(11 * k, `${label}：一句话介绍过长，已缩短。`)}>
          {subject.summary}
        </p>
        <RichText
          className="story"
          html={subject.storyHtml}
          {...fitBlock(10 * k, '……全文请扫描下方二维码阅读。', `${label}：正文较长，只印了开头部分，其余请读者扫码阅读。`)}
        />
        <ReadOnline url={subject.url} name={subject.name} siteName={site.siteName} />
      </div>
      <p className="sponsor">{`主办：${site.sponsor}`}</p>
    </Sheet>
  )
}
