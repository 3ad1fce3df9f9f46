import { describe, expect, it } from 'vitest';
import { deadlineStatus } from '../../src/analysis/deadline-status.ts';
import { makeDeadline } from './make-task.ts';

const ongoingOnly = makeDeadline({ raw: '长期推进', due: null, monthDay: null, precision: null, ongoing: true });
const yearX = makeDeadline({ raw: 'X年6月底前', due: null, monthDay: '06-30', yearKnown: false });
const yearXNoMonth = makeDeadline({ raw: 'X年底前', due: null, monthDay: null, yearKnown: false, precision: 'year' });
const none = makeDeadline({ raw: '', due: null, monthDay: null, precision: null });

describe('analysis/deadline-status', () => {
  it.each([
    ['due 2021-06-30, asOf 2021-07-01', makeDeadline(), '2021-07-01', 'passed'],
    ['due on the asOf day', makeDeadline(), '2021-06-30', 'due90'],
    ['due exactly 90 days ahead', makeDeadline(), '2021-04-01', 'due90'],
    ['due 91 days ahead', makeDeadline(), '2021-03-31', 'later'],
    ['due in the past and ongoing (counts by due date)', makeDeadline({ ongoing: true }), '2022-01-01', 'passed'],
    ['ongoing only', ongoingOnly, '2022-01-01', 'ongoing'],
    ['year written X, month known', yearX, '2022-01-01', 'yearUnknown'],
    ['year written X, no month', yearXNoMonth, '2022-01-01', 'yearUnknown'],
    ['no deadline printed', none, '2022-01-01', null],
  ])('deadlineStatus(%s) → %s', (_label, deadline, asOf, expected) => {
    expect(deadlineStatus(deadline, asOf)).toBe(expected);
  });
});
