/**
 * The 入户代填 page's state: the token (taken from `#token=…` once, then kept on the phone
 * and gone from the address bar), the surveys (fetched with it, kept for offline use),
 * the queue of sheets and its sync — on load, when the phone comes back online, after
 * each save when online, and on 立即同步 — and the service worker that keeps the page
 * for offline use.
 */
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react'

import { type KeptSurveys, loadQueue, loadSurveys, loadToken, saveSurveys, saveToken, TOKEN_PATTERN, updateQueue } from './fieldStore.ts'
import { fetchSurveys, OFFLINE, REVOKED, syncMessage, syncQueue } from './fieldSync.ts'
import type { FieldEntryProps, FieldItem, QueuedSheet } from './fieldTypes.ts'

/** none: no token on this phone; checking; live: the API took it; revoked: the API refused it; unchecked: no network to ask. */
export type TokenState = 'none' | 'checking' | 'live' | 'revoked' | 'unchecked'

/** `#token=…` from the admin's QR code: kept, and taken out of the address bar (and so out of history and screenshots). */
function tokenFromAddress(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash)
  if (!match) return null
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search)
  const token = decodeURIComponent(match[1] as string)
  return TOKEN_PATTERN.test(token) ? token : null
}

function useOfflineReady(worker: FieldEntryProps['worker']): boolean {
  const [offlineReady, setOfflineReady] = useState(false)
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return
    navigator.serviceWorker
      .register(worker.url, { scope: worker.scope })
      .then(() => navigator.serviceWorker.ready)
      .then(() => setOfflineReady(true))
      .catch((error) => console.warn('入户代填: service worker', error))
  }, [worker.url, worker.scope])
  return offlineReady
}

type Say = (message: string) => void

/** The queue on the phone and its sync with the token `tokenRef` holds. */
function useQueue(props: FieldEntryProps, tokenRef: RefObject<string | null>, say: Say, setTokenState: (state: TokenState) => void) {
  const [queue, setQueue] = useState<QueuedSheet[]>([])
  const [syncing, setSyncing] = useState(false)
  const sync = useCallback(async () => {
    const current = tokenRef.current
    if (!current || !loadQueue().some((sheet) => sheet.state === 'waiting')) return
    setSyncing(true)
    say('正在同步……')
    const outcome = await syncQueue(props.syncUrl, current, props.syncLimit, setQueue)
    setSyncing(false)
    setQueue(loadQueue())
    say(syncMessage(outcome))
    if (outcome.kind === 'unauthorized') setTokenState('revoked')
    else if (outcome.kind === 'done') setTokenState('live')
  }, [props.syncUrl, props.syncLimit, tokenRef, say, setTokenState])
  const save = (item: FieldItem, title: string): boolean => {
    const { queue: next, saved } = updateQueue((old) => [{ item, title, state: 'waiting' }, ...old])
    if (!saved) {
      say('手机存储空间不足或被禁用（无痕模式？），这份答卷没有保存。')
      return false
    }
    setQueue(next)
    say(navigator.onLine ? '已保存到手机，正在同步……' : OFFLINE)
    if (navigator.onLine) void sync()
    return true
  }
  const remove = (clientId: string) => setQueue(updateQueue((old) => old.filter((sheet) => sheet.item.clientId !== clientId)).queue)
  const syncNow = () => {
    if (!navigator.onLine) say(OFFLINE)
    else if (!loadQueue().some((sheet) => sheet.state === 'waiting')) say('没有待同步的答卷。')
    else void sync()
  }
  return { queue, setQueue, syncing, sync, save, remove, syncNow }
}

export function useFieldEntry(props: FieldEntryProps) {
  const [ready, setReady] = useState(false)
  const [token, setToken] = useState<string | null>(null)
  const [tokenState, setTokenState] = useState<TokenState>('none')
  const [kept, setKept] = useState<KeptSurveys | null>(null)
  const [message, setMessage] = useState('')
  const tokenRef = useRef<string | null>(null)
  const offlineReady = useOfflineReady(props.worker)
  const { setQueue, sync, ...queue } = useQueue(props, tokenRef, setMessage, setTokenState)

  const refresh = useCallback(
    async (current: string) => {
      setTokenState('checking')
      const answer = await fetchSurveys(props.surveysUrl, current)
      if (answer.kind === 'ok') {
        const fresh = { area: answer.area, surveys: answer.surveys, fetchedAt: new Date().toISOString() }
        saveSurveys(fresh)
        setKept(fresh)
        setTokenState('live')
      } else if (answer.kind === 'unauthorized') {
        setTokenState('revoked')
        setMessage(REVOKED)
      } else {
        setTokenState('unchecked')
        if (answer.kind === 'offline') setMessage('网络不通：用手机上保存的问卷填写，答卷先保存在手机上。')
      }
      if (answer.kind !== 'unauthorized') await sync()
    },
    [props.surveysUrl, sync],
  )

  // After hydration (the first render must equal the server's).
  useEffect(() => {
    const given = tokenFromAddress()
    if (given) saveToken(given)
    const current = given ?? loadToken()
    tokenRef.current = current
    setToken(current)
    setKept(loadSurveys())
    setQueue(loadQueue())
    setReady(true)
    if (current) void refresh(current)
    // Back online: the surveys again (they may have changed) and the waiting sheets.
    const online = () => {
      if (tokenRef.current) void refresh(tokenRef.current)
    }
    window.addEventListener('online', online)
    return () => window.removeEventListener('online', online)
  }, [refresh, setQueue])

  const logout = () => {
    saveToken(null)
    saveSurveys(null)
    tokenRef.current = null
    setToken(null)
    setKept(null)
    setTokenState('none')
    setMessage('已退出。手机上未同步的答卷仍然保留，重新扫码后可以同步。')
  }
  return { ready, token, tokenState, kept, message, offlineReady, logout, ...queue }
}
export type FieldEntryState = ReturnType<typeof useFieldEntry>
