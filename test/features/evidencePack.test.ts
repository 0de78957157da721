import { beforeAll, describe, expect, it } from 'vitest';
import { buildEvidenceJob, hexLines } from '../../renderer/src/print/evidence/build';
import type { EvidenceInput } from '../../renderer/src/print/evidence/model';
import { renderEvidenceJob } from '../../renderer/src/print/evidence/render';
import { fontPaths } from '../print/fixtures';
import { findLine, pdfPages, type PdfPage } from '../print/pdfText';
import { auditTrail, evidenceInput, governancePlan } from './governanceFixtures';

const text = (pages: readonly PdfPage[]) => pages.flatMap((p) => p.lines);

function expectInOrder(lines: readonly string[], expected: readonly string[]): void {
  let at = 0;
  for (const item of expected) {
    const found = findLine(lines, item, at);
    expect(found, `"${item}" after line ${at}`).toBeGreaterThanOrEqual(0);
    at = found;
  }
}

describe('the auditor’s evidence pack', () => {
  let input: EvidenceInput;
  let pages: PdfPage[];
  beforeAll(async () => {
    const plan = await governancePlan({}, { editAfterApproval: true });
    input = evidenceInput(plan, auditTrail(300));
    pages = await pdfPages(await renderEvidenceJob(buildEvidenceJob(input), { fonts: fontPaths() }));
  });

  it('frames every page: organisation, version, print date and classification above, page N of M below', () => {
    expect(pages.length).toBeGreaterThan(6);
    pages.forEach((page, i) => {
      expect(page.lines[0]).toContain('Harbour Bikes Online Ltd & Repairs');
      expect(page.lines[0]).toContain('Printed 2025-03-04 09:12 UTC');
      expect(page.lines[0]).toContain('CONFIDENTIAL');
      expect(page.lines.at(-1)).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page.maxRight).toBeLessThanOrEqual(page.width - 30);
    });
  });

  it('has every section, in order, with a contents page', () => {
    expectInOrder(text(pages), [
      'Evidence pack: ECC-2:2024 control 3-1',
      'Contents',
      'Readiness for control 3-1',
      '3-1-1 Business continuity cybersecurity requirements',
      'Management sign-off and plan versions',
      'Business impact analysis: summary',
      'Recovery strategies, costs and gaps',
      'Exercise schedule',
      'Q1 tabletop: ransomware on the accounts server',
      'Yearly failover: payment database to the replica',
      'Corrective actions',
      'Audit trail',
    ]);
  });

  it('gives each signature with its verification, and what changed since approval', () => {
    const lines = text(pages);
    expect(lines.some((l) => l.includes('Sign-off verification: PLAN CHANGED SINCE APPROVAL'))).toBe(true);
    expect(lines.some((l) => l.includes("name changed from 'Harbour Bikes Online Ltd' to"))).toBe(true);
    const signatures = findLine(lines, 'Signatures');
    const review = findLine(lines, 'Annual review', signatures);
    const rows = lines.slice(signatures, review);
    // Version 2's signature against the plan now; version 1's two against the content they approved.
    expect(rows.filter((l) => /^2 Amira Haddad .* PLAN CHANGED$/.test(l))).toHaveLength(1);
    expect(rows.filter((l) => /^1 (Amira Haddad|Ben Okafor) .* VALID$/.test(l))).toHaveLength(2);
    expect(findLine(lines, 'Superseded', review)).toBeGreaterThan(review);
  });

  it('reports each exercise with its metrics, attendance, log and post-mortem, and the actions’ closure', () => {
    const lines = text(pages);
    const failover = findLine(lines, 'Yearly failover: payment database to the replica', findLine(lines, 'Corrective actions') < 0 ? 0 : 5);
    expect(findLine(lines, 'Time to detection: 4 min', failover)).toBeGreaterThan(0);
    expect(findLine(lines, 'Time to recover: 26 min', failover)).toBeGreaterThan(0);
    expect(findLine(lines, 'Critical workflows validated: 100 % (3 of 3)', failover)).toBeGreaterThan(0);
    expect(findLine(lines, 'Result: PASS', failover)).toBeGreaterThan(0);
    expect(lines.some((l) => l.includes('Workflow Order confirmation email checked: FAILS'))).toBe(true);
    expect(lines.some((l) => l.includes('CHG-1042'))).toBe(true);
    expect(lines.some((l) => l.includes('OVERDUE'))).toBe(true);
  });

  it('prints the audit-trail excerpt with the chain’s head hash', () => {
    const lines = text(pages);
    const head = input.audit.verdict.ok ? input.audit.verdict.head : undefined;
    expect(head?.seq).toBe(300);
    expect(lines.some((l) => l.includes('INTACT: all 300 events verified'))).toBe(true);
    for (const line of hexLines(head!.hash).split('\n')) expect(lines.filter((l) => l.includes(line)).length).toBeGreaterThanOrEqual(2);
    expect(lines.some((l) => l.includes('The newest 200 of 300 events'))).toBe(true);
  });

  it('says so when the audit trail is broken', async () => {
    const events = auditTrail(20);
    const tampered = events.filter((e) => e.seq !== 7);
    const broken = { ...input, audit: { ...input.audit, ...evidenceInput({ records: [], exercises: [], actions: [], versions: [], approvals: [] }, tampered).audit } };
    const job = buildEvidenceJob(broken);
    expect(job.model.audit.result).toBe('BROKEN at event 7: Event 7 is missing: it was deleted from the trail.');
    expect(job.model.cover.auditResult).toBe(job.model.audit.result);
  });

  it('lays out on US Letter too', async () => {
    const letter = await pdfPages(await renderEvidenceJob(buildEvidenceJob({ ...input, paper: 'LETTER' }), { fonts: fontPaths() }));
    expect(Math.round(letter[0]!.width)).toBe(612);
    expect(letter.at(-1)!.lines.at(-1)).toContain(`Page ${letter.length} of ${letter.length}`);
  });
});
