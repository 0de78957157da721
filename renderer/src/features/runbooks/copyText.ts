/** What copying needs from the page, injectable so the fallback can be tested without a browser. */
export interface CopyEnv {
  clipboard?: { writeText(text: string): Promise<void> };
  document: Document;
}

function defaultEnv(): CopyEnv {
  return { clipboard: globalThis.navigator?.clipboard, document };
}

/**
 * Copies text to the clipboard. Electron may deny the clipboard permission, and so may a page
 * without focus, so a refusal falls back to the old way: select a hidden textarea and
 * `execCommand('copy')`, which works from a click. Resolves false when both fail.
 */
export async function copyText(text: string, env: CopyEnv = defaultEnv()): Promise<boolean> {
  try {
    if (env.clipboard?.writeText) {
      await env.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or not focused: try the fallback below.
  }
  return legacyCopy(text, env.document);
}

export function legacyCopy(text: string, doc: Document): boolean {
  const previous = doc.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  // Set through the CSSOM, which the CSP allows (no inline style attribute or <style> element).
  area.style.position = 'fixed';
  area.style.insetBlockStart = '0';
  area.style.insetInlineStart = '-10000px';
  area.style.opacity = '0';
  doc.body.append(area);
  let copied = false;
  try {
    area.select();
    area.setSelectionRange(0, text.length);
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    area.remove();
    previous?.focus?.();
  }
  return copied;
}
