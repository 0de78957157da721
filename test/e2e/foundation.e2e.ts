import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { foreignRequests, launch, openApp, type AppPage } from './browser';
import { dumpIndexedDb } from './rawIndexedDb';
import { createVault, PASSPHRASE, unlock } from './vaultFlows';

const ORG = 'Harbour Bakery Quayside Ltd';
const OWNER = 'Amira Haddad-Oyelaran';

describe('foundation: vault, lock, backup', () => {
  let browser: Browser;
  let app: AppPage;
  let recoveryKey = '';
  let backupPath = '';

  beforeAll(async () => {
    browser = await launch();
    app = await openApp(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates a vault, saves the organisation, and stores nothing typed in clear', async () => {
    const { page } = app;
    let sheetText = '';
    recoveryKey = await createVault(page, PASSPHRASE, async (key) => {
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Save the emergency recovery sheet (PDF)' }).click();
      const download = await downloading;
      const path = join(tmpdir(), `lifeboat-sheet-${Date.now()}.pdf`);
      await download.saveAs(path);
      expect((await readFile(path)).subarray(0, 5).toString()).toBe('%PDF-');
      sheetText = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
      expect(sheetText.replace(/[\s-]/g, '')).toContain(key.replaceAll('-', ''));
    });
    expect(sheetText).toMatch(/recovery/i);
    expect(recoveryKey).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4})+$/);
    await page.getByLabel('Business name').fill(ORG);
    await page.getByLabel('Plan owner').fill(OWNER);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    const raw = await dumpIndexedDb(page);
    expect(raw.length).toBeGreaterThan(100);
    for (const typed of [ORG, OWNER, PASSPHRASE, 'Harbour', 'Haddad', recoveryKey.slice(0, 9)]) expect(raw).not.toContain(typed);
  });

  it('refuses a wrong passphrase after reload, then unlocks with the right one', async () => {
    const { page } = app;
    await page.reload();
    await page.getByLabel('Passphrase', { exact: true }).fill('not my passphrase at all');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('That passphrase is not right');
    await unlock(page);
    expect(await page.getByLabel('Business name').inputValue()).toBe(ORG);
    expect(await page.getByLabel('Plan owner').inputValue()).toBe(OWNER);
  });

  it('locks by button and by idle time', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('heading', { name: 'Unlock your plan' }).waitFor();
    await page.evaluate(() => localStorage.setItem('lifeboat.test.idleLockMs', '1500'));
    await unlock(page);
    await page.getByText('Lifeboat locked itself after a period of inactivity.').waitFor({ timeout: 15_000 });
    await page.evaluate(() => localStorage.removeItem('lifeboat.test.idleLockMs'));
    await unlock(page);
  });

  it('exports a backup, erases, and restores it', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Settings' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a backup file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.lifeboat$/);
    backupPath = join(tmpdir(), `lifeboat-e2e-${Date.now()}.lifeboat`);
    await download.saveAs(backupPath);

    await page.getByLabel('Type ERASE to confirm').fill('ERASE');
    await page.getByRole('button', { name: 'Erase permanently' }).click();
    await page.getByRole('heading', { name: 'Welcome to Lifeboat' }).waitFor();

    await page.getByRole('button', { name: 'Restore from a backup file' }).click();
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose backup file' }).click();
    await (await choosing).setFiles(backupPath);
    await page.getByLabel('Passphrase of the backup').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Check and restore' }).click();
    await page.getByRole('heading', { name: 'Your plan' }).waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Business name').inputValue()).toBe(ORG);
  });

  it('refuses a tampered backup and leaves the plan as it was', async () => {
    const { page } = app;
    const bytes = new Uint8Array(await readFile(backupPath));
    bytes[Math.floor(bytes.length * 0.7)]! ^= 0x20;
    const tamperedPath = backupPath.replace('.lifeboat', '-tampered.lifeboat');
    await writeFile(tamperedPath, bytes);
    await page.getByRole('link', { name: 'Settings' }).click();
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose backup file' }).click();
    await (await choosing).setFiles(tamperedPath);
    await page.getByLabel('Passphrase of the backup').fill(PASSPHRASE);
    await page.getByLabel('Replace the plan on this computer with the backup').check();
    await page.getByRole('button', { name: 'Check and restore' }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText(), { timeout: 30_000 }).toMatch(/damaged|altered/);
    await page.getByRole('link', { name: 'Home' }).click();
    expect(await page.getByLabel('Business name').inputValue()).toBe(ORG);
  });

  it('unlocks with the recovery key and then requires a new passphrase', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('button', { name: 'I forgot my passphrase: use the recovery key' }).click();
    await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'Unlock with recovery key' }).click();
    await page.getByRole('heading', { name: 'Choose a new passphrase' }).waitFor({ timeout: 30_000 });
    const next = 'amber lighthouse sideways penguin 77';
    await page.getByLabel('New passphrase', { exact: true }).fill(next);
    await page.getByLabel('Type the new passphrase again').fill(next);
    await page.getByText(/Strength: (strong|very strong)/).waitFor();
    await page.getByRole('button', { name: 'Save new passphrase' }).click();
    await page.getByRole('heading', { name: 'Your plan' }).waitFor({ timeout: 30_000 });
    await page.reload();
    await unlock(page, next);
    expect(await page.getByLabel('Business name').inputValue()).toBe(ORG);
  });

  it('never left the app origin and hit no CSP or console errors', () => {
    expect(foreignRequests(app)).toEqual([]);
    expect(app.problems.filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
  });
});
