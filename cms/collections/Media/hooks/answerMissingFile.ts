import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { mediaDir } from '../../../../contract/paths'

/**
 * Runs after the read-access check, before Payload streams the file: a file missing from
 * the media folder (deleted by hand, a restore in progress) is "not found", where Payload
 * answers 500 "Something went wrong".
 */
export async function answerMissingFile(_req: PayloadRequest, { params }: { params: { filename: string } }): Promise<Response | undefined> {
  const file = path.resolve(mediaDir, params.filename)
  if (!file.startsWith(mediaDir + path.sep) || !(await stat(file).catch(() => null))?.isFile()) {
    return Response.json({ errors: [{ message: '文件不存在。' }] }, { status: 404 })
  }
  return undefined
}
