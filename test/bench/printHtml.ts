import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { FontSources } from '../../renderer/src/print/fonts';
import { COMMAND_COLUMNS, LINE, MARGIN_X, MONO_LINE, MONO_SIZE, STEP_INDENT, TABLE_FONT, TABLE_LINE } from '../../renderer/src/print/layout';
import type { PdfStrings, PrintJob, RunbookModel } from '../../renderer/src/print/model';
import { fmt, wrapCommand } from '../../renderer/src/print/text';

/**
 * The kit's print model as HTML, for Chromium's page.pdf(): the yardstick react-pdf is measured
 * against. Same words as the react-pdf kit, section by section (cover, contents, BIA,
 * strategies, every runbook with its legend, roles, messages and note lines, call tree,
 * suppliers, exercises), same fonts (embedded as data: URLs), sizes, line heights, margins,
 * header and footer with "Page N of M", tables whose header row repeats and whose rows never
 * split, steps kept whole, each section on a new sheet. Only the contents' page numbers are
 * left blank: HTML has no way to know them.
 */
const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = (text: string) => esc(text).replace(/\n/g, '<br>');

function fontFace(family: string, weight: number, path: string): string {
  return `@font-face{font-family:${family};font-weight:${weight};src:url(data:font/ttf;base64,${readFileSync(path).toString('base64')}) format('truetype')}`;
}

interface Column {
  label: string;
  width: number;
  align?: 'right';
  bold?: boolean;
}

function table(columns: Column[], rows: string[][]): string {
  const cell = (tag: 'th' | 'td', c: Column, text: string) =>
    `<${tag} style="width:${c.width}%${c.align ? ';text-align:right' : ''}${tag === 'td' && c.bold ? ';font-weight:700' : ''}">${lines(text)}</${tag}>`;
  return `<table><thead><tr>${columns.map((c) => cell('th', c, c.label)).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${columns.map((c, i) => cell('td', c, r[i] ?? '')).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const bullets = (items: readonly string[], none: string) => `<p>${items.length === 0 ? esc(none) : items.map((i) => `•&nbsp; ${esc(i)}`).join('<br>')}</p>`;
const facts = (pairs: ReadonlyArray<readonly [string, string]>) =>
  `<p>${pairs
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `<b>${esc(k)}:</b> ${esc(v)}`)
    .join('<br>')}</p>`;

function runbook(r: RunbookModel, strings: PdfStrings): string {
  const s = strings.runbook;
  const c = strings.contacts;
  const steps = r.steps
    .map((step) => {
      const meta = [step.role, step.expected, step.after].filter(Boolean).join('  ·  ');
      const details = [
        [s.verification, step.verification],
        [s.warning, step.warning],
        [s.rollback, step.rollback],
        [s.evidence, step.evidence],
        [s.send, step.sends.join('; ')],
      ]
        .filter(([, v]) => v!.trim())
        .map(([k, v]) => `<b>${esc(k!)}:</b> ${esc(v!.trim())}`)
        .join('<br>');
      const command = step.command.trim() ? `<span class="cmd">${esc(wrapCommand(step.command, COMMAND_COLUMNS).join('\n'))}</span>` : '';
      return `<div class="step"><span class="box"></span><b>${step.number}.&nbsp; ${esc(step.title)}</b><br>${esc(meta)}${meta ? '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; ' : ''}${esc(s.blanks)}${command}${details ? `<span class="d">${details}</span>` : ''}</div>`;
    })
    .join('');
  const title = fmt(strings.sections.runbook, { title: r.title });
  return `<section><h1>${esc(title)}</h1>${facts([[s.process, r.processName], [s.scenario, r.scenario], [s.rto, r.rto], [s.estimate, r.estimate]])}
<h2>${esc(s.activation)}</h2>${bullets(r.activationCriteria, strings.common.none)}
<h3>${esc(s.mayActivate)}</h3>${bullets(r.mayActivate, strings.common.none)}
<h2>${esc(s.escalation)}</h2>${
    r.escalation.length === 0
      ? `<p>${esc(s.escalationNone)}</p>`
      : table(
          [{ label: '#', width: 5 }, { label: c.name, width: 27, bold: true }, { label: c.primary, width: 18 }, { label: c.backup, width: 18 }, { label: c.email, width: 23 }, { label: c.wait, width: 9 }],
          r.escalation.map((e) => [String(e.order), e.role ? `${e.name}\n${e.role}` : e.name, e.primaryPhone, e.backupPhone, e.email, e.wait]),
        )
  }${r.roles.length > 0 ? `<h3>${esc(s.roles)}</h3>${bullets(r.roles.map((x) => `${x.role} (${x.raci})${x.duties ? `: ${x.duties}` : ''}`), '')}` : ''}
