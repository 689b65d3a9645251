/** 文明课单, as the admin's config takes it in: the collections and the reminders task. */
import { ServiceItems } from './ServiceItems'
import { ServiceOrders } from './ServiceOrders'
import { VolunteerTeams } from './VolunteerTeams'

export { orderRemindersTask } from './reminders'

export const SERVICE_COLLECTIONS = [ServiceItems, VolunteerTeams, ServiceOrders]
