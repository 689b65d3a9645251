'use client'
/**
 * 转为人物草稿 in a nomination's sidebar: one button that makes the 人物 draft (story,
 * portrait, link back) and opens it; once made, a link to it instead. The draft still goes
 * through review, which first asks for the person's own consent.
 */
import { Button, toast, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

export function AdoptNominationPanel() {
  const { id } = useDocumentInfo()
  const figure = useFormFields(([fields]) => fields.figure?.value) as number | { id: number } | null | undefined
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  if (!id) return null
  const figureId = figure && typeof figure === 'object' ? figure.id : figure
  if (figureId) {
    return (
      <p>
        已转为人物草稿：<a href={`/admin/collections/figures/${figureId}`}>打开人物草稿</a>（发布前须记录本人同意）
      </p>
    )
  }
  async function adopt() {
    setBusy(true)
    const response = await fetch(`/api/nominations/${id}/adopt`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => null)) as { figure?: { id: number }; errors?: { message: string }[] } | null
    setBusy(false)
    if (response.ok && body?.figure) {
      toast.success('已生成人物草稿。发布前请征得本人同意并记录。')
      router.push(`/admin/collections/figures/${body.figure.id}`)
    } else toast.error(body?.errors?.[0]?.message ?? '没有成功，请稍后再试。')
  }
  return (
    <div>
      <Button buttonStyle="primary" size="small" disabled={busy} onClick={adopt}>
        转为人物草稿
      </Button>
      <p style={{ color: 'var(--theme-elevation-600)', fontSize: '0.85em' }}>
        核实推荐属实后使用：生成人物草稿（事迹中的电话、证件号已遮盖，第一张照片作肖像），再走审核流程。
      </p>
    </div>
  )
}
