// Results of attachment scans, kept per attachment in the item's sessionData so that Send does
// not redo (or cannot do, in the classic event runtime) heavy extraction: the taskpane and the
// attachment-added event scan, Send reads the result. Only masked findings are stored.
// sessionData holds 50,000 characters before Mailbox 1.16, so each entry is bounded.

import { AttachmentScan, Finding } from "../core/types";
import { ComposeItem, hasSessionData, readSessionValue, writeSessionValue } from "./item";

const PREFIX = "spg.att.";
/** Bump when the core's detection changes enough that old results must not count. */
export const CACHE_VERSION = 1;
/** Findings kept per attachment; the rest are counted (the decision needs only that one counts). */
export const MAX_CACHED_FINDINGS = 40;

export interface CachedScan {
  v: number;
  name: string;
  size: number;
  scan: AttachmentScan;
  /** Findings beyond MAX_CACHED_FINDINGS, not kept. */
  dropped: number;
}

/** A short, stable key: attachment ids are long (and differ between clients, not within one). */
export function cacheKey(attachmentId: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < attachmentId.length; i++) {
    h ^= attachmentId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return PREFIX + h.toString(16) + "." + attachmentId.length;
}

function compact(f: Finding): Finding {
  // Offsets into a document are meaningless outside it; the rest is what is shown.
  const c: Finding = { type: f.type, location: f.location, confidence: f.confidence, masked: f.masked, start: 0, end: 0, reasons: f.reasons };
  if (f.part) c.part = f.part;
  if (f.context) c.context = f.context;
  return c;
}

export function toCached(name: string, size: number, scan: AttachmentScan): CachedScan {
  // Strongest first, so what is kept is what decides.
  const sorted = scan.findings.slice().sort((a, b) => b.confidence - a.confidence);
  return {
    v: CACHE_VERSION,
    name,
    size,
    scan: { findings: sorted.slice(0, MAX_CACHED_FINDINGS).map(compact), unreadable: scan.unreadable.slice(0, MAX_CACHED_FINDINGS) },
    dropped: Math.max(0, sorted.length - MAX_CACHED_FINDINGS),
  };
}

function parse(raw: string | null, name: string, size: number): CachedScan | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(raw) as CachedScan;
    if (c && c.v === CACHE_VERSION && c.name === name && c.size === size && c.scan && Array.isArray(c.scan.findings)) return c;
  } catch (e) {
    // a corrupt entry is no entry: the attachment is scanned again or counts as not scanned
  }
  return null;
}

/** The cached scan of this attachment, or null. A failing read is "not cached", never a verdict. */
export function readCachedScan(item: ComposeItem, a: { id: string; name: string; size: number }, ms: number): Promise<CachedScan | null> {
  if (!hasSessionData(item)) return Promise.resolve(null);
  return readSessionValue(item, cacheKey(a.id), ms).then(
    (raw) => parse(raw, a.name, a.size),
    () => null,
  );
}

export function writeCachedScan(item: ComposeItem, a: { id: string; name: string; size: number }, scan: AttachmentScan, ms: number): Promise<void> {
  if (!hasSessionData(item)) return Promise.resolve();
  return writeSessionValue(item, cacheKey(a.id), JSON.stringify(toCached(a.name, a.size, scan)), ms).then(
    () => undefined,
    () => undefined,
  );
}
