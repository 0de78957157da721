/** Runs `task` after warm-up and returns the median duration in milliseconds. */
export async function medianMs(task: () => unknown | Promise<unknown>, runs = 7, warmups = 2): Promise<number> {
  for (let i = 0; i < warmups; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
