// The last good policy, kept where this runtime can keep it: OfficeRuntime.storage (classic
// Outlook's event runtime, which has no localStorage) and localStorage (the browser runtimes:
// taskpane, Outlook on the web, new Outlook, Mac). Written to every store that exists and read
// from all of them, newest wins, so whichever runtime fetched the policy last, the others find it.
// The raw text is kept, not the merged policy: it is checked again on every read, against the
// schema of the add-in reading it.

import { bounded } from "./bounded";

/** A key-value store as the loader uses it; tests supply their own. */
export interface KeyValueStore {
  name: string;
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

export interface StoredPolicy {
  /** ISO time the copy was fetched. */
  at: string;
  /** policy.json as it was fetched (it had passed the check then). */
  text: string;
}

export const LAST_GOOD_KEY = "secure-post-guard.policy.last-good";

declare const OfficeRuntime: { storage?: { getItem(k: string): Promise<string | null>; setItem(k: string, v: string): Promise<void> } } | undefined;

function officeRuntimeStore(): KeyValueStore | null {
  try {
    const s = typeof OfficeRuntime !== "undefined" && OfficeRuntime ? OfficeRuntime.storage : undefined;
    if (!s || typeof s.getItem !== "function" || typeof s.setItem !== "function") return null;
    return { name: "OfficeRuntime.storage", get: (k) => s.getItem(k), set: (k, v) => s.setItem(k, v) };
  } catch (e) {
    return null;
  }
}

function localStore(): KeyValueStore | null {
  try {
    // Reading the global itself throws where storage is blocked (sandboxed frames, some policies).
    const ls = typeof localStorage !== "undefined" ? localStorage : null;
    if (!ls) return null;
    return {
      name: "localStorage",
      get: (k) => new Promise<string | null>((resolve) => resolve(ls.getItem(k))),
      set: (k, v) => new Promise<void>((resolve) => resolve(ls.setItem(k, v))),
    };
  } catch (e) {
    return null;
  }
}

/** Every store this runtime has; none at all is a valid answer (then only the built-in remains). */
export function availableStores(): KeyValueStore[] {
  const out: KeyValueStore[] = [];
  const a = officeRuntimeStore();
  const b = localStore();
  if (a) out.push(a);
  if (b) out.push(b);
  return out;
}

function parseRecord(raw: string | null): StoredPolicy | null {
  if (typeof raw !== "string") return null;
  try {
    const r = JSON.parse(raw) as { v?: unknown; at?: unknown; text?: unknown };
    if (r && r.v === 1 && typeof r.at === "string" && typeof r.text === "string") return { at: r.at, text: r.text };
  } catch (e) {
    // A damaged record is no record.
  }
  return null;
}

/**
 * Every stored copy that `accept` takes, newest first. Each store gets `ms`; one that fails,
 * throws or hangs simply has nothing.
 */
export function readStoredPolicies(stores: KeyValueStore[], ms: number, accept: (r: StoredPolicy) => boolean): Promise<StoredPolicy[]> {
  return Promise.all(stores.map((s) => bounded(() => s.get(LAST_GOOD_KEY), ms, null))).then((raws) =>
    raws
      .map(parseRecord)
      .filter((r): r is StoredPolicy => r !== null && accept(r))
      .sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : 0)),
  );
}

/** Writes to every store, each within `ms`; resolves with how many took it. Never rejects. */
export function writeStoredPolicy(stores: KeyValueStore[], record: StoredPolicy, ms: number): Promise<number> {
  const value = JSON.stringify({ v: 1, at: record.at, text: record.text });
  return Promise.all(stores.map((s) => bounded(() => s.set(LAST_GOOD_KEY, value).then(() => true), ms, false))).then(
    (oks) => oks.filter((x) => x).length,
  );
}
