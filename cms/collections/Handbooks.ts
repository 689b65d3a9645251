import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { HANDBOOK_TRIMS, parseNumberList } from '../../contract/vocabulary'
import { areaField } from '../fields/area'
import { printPreviewEndpoint } from '../print/previewEndpoint'
import { printPreviewField } from '../print/previewField'
import { withReview } from '../workflow/reviewed'

const numberList: TextFieldSingleValidation = (value) => {
  try {
    parseNumberList(value)
    return true
  } catch (error) {
    return `${(error as Error).message}。请填数字，用逗号分开，连续的用短横线，例如“3-7, 12”；留空表示全部。`
  }
}

/** 口袋手册: a printed booklet composed from published regulations, figures, streets, places and articles. */
export const Handbooks: CollectionConfig = withReview(
  {
    slug: 'handbooks',
    labels: { singular: '手册', plural: '手册' },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'trimSize', 'area', '_status', 'updatedAt'],
      description: '把条例、人物、街巷、阵地和文章编成一本可印刷的口袋手册（带封面、目录、页眉页码，页数补足 4 的倍数便于骑马订）。',
    },
    fields: [
      { name: 'title', label: '手册名称', type: 'text', required: true, maxLength: 40, admin: { description: '例如：文明创建口袋书' } },
      { name: 'subtitle', label: '副标题', type: 'text', maxLength: 60 },
      {
        name: 'trimSize',
        label: '开本',
        type: 'select',
        required: true,
        defaultValue: 'a5',
        options: HANDBOOK_TRIMS.map(({ value, label }) => ({ value, label })),
      },
      { name: 'cover', label: '封面图片', type: 'upload', relationTo: 'media' },
      { name: 'foreword', label: '前言', type: 'richText' },
      {
        name: 'sections',
        label: '收录内容',
        labels: { singular: '一节', plural: '各节' },
        type: 'array',
        required: true,
        minRows: 1,
        maxRows: 60,
        admin: { description: '每一项从右页开始，按这里的顺序排列；只收录已发布的内容。' },
        fields: [
          {
            name: 'item',
            label: '内容',
            type: 'relationship',
            relationTo: ['regulations', 'figures', 'streets', 'places', 'articles'],
            required: true,
          },
          {
            type: 'row',
            fields: [
              {
                name: 'chapters',
                label: '收录的章（仅法规）',
                type: 'text',
                validate: numberList,
                admin: { description: '章号，例如“1, 3”；留空收录全部章' },
              },
              {
                name: 'articles',
                label: '收录的条（仅法规）',
                type: 'text',
                validate: numberList,
                admin: { description: '条号，例如“3-7, 12”；留空收录所选章的全部条' },
              },
            ],
          },
          { name: 'heading', label: '本节标题（可选）', type: 'text', maxLength: 30, admin: { description: '留空时用所收内容的标题' } },
        ],
      },
      printPreviewField(),
      areaField(),
    ],
    endpoints: [printPreviewEndpoint],
  },
  { area: 'area', title: 'title' },
)
