import * as migration_20261126_122007_initial from './20261126_122007_initial'
import * as migration_20261126_124344_figures_published_at from './20261126_124344_figures_published_at'
import * as migration_20261126_130243_content_model from './20261126_130243_content_model'
import * as migration_20261126_131115_review_workflow from './20261126_131115_review_workflow'
import * as migration_20261126_132002_review_history_names from './20261126_132002_review_history_names'
import * as migration_20261126_134124_previous_slugs from './20261126_134124_previous_slugs'
import * as migration_20261126_150831_site_builds from './20261126_150831_site_builds'
import * as migration_20261126_154333_site_build_stages from './20261126_154333_site_build_stages'
import * as migration_20261126_181024_public_service_ad from './20261126_181024_public_service_ad'
import * as migration_20261126_181847_media_responsive_sizes from './20261126_181847_media_responsive_sizes'
import * as migration_20261126_205159_handbooks_and_signs from './20261126_205159_handbooks_and_signs'
import * as migration_20261129_173844_trust_under_attack from './20261129_173844_trust_under_attack'
import * as migration_20261130_014627_review_overdue_days from './20261130_014627_review_overdue_days'
import * as migration_20261130_022752_notices from './20261130_022752_notices'
import * as migration_20261130_024906_orphan_media_days from './20261130_024906_orphan_media_days'
import * as migration_20261130_051617_print_orders from './20261130_051617_print_orders'
import * as migration_20261130_054727_beijing_time_pickers from './20261130_054727_beijing_time_pickers'
import * as migration_20261130_113638_participation_gate from './20261130_113638_participation_gate'
import * as migration_20261130_114717_public_replies from './20261130_114717_public_replies'
import * as migration_20261130_115739_reply_reminders from './20261130_115739_reply_reminders'
import * as migration_20261130_124134_nominations from './20261130_124134_nominations'
import * as migration_20261130_152445_surveys from './20261130_152445_surveys'
import * as migration_20261130_154805_elections from './20261130_154805_elections'
import * as migration_20261130_154909_field_entry from './20261130_154909_field_entry'
import * as migration_20261130_160000_reply_due_for_staff from './20261130_160000_reply_due_for_staff'
import * as migration_20261130_161722_schema_snapshot from './20261130_161722_schema_snapshot'
import * as migration_20261130_184812_station_staff from './20261130_184812_station_staff'
import * as migration_20261130_185341_events from './20261130_185341_events'
import * as migration_20261130_185827_service_orders from './20261130_185827_service_orders'
import * as migration_20261130_190410_beijing_time from './20261130_190410_beijing_time'
import * as migration_20261130_194500_events_beijing_time from './20261130_194500_events_beijing_time'
import * as migration_20261130_194728_schema_snapshot_19 from './20261130_194728_schema_snapshot_19'
import * as migration_20261130_195657_audit_export from './20261130_195657_audit_export'

