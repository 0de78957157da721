import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { foreignRequests, launch, openApp, type AppPage } from './browser';
import { createVault, PASSPHRASE } from './vaultFlows';

const FIXTURES = join(__dirname, 'fixtures');
const BUSINESS = 'Harbour Goods Online';
const PAYMENTS = 'Payment processing';
const ACCOUNTING = 'Accounting and bookkeeping (accounting server)';

/** Serious and critical accessibility violations on the page as it is now, described for a failure message. */
async function axeProblems(page: Page): Promise<string[]> {
  // The shell's header and navigation are not part of these screens (their contrast is reported to the shell).
  const { violations } = await new AxeBuilder({ page }).exclude('.lb-shell-header').exclude('.lb-shell-nav').analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function expectAccessible(page: Page, where: string): Promise<void> {
  if (process.env.E2E_SHOTS) await page.screenshot({ path: `/tmp/shot-${where.replace(/\W+/g, '-')}.png`, fullPage: true });
  expect(await axeProblems(page), where).toEqual([]);
}

const stepHeading = (page: Page, n: number, title: string) => page.getByRole('heading', { name: `Step ${n} of 6: ${title}` });

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}

/** Unlock after a reload without assuming which screen opens (the wizard keeps its address). */
async function unlockHere(page: Page): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

