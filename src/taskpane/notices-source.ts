// Loads the admin notices from the policy's noticesUrl (default notices.json beside the add-in).
// The policy check only lets through a relative URL, which the page resolves against its own
// address on the add-in's origin, or an absolute https URL on that same origin: the pages' CSP
// (connect-src 'self') would refuse anything else anyway. Any failure (no fetch, HTTP error,
// timeout, not JSON, wrong shape) gives no notices; it never throws.

import { AdminNotice, MAX_NOTICES_BYTES, parseAdminNoticesText } from "../core/admin-notices";

export const NOTICES_URL = "notices.json";
const FETCH_MS = 10000;

export function loadAdminNotices(url: string = NOTICES_URL): Promise<AdminNotice[]> {
  try {
    if (typeof fetch !== "function") return Promise.resolve([]);
    const request = fetch(url, { cache: "no-cache", credentials: "same-origin" }).then((r) => {
      if (!r.ok) return null;
      const length = Number(r.headers.get("content-length") || "0");
      return length > MAX_NOTICES_BYTES ? null : r.text();
    });
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), FETCH_MS));
    return Promise.race([request, timeout]).then(
      (text) => parseAdminNoticesText(text),
      () => [],
    );
  } catch (e) {
    return Promise.resolve([]);
  }
}
