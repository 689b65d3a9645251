/**
 * Sample data for the 课单, 活动签到表 and 台账 print pieces (contract/servicePrint.ts), as the
 * CMS's loaders will send it: used by tests/print-services.test.ts and bench/servicePrint.ts.
 */
import sharp from 'sharp'

import type { OrderState, PrintImageInput, ServiceLedgerInput, ServiceMenuInput, SignInSheetInput } from '../../contract/servicePrint.ts'

export const SAMPLE_ORIGIN = 'https://xhl.example.cn'
const KINDS = ['讲座', '培训', '义诊', '文艺', '志愿服务']
const TEAMS = ['红马甲志愿服务队', '巨轮街道巾帼志愿服务队', '杏花岭区医疗志愿服务队', '青年文明号志愿服务队']
const SURNAMES = '王李张刘陈杨赵黄周吴'
const GIVEN = ['秀英', '建国', '丽', '志强', '海燕', '晓明', '桂兰', '文']

/** `n` 课单 items; every seventh has a long title (the layouts shorten it). */
export function sampleMenu(count: number, scope: 'place' | 'district' = 'place'): ServiceMenuInput {
  const item = (n: number) => ({
    title: n % 7 === 0 ? `“健康生活”系列讲座之${n}：老年人慢性病的日常管理与合理用药（含现场答疑与义诊）` : `课单${n}：文明礼仪进社区`,
    kind: KINDS[n % KINDS.length] as string,
    provider: scope === 'place' ? '巨轮街道新时代文明实践所' : n % 2 ? '巨轮街道新时代文明实践所' : '涧河公园文明实践广场',
    givenBy: n % 2 ? (TEAMS[n % TEAMS.length] as string) : '郝敬全',
    durationMinutes: 30 + 15 * (n % 6),
    capacity: n % 3 ? 20 + n : null,
    bookableFrom: '2026-12-01T00:00:00+08:00',
    bookableUntil: n % 4 ? '2027-01-31T00:00:00+08:00' : null,
    bookableNote: n % 2 ? '每周二、四下午' : null,
  })
  return {
    scope,
    name: scope === 'place' ? '巨轮街道新时代文明实践所' : '杏花岭区',
    url: `${SAMPLE_ORIGIN}/services/julun/`,
    phone: '0351-1234567',
    phoneHours: '工作日 9:00—17:00',
    intro: null,
    items: Array.from({ length: count }, (_, n) => item(n + 1)),
    updatedAt: '2026-11-30T10:00:00+08:00',
  }
}

export function sampleSignIn(capacity: number, waitlist = 0): SignInSheetInput {
  return {
    title: '冬季防火安全知识讲座',
    startsAt: '2026-12-03T14:00:00+08:00',
    endsAt: '2026-12-03T16:00:00+08:00',
    place: '巨轮街道新时代文明实践所',
    address: '杏花岭区巨轮街 88 号',
    url: `${SAMPLE_ORIGIN}/events/winter-fire-safety/`,
    capacity,
    waitlist,
    organiser: '巨轮街道',
  }
}

/** A photo-like JPEG (noise over a colour) as a data: URL, `width` × `height`. */
export async function samplePhoto(seed: number, width = 1600, height = 1200): Promise<PrintImageInput> {
  const body = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: 90 + (seed % 80), g: 120, b: 160 },
      noise: { type: 'gaussian', mean: 120, sigma: 30 },
    },
  })
    .jpeg({ quality: 80 })
    .toBuffer()
  return { sourceUrl: `data:image/jpeg;base64,${body.toString('base64')}`, alt: `活动照片 ${seed}`, width, height, version: `s${seed}` }
}

const at = (day: number, hour: number, minute = 0) =>
  `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`

const STATES: OrderState[] = ['done', 'done', 'done', 'serving', 'review', 'refused', 'cancelled']

