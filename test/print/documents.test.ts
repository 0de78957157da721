import { beforeAll, describe, expect, it } from 'vitest';
import { buildPrintJob, PrintError, type PrintRequest } from '../../renderer/src/print/buildModel';
import { COMMAND_COLUMNS } from '../../renderer/src/print/layout';
import type { PaperSize } from '../../renderer/src/print/model';
import { renderJob } from '../../renderer/src/print/render';
import { unwrapCommand, wrapCommand } from '../../renderer/src/print/text';
import { accountingFirm, fontPaths, LONG_COMMAND, makePlan, NOW, onlineShop, STRINGS, type Plan } from './fixtures';
import { findLine, pdfPages, type PdfPage } from './pdfText';

async function render(plan: Plan, request: PrintRequest, paper: PaperSize = 'A4'): Promise<PdfPage[]> {
  const job = buildPrintJob(request, plan.records, { paper, now: NOW, strings: STRINGS });
  return pdfPages(await renderJob(job, { fonts: fontPaths() }));
}

/** Every expected text appears, each after the previous one, in the pages' reading order. */
function expectInOrder(lines: readonly string[], expected: readonly string[]): void {
  let at = 0;
  for (const text of expected) {
    const found = findLine(lines, text, at);
    expect(found, `"${text}" after line ${at}`).toBeGreaterThanOrEqual(0);
    at = found;
  }
}

/** Header (organisation, version, date, classification) and "Page N of M" footer on every page; nothing past the margins. */
function expectFrame(pages: readonly PdfPage[], organisation: string): void {
  pages.forEach((page, index) => {
    const header = page.lines[0] ?? '';
    expect(header).toContain(organisation);
    expect(header).toContain('Plan version');
    expect(header).toContain('Printed 2025-03-04 09:12 UTC');
    expect(header).toContain('CONFIDENTIAL');
    expect(page.lines.at(-1)).toContain(`Page ${index + 1} of ${pages.length}`);
    expect(page.maxRight).toBeLessThanOrEqual(page.width - 30);
    expect(page.minLeft).toBeGreaterThanOrEqual(30);
  });
}

const text = (pages: readonly PdfPage[]) => pages.flatMap((p) => p.lines);

describe('runbook', () => {
  const plan = onlineShop();
  const runbook = plan.runbooks[0]!;
  let pages: PdfPage[];
  beforeAll(async () => {
    pages = await render(plan, { document: 'runbook', runbookId: runbook.id });
  });

  it('prints every step, in order, with its checkbox line, time and initials blanks', () => {
    const lines = text(pages);
    expect(runbook.steps.length).toBeGreaterThanOrEqual(10);
    expectInOrder(lines, runbook.steps.map((step, i) => `${i + 1}. ${step.title}`));
    const blanks = lines.filter((l) => l.includes('time ________ initials ________'));
    expect(blanks).toHaveLength(runbook.steps.length);
  });

  it('prints every command complete, wrapped at the column, never hyphenated or cut', () => {
    const lines = text(pages);
    for (const step of runbook.steps.filter((s) => s.command.trim())) {
      const expected = wrapCommand(step.command.includes('{{') ? '' : step.command, COMMAND_COLUMNS);
      if (expected.length === 0 || expected[0] === '') continue;
      const first = lines.indexOf(expected[0]!);
      expect(first, step.command).toBeGreaterThanOrEqual(0);
      const printed = lines.slice(first, first + expected.length);
      expect(printed).toEqual(expected);
      expect(unwrapCommand(printed)).toBe(step.command);
    }
  });

  it('prints the very long command in full when its lines are joined', () => {
    const lines = text(pages);
    const wrapped = wrapCommand(LONG_COMMAND, COMMAND_COLUMNS);
    expect(wrapped.length).toBeGreaterThan(3);
    const first = lines.indexOf(wrapped[0]!);
    const printed = lines.slice(first, first + wrapped.length);
    expect(unwrapCommand(printed)).toBe(LONG_COMMAND);
    // No hyphen was added at a line end: every printed line is a verbatim slice of the command.
    for (const line of printed) expect(LONG_COMMAND).toContain(line.replace(/^» /, ''));
    expect(lines.join('\n')).not.toMatch(/pg_is_in_re-\s*covery/);
  });

  it('puts activation, who may activate and the escalation contacts with phone numbers on the first page', () => {
    const first = pages[0]!.lines;
    expectInOrder(first, ['Activate when', runbook.activationCriteria[0]!, 'Who may activate', 'Escalation: call in this order']);
    for (const contact of plan.contacts.slice(0, 4)) {
      expect(findLine(first, contact.name)).toBeGreaterThanOrEqual(0);
      expect(findLine(first, contact.primaryPhone)).toBeGreaterThanOrEqual(0);
      if (contact.backupPhone) expect(findLine(first, contact.backupPhone)).toBeGreaterThanOrEqual(0);
    }
  });

  it('fills placeholders from the plan and leaves incident times blank to write on', () => {
    const lines = text(pages).join('\n');
    expect(lines).toContain('Harbour Bikes Online Ltd: incident declared for');
    expect(lines).not.toContain('{{');
    expect(lines).toContain('started ____________');
  });

  it('has the frame on every page and the expected page count', () => {
    expectFrame(pages, 'Harbour Bikes Online Ltd');
    expect(pages).toHaveLength(3);
    expect(pages[0]!.width).toBeCloseTo(595.28, 0);
  });

  it('prints on US Letter too', async () => {
    const letter = await render(plan, { document: 'runbook', runbookId: runbook.id }, 'LETTER');
    expect(letter[0]!.width).toBe(612);
    expect(letter[0]!.height).toBe(792);
    expectFrame(letter, 'Harbour Bikes Online Ltd');
  });
});