describe('plan wizard: the online shop from the seed, end to end', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launch();
    app = await openApp(browser);
    await createVault(app.page);
    app.page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async (ctx) => {
    if (process.env.E2E_SHOTS && ctx.task.result?.state === 'fail') await app.page.screenshot({ path: `/tmp/e2e-${ctx.task.name.slice(0, 30).replace(/\W+/g, '-')}.png`, fullPage: true });
  });

  it('step 1: names the business and adds only the ticked suggestions of the online-shop template', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Start the plan wizard' }).click();
    await stepHeading(page, 1, 'Your business').waitFor();
    await page.getByLabel('Business name').fill(BUSINESS);
    await page.getByLabel('Business name').press('Tab');
    await page.getByLabel('Industry').selectOption({ label: 'Online shop' });
    await page.getByLabel('Locations').fill('Unit 4, Quay Street\nOnline only');
    await page.getByLabel('Plan owner').fill('Sam Rivera');
    await page.getByRole('heading', { name: 'Suggestions for: Online shop' }).waitFor();
    for (const label of [PAYMENTS, 'Online storefront (ecommerce website)', 'Order fulfilment and shipping', 'Customer service (email and chat)', 'Stock and inventory', ACCOUNTING]) {
      await page.getByLabel(label, { exact: true }).check();
    }
    for (const label of ['Web server cluster (2 nodes)', 'DB (Postgres Multi-AZ)', 'DNS', 'Accounting server', 'Payment gateway (third party)', 'Bookkeeper']) {
      await page.getByLabel(label, { exact: true }).check();
    }
    await expectAccessible(page, 'wizard step 1');
    await page.getByRole('button', { name: 'Add 12 ticked suggestions to my plan' }).click();
    await page.getByText(/^Added 12 items and \d+ links to your plan\.$/).waitFor();
    // What was added is marked, and cannot be added twice.
    await expect.poll(() => page.getByLabel(PAYMENTS, { exact: true }).isDisabled()).toBe(true);
    expect(await page.getByLabel('Marketing and newsletters', { exact: true }).isChecked()).toBe(false);
    await next(page);
    await stepHeading(page, 2, 'What you do').waitFor();
  });

  it('step 2: lists the candidate processes and adds one typed by hand', async () => {
    const { page } = app;
    expect(await page.getByRole('group', { name: PAYMENTS }).count()).toBe(1);
    // Marketing was not ticked, so it is not in the plan.
    expect(await page.getByRole('group', { name: 'Marketing and newsletters' }).count()).toBe(0);
    await page.getByLabel('Process name').fill('Payroll');
    await page.getByRole('textbox', { name: 'Owner' }).first().fill('Sam Rivera');
    await page.getByLabel('One line on what it is').first().fill('Paying staff at the end of each month');
    await page.getByRole('button', { name: 'Add process' }).click();
    const payroll = page.getByRole('group', { name: 'Payroll' });
    await payroll.waitFor();
    expect(await payroll.getByLabel('Owner').inputValue()).toBe('Sam Rivera');
    await page.getByText('7 processes so far.').waitFor();
    await expectAccessible(page, 'wizard step 2');
    await next(page);
    await stepHeading(page, 3, 'What hurts, and when').waitFor();
  });

  it('step 3: rates impact by keyboard, carries it forward, copies a row, and explains the suggested MTPD', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: PAYMENTS }).click();
    // The template's profile: financial impact 3 (severe) after 4 h, above the default bearable level 2.
    await page.getByText('Suggested MTPD (the longest you could survive without this): 4 h').waitFor();
    await page.getByText('Because financial impact reaches 3 (severe) after 4 h, above your bearable level 2.').waitFor();
    await expectAccessible(page, 'wizard step 3');

    await page.getByRole('tab', { name: 'Payroll' }).click();
    await page.getByText('No suggested MTPD yet').waitFor();
    // Keyboard only: focus the cell, type the level.
    const cell = page.getByLabel('Financial impact after 24 h');
    await cell.focus();
    await page.keyboard.press('3');
    await expect.poll(() => page.getByLabel('Financial impact after 1 w').inputValue()).toBe('3');
    await page.getByText('Because financial impact reaches 3 (severe) after 24 h, above your bearable level 2.').waitFor();
    await page.getByLabel('Financial impact after 72 h').selectOption('4');
    await expect.poll(() => page.getByLabel('Financial impact after 2 w').inputValue()).toBe('4');
    await page.getByRole('button', { name: 'Copy the 24 h row to 72 h' }).click();
    await expect.poll(() => page.getByLabel('Financial impact after 72 h').inputValue()).toBe('3');
    // A process may bear more (or less) than the business as a whole; the suggestion follows.
    await page.getByLabel('This process can bear a different level of harm than the business as a whole').check();
    await page.getByLabel('Financial: bearable for this process').selectOption('3');
    await page.getByText('Suggested MTPD (the longest you could survive without this): 1 w').waitFor();
    await page.getByLabel('This process can bear a different level of harm than the business as a whole').uncheck();
    await page.getByText('Suggested MTPD (the longest you could survive without this): 24 h').waitFor();
    // Reaching the copy button and a cell by Tab alone.
    await page.getByLabel('Health and safety impact after 1 h').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Copy the 1 h row to 4 h');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Financial impact after 4 h');
    await expectAccessible(page, 'wizard step 3, payroll grid');
  });

  it('reloads mid-wizard, unlocks, and resumes at the same step and process', async () => {
    const { page } = app;
    await page.waitForTimeout(300);
    await page.reload();
    await unlockHere(page);
    await stepHeading(page, 3, 'What hurts, and when').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('tab', { name: 'Payroll' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByLabel('Financial impact after 24 h').inputValue()).toBe('3');
    await next(page);
    await stepHeading(page, 4, 'Your top five').waitFor();
  });

  it('step 4: suggests five by MTPD, and a reorder asks for a reason that is kept', async () => {
    const { page } = app;
    const five = page.getByRole('list').filter({ has: page.getByRole('button', { name: /^Move .* up$/ }) });
    const order = async () => (await five.locator(':scope > li').allInnerTexts()).map((text) => text.split('\n')[0]?.replace(/\s*\(MTPD.*$/, '').trim());
    expect(await order()).toEqual([PAYMENTS, 'Online storefront (ecommerce website)', 'Payroll', 'Order fulfilment and shipping', ACCOUNTING]);
    await page.getByRole('button', { name: `Move ${ACCOUNTING} up` }).click();
    await expect.poll(order).toEqual([PAYMENTS, 'Online storefront (ecommerce website)', 'Payroll', ACCOUNTING, 'Order fulfilment and shipping']);
    const reason = page.getByLabel(`Why “${ACCOUNTING}” is placed here`);
    await reason.waitFor();
    await expectAccessible(page, 'wizard step 4');
    await next(page);
    await page.getByRole('alert').filter({ hasText: 'Give a one-line reason' }).waitFor();
    await reason.fill('The VAT return is due this month');
    await next(page);
    await stepHeading(page, 5, 'For each of the five').waitFor();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await stepHeading(page, 4, 'Your top five').waitFor();
    expect(await reason.inputValue()).toBe('The VAT return is due this month');
    await next(page);
    await stepHeading(page, 5, 'For each of the five').waitFor();
  });

  it('step 5: owner, deputy, RTO/RPO with the rules and tier, and the dependencies of payments and accounting', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: `1. ${PAYMENTS}` }).click();
    await page.getByLabel('Owner').fill('Sam Rivera');
    await page.getByLabel('Deputy').fill('Lee Chen');
    await page.getByLabel('RTO: must be working again within').fill('1 h');
    await page.getByLabel('RPO: most recent work you could afford to lose').fill('15 min');
    await page.getByLabel('RPO: most recent work you could afford to lose').blur();
    await page.getByText('Mission-critical').first().waitFor();
    // The seed's chain for payments: the gateway (third party), the DB and DNS, linked from the template.
    for (const name of ['Payment gateway (third party)', 'DB (Postgres Multi-AZ)', 'DNS']) await page.getByRole('link', { name, exact: true }).waitFor();
    // The only supplier in the plan is linked already, so the form asks straight for a new one.
    await page.getByLabel('Name of the new supplier').fill('Card terminal lessor');
    await page.getByRole('button', { name: 'Add supplier' }).click();
    await page.getByRole('link', { name: 'Card terminal lessor' }).waitFor();
    await page.getByLabel('Legal, regulatory and contractual duties').fill('Card data rules (PCI DSS)');
    await page.getByLabel('Manual workaround').fill('Send a payment link by email');
    await expectAccessible(page, 'wizard step 5');

    await page.getByRole('tab', { name: `4. ${ACCOUNTING}` }).click();
    await page.getByLabel('Owner').fill('Priya Nair');
    const rto = page.getByLabel('RTO: must be working again within');
    await rto.fill('1 w');
    await rto.blur();
    await page.getByText('The RTO (1 w) must be shorter than the MTPD (1 w)').waitFor();
    await rto.fill('8 h');
    await page.getByLabel('RPO: most recent work you could afford to lose').fill('24 h');
    await page.getByLabel('RPO: most recent work you could afford to lose').blur();
    await expect.poll(() => page.getByText('The RTO (1 w) must be shorter').count()).toBe(0);
    await page.getByText('Business-critical').first().waitFor();
    // The accounting server is backed up nightly to an external drive: a day to restore.
    await page.getByRole('button', { name: 'Edit the details of Accounting server' }).click();
    const dialog = page.getByRole('dialog', { name: 'Accounting server' });
    await dialog.getByLabel('Can be working again within').fill('24 h');
    await dialog.getByLabel('Data you could lose').fill('24 h');
    await dialog.getByLabel('Data you could lose').blur();
    await expectAccessible(page, 'wizard step 5, details dialog');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByText(/can be back within 24 h, may lose 24 h of data/).waitFor();
    await next(page);
    await stepHeading(page, 6, 'Review').waitFor();
  });

  it('step 6: the review table shows the values and every warning, each with a way to fix it', async () => {
    const { page } = app;
    const table = page.getByRole('table', { name: 'Business impact analysis summary' });
    const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    const cells = async (name: string) => {
      await row(name).waitFor();
      return (await row(name).getByRole('cell').allInnerTexts()).map((c) => c.trim());
    };
    // #, owner, deputy, MTPD, RTO, RPO, tier, MBCO, dependencies, findings (the name is the row header).
    const payments = await cells(PAYMENTS);
    expect(payments.slice(0, 7)).toEqual(['1', 'Sam Rivera', 'Lee Chen', '4 h', '1 h', '15 min', 'Mission-critical']);
    const accounting = await cells(ACCOUNTING);
    expect(accounting.slice(0, 7)).toEqual(['4', 'Priya Nair', 'Not set', '1 w', '8 h', '24 h', 'Business-critical']);
    expect((await cells('Payroll')).slice(4, 5)).toEqual(['Not set']);

    const rollDown = '“Accounting server” can be working again within 24 h, but “Accounting and bookkeeping (accounting server)” needs it back within 8 h (its RTO).';
    await page.getByText(rollDown, { exact: false }).waitFor();
    await page.getByText('“Payroll” has no RTO or RPO yet.', { exact: false }).waitFor();
    await page.getByText('“Payment processing” needs “Card terminal lessor”, but nobody is named to call about it.', { exact: false }).waitFor();
    await page.getByText('Fix the items marked “Must fix” first').waitFor();
    expect(await page.getByRole('button', { name: 'Mark the BIA ready for sign-off' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'wizard step 6');

    // A process finding opens step 5 at the field; a system's finding opens the system with its field focused.
    await page.getByRole('button', { name: 'Fix: “Payment processing” needs “Card terminal lessor”, but nobody is named to call about it. Choose who to call.' }).click();
    await stepHeading(page, 5, 'For each of the five').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^fix-dependency-.*-contactId$/);
    await page.locator(':focus').selectOption({ label: 'Bookkeeper' });
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await stepHeading(page, 6, 'Review').waitFor();
    await expect.poll(() => page.getByText('needs “Card terminal lessor”, but nobody is named', { exact: false }).count()).toBe(0);

    await page.getByRole('button', { name: `Fix: ${rollDown} Improve its recovery, or relax the RTO.` }).click();
    await page.getByRole('heading', { name: 'Accounting server', level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? '')).toBe('24 h');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('4 h');
    await page.keyboard.press('Tab');
    await page.getByRole('heading', { name: /Who depends on Accounting server/ }).waitFor();
    // ECC 3-1-3: the owner says whether a system is a cybersecurity system; until then the name decides.
    const security = page.getByLabel('Is this a cybersecurity system?');
    await expect.poll(() => security.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe('Not answered (its name suggests no)');
    await security.selectOption({ label: 'No' });
    await expect.poll(() => security.inputValue()).toBe('no');
    await expectAccessible(page, 'asset detail with who-depends-on');
    await page.getByRole('link', { name: 'Back to the review' }).click();
    await stepHeading(page, 6, 'Review').waitFor();
    await expect.poll(() => page.getByText(rollDown, { exact: false }).count()).toBe(0);
    const ready = page.getByRole('button', { name: 'Mark the BIA ready for sign-off' });
    await expect.poll(() => ready.isEnabled()).toBe(true);
    await ready.click();
    await page.getByText('Ready for sign-off', { exact: true }).waitFor();
  });

  it('exports the BIA table with the reviewed values and the suggested MTPD with its reason', async () => {
    const { page } = app;
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export BIA table (CSV)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^bia-table-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = join(tmpdir(), `lifeboat-bia-${Date.now()}.csv`);
    await download.saveAs(path);
    const rows = (await readFile(path, 'utf8')).split('\r\n');
    expect(rows[0]).toMatch(/^\uFEFF"Process","Description","Owner","Deputy",/);
    const payments = rows.find((r) => r.startsWith('"Payment processing"'));
    expect(payments).toContain('"Sam Rivera","Lee Chen"');
    expect(payments).toContain('"Card data rules (PCI DSS)","60","15","Card payments at checkout work; refunds can wait."');
    expect(payments).toMatch(/"1","240","Because financial impact reaches 3 \(severe\) at 4 h, above your tolerable level 2","mission-critical"$/);
  });

  it('home offers to continue the plan, and search finds records across the plan', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { name: 'Your business impact analysis is ready for sign-off' }).waitFor();
    await page.getByRole('link', { name: 'Search the plan' }).click();
    await page.getByLabel('Search for').fill('pci');
    await page.getByRole('link', { name: PAYMENTS }).waitFor();
    await page.getByText('Duties: Card data rules (PCI DSS)').waitFor();
    await expectAccessible(page, 'search');
    // The process's own screen: everything the wizard asked, in one place.
    await page.getByRole('link', { name: PAYMENTS }).click();
    await page.getByRole('heading', { name: PAYMENTS, level: 1 }).waitFor();
    expect(await page.getByLabel('RTO: must be working again within').inputValue()).toBe('1 h');
    expect(await page.getByLabel('Financial impact after 4 h').inputValue()).toBe('3');
    await expectAccessible(page, 'process detail');
  });

  it('deletes a system after a confirmation that counts its links, and undo puts it back with them', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Systems and assets' }).click();
    await page.getByRole('button', { name: 'Delete DNS' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “DNS”?' });
    await dialog.getByText('This also removes 2 links.').waitFor();
    await expectAccessible(page, 'delete confirmation');
    await dialog.getByRole('button', { name: 'Delete “DNS”' }).click();
    await page.getByText('“DNS” was deleted.').waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'DNS', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: 'DNS', exact: true }).click();
    await page.getByRole('heading', { name: 'Who depends on DNS' }).waitFor();
    await page.getByRole('table').getByRole('link', { name: PAYMENTS }).waitFor();
    await page.getByRole('table').getByRole('link', { name: 'Online storefront (ecommerce website)' }).waitFor();
  });

  it('never left the app origin and hit no CSP or console errors', () => {
    expect(foreignRequests(app)).toEqual([]);
    expect(app.problems.filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
  });
});

