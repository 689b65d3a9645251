'use client'
/**
 * 印刷台's order form: pick items (or a whole area at once), the products with quantities,
 * the CMYK edition for a print shop, a note; one 生成印刷包 makes one order.
 */
import { useRouter } from 'next/navigation'
import { useMemo, useState } from 'react'

import { ORDER_PRODUCT_LABELS, ORDER_PRODUCTS, type OrderCollection, type OrderProduct, PRINT_SHOP_NOTES } from '../../../contract/print'
import type { DeskArea, DeskItem } from '../../printDesk/catalogue'

const KINDS: Record<OrderCollection, string> = { figures: '人物', streets: '特色街巷', places: '文明实践阵地', handbooks: '手册' }
const PRODUCTS: OrderProduct[] = ['poster-a4', 'poster-a3', 'leaflet-a5', 'handbook']
const keyOf = (item: DeskItem) => `${item.collection}:${item.id}`

type Setter<T> = (update: (before: T) => T) => void

function ItemPicker(props: {
  items: DeskItem[]
  areas: DeskArea[]
  myArea: number | null
  chosen: Set<string>
  setChosen: Setter<Set<string>>
}) {
  const { items, areas, myArea, chosen, setChosen } = props
  const [area, setArea] = useState<number | null>(myArea)
  const shown = useMemo(() => items.filter((item) => area === null || item.area === area), [items, area])
  const toggle = (key: string) =>
    setChosen((before) => {
      const next = new Set(before)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })
  return (
    <fieldset>
      <legend>1. 选择内容（只有已发布的内容可以印刷）</legend>
      <label>
        片区：
        <select id="desk-area" value={area ?? ''} onChange={(event) => setArea(event.target.value ? Number(event.target.value) : null)}>
          <option value="">全部片区</option>
          {areas.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.name}
            </option>
          ))}
        </select>
      </label>{' '}
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        id="desk-choose-all"
        onClick={() => setChosen(() => new Set(shown.map(keyOf)))}
      >
        全选这些（{shown.length} 项）
      </button>
      <ul className="print-desk__items">
        {shown.map((item) => (
          <li key={keyOf(item)}>
            <label>
              <input type="checkbox" checked={chosen.has(keyOf(item))} onChange={() => toggle(keyOf(item))} data-item={keyOf(item)} />
              <span className="print-desk__kind">{KINDS[item.collection]}</span> {item.name}
            </label>
          </li>
        ))}
        {shown.length === 0 ? <li>这个片区还没有已发布的内容。</li> : null}
      </ul>
    </fieldset>
  )
}

function ProductCopies(props: {
  copies: Record<OrderProduct, string>
  setCopies: Setter<Record<OrderProduct, string>>
  cmyk: boolean
  setCmyk: (value: boolean) => void
}) {
  const { copies, setCopies, cmyk, setCmyk } = props
  return (
    <fieldset>
      <legend>2. 印刷品和数量（不需要的留空）</legend>
      {PRODUCTS.map((product) => (
        <div className="print-desk__product" key={product}>
          <label>
            {ORDER_PRODUCT_LABELS[product]}
            {product === 'handbook' ? '（只用于手册）' : '（人物、街巷、阵地）'}：
            <input
              inputMode="numeric"
              data-product={product}
              value={copies[product]}
              onChange={(event) => setCopies((before) => ({ ...before, [product]: event.target.value }))}
            />{' '}
            份
          </label>
          <p>{PRINT_SHOP_NOTES[product]}</p>
        </div>
      ))}
      <label>
        <input type="checkbox" id="desk-cmyk" checked={cmyk} onChange={(event) => setCmyk(event.target.checked)} /> 交给打印店：生成 CMYK
        印刷版（PDF/X）。 只在办公室打印机上打印时可以不选。
      </label>
    </fieldset>
  )
}

export function PrintDeskForm({ items, areas, myArea }: { items: DeskItem[]; areas: DeskArea[]; myArea: number | null }) {
  const router = useRouter()
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [copies, setCopies] = useState<Record<OrderProduct, string>>({
    'poster-a4': '10',
    'poster-a3': '',
    'leaflet-a5': '100',
    handbook: '20',
  })
  const [cmyk, setCmyk] = useState(true)
  const [note, setNote] = useState('')
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const [sending, setSending] = useState(false)

  const lines = items
    .filter((item) => chosen.has(keyOf(item)))
    .flatMap((item) =>
      ORDER_PRODUCTS[item.collection]
        .filter((product) => copies[product].trim() !== '')
        .map((product) => ({ collection: item.collection, doc: item.id, product, quantity: copies[product].trim(), cmyk })),
    )

  async function order() {
    setSending(true)
    setMessage(null)
    const response = await fetch('/api/print-orders', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ items: lines, note }),
    }).catch(() => null)
    const body = (await response?.json().catch(() => null)) as { errors?: { message: string }[]; doc?: { id: number } } | null
    setSending(false)
    if (response?.ok && body?.doc) {
      setMessage({ error: false, text: `已下单（印刷包 ${body.doc.id}），正在后台生成，完成后在下面的“我的印刷包”里下载。` })
      setChosen(new Set())
      router.refresh()
    } else setMessage({ error: true, text: body?.errors?.[0]?.message ?? '下单没有成功，请稍后再试。' })
  }

  return (
    <form
      className="print-desk"
      onSubmit={(event) => {
        event.preventDefault()
        void order()
      }}
    >
      <ItemPicker items={items} areas={areas} myArea={myArea} chosen={chosen} setChosen={setChosen} />
      <ProductCopies copies={copies} setCopies={setCopies} cmyk={cmyk} setCmyk={setCmyk} />
      <fieldset>
        <legend>3. 备注（交付地点、张贴位置等，可不填）</legend>
        <textarea id="desk-note" maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} rows={2} />
      </fieldset>
      <p>
        已选 {chosen.size} 项内容，共 {lines.length} 个文件。
      </p>
      <button type="submit" className="btn btn--style-primary" id="desk-order" disabled={sending || lines.length === 0}>
        {sending ? '正在下单…' : '生成印刷包'}
      </button>
      {message ? (
        <p role="status" className={message.error ? 'print-desk__error' : 'print-desk__ok'}>
          {message.text}
        </p>
      ) : null}
    </form>
  )
}
