import type { ReactNode } from 'react';
import { Page, Text, View } from '@react-pdf/renderer';
import type { FrameInfo, PdfStrings } from './model';
import { styles } from './layout';
import { fmt } from './text';

/**
 * Callbacks the layout calls while it paginates. `sectionStarts` is how the table of contents
 * learns page numbers: every section starts a new <Page>, whose layout sees subPageNumber 1 on
 * the section's first output page and writes the document-wide page number here. The engine
 * lays out twice when anything reads the page total (the footer does), so the contents, drawn by
 * render props in the second round, see every start recorded in the first.
 */
export interface LayoutHooks {
  sectionStarts: Map<string, number>;
  /** Called once per output page laid out; `totalPages` is known only in the second round. */
  onPage?: (event: { section: string; pageNumber: number; totalPages?: number }) => void;
}

export function newLayoutHooks(onPage?: LayoutHooks['onPage']): LayoutHooks {
  return onPage ? { sectionStarts: new Map(), onPage } : { sectionStarts: new Map() };
}

export interface FrameProps {
  frame: FrameInfo;
  strings: PdfStrings;
  /** Printed in the footer of every page, e.g. the runbook's title. */
  title: string;
  /** Key of the section for the contents and progress; defaults to the title. */
  section?: string;
  /** Adds an entry to the PDF's outline (sidebar of PDF viewers). */
  bookmark?: string;
  hooks?: LayoutHooks;
  children?: ReactNode;
}

interface LayoutProps {
  children: ReactNode;
  pageNumber?: number;
  totalPages?: number;
  subPageNumber?: number;
}

/**
 * The page template as a react-pdf `layout`: header (organisation, plan version, print date and
 * the classification banner), the flowing content, and the footer ("Page N of M", document-wide).
 * It must stay hook-free and render `children` exactly once.
 */
export function frameLayout({ frame, strings, title, section, hooks }: Omit<FrameProps, 'children' | 'bookmark'>) {
  const key = section ?? title;
  const s = strings;
  const headerLine = `${frame.organisation}  ·  ${fmt(s.header.version, { version: frame.planVersion })}  ·  ${fmt(s.header.printed, { date: frame.printedAt })}`;
  return ({ children, pageNumber, totalPages, subPageNumber }: LayoutProps): ReactNode[] => {
    if (hooks && pageNumber !== undefined && subPageNumber !== undefined) {
      if (subPageNumber === 1) hooks.sectionStarts.set(key, pageNumber);
      hooks.onPage?.({ section: key, pageNumber, ...(totalPages !== undefined ? { totalPages } : {}) });
    }
    return [
      <View key="header" style={styles.header}>
        <Text style={styles.headerText}>{headerLine}</Text>
        {frame.classification ? <Text style={styles.banner}>{frame.classification.toUpperCase()}</Text> : null}
      </View>,
      <View key="content" style={styles.content}>{children}</View>,
      <View key="footer" style={styles.footer}>
        <Text style={styles.footerLeft}>{`${shorten(title, FOOTER_TITLE_CHARS)}  ·  ${s.footer.notEncrypted}`}</Text>
        <Text style={styles.footerRight}>{fmt(s.footer.page, { page: pageNumber ?? '', pages: totalPages ?? '…' })}</Text>
      </View>,
    ];
  };
}

/**
 * The footer must keep one line: its height may not depend on the page total, which is only
 * known in the second layout round, or the two rounds would paginate differently.
 */
const FOOTER_TITLE_CHARS = 60;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * One section of a document on the shared page frame: A4 or US Letter, the same header and
 * footer on every page it flows onto. The evidence pack and every other document reuse this.
 */
export function FramedPage(props: FrameProps) {
  const { frame, bookmark, children } = props;
  return (
    <Page size={frame.paper} style={styles.page} layout={frameLayout(props)} {...(bookmark ? { bookmark: { title: bookmark, fit: true } } : {})}>
      {children}
    </Page>
  );
}
