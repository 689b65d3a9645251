/**
 * 问卷题目 as editors build them: one block per kind of question (选择题, 评分题, 填空题,
 * 矩阵题), each with its text, whether it must be answered, and an optional rule 「只在第 N
 * 题选了…时显示」 written the way an editor thinks of it — by question number and option
 * text — and read into keys and values by definition.ts.
 */
import type { Block, Field } from 'payload'

import { SURVEY_LIMITS } from '../../../contract/surveys'

const optionRows = (name: string, label: string, min: number, max: number, defaults?: string[]): Field => ({
  name,
  label,
  type: 'array',
  minRows: min,
  maxRows: max,
  labels: { singular: label, plural: label },
  ...(defaults ? { defaultValue: defaults.map((text) => ({ label: text })) } : {}),
  fields: [{ name: 'label', label: '文字', type: 'text', required: true, maxLength: 60 }],
})

const common = (extra: Field[]): Field[] => [
  { name: 'label', label: '题目', type: 'textarea', required: true, maxLength: SURVEY_LIMITS.label },
  { name: 'help', label: '提示', type: 'text', maxLength: 100, admin: { description: '题目下方的小字说明（可不填）。' } },
  { name: 'required', label: '必答', type: 'checkbox', defaultValue: true },
  ...extra,
  {
    name: 'showIf',
    label: '显示条件（可不填）',
    type: 'group',
    admin: { description: '只在前面某一题选了指定答案时才显示这一题；不填表示总是显示。' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'question', label: '当第几题', type: 'number', min: 1, max: SURVEY_LIMITS.questions, admin: { width: '30%' } },
          {
            name: 'answers',
            label: '选了这些答案时',
            type: 'text',
            maxLength: 200,
            admin: { width: '70%', description: '写选项文字，几个答案用“、”分开；评分题写分数，例如 1、2。' },
          },
        ],
      },
    ],
  },
]

export const SCALE_5 = ['很不满意', '不太满意', '一般', '比较满意', '很满意']

export const QUESTION_BLOCKS: Block[] = [
  {
    slug: 'choice',
    labels: { singular: '选择题', plural: '选择题' },
    fields: common([
      { name: 'multiple', label: '可以多选', type: 'checkbox', defaultValue: false },
      {
        name: 'maxChoices',
        label: '最多选几项',
        type: 'number',
        min: 2,
        max: SURVEY_LIMITS.options,
        admin: { condition: (_, sibling) => Boolean(sibling?.multiple), description: '不填表示不限。' },
      },
      optionRows('options', '选项', 2, SURVEY_LIMITS.options),
    ]),
  },
  {
    slug: 'rating',
    labels: { singular: '评分题（1–5 分）', plural: '评分题' },
    fields: common([
      {
        type: 'row',
        fields: [
          { name: 'low', label: '1 分表示', type: 'text', required: true, defaultValue: SCALE_5[0], maxLength: 10 },
          { name: 'high', label: '5 分表示', type: 'text', required: true, defaultValue: SCALE_5[4], maxLength: 10 },
        ],
      },
    ]),
  },
  {
    slug: 'text',
    labels: { singular: '填空题', plural: '填空题' },
    fields: common([
      {
        name: 'long',
        label: '详细回答（多行，最多 2000 字；不勾选为一行，最多 200 字）',
        type: 'checkbox',
        defaultValue: false,
      },
    ]),
  },
  {
    slug: 'matrix',
    labels: { singular: '矩阵题（几项用同一把尺子打分）', plural: '矩阵题' },
    fields: common([
      optionRows('rows', '评价的项目', 1, SURVEY_LIMITS.rows),
      optionRows('columns', '评价等级', 2, SURVEY_LIMITS.columns, SCALE_5),
    ]),
  },
]
