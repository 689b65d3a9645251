/** The leaflet's two sides (leaflet.ts lays them out): see there. */

import type { PublicSettings } from '../../model/types.ts'
import { DISTRICT } from '../../settings.ts'
import type { PrintPhoto } from '../images.ts'
import { Facts, fitBlock, fitText, PrintImage, ReadOnline, Sheet } from '../parts.tsx'
import { RichText } from '../RichText.tsx'
import type { PrintSubject } from '../subjects.tsx'

export const LABEL = 'A5 宣传单'

const storyHeading: Record<PrintSubject['kind'], string> = { figure: '的事迹', street: '的故事', place: '的变化' }

const fitLine = (min: number, what: string) => fitText(min, `${LABEL}：${what}过长，已缩短。`)

interface Props {
  subject: PrintSubject
  site: PublicSettings
  photo: PrintPhoto | null
}

function Front({ subject, site, photo }: Props) {
  return (
    <div className={photo ? 'front' : 'front no-photo'}>
      <div className="head">
        <p className="kicker" {...fitLine(7, '小标题')}>{`${DISTRICT} · ${subject.kicker}`}</p>
        <p className="title" {...fitLine(14, '称号')}>
          {subject.title}
        </p>
      </div>
      {photo && (
        <figure className="photo">
          <PrintImage photo={photo} />
          {photo.caption && <figcaption {...fitLine(6, '图片说明')}>{photo.caption}</figcaption>}
        </figure>
      )}
      <h1 className="name" {...fitLine(14, '名称')}>
        {subject.name}
      </h1>
      <p className="summary" {...fitLine(9, '一句话介绍')}>
        {subject.summary}
      </p>
      <p className="footer" {...fitLine(6, '页脚')}>{`${subject.area || DISTRICT} · 主办：${site.sponsor}`}</p>
    </div>
  )
}

function Back({ subject, site }: Props) {
  const story = fitBlock(9, '……全文请扫描下方二维码阅读。', `${LABEL}：正文较长，只印了开头部分，其余请读者扫码阅读。`)
  return (
    <div className="back">
      <h2 {...fitLine(9, '标题')}>{`${subject.name}${storyHeading[subject.kind]}`}</h2>
      {subject.facts.length > 0 && <Facts facts={subject.facts} fitValue={(label) => fitLine(8, label)} />}
      {subject.storyHtml ? (
        <RichText className="story" html={subject.storyHtml} {...story} />
      ) : (
        <div className="story" {...story}>
          <p>{subject.summary}</p>
        </div>
      )}
      <ReadOnline url={subject.url} name={subject.name} siteName={site.siteName} />
      <p className="footer" {...fitLine(6, '页脚')}>{`主办：${site.sponsor} · ${site.siteName}`}</p>
    </div>
  )
}

export function LeafletView(props: Props) {
  return (
    <>
      <Sheet bleed={<div className="band" />}>
        <Front {...props} />
      </Sheet>
      <Sheet>
        <Back {...props} />
      </Sheet>
    </>
  )
}
