// "Nothing in the main process uses http, https or net": checked on the source itself.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const files = sources('electron').map((file) => ({ file, text: readFileSync(file, 'utf8') }));

describe('electron/ has no network code', () => {
  it('finds the shell sources', () => {
    expect(files.map((f) => f.file)).toContain(path.join('electron', 'main.ts'));
  });

  it.each(files)('$file imports no network module', ({ text }) => {
    const modules = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const forbidden of ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici']) {
      expect(modules).not.toContain(forbidden);
      expect(modules).not.toContain(`node:${forbidden}`);
    }
  });

  it.each(files)('$file uses no Electron net, fetch, openExternal or file:// loading', ({ text }) => {
    const code = text.replace(/(^|\s)\/\/.*$/gm, '$1').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(code).not.toMatch(/import\s*\{[^}]*\bnet\b[^}]*\}\s*from\s*['"]electron['"]/);
    expect(code).not.toMatch(/\bnet\.(fetch|request)\b/);
    expect(code).not.toMatch(/\bfetch\s*\(/);
    expect(code).not.toMatch(/\bopenExternal\b/);
    expect(code).not.toMatch(/\bloadFile\s*\(/);
  });
});
