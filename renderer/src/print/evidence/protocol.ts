import type { PrintErrorCode } from '../buildModel';
import type { WorkerProgress } from '../protocol';
import type { EvidenceInput } from './model';

/** Messages between the window and evidence.worker.ts, in the shape of the print worker's protocol. */
export interface EvidenceWorkerJob extends EvidenceInput {
  id: number;
}

export type EvidenceWorkerReply =
  | { id: number; type: 'progress'; progress: WorkerProgress }
  | { id: number; type: 'done'; bytes: Uint8Array; fileName: string; title: string; pages?: number }
  | { id: number; type: 'error'; code: PrintErrorCode | 'failed'; message: string };