describe('CSV: asset inventory import and export', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launch();
    app = await openApp(browser);
    await createVault(app.page);
    app.page.setDefaultTimeout(10_000);
    await app.page.getByLabel('Business name').fill('Quayside Books');
    await app.page.getByRole('button', { name: 'Save' }).click();
    await app.page.getByText('Saved.').waitFor();
    await app.page.getByText('Saved.').waitFor({ state: 'hidden' });
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async (ctx) => {
    if (process.env.E2E_SHOTS && ctx.task.result?.state === 'fail') await app.page.screenshot({ path: `/tmp/e2e-${ctx.task.name.slice(0, 30).replace(/\W+/g, '-')}.png`, fullPage: true });
  });

  async function chooseFile(page: Page, path: string): Promise<void> {
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a CSV file' }).click();
    await (await choosing).setFiles(path);
  }

  it('imports an inventory through column mapping and a preview, writing nothing before the confirmation', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Systems and assets' }).click();
    await page.getByRole('link', { name: 'Import systems from CSV' }).click();
    await chooseFile(page, join(FIXTURES, 'assets-inventory.csv'));
    await page.getByText('File: assets-inventory.csv (3 rows)').waitFor();
    // Suggested from the headings: Hostname → Name, Category → Type, RTO (hours), RPO (minutes), Backup.
    expect(await page.getByLabel('Column for Name').inputValue()).toBe('0');
    expect(await page.getByLabel('Column for Type').inputValue()).toBe('1');
    expect(await page.getByLabel('Column for Location or provider').inputValue()).toBe('');
    await page.getByLabel('Column for Location or provider').selectOption('2');
    await page.getByText('Not imported: Rack.').waitFor();
    await expectAccessible(page, 'CSV mapping');
    await page.getByRole('button', { name: 'Check every row' }).click();
    await page.getByText('All rows passed: 3 systems are ready to import.').waitFor();
    const preview = page.getByRole('table').last();
    expect(await preview.getByRole('row').filter({ hasText: 'File server' }).innerText()).toMatch(/2\s+File server\s+Server or computer\s+Back office\s+8 h\s+24 h/);
    expect(await preview.getByRole('row').filter({ hasText: 'Staff records, HR' }).innerText()).toMatch(/Data \(records, files\)\s+Cloud drive\s+24 h\s+1 h/);
    await expectAccessible(page, 'CSV preview');
    // Nothing is in the plan until the owner confirms.
    await page.getByRole('link', { name: 'Systems and assets' }).click();
    await page.getByText('No systems yet.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Import systems from CSV' }).click();
    await chooseFile(page, join(FIXTURES, 'assets-inventory.csv'));
    await page.getByLabel('Column for Location or provider').selectOption('2');
    await page.getByRole('button', { name: 'Check every row' }).click();
    await page.getByRole('button', { name: 'Import 3 systems' }).click();
    await page.getByText('3 systems were added to your plan.').waitFor();
    await page.getByRole('link', { name: 'See all systems and assets' }).click();
    for (const name of ['File server', 'Office router', 'Staff records, HR']) await page.getByRole('link', { name, exact: true }).waitFor();
  });

  it('shows every problem of a broken file with its line number and imports nothing', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Import systems from CSV' }).click();
    await chooseFile(page, join(FIXTURES, 'assets-broken.csv'));
    await page.getByRole('button', { name: 'Check every row' }).click();
    const problems = page.getByRole('list', { name: 'Problems in the file' });
    await problems.waitFor();
    const lines = await problems.getByRole('listitem').allInnerTexts();
    expect(lines).toEqual([
      'Line 3, column “Type”: "spaceship" is not a valid choice for Type. Use one of: server, database, network, saas, site, device, data-store.',
      'Line 4, column “Achievable RTO (minutes)”: "soon" is not a duration. Write minutes (e.g. 90) or a number with a unit (e.g. 4 h, 2 d, 1 w).',
      'Line 5, column “Name”: "Label printer 2" appears more than once (first on line 2). Each asset needs its own name.',
      'Line 6, column “Name”: "File server" is already in your plan. Rename it, or remove the row.',
      'Line 7: A quoted value is not closed properly (look for a stray " character). This record and everything after it could not be read.',
    ]);
    await page.getByText(/Nothing was imported\./).waitFor();
    expect(await page.getByRole('button', { name: /^Import \d+ system/ }).count()).toBe(0);
    await expectAccessible(page, 'CSV errors');

    // A file over 10 MB is refused before it is read as CSV.
    const big = join(tmpdir(), `lifeboat-big-${Date.now()}.csv`);
    await writeFile(big, `Name,Type\n${'x,server\n'.repeat(1_200_000)}`);
    await chooseFile(page, big);
    await page.getByText(/The file is 10\.\d MB; the limit is 10 MB\./).waitFor();

    await page.getByRole('link', { name: 'Systems and assets' }).click();
    expect(await page.getByRole('link', { name: 'Label printer 2' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Card reader' }).count()).toBe(0);
  });

  it('exports the asset inventory as quoted UTF-8 CSV with a byte-order mark', async () => {
    const { page } = app;
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export asset inventory (CSV)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^asset-inventory-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = join(tmpdir(), `lifeboat-e2e-${Date.now()}.csv`);
    await download.saveAs(path);
    const text = await readFile(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = text.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe('"Name","Type","Description","Location or provider","Redundancy","Backup method","Owner","Achievable RTO (minutes)","Achievable RPO (minutes)","Confidentiality","Cybersecurity system"');
    expect(rows).toContain('"File server","server","","Back office","","Nightly copy to the NAS","","480","1440","",""');
    expect(rows).toContain('"Staff records, HR","data-store","","Cloud drive","","Versioned cloud storage","","1440","60","",""');
    expect(rows).toHaveLength(4);
  });

  it('imports processes from a BIA spreadsheet with their impact ratings, and refuses the same names twice', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Processes' }).click();
    await page.getByRole('link', { name: 'Import processes from CSV' }).click();
    expect(await page.getByLabel('Processes (BIA table)').isChecked()).toBe(true);
    await chooseFile(page, join(FIXTURES, 'bia-processes.csv'));
    expect(await page.getByLabel('Column for Process name').inputValue()).toBe('0');
    expect(await page.getByLabel('Column for RTO').inputValue()).toBe('2');
    await page.getByRole('button', { name: 'Check every row' }).click();
    await page.getByText('All rows passed: 2 processes are ready to import.').waitFor();
    await expectAccessible(page, 'CSV processes preview');
    await page.getByRole('button', { name: 'Import 2 processes' }).click();
    await page.getByText('2 processes were added to your plan.').waitFor();
    await page.getByRole('link', { name: 'See all processes' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Taking card payments' }) });
    await row.waitFor();
    // Financial impact 3 after 4 h is above the default bearable level 2: MTPD 4 h; RTO 1 h from the hours column.
    expect((await row.getByRole('cell').allInnerTexts()).slice(0, 6)).toEqual(['Dana Okafor', '—', '4 h', '1 h', '15 min', 'Mission-critical']);

    await page.getByRole('link', { name: 'Import processes from CSV' }).click();
    await chooseFile(page, join(FIXTURES, 'bia-processes.csv'));
    await page.getByRole('button', { name: 'Check every row' }).click();
    await page.getByText('Line 2, column “Process”: "Taking card payments" is already in your plan. Rename it, or remove the row.').waitFor();
    expect(await page.getByRole('button', { name: /^Import \d+ process/ }).count()).toBe(0);
  });

  it('never left the app origin and hit no CSP or console errors', () => {
    expect(foreignRequests(app)).toEqual([]);
    expect(app.problems.filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
  });
});
