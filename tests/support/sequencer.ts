/**
 * The order of suites within a tier. The suites that assert on the demo content as it was
 * seeded (the home page's newest figures, every page carrying the site settings) run
 * first, before suites that add figures, change addresses or leave redirects on the
 * tier's shared stack; the rest keep Vitest's own order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node'

const DEMO_READERS = /[\\/]tests[\\/](public-site|xss)-[^\\/]*\.test\.ts$/

export default class DemoReadersFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const first = sorted.filter((file) => DEMO_READERS.test(file.moduleId))
    return [...first, ...sorted.filter((file) => !first.includes(file))]
  }
}
