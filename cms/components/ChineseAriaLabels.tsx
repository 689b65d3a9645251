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

function renameOne(element: Element) {
  const chinese = chineseName(element.getAttribute('aria-label') ?? '')
  if (chinese) element.setAttribute('aria-label', chinese)
}

/** The element and what is inside it — only what changed, not its parent's whole subtree. */
function rename(root: Element) {
  if (root.hasAttribute('aria-label')) renameOne(root)
  for (const element of root.querySelectorAll('[aria-label]')) renameOne(element)
}

export function ChineseAriaLabels({ children }: { children?: ReactNode }) {
  useEffect(() => {
    rename(document.body)
    // Typing in the editor adds nodes all the time: each added node is looked at once, not its parent's subtree.
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes' && record.target instanceof Element) renameOne(record.target)
        for (const node of record.addedNodes) if (node instanceof Element) rename(node)
      }
    })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] })
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
