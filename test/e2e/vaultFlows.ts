import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export const PASSPHRASE = 'velvet tractor quietly marble harbour 42';

/** Creates a vault as a person would and returns the recovery key they "wrote down". */
export async function createVault(page: Page, passphrase = PASSPHRASE, onRecoveryKeyShown?: (recoveryKey: string) => Promise<void>): Promise<string> {
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type the passphrase again').fill(passphrase);
  await page.getByText(/Strength: (strong|very strong)/).waitFor();
  await page.getByRole('button', { name: 'Create my encrypted plan' }).click();
  const keyOutput = page.getByRole('status', { name: 'Recovery key' });
  await keyOutput.waitFor({ timeout: 30_000 });
  const recoveryKey = ((await keyOutput.innerText()).match(/[A-Z2-7]{4}/g) ?? []).join('-');
  await onRecoveryKeyShown?.(recoveryKey);
  await page.getByLabel('I have written the recovery key down and stored it safely.').check();
  const groupLabel = await page.getByText(/^Type group \d+ of your recovery key/).innerText();
  const n = Number(/group (\d+)/.exec(groupLabel)?.[1]);
  const group = recoveryKey.split('-')[n - 1];
  expect(group).toBeTruthy();
  await page.getByLabel(`Group ${n} of the recovery key`).fill(group!);
  await page.getByRole('button', { name: 'Confirm and open my plan' }).click();
  await page.getByRole('heading', { name: 'Your plan' }).waitFor();
  return recoveryKey;
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByRole('heading', { name: 'Your plan' }).waitFor({ timeout: 30_000 });
}
