import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { pdfLines } from '../print/pdfText';
import { foreignRequests, launch, openApp, type AppPage } from './browser';
import { createVault } from './vaultFlows';

/**
 * Issue 6 as a person would do it: the usual test schedule and its calendar file, a tabletop
 * exercise with attendance, a timed log and a finding whose action is closed with evidence, a
 * signed approval of the plan, an edit that shows "changed since approval" with what changed, the
 * audit trail verified, and the auditor's evidence pack. Time is Playwright's clock.
 */
const ORG = 'Harbour Bikes Ltd';
const RENAMED = 'Harbour Bikes & Repairs Ltd';
const EXERCISE = 'Q1 tabletop: payment database lost';
const FINDING = 'Nobody knew where the DNS provider login is kept';
const at = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00Z`);

async function setTime(page: Page, hhmm: string): Promise<void> {
  await page.clock.setFixedTime(at(hhmm));
}

function nav(page: Page, name: string) {
  return page.getByRole('navigation').getByRole('link', { name, exact: true });
}

/**
 * Serious and critical accessibility problems on the screen as it is now. The shell's header,
 * navigation and notification area are not part of these screens.
 */
async function expectAccessible(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).exclude('.lb-shell-header').exclude('.lb-shell-nav').exclude('.mantine-Notifications-root').analyze();
  const problems = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.any[0]?.message ?? ''}`).join(' | ')}`);
  expect(problems, where).toEqual([]);
}

async function saveDownload(download: Download, name: string): Promise<string> {
  const path = join(tmpdir(), `lifeboat-gov-${process.pid}-${name}`);
  await download.saveAs(path);
  return path;
}

describe('governance: exercises, sign-off, audit trail, readiness', () => {
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
  afterEach(async (context) => {
    if (process.env.LB_SHOTS) await page.screenshot({ path: `/tmp/lb-shot-${context.task.name.slice(0, 24).replace(/\W+/g, '-')}.png`, fullPage: true });
    if (context.task.result?.state === 'fail') await page.screenshot({ path: `/tmp/lb-gov-${context.task.name.slice(0, 24).replace(/\W+/g, '-')}.png`, fullPage: true });
  });

  it('sets up the usual test schedule and exports it as a calendar any app can import', async () => {
    await createVault(page);
    await page.getByLabel('Business name').fill(ORG);
    await page.getByLabel('Plan owner').fill('Amira Haddad');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.', { exact: true }).first().waitFor();
    await page.getByText('No test schedule yet.').waitFor();

    await nav(page, 'Exercises').click();
    await page.getByRole('button', { name: 'Use the usual schedule' }).click();
    const schedule = page.getByRole('table', { name: 'Test schedule' });
    await schedule.getByRole('row', { name: /Tabletop exercise.*3 months/ }).waitFor();
    await schedule.getByRole('row', { name: /Live recovery test.*12 months/ }).waitFor();
    // Never held: both are due today, so shown as due soon.
    expect(await schedule.getByText('Due soon').count()).toBe(2);
    await expectAccessible(page, 'exercises');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('exercise-schedule.ics');
    const text = await readFile(await saveDownload(download, 'schedule.ics'), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary).sort()).toEqual([`Live recovery test due (${ORG})`, `Tabletop exercise due (${ORG})`]);
    const tabletop = events.find((e) => e.summary.startsWith('Tabletop'))!;
    expect(tabletop.startDate.isDate).toBe(true);
    expect(tabletop.startDate.toString()).toBe('2026-03-02');
    const rule = tabletop.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('MONTHLY');
    expect(rule.interval).toBe(3);
    const next = tabletop.iterator();
    next.next();
    expect(next.next()?.toString()).toBe('2026-06-02');
  });

  it('runs a tabletop exercise with attendance, a timed log and a finding', async () => {
    await page.getByRole('button', { name: 'Plan an exercise' }).click();
    await page.getByLabel('Exercise name').fill(EXERCISE);
    await page.getByRole('button', { name: 'Create and open' }).click();
    await page.getByRole('heading', { level: 1, name: EXERCISE }).waitFor();

    await page.getByLabel('Scenario').fill('The payment database stops accepting writes on a Saturday morning.');
    await page.getByLabel('Objectives').fill('Confirm who declares the incident\nConfirm we can restore card payments within the 1-hour RTO');
    await page.getByRole('button', { name: 'Add a success criterion' }).click();
    await page.getByLabel('Criterion 1', { exact: true }).fill('Card payments back within 60 minutes');
    await page.getByLabel('How criterion 1 is judged').selectOption({ label: 'Time to recover, at most' });
    await page.getByLabel('Minutes for criterion 1').fill('60');
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await page.getByText('Exercise saved.').waitFor();

    for (const [name, role] of [['Amira Haddad', 'Owner'], ['Ben Okafor', 'IT contractor']]) {
      await page.getByLabel('Attendee name').fill(name!);
      await page.getByLabel('Attendee role').fill(role!);
      await page.getByRole('button', { name: 'Add attendee' }).click();
      await page.getByRole('table', { name: 'Attendance' }).getByRole('row', { name: new RegExp(name!) }).waitFor();
    }
    await expect.poll(() => page.getByText('2 of 2 on the list took part.').count()).toBe(1);

    await setTime(page, '09:00');
    await page.getByRole('button', { name: 'Outage begins now' }).click();
    await setTime(page, '09:07');
    await page.getByLabel('Log entry', { exact: true }).fill('Card terminal errors reported by the shop floor');
    await page.getByLabel('Log entry', { exact: true }).press('Enter');
    await page.getByRole('button', { name: 'Detected now' }).click();
    await setTime(page, '09:45');
    await page.getByRole('button', { name: 'Recovered now' }).click();
    const log = page.getByRole('table', { name: 'Timed log' });
    await log.getByRole('row', { name: /T\+45.*Service recovered/ }).waitFor();
    await log.getByRole('row', { name: /T\+7.*Card terminal errors/ }).waitFor();
    const results = page.getByRole('region', { name: /^Results/ });
    await results.getByText('7 min', { exact: true }).waitFor();
    await results.getByText('45 min', { exact: true }).waitFor();
    await results.getByText('Pass', { exact: true }).waitFor();

    await page.getByLabel('Status').selectOption({ label: 'Completed' });
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await expect.poll(() => page.getByText(/Tabletop exercise · Completed/).count()).toBe(1);

    await page.getByLabel('Post-mortem', { exact: true }).fill('Restore worked; escalation was slow because the DNS login was missing.');
    await page.getByRole('button', { name: 'Save post-mortem' }).click();
    await page.getByLabel('New finding').fill(FINDING);
    await page.getByRole('button', { name: 'Add finding' }).click();
    await page.getByLabel('Owner of the action for finding 1').fill('Ben Okafor');
    await page.getByLabel('Due date for finding 1').fill('2026-03-31');
    await page.getByRole('button', { name: 'Create action item' }).click();
    await page.getByText('Action item created, owned by Ben Okafor.').waitFor();
    await expectAccessible(page, 'exercise');
  });

  it('closes the action with evidence and a change ticket', async () => {
    await nav(page, 'Action items').click();
    await page.getByRole('row', { name: new RegExp(FINDING) }).waitFor();
    await page.getByRole('button', { name: `Close action ${FINDING}` }).click();
    await page.getByLabel('Closure evidence').fill('DNS provider login stored in the password manager; tested by Ben on 5 March.');
    await page.getByLabel('Change-ticket reference').fill('CHG-1042');
    await page.getByRole('button', { name: 'Close action', exact: true }).click();
    await page.getByLabel('Show').getByText('Closed').click();
    const row = page.getByRole('row', { name: new RegExp(FINDING) });
    await row.getByText('Done').waitFor();
    await row.getByText('CHG-1042').waitFor();
    await expectAccessible(page, 'action items');
  });

  it('approves the plan with a signature from the approver’s own passphrase', async () => {
    await nav(page, 'Sign-off').click();
    await page.getByText('No version of the plan has been approved yet.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Start a new version' }).click();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Version 1 is in review.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Sign and approve' }).click();
    const fingerprint = await page.getByTestId('approval-fingerprint').innerText();
    expect(fingerprint).toMatch(/^([0-9A-F]{4} ){31}[0-9A-F]{4}$/);
    await expectAccessible(page, 'sign-off form');
    await page.getByLabel('Your full name').fill('Amira Haddad');
    await page.getByLabel(/^Your role/).fill('Managing director');
    await page.getByLabel(/^Your signing passphrase/).fill('lantern orchard copper 19');
    await page.getByLabel(/^Type your signing passphrase again/).fill('lantern orchard copper 19');
    await page.getByRole('button', { name: 'Sign and approve' }).click();
    await page.getByText('Version 1 is approved, signed by Amira Haddad.').waitFor({ timeout: 60_000 });
    const inForce = page.getByRole('region', { name: 'Plan in force' });
    await inForce.getByText('Valid', { exact: true }).waitFor();
    expect(await page.getByTestId('current-fingerprint').innerText()).toBe(fingerprint);
    await page.getByText(/Next review due on .*2027/).waitFor();

    await page.getByRole('button', { name: 'Verify sign-off' }).click();
    await page.getByText('Valid: the approval matches the plan').waitFor();

    // A second director co-signs the version in force.
    await page.getByRole('button', { name: 'Add a signature' }).click();
    await page.getByLabel('Your full name').fill('Ben Okafor');
    await page.getByLabel(/^Your role/).fill('Finance director');
    await page.getByLabel(/^Your signing passphrase/).fill('quarry velvet mango 204');
    await page.getByLabel(/^Type your signing passphrase again/).fill('quarry velvet mango 204');
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await page.getByText('Ben Okafor has also signed version 1.').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Verify sign-off' }).click();
    const signatures = page.getByRole('table', { name: 'Signatures and their verification' });
    await expect.poll(() => signatures.getByRole('row', { name: /Valid$/ }).count()).toBe(2);
  });

  it('shows "changed since approval" with what changed after the business name is edited', async () => {
    await nav(page, 'Home').click();
    await page.getByLabel('Business name').fill(RENAMED);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.', { exact: true }).first().waitFor();

    await nav(page, 'Sign-off').click();
    await page.getByRole('region', { name: 'Plan in force' }).getByText('Plan changed since approval', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Verify sign-off' }).click();
    const result = page.getByRole('region', { name: /Checked/ });
    await result.getByText('Plan changed since approval').first().waitFor();
    await result.getByRole('row', { name: /Amira Haddad, Managing director/ }).getByText('Plan changed since approval').waitFor();
    await result.getByRole('row', { name: /Ben Okafor, Finance director/ }).getByText('Plan changed since approval').waitFor();
    await result.getByText(`name changed from '${ORG}' to '${RENAMED}'`).waitFor();
    await expectAccessible(page, 'sign-off changed');
  });

  it('verifies the audit trail and exports it as CSV', async () => {
    await nav(page, 'Audit trail').click();
    await page.getByRole('button', { name: 'Verify audit trail' }).click();
    await page.getByText('The audit trail is intact').waitFor();
    const history = page.getByRole('table', { name: 'History' });
    await history.getByRole('row', { name: /Signed.*Plan version 1/ }).first().waitFor();
    await page.getByLabel('What was done').selectOption({ label: 'Signed' });
    // The header row and the two signatures.
    await expect.poll(() => history.getByRole('row').count()).toBe(3);
    await history.getByRole('row', { name: /Co-signed by Ben Okafor/ }).waitFor();
    await page.getByLabel('What was done').selectOption({ label: 'Any action' });

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the trail as CSV' }).click();
    const csv = await readFile(await saveDownload(await downloading, 'audit.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFF"seq","at","actor","action","entity_kind","entity_id","entity","before","after","prev_hash","hash"');
    expect(csv).toContain('"sign","plan-version"');
    await expectAccessible(page, 'audit trail');
  });

  it('shows ECC 3-1 readiness and exports the auditor’s evidence pack', async () => {
    await nav(page, 'ECC 3-1 readiness').click();
    const approval = page.locator('[data-readiness="evidence-approval"]');
    await approval.getByText('Partial').waitFor();
    await approval.getByText('The plan changed since it was approved: approve a new version.').waitFor();
    await page.locator('[data-readiness="evidence-audit-trail"]').getByText('Met').waitFor();
    await page.locator('[data-readiness="evidence-actions"]').getByText('Met').waitFor();
    await approval.getByRole('link', { name: /^Fix: Management approval/ }).waitFor();
    await expectAccessible(page, 'readiness');

    await page.getByLabel('I understand that this PDF is not encrypted and I will keep it safe.').check();
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Export evidence pack (PDF)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^harbour-bikes-repairs-ltd-evidence-pack-2026-03-02\.pdf$/);
    const bytes = new Uint8Array(await readFile(await saveDownload(download, 'evidence.pdf')));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const lines = (await pdfLines(bytes)).flat();
    for (const expected of ['Evidence pack: ECC-2:2024 control 3-1', 'PLAN CHANGED SINCE APPROVAL', EXERCISE, FINDING, 'CHG-1042', 'Head hash of the audit trail', 'Amira Haddad']) {
      expect(lines.some((l) => l.includes(expected)), expected).toBe(true);
    }
    await page.getByText('Evidence pack saved.', { exact: false }).waitFor();
  });

  it('never left the app origin and hit no CSP or console errors', () => {
    expect(foreignRequests(app)).toEqual([]);
    expect(app.problems.filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
  });
});
