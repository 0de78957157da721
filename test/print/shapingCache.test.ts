import { describe, expect, it } from 'vitest';
import { MAX_SHAPED_RUNS, memoiseShaping } from '../../renderer/src/print/shapingCache';

/** A stand-in for a fontkit font: counts the shaping it really does. */
function fakeFont() {
  const font = {
    shaped: 0,
    layout(text: string, ...options: unknown[]) {
      font.shaped += 1;
      return { glyphs: [...text], options };
    },
  };
  return font;
}

describe('memoiseShaping', () => {
  it('shapes a run once and returns the same result for the same text and options', () => {
    const font = fakeFont();
    memoiseShaping(font);
    const first = font.layout('time ________ initials ________', undefined, undefined, undefined, 'ltr');
    const again = font.layout('time ________ initials ________', undefined, undefined, undefined, 'ltr');
    expect(again).toBe(first);
    expect(font.shaped).toBe(1);
  });

  it('keeps runs apart by text and by options', () => {
    const font = fakeFont();
    memoiseShaping(font);
    const plain = font.layout('fi', undefined, undefined, undefined, 'ltr');
    const noLigatures = font.layout('fi', { liga: false }, undefined, undefined, 'ltr');
    const other = font.layout('fl', undefined, undefined, undefined, 'ltr');
    expect(noLigatures).not.toBe(plain);
    expect(other).not.toBe(plain);
    expect(noLigatures).toEqual({ glyphs: ['f', 'i'], options: [{ liga: false }, undefined, undefined, 'ltr'] });
    expect(font.shaped).toBe(3);
  });

  it('wraps a font only once', () => {
    const font = fakeFont();
    memoiseShaping(font);
    memoiseShaping(font);
    font.layout('Page 1 of 2');
    font.layout('Page 1 of 2');
    expect(font.shaped).toBe(1);
  });

  it('starts afresh instead of growing past its bound', () => {
    const font = fakeFont();
    memoiseShaping(font);
    for (let i = 0; i < MAX_SHAPED_RUNS; i++) font.layout(`run ${i}`);
    expect(font.shaped).toBe(MAX_SHAPED_RUNS);
    font.layout('run 0');
    expect(font.shaped).toBe(MAX_SHAPED_RUNS);
    font.layout('one more');
    font.layout('run 1');
    expect(font.shaped).toBe(MAX_SHAPED_RUNS + 2);
  });
});
