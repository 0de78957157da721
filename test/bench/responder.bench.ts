// Responder mode on a 200-step runbook. Targets: runbook visible under 200 ms after choosing it;
// a tick saved under 20 ms.
//
// Two ways of measuring "visible":
// - Chromium (the real figure): the built app restored from a backup holding the plan, then the
//   time from clicking the runbook in "We have an outage" to its 200th step being in the page and
//   the next frame drawn; the same for resuming an open 200-step incident.
// - Node (a proxy, no browser): reading the plan from an unlocked store and rendering the view
//   with react-dom/server renderToString.
// The tick is a real PlanStore.save of the incident record through the encrypted vault on
// fake-indexeddb, with the audit event it writes.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MantineProvider } from '@mantine/core';
import type { Page } from 'playwright-core';
import { createElement, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { build, preview } from 'vite';
import { makeContact, type Contact } from '../../renderer/src/domain/contact';
import { addNote, closeIncident, incidentSchema, markStepDone, reopenStep, startIncident, type Incident } from '../../renderer/src/domain/incident';
import { makeObjectives } from '../../renderer/src/domain/objectives';
import { makeProcess } from '../../renderer/src/domain/process';
import { newRecordId } from '../../renderer/src/domain/record';
import { RUNBOOK_KIND, runbookSchema, type Runbook } from '../../renderer/src/domain/runbook';
import { initI18n } from '../../renderer/src/i18n';
import { PlanStore } from '../../renderer/src/store';
import { argon2idKdf, KDF_FLOOR, openVault } from '../../renderer/src/vault';
import { freePort, launchChromium } from '../chromium';
import { ResponderView } from '../../renderer/src/features/responder/ResponderView';
import { StartIncidentView } from '../../renderer/src/features/responder/StartIncident';
import { responderPlan } from '../../renderer/src/features/responder/useResponderPlan';
import { RUNBOOK_SERVICE_KIND, runbookServiceSchema } from '../../renderer/src/features/runbooks/serviceDetails';
import { parseAll, targetsByProcess } from '../../renderer/src/features/strategies/planData';
import { contactSchema } from '../../renderer/src/domain/contact';
import { objectivesSchema } from '../../renderer/src/domain/objectives';
import { processSchema } from '../../renderer/src/domain/process';
import { failoverFixture, longRunbook, T0 } from '../features/responderFixture';
import { medianMs } from './median';

const STEPS = 200;
const PASSPHRASE = 'bench passphrase with some length';
const RUNBOOK_TITLE = 'Bench: primary database failure, 200 steps';

type Recorder = (name: string, value: number, unit: string) => void;

interface BenchPlan {
  store: PlanStore;
  runbook: Runbook;
  /** The plan as a backup file, taken before any tick is timed. */
  backup: Uint8Array;
  /** Every step done and noted: the largest record a tick ever saves. */
  finished: Incident;
  /** Half the steps done: where a responder resumes. */
  halfway: Incident;
}

async function buildPlan(): Promise<BenchPlan> {
  const vault = await openVault({ dbName: `bench-responder-${newRecordId()}`, kdf: argon2idKdf, kdfParams: { algorithm: 'argon2id', ...KDF_FLOOR, parallelism: 1 } });
  await vault.create(PASSPHRASE);
  const store = new PlanStore(vault);
  const { runbook: base } = failoverFixture();
  const process = makeProcess({ name: 'Online shop', owner: 'Sam Patel' }, T0);
  const contacts: Contact[] = [
    makeContact({ name: 'Jo Reyes', role: 'Incident lead', primaryPhone: '+44 7700 900123' }, T0),
    makeContact({ name: 'Ana Lima', role: 'On-call engineer', primaryPhone: '+44 7700 900456', escalationLevel: 2 }, T0),
    makeContact({ name: 'Sam Patel', role: 'Process owner', primaryPhone: '+44 7700 900789', escalationLevel: 3 }, T0),
  ];
  const runbook = runbookSchema.parse({
    ...longRunbook({ ...base, parentId: process.id }, STEPS),
    id: newRecordId(),
    title: RUNBOOK_TITLE,
    escalation: contacts.map((c) => ({ contactId: c.id })),
  });
  let halfway = startIncident({ runbook, initials: 'JR', now: T0 });
  let finished = halfway;
  runbook.steps.forEach((step, i) => {
    const at = new Date(T0.getTime() + (i + 1) * 30_000);
    finished = addNote(markStepDone(finished, { stepId: step.id, initials: 'JR', at }), { stepId: step.id, text: `Step ${i + 1} went as written; output saved to the incident.`, initials: 'JR', at });
    if (i < STEPS / 2) halfway = markStepDone(halfway, { stepId: step.id, initials: 'JR', at });
  });
  finished = { ...finished, id: newRecordId() };
  await store.save(
    process,
    makeObjectives({ parentId: process.id, rtoMinutes: 240, rpoMinutes: 15, mtpdOverrideMinutes: 1440 }, T0),
    ...contacts,
    runbook,
    { id: newRecordId(), kind: RUNBOOK_SERVICE_KIND, updatedAt: T0.toISOString(), parentId: runbook.id, url: 'https://shop.example.com', bastionHost: 'ops@bastion.example.com' },
    halfway,
    closeIncident(finished, { initials: 'JR', at: new Date(T0.getTime() + 6_000_000) }),
  );
  const backup = await vault.exportBackup();
  // As after unlock: the working set decrypted from disk.
  vault.lock();
  await vault.unlock(PASSPHRASE);
  return { store, runbook, backup, finished: { ...finished, id: newRecordId() }, halfway };
}

function render(node: ReactNode): string {
  return renderToString(createElement(MantineProvider, { withCssVariables: false, withGlobalClasses: false }, createElement(MemoryRouter, null, node)));
}

/**
 * What the responder screens read from the store when a runbook is chosen. The records are
 * copied first, so the parse cache misses and every run validates them again, as the first
 * opening after unlock does.
 */
function readPlan(store: PlanStore, runbookId: string) {
  const list = (kind: string) => store.list(kind).map((record) => ({ ...record }));
  const runbook = parseAll(list(RUNBOOK_KIND), runbookSchema).find((r) => r.id === runbookId)!;
  const plan = responderPlan({
    processId: runbook.parentId,
    runbook,
    processes: parseAll(list('process'), processSchema),
    targets: targetsByProcess({ objectives: parseAll(list('objectives'), objectivesSchema), assessments: [] }),
    contacts: parseAll(list('contact'), contactSchema),
    organisation: undefined,
    service: parseAll(list(RUNBOOK_SERVICE_KIND), runbookServiceSchema).find((s) => s.parentId === runbook.id),
    timeZone: 'UTC',
  });
  return { runbook, plan };
}

async function nodeFigures(bench: BenchPlan, record: Recorder): Promise<void> {
  const { store, runbook } = bench;
  const noop = () => undefined;
  record(`responder (Node proxy): runbook of ${STEPS} steps, validate + renderToString of the start view`, await medianMs(() => {
    const { runbook: chosen, plan } = readPlan(store, runbook.id);
    const html = render(createElement(StartIncidentView, { runbook: chosen, plan, onStart: async () => undefined }));
    if (!html.includes(`Steps (${STEPS})`)) throw new Error('start view incomplete');
  }, 15, 3), 'ms');
  record(`responder (Node proxy): open incident of ${STEPS} steps, validate + renderToString of responder mode`, await medianMs(() => {
    const { runbook: chosen, plan } = readPlan(store, runbook.id);
    const incident = incidentSchema.parse({ ...store.get(bench.halfway.id) });
    const html = render(createElement(ResponderView, {
      incident, runbook: chosen, plan, initials: 'JR', onChangeInitials: noop, saveState: { status: 'idle' }, ruleError: null,
      apply: () => true, onAttach: noop, attachState: { busy: false, error: null }, onSaveAttachment: noop,
    }));
    if (!html.includes(`Step ${STEPS / 2 + 1} of ${STEPS}`)) throw new Error('responder view incomplete');
  }, 15, 3), 'ms');

  // A tick: one event appended to the largest incident (every step done and noted), saved whole.
  let incident = bench.finished;
  const size = new TextEncoder().encode(JSON.stringify(incident)).length;
  record(`responder: incident record, ${STEPS} steps each ticked and noted`, size / 1024, 'KB');
  let n = 0;
  const step = runbook.steps[0]!.id;
  record('responder: tick saved (event + PlanStore.save through the encrypted vault, target < 20)', await medianMs(async () => {
    const at = new Date(T0.getTime() + 10_000_000 + n++ * 1000);
    incident = n % 2 ? reopenStep(incident, { stepId: step, initials: 'JR', at }) : markStepDone(incident, { stepId: step, initials: 'JR', at });
    await store.save(incident);
  }, 21, 5), 'ms');
}


/** Clicks a link by its text inside the page and times until `done` holds and the next frame is drawn. */
function clickUntil(page: Page, linkText: string, doneText: string, headingLevel: string): Promise<number> {
  return page.evaluate(([link, text, level]) => new Promise<number>((resolve, reject) => {
    const anchor = [...document.querySelectorAll('a')].find((a) => a.textContent?.startsWith(link));
    if (!anchor) return reject(new Error(`no link ${link}`));
    setTimeout(() => reject(new Error(`"${text}" did not appear within 10 s; the page shows: ${document.body.innerText.slice(0, 400)}`)), 10_000);
    const isDone = () => [...document.querySelectorAll(level)].some((h) => h.textContent?.includes(text));
    const start = performance.now();
    const finish = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    anchor.click();
    if (isDone()) return finish();
    const observer = new MutationObserver(() => {
      if (isDone()) {
        observer.disconnect();
        finish();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }), [linkText, doneText, headingLevel] as const);
}

async function backToOutageList(page: Page): Promise<void> {
  await page.evaluate(() => { location.hash = '#/respond'; });
  await page.getByRole('heading', { name: 'What is affected?' }).waitFor();
}

async function chromiumFigures(bench: BenchPlan, record: Recorder): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'lifeboat-responder-bench-'));
  const outDir = resolve(`dist-bench-responder-${process.pid}`);
  const backupPath = join(work, 'bench.lifeboat');
  await writeFile(backupPath, bench.backup);
  await build({ configFile: 'vite.web.config.ts', logLevel: 'error', build: { outDir } });
  const port = await freePort();
  const server = await preview({ configFile: 'vite.web.config.ts', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    // The plan arrives the way a person would bring it: restoring a backup, which unlocks it.
    await page.getByRole('button', { name: 'Restore from a backup file' }).click();
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose backup file' }).click();
    await (await choosing).setFiles(backupPath);
    await page.getByLabel('Passphrase of the backup').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Check and restore' }).click();
    await page.getByRole('heading', { name: 'Your plan' }).waitFor({ timeout: 60_000 });

    const times = async (link: string, done: string, level: string) => {
      const runs: number[] = [];
      for (let i = 0; i < 9; i++) {
        await backToOutageList(page);
        runs.push(await clickUntil(page, link, done, level));
      }
      runs.sort((a, b) => a - b);
      return runs[Math.floor(runs.length / 2)]!;
    };
    record(`responder (Chromium): runbook of ${STEPS} steps visible after choosing it (target < 200)`, await times(RUNBOOK_TITLE, `Steps (${STEPS})`, 'h2'), 'ms');
    record(`responder (Chromium): open incident of ${STEPS} steps visible after choosing it`, await times(`Resume: ${RUNBOOK_TITLE}`, `Step ${STEPS / 2 + 1} of ${STEPS}`, 'p'), 'ms');
  } finally {
    await browser.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  }
}

export async function run(record: Recorder): Promise<void> {
  await initI18n('en');
  const bench = await buildPlan();
  await nodeFigures(bench, record);
  await chromiumFigures(bench, record);
}
