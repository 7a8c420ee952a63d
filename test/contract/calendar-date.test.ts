/**
 * Dates are real days of the calendar, everywhere they are read: frontmatter (`isoDate`), and the
 * `--date` option of `explainer new` and `import` (`dateProblem`). `Date` rolls 2026-02-31 over
 * to 3 March, so a check that only parses the date lets it through.
 */
import { describe, expect, it } from 'vitest';
import {
  isCalendarDate,
  isoDate,
  isScheduled,
  latestToday,
  todayProblem,
} from '../../src/contract/frontmatter.ts';
import { dateProblem } from '../../src/cli/command.ts';

const real = ['2026-01-01', '2024-02-29', '2000-02-29', '2026-04-30', '2026-12-31', '0001-01-01'];
const unreal = [
  '2026-02-31',
  '2025-02-29',
  '1900-02-29',
  '2026-04-31',
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '2026-01-00',
  '2026-01-32',
  '0000-01-01',
];

describe('calendar dates', () => {
  it.each(real)('%s is a day of the calendar', (date) => {
    expect(isCalendarDate(date)).toBe(true);
    expect(isoDate.safeParse(date).success).toBe(true);
    expect(dateProblem(date)).toBeUndefined();
  });

  it.each(unreal)('%s is not', (date) => {
    expect(isCalendarDate(date)).toBe(false);
    const parsed = isoDate.safeParse(date);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/a day that exists in the calendar/);
    expect(dateProblem(date)).toMatch(/^Unexpected --date `.*`, expected a day that exists/);
  });

  it('refuses other shapes with the format it expects', () => {
    for (const date of ['2026-1-1', '14/10/2026', 'soon', '2026-10-14T00:00']) {
      expect(isCalendarDate(date)).toBe(false);
      expect(dateProblem(date)).toMatch(/expected YYYY-MM-DD$/);
    }
  });
});

describe('today, for scheduled explainers (latestToday)', () => {
  const at = (iso: string) => Date.parse(iso);
  const withToday = (value: string | undefined, run: () => void) => {
    const before = process.env.EXPLAINERS_TODAY;
    if (value === undefined) delete process.env.EXPLAINERS_TODAY;
    else process.env.EXPLAINERS_TODAY = value;
    try {
      run();
    } finally {
      if (before === undefined) delete process.env.EXPLAINERS_TODAY;
      else process.env.EXPLAINERS_TODAY = before;
    }
  };

  it('is the latest date anywhere on Earth: the date at UTC+14', () =>
    withToday(undefined, () => {
      expect(latestToday(at('2026-12-07T09:59:59Z'))).toBe('2026-12-07');
      expect(latestToday(at('2026-12-07T10:00:00Z'))).toBe('2026-12-08');
      expect(latestToday(at('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    }));

  it('is EXPLAINERS_TODAY when that is a day of the calendar; another value is a problem', () => {
    withToday('2027-13-01', () => expect(todayProblem()).toMatch(/^Unexpected EXPLAINERS_TODAY/));
    withToday('2027-06-01', () => expect(todayProblem()).toBeUndefined());
    withToday(undefined, () => expect(todayProblem()).toBeUndefined());
    withToday('2027-06-01', () =>
      expect(latestToday(at('2026-12-07T09:00:00Z'))).toBe('2027-06-01'),
    );
    withToday('2027-02-30', () =>
      expect(latestToday(at('2026-12-07T09:00:00Z'))).toBe('2026-12-07'),
    );
  });

  it('schedules an explainer dated after it, and never a draft', () =>
    withToday('2026-12-07', () => {
      expect(isScheduled({ published: '2026-12-08' })).toBe(true);
      expect(isScheduled({ published: '2026-12-07' })).toBe(false);
      expect(isScheduled({ published: '2026-12-08', draft: true })).toBe(false);
    }));
});
