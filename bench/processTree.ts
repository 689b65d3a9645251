import { readFileSync } from 'node:fs'

import { descendants } from '../tests/support/processTree.ts'

const PAGE = 4096

function rssBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE
  } catch {
    return 0
  }
}

/** Resident memory of a process and all its descendants, right now. */
export function treeRss(root: number): number {
  return descendants(root).reduce((total, pid) => total + rssBytes(pid), 0)
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
