import fc from 'fast-check';
import { expect, it } from 'vitest';
import { guardFormula, unguardFormula } from '../../../renderer/src/domain/csv/formulaGuard';

it.each([
  ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
  ['+1', "'+1"],
  ['-1', "'-1"],
  ['@cmd', "'@cmd"],
  ['\tx', "'\tx"],
  ['\rx', "'\rx"],
  ["'=x", "''=x"],
  ['plain', 'plain'],
  ["'quoted", "'quoted"],
  ['a=b', 'a=b'],
  ['', ''],
])('guards %j as %j', (value, guarded) => {
  expect(guardFormula(value)).toBe(guarded);
  expect(unguardFormula(guarded)).toBe(value);
});

it('import leaves ordinary apostrophes alone', () => {
  expect(unguardFormula("'0123")).toBe("'0123");
  expect(unguardFormula("O'Brien")).toBe("O'Brien");
});

it('unguard(guard(x)) is x for any text', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ') }), (s) => {
      const guarded = guardFormula(s);
      expect(unguardFormula(guarded)).toBe(s);
      expect(/^[=+\-@\t\r]/.test(guarded)).toBe(false);
    }),
  );
});
