import { useEffect } from 'react';

/** Element ids for fields a review finding can point at; the same ids on every screen. */
export const fieldId = (entity: string, recordId: string, field: string) => `fix-${entity}-${recordId}-${field}`;

/** Moves keyboard focus to the element with this id once it is on screen, and scrolls it into view. */
export function useFocusTarget(id: string | undefined, onDone?: () => void): void {
  useEffect(() => {
    if (!id) return;
    let tries = 0;
    let frame = 0;
    const attempt = () => {
      const el = document.getElementById(id);
      if (el) {
        el.scrollIntoView({ block: 'center' });
        el.focus();
        onDone?.();
      } else if (tries++ < 30) frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [id, onDone]);
}

/**
 * On a process's screen, `?focus=` says which field: "process:owner", "objectives:rtoMinutes" or
 * "dependency:<id>:contactId". Anything else is ignored.
 */
export function processFocusId(processId: string, focus: string | null): string | undefined {
  if (!focus) return undefined;
  const [entity, a, b] = focus.split(':');
  if (entity === 'process' && a) return fieldId('process', processId, a);
  if (entity === 'objectives' && a) return fieldId('objectives', processId, a);
  if (entity === 'dependency' && a && b) return fieldId('dependency', a, b);
  return undefined;
}
