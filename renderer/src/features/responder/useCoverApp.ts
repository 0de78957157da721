import { useEffect, useRef } from 'react';

/**
 * Responder mode is a full-window layer over the app. While it is shown, everything it covers is
 * made `inert`, so Tab and screen readers stay inside it instead of wandering into the hidden
 * navigation. Keyboard shortcuts handled on the document (Ctrl+L to lock) keep working.
 */
export function useCoverApp<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const layer = ref.current;
    if (!layer) return undefined;
    const covered: { element: HTMLElement; wasInert: boolean }[] = [];
    for (let node: HTMLElement | null = layer; node && node !== document.body; node = node.parentElement) {
      const parent: HTMLElement | null = node.parentElement;
      if (!parent) break;
      for (const sibling of Array.from(parent.children)) {
        if (sibling === node || !(sibling instanceof HTMLElement) || sibling.tagName === 'SCRIPT') continue;
        covered.push({ element: sibling, wasInert: sibling.inert });
        sibling.inert = true;
      }
    }
    return () => {
      for (const { element, wasInert } of covered) element.inert = wasInert;
    };
  }, []);
  return ref;
}
