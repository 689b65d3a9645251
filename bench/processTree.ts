import { readdirSync, readFileSync } from 'node:fs'

const PAGE = 4096

function parentOf(pid: number): number | null {
  try {
    // Field 4 of /proc/<pid>/stat, after the parenthesised command name.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return null
  }
}

function rssBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE
  } catch {
    return 0
  }
}

/** Resident memory of a process and all its descendants, right now. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry)
    if (!Number.isInteger(pid)) continue
    const parent = parentOf(pid)
    if (parent === null) continue
    children.set(parent, [...(children.get(parent) ?? []), pid])
  }
  let total = 0
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop() as number
    total += rssBytes(pid)
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

/** Samples treeRss(root) until stopped; returns the peak seen. */
export function samplePeak(root: number, everyMs = 200): { stop(): number } {
  let peak = 0
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(root))
  }, everyMs)
  return {
    stop() {
      clearInterval(timer)
      return peak
    },
  }
}