describe('contact sheet', () => {
  it('lists everyone in escalation order with primary and backup numbers, then the suppliers', async () => {
    const plan = onlineShop();
    const pages = await render(plan, { document: 'contact-sheet' });
    const lines = text(pages);
    const ordered = [...plan.contacts].sort((a, b) => a.escalationLevel - b.escalationLevel || a.name.localeCompare(b.name, 'en'));
    expectInOrder(lines, ordered.map((c) => c.name));
    for (const c of plan.contacts) {
      const row = lines[findLine(lines, c.name)]!;
      expect(row).toContain(c.primaryPhone);
      if (c.backupPhone) expect(row).toContain(c.backupPhone);
    }
    const vendors = plan.records.filter((r) => r.kind === 'vendor') as unknown as Array<{ name: string; contractReference: string; accountNumbers: Array<{ value: string }>; supportContacts: Array<{ phone: string }> }>;
    expect(vendors.length).toBeGreaterThanOrEqual(4);
    for (const v of vendors) {
      const all = lines.join('\n');
      expect(all).toContain(v.contractReference);
      expect(all).toContain(v.accountNumbers[0]!.value);
      expect(all).toContain(v.supportContacts[0]!.phone);
    }
    expectFrame(pages, 'Harbour Bikes Online Ltd');
  });

  it('fits about 40 people on one page and continues cleanly, repeating the header row', async () => {
    const forty = makePlan({ template: 'online-shop', organisation: 'Forty Ltd', runbooks: 1, contacts: 40, idPrefix: 3 });
    const pages = await render(forty, { document: 'contact-sheet' });
    const first = pages[0]!.lines;
    for (const c of forty.contacts) expect(findLine(first, c.name), c.name).toBeGreaterThanOrEqual(0);

    const many = makePlan({ template: 'online-shop', organisation: 'Many Ltd', runbooks: 1, contacts: 130, idPrefix: 4 });
    const long = await render(many, { document: 'contact-sheet' });
    expect(long.length).toBeGreaterThanOrEqual(3);
    const lines = text(long);
    for (const c of many.contacts) expect(findLine(lines, c.primaryPhone), c.name).toBeGreaterThanOrEqual(0);
    for (const page of long.slice(0, 2)) expect(findLine(page.lines, 'Level Name Role Primary Backup Email Wait')).toBeGreaterThanOrEqual(0);
    expectFrame(long, 'Many Ltd');
  });
});

