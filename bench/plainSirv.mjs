// Plain sirv in production mode, in a process of its own (as a deployment would run it):
// the static serving anchor of BENCH=load. Usage: node bench/plainSirv.mjs <folder> <port>
import http from 'node:http'

import sirv from 'sirv'

const [folder, port] = process.argv.slice(2)
const serve = sirv(folder, { etag: true, gzip: true, brotli: true })
http.createServer((request, response) => serve(request, response)).listen(Number(port), '127.0.0.1')
