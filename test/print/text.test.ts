import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLongTokens, CONTINUATION, fmt, unwrapCommand, wrapCommand } from '../../renderer/src/print/text';

describe('wrapCommand', () => {
  it('gives the command back when the lines are joined, and no line is wider than the column', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '/', '-', '"', '\n', 'é', '.') , maxLength: 400 }), fc.integer({ min: 12, max: 100 }), (command, columns) => {
        const source = command.replace(/\n+$/, '');
        const lines = wrapCommand(source, columns);
        expect(unwrapCommand(lines)).toBe(source);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(columns);
      }),
    );
  });

  it('never leaves a space at either side of a break, so paper shows exactly what to type', () => {
    const lines = wrapCommand('echo one two three four five six seven eight nine ten eleven twelve', 20);
    expect(lines.length).toBeGreaterThan(2);
    lines.slice(0, -1).forEach((line, i) => {
      expect(line.endsWith(' ')).toBe(false);
      expect(lines[i + 1]!.slice(CONTINUATION.length).startsWith(' ')).toBe(false);
    });
  });

  it('keeps short commands and real line breaks as they are', () => {
    expect(wrapCommand('ls -la\ncd /srv', 80)).toEqual(['ls -la', 'cd /srv']);
  });
});

describe('breakLongTokens', () => {
  it('breaks only tokens longer than the limit, preferring separators', () => {
    expect(breakLongTokens('call amira.haddad@online-shop.example now', 20)).toBe('call amira.haddad@online-\nshop.example now');
    expect(breakLongTokens('short words stay', 5)).toBe('short words stay');
  });
});

describe('fmt', () => {
  it('fills known names and leaves unknown ones visible', () => {
    expect(fmt('Page {{page}} of {{pages}} {{x}}', { page: 1, pages: 3 })).toBe('Page 1 of 3 {{x}}');
  });
});
