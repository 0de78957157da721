import type { PlanRecord } from '../domain/record';
import type { PrintErrorCode, PrintRequest } from './buildModel';
import type { PaperSize, PdfStrings } from './model';
import type { RenderProgress } from './render';

/** Messages between the window and render.worker.ts. Everything is structured-cloneable. */
export interface WorkerJob {
  id: number;
  request: PrintRequest;
  /** All of the plan's records, as the store holds them. */
  records: readonly PlanRecord[];
  paper: PaperSize;
  strings: PdfStrings;
  now: Date;
  timeZone?: string;
  locale?: string;
}

/** Sent to a spare worker ahead of any job (see preparePrinting in client.ts). */
export interface WarmUpMessage {
  id: number;
  warmUp: true;
  strings: PdfStrings;
  paper: PaperSize;
}

export type WorkerMessage = WorkerJob | WarmUpMessage;

export type WorkerProgress = { stage: 'preparing' } | RenderProgress;

export type WorkerReply =
  | { id: number; type: 'progress'; progress: WorkerProgress }
  | { id: number; type: 'warm' }
  | { id: number; type: 'done'; bytes: Uint8Array; fileName: string; title: string; pages?: number }
  | { id: number; type: 'error'; code: PrintErrorCode | 'failed'; message: string };
