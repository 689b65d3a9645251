/**
 * Applies the committed migrations up to and including the one named on the command line,
 * so a test can put old-shaped data into a database and then run the rest.
 */
import { getPayload, type Migration } from 'payload'

import { migrations } from '../../cms/migrations'
import config from '../../cms/payload.config'

const last = process.argv[2]
const upTo = last ? migrations.findIndex((m) => m.name === last) + 1 : migrations.length
if (upTo === 0) throw new Error(`no migration ${last}`)
const payload = await getPayload({ config })
await payload.db.migrate({
  migrations: migrations.slice(0, upTo) as Parameters<typeof payload.db.migrate>[0] extends { migrations?: infer M } ? M : never,
})
await payload.destroy()
process.exit(0)
