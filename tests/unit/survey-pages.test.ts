/**
 * 征集调查 in the site plan: a published survey in the snapshot becomes its own page (with
 * the island's props read from its question blocks) and a line in the list, open ones
 * first; both pages are in the sitemap, so publishing a survey rebuilds them. Each survey
 * has its paper questionnaire beside its page, linked from it and from 打印与下载.
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it, vi } from 'vitest'

import { publicContent } from '../../site/model/publicContent.ts'
import { planSite } from '../../site/plan/index.ts'
import type { PrintProps, SurveyProps, SurveysProps } from '../../site/views/props.ts'

const DAY = 86_400_000
const fixture = JSON.parse(readFileSync(new URL('./fixtures/demo-snapshot.json', import.meta.url), 'utf8')) as Record<string, unknown>

function survey(id: number, slug: string, opensIn: number, closesIn: number) {
  return {
    id,
    slug,
    title: `问卷${id}`,
    intro: null,
    opensAt: new Date(Date.now() + opensIn * DAY).toISOString(),
    closesAt: new Date(Date.now() + closesIn * DAY).toISOString(),
    notice: { collector: '杏花岭区委宣传部', purpose: '了解意见', contact: '0351-1234567' },
    area: null,
    questions: [
      { id: 'q1', blockType: 'rating', label: '满意吗？', low: '很不满意', high: '很满意' },
      { id: 'q2', blockType: 'text', label: '为什么？', long: true, required: false, showIf: { question: 1, answers: '1' } },
    ],
    updatedAt: '2026-11-30T00:00:00.000Z',
    createdAt: '2026-11-30T00:00:00.000Z',
  }
}

function plan(questionnaire = 'qn1') {
  const snapshot = Object.fromEntries(
    Object.entries(structuredClone(fixture)).map(([name, value]) => [
      name,
      Array.isArray(value) ? new Map(value as [number, unknown][]) : value,
    ]),
  )
  const surveys = [
    survey(1, 'yi-jie-shu', -30, -1),
    survey(2, 'zheng-zai', -1, 10),
    survey(3, 'ji-jiang', 2, 20),
    survey(4, 'kuai-jie-zhi', -5, 2),
  ]
  snapshot.surveys = new Map(surveys.map((doc) => [doc.id, doc]))
  const islands = { version: 'i1', assets: { script: '/_astro/islands-test.js', styles: [] }, files: [] }
  return planSite(
    publicContent(snapshot as never),
    {
      pages: 'p1',
      islands: 'i1',
      share: 's1',
      print: { poster: 'po1', leaflet: 'l1', handbook: 'h1', sign: 'si1', questionnaire, menu: 'm1' },
    },
    islands,
  )
}

describe('征集调查 pages', () => {
  const outputs = plan()
  const pageAt = (path: string) => {
    const found = outputs.find((output) => output.path === path)
    return found?.kind === 'page' ? found : undefined
  }

  it('lists open surveys by their close, then upcoming, then closed', () => {
    const list = pageAt('surveys/index.html')?.props as SurveysProps
    expect(list.groups.map((group) => [group.heading, group.surveys.map((item) => item.href)])).toEqual([
      ['正在征集', ['/surveys/kuai-jie-zhi/', '/surveys/zheng-zai/']],
      ['即将开始', ['/surveys/ji-jiang/']],
      ['已经结束', ['/surveys/yi-jie-shu/']],
    ])
  })

  it('gives each survey a page whose form reads the question blocks, its skip rule resolved', () => {
    const props = pageAt('surveys/zheng-zai/index.html')?.props as SurveyProps
    expect(props.form.questions[1]?.showIf).toEqual({ question: 'q1', values: ['1'] })
    expect(props.form.submitUrl).toMatch(/\/surveys\/zheng-zai\/responses$/)
    expect(props.form.statusUrl).toMatch(/\/surveys\/zheng-zai\/status$/)
    expect(props.survey).not.toHaveProperty('questions')
  })

  it('puts the list and every survey in the sitemap', () => {
    const sitemap = outputs.find((output) => output.path === 'sitemap.xml')
    const body = sitemap?.kind === 'text' ? sitemap.body : ''
    for (const path of ['/surveys/', '/surveys/zheng-zai/', '/surveys/yi-jie-shu/']) expect(body).toContain(`${path}</loc>`)
  })

  it('prints every survey’s paper questionnaire beside its page, linked from it and from 打印与下载', () => {
    const files = outputs.filter((output) => output.kind === 'questionnaire')
    expect(files.map((output) => output.path).sort()).toEqual(
      ['ji-jiang', 'kuai-jie-zhi', 'yi-jie-shu', 'zheng-zai'].map((slug) => `surveys/${slug}/questionnaire.pdf`),
    )
    const survey = pageAt('surveys/zheng-zai/index.html')?.props as SurveyProps
    expect(survey.questionnaire).toBe('/surveys/zheng-zai/questionnaire.pdf')
    const print = pageAt('print/index.html')?.props as PrintProps
    expect(print.questionnaires.map((entry) => entry.href)).toContain('/surveys/yi-jie-shu/questionnaire.pdf')
    expect(print.questionnaires.find((entry) => entry.href.includes('zheng-zai'))?.download).toBe('问卷2-纸质问卷-A4.pdf')
  })

  it('reprints a questionnaire only when its survey or the questionnaire’s code changes', () => {
    const keys = (planned: ReturnType<typeof plan>) =>
      new Map(planned.filter((output) => output.kind === 'questionnaire').map((output) => [output.path, output.key]))
    // The surveys' dates are read from the clock: the same moment for each plan.
    vi.useFakeTimers({ now: new Date('2026-11-15T00:00:00Z'), toFake: ['Date'] })
    try {
      const once = keys(plan())
      expect(keys(plan())).toEqual(once)
      const recoded = keys(plan('qn2'))
      for (const [path, key] of once) expect(recoded.get(path), path).not.toBe(key)
    } finally {
      vi.useRealTimers()
    }
  })
})
