// One way to register an IPC handler: sender check, then zod validation, then the work,
// and a typed failure instead of an exception whatever happens.
import type { Channel, FailureReason, RequestOf, ResponseOf } from '../contract';
import { requestSchemas } from '../contractSchemas';
import type { SecurityPolicy, SenderFrameLike } from '../security';
import { isTrustedSender } from '../security';

/** What a handler sees of Electron's IpcMainInvokeEvent. */
export interface InvokeEvent {
  senderFrame: SenderFrameLike | null;
  /** The sender's WebContents (used only to parent dialogs). */
  sender: unknown;
}

/** The part of Electron's ipcMain used here (ipcMain itself satisfies it). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export type Handler<C extends Channel> = (request: RequestOf<C>, event: InvokeEvent) => Promise<ResponseOf<C>>;

/** Maps a Node file-system error to the reason shown to the user. */
export function reasonFromError(error: unknown): FailureReason {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    default:
      return 'failed';
  }
}

export function registerHandler<C extends Channel>(
  ipcMain: IpcMainLike,
  policy: SecurityPolicy,
  channel: C,
  handler: Handler<C>,
): void {
  const schema = requestSchemas[channel];
  ipcMain.handle(channel, async (event, ...args) => {
    if (!isTrustedSender(event, policy)) return { ok: false, reason: 'permission' };
    if (args.length > 1) return { ok: false, reason: 'invalid' };
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) return { ok: false, reason: 'invalid' };
    try {
      return await handler(parsed.data as RequestOf<C>, event);
    } catch (error) {
      return { ok: false, reason: reasonFromError(error) };
    }
  });
}
