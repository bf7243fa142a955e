import type { ReadableAtom } from 'nanostores';

/** The first value of `store` that passes `test`, subscribing while it waits. */
export function until<T>(store: ReadableAtom<T>, test: (value: T) => boolean, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    let stop = () => {};
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out; last value: ${JSON.stringify(store.get()).slice(0, 600)}`));
    }, ms);
    stop = store.subscribe((value) => {
      if (!test(value)) return;
      clearTimeout(timer);
      queueMicrotask(() => stop());
      resolve(value);
    });
  });
}

/** Polls until `condition()` is truthy. */
export async function waitFor(condition: () => unknown, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Subscribes and waits for the first loaded value; returns the unsubscribe. */
export async function mounted<T extends { loading: boolean }>(store: ReadableAtom<T>, loaded: (value: T) => boolean): Promise<() => void> {
  const stop = store.listen(() => {});
  await until(store, (s) => loaded(s) && !s.loading);
  return stop;
}
