/** The handbook's pages (handbook.ts lays them out and paginates them): see there. */
import type { ReactNode } from 'react'
import type { PublicSettings } from '../../model/types.ts'
import { DISTRICT } from '../../settings.ts'
import type { PrintPhoto } from '../images.ts'
import { Facts, PrintImage, QrCode } from '../parts.tsx'
import { RichText } from '../RichText.tsx'
import type { PrintHandbook, PrintSection } from '../subjects.tsx'

const KIND_LABEL: Record<string, string> = { regulation: '法规', figure: '人物', street: '街巷', place: '阵地', article: '文章' }

/** A section with its printed photo and the address its QR code leads to. */
export interface LaidSection {
  /** Its part's id and link target: s0, s1 … */
  id: string
  section: PrintSection
  photo: PrintPhoto | null
  url: string
}

interface Props {
  handbook: PrintHandbook
  site: PublicSettings
  cover: PrintPhoto | null
  sections: LaidSection[]
  /** The handbook's entry on 打印与下载, for the back cover's QR code. */
  printUrl: string
}

/** A full-bleed page (cover, back cover): red to the bleed, type inside the trim. */
function FullPage({ className, id, children }: { className: string; id?: string; children: ReactNode }) {
  return (
    <section className={`full ${className}`} id={id}>
      <div className="bleed" />
      <div className="trim">{children}</div>
    </section>
  )
}

function Cover({ handbook, site, cover }: Pick<Props, 'handbook' | 'site' | 'cover'>) {
  return (
    <FullPage className="cover">
      <p className="district">{DISTRICT}</p>
      <h1>{handbook.title}</h1>
      {handbook.subtitle && <p className="subtitle">{handbook.subtitle}</p>}
      {cover && (
        <figure>
          <PrintImage photo={cover} />
        </figure>
      )}
      <p className="sponsor">{`${site.sponsor} 编印`}</p>
    </FullPage>
  )
}

/** A part starting on a right-hand page, with its own running head (the named page `p<index>`). */
function Part({ id, index, children }: { id: string; index: number; children: ReactNode }) {
  return (
    <section className="part" id={id} style={{ page: `p${index}` }}>
      {children}
    </section>
  )
}

function TocEntry({ target, kind, title }: { target: string; kind?: string; title: string }) {
  return (
    <li>
      <a href={`#${target}`}>
        <span className="title">
          {kind && <span className="kind">{kind}</span>}
          {title}
        </span>
        <span className="dots" />
        <span className="n" data-toc={target}>
          000
        </span>
      </a>
    </li>
  )
}

function Contents({ foreword, sections }: { foreword: boolean; sections: LaidSection[] }) {
  return (
    <>
      <h2>
        <a href="#contents" style={{ color: 'inherit', textDecoration: 'none' }}>
          目录
        </a>
      </h2>
      <nav className="toc">
        <ol>
          {foreword && <TocEntry target="foreword" title="前言" />}
          {sections.map(({ id, section }) => (
            <TocEntry key={id} target={id} kind={KIND_LABEL[section.kind]} title={section.heading} />
          ))}
        </ol>
      </nav>
    </>
  )
}

function Section({ section, photo, url }: Omit<LaidSection, 'id'>) {
  return (
    <>
      <h2>{section.heading}</h2>
      <p className="kicker">{section.kicker}</p>
      {photo && (
        <figure className="photo">
          <PrintImage photo={photo} />
        </figure>
      )}
      {section.lead && <p className="lead">{section.lead}</p>}
      {section.facts.length > 0 && <Facts facts={section.facts} />}
      <RichText className="body" html={section.html} />
      <div className="more">
        <QrCode url={url} label={`${section.heading}的网页二维码`} />
        <p>
          扫码在手机上阅读全文、查看最新内容
          <br />
          {url}
        </p>
      </div>
    </>
  )
}

function BackCover({ handbook, site, printUrl }: Pick<Props, 'handbook' | 'site' | 'printUrl'>) {
  return (
    <FullPage className="back" id="back-cover">
      <QrCode url={printUrl} label={`${handbook.title}的下载页二维码`} />
      <p>扫码下载本手册和更多宣传品</p>
      <p>{site.siteName}</p>
      <p>{`主办：${site.sponsor}`}</p>
    </FullPage>
  )
}

/** Cover, foreword, contents, one part per section, back cover: the order of handbook.ts's parts. */
export function HandbookView({ handbook, site, cover, sections, printUrl }: Props) {
  const foreword = Boolean(handbook.forewordHtml)
  const first = foreword ? 2 : 1
  return (
    <>
      <Cover handbook={handbook} site={site} cover={cover} />
      {foreword && (
        <Part id="foreword" index={0}>
          <h2>前言</h2>
          <RichText className="body" html={handbook.forewordHtml} />
        </Part>
      )}
      <Part id="contents" index={first - 1}>
        <Contents foreword={foreword} sections={sections} />
      </Part>
      {sections.map((laid, index) => (
        <Part key={laid.id} id={laid.id} index={first + index}>
          <Section {...laid} />
        </Part>
      ))}
      <BackCover handbook={handbook} site={site} printUrl={printUrl} />
    </>
  )
}
