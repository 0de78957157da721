import type { ReactElement } from 'react';
import { Document, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { Bullets, Facts, Heading, Table } from '../components';
import { biaContent } from '../documents/bia';
import { exercisesContent, strategiesContent, tocContent, type TocEntry } from '../documents/kit';
import { MONO_FONT } from '../fonts';
import { FramedPage, type LayoutHooks } from '../frame';
import { styles } from '../layout';
import { breakLongTokens } from '../text';
import { hexLines } from './build';
import type { EvidenceJob, EvidencePackModel, EvidenceStrings, ExerciseReport } from './model';

const auditLine = { fontSize: 8, lineHeight: '10pt', paddingVertical: 1.5, borderBottomWidth: 0.4, borderBottomColor: '#777777' } as const;
const auditHash = { fontFamily: MONO_FONT, fontSize: 7.5 } as const;
const hashStyle = { fontFamily: MONO_FONT, fontSize: 9, lineHeight: '12pt', marginVertical: 4 } as const;

/** Sections in print order, for the contents page and the progress line. */
export function evidenceSections(job: EvidenceJob): TocEntry[] {
  const s = job.strings.sections;
  const p = job.pdfStrings.sections;
  return [
    { key: 'readiness', title: s.readiness },
    { key: 'sign-off', title: s.signOff },
    { key: 'bia', title: p.bia },
    { key: 'strategies', title: p.strategies },
    { key: 'schedule', title: p.exercises },
    ...(job.model.exercises[0] ? [{ key: 'exercises', title: s.exercises, pageOf: `exercise:${job.model.exercises[0].id}` }] : [{ key: 'exercises', title: s.exercises }]),
    ...job.model.exercises.map((e) => ({ key: `exercise:${e.id}`, title: e.title, nested: true })),
    { key: 'actions', title: s.actions },
    { key: 'audit', title: s.audit },
  ];
}

function coverContent(model: EvidencePackModel, s: EvidenceStrings) {
  const c = model.cover;
  return [
    <Text key="kicker" style={[styles.h3, { marginTop: 24 }]}>{s.cover.kicker.toUpperCase()}</Text>,
    <Text key="title" style={{ fontSize: 24, lineHeight: '30pt', fontWeight: 700 }}>{s.title}</Text>,
    <Text key="org" style={{ fontSize: 16, lineHeight: '22pt', marginBottom: 12 }}>{c.organisation}</Text>,
    <Text key="intro" style={styles.para}>{s.cover.intro}</Text>,
    <Facts
      key="facts"
      facts={[
        [s.cover.version, c.planVersion],
        [s.cover.printed, c.printedAt],
        [s.cover.signOff, c.signOff],
        [s.cover.readiness, c.readiness],
        [s.cover.auditTrail, c.auditResult],
      ]}
    />,
    <View key="fingerprint" style={styles.box} wrap={false}>
      <Text style={styles.bold}>{s.cover.fingerprint}</Text>
      <Text style={hashStyle}>{hexLines(c.fingerprint)}</Text>
      <Text style={styles.small}>{s.cover.fingerprintHint}</Text>
    </View>,
    <View key="head" style={styles.box} wrap={false}>
      <Text style={styles.bold}>{`${s.cover.auditHead} (${s.audit.event} ${c.auditHeadSeq})`}</Text>
      <Text style={hashStyle}>{hexLines(c.auditHead)}</Text>
      <Text style={styles.small}>{s.cover.auditHeadHint}</Text>
    </View>,
  ];
}

function readinessContent(model: EvidencePackModel, s: EvidenceStrings) {
  const rows = (group: 'requirement' | 'evidence') =>
    model.readiness.filter((r) => r.group === group).map((r) => [r.title, s.readinessStatuses[r.status], r.reason]);
  const columns = [
    { label: s.readiness.item, width: 40, bold: true },
    { label: s.readiness.status, width: 12 },
    { label: s.readiness.reason, width: 48 },
  ];
  return [
    <Heading key="title" level={1}>{s.sections.readiness}</Heading>,
    <Text key="intro" style={styles.para}>{s.readiness.intro}</Text>,
    <Heading key="req" level={2}>{s.readiness.requirements}</Heading>,
    <Table key="req-table" keyPrefix="req" columns={columns} rows={rows('requirement')} />,
    <Heading key="ev" level={2}>{s.readiness.evidence}</Heading>,
    <Table key="ev-table" keyPrefix="ev" columns={columns} rows={rows('evidence')} />,
  ];
}

function signOffContent(model: EvidencePackModel, s: EvidenceStrings) {
  const o = model.signOff;
  const out = [
    <Heading key="title" level={1}>{s.sections.signOff}</Heading>,
    <View key="state" style={styles.box} wrap={false}>
      <Text style={styles.bold}>{`${s.signOff.result}: ${o.state}`}</Text>
      <Text>{o.explain}</Text>
    </View>,
    <Text key="how" style={styles.para}>{s.signOff.how}</Text>,
    <Heading key="sig" level={2}>{s.signOff.signatures}</Heading>,
    o.approvals.length === 0 ? (
      <Text key="sig-none" style={styles.para}>{s.signOff.noSignatures}</Text>
    ) : (
      <Table
        key="sig-table"
        keyPrefix="sig"
        columns={[
          { label: s.signOff.number, width: 8, align: 'right' },
          { label: s.signOff.approver, width: 18, bold: true },
          { label: s.signOff.date, width: 11 },
          { label: s.signOff.publicKey, width: 22 },
          { label: s.signOff.signature, width: 25 },
          { label: s.signOff.verdict, width: 16 },
        ]}
        rows={o.approvals}
      />
    ),
    <Heading key="rev" level={2}>{s.signOff.review}</Heading>,
    <Text key="rev-text" style={styles.para}>{o.review}</Text>,
    <Heading key="ver" level={2}>{s.signOff.versions}</Heading>,
    o.versions.length === 0 ? (
      <Text key="ver-none" style={styles.para}>{s.signOff.noVersions}</Text>
    ) : (
      <Table
        key="ver-table"
        keyPrefix="ver"
        columns={[
          { label: s.signOff.number, width: 8, align: 'right' },
          { label: s.signOff.status, width: 13 },
          { label: s.signOff.submitted, width: 19 },
          { label: s.signOff.approved, width: 13 },
          { label: s.signOff.nextReview, width: 13 },
          { label: s.signOff.fingerprint, width: 34 },
        ]}
        rows={o.versions}
      />
    ),
  ];
  if (o.changes.length > 0) {
    out.push(<Heading key="chg" level={2}>{s.signOff.changes}</Heading>);
    out.push(<Bullets key="chg-list" items={o.changes} />);
    if (o.changesMore) out.push(<Text key="chg-more" style={styles.small}>{o.changesMore}</Text>);
  }
  return out;
}

function exerciseContent(e: ExerciseReport, s: EvidenceStrings) {
  const x = s.exercise;
  const out = [
    <Heading key="title" level={1}>{e.title}</Heading>,
    <Facts key="facts" facts={[...e.facts, [x.outcome, e.outcome]]} />,
    <Heading key="plan" level={2}>{x.plan}</Heading>,
    <Facts key="plan-facts" facts={[[x.scenario, e.scenario || x.none], [x.scope, e.scope]]} />,
    <Text key="obj-h" style={[styles.bold, styles.para]}>{x.objectives}</Text>,
    <Bullets key="obj" items={e.objectives} empty={x.none} />,
    <Heading key="res" level={2}>{x.results}</Heading>,
    <Facts key="metrics" facts={e.metrics} />,
    e.criteria.length === 0 ? (
      <Text key="crit" style={styles.para}>{x.noCriteria}</Text>
    ) : (
      <Table key="crit" keyPrefix="c" columns={[{ label: x.criterion, width: 75 }, { label: x.result, width: 25 }]} rows={e.criteria} />
    ),
    <Heading key="att" level={2}>{x.attendance}</Heading>,
    e.attendance.length === 0 ? (
      <Text key="att-t" style={styles.para}>{x.none}</Text>
    ) : (
      <Table key="att-t" keyPrefix="a" columns={[{ label: x.name, width: 40, bold: true }, { label: x.role, width: 40 }, { label: x.presence, width: 20 }]} rows={e.attendance} />
    ),
    <Heading key="log" level={2}>{x.log}</Heading>,
    e.log.length === 0 ? (
      <Text key="log-t" style={styles.para}>{x.none}</Text>
    ) : (
      <Table
        key="log-t"
        keyPrefix="l"
        columns={[
          { label: x.time, width: 20 },
          { label: x.tPlus, width: 8 },
          { label: x.kind, width: 15 },
          { label: x.entry, width: 49 },
          { label: x.by, width: 8 },
        ]}
        rows={e.log}
      />
    ),
    <Heading key="pm" level={2}>{x.postMortem}</Heading>,
    <Text key="pm-t" style={styles.para}>{e.postMortem ? breakLongTokens(e.postMortem, 90) : x.none}</Text>,
    <Text key="f-h" style={[styles.bold, styles.para]}>{x.findings}</Text>,
    <Bullets key="f" items={e.findings} empty={x.none} />,
  ];
  return out;
}

function actionsContent(model: EvidencePackModel, s: EvidenceStrings) {
  const a = s.actions;
  return [
    <Heading key="title" level={1}>{s.sections.actions}</Heading>,
    <Text key="intro" style={styles.para}>{`${a.intro} ${model.actionSummary}`}</Text>,
    model.actions.length === 0 ? (
      <Text key="t" style={styles.para}>{a.none}</Text>
    ) : (
      <Table
        key="t"
        columns={[
          { label: a.action, width: 28, bold: true },
          { label: a.owner, width: 13 },
          { label: a.due, width: 11 },
          { label: a.status, width: 10 },
          { label: a.ticket, width: 12 },
          { label: a.closure, width: 26 },
        ]}
        rows={model.actions}
      />
    ),
  ];
}

function auditContent(model: EvidencePackModel, s: EvidenceStrings) {
  const a = model.audit;
  return [
    <Heading key="title" level={1}>{s.sections.audit}</Heading>,
    <Text key="intro" style={styles.para}>{s.audit.intro}</Text>,
    <View key="result" style={styles.box} wrap={false}>
      <Text style={styles.bold}>{a.result}</Text>
      <Text>{`${a.total} ${a.storedHead}`}</Text>
      <Text style={[styles.bold, { marginTop: 4 }]}>{`${s.cover.auditHead} (${s.audit.event} ${a.headSeq})`}</Text>
      <Text style={hashStyle}>{hexLines(a.headHash)}</Text>
    </View>,
    <Text key="note" style={styles.para}>{a.excerptNote}</Text>,
    // One Text per event, not a table row of six cells: a sixth of the nodes, and react-pdf's
    // time grows with the node count (notes/pdf-printing-measured.md).
    ...a.rows.map(([seq, when, who, what, change, hash], i) => (
      <Text key={`e${i}`} style={auditLine} wrap={false}>
        <Text style={styles.bold}>{`#${seq}  `}</Text>
        {`${when}  ·  ${who}  ·  ${breakLongTokens(what ?? '', 60)}${change ? `  ·  ${breakLongTokens(change, 60)}` : ''}  ·  `}
        <Text style={auditHash}>{hash}</Text>
      </Text>
    )),
  ];
}

/** The react-pdf element for the evidence pack, on the shared page frame; each section starts a new sheet. */
export function evidenceDocument(job: EvidenceJob, hooks: LayoutHooks): ReactElement<DocumentProps> {
  const { frame, pdfStrings, strings: s, model } = job;
  const page = (section: string, title: string, children: unknown[], bookmark?: string) => (
    <FramedPage key={section} frame={frame} strings={pdfStrings} title={title} section={section} hooks={hooks} {...(bookmark ? { bookmark } : {})}>
      {children as ReactElement[]}
    </FramedPage>
  );
  const p = pdfStrings.sections;
  const sections = evidenceSections(job);
  return (
    <Document title={`${job.title}: ${frame.organisation}`} author={frame.organisation} creator="Lifeboat" producer="Lifeboat" language="en">
      {page('cover', job.title, coverContent(model, s), job.title)}
      {page('contents', job.title, tocContent(sections, pdfStrings, hooks), pdfStrings.cover.contents)}
      {page('readiness', s.sections.readiness, readinessContent(model, s), s.sections.readiness)}
      {page('sign-off', s.sections.signOff, signOffContent(model, s), s.sections.signOff)}
      {page('bia', p.bia, biaContent(model.bia, pdfStrings, p.bia), p.bia)}
      {page('strategies', p.strategies, strategiesContent(model.strategies, pdfStrings, p.strategies), p.strategies)}
      {page('schedule', p.exercises, exercisesContent(model.schedule, pdfStrings, p.exercises), p.exercises)}
      {model.exercises.length === 0
        ? page('exercises', s.sections.exercises, [<Heading key="t" level={1}>{s.sections.exercises}</Heading>, <Text key="n" style={styles.para}>{s.exercise.noExercises}</Text>], s.sections.exercises)
        : model.exercises.map((e) => page(`exercise:${e.id}`, e.title, exerciseContent(e, s), e.title))}
      {page('actions', s.sections.actions, actionsContent(model, s), s.sections.actions)}
      {page('audit', s.sections.audit, auditContent(model, s), s.sections.audit)}
    </Document>
  );
}
