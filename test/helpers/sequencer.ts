/**
 * The order test files start in. Vitest's own order (the longest first, by the last run's times;
 * on a fresh checkout, the largest files first) would start the browser files first, and each
 * waits for the sample site, which the global set-up is still building: two workers idle for as
 * long as that build takes. So the files in `FIRST`, long ones that build their own content and
 * never read the sample site, start first, while the sample site is built beside them; every
 * other file follows in Vitest's order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const FIRST = ['test/security/xss.test.ts', 'test/property/page-oracle.test.ts'];

export default class SampleSiteLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = FIRST.findIndex((file) => spec.moduleId.endsWith(file));
      return index === -1 ? FIRST.length : index;
    };
    // Vitest runs one project's files after another's: reorder within each (a stable sort: the
    // files of FIRST in its order, the others as Vitest sorted them).
    const projects = Map.groupBy(sorted, (spec) => spec.project.name);
    return [...projects.values()].flatMap((specs) => specs.toSorted((a, b) => rank(a) - rank(b)));
  }
}
