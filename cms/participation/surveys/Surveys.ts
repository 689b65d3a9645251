/**
 * 民意征集 问卷: built by editors from question blocks (blocks.ts), published only through
 * review (先审后发) like any article — so its words pass the 错敏字 and privacy checks — and
 * open to answers between its dates. Once answers have come in, its questions and options
 * can be reworded but not removed or changed in kind (surveyHooks.ts).
 */
import type { CollectionConfig } from 'payload'

import { SURVEY_LIMITS } from '../../../contract/surveys'
import { areaField } from '../../fields/area'
import { beijingDateTime } from '../../fields/beijingTime'
import { printPreviewEndpoint } from '../../print/previewEndpoint'
import { printPreviewField } from '../../print/previewField'
import { withReview } from '../../workflow/reviewed'
import { QUESTION_BLOCKS } from './blocks'
import { surveyResultsEndpoints } from './resultsEndpoints'
import { checkSurvey, forgetAnswers, keepAnsweredStructure } from './surveyHooks'

export const Surveys: CollectionConfig = withReview(
  {
    slug: 'surveys',
    labels: { singular: '问卷', plural: '民意征集' },
    admin: {
      group: '居民参与',
      useAsTitle: 'title',
      defaultColumns: ['title', 'area', 'opensAt', 'closesAt', '_status'],
      description: '编好题目、写明告知事项，提交审核；审核通过后，问卷在开始日期到截止日期之间接受居民填写（网上、入户代填、纸质录入）。',
    },
    endpoints: [...surveyResultsEndpoints, printPreviewEndpoint],
    hooks: { beforeValidate: [checkSurvey], beforeChange: [keepAnsweredStructure], beforeDelete: [forgetAnswers] },
    fields: [
      { name: 'title', label: '问卷标题', type: 'text', required: true, maxLength: SURVEY_LIMITS.title },
      {
        name: 'intro',
        label: '说明',
        type: 'textarea',
        maxLength: SURVEY_LIMITS.intro,
        admin: { description: '写在题目前面：为什么征集、大约需要几分钟、结果怎么用。' },
      },
      {
        type: 'row',
        fields: [beijingDateTime('opensAt', '开始时间', { required: true }), beijingDateTime('closesAt', '截止时间', { required: true })],
      },
      {
        name: 'notice',
        label: '个人信息告知',
        type: 'group',
        admin: { description: '显示在问卷前面；居民勾选“我已阅读并同意”后才能提交。' },
        fields: [
          { name: 'collector', label: '收集单位', type: 'text', required: true, maxLength: 60, defaultValue: '杏花岭区委宣传部' },
          {
            name: 'purpose',
            label: '收集目的',
            type: 'textarea',
            required: true,
            maxLength: 300,
            defaultValue: '了解居民意见，改进工作；结果只以统计数字和去除个人信息的摘录公开。',
          },
          {
            name: 'contact',
            label: '联系方式',
            type: 'text',
            required: true,
            maxLength: 100,
            admin: { description: '例如：0351-1234567（工作日 9:00–17:00）' },
          },
        ],
      },
      {
        name: 'questions',
        label: '题目',
        type: 'blocks',
        required: true,
        minRows: 1,
        maxRows: SURVEY_LIMITS.questions,
        blocks: QUESTION_BLOCKS,
        labels: { singular: '题目', plural: '题目' },
      },
      {
        name: 'results',
        label: '征集结果',
        type: 'ui',
        admin: { position: 'sidebar', components: { Field: '/components/SurveyResultsPanel#SurveyResultsPanel' } },
      },
      {
        name: 'allowProxy',
        label: '允许入户代填',
        type: 'checkbox',
        defaultValue: true,
        admin: { position: 'sidebar', description: '社区工作者可以用自己的账号上门帮居民填写（每户一份）。' },
      },
      areaField({ label: '征集范围' }),
      // 打印预览: the draft as the A4 paper questionnaire (纸质问卷).
      printPreviewField(),
    ],
  },
  { area: 'area', title: 'title' },
)
