import { afterEach, describe, expect, it } from 'vitest';
import { preparePrinting, printingReady, renderPdf, type PdfStrings } from '../../renderer/src/print/client';
import type { WorkerMessage, WorkerReply } from '../../renderer/src/print/protocol';
import { STRINGS } from './fixtures';

/** A stand-in for the print worker: records what it is sent and replies when told to. */
class FakeWorker {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: WorkerMessage[] = [];
  terminated = false;
  postMessage(message: WorkerMessage) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: WorkerReply) {
    this.onmessage?.({ data } as MessageEvent<WorkerReply>);
  }
}

function factory() {
  const made: FakeWorker[] = [];
  const create = () => {
    const worker = new FakeWorker();
    made.push(worker);
    return worker as unknown as Worker;
  };
  return { made, create };
}

const input = { request: { document: 'kit' } as const, records: [], paper: 'A4' as const, strings: STRINGS as PdfStrings, now: new Date('2025-03-04T09:12:00Z') };
const done = (id: number): WorkerReply => ({ id, type: 'done', bytes: new Uint8Array([37, 80, 68, 70]), fileName: 'kit.pdf', title: 'Kit' });
const jobId = (worker: FakeWorker) => (worker.sent.find((m) => !('warmUp' in m)) as { id: number }).id;

let release: (() => void) | undefined;
afterEach(() => {
  release?.();
  release = undefined;
});

describe('print client', () => {
  it('without a prepared worker, starts one per job and stops it when the job ends', async () => {
    const { made, create } = factory();
    const rendering = renderPdf(input, undefined, undefined, create);
    expect(made).toHaveLength(1);
    made[0]!.reply(done(jobId(made[0]!)));
    await expect(rendering).resolves.toMatchObject({ fileName: 'kit.pdf' });
    expect(made[0]!.terminated).toBe(true);
    expect(made).toHaveLength(1);
  });

  it('keeps a warmed-up worker while the Print screen holds it, and the job runs there', async () => {
    const { made, create } = factory();
    release = preparePrinting(STRINGS, 'LETTER', create);
    expect(made).toHaveLength(1);
    const spare = made[0]!;
    expect(spare.sent).toEqual([expect.objectContaining({ warmUp: true, paper: 'LETTER' })]);

    let ready = false;
    void printingReady().then(() => (ready = true));
    await Promise.resolve();
    expect(ready).toBe(false);
    spare.reply({ id: spare.sent[0]!.id, type: 'warm' });
    await printingReady();
    expect(ready).toBe(true);

    const rendering = renderPdf(input, undefined, undefined, create);
    expect(made).toHaveLength(1);
    expect(spare.sent.at(-1)).toMatchObject({ request: { document: 'kit' } });
    spare.reply(done(jobId(spare)));
    await rendering;
    // The used worker goes, with its memory; a fresh spare is warmed for the next job.
    expect(spare.terminated).toBe(true);
    expect(made).toHaveLength(2);
    expect(made[1]!.sent).toEqual([expect.objectContaining({ warmUp: true })]);

    release();
    release = undefined;
    expect(made[1]!.terminated).toBe(true);
  });

  it('drops the spare when the screen lets go, and starts no more', async () => {
    const { made, create } = factory();
    const letGo = preparePrinting(STRINGS, 'A4', create);
    letGo();
    letGo();
    expect(made[0]!.terminated).toBe(true);
    const rendering = renderPdf(input, undefined, undefined, create);
    expect(made).toHaveLength(2);
    made[1]!.reply(done(jobId(made[1]!)));
    await rendering;
    expect(made).toHaveLength(2);
  });

  it('a spare that crashes is replaced by a fresh worker for the job', async () => {
    const { made, create } = factory();
    release = preparePrinting(STRINGS, 'A4', create);
    made[0]!.onerror?.({ message: 'boom' } as ErrorEvent);
    await printingReady();
    expect(made[0]!.terminated).toBe(true);
    const rendering = renderPdf(input, undefined, undefined, create);
    expect(made).toHaveLength(2);
    made[1]!.reply(done(jobId(made[1]!)));
    await expect(rendering).resolves.toMatchObject({ title: 'Kit' });
  });
});
