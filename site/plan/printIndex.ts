/** 打印与下载: an overview, each kind's products in pages that stay put as it grows, handbooks, signs, paper questionnaires, and the PDFs. */
import {
  HANDBOOK_PAPER,
  handbookPath,
  productPath,
  questionnaireName,
  questionnairePath,
  SUBJECT_PRODUCTS,
  SUBJECT_SECTION,
  type SubjectKind,
  signPath,
} from '../../contract/print.ts'
import { chineseNumber } from '../lib/numerals.ts'
import { figureSubject, type SubjectData, signsOf, venueSubject } from '../model/printSubjects.ts'
import type { PublicFigure, PublicVenue } from '../model/types.ts'
import { paths } from '../settings.ts'
import type { PrintHandbookEntry, PrintProps } from '../views/props.ts'
import { digest, digestOf, familyOf, fileOf, type Plan, page } from './keys.ts'
import { paginate } from './paginate.ts'
import { menuPrintIndex } from './services.ts'

/** The addresses of an item's posters and leaflets, as its page and 打印与下载 link them. */
export const subjectPdfs = (kind: SubjectKind, slug: string): string[] =>
  SUBJECT_PRODUCTS.map((product) => productPath(kind, slug, product.id))

/** Posters and leaflets change exactly when their item (or the settings, or the code) does. */
export function planPrintProducts(plan: Plan, subject: SubjectData, itemKey: string): void {
  for (const product of SUBJECT_PRODUCTS) {
    plan.add(
      { kind: 'print', path: fileOf(productPath(subject.kind, subject.slug, product.id)), product: product.id, subject, site: plan.site },
      digest(plan.versions.print[familyOf(product.id)], product.id, plan.siteKey, itemKey),
    )
  }
}

function planHandbooks(plan: Plan): PrintHandbookEntry[] {
  return plan.content.handbooks.map((handbook) => {
    const key = digest(plan.versions.print.handbook, 'handbook', plan.siteKey, digestOf(handbook))
    plan.add({ kind: 'handbook', path: fileOf(handbookPath(handbook.slug)), handbook, site: plan.site }, key)
    return {
      slug: handbook.slug,
      title: handbook.title,
      subtitle: handbook.subtitle,
      paper: HANDBOOK_PAPER[handbook.trim],
      href: handbookPath(handbook.slug),
      sections: handbook.sections.length,
      pages: null,
      pdfKey: key,
    }
  })
}

function planSigns(plan: Plan): PrintProps['signs'] {
  return plan.content.regulations.flatMap(signsOf).map((sign) => {
    plan.add({ kind: 'sign', path: fileOf(signPath(sign)), sign, site: plan.site })
    return {
      reminder: sign.reminder,
      cite: `《${sign.regulationTitle}》第${chineseNumber(sign.articleNumber)}条`,
      href: signPath(sign),
      article: paths.regulationArticle(sign.regulationSlug, sign.articleNumber),
    }
  })
}

export function planPrintIndex(plan: Plan): void {
  const { figures, streets, places } = plan.content
  const printable: { kind: SubjectKind; items: (PublicFigure | PublicVenue)[]; href: (slug: string) => string }[] = [
    { kind: 'figure', items: figures, href: paths.figure },
    { kind: 'street', items: streets, href: paths.street },
    { kind: 'place', items: places, href: paths.place },
  ]
  const handbooks = planHandbooks(plan)
  const signs = planSigns(plan)
  const sections = printable.map(({ kind, items }) => ({
    title: SUBJECT_SECTION[kind].label,
    href: `${paths.print}${SUBJECT_SECTION[kind].dir}/`,
    count: items.length,
  }))
  // The files themselves are planned with each survey's page (surveys.ts).
  const questionnaires = plan.content.surveys.map((survey) => ({
    title: survey.title,
    href: questionnairePath(survey.slug),
    page: paths.survey(survey.slug),
    opensAt: survey.opensAt,
    closesAt: survey.closesAt,
    download: questionnaireName(survey.title),
  }))
  // The menus' files are planned with the menu pages (services.ts).
  const menus = menuPrintIndex(plan.content.serviceItems)
  const pdfs = [...handbooks, ...signs, ...questionnaires, ...menus.flatMap((menu) => menu.prints)].map((entry) => entry.href)
  plan.add(page(paths.print, 'PrintPage', { site: plan.site, sections, handbooks, signs, questionnaires, menus }, pdfs))
  for (const { kind, items, href } of printable) {
    const rows = items.map((item) => {
      const subject = 'honourTitle' in item ? figureSubject(item) : venueSubject(item)
      const kicker = `${subject.kicker} · ${subject.title}`
      return { kind, slug: item.slug, href: href(item.slug), name: item.name, kicker, area: item.area, publishedAt: item.publishedAt }
    })
    const { label, dir } = SUBJECT_SECTION[kind]
    for (const listPage of paginate(rows, `${paths.print}${dir}/`)) {
      plan.add(
        page(
          listPage.path,
          'PrintListPage',
          {
            site: plan.site,
            path: listPage.path,
            title: listPage.pager.label ? `${label}（${listPage.pager.label}）` : label,
            rows: listPage.items.map(({ publishedAt: _published, ...row }) => row),
            pager: listPage.pager,
          },
          listPage.items.flatMap((row) => subjectPdfs(row.kind, row.slug)),
        ),
      )
    }
  }
}
