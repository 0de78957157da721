import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { foreignRequests, launch, openApp, type AppPage } from './browser';
import { dumpIndexedDb } from './rawIndexedDb';
import { createVault, PASSPHRASE } from './vaultFlows';

/**
 * Issue 4 as a person would do it: a process with its objectives, strategies with their gap, the
 * seed's database failover runbook built from its template, then an outage run in responder mode
 * with a reload in the middle, closed, and its timeline read back. Time is Playwright's clock.
 */
const RUNBOOK = 'Primary database failure: promote the replica';
const EVIDENCE = 'psql: FATAL could not connect to primary at 10.0.4.17 evidence-marker-7f3a';
const at = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00Z`);

async function setTime(page: Page, hhmm: string): Promise<void> {
  await page.clock.setFixedTime(at(hhmm));
}

/** The heading of the step responder mode shows, e.g. "5. Promote the replica". */
function currentStep(page: Page) {
  return page.getByRole('heading', { level: 2, name: /^\d+\. / });
}

async function tick(page: Page, hhmm: string, expectedTitle: string): Promise<void> {
  await expect.poll(() => currentStep(page).innerText()).toContain(expectedTitle);
  await setTime(page, hhmm);
  await page.keyboard.press('Enter');
  const number = expectedTitle.split('.')[0];
  await expect.poll(() => page.getByRole('list').getByRole('button', { name: new RegExp(`^${number}\\. .*done \\S+ by`) }).count()).toBe(1);
  await expect.poll(() => page.getByRole('status').filter({ hasText: /^Saved/ }).count()).toBe(1);
}

describe('responder: strategies, runbook, incident', () => {
  let browser: Browser;
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    app = await openApp(browser);
    page = app.page;
    await setTime(page, '08:30');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates the plan and a process with its objectives', async () => {
    await createVault(page);
    await page.getByLabel('Business name').fill('Quayside Online Ltd');
    await page.getByLabel('Plan owner').fill('Sam Patel');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Processes' }).click();
    await page.getByLabel(/^(Process name|New process)/).fill('Online shop');
    await page.getByRole('button', { name: 'Add process' }).click();
    const rto = page.getByLabel(/^RTO/);
    await rto.fill('1 h');
    await rto.press('Tab');
    const rpo = page.getByLabel(/^RPO/);
    await rpo.fill('15 min');
    await rpo.press('Tab');
    await page.getByRole('navigation').getByRole('link', { name: 'Processes' }).click();
    await page.getByRole('row', { name: /Online shop/ }).getByText('1 h').waitFor();
  });

  it('shows the gap of nightly backups in plain words, then closes it with replication and DNS failover', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Recovery strategies' }).click();
    await page.getByRole('heading', { name: 'Strategies for Online shop' }).waitFor();
    await page.getByRole('button', { name: 'Add a strategy' }).click();
    await page.getByLabel('Strategy type').selectOption({ label: 'Full backups' });
    await page.getByLabel('Yearly cost').fill('240');
    await page.getByRole('button', { name: 'Add strategy' }).click();
    await page.getByText('Full backups every 24 h give an RPO of 24 h; your target is 15 min: add transaction-log backups every 15 min.').waitFor();

    await page.getByRole('button', { name: 'Add a strategy' }).click();
    await page.getByLabel('Strategy type').selectOption({ label: 'Replication' });
    await page.getByLabel('One-off cost').fill('1500');
    await page.getByLabel('Yearly cost').fill('1200');
    await page.getByLabel('Owner').fill('Jo Reyes');
    await page.getByRole('button', { name: 'Add strategy' }).click();
    await page.getByRole('button', { name: 'Add a strategy' }).click();
    await page.getByLabel('Strategy type').selectOption({ label: 'DNS failover' });
    await page.getByRole('button', { name: 'Add strategy' }).click();
    await page.getByText('These strategies meet every target set for this process.').waitFor();
    // Replication promotes in 15 min, then DNS moves users: 60 s TTL (1 min) + 1 min detection.
    const facts = page.getByRole('region', { name: 'Strategies for Online shop' });
    await facts.getByText('17 min').first().waitFor();
    const summary = page.getByRole('table', { name: 'Cost summary' });
    expect(await summary.getByRole('row', { name: /Online shop/ }).innerText()).toMatch(/1,500\s+1,440\s+2,940/);
  });

  it("builds the seed's database failover runbook from its template, reorders steps and exports Markdown", async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Runbooks' }).click();
    await page.getByRole('button', { name: 'New runbook' }).click();
    await page.getByLabel('Scenario').selectOption({ label: 'Primary database failure' });
    const template = page.getByRole('radio', { name: RUNBOOK });
    expect(await template.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Create runbook' }).click();
    await page.getByRole('heading', { level: 1, name: RUNBOOK }).waitFor();
    // 2 + 2 + 3 + 5 + 3 + 2 + 5 + 10 + 2 min along the critical path; 45 min one step after another.
    await page.getByText('Estimated duration 34 min: within the RTO of 1 h').waitFor();

    await page.getByLabel('Service URL').fill('https://shop.example.com/');
    await page.getByLabel('Bastion host (for SSH)').fill('ops@bastion.example.com');

    // No contacts yet: add the first person to call on the spot.
    await page.getByLabel(/^Name/).fill('Jo Reyes');
    await page.getByLabel('Role', { exact: true }).fill('Incident lead');
    await page.getByLabel('Phone', { exact: true }).fill('+44 7700 900123');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByRole('list').getByText('Jo Reyes (Incident lead)').waitFor();

    const steps = page.getByRole('list', { name: 'Steps of this runbook' });
    const titles = async () => (await steps.getByRole('listitem').allInnerTexts()).map((text) => text.split('\n')[0]);
    expect((await titles()).slice(2, 4)).toEqual(['3. SSH to the bastion host', '4. Confirm the primary cannot accept writes']);
    // Keyboard: the move button keeps focus, so Enter again keeps moving the same step.
    await page.getByRole('button', { name: 'Move step 3 down' }).focus();
    await page.keyboard.press('Enter');
    expect((await titles()).slice(2, 4)).toEqual(['3. Confirm the primary cannot accept writes', '4. SSH to the bastion host']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect((await titles()).slice(2, 4)).toEqual(['3. SSH to the bastion host', '4. Confirm the primary cannot accept writes']);
    // Drag: step 3 onto step 4 and back.
    const handles = page.getByTitle('Drag to reorder');
    await handles.nth(2).dragTo(steps.getByRole('listitem').nth(3));
    expect((await titles()).slice(2, 4)).toEqual(['3. Confirm the primary cannot accept writes', '4. SSH to the bastion host']);
    await handles.nth(3).dragTo(steps.getByRole('listitem').nth(2));
    expect((await titles()).slice(2, 4)).toEqual(['3. SSH to the bastion host', '4. Confirm the primary cannot accept writes']);

    await page.getByRole('button', { name: 'Save runbook' }).click();
    await page.getByText('Runbook saved.').waitFor();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as Markdown' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^online-shop--primary-database-failure--[0-9a-f]{8}\.md$/);
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain(`# ${RUNBOOK}\n`);
    expect(markdown).toContain('1. Jo Reyes (Incident lead): +44 7700 900123; escalate after 15 min');
    expect(markdown).toContain('- RTO: 1 h, within');
    expect(markdown).toContain('### 5. Promote the replica');
  });

  it('opens the runbook in two actions from home and starts an incident', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
    await page.getByRole('main').getByRole('link', { name: 'We have an outage' }).click();
    await page.getByRole('link', { name: new RegExp(RUNBOOK) }).click();
    await page.getByRole('heading', { name: 'Steps (12)' }).waitFor();
    await page.getByText('Promote the replica', { exact: true }).waitFor();

    await setTime(page, '09:10');
    await page.getByLabel('Your initials').fill('JR');
    await page.getByLabel('The outage began this many minutes ago').fill('10');
    await page.getByRole('button', { name: 'Start the incident' }).click();
    await expect.poll(() => currentStep(page).innerText()).toBe('1. Declare the incident and alert the team');
    await expect.poll(() => page.getByRole('timer').innerText()).toContain('0:10:00');
    expect(await page.getByRole('timer').innerText()).toContain('RTO 1 h: 50 min left');
  });

  it('ticks, skips, notes and attaches from the keyboard, with messages and commands filled in', async () => {
    await page.getByRole('heading', { name: 'Send: Incident alert to staff' }).waitFor();
    await page.getByText(/Incident lead: Jo Reyes, \+44 7700 900123\. Join the incident call/).waitFor();
    await page.getByRole('button', { name: 'Copy the message Incident alert to staff' }).click();
    await page.getByRole('button', { name: 'Copy the message Incident alert to staff' }).getByText('Copied').waitFor();
    await page.getByRole('link', { name: '+44 7700 900123' }).waitFor();
    // The covered app is out of reach: Tab and screen readers stay in responder mode.
    expect(await page.getByRole('navigation').evaluate((nav) => (nav as HTMLElement).closest('[inert]') !== null)).toBe(true);

    await page.getByRole('heading', { name: '1. Declare the incident and alert the team' }).focus();
    await tick(page, '09:12', '1. Declare the incident');

    await expect.poll(() => currentStep(page).innerText()).toContain('2. Post the outage notice');
    await page.keyboard.press('s');
    await page.getByLabel('Why is step 2 skipped?').fill('The status page is down as well');
    await page.keyboard.press('Enter');

    await expect.poll(() => currentStep(page).innerText()).toContain('3. SSH to the bastion host');
    await page.getByText('ssh ops@bastion.example.com', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Copy the command' }).click();
    await page.getByRole('button', { name: 'Copy the command' }).getByText('Copied').waitFor();
    await currentStep(page).focus();
    await tick(page, '09:14', '3. SSH to the bastion host');

    await expect.poll(() => currentStep(page).innerText()).toContain('4. Confirm the primary cannot accept writes');
    await page.keyboard.press('n');
    await page.getByLabel('Note on step 4').fill('Write check hung for 30 s, then timed out');
    await page.keyboard.press('Enter');
    await page.getByText('Write check hung for 30 s, then timed out').waitFor();

    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /^Attach evidence/ }).click();
    await (await choosing).setFiles({ name: 'psql-output.txt', mimeType: 'text/plain', buffer: Buffer.from(EVIDENCE) });
    await page.getByText(/Attached psql-output\.txt/).waitFor();
    await currentStep(page).focus();
    await tick(page, '09:17', '4. Confirm the primary cannot accept writes');
  });

  it('keeps the evidence file encrypted at rest', async () => {
    const raw = await dumpIndexedDb(page);
    expect(raw.length).toBeGreaterThan(1000);
    for (const secret of [EVIDENCE, 'evidence-marker-7f3a', Buffer.from(EVIDENCE).toString('base64').slice(0, 40), 'Write check hung', 'Jo Reyes']) {
      expect(raw).not.toContain(secret);
    }
  });

  it('resumes at the same step after a reload, and works in a 480×400 window', async () => {
    await page.reload();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect.poll(() => currentStep(page).innerText(), { timeout: 30_000 }).toBe('5. Promote the replica');
    expect(await page.getByText('Step 5 of 12').count()).toBe(1);
    expect(await page.getByText('3 done, 1 skipped, 0 blocked, of 12 steps').count()).toBe(1);

    await page.setViewportSize({ width: 480, height: 400 });
    const done = page.getByRole('button', { name: /^Done/ });
    const box = await done.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(480);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(480);

    await currentStep(page).focus();
    await page.keyboard.press('b');
    await page.getByLabel('What blocks step 5?').fill('Waiting for the database admin to approve');
    await page.keyboard.press('Enter');
    await expect.poll(() => currentStep(page).innerText()).toContain('6. Point DNS at the promoted database');
    await page.keyboard.press('ArrowUp');
    await tick(page, '09:22', '5. Promote the replica');
    await page.setViewportSize({ width: 1200, height: 900 });

    const rest: [string, string][] = [
      ['09:25', '6. Point DNS'], ['09:27', '7. Validate service health'], ['09:32', '8. Run the smoke tests'],
      ['09:35', '9. Confirm payment gateway'], ['09:44', '10. Export logs'], ['09:46', '11. Tell customers the service is back'],
      ['09:48', '12. Hand back to the process owner'],
    ];
    for (const [time, title] of rest) {
      await currentStep(page).focus();
      await tick(page, time, title);
    }
    await page.getByText('Every step is done or skipped.').waitFor();
  });

  it('closes the incident and shows the timeline with the right durations', async () => {
    await setTime(page, '09:50');
    await page.getByRole('button', { name: 'Service is restored: close the incident' }).click();
    await page.getByRole('button', { name: 'Close the incident', exact: true }).click();
    await page.getByRole('heading', { name: `Incident timeline: ${RUNBOOK}` }).waitFor();
    const facts = async (term: string) => page.getByRole('term').filter({ hasText: term }).locator('..').getByRole('definition').innerText();
    expect(await facts('Time to detect')).toBe('10 min');
    expect(await facts('Time to recover')).toBe('50 min');
    expect(await facts('Against the RTO')).toBe('Within the RTO of 1 h');
    expect(await facts('Steps')).toBe('11 done, 1 skipped, 0 blocked, 0 not done, of 12');

    const timeline = page.getByRole('table', { name: 'Timeline' });
    const row = (text: string) => timeline.getByRole('row').filter({ hasText: text });
    expect(await row('Step 1 “Declare the incident and alert the team” done by JR').innerText()).toContain('T+12 min');
    expect(await row('Step 2 “Post the outage notice for customers” skipped by JR: The status page is down as well').count()).toBe(1);
    expect(await row('Step 5 “Promote the replica” blocked (JR): Waiting for the database admin to approve').count()).toBe(1);
    expect(await row('Step 5 “Promote the replica” done by JR').innerText()).toContain('T+22 min');
    expect(await row('JR attached psql-output.txt').count()).toBe(1);
    expect(await row('Service restored, incident closed by JR').innerText()).toContain('T+50 min');

    // Kept as evidence: listed with past incidents.
    await page.getByRole('link', { name: 'Back to the outage list' }).click();
    await page.getByRole('link', { name: new RegExp(`${RUNBOOK}, .*recovered in 50 min`) }).waitFor();
  });

  it('never left the app origin and hit no CSP or console errors', () => {
    expect(foreignRequests(app)).toEqual([]);
    expect(app.problems.filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
  });
});
