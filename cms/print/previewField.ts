import type { UIField } from 'payload'

/** 打印预览 in the sidebar (cms/components/PrintPanel.tsx); stores nothing. */
export function printPreviewField(): UIField {
  return {
    name: 'printPreview',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/components/PrintPanel#PrintPanel' } },
  }
}