<h2>${esc(s.steps)}</h2><p class="small">${esc(s.legend)}</p>${steps || `<p>${esc(s.noSteps)}</p>`}
${
  r.communications.length > 0
    ? `<h2>${esc(s.communications)}</h2>${r.communications
        .map((m) => `<div class="q"><b>${esc(`${m.title}  ·  ${s.audience} ${m.audience}, ${s.channel} ${m.channel}`)}</b>${m.subject ? `<br>${esc(`${s.subject}: ${m.subject}`)}` : ''}<br>${lines(m.body.trim())}</div>`)
        .join('')}`
    : ''
}<div class="notes"><h2>${esc(s.notes)}</h2>${'<div class="line"></div>'.repeat(6)}</div></section>`;
}

export function kitHtml(job: PrintJob, fonts: FontSources): string {
  const m = job.model;
  if (m.document !== 'kit') throw new Error('kitHtml prints the kit');
  const S = job.strings;
  const sec = S.sections;
  const fingerprint = (m.cover.fingerprint.match(/.{1,4}/g) ?? []).reduce<string[]>((out, g, i) => (i % 8 === 0 ? [...out, g] : [...out.slice(0, -1), `${out.at(-1)} ${g}`]), []);
  const contents = [sec.bia, sec.strategies, ...(m.runbooks.length > 0 ? [sec.runbooks] : []), ...m.runbooks.map((r) => `&nbsp;&nbsp;&nbsp; ${esc(r.title)}`), sec.callTree, sec.vendors, sec.exercises];
  const body = [
    `<section class="cover"><h3>${esc(S.cover.kicker.toUpperCase())}</h3><div class="t">${esc(S.cover.title)}</div><div class="o">${esc(m.cover.organisation)}</div>${facts([
      [S.cover.version, m.cover.planVersion],
      [S.cover.printed, m.cover.printedAt],
      [S.cover.approval, m.cover.approval],
      [S.cover.approvedBy, m.cover.approvedBy.join('; ')],
    ])}<div class="fp"><b>${esc(S.cover.fingerprint)}</b><pre>${fingerprint.join('\n')}</pre><span class="small">${esc(S.cover.fingerprintHint)}</span></div><p>${esc(S.cover.use)}</p></section>`,
    `<section><h1>${esc(S.cover.contents)}</h1>${contents.map((t) => `<div class="toc">${t.startsWith('&nbsp;') ? t : `<b>${esc(t)}</b>`}<span>&nbsp;</span></div>`).join('')}</section>`,
    `<section><h1>${esc(sec.bia)}</h1><p>${esc(S.bia.intro)}</p>${table(
      [
        { label: S.bia.rank, width: 4, align: 'right' },
        { label: S.bia.process, width: 18, bold: true },
        { label: S.bia.owner, width: 14 },
        { label: S.bia.mtpd, width: 9 },
        { label: S.bia.rto, width: 9 },
        { label: S.bia.rpo, width: 9 },
        { label: S.bia.tier, width: 12 },
        { label: S.bia.dependencies, width: 25 },
      ],
      m.bia.rows.map((r) => [String(r.rank), r.name, r.owner, r.mtpd, r.rto, r.rpo, r.tier, r.dependencies]),
    )}<h2>${esc(S.bia.warnings)}</h2>${m.bia.warnings.map((w) => `<p><b>${esc(w.severity)}</b>&nbsp; ${esc(w.text)}</p>`).join('') || `<p>${esc(S.bia.noWarnings)}</p>`}</section>`,
    `<section><h1>${esc(sec.strategies)}</h1><p>${esc(S.strategies.intro)}</p>${m.strategies.processes
      .map(
        (p) =>
          `<h3>${esc(p.processName)}<br><span class="small" style="font-weight:400">${esc(`${p.targets}  ·  ${p.achievable}`)}</span></h3>${
            p.strategies.length === 0
              ? `<p>${esc(S.strategies.noStrategies)}</p>`
              : table(
                  [
                    { label: S.strategies.strategy, width: 40 },
                    { label: S.strategies.owner, width: 18 },
                    { label: S.strategies.activation, width: 14 },
                    { label: S.strategies.oneOff, width: 14, align: 'right' },
                    { label: S.strategies.yearly, width: 14, align: 'right' },
                  ],
                  p.strategies.map((st) => [st.name, st.owner, st.activation, st.oneOff, st.yearly]),
                )
          }<p><b>${esc(S.strategies.gaps)}:</b> ${p.gaps.length === 0 ? esc(S.strategies.noGaps) : p.gaps.map((g) => `<br>•&nbsp; ${esc(g)}`).join('')}</p>`,
      )
      .join('')}<p><b>${esc(m.strategies.totals)}</b></p></section>`,
    ...m.runbooks.map((r) => runbook(r, S)),
    `<section><h1>${esc(sec.callTree)}</h1><p>${esc(S.contacts.intro)}</p>${table(
      [
        { label: S.contacts.level, width: 5, align: 'right' },
        { label: S.contacts.name, width: 17, bold: true },
        { label: S.contacts.role, width: 18 },
        { label: S.contacts.primary, width: 14 },
        { label: S.contacts.backup, width: 14 },
        { label: S.contacts.email, width: 25 },
        { label: S.contacts.wait, width: 7 },
      ],
      m.contacts.map((c) => [String(c.level), c.name, [c.role, c.organisation, c.availability].filter(Boolean).join(' · '), c.primaryPhone, c.backupPhone, c.email, c.wait]),
    )}</section>`,
    `<section><h1>${esc(sec.vendors)}</h1><p>${esc(S.vendors.intro)}</p>${table(
      [
        { label: S.vendors.vendor, width: 25 },
        { label: S.vendors.contract, width: 13 },
        { label: S.vendors.sla, width: 22 },
        { label: S.vendors.accounts, width: 17 },
        { label: S.vendors.support, width: 23 },
      ],
      m.vendors.map((v) => [v.service ? `${v.name}\n${v.service}` : v.name, v.contractReference, v.sla, v.accounts.join('\n'), v.support.join('\n')]),
    )}</section>`,
    `<section><h1>${esc(sec.exercises)}</h1><p>${esc(S.exercises.intro)}</p>${table(
      [
        { label: S.exercises.exercise, width: 36, bold: true },
        { label: S.exercises.every, width: 14 },
        { label: S.exercises.lastHeld, width: 16 },
        { label: S.exercises.nextDue, width: 16 },
        { label: S.exercises.state, width: 18 },
      ],
      m.exercises.map((e) => [e.title, e.every, e.lastHeld, e.nextDue, e.state]),
    )}</section>`,
  ].join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(job.title)}</title><style>
${fontFace('Roboto', 400, fonts.regular)}${fontFace('Roboto', 700, fonts.bold)}${fontFace('RobotoMono', 400, fonts.monoRegular)}
body{font:9.5pt/${LINE}pt Roboto;margin:0}
section{break-before:page}section:first-child{break-before:auto}
h1{font-size:15pt;line-height:19pt;margin:0 0 4pt;break-after:avoid}h2{font-size:11.5pt;line-height:15pt;margin:10pt 0 3pt;break-after:avoid}h3{font-size:10pt;line-height:13pt;margin:6pt 0 2pt;break-after:avoid}
p{margin:0 0 3pt}.small{font-size:8pt;line-height:10pt}
table{width:100%;border-collapse:collapse;font-size:${TABLE_FONT}pt;line-height:${TABLE_LINE}pt;margin-bottom:6pt;border-top:.75pt solid #000}thead{display:table-header-group}tr{break-inside:avoid}
th{background:#eee;text-align:left;border-bottom:.75pt solid #000;padding:1.5pt 2pt}td{border-bottom:.4pt solid #777;vertical-align:top;padding:1.5pt 2pt}
.step{position:relative;padding-left:${STEP_INDENT}pt;margin-bottom:7pt;break-inside:avoid}.box{position:absolute;left:0;top:1.5pt;width:11pt;height:11pt;box-sizing:border-box;border:1.2pt solid #000}
.cmd{display:block;white-space:pre;font:${MONO_SIZE}pt/${MONO_LINE + 0.5}pt RobotoMono;background:#eee}
.d{display:block;font-size:9pt;line-height:11.5pt}.q{border-left:1pt solid #777;padding-left:6pt;margin-bottom:6pt;font-size:9pt;line-height:11.5pt}
.notes{break-inside:avoid}.line{border-bottom:.5pt solid #777;height:20pt}
.toc{display:flex;justify-content:space-between;border-bottom:.4pt dotted #777;padding:1.5pt 0}
.cover h3{margin-top:40pt}.cover .t{font-size:26pt;line-height:32pt;font-weight:700}.cover .o{font-size:18pt;line-height:24pt;margin-bottom:18pt}
.fp{border:1.5pt solid #000;padding:8pt;margin:8pt 0;break-inside:avoid}.fp pre{font:9pt/12pt RobotoMono;margin:4pt 0}
</style></head><body>${body}</body></html>`;
}

