/**
 * A busy station's year of 台账 (issue 19), end to end: the whole product started on a fresh
 * PostgreSQL database, a year generated straight into it in a few set-based INSERTs (one
 * event and five orders a day: 365 published events with covers, twelve sign-ups each — ten
 * checked in, four of them volunteers of two teams — and two on the waitlist; 1,825 orders
 * with their steps, a third of the completed ones rated and approved), then the twelve
 * monthly files downloaded one after another through GET /api/places/:id/ledger as station
 * staff would (load + print). Reports the median, p95 and total, and how much of each went
 * to loading (the endpoint's Server-Timing `load`) and to printing. BENCH=ledger-year runs
 * only this; writes bench/results/ledger-year.json. DATABASE_URL names the server (default
 * postgres://postgres@127.0.0.1:5432/postgres); a database of its own is made and dropped.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { rootDir } from '../contract/paths.ts'
import { call, percentile, startStack } from './stack.ts'

const YEAR = 2026
const server = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres'

interface World {
  place: number
  item: number
  teams: [number, number]
  cover: number
  station: string
}

/** A place, a published 课单, two teams, a station worker (over the API, as staff would). */
async function world(cms: string, admin: string): Promise<World> {
  const password = `bench-${Math.random().toString(36).slice(2)}-Ledger9`
  const places = await call<{ docs: { id: number; area: number }[] }>(cms, '/api/places?limit=1&depth=0&sort=id', { token: admin })
  const place = places.docs[0] as { id: number; area: number }
  const media = await call<{ docs: { id: number }[] }>(cms, '/api/media?limit=1&depth=0&where[mimeType][like]=image/', { token: admin })
  const item = await call<{ doc: { id: number } }>(cms, '/api/service-items', {
    method: 'POST',
    token: admin,
    body: {
      title: '文明礼仪进社区',
      kind: 'lecture',
      place: place.id,
      summary: '文明礼仪小课堂',
      duration: 60,
      capacity: 30,
      provider: { kind: 'team' },
      booking: { leadDays: 0 },
      area: place.area,
    },
  })
  const team = async (name: string) =>
    (
      await call<{ doc: { id: number } }>(cms, '/api/volunteer-teams', {
        method: 'POST',
        token: admin,
        body: { name, places: [place.id], members: 20 },
      })
    ).doc.id
  const teams: [number, number] = [await team('红马甲志愿服务队'), await team('巾帼志愿服务队')]
  const email = `station-bench-${Date.now()}@xinghualing.example`
  await call(cms, '/api/users', {
    method: 'POST',
    token: admin,
    body: { email, password, name: '阵地工作人员', role: 'station', places: [place.id] },
  })
  const station = (await call<{ token: string }>(cms, '/api/users/login', { method: 'POST', body: { email, password } })).token
  return { place: place.id, item: item.doc.id, teams, cover: media.docs[0]?.id as number, station }
}

/** The year, straight into the database: set-based INSERTs, no per-row round trips. */
async function generateYear(client: pg.Client, w: World): Promise<void> {
  const day0 = `${YEAR}-01-01T00:00:00+08:00`
  await client.query('begin')
  await client.query(
    `insert into events (title, kind, starts_at, ends_at, place_id, capacity, hours, summary, cover_id, slug, _status, review_state)
     select '文明微讲堂第' || d || '期', 'lecture', $1::timestamptz + make_interval(days => d, hours => 14),
       $1::timestamptz + make_interval(days => d, hours => 16), $2, 12, 2, '社区文明实践活动', $3, 'bench-event-' || d, 'published', 'published'
     from generate_series(0, 364) d`,
    [day0, w.place, w.cover],
  )
  await client.query(
    `with c as (insert into participation_contacts (contact_name, contact_phone)
       select (array['王','李','张','刘','陈','杨','赵','黄'])[1 + v % 8] || (array['秀英','建国','海燕','志强','桂兰'])[1 + v % 5],
         '139' || lpad((v * 7919 % 100000000)::text, 8, '0') from generate_series(0, 39) v returning id)
     insert into event_signups (reference, event_id, place_id, state, channel, volunteer, team, received_at, checked_in_at, check_in_method, contact_id)
     select 'BM-' || e.id || '-' || n, e.id, $1, (case when n > 10 then 'waitlisted' else 'checkedIn' end)::enum_event_signups_state, 'staff',
       n <= 4, case when n <= 2 then '红马甲志愿服务队' when n <= 4 then '巾帼志愿服务队' end, e.starts_at - interval '3 days',
       case when n <= 10 then e.starts_at end, (case when n <= 10 then 'scan' end)::enum_event_signups_check_in_method,
       case when n <= 4 then (select min(id) from c) + (e.id * 4 + n) % 40 end
     from events e cross join generate_series(1, 12) n where e.slug like 'bench-event-%'`,
    [w.place],
  )
  await client.query(
    `insert into service_orders (reference, item_id, place_id, kind, state, "group", people, venue, team_id, channel, received_at,
       rating_score, rating_comment, rating_state, rating_rated_at)
     select 'KD' || to_char($1::timestamptz + make_interval(days => o / 5), 'YYYYMMDD') || '-' || lpad(o::text, 4, '0'), $2, $3, 'lecture',
       (array['completed','completed','completed','accepted','submitted','refused','cancelled'])[1 + o % 7]::enum_service_orders_state,
       '金刚里社区老年人', 20, '社区活动室', case when o % 7 < 4 then (array[$4::int, $5::int])[1 + o % 2] end, 'online',
       $1::timestamptz + make_interval(days => o / 5, hours => 8 + o % 5),
       case when o % 21 = 0 then 5 end, case when o % 21 = 0 then '讲得很好，老人们都听懂了。' end,
       (case when o % 21 = 0 then 'approved' end)::enum_service_orders_rating_state,
       case when o % 21 = 0 then $1::timestamptz + make_interval(days => o / 5 + 3) end
     from generate_series(0, 1824) o`,
    [day0, w.item, w.place, w.teams[0], w.teams[1]],
  )
  await client.query(
    `insert into service_orders_steps (_order, _parent_id, id, action, at, by, team_id, reason)
     select s.n, o.id, md5(o.id || '-' || s.n), s.action::enum_service_orders_steps_action, o.received_at + make_interval(hours => s.n * 5),
       s.by::enum_service_orders_steps_by, case when s.action in ('dispatch', 'accept') then o.team_id end,
       case when s.action in ('refuse', 'cancel') then '所选时间站点已有活动' end
     from service_orders o cross join lateral (values
       (1, 'submit', 'resident', true), (2, 'approve', 'station', o.state in ('completed', 'accepted')),
       (3, 'dispatch', 'station', o.state in ('completed', 'accepted')), (4, 'accept', 'team', o.state in ('completed', 'accepted')),
       (5, 'complete', 'team', o.state = 'completed'), (2, 'refuse', 'station', o.state = 'refused'),
       (2, 'cancel', 'resident', o.state = 'cancelled')) as s(n, action, by, wanted)
     where s.wanted and o.place_id = $1 and o.reference like 'KD%'`,
    [w.place],
  )
  await client.query('commit')
}

