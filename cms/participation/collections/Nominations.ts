/**
 * 好人推荐: a resident recommends someone — who, where, what they did, up to three photos
 * and the sender's own contact for follow-up. Created only through the gate; private to
 * staff (a community worker sees their own area's). An adopted nomination becomes a 人物
 * draft (转为人物草稿, nominationAdopt.ts) linked back here, and goes through review, which
 * asks for the person's own consent before anything about them is published.
 */
import type { CollectionConfig } from 'payload'

import { NOMINATION_LIMITS, NOMINATION_STATUSES, RETENTION_DAYS } from '../../../contract/participation'
import { GOOD_DEEDS, HONOUR_KINDS, optionsOf } from '../../../contract/vocabulary'
import { RESIDENT_RECORD_ACCESS, RESIDENT_WRITTEN } from '../access'
import { gatedCreate } from '../gate/gate'
import { adoptEndpoint } from '../nominationAdopt'
import { fillIntake, forgetContact, intakeFields, receivedAtField, referenceField, SYSTEM } from './intake'
import { decideNomination, forgetPhotos, savePhotos } from './nominationHooks'
import { UPLOADS_SLUG } from './Uploads'

export const Nominations: CollectionConfig = {
  slug: 'nominations',
  labels: { singular: '好人推荐', plural: '好人推荐' },
  access: RESIDENT_RECORD_ACCESS,
  admin: {
    group: '居民参与',
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'nominee', 'area', 'status', 'receivedAt'],
    description: '居民推荐的身边好人。核实后点“转为人物草稿”，发布前须取得本人同意。被推荐人的信息属于个人信息，不要外传。',
  },
  defaultSort: '-receivedAt',
  endpoints: [adoptEndpoint],
  hooks: {
    beforeOperation: [gatedCreate('nominations')],
    beforeChange: [
      fillIntake({
        prefix: 'TJ',
        text: (data) => `${data.nominee ?? ''}\n${data.story ?? ''}`,
        keepDays: RETENTION_DAYS.nominationAtMost,
        extra: savePhotos,
      }),
      decideNomination,
    ],
    afterDelete: [forgetContact, forgetPhotos],
  },
  fields: [
    referenceField,
    { name: 'nominee', label: '被推荐人', type: 'text', required: true, maxLength: NOMINATION_LIMITS.nominee, access: RESIDENT_WRITTEN },
    {
      name: 'area',
      label: '所在区域',
      type: 'relationship',
      relationTo: 'areas',
      index: true,
      admin: { description: '居民没有填写时，核实后由工作人员补上（转为人物草稿需要区域）。' },
    },
    { name: 'honourKind', label: '推荐类别', type: 'select', options: optionsOf(HONOUR_KINDS), access: RESIDENT_WRITTEN },
    { name: 'goodDeed', label: '事迹类别', type: 'select', options: optionsOf(GOOD_DEEDS), access: RESIDENT_WRITTEN },
    { name: 'story', label: '事迹', type: 'textarea', required: true, maxLength: NOMINATION_LIMITS.story, access: RESIDENT_WRITTEN },
    {
      name: 'photos',
      label: '照片',
      type: 'relationship',
      relationTo: UPLOADS_SLUG,
      hasMany: true,
      maxRows: NOMINATION_LIMITS.photos,
      admin: { ...SYSTEM, description: '居民上传的照片，仅工作人员可见。' },
      access: RESIDENT_WRITTEN,
    },
    {
      name: 'status',
      label: '状态',
      type: 'select',
      required: true,
      defaultValue: 'received',
      index: true,
      options: NOMINATION_STATUSES.map(({ value, label }) => ({ value, label })),
    },
    { name: 'decidedAt', label: '审核日期', type: 'date', admin: SYSTEM, access: { update: () => false } },
    {
      name: 'figure',
      label: '人物草稿',
      type: 'relationship',
      relationTo: 'figures',
      maxDepth: 0,
      admin: { ...SYSTEM, description: '“转为人物草稿”生成的人物；审核发布前须记录本人同意。' },
      access: { update: () => false },
    },
    {
      name: 'adopt',
      label: '转为人物草稿',
      type: 'ui',
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '/components/AdoptNominationPanel#AdoptNominationPanel' },
      },
    },
    receivedAtField,
    ...intakeFields(),
  ],
}
