/**
 * Brings a database up to date: committed migrations, then demo content when it is
 * empty. Runs in its own short-lived process (it loads the whole Payload config).
 */
import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { detectorFingerprint } from '../cms/privacy/fingerprint'
import { rebuildMediaUses } from '../cms/publish/publicMedia'
import { seed } from '../cms/seed/index'
import { queueRescanIfDetectorChanged } from '../cms/workflow/rescan'
import { config as settings } from '../contract/config'
import { exitOnOperatorError, OperatorError } from '../contract/errors'

const log = (line: string) => console.log(`  ${line}`)
const MEDIA_USES_KEY = 'media-uses-indexed'

async function main(): Promise<void> {
  const payload = await getPayload({ config })
  const applied = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false }).catch(() => null)
  if (applied?.docs.some((m) => m.batch === -1)) {
    throw new OperatorError('该数据库曾以开发模式自动同步结构（push），不能直接迁移。请换一个空数据库，或先备份后清空。')
  }
  // Reads the committed files in cms/migrations and applies those not yet recorded.
  await payload.db.migrate()
  const result = await seed(payload, settings().demoPassword ?? '', log)
  if (result.created > 0) log(`示例内容已写入（${result.created} 项）`)
  // Databases from before images were private until used: index what is public now, once.
  if (!(await payload.kv.has(MEDIA_USES_KEY))) {
    log(`图片公开范围已整理（${await rebuildMediaUses(payload)} 项公开内容）`)
    await payload.kv.set(MEDIA_USES_KEY, true)
  }
  if (await queueRescanIfDetectorChanged(payload, await detectorFingerprint())) log('隐私检查规则有更新：已排队复查全部已发布内容')
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => exitOnOperatorError(error),
)
