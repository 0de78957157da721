import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, iconRgba, iconSvg } from '../../scripts/make-icon.mjs';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  icon: string;
  directories: { buildResources: string; output: string };
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; category: string; maintainer: string };
  win: { target: string[] };
  mac: { target: string[]; category: string };
}

const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('sets every fuse exactly', () => {
    expect(config.electronFuses).toStrictEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the built app into an asar', () => {
    expect(config.appId).toBe('app.lifeboat.desktop');
    expect(config.productName).toBe('Lifeboat');
    expect(config.asar).toBe(true);
    expect(config.files).toStrictEqual(['out/**', 'package.json']);
    expect(config.directories).toStrictEqual({ buildResources: 'build', output: 'release' });
    expect(config.icon).toBe('build/icon.png');
  });

  it('builds AppImage and deb, NSIS and dmg', () => {
    expect(config.linux.target).toStrictEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.win.target).toStrictEqual(['nsis']);
    expect(config.mac.target).toStrictEqual(['dmg']);
    expect(config.mac.category).toBe('public.app-category.business');
  });

  it('passes electron-builder’s own schema validation', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('package.json points at the built main entry', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/main.js');
  });
});

describe('build/icon', () => {
  const png = readFileSync('build/icon.png');

  it('is a 512×512 RGBA PNG', () => {
    expect([...png.subarray(0, 8)]).toStrictEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
    expect(png[24]).toBe(8);
    expect(png[25]).toBe(6);
  });

  it('is what scripts/make-icon.mjs draws (pixels compared, not zlib output)', () => {
    const decode = (file: Buffer) => {
      const idat: Buffer[] = [];
      for (let offset = 8; offset < file.length; ) {
        const length = file.readUInt32BE(offset);
        if (file.subarray(offset + 4, offset + 8).toString('ascii') === 'IDAT') idat.push(file.subarray(offset + 8, offset + 8 + length));
        offset += 12 + length;
      }
      return inflateSync(Buffer.concat(idat));
    };
    expect(decode(png).equals(decode(encodePng(512, 512, iconRgba())))).toBe(true);
    expect(readFileSync('build/icon.svg', 'utf8')).toBe(iconSvg());
  });
});
