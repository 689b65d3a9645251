/** Times a build's stages: each call closes the stage that ran since the last one, in ms. */
export function stopwatch(): { stages: Record<string, number>; stage: (name: string) => void } {
  const stages: Record<string, number> = {}
  let mark = performance.now()
  return {
    stages,
    stage(name) {
      const now = performance.now()
      stages[name] = Math.round(now - mark)
      mark = now
    },
  }
}
