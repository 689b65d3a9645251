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
// Payload types a migration's argument as unknown; ours take the Postgres adapter's arguments.
await payload.db.migrate({ migrations: migrations.slice(0, upTo) as unknown as Migration[] })
await payload.destroy()
process.exit(0)
