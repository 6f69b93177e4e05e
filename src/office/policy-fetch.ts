// Fetches the organisation's policy.json from the add-in's own origin. An absolute URL because
// classic Outlook's event runtime has no page to resolve a relative one against. Anything but a
// 2xx answer of sane size in time is a failure: the caller falls back, it never waits longer.

/** A policy is a few kilobytes; anything this large is not one. */
export const MAX_POLICY_BYTES = 256 * 1024;

export function fetchPolicyText(url: string, ms: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let settled = false;
    const abort = typeof AbortController === "function" ? new AbortController() : null;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      finish(() => reject(new Error("policy fetch: timeout")));
      if (abort) abort.abort();
    }, ms);
    try {
      if (typeof fetch !== "function") throw new Error("no fetch");
      // no-cache: revalidate every time, so a corrected policy is in force at the next compose.
      const init: RequestInit = { cache: "no-cache", credentials: "same-origin" };
      if (abort) init.signal = abort.signal;
      fetch(url, init)
        .then((r) => {
          if (!r.ok) throw new Error(`policy fetch: HTTP ${r.status}`);
          return r.text();
        })
        .then(
          (text) => finish(() => (text.length > MAX_POLICY_BYTES ? reject(new Error("policy fetch: too large")) : resolve(text))),
          (e) => finish(() => reject(e)),
        );
    } catch (e) {
      finish(() => reject(e));
    }
  });
}
