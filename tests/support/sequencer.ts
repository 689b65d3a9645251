/**
 * The order of suites within a tier. The suites that assert on the demo content as it was
 * seeded (the home page's newest figures, every page carrying the site settings) run
 * first, before suites that add figures, change addresses or leave redirects on the
 * tier's shared stack; the rest keep Vitest's own order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/** Read first, in this order: the public-site suites (they read the seeded figures and settings), then the XSS suites (which publish and remove a corpus). */
const FIRST = [/[\\/]tests[\\/]public-site-[^\\/]*\.test\.ts$/, /[\\/]tests[\\/]xss-[^\\/]*\.test\.ts$/]

const rank = (file: TestSpecification) => {
  const index = FIRST.findIndex((pattern) => pattern.test(file.moduleId))
  return index === -1 ? FIRST.length : index
}

export default class DemoReadersFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // A stable sort: within a rank, Vitest's own order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b))
  }
}
