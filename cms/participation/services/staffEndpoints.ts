/** The staff's order endpoints, off the public prefix: the intranet keeps them (the desk feeds the admin's 处理 panel). */
import type { Endpoint } from 'payload'

import { deskEndpoint } from './desk'
import { orderOnBehalf } from './orderOnBehalf'
import { overdueEndpoint, ratingEndpoint, stepEndpoint } from './orderSteps'
import { fileReport } from './report'

// The fixed paths first, so that /overdue is never read as an order's id.
export const orderEndpoints: Endpoint[] = [overdueEndpoint, orderOnBehalf, stepEndpoint, ratingEndpoint, fileReport, deskEndpoint]
