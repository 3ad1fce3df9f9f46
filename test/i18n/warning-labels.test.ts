import { describe, expect, it } from 'vitest';
import { WARNING_CODES } from '../../src/model/warning-codes.ts';
import { warningCodeLabel } from '../../src/i18n/warning-labels.ts';

describe('warning-labels', () => {
  it.each([
    ['zh', 'ambiguous-unit-column', '单位列不明确'],
    ['en', 'ambiguous-unit-column', 'Unit column is ambiguous'],
    ['en', 'year-unknown', 'Deadline year written as “X” (unknown)'],
    ['zh', 'no-such-code', 'no-such-code'],
    ['en', 'toString', 'toString'],
  ] as const)('warningCodeLabel(%s, %s) → %s', (lang, code, label) => {
    expect(warningCodeLabel(lang, code)).toBe(label);
  });

  it('every catalogued code has an English label free of CJK characters', () => {
    for (const code of Object.keys(WARNING_CODES)) {
      expect(warningCodeLabel('en', code)).not.toMatch(/[\u4e00-\u9fff]/);
      expect(warningCodeLabel('zh', code)).toBe(WARNING_CODES[code as keyof typeof WARNING_CODES]);
    }
  });
});
