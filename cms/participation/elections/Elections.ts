/**
 * 评选: an editor names 2–30 published 人物 as candidates, says how many each invitation
 * code may choose and how the ballots are counted (计票规则, published with the result),
 * and sends it to review like any article (先审后发). Voting is open between its dates,
 * only with the one-time codes community workers print for households (codes.ts); the
 * result is public only after the close, and only once an editor ticks 公布结果.
 */
import type { CollectionConfig } from 'payload'

import { DEFAULT_RULES, ELECTION_LIMITS } from '../../../contract/elections'
import { areaField } from '../../fields/area'
import { beijingDateTime } from '../../fields/beijingTime'
import { withReview } from '../../workflow/reviewed'
import { codesEndpoint } from './codes'
import { checkElection, forgetBallots } from './electionHooks'
import { electionResultsEndpoint } from './results'

export const ELECTIONS_SLUG = 'elections'

export const Elections: CollectionConfig = withReview(
  {
    slug: ELECTIONS_SLUG,
    labels: { singular: '评选', plural: '评选' },
    admin: {
      group: '居民参与',
      useAsTitle: 'title',
      defaultColumns: ['title', 'area', 'opensAt', 'closesAt', '_status'],
      description:
        '从已发布的人物中选出候选人，写明计票规则，提交审核；审核通过后，居民凭社区发放的邀请码（每户一张、只能用一次）在投票时间内投票。网站不设匿名点赞。',
    },
    endpoints: [codesEndpoint, electionResultsEndpoint],
    hooks: { beforeValidate: [checkElection], beforeDelete: [forgetBallots] },
    fields: [
      { name: 'title', label: '评选名称', type: 'text', required: true, maxLength: ELECTION_LIMITS.title },
      {
        name: 'intro',
        label: '说明',
        type: 'textarea',
        maxLength: ELECTION_LIMITS.intro,
        admin: { description: '写在候选人前面：评选什么、由谁组织、结果怎么用。' },
      },
      {
        type: 'row',
        fields: [beijingDateTime('opensAt', '投票开始', { required: true }), beijingDateTime('closesAt', '投票截止', { required: true })],
      },
      {
        name: 'candidates',
        label: '候选人',
        type: 'relationship',
        relationTo: 'figures',
        hasMany: true,
        required: true,
        minRows: ELECTION_LIMITS.candidatesMin,
        maxRows: ELECTION_LIMITS.candidatesMax,
        maxDepth: 0,
        filterOptions: { _status: { equals: 'published' } },
        admin: { description: `从已发布的人物中选择 ${ELECTION_LIMITS.candidatesMin}–${ELECTION_LIMITS.candidatesMax} 位。` },
      },
      {
        name: 'choices',
        label: '每张票最多选几人',
        type: 'number',
        required: true,
        min: 1,
        max: ELECTION_LIMITS.candidatesMax,
        defaultValue: 1,
        admin: { step: 1 },
      },
      {
        name: 'rules',
        label: '计票规则',
        type: 'textarea',
        required: true,
        maxLength: ELECTION_LIMITS.rules,
        defaultValue: DEFAULT_RULES,
        admin: { description: '与结果一起公布：每个邀请码一票、每票最多选几人、何时计票、票数相同怎么办。' },
      },
      {
        name: 'results',
        label: '计票情况',
        type: 'ui',
        admin: { position: 'sidebar', components: { Field: '/components/ElectionResultsPanel#ElectionResultsPanel' } },
      },
      {
        name: 'showResults',
        label: '公布结果',
        type: 'checkbox',
        defaultValue: false,
        admin: {
          position: 'sidebar',
          description: '勾选并审核通过后，网站在投票截止后显示名次、票数、发放和使用的邀请码数和计票规则；截止前不会显示。',
        },
      },
      areaField({ label: '评选范围' }),
    ],
  },
  { area: 'area', title: 'title' },
)
