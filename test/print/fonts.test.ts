import { describe, expect, it } from 'vitest';
import { Font } from '@react-pdf/renderer';
import { loadFonts, MONO_FONT, registerFonts, TEXT_FONT } from '../../renderer/src/print/fonts';
import { fontPaths } from './fixtures';

describe('loadFonts', () => {
  it('loads the bundled faces and gives each a shaping cache', async () => {
    registerFonts(fontPaths());
    await loadFonts();
    for (const face of [{ fontFamily: TEXT_FONT, fontWeight: 400 }, { fontFamily: TEXT_FONT, fontWeight: 700 }, { fontFamily: MONO_FONT, fontWeight: 400 }]) {
      const font = Font.getFont(face).data as unknown as { layout: (text: string) => { glyphs: unknown[] } };
      expect(font, `${face.fontFamily} ${face.fontWeight}`).toBeTruthy();
      const run = font.layout('Lifeboat: 3 steps');
      expect(run.glyphs).toHaveLength('Lifeboat: 3 steps'.length);
      expect(font.layout('Lifeboat: 3 steps')).toBe(run);
    }
  });
});
