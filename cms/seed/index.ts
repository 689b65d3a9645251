import type { Payload } from 'payload'
import { seedAreas } from './seedAreas'
import { seedArticles } from './seedArticles'
import { createSeedContext, type Log } from './seedContext'
import { seedFigures } from './seedFigures'
import { seedParticipation, seedSensitiveWords, seedSiteSettings } from './seedGlobals'
import { seedHandbook } from './seedHandbooks'
import { seedFacilities, seedPlaces, seedStreets } from './seedPlaces'
import { seedConvention, seedConventionReminders, seedRegulationDrafts } from './seedRegulations'
import { seedDemoAccounts } from './seedUsers'

export interface SeedResult {
  created: number
}

/**
 * Demo content, each item written at most once: a marker in Payload's key-value store
 * records it, so a second start adds nothing and an item an editor deleted stays deleted.
 * The steps run in this order: later ones look up what earlier ones wrote.
 */
export async function seed(payload: Payload, demoPassword: string, log: Log): Promise<SeedResult> {
  const context = createSeedContext(payload, log)
  await seedAreas(context)
  await seedFacilities(context)
  await seedFigures(context)
  await seedStreets(context)
  await seedPlaces(context)
  await seedArticles(context)
  await seedRegulationDrafts(context)
  await seedConvention(context)
  await seedConventionReminders(context)
  await seedHandbook(context)
  await seedSiteSettings(context)
  await seedSensitiveWords(context)
  await seedParticipation(context)
  await seedDemoAccounts(context, demoPassword)
  return { created: context.created() }
}