function order(n: number) {
  const day = (n % 30) + 1
  const state = STATES[n % STATES.length] as OrderState
  const steps = [{ step: '点单', at: at(day, 9, n % 60), note: n % 5 === 0 ? '社区工作人员电话代点' : null }]
  if (state === 'refused') steps.push({ step: '拒绝', at: at(day, 15), note: '所选时间站点已有活动，请改约' })
  if (state === 'cancelled') steps.push({ step: '取消', at: at(day, 11), note: '居民取消' })
  if (['done', 'serving'].includes(state)) {
    steps.push({ step: '审单', at: at(day, 10), note: null }, { step: '派单', at: at(day, 11), note: null })
    if (n % 11 === 0) steps.push({ step: '改派', at: at(day, 14), note: '原队伍当天有任务' })
    steps.push({ step: '接单', at: at(day, 16), note: null })
  }
  if (state === 'done') steps.push({ step: '结项', at: at(Math.min(day + 1, 30), 17), note: null })
  return {
    ref: `JL-202611-${String(n + 1).padStart(4, '0')}`,
    item: `课单${(n % 12) + 1}：${KINDS[n % KINDS.length]}进社区`,
    requester: n % 3 ? `锦绣苑小区${(n % 9) + 1}号楼居民` : `户码 H${String(1000 + n)}`,
    team: state === 'review' || state === 'refused' ? null : (TEAMS[n % TEAMS.length] as string),
    state,
    steps,
  }
}

/**
 * A month of a busy station: `events` events with `photosPerEvent` photos each (as data:
 * URLs), `orders` orders in every state, hours and ratings.
 */
export async function sampleLedger(
  events: number,
  orders: number,
  photosPerEvent = 2,
  photoSize = { width: 1600, height: 1200 },
): Promise<ServiceLedgerInput> {
  // Every photo its own picture: a PDF keeps one copy of a picture printed twice.
  const photos = await Promise.all(
    Array.from({ length: events * photosPerEvent }, (_, n) => samplePhoto(n, photoSize.width, photoSize.height)),
  )
  const volunteers = Array.from({ length: 24 }, (_, n) => ({
    team: TEAMS[n % TEAMS.length] as string,
    person: `${SURNAMES[n % SURNAMES.length]}${GIVEN[n % GIVEN.length]}`,
    events: (n % 6) + 1,
    hours: ((n % 6) + 1) * 2.5,
  }))
  return {
    station: '巨轮街道新时代文明实践所',
    level: '新时代文明实践所',
    month: '2026-11',
    generatedAt: '2026-12-01T09:30:00+08:00',
    orders: Array.from({ length: orders }, (_, n) => order(n)),
    events: Array.from({ length: events }, (_, n) => ({
      title: `${['冬季防火安全知识讲座', '“邻里一家亲”文艺汇演', '义诊进社区', '垃圾分类志愿服务'][n % 4]}（第 ${n + 1} 场）`,
      startsAt: at((n % 30) + 1, 14),
      endsAt: at((n % 30) + 1, 16),
      place: n % 2 ? '巨轮街道新时代文明实践所' : '锦绣苑社区文明实践站',
      capacity: 40,
      signedUp: 40,
      waitlisted: n % 5,
      attended: 30 + (n % 10),
      hours: 12 + (n % 4),
      photos: photos.slice(n * photosPerEvent, (n + 1) * photosPerEvent),
    })),
    hours: [...volunteers, { team: '青年文明号志愿服务队', person: null, events: 2, hours: 6 }],
    ratings: Array.from({ length: Math.floor(orders / 3) }, (_, n) => ({
      ref: `JL-202611-${String(3 * n + 1).padStart(4, '0')}`,
      item: `课单${(n % 12) + 1}`,
      stars: 5 - (n % 3 === 2 ? 1 : 0) - (n % 17 === 0 ? 2 : 0),
      comment: n % 4 === 0 ? null : '志愿者很耐心，讲得清楚，老人们都听懂了。希望下个月还能再来一次！',
      at: at((n % 30) + 1, 18),
    })),
  }
}
