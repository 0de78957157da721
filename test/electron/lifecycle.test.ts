import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { acquireSingleInstance } from '../../electron/lifecycle';

function fakeApp(lock: boolean) {
  const emitter = new EventEmitter();
  return Object.assign(emitter, { requestSingleInstanceLock: vi.fn(() => lock), quit: vi.fn() });
}

describe('single-instance lock', () => {
  it('quits the second instance and sets nothing up', () => {
    const app = fakeApp(false);
    const getWindow = vi.fn();
    expect(acquireSingleInstance(app, getWindow)).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('focuses the existing window when a second instance starts', () => {
    const app = fakeApp(true);
    const win = { isMinimized: vi.fn(() => true), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    expect(acquireSingleInstance(app, () => win)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['lifeboat'], '/');
    expect(win.restore).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('ignores a second instance before the window exists', () => {
    const app = fakeApp(true);
    acquireSingleInstance(app, () => null);
    expect(() => app.emit('second-instance')).not.toThrow();
  });
});
