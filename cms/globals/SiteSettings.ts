import type { GlobalConfig } from 'payload'

import { admin } from '../access/admin'
import { anyone } from '../access/anyone'
import { queueOnGlobalChange } from '../publish/queue'

/** What every page's footer and meta tags carry, and how many review levels publishing needs. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: '网站设置',
  access: {
    read: anyone,
    update: admin,
  },
  admin: { group: '系统' },
  hooks: { afterChange: [queueOnGlobalChange] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'siteName', label: '网站名称', type: 'text', required: true, defaultValue: '杏花岭宣传微平台' },
        { name: 'sponsor', label: '主办单位', type: 'text', required: true, defaultValue: '杏花岭区创城办' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'icp', label: 'ICP 备案号', type: 'text', admin: { description: '例如：晋ICP备XXXXXXXX号' } },
        { name: 'psb', label: '公安机关备案号', type: 'text', admin: { description: '例如：晋公网安备 XXXXXXXXXXXXXX号' } },
        { name: 'siteCode', label: '网站标识码', type: 'text' },
      ],
    },
    {
      name: 'contact',
      label: '联系方式',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'phone', label: '电话', type: 'text' },
            { name: 'email', label: '电子邮箱', type: 'email' },
          ],
        },
        { name: 'address', label: '地址', type: 'text' },
      ],
    },
    {
      name: 'publicServiceAd',
      label: '公益广告',
      type: 'group',
      admin: { description: '显示在网站首页的公益广告位。留空则首页不显示。' },
      fields: [
        { name: 'text', label: '广告语', type: 'textarea', maxLength: 80 },
        { name: 'image', label: '图片', type: 'upload', relationTo: 'media' },
        {
          name: 'link',
          label: '链接',
          type: 'text',
          validate: (value: string | null | undefined) =>
            !value || /^\/(?!\/)/.test(value) || /^https:\/\//.test(value) || '链接应以 / 开头（本站页面）或以 https:// 开头。',
          admin: { description: '可选。本站页面写 /figures/ 这样的地址，外部网页写完整的 https:// 地址。' },
        },
      ],
    },
    {
      name: 'reviewLevels',
      label: '审核级数',
      type: 'number',
      required: true,
      defaultValue: 2,
      min: 1,
      max: 3,
      admin: { description: '发布前需要经过的审核级数：1 = 初审，2 = 初审 + 复审，3 = 初审 + 复审 + 终审。' },
    },
    {
      name: 'reviewOverdueDays',
      label: '审核超时（工作日）',
      type: 'number',
      required: true,
      defaultValue: 2,
      min: 0.5,
      max: 30,
      admin: { description: '稿件在某一级等待审核超过这么多个工作日，工作台上标为“已超时”。', step: 0.5 },
    },
    {
      name: 'orphanMediaDays',
      label: '未使用图片保留天数',
      type: 'number',
      required: true,
      defaultValue: 7,
      min: 1,
      max: 365,
      admin: { description: '上传后超过这么多天、没有被任何内容或历史版本使用的图片，列在「未使用的图片」里，管理员可以清理。' },
    },
    {
      name: 'auditRetentionDays',
      label: '操作日志保存天数',
      type: 'number',
      required: true,
      defaultValue: 180,
      // 网络安全法第二十一条: network logs are kept for no less than six months.
      min: 180,
      max: 3650,
      admin: { description: '超过这个天数的操作日志由系统每天自动清理。依网络安全法，不少于 180 天（六个月）。' },
    },
  ],
}
