// Storage and network calls outside Office.js can also fail, throw or never answer (the docs say
// OfficeRuntime.storage's promise may simply not resolve). `bounded` settles with the value or,
// on failure, a throw or when time is up, with the fallback: never rejects, never hangs.

export function bounded<T>(start: () => Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    let settled = false;
    const finish = (v: T) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(v);
    };
    const timer = setTimeout(() => finish(fallback), ms);
    try {
      start().then(finish, () => finish(fallback));
    } catch (e) {
      finish(fallback);
    }
  });
}
