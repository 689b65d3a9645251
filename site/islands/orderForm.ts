/** The server's half of the 点单 island: its props, from the contract (the bundle never imports contract/). */
import { DEVICE_HEADER, HONEYPOT_FIELD, MESSAGE_LIMITS, NOTICE_VERSION } from '../../contract/participation.ts'
import { ORDER_LIMITS } from '../../contract/services.ts'
import type { OrderFormProps } from './orderTypes.ts'

export function orderFormProps(participationUrl: string, receiptPage: string, item: OrderFormProps['item']): OrderFormProps {
  const base = participationUrl.replace(/\/+$/, '')
  return {
    idBase: 'order',
    challengeUrl: `${base}/challenge?form=services`,
    submitUrl: `${base}/services/orders`,
    noticeVersion: NOTICE_VERSION,
    deviceHeader: DEVICE_HEADER,
    honeypotField: HONEYPOT_FIELD,
    receiptPage,
    item: { id: item.id, title: item.title, capacity: item.capacity, leadDays: item.leadDays },
    limits: {
      group: ORDER_LIMITS.group,
      household: ORDER_LIMITS.household,
      venue: ORDER_LIMITS.venue,
      note: ORDER_LIMITS.note,
      contactName: MESSAGE_LIMITS.contactName,
      contactPhone: MESSAGE_LIMITS.contactPhone,
    },
  }
}
