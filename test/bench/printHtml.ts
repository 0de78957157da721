import { readFileSync } from 'node:fs';
import type { PrintJob, RunbookModel } from '../../renderer/src/print/model';
import { COMMAND_COLUMNS } from '../../renderer/src/print/layout';
import { wrapCommand } from '../../renderer/src/print/text';
import type { FontSources } from '../../renderer/src/print/fonts';

/**
 * The same print model as HTML, for Chromium's page.pdf(): the yardstick react-pdf is measured
 * against. Same fonts (embedded as data: URLs), sizes, margins, header and footer, tables with
 * repeating header rows, steps kept whole, so both engines do comparable work.
 */
const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function fontFace(family: string, weight: number, path: string): string {
  return `@font-face{font-family:${family};font-weight:${weight};src:url(data:font/ttf;base64,${readFileSync(path).toString('base64')}) format('truetype')}`;
}

function table(head: string[], rows: string[][]): string {
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c).replace(/\n/g, '<br>')}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function runbook(r: RunbookModel): string {
  const steps = r.steps
    .map((s) => {
      const details = [['Check', s.verification], ['WARNING', s.warning], ['Roll back', s.rollback], ['Evidence', s.evidence]]
        .filter(([, v]) => v)
        .map(([k, v]) => `<b>${k}:</b> ${esc(v!)}`)
        .join('<br>');
      const command = s.command.trim() ? `<pre>${esc(wrapCommand(s.command, COMMAND_COLUMNS).join('\n'))}</pre>` : '';
      return `<div class="step"><span class="box"></span><b>${s.number}. ${esc(s.title)}</b><br>${esc(s.role)} · ${s.expected}  time ________ initials ________${command}${details ? `<div class="d">${details}</div>` : ''}</div>`;
    })
    .join('');
  return `<section><h1>Runbook: ${esc(r.title)}</h1><p><b>Process:</b> ${esc(r.processName)}<br><b>Scenario:</b> ${esc(r.scenario)}<br><b>RTO:</b> ${r.rto}<br><b>Estimated duration:</b> ${esc(r.estimate)}</p>
<h2>Activate when</h2><p>${r.activationCriteria.map((c) => `• ${esc(c)}`).join('<br>')}</p>
<h2>Escalation</h2>${table(['#', 'Name', 'Primary', 'Backup', 'Email', 'Wait'], r.escalation.map((e) => [String(e.order), `${e.name}\n${e.role}`, e.primaryPhone, e.backupPhone, e.email, e.wait]))}
<h2>Steps</h2>${steps}
<h2>Messages to send</h2>${r.communications.map((m) => `<div class="q"><b>${esc(m.title)}</b><br>${esc(m.body)}</div>`).join('')}</section>`;
}

export function kitHtml(job: PrintJob, fonts: FontSources): string {
  const m = job.model;
  if (m.document !== 'kit') throw new Error('kitHtml prints the kit');
  const body = [
    `<section><h1>Locked-safe kit</h1><p>${esc(m.cover.organisation)}<br>${esc(m.cover.planVersion)}<br>${esc(m.cover.approval)}</p><pre>${m.cover.fingerprint}</pre></section>`,
    `<section><h1>BIA summary</h1>${table(['#', 'Process', 'Owner', 'MTPD', 'RTO', 'RPO', 'Tier', 'Key dependencies'], m.bia.rows.map((r) => [String(r.rank), r.name, r.owner, r.mtpd, r.rto, r.rpo, r.tier, r.dependencies]))}${m.bia.warnings.map((w) => `<p><b>${w.severity}</b> ${esc(w.text)}</p>`).join('')}</section>`,
    `<section><h1>Strategies</h1>${m.strategies.processes.map((p) => `<h3>${esc(p.processName)}</h3>${table(['Strategy', 'Owner', 'Activation', 'One-off', 'Yearly'], p.strategies.map((s) => [s.name, s.owner, s.activation, s.oneOff, s.yearly]))}<p>${p.gaps.map(esc).join('<br>')}</p>`).join('')}</section>`,
    ...m.runbooks.map(runbook),
    `<section><h1>Call tree</h1>${table(['Level', 'Name', 'Role', 'Primary', 'Backup', 'Email', 'Wait'], m.contacts.map((c) => [String(c.level), c.name, c.role, c.primaryPhone, c.backupPhone, c.email, c.wait]))}</section>`,
    `<section><h1>Suppliers</h1>${table(['Supplier', 'Contract', 'SLA', 'Accounts', 'Support'], m.vendors.map((v) => [`${v.name}\n${v.service}`, v.contractReference, v.sla, v.accounts.join('\n'), v.support.join('\n')]))}</section>`,
    `<section><h1>Exercise schedule</h1>${table(['Exercise', 'Every', 'Last held', 'Next due', 'State'], m.exercises.map((e) => [e.title, e.every, e.lastHeld, e.nextDue, e.state]))}</section>`,
  ].join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
${fontFace('Roboto', 400, fonts.regular)}${fontFace('Roboto', 700, fonts.bold)}${fontFace('RobotoMono', 400, fonts.monoRegular)}
@page{size:${job.frame.paper === 'A4' ? 'A4' : 'letter'};margin:52pt 40pt 44pt 40pt}
body{font:9.5pt/12.5pt Roboto;margin:0}
section{break-before:page}section:first-child{break-before:auto}
h1{font-size:15pt;line-height:19pt;margin:0 0 4pt}h2{font-size:11.5pt;margin:10pt 0 3pt}h3{font-size:10pt;margin:6pt 0 2pt}
table{width:100%;border-collapse:collapse;font-size:8pt;line-height:9.5pt}thead{display:table-header-group}tr{break-inside:avoid}
th{background:#eee;text-align:left;border-bottom:.75pt solid #000}td{border-bottom:.4pt solid #777;vertical-align:top}
.step{position:relative;padding-left:18pt;margin-bottom:7pt;break-inside:avoid}.box{position:absolute;left:0;top:1.5pt;width:9pt;height:9pt;border:1.2pt solid #000}
pre{font:8pt/10pt RobotoMono;background:#eee;border-left:2pt solid #000;padding:2pt 4pt;margin:2pt 0;white-space:pre}
.d{font-size:9pt;line-height:11.5pt}.q{border-left:1pt solid #777;padding-left:6pt;margin-bottom:6pt;font-size:9pt}
</style></head><body>${body}</body></html>`;
}

/** Header and footer as Chromium draws them on every page. */
export function chromiumFrame(job: PrintJob): { headerTemplate: string; footerTemplate: string } {
  const style = 'font-family:Roboto,sans-serif;font-size:8px;width:100%;margin:0 40pt;';
  return {
    headerTemplate: `<div style="${style}border-bottom:.75pt solid #000">${esc(job.frame.organisation)} · Plan version ${esc(job.frame.planVersion)} · Printed ${esc(job.frame.printedAt)} <b style="border:1px solid #000;float:right">${esc(job.frame.classification.toUpperCase())}</b></div>`,
    footerTemplate: `<div style="${style}">${esc(job.title)} · Paper copy: not encrypted. <b style="float:right">Page <span class="pageNumber"></span> of <span class="totalPages"></span></b></div>`,
  };
}
