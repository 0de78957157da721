import { useEffect, useState } from 'react';

/**
 * The responder's clock. Everything in responder mode reads time here, never `new Date()`
 * directly, so tests control it: end-to-end tests through Playwright's page.clock (which fakes
 * Date.now), unit tests and benchmarks through setResponderClock.
 */
let source: () => number = () => Date.now();

export const responderClock = {
  now: (): Date => new Date(source()),
};

/** Replaces the time source; call with no argument to go back to the system clock. */
export function setResponderClock(next?: () => number): void {
  source = next ?? (() => Date.now());
}

/** The current time, re-read every `intervalMs` (a second by default) while mounted. */
export function useNow(intervalMs = 1000): Date {
  const [now, setNow] = useState(() => responderClock.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(responderClock.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
