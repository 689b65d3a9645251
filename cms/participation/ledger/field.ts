import type { UIField } from 'payload'

/** 台账 in a place's sidebar (cms/components/LedgerPanel.tsx): a month and the download link; stores nothing. */
export function ledgerField(): UIField {
  return {
    name: 'ledger',
    label: '台账',
    type: 'ui',
    admin: {
      position: 'sidebar',
      disableListColumn: true,
      components: { Field: '/components/LedgerPanel#LedgerPanel' },
    },
  }
}
