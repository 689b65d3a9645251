/**
 * `npm run bench`: start-up figures (bench/start.ts), the public site's lab performance
 * (bench/lab.ts, Lighthouse), print speed, then publish-to-live at each size in BENCH_SIZES
 * (bench/publish.ts, default 1000,10000); print speed is bench/print.ts. BENCH=start,
 * BENCH=lab, BENCH=print, BENCH=load, BENCH=login or BENCH=publish runs one; load is bench/load.ts,
 * login (sign-in timing, real against unknown accounts) bench/login.ts, participation (the
 * proof-of-work gate: submissions/s, a challenge's cost) bench/participation.ts, survey (a
 * 10-question survey answered on a throttled phone) bench/survey.ts, BENCH=versions what
 * a code change costs per product family at 10k documents (bench/versions.ts), ledger (a busy
 * station's monthly 台账, bench/servicePrint.ts), ledger-year (a year of a busy station's 台账 through the
 * real endpoint, bench/ledgerYear.ts), orders (50 residents ordering a 课单 at once, bench/orders.ts), rest (the
 * public REST API's published lists, 50 anonymous readers: a bare Payload started by the bench
 * (bench/bare/), ours uncached and ours cached, with the ratios; bench/rest.ts), profile-build
 * (where a full build's time and memory go, under the CPU profiler, bench/profileBuild.ts; only when named),
 * build (ours, pages only, against a plain Astro site over the same content, bench/buildAnchor.ts; only when named).
 * Results go to bench/results/*.json and are printed as tables.
 */
import { main as benchBuild } from './buildAnchor.ts'
import { benchLab } from './lab.ts'
import { benchLedgerYear } from './ledgerYear.ts'
import { benchLoad } from './load.ts'
import { benchLogin } from './login.ts'
import { benchOrders } from './orders.ts'
import { benchParticipation } from './participation.ts'
import { benchPrint } from './print.ts'
import { main as benchProfileBuild } from './profileBuild.ts'
import { main as benchPublishSizes } from './publish.ts'
import { benchRest } from './rest.ts'
import { benchLedger } from './servicePrint.ts'
import { benchStart } from './start.ts'
import { benchSurvey } from './survey.ts'
import { main as benchVersions } from './versions.ts'

const only = process.env.BENCH
if (!only || only === 'start') await benchStart()
if (!only || only === 'lab') await benchLab()
if (!only || only === 'print') await benchPrint()
if (!only || only === 'ledger') await benchLedger()
if (!only || only === 'ledger-year') await benchLedgerYear()
if (!only || only === 'load') await benchLoad()
if (!only || only === 'rest') await benchRest()
if (!only || only === 'login') await benchLogin()
if (!only || only === 'participation') await benchParticipation()
if (!only || only === 'survey') await benchSurvey()
if (!only || only === 'orders') await benchOrders()
if (!only || only === 'publish') await benchPublishSizes()
if (!only || only === 'versions') await benchVersions()
// Opt-in only: a profiled 10k build adds minutes to the full bench.
if (only === 'profile-build') await benchProfileBuild()
// Opt-in only as well: at 10k documents its rounds and a full build take a quarter of an hour.
if (only === 'build') await benchBuild()

// A finished bench leaves nothing to wait for (idle keep-alive sockets, the esbuild service).
process.exit(0)
