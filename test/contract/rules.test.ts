/**
 * Every rule id has its section in the README, which each message links to as its `url`, and
 * every rule the README's table lists is one the code reports under.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { reporter, RULE_IDS, ruleUrl } from '../../src/contract/messages.ts';
import { projectRoot } from '../helpers/paths.ts';

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');

describe('rule ids and the README', () => {
  it('has an anchor in the README for every rule id, and none for a rule that is not one', () => {
    const anchors = [...readme.matchAll(/id="rule-([a-z-]+)"/g)].map((m) => m[1]);
    expect([...anchors].sort()).toEqual([...RULE_IDS].sort());
  });

  it('gives each message its source, rule id and the url of the rule', () => {
    const file = new VFile({ path: 'x.md', value: 'text' });
    const message = reporter('remark-claims')(file, {
      reason: 'Unexpected rating `x`, expected one of `false`',
      ruleId: 'unknown-rating',
      place: { line: 1, column: 1 },
      severity: 'error',
    });
    expect(message).toMatchObject({
      source: 'remark-claims',
      ruleId: 'unknown-rating',
      url: 'README.md#rule-unknown-rating',
      fatal: true,
    });
    expect(ruleUrl('draft').split('#')[0]).toBe('README.md');
  });
});
