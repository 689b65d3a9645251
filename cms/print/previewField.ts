import type { UIField } from 'payload'

/** 打印预览 in the sidebar (cms/components/PrintPanel.tsx); stores nothing. */
export function printPreviewField(): UIField {
  return {
    name: 'printPreview',
    label: '打印预览',
    type: 'ui',
    admin: {
      position: 'sidebar',
      disableListColumn: true,
      components: { Field: '/components/PrintPanel#PrintPanel' },
    },
  }
}
