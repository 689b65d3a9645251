/**
 * Up to `limit` photos for a form: each one chosen is made ready on the phone (photos.ts)
 * and shown as a thumbnail with its size and a 删除 button. A photo that cannot be read
 * shows why where it would have been, and is not sent; nothing else is touched. Photos
 * are not kept in the draft (they would not fit in localStorage): the hint says so.
 */
import { type ChangeEvent, useCallback, useRef, useState } from 'react'

import { PhotoError, type ReadyPhoto, readyPhoto, sizeText } from './photos.ts'

export type PhotoEntry =
  | { key: number; state: 'working' }
  | { key: number; state: 'ready'; photo: ReadyPhoto }
  | { key: number; state: 'failed'; error: string }

export interface Photos {
  entries: PhotoEntry[]
  /** A note about the last choice (photos over the limit left out), or ''. */
  note: string
  add(files: File[]): void
  remove(key: number): void
}

export function usePhotos(limit: number, maxBytes: number): Photos {
  const [entries, setEntries] = useState<PhotoEntry[]>([])
  const [note, setNote] = useState('')
  const next = useRef(1)

  const settle = useCallback((key: number, entry: PhotoEntry) => {
    setEntries((old) => old.map((item) => (item.key === key ? entry : item)))
  }, [])

  const add = (files: File[]) => {
    const room = Math.max(0, limit - entries.filter((entry) => entry.state !== 'failed').length)
    const chosen = files.slice(0, room)
    setNote(files.length > room ? `最多 ${limit} 张照片，多选的 ${files.length - room} 张没有加入。` : '')
    const added = chosen.map((file) => ({ key: next.current++, file }))
    setEntries((old) => [...old, ...added.map(({ key }) => ({ key, state: 'working' as const }))])
    for (const { key, file } of added) {
      readyPhoto(file, maxBytes).then(
        (photo) => settle(key, { key, state: 'ready', photo }),
        (error: unknown) =>
          settle(key, { key, state: 'failed', error: error instanceof PhotoError ? error.message : '这张照片无法处理，请换一张再试。' }),
      )
    }
  }
  const remove = (key: number) => {
    setNote('')
    setEntries((old) => old.filter((entry) => entry.key !== key))
  }
  return { entries, note, add, remove }
}

interface Props {
  idBase: string
  photos: Photos
  limit: number
  invalid?: true
}

function Entry({ entry, number, onRemove }: { entry: PhotoEntry; number: number; onRemove: () => void }) {
  return (
    <li className={`photo photo-${entry.state}`}>
      {/* biome-ignore lint/performance/noImgElement: an island of the static site, not a Next.js page; the source is a data: thumbnail. */}
      {entry.state === 'ready' && <img src={entry.photo.preview} alt={`照片 ${number} 预览`} width={96} height={96} />}
      <span className="photo-text">
        {entry.state === 'working' && `照片 ${number}：正在缩小……`}
        {entry.state === 'ready' && `照片 ${number}：${entry.photo.width}×${entry.photo.height}，${sizeText(entry.photo.blob.size)}`}
        {entry.state === 'failed' && (
          <span className="photo-error" role="alert">
            照片 {number}：{entry.error}
          </span>
        )}
      </span>
      <button type="button" onClick={onRemove} aria-label={`删除照片 ${number}`}>
        删除
      </button>
    </li>
  )
}

export function PhotoPicker({ idBase, photos, limit, invalid }: Props) {
  const full = photos.entries.filter((entry) => entry.state !== 'failed').length >= limit
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    photos.add([...(event.target.files ?? [])])
    // The same photo may be chosen again after it was removed.
    event.target.value = ''
  }
  return (
    <div className="field photo-picker">
      <label htmlFor={`${idBase}-photo`}>
        <span className="field-label">照片（可不填，最多 {limit} 张）</span>
      </label>
      <p className="field-note" id={`${idBase}-photo-hint`}>
        照片会先在手机上缩小（长边不超过 1600 像素），并去掉拍摄地点等信息再上传。照片不随草稿保存在手机上：离开页面后需要重新选择。
      </p>
      <input
        id={`${idBase}-photo`}
        type="file"
        accept="image/*"
        multiple
        disabled={full}
        onChange={choose}
        aria-describedby={`${idBase}-photo-hint`}
        aria-invalid={invalid}
      />
      {photos.note && <p className="field-note">{photos.note}</p>}
      {photos.entries.length > 0 && (
        <ul className="photo-list">
          {photos.entries.map((entry, index) => (
            <Entry key={entry.key} entry={entry} number={index + 1} onRemove={() => photos.remove(entry.key)} />
          ))}
        </ul>
      )}
    </div>
  )
}