/** page.pdf() takes px, in, cm or mm, not points. */
const px = (points: number) => `${(points * 4) / 3}px`;

/** The page.pdf() options that match the react-pdf kit: paper, margins, header and footer on every page. */
export function chromiumPdfOptions(job: PrintJob): Parameters<Page['pdf']>[0] {
  const style = `font-family:Roboto,sans-serif;font-size:8pt;line-height:10pt;width:100%;margin:0 ${MARGIN_X}pt;`;
  const f = job.frame;
  const S = job.strings;
  const header = `${f.organisation}  ·  ${fmt(S.header.version, { version: f.planVersion })}  ·  ${fmt(S.header.printed, { date: f.printedAt })}`;
  return {
    format: f.paper === 'A4' ? 'A4' : 'Letter',
    displayHeaderFooter: true,
    headerTemplate: `<div style="${style}border-bottom:.75pt solid #000;padding-bottom:3pt">${esc(header)} <b style="border:1pt solid #000;padding:1pt 5pt;float:right">${esc(f.classification.toUpperCase())}</b></div>`,
    footerTemplate: `<div style="${style}border-top:.5pt solid #777;padding-top:3pt">${esc(job.title)}  ·  ${esc(S.footer.notEncrypted)} <b style="float:right">${fmt(S.footer.page, { page: '<span class="pageNumber"></span>', pages: '<span class="totalPages"></span>' })}</b></div>`,
    margin: { top: px(52), bottom: px(44), left: px(MARGIN_X), right: px(MARGIN_X) },
  };
}
