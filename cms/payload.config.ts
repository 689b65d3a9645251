import path from 'node:path'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { config as settings } from '../contract/config'
import { cmsDir, contractDir } from '../contract/paths'
import { SCHEDULE_QUEUE } from '../contract/queues'
import { ADMIN_DATE_FORMAT, BEIJING_TIME } from './admin/dates'
import { adminViews } from './admin/pages'
import { zhOverrides } from './admin/translations'
import { withWorkbench, withWorkbenchGlobals } from './admin/workbench'
import { AuditLog } from './audit/AuditLog'
import { withAuditLog, withAuditLogGlobals } from './audit/hooks'
import { auditRetentionTask } from './audit/retention'
import { Areas } from './collections/Areas'
import { Articles } from './collections/Articles'
import { Facilities } from './collections/Facilities'
import { Figures } from './collections/Figures'
import { Handbooks } from './collections/Handbooks'
import { Media } from './collections/Media'
import { MediaUses } from './collections/MediaUses'
import { Places } from './collections/Places'
import { PrivacyFindings } from './collections/PrivacyFindings'
import { Regulations } from './collections/Regulations'
import { Streets } from './collections/Streets'
import { Users } from './collections/Users'
import { PrivacyAllowList } from './globals/PrivacyAllowList'
import { SensitiveWords } from './globals/SensitiveWords'
import { SiteSettings } from './globals/SiteSettings'
import { explainHiddenErrors } from './hooks/chineseErrors'
import { explainDatabaseUnavailable, survivePoolErrors } from './hooks/databaseUnavailable'
import { withSafeLinkFeature, withSafeLinks } from './hooks/safeLinks'
import { withLivePreview } from './livePreview'
import { mailAdapter } from './mail/adapter'
import { NoticeGroups } from './notify/NoticeGroups'
import { Contacts } from './participation/collections/Contacts'
import { Departments } from './participation/collections/Departments'
import { Messages } from './participation/collections/Messages'
import { Nominations } from './participation/collections/Nominations'
import { Replies } from './participation/collections/Replies'
import { Uploads } from './participation/collections/Uploads'
import { Ballots } from './participation/elections/Ballots'
import { Elections } from './participation/elections/Elections'
import { VoteCodes } from './participation/elections/VoteCodes'
import { participationEndpoints } from './participation/endpoints'
import { EventSignups } from './participation/events/EventSignups'
import { Events } from './participation/events/Events'
import { FieldTokens } from './participation/field/FieldTokens'
import { HouseholdCodes } from './participation/field/HouseholdCodes'
import { ParticipationSettings } from './participation/ParticipationSettings'
import { replyRemindersTask } from './participation/reminders'
import { participationRetentionTask } from './participation/retention'
import { orderRemindersTask, SERVICE_COLLECTIONS } from './participation/services'
import { SurveyResponses } from './participation/surveys/SurveyResponses'
import { Surveys } from './participation/surveys/Surveys'
import { PrintOrders } from './printDesk/PrintOrders'
import { withPublicMedia, withPublicMediaGlobals } from './publish/publicMedia'
import { withApiCachePurge, withApiCachePurgeGlobals } from './publish/purge'
import { siteBuildTask } from './publish/queue'
import { SiteBuilds } from './publish/SiteBuilds'
import { timedRebuildsTask } from './publish/timedRebuilds'
import { databasePoolMax } from './server/writeGate'
import { privacyRescanTask } from './workflow/rescan'
import { reviewSchedulesTask } from './workflow/schedules'