describe('BIA summary', () => {
  it('prints the top-five table and the findings', async () => {
    const plan = onlineShop();
    const pages = await render(plan, { document: 'bia-summary' });
    const lines = text(pages);
    expect(findLine(lines, '# Process Owner MTPD RTO RPO Tier Key dependencies')).toBeGreaterThanOrEqual(0);
    const rows = lines.filter((l) => /^[1-5] /.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(findLine(lines, 'Review findings')).toBeGreaterThanOrEqual(0);
    expectFrame(pages, 'Harbour Bikes Online Ltd');
  });
});

describe('locked-safe kit', () => {
  for (const [name, make] of [['online shop', onlineShop], ['accounting firm', accountingFirm]] as const) {
    it(`${name}: cover, contents with true page numbers, every runbook and step, contacts, suppliers, exercises`, async () => {
      const plan = make();
      const pages = await render(plan, { document: 'kit' });
      const organisation = (plan.records.find((r) => r.kind === 'organisation') as unknown as { name: string }).name;
      expectFrame(pages, organisation);
      const cover = pages[0]!.lines.join('\n');
      expect(cover).toContain('Locked-safe kit');
      expect(cover).toContain('NOT APPROVED');
      expect(cover).toMatch(/Plan fingerprint \(SHA-512\)\n([0-9a-f]{4} ){7}[0-9a-f]{4}/);

      const contents = pages[1]!.lines;
      expect(contents).toContain('Contents');
      for (const runbook of plan.runbooks) {
        const entry = contents.find((l) => l.startsWith(runbook.title));
        expect(entry, runbook.title).toBeDefined();
        const page = Number(/ (\d+)$/.exec(entry!)?.[1]);
        expect(pages[page - 1]!.lines[1], runbook.title).toContain('Runbook:');
        expect(pages[page - 1]!.lines.join(' '), runbook.title).toContain(runbook.title.slice(0, 30));
        expectInOrder(text(pages.slice(page - 1)), runbook.steps.map((s, i) => `${i + 1}. ${s.title}`));
      }
      for (const section of ['Business impact analysis: summary', 'Recovery strategies, costs and gaps', 'Call tree', 'Suppliers', 'Exercise schedule']) {
        const entry = contents.find((l) => l.startsWith(section));
        const page = Number(/ (\d+)$/.exec(entry ?? '')?.[1]);
        expect(pages[page - 1]?.lines[1], section).toBe(section);
      }
      const all = text(pages).join('\n');
      for (const c of plan.contacts) expect(all).toContain(c.primaryPhone);
      expect(all).toContain('Total cost: 9,000 one-off, 7,200 per year, 16,200 in the first year.');
      expect(all).toContain('Tabletop exercise');
      // The recovery key sheet is never part of the kit.
      expect(all).not.toContain('Emergency recovery sheet');
    }, 60_000);
  }
});

describe('emergency recovery sheet', () => {
  it('prints the key given, with instructions and a warning', async () => {
    const key = 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST-UVWX';
    const pages = await render(onlineShop(), { document: 'emergency-sheet', recoveryKey: key });
    expect(pages).toHaveLength(1);
    const lines = pages[0]!.lines;
    expectInOrder(lines, ['Emergency recovery sheet', 'Recovery key', 'ABCD-EFGH-IJKL-MNOP', 'QRST-UVWX-YZ23-4567', 'ABCD-EFGH-IJKL-MNOP', 'QRST-UVWX', 'WARNING', 'How to use it']);
    expectFrame(pages, 'Harbour Bikes Online Ltd');
  });

  it('refuses to print without a key', () => {
    expect(() => buildPrintJob({ document: 'emergency-sheet', recoveryKey: '  ' }, onlineShop().records, { paper: 'A4', now: NOW, strings: STRINGS })).toThrow(PrintError);
  });
});

describe('incident timeline', () => {
  it('prints a closed incident as evidence, every event in order', async () => {
    const plan = onlineShop();
    const pages = await render(plan, { document: 'incident-timeline', incidentId: plan.incident.id });
    const lines = text(pages);
    const steps = plan.runbooks[0]!.steps;
    expectInOrder(lines, [
      'Time to detect: 7 min',
      'Time to recover: 52 min',
      'Outage began',
      'Outage detected',
      'Runbook opened (AH)',
      `Step 1 "${steps[0]!.title}" done (BO)`,
      'Note (CL): Replica promoted; DNS TTL confirmed at 60 s.',
      'skipped (AH): Not',
      'Incident closed, service restored (AH)',
    ]);
    expectFrame(pages, 'Harbour Bikes Online Ltd');
  });

  it('refuses an incident that is still open', () => {
    const plan = onlineShop();
    const open = plan.records.map((r) => (r.id === plan.incident.id ? { ...r, closedAt: undefined, closedBy: undefined } : r));
    expect(() => buildPrintJob({ document: 'incident-timeline', incidentId: plan.incident.id }, open, { paper: 'A4', now: NOW, strings: STRINGS })).toThrow(/incident-open/);
  });
});
