/** CPU seconds and resident memory of process trees by program (and, for Node, by thread), sampled from /proc. */
import { readdirSync, readFileSync } from 'node:fs'
import { descendants } from '../tests/support/processTree.ts'

const TICK = 100
const PAGE = 4096

function stat(file: string): { comm: string; cpu: number } | null {
  try {
    const text = readFileSync(file, 'utf8')
    const comm = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'))
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    return { comm, cpu: (Number(fields[11]) + Number(fields[12])) / TICK }
  } catch {
    return null
  }
}

function rss(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE
  } catch {
    return 0
  }
}

/** Samples the trees under `roots` (label → pid) until stopped: CPU per program/thread, and the memory at the peak. */
export function sampleTrees(roots: Record<string, number>, everyMs = 500) {
  const cpu = new Map<string, number>()
  let peak = 0
  let atPeak: Record<string, number> = {}
  const sample = () => {
    let total = 0
    const memory: Record<string, number> = {}
    for (const [label, root] of Object.entries(roots)) {
      for (const pid of descendants(root)) {
        const own = stat(`/proc/${pid}/stat`)
        if (!own) continue
        const bytes = rss(pid)
        const name = `${label}/${own.comm.startsWith('chrom') ? 'chromium' : own.comm}`
        memory[name] = (memory[name] ?? 0) + bytes
        if (label === 'build') total += bytes
        let tasks: string[] = []
        try {
          tasks = readdirSync(`/proc/${pid}/task`)
        } catch {}
        for (const tid of tasks) {
          const thread = stat(`/proc/${pid}/task/${tid}/stat`)
          if (!thread) continue
          const key = own.comm.startsWith('chrom') ? `${name}#${tid}` : `${name}:${thread.comm.replace(/\d+$/, 'N')}#${tid}`
          cpu.set(key, thread.cpu)
        }
      }
    }
    if (total > peak) {
      peak = total
      atPeak = memory
    }
  }
  const timer = setInterval(sample, everyMs)
  return {
    stop() {
      clearInterval(timer)
      const byName = new Map<string, number>()
      for (const [key, seconds] of cpu) {
        const name = key.replace(/#\d+$/, '')
        byName.set(name, (byName.get(name) ?? 0) + seconds)
      }
      return { cpu: [...byName].sort((a, b) => b[1] - a[1]), peak, atPeak }
    },
  }
}
