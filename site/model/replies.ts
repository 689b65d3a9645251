/** 留言答复 as the public reads them: question, answer, department and the two dates. */
import { MESSAGE_KINDS } from '../../contract/participation.ts'
import type { Reply } from '../../contract/payload-types.ts'
import type { Deriver } from './derive.ts'
import type { PublicReply } from './types.ts'

/** Through the deriver's lookup, so a renamed department remakes the answers that name it. */
export function publicReply(d: Deriver, doc: Reply): PublicReply {
  return {
    id: doc.id,
    slug: doc.slug ?? String(doc.id),
    title: doc.title,
    kind: MESSAGE_KINDS.find((kind) => kind.value === doc.kind)?.label ?? '',
    question: doc.question,
    reply: doc.reply,
    department: d.lookup(d.snapshot.departments, doc.department)?.name ?? '',
    receivedAt: doc.receivedAt,
    repliedAt: doc.repliedAt,
    updatedAt: doc.updatedAt,
    publishedAt: doc.publishedAt ?? doc.createdAt,
  }
}
