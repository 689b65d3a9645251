import { DEMO_ACCOUNTS } from './constants'
import type { SeedContext } from './seedContext'

type DemoAccount = (typeof DEMO_ACCOUNTS)[number]

async function createAccount({ payload, log, idOf }: SeedContext, account: DemoAccount, demoPassword: string): Promise<void> {
  log(`创建示例账号：${account.email}（${account.name}）`)
  const { area, ...user } = account
  await payload.create({
    collection: 'users',
    data: { ...user, password: demoPassword, area: area ? await idOf('areas', 'name', area) : undefined },
  })
}

/** One account per role, all with the demo password. */
export async function seedDemoAccounts(seed: SeedContext, demoPassword: string): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    await seed.once(`users:${account.email}`, seed.exists('users', 'email', account.email), () =>
      createAccount(seed, account, demoPassword),
    )
  }
}