interface Timed {
  month: string
  ms: number
  loadMs: number
  pages: number
  bytes: number
}

async function download(cms: string, w: World, month: string): Promise<Timed> {
  const started = performance.now()
  const response = await fetch(`${cms}/api/places/${w.place}/ledger?month=${month}`, { headers: { authorization: `JWT ${w.station}` } })
  const body = new Uint8Array(await response.arrayBuffer())
  const ms = performance.now() - started
  if (response.status !== 200) throw new Error(`台账 ${month}: HTTP ${response.status} ${new TextDecoder().decode(body)}`)
  const loadMs = Number(/load;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? Number.NaN)
  return { month, ms: Math.round(ms), loadMs: Math.round(loadMs), pages: Number(response.headers.get('x-print-pages')), bytes: body.length }
}

export async function benchLedgerYear(): Promise<void> {
  const database = `xhl_bench_ledger_${Date.now()}`
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  await admin.query(`create database ${database}`)
  const url = new URL(server)
  url.pathname = `/${database}`
  const stack = await startStack('xhl-bench-ledger-', { DATABASE_URL: url.toString() })
  const client = new pg.Client({ connectionString: url.toString() })
  try {
    await client.connect()
    const w = await world(stack.cms, await stack.token('admin'))
    const generating = performance.now()
    await generateYear(client, w)
    const generateMs = Math.round(performance.now() - generating)
    console.log(`台账（一年）：生成 365 场活动、1825 单点单用时 ${generateMs} ms，开始逐月下载……`)
    const months: Timed[] = []
    for (let m = 1; m <= 12; m++) months.push(await download(stack.cms, w, `${YEAR}-${String(m).padStart(2, '0')}`))
    await report(months, generateMs)
  } finally {
    await client.end().catch(() => undefined)
    await stack.stop()
    await admin.query(`drop database if exists ${database} with (force)`).catch(() => undefined)
    await admin.end()
  }
}

async function report(months: Timed[], generateMs: number): Promise<void> {
  const total = months.reduce((sum, m) => sum + m.ms, 0)
  const load = months.reduce((sum, m) => sum + m.loadMs, 0)
  const result = {
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
    year: { events: 365, orders: 1825, signups: 365 * 12 },
    generateMs,
    medianMs: percentile(
      months.map((m) => m.ms),
      50,
    ),
    p95Ms: percentile(
      months.map((m) => m.ms),
      95,
    ),
    totalSeconds: Number((total / 1000).toFixed(1)),
    loadMedianMs: percentile(
      months.map((m) => m.loadMs),
      50,
    ),
    loadShare: Number((load / total).toFixed(3)),
    printShare: Number(((total - load) / total).toFixed(3)),
    months,
  }
  console.table(months)
  console.table([{ ...result, months: undefined }])
  const dir = path.join(rootDir, 'bench', 'results')
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'ledger-year.json'), `${JSON.stringify(result, null, 2)}\n`)
}