export const migrations = [
  {
    up: migration_20261126_122007_initial.up,
    down: migration_20261126_122007_initial.down,
    name: '20261126_122007_initial',
  },
  {
    up: migration_20261126_124344_figures_published_at.up,
    down: migration_20261126_124344_figures_published_at.down,
    name: '20261126_124344_figures_published_at',
  },
  {
    up: migration_20261126_130243_content_model.up,
    down: migration_20261126_130243_content_model.down,
    name: '20261126_130243_content_model',
  },
  {
    up: migration_20261126_131115_review_workflow.up,
    down: migration_20261126_131115_review_workflow.down,
    name: '20261126_131115_review_workflow',
  },
  {
    up: migration_20261126_132002_review_history_names.up,
    down: migration_20261126_132002_review_history_names.down,
    name: '20261126_132002_review_history_names',
  },
  {
    up: migration_20261126_134124_previous_slugs.up,
    down: migration_20261126_134124_previous_slugs.down,
    name: '20261126_134124_previous_slugs',
  },
  {
    up: migration_20261126_150831_site_builds.up,
    down: migration_20261126_150831_site_builds.down,
    name: '20261126_150831_site_builds',
  },
  {
    up: migration_20261126_154333_site_build_stages.up,
    down: migration_20261126_154333_site_build_stages.down,
    name: '20261126_154333_site_build_stages',
  },
  {
    up: migration_20261126_181024_public_service_ad.up,
    down: migration_20261126_181024_public_service_ad.down,
    name: '20261126_181024_public_service_ad',
  },
  {
    up: migration_20261126_181847_media_responsive_sizes.up,
    down: migration_20261126_181847_media_responsive_sizes.down,
    name: '20261126_181847_media_responsive_sizes',
  },
  {
    up: migration_20261126_205159_handbooks_and_signs.up,
    down: migration_20261126_205159_handbooks_and_signs.down,
    name: '20261126_205159_handbooks_and_signs',
  },
  {
    up: migration_20261129_173844_trust_under_attack.up,
    down: migration_20261129_173844_trust_under_attack.down,
    name: '20261129_173844_trust_under_attack',
  },
  {
    up: migration_20261130_014627_review_overdue_days.up,
    down: migration_20261130_014627_review_overdue_days.down,
    name: '20261130_014627_review_overdue_days',
  },
  {
    up: migration_20261130_022752_notices.up,
    down: migration_20261130_022752_notices.down,
    name: '20261130_022752_notices',
  },
  {
    up: migration_20261130_024906_orphan_media_days.up,
    down: migration_20261130_024906_orphan_media_days.down,
    name: '20261130_024906_orphan_media_days',
  },
  {
    up: migration_20261130_051617_print_orders.up,
    down: migration_20261130_051617_print_orders.down,
    name: '20261130_051617_print_orders',
  },
  {
    up: migration_20261130_054727_beijing_time_pickers.up,
    down: migration_20261130_054727_beijing_time_pickers.down,
    name: '20261130_054727_beijing_time_pickers',
  },
  {
    up: migration_20261130_113638_participation_gate.up,
    down: migration_20261130_113638_participation_gate.down,
    name: '20261130_113638_participation_gate',
  },
  {
    up: migration_20261130_114717_public_replies.up,
    down: migration_20261130_114717_public_replies.down,
    name: '20261130_114717_public_replies',
  },
  {
    up: migration_20261130_115739_reply_reminders.up,
    down: migration_20261130_115739_reply_reminders.down,
    name: '20261130_115739_reply_reminders',
  },
  {
    up: migration_20261130_124134_nominations.up,
    down: migration_20261130_124134_nominations.down,
    name: '20261130_124134_nominations',
  },
  {
    up: migration_20261130_152445_surveys.up,
    down: migration_20261130_152445_surveys.down,
    name: '20261130_152445_surveys',
  },
  {
    up: migration_20261130_154805_elections.up,
    down: migration_20261130_154805_elections.down,
    name: '20261130_154805_elections',
  },
  {
    up: migration_20261130_154909_field_entry.up,
    down: migration_20261130_154909_field_entry.down,
    name: '20261130_154909_field_entry',
  },
  {
    up: migration_20261130_160000_reply_due_for_staff.up,
    down: migration_20261130_160000_reply_due_for_staff.down,
    name: '20261130_160000_reply_due_for_staff',
  },
  {
    up: migration_20261130_161722_schema_snapshot.up,
    down: migration_20261130_161722_schema_snapshot.down,
    name: '20261130_161722_schema_snapshot',
  },
  {
    up: migration_20261130_184812_station_staff.up,
    down: migration_20261130_184812_station_staff.down,
    name: '20261130_184812_station_staff',
  },
  {
    up: migration_20261130_185341_events.up,
    down: migration_20261130_185341_events.down,
    name: '20261130_185341_events',
  },
  {
    up: migration_20261130_185827_service_orders.up,
    down: migration_20261130_185827_service_orders.down,
    name: '20261130_185827_service_orders',
  },
  {
    up: migration_20261130_190410_beijing_time.up,
    down: migration_20261130_190410_beijing_time.down,
    name: '20261130_190410_beijing_time',
  },
  {
    up: migration_20261130_194500_events_beijing_time.up,
    down: migration_20261130_194500_events_beijing_time.down,
    name: '20261130_194500_events_beijing_time',
  },
  {
    up: migration_20261130_194728_schema_snapshot_19.up,
    down: migration_20261130_194728_schema_snapshot_19.down,
    name: '20261130_194728_schema_snapshot_19',
  },
  {
    up: migration_20261130_195657_audit_export.up,
    down: migration_20261130_195657_audit_export.down,
    name: '20261130_195657_audit_export',
  },
]
