// The organisation's notices to its users (known faults, planned changes), from a notices.json
// the admins serve beside the add-in. In 2012 a fault that let secure mail leave unencrypted was
// announced only in a contact-person forum; here it stands in the product, a fault that weakens
// security in red at the top.
//
//   { "notices": [ { "id": "2026-11-mac-offline", "severity": "security" | "warning" | "info",
//                    "date": "YYYY-MM-DD", "title": { "da": "…", "en": "…" },
//                    "text": { "da": "…", "en": "…" } } ] }
//
// The file is read defensively: a file that is not that shape gives no notices at all (never an
// exception); a single entry that is malformed is left out, so one typo cannot hide a security
// notice next to it. Texts are shown as text, never as HTML. Pure: no DOM, no fetch.

import { Lang } from "./i18n";

export type NoticeSeverity = "security" | "warning" | "info";

export interface AdminNotice {
  id: string;
  severity: NoticeSeverity;
  /** YYYY-MM-DD, a real date. */
  date: string;
  title: { da: string; en: string };
  text: { da: string; en: string };
}

/** Bounds, so a runaway file cannot flood the pane. */
export const MAX_NOTICES = 20;
export const MAX_TITLE = 200;
export const MAX_TEXT = 2000;
/** notices.json larger than this is not read at all. */
export const MAX_NOTICES_BYTES = 256 * 1024;

const SEVERITY_ORDER: { [s in NoticeSeverity]: number } = { security: 0, warning: 1, info: 2 };

function isObject(x: unknown): x is { [key: string]: unknown } {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function realDate(s: unknown): s is string {
  if (typeof s !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function clean(s: string, max: number): string {
  // Control characters out, whitespace runs to one space; the pane shows plain text only.
  const t = s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").replace(/\s+/g, " ").trim();
  return t.length <= max ? t : t.slice(0, max - 1) + "…";
}

/** A {da, en} pair; one language may stand in for a missing other. Null when neither is usable. */
function pair(x: unknown, max: number): { da: string; en: string } | null {
  if (!isObject(x)) return null;
  const da = typeof x.da === "string" ? clean(x.da, max) : "";
  const en = typeof x.en === "string" ? clean(x.en, max) : "";
  if (!da && !en) return null;
  return { da: da || en, en: en || da };
}

function notice(x: unknown): AdminNotice | null {
  if (!isObject(x)) return null;
  const id = typeof x.id === "string" ? clean(x.id, 100) : "";
  const severity = x.severity;
  if (!id || (severity !== "security" && severity !== "warning" && severity !== "info")) return null;
  if (!realDate(x.date)) return null;
  const title = pair(x.title, MAX_TITLE);
  const text = pair(x.text, MAX_TEXT);
  if (!title || !text) return null;
  return { id, severity, date: x.date, title, text };
}

/**
 * The valid notices of a parsed notices.json, security first, then warnings, then information,
 * newest first within each; duplicates by id keep the first. Anything but the documented shape
 * gives [].
 */
export function parseAdminNotices(json: unknown): AdminNotice[] {
  try {
    if (!isObject(json) || !Array.isArray(json.notices)) return [];
    const out: AdminNotice[] = [];
    const seen: { [id: string]: boolean } = {};
    for (const entry of json.notices.slice(0, MAX_NOTICES * 5)) {
      const n = notice(entry);
      if (!n || seen[n.id]) continue;
      seen[n.id] = true;
      out.push(n);
    }
    out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    return out.slice(0, MAX_NOTICES);
  } catch (e) {
    return [];
  }
}

/** Parses the text of notices.json; invalid JSON or an oversized file gives []. */
export function parseAdminNoticesText(text: string | null | undefined): AdminNotice[] {
  if (typeof text !== "string" || text.length === 0 || text.length > MAX_NOTICES_BYTES) return [];
  try {
    return parseAdminNotices(JSON.parse(text));
  } catch (e) {
    return [];
  }
}

export function severityLabel(s: NoticeSeverity, lang: Lang): string {
  const da = lang === "da";
  if (s === "security") return da ? "Sikkerhedsfejl" : "Security fault";
  if (s === "warning") return da ? "Advarsel" : "Warning";
  return da ? "Information" : "Information";
}

/** 2026-11-28 → "28.11.2026", 2026-01-05 → "5.1.2026" (da); "28 Nov 2026" (en). */
export function noticeDate(date: string, lang: Lang): string {
  const y = date.slice(0, 4);
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (lang === "da") return `${d}.${m}.${y}`;
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${d} ${months[m - 1]} ${y}`;
}
