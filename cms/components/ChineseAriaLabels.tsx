'use client'
/**
 * The rich-text editor's handles carry English names for screen readers ("Drag to move",
 * "Add block", "Edit link", "Remove link"), hard-coded in @payloadcms/richtext-lexical
 * rather than translated. This gives them their Chinese names as they appear.
 */
import { type ReactNode, useEffect } from 'react'

const NAMES: Record<string, string> = {
  'Drag to move': '拖动以移动段落',
  'Add block': '添加段落',
  'Edit link': '编辑链接',
  'Remove link': '移除链接',
}

function rename(root: ParentNode) {
  for (const element of root.querySelectorAll('[aria-label]')) {
    const chinese = NAMES[element.getAttribute('aria-label') ?? '']
    if (chinese) element.setAttribute('aria-label', chinese)
  }
}

export function ChineseAriaLabels({ children }: { children?: ReactNode }) {
  useEffect(() => {
    rename(document)
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') rename(record.target.parentNode ?? document)
        for (const node of record.addedNodes) if (node instanceof Element) rename(node.parentNode ?? node)
      }
    })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] })
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
