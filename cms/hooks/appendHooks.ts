/** A collection or global config with more hooks run after its own, list by list. */
type HookLists = Record<string, readonly unknown[] | undefined>

export function appendHooks<C extends { hooks?: object }>(config: C, added: NonNullable<C['hooks']>): C {
  const own = (config.hooks ?? {}) as HookLists
  const merged = Object.entries(added as HookLists).map(([name, list]) => [name, [...(own[name] ?? []), ...(list ?? [])]])
  return { ...config, hooks: { ...own, ...Object.fromEntries(merged) } }
}
