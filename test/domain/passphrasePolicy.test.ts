import { describe, expect, it } from 'vitest';
import { assessPassphrase, MIN_PASSPHRASE_LENGTH } from '../../renderer/src/domain/passphrasePolicy';

describe('assessPassphrase', () => {
  it.each([
    ['short', 'Tr0ub4dor&3', false, 'too-short'],
    ['a common password padded to length', 'password1234', false, 'too-weak'],
    ['a keyboard walk', 'qwertyuiopasdf', false, 'too-weak'],
    ['the app name repeated', 'lifeboatlifeboat', false, 'too-weak'],
    ['four unrelated words', 'velvet tractor quietly marble', true, undefined],
    ['a long random string', 'x7#Kq!2vLp9@wZ', true, undefined],
  ])('%s', async (_name, passphrase, accepted, reason) => {
    const verdict = await assessPassphrase(passphrase);
    expect(verdict.accepted).toBe(accepted);
    expect(verdict.reason).toBe(reason);
  });

  it('refuses anything shorter than the minimum, whatever its score', async () => {
    const verdict = await assessPassphrase('Zq9!x'.padEnd(MIN_PASSPHRASE_LENGTH - 1, '#'));
    expect(verdict).toMatchObject({ accepted: false, reason: 'too-short' });
  });

  it('counts the business name against the passphrase when given', async () => {
    const plain = await assessPassphrase('harbourbakery2026');
    const withName = await assessPassphrase('harbourbakery2026', ['harbourbakery']);
    expect(withName.score).toBeLessThanOrEqual(plain.score);
    expect(withName.accepted).toBe(false);
  });
});
