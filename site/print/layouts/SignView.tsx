/** The sign's content (sign.ts lays it out): see there. */

import type { Sign } from '../../model/printSubjects.ts'
import type { PublicSettings } from '../../model/types.ts'
import { fitText, QrCode, Sheet } from '../parts.tsx'

interface Props {
  sign: Sign
  site: PublicSettings
  /** 第十二条 */
  article: string
  url: string
  /** The smallest reminder type, in points. */
  min: number
}

export function SignView({ sign, site, article, url, min }: Props) {
  return (
    <Sheet bleed={<div className="band" />}>
      <div className="sign">
        <p className="head">温馨提示</p>
        <p className="reminder" {...fitText(min, '温馨提示牌：提示语太长，在 3 米外可读的字号下放不下，已截断；请缩短到 24 个字以内。')}>
          {sign.reminder}
        </p>
        <div className="source">
          <QrCode url={url} label={`${sign.regulationTitle}${article}的网页二维码`} />
          <div>
            <p className="cite">{`——摘自《${sign.regulationTitle}》${article}`}</p>
            <p className="text" {...fitText(7, '温馨提示牌：条文较长，只印了开头，扫码可读全文。')}>
              {sign.articleText}
            </p>
            <p className="sponsor">{`${site.sponsor} · ${site.siteName}`}</p>
          </div>
        </div>
      </div>
    </Sheet>
  )
}