export default buildConfig({
  serverURL: settings().cmsUrlSetting,
  admin: {
    user: Users.slug,
    importMap: {
      baseDir: cmsDir,
      importMapFile: path.join(cmsDir, 'app/(payload)/admin/importMap.js'),
    },
    meta: {
      titleSuffix: ' · 杏花岭宣传微平台',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }],
    },
    // No Gravatar: the admin loads nothing from outside the machine.
    avatar: 'default',
    dateFormat: ADMIN_DATE_FORMAT,
    timezones: BEIJING_TIME,
    components: {
      providers: ['/components/ChineseAriaLabels#ChineseAriaLabels'],
      graphics: { Icon: '/components/brand/Icon#Icon', Logo: '/components/brand/Logo#Logo' },
      afterNavLinks: ['/components/AdminLinks#AdminLinks'],
      views: adminViews(),
    },
  },
  i18n: {
    supportedLanguages: { zh },
    fallbackLanguage: 'zh',
    translations: { zh: zhOverrides },
  },
  // Rich-text links that would run code (javascript:, data:) are refused when saved; every
  // write a person makes is recorded in the 操作日志.
  // Images become public when something public uses them. Pages get 实时预览.
  // Every change anonymous readers could see drops the REST API's cached answers in every admin process.
  collections: withApiCachePurge(
    withWorkbench(
      withAuditLog(
        withPublicMedia(
          withSafeLinks(
            withLivePreview([
              Articles,
              Figures,
              Streets,
              Places,
              Regulations,
              Handbooks,
              Areas,
              Facilities,
              Media,
              MediaUses,
              Users,
              SiteBuilds,
              NoticeGroups,
              PrintOrders,
              Messages,
              Nominations,
              Uploads,
              Contacts,
              Departments,
              Replies,
              Surveys,
              SurveyResponses,
              HouseholdCodes,
              FieldTokens,
              Elections,
              Events,
              EventSignups,
              VoteCodes,
              Ballots,
              ...SERVICE_COLLECTIONS,
              PrivacyFindings,
              AuditLog,
            ]),
          ),
        ),
      ),
    ),
  ),
  globals: withApiCachePurgeGlobals(
    withWorkbenchGlobals(
      withAuditLogGlobals(withPublicMediaGlobals([SiteSettings, SensitiveWords, PrivacyAllowList, ParticipationSettings])),
    ),
  ),
  // The residents' forms post here (cross-origin from the public site), and nowhere else.
  endpoints: participationEndpoints,
  hooks: {
    afterError: [explainDatabaseUnavailable, explainHiddenErrors],
  },
  onInit: (payload) => {
    survivePoolErrors((payload.db as unknown as { pool: Parameters<typeof survivePoolErrors>[0] }).pool, (line) =>
      payload.logger.warn(line),
    )
  },
  // SMTP_URL's server; `npm start` without one runs a local catcher (ops/mailCatcher.ts).
  email: mailAdapter(),
  editor: lexicalEditor({ features: ({ defaultFeatures }) => withSafeLinkFeature(defaultFeatures) }),
  secret: settings().payloadSecret || '',
  db: postgresAdapter({
    // Each REST save needs two connections at once (see server/writeGate.ts, which keeps
    // writes to half the pool); a request that cannot get one fails after 30 s instead of
    // hanging.
    pool: {
      connectionString: settings().databaseUrl || '',
      max: databasePoolMax(),
      connectionTimeoutMillis: 30_000,
    },
    // Schema changes only ever go through committed migrations.
    push: false,
    migrationDir: path.join(cmsDir, 'migrations'),
  }),
  upload: {
    limits: { fileSize: 20 * 1024 * 1024 },
  },
  jobs: {
    tasks: [
      reviewSchedulesTask,
      siteBuildTask,
      timedRebuildsTask,
      privacyRescanTask,
      auditRetentionTask,
      participationRetentionTask,
      replyRemindersTask,
      orderRemindersTask,
    ],
    // Jobs run only where the platform runs them (the admin's scheduler, the site worker),
    // never on request: /api/payload-jobs/run let any signed-in user pull the site build
    // into the admin process, where it could not run, and a take-down stayed live.
    access: { run: () => false, queue: () => false, cancel: () => false },
    // One site build at a time, and a newer pending build supersedes older ones (coalescing).
    enableConcurrencyControl: true,
    // The admin servers (PAYLOAD_JOBS_AUTORUN=true) run queued jobs and queue the scheduled ones.
    // Quiet about each run (“Running 1 jobs” every few seconds told nobody anything); errors still show.
    autoRun: [{ cron: '*/5 * * * * *', queue: SCHEDULE_QUEUE, silent: { info: true } }],
    shouldAutoRun: () => settings().payloadJobsAutorun,
  },
  graphQL: {
    disablePlaygroundInProduction: true,
  },
  typescript: {
    outputFile: path.join(contractDir, 'payload-types.ts'),
  },
  sharp,
  telemetry: false,
})
