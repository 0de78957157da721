import { describe, expect, it, vi } from 'vitest';
import type { BrowserEnv } from '../../renderer/src/platform/browser';
import { createBrowserPlatform, REVOKE_AFTER_MS } from '../../renderer/src/platform/browser';
import { OPEN_FILE_LABEL, OPEN_FILE_TEST_ID } from '../../renderer/src/platform/platform';

/** Just enough DOM for the browser platform: elements are EventTargets with attributes. */
class FakeElement extends EventTarget {
  readonly attributes = new Map<string, string>();
  readonly style: Record<string, string> = {};
  type = '';
  accept = '';
  href = '';
  download = '';
  rel = '';
  files: { name: string; arrayBuffer(): Promise<ArrayBuffer> }[] | null = null;
  inDocument = false;
  clicks = 0;
  constructor(
    readonly tagName: string,
    private readonly onClick: (el: FakeElement) => void,
  ) {
    super();
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  remove() {
    this.inDocument = false;
  }
  click() {
    this.clicks += 1;
    this.onClick(this);
  }
}

function fakeEnv(onClick: (el: FakeElement) => void = () => undefined) {
  const created: FakeElement[] = [];
  const timers: { callback: () => void; ms: number }[] = [];
  const blobs: Blob[] = [];
  const env = {
    document: {
      createElement: (tag: string) => {
        const el = new FakeElement(tag, onClick);
        created.push(el);
        return el;
      },
      body: {
        append: (el: FakeElement) => {
          el.inDocument = true;
        },
      },
    } as unknown as Document,
    createObjectURL: vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:app://lifeboat/${blobs.length}`;
    }),
    revokeObjectURL: vi.fn(),
    setTimeout: (callback: () => void, ms: number) => timers.push({ callback, ms }),
  } satisfies BrowserEnv;
  return { env, created, timers, blobs };
}

const file = (name: string, content: Uint8Array) => ({ name, arrayBuffer: async () => content.slice().buffer });

describe('browser platform: saving', () => {
  it('downloads the bytes under the suggested name and revokes the URL later', async () => {
    const { env, created, timers, blobs } = fakeEnv();
    const platform = createBrowserPlatform(env);
    expect(platform.kind).toBe('browser');
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(platform.saveFile({ suggestedName: 'plan.lifeboat', bytes, mimeType: 'application/octet-stream' })).resolves.toStrictEqual({ ok: true });
    const anchor = created[0]!;
    expect(anchor.tagName).toBe('a');
    expect(anchor.download).toBe('plan.lifeboat');
    expect(anchor.href).toBe('blob:app://lifeboat/1');
    expect(anchor.clicks).toBe(1);
    expect(anchor.inDocument).toBe(false);
    expect(blobs[0]!.type).toBe('application/octet-stream');
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toStrictEqual(bytes);
    expect(env.revokeObjectURL).not.toHaveBeenCalled();
    expect(timers[0]!.ms).toBe(REVOKE_AFTER_MS);
    timers[0]!.callback();
    expect(env.revokeObjectURL).toHaveBeenCalledWith('blob:app://lifeboat/1');
  });

  it('savePdf downloads application/pdf with a .pdf name', async () => {
    const { env, created, blobs } = fakeEnv();
    await createBrowserPlatform(env).savePdf({ suggestedName: 'Runbook', bytes: new Uint8Array([0x25]) });
    expect(created[0]!.download).toBe('Runbook.pdf');
    expect(blobs[0]!.type).toBe('application/pdf');
  });

  it('a failing download is a failure, not an exception', async () => {
    const { env } = fakeEnv();
    env.createObjectURL.mockImplementation(() => {
      throw new Error('no blobs');
    });
    await expect(createBrowserPlatform(env).saveFile({ suggestedName: 'a', bytes: new Uint8Array(), mimeType: 'x' })).resolves.toStrictEqual({ ok: false, reason: 'failed' });
  });
});

describe('browser platform: opening', () => {
  it('uses a labelled hidden file input and returns the chosen file', async () => {
    const content = new Uint8Array([7, 8, 9]);
    const { env, created } = fakeEnv((input) => {
      input.files = [file('plan.lifeboat', content)];
      input.dispatchEvent(new Event('change'));
    });
    const result = await createBrowserPlatform(env).openFile({ accept: ['.lifeboat', 'application/json'] });
    expect(result).toStrictEqual({ ok: true, name: 'plan.lifeboat', bytes: content });
    const input = created[0]!;
    expect(input.tagName).toBe('input');
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.lifeboat,application/json');
    expect(input.getAttribute('aria-label')).toBe(OPEN_FILE_LABEL);
    expect(input.getAttribute('data-testid')).toBe(OPEN_FILE_TEST_ID);
    expect(input.style.display).toBe('none');
    expect(input.clicks).toBe(1);
    expect(input.inDocument).toBe(false); // cleaned up
  });

  it('takes a translated label', async () => {
    const { env, created } = fakeEnv((input) => input.dispatchEvent(new Event('cancel')));
    await createBrowserPlatform(env).openFile({ accept: [], label: 'Sicherung wählen' });
    expect(created[0]!.getAttribute('aria-label')).toBe('Sicherung wählen');
  });

  it('resolves cancelled when the chooser is dismissed', async () => {
    const { env, created } = fakeEnv((input) => input.dispatchEvent(new Event('cancel')));
    await expect(createBrowserPlatform(env).openFile({ accept: ['.lifeboat'] })).resolves.toStrictEqual({ ok: false, reason: 'cancelled' });
    expect(created[0]!.inDocument).toBe(false);
  });

  it('resolves cancelled when change fires with no file', async () => {
    const { env } = fakeEnv((input) => {
      input.files = [];
      input.dispatchEvent(new Event('change'));
    });
    await expect(createBrowserPlatform(env).openFile({ accept: [] })).resolves.toStrictEqual({ ok: false, reason: 'cancelled' });
  });

  it('resolves failed when the file cannot be read', async () => {
    const { env } = fakeEnv((input) => {
      input.files = [{ name: 'x', arrayBuffer: async () => Promise.reject(new Error('NotReadableError')) }];
      input.dispatchEvent(new Event('change'));
    });
    await expect(createBrowserPlatform(env).openFile({ accept: [] })).resolves.toStrictEqual({ ok: false, reason: 'failed' });
  });
});

describe('browser platform: the rest', () => {
  it('has browser app info, no lock requests and no PDF viewer', async () => {
    const { env } = fakeEnv();
    const platform = createBrowserPlatform(env);
    await expect(platform.appInfo()).resolves.toStrictEqual({ kind: 'browser', version: null, platform: 'browser', dataPath: null });
    const listener = vi.fn();
    const off = platform.onLockRequest(listener);
    expect(typeof off).toBe('function');
    off();
    expect(listener).not.toHaveBeenCalled();
    expect(platform.openSavedPdf).toBeUndefined();
  });

  it('touches no DOM until used (safe to create in Node)', () => {
    expect(() => createBrowserPlatform()).not.toThrow();
  });
});
