/**
 * The anchor of BENCH=rest (issue 20): a bare Payload 3.90 on PostgreSQL with nothing of
 * ours, in the shape of what the bench reads. Four collections named like the bench's
 * paths (figures, articles, places, service-items), each with a title, a slug, a short
 * summary, a rich-text body, a relationship to `areas` and one to `images` (an upload-less
 * image record, populated at depth 1 as our media are), drafts and versions on, and read
 * access for published documents only when nobody is signed in — the published lists go
 * through the same drafts machinery as ours. Used only by bench/bare/seed.ts and
 * bench/bare/server.ts; BARE_DATABASE_URL names its database, BARE_PUSH=1 creates the
 * schema (drizzle push, the seeding process only).
 */
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { type Access, buildConfig, type CollectionConfig, type CollectionSlug } from 'payload'

export const BARE_COLLECTIONS = ['figures', 'articles', 'places', 'service-items'] as const
export type BareCollection = (typeof BARE_COLLECTIONS)[number]

const publishedOnly: Access = ({ req }) => (req.user ? true : { _status: { equals: 'published' } })

function reviewed(slug: BareCollection): CollectionConfig {
  return {
    slug,
    access: { read: publishedOnly },
    versions: { drafts: true },
    fields: [
      { name: 'title', type: 'text', required: true },
      { name: 'slug', type: 'text', required: true, unique: true, index: true },
      { name: 'summary', type: 'textarea', required: true },
      { name: 'body', type: 'richText' },
      { name: 'area', type: 'relationship', relationTo: 'areas' },
      // Not among the project's generated slugs (cms/payload-types.ts), hence the cast.
      { name: 'image', type: 'relationship', relationTo: 'images' as CollectionSlug },
    ],
  }
}

const openRead: Access = () => true

export default buildConfig({
  secret: process.env.BARE_SECRET || 'bare-payload-bench',
  editor: lexicalEditor(),
  telemetry: false,
  collections: [
    ...BARE_COLLECTIONS.map(reviewed),
    {
      slug: 'areas',
      access: { read: openRead },
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'slug', type: 'text', required: true, unique: true },
      ],
    },
    {
      slug: 'images',
      access: { read: openRead },
      fields: [
        { name: 'alt', type: 'text', required: true },
        { name: 'filename', type: 'text', required: true },
        { name: 'url', type: 'text', required: true },
        { name: 'width', type: 'number' },
        { name: 'height', type: 'number' },
      ],
    },
    { slug: 'users', auth: true, fields: [] },
  ],
  db: postgresAdapter({
    pool: { connectionString: process.env.BARE_DATABASE_URL },
    push: process.env.BARE_PUSH === '1',
  }),
})
