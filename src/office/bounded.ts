// Storage and network calls outside Office.js can also fail, throw or never answer (the docs say
// OfficeRuntime.storage's promise may simply not resolve). `bounded` settles with the value or,
// on failure, a throw or when time is up, with the fallback: never rejects, never hangs.

import { withTimeout } from "./office-call";

export function bounded<T>(start: () => Promise<T>, ms: number, fallback: T): Promise<T> {
  let started: Promise<T>;
  try {
    started = start();
  } catch (e) {
    return Promise.resolve(fallback);
  }
  return withTimeout(started, ms, "timeout").then(
    (v) => v,
    () => fallback,
  );
}
