import { describe, expect, it, vi } from 'vitest';
import { copyText } from '../../renderer/src/features/runbooks/copyText';

/** Just enough of a document for the textarea fallback. */
function fakeDocument(execResult: boolean) {
  const appended: { value: string; removed: boolean }[] = [];
  const focused = { focus: vi.fn() };
  const doc = {
    activeElement: focused,
    body: {
      append: (el: { value: string; removed: boolean }) => appended.push(el),
    },
    createElement: () => {
      const el = {
        value: '',
        removed: false,
        tabIndex: 0,
        style: {} as Record<string, string>,
        setAttribute: vi.fn(),
        select: vi.fn(),
        setSelectionRange: vi.fn(),
        remove() { el.removed = true; },
      };
      return el;
    },
    execCommand: vi.fn(() => execResult),
  };
  return { doc: doc as unknown as Document, appended, focused, execCommand: doc.execCommand };
}

describe('copyText', () => {
  it('uses the clipboard API when it is allowed', async () => {
    const { doc, execCommand } = fakeDocument(true);
    const writeText = vi.fn(async () => undefined);
    expect(await copyText('./promote-replica.sh', { clipboard: { writeText }, document: doc })).toBe(true);
    expect(writeText).toHaveBeenCalledWith('./promote-replica.sh');
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('falls back to a hidden textarea and execCommand when the permission is denied', async () => {
    const { doc, appended, focused, execCommand } = fakeDocument(true);
    const writeText = vi.fn(async () => { throw new DOMException('denied', 'NotAllowedError'); });
    expect(await copyText('curl -fsS https://shop.example.com/health', { clipboard: { writeText }, document: doc })).toBe(true);
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(appended).toHaveLength(1);
    expect(appended[0]).toMatchObject({ value: 'curl -fsS https://shop.example.com/health', removed: true });
    expect(focused.focus).toHaveBeenCalled();
  });

  it('falls back when there is no clipboard API, and reports failure when both ways fail', async () => {
    const works = fakeDocument(true);
    expect(await copyText('x', { document: works.doc })).toBe(true);
    const fails = fakeDocument(false);
    expect(await copyText('x', { clipboard: { writeText: async () => { throw new Error('no'); } }, document: fails.doc })).toBe(false);
  });
});
