/** Payload jobs queues: the admin's scheduler and the publishing worker name them alike. */

/** 定时发布/下线, the privacy re-scan and the audit-log retention: run by the admin every ten seconds. */
export const SCHEDULE_QUEUE = 'review-schedules'
/** Site builds: run by the publishing worker only. */
export const SITE_BUILD_QUEUE = 'site-build'
/** PostgreSQL NOTIFY channel: a change residents could read through the REST API; every admin process drops its cached answers (cms/server/apiCache.ts). */
export const API_CACHE_CHANNEL = 'xhl_api_cache'
