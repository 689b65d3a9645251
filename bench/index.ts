/**
 * `npm run bench`: start-up figures (bench/start.ts), then publish-to-live at each size in
 * BENCH_SIZES (bench/publish.ts, default 1000,10000). BENCH=start or BENCH=publish runs one.
 * Results go to bench/results/*.json and are printed as tables.
 */
import { main as benchPublishSizes } from './publish.ts'
import { benchStart } from './start.ts'

const only = process.env.BENCH
if (!only || only === 'start') await benchStart()
if (!only || only === 'publish') await benchPublishSizes()
