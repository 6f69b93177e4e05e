// Loads notices.json from beside the add-in (same origin, relative URL, so the file the admins
// put next to taskpane.html is the one read). Any failure (no fetch, HTTP error, timeout, not
// JSON, wrong shape) gives no notices; it never throws.

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
