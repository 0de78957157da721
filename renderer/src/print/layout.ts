import { StyleSheet } from '@react-pdf/renderer';
import { MONO_FONT, TEXT_FONT } from './fonts';

/**
 * Page geometry and styles shared by every document. Sizes are points (1/72 in). Line heights
 * are points too: a unitless lineHeight on text with nested spans roughly doubled the spacing.
 * Everything is black on white with grey only as a background tint, so a mono laser printer or
 * a photocopy loses nothing; meaning is never carried by colour alone.
 */

/** 0.55 in at the sides and about 0.4 in top and bottom: outside any office printer's dead zone. */
export const MARGIN_X = 40;
export const MARGIN_TOP = 28;
export const MARGIN_BOTTOM = 24;

/** Content width on A4, the narrower of the two papers; column sums are checked against it. */
export const CONTENT_WIDTH = 595.28 - 2 * MARGIN_X;

export const FONT_SIZE = 9.5;
export const LINE = 12.5;
export const SMALL = 8;
export const TABLE_FONT = 8;
export const TABLE_LINE = 9.5;
export const MONO_SIZE = 8;
export const MONO_LINE = 10;
/** Roboto Mono advances 0.6 em per character. */
export const MONO_ADVANCE = 0.6;

/** Left indent of a step's text: room for its checkbox. */
export const STEP_INDENT = 18;
/** Command padding inside its frame. */
const COMMAND_PAD = 4;
/** Monospace column at which commands wrap: fits the narrower paper with room to spare. */
export const COMMAND_COLUMNS = Math.floor((CONTENT_WIDTH - STEP_INDENT - 2 * COMMAND_PAD - 2 - 8) / (MONO_SIZE * MONO_ADVANCE));

export const INK = '#000000';
export const GREY_TEXT = '#333333';
export const RULE = '#777777';
export const TINT = '#eeeeee';

export const styles = StyleSheet.create({
  page: {
    fontFamily: TEXT_FONT,
    fontSize: FONT_SIZE,
    lineHeight: `${LINE}pt`,
    color: INK,
    paddingTop: MARGIN_TOP,
    paddingBottom: MARGIN_BOTTOM,
    paddingHorizontal: MARGIN_X,
  },
  header: {
    flexDirection: 'row',
    alignItems: 'center',
    borderBottomWidth: 0.75,
    borderBottomColor: INK,
    paddingBottom: 3,
    marginBottom: 10,
  },
  headerText: { flexGrow: 1, flexBasis: 0, fontSize: SMALL, lineHeight: '10pt' },
  banner: {
    fontSize: SMALL,
    lineHeight: '10pt',
    fontWeight: 700,
    letterSpacing: 0.3,
    borderWidth: 1,
    borderColor: INK,
    paddingHorizontal: 5,
    paddingVertical: 1,
    marginLeft: 8,
  },
  content: { flexGrow: 1 },
  footer: {
    flexDirection: 'row',
    borderTopWidth: 0.5,
    borderTopColor: RULE,
    paddingTop: 3,
    marginTop: 8,
    fontSize: SMALL,
    lineHeight: '10pt',
  },
  footerLeft: { flexGrow: 1, flexBasis: 0 },
  footerRight: { fontWeight: 700, width: 84, textAlign: 'right' },
  h1: { fontSize: 15, lineHeight: '19pt', fontWeight: 700, marginBottom: 4 },
  h2: { fontSize: 11.5, lineHeight: '15pt', fontWeight: 700, marginTop: 10, marginBottom: 3 },
  h3: { fontSize: 10, lineHeight: '13pt', fontWeight: 700, marginTop: 6, marginBottom: 2 },
  para: { marginBottom: 3 },
  small: { fontSize: SMALL, lineHeight: '10pt' },
  bold: { fontWeight: 700 },
  mono: { fontFamily: MONO_FONT, fontSize: MONO_SIZE, lineHeight: `${MONO_LINE}pt` },
  table: { marginBottom: 6, borderTopWidth: 0.75, borderTopColor: INK },
  headRow: { flexDirection: 'row', backgroundColor: TINT, borderBottomWidth: 0.75, borderBottomColor: INK },
  row: { flexDirection: 'row', borderBottomWidth: 0.4, borderBottomColor: RULE },
  cell: { fontSize: TABLE_FONT, lineHeight: `${TABLE_LINE}pt`, paddingVertical: 1.5, paddingHorizontal: 2 },
  headCell: { fontSize: TABLE_FONT, lineHeight: `${TABLE_LINE}pt`, paddingVertical: 1.5, paddingHorizontal: 2, fontWeight: 700 },
  step: { position: 'relative', paddingLeft: STEP_INDENT, marginBottom: 7 },
  checkbox: { position: 'absolute', left: 0, top: 1.5, width: 11, height: 11, borderWidth: 1.2, borderColor: INK },
  stepHead: { lineHeight: `${LINE}pt` },
  command: {
    fontFamily: MONO_FONT,
    fontSize: MONO_SIZE,
    lineHeight: `${MONO_LINE}pt`,
    backgroundColor: TINT,
    borderLeftWidth: 2,
    borderLeftColor: INK,
    paddingVertical: 2,
    paddingHorizontal: COMMAND_PAD,
    marginTop: 2,
  },
  details: { fontSize: 9, lineHeight: '11.5pt', marginTop: 2 },
  commandSpan: { fontFamily: MONO_FONT, fontSize: MONO_SIZE, lineHeight: `${MONO_LINE + 0.5}pt`, backgroundColor: TINT },
  note: { borderBottomWidth: 0.5, borderBottomColor: RULE, height: 20 },
  quote: { borderLeftWidth: 1, borderLeftColor: RULE, paddingLeft: 6, marginBottom: 6, fontSize: 9, lineHeight: '11.5pt' },
  tocRow: { position: 'relative', borderBottomWidth: 0.4, borderBottomColor: RULE, borderBottomStyle: 'dotted', paddingVertical: 1.5 },
  tocTitle: { paddingRight: 48 },
  tocPage: { position: 'absolute', right: 0, top: 1.5, width: 44, textAlign: 'right' },
  box: { borderWidth: 1.5, borderColor: INK, padding: 8, marginVertical: 8 },
});
