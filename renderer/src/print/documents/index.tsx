import type { ReactElement } from 'react';
import { Document, type DocumentProps } from '@react-pdf/renderer';
import { FramedPage, type LayoutHooks } from '../frame';
import type { PrintJob } from '../model';
import { biaContent } from './bia';
import { callTreeContent, vendorsContent } from './contacts';
import { emergencyContent } from './emergency';
import { incidentContent } from './incident';
import { coverContent, exercisesContent, strategiesContent, tocContent, type TocEntry } from './kit';
import { runbookContent, runbookTitle } from './runbook';

/** Sections of the kit in print order, for the contents and for progress messages. */
export function kitSections(job: PrintJob): TocEntry[] {
  if (job.model.document !== 'kit') return [];
  const s = job.strings.sections;
  return [
    { key: 'bia', title: s.bia },
    { key: 'strategies', title: s.strategies },
    ...(job.model.runbooks[0] ? [{ key: 'runbooks', title: s.runbooks, pageOf: `runbook:${job.model.runbooks[0].id}` }] : []),
    ...job.model.runbooks.map((r) => ({ key: `runbook:${r.id}`, title: r.title, nested: true })),
    { key: 'call-tree', title: s.callTree },
    { key: 'vendors', title: s.vendors },
    { key: 'exercises', title: s.exercises },
  ];
}

/** The react-pdf element for a job. Each section is its own <Page>: faster, and it starts a new sheet. */
export function documentFor(job: PrintJob, hooks: LayoutHooks): ReactElement<DocumentProps> {
  const { frame, strings, model } = job;
  const page = (section: string, title: string, children: unknown[], bookmark?: string) => (
    <FramedPage key={section} frame={frame} strings={strings} title={title} section={section} hooks={hooks} {...(bookmark ? { bookmark } : {})}>
      {children as ReactElement[]}
    </FramedPage>
  );
  let pages: ReactElement[];
  switch (model.document) {
    case 'runbook': {
      const title = runbookTitle(model.runbook, strings);
      pages = [page('runbook', title, runbookContent(model.runbook, strings, title))];
      break;
    }
    case 'contact-sheet':
      pages = [page('call-tree', job.title, [...callTreeContent(model.contacts, strings, job.title), ...vendorsContent(model.vendors, strings, strings.sections.vendors, 2)])];
      break;
    case 'bia-summary':
      pages = [page('bia', job.title, biaContent(model.bia, strings, job.title))];
      break;
    case 'emergency-sheet':
      pages = [page('emergency', job.title, emergencyContent(model.organisation, model.recoveryKey, strings))];
      break;
    case 'incident-timeline':
      pages = [page('incident', job.title, incidentContent(model.incident, strings, job.title))];
      break;
    case 'kit': {
      const s = strings.sections;
      const sections = kitSections(job);
      pages = [
        page('cover', job.title, coverContent(model.cover, strings), job.title),
        page('contents', job.title, tocContent(sections, strings, hooks), strings.cover.contents),
        page('bia', s.bia, biaContent(model.bia, strings, s.bia), s.bia),
        page('strategies', s.strategies, strategiesContent(model.strategies, strings, s.strategies), s.strategies),
        ...model.runbooks.map((r) => {
          const title = runbookTitle(r, strings);
          return page(`runbook:${r.id}`, title, runbookContent(r, strings, title), title);
        }),
        page('call-tree', s.callTree, callTreeContent(model.contacts, strings, s.callTree), s.callTree),
        page('vendors', s.vendors, vendorsContent(model.vendors, strings, s.vendors), s.vendors),
        page('exercises', s.exercises, exercisesContent(model.exercises, strings, s.exercises), s.exercises),
      ];
      break;
    }
  }
  return (
    <Document title={job.title} author={frame.organisation} creator="Lifeboat" producer="Lifeboat" language="en">
      {pages}
    </Document>
  );
}
