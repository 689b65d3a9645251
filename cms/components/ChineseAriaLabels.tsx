'use client'
/**
 * A few controls carry English names for screen readers, hard-coded in Payload rather than
 * translated: the rich-text editor's handles ("Drag to move", "Add block", "Edit link",
 * "Remove link"), a relationship's chips ("Edit 涧河街道") and the version comparison's
 * "Expand"/"Collapse". This gives them their
 * Chinese names as they appear.
 */
import { type ReactNode, useEffect } from 'react'

const NAMES: [RegExp, string][] = [
  [/^Drag to move$/, '拖动以移动段落'],
  [/^Add block$/, '添加段落'],
  [/^Edit link$/, '编辑链接'],
  [/^Remove link$/, '移除链接'],
  [/^Edit (.+)$/, '编辑「$1」'],
  [/^Expand$/, '展开'],
  [/^Collapse$/, '收起'],
]

export function chineseName(label: string): string | null {
  const match = NAMES.find(([pattern]) => pattern.test(label))
  return match ? label.replace(match[0], match[1]) : null
}

function rename(root: ParentNode) {
  for (const element of root.querySelectorAll('[aria-label]')) {
    const chinese = chineseName(element.getAttribute('aria-label') ?? '')
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
