import type { CollectionConfig } from 'payload'
import { optionsOf, REGULATION_STATUSES } from '../../../contract/vocabulary'
import { staffField } from '../../access/staffField'
import { areaField } from '../../fields/area'
import { withReview } from '../../workflow/reviewed'
import { splitPastedText } from './hooks/splitPastedText'

/** 法规: structured text, chapters of numbered articles, so each 第十二条 can be linked and printed. */
export const Regulations: CollectionConfig = withReview(
  {
    slug: 'regulations',
    labels: { singular: '法规', plural: '法规' },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'issuingBody', 'legalStatus', '_status', 'updatedAt'],
      description: '粘贴法规全文即可自动拆分为章和条。',
    },
    defaultPopulate: { title: true, slug: true, issuingBody: true, legalStatus: true },
    fields: [
      { name: 'title', label: '名称', type: 'text', required: true, admin: { description: '不加书名号，例如：太原市文明行为促进条例' } },
      {
        type: 'row',
        fields: [
          { name: 'issuingBody', label: '制定机关', type: 'text', required: true },
          {
            name: 'legalStatus',
            label: '效力状态',
            type: 'select',
            required: true,
            defaultValue: 'in-force',
            options: optionsOf(REGULATION_STATUSES),
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'adoptedOn',
            label: '通过日期',
            type: 'date',
            admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
          },
          {
            name: 'effectiveOn',
            label: '施行日期',
            type: 'date',
            admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
          },
        ],
      },
      {
        name: 'sourceText',
        label: '粘贴条文全文',
        type: 'textarea',
        // An input aid: the public reads the chapters and articles split from it.
        access: { read: staffField },
        admin: {
          rows: 12,
          description: '从官方文本复制“第一章 总则 第一条 ……”粘贴到这里，保存时自动拆分为下面的章和条；格式有误时会指出出错的行。',
        },
      },
      { name: 'preamble', label: '题注', type: 'textarea', admin: { description: '标题、通过信息、目录等正文前的文字。' } },
      {
        name: 'chapters',
        label: '章',
        type: 'array',
        labels: { singular: '章', plural: '章' },
        admin: { initCollapsed: true },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'number',
                label: '章序号',
                type: 'number',
                required: true,
                min: 0,
                max: 99,
                admin: { description: '无章的法规为 0' },
              },
              { name: 'title', label: '章标题', type: 'text' },
            ],
          },
          {
            name: 'articles',
            label: '条',
            type: 'array',
            labels: { singular: '条', plural: '条' },
            fields: [
              {
                type: 'row',
                fields: [
                  { name: 'number', label: '条序号', type: 'number', required: true, min: 1, max: 9999 },
                  { name: 'section', label: '节', type: 'text' },
                ],
              },
              { name: 'text', label: '条文', type: 'textarea', required: true },
              {
                name: 'reminder',
                label: '温馨提示语',
                type: 'text',
                maxLength: 24,
                admin: {
                  description: '填写后自动生成一张 A4 横版温馨提示牌（3 米外可读），例如“请勿高空抛物”。不超过 24 个字，越短越醒目。',
                },
              },
            ],
          },
        ],
      },
      areaField({ required: false, label: '适用区域' }),
    ],
    hooks: {
      beforeValidate: [splitPastedText],
    },
  },
  { area: 'area', title: 'title' },
)
