// Reads and writes of the message being composed. Each is one Office call wrapped by officeCall,
// so it answers or fails within its timeout. Nothing here decides anything.

import { OfficeCallError, officeCall } from "./office-call";

/** The parts of Office.MessageCompose the add-in uses, so tests and the playground can supply it. */
export type ComposeItem = Office.MessageCompose;

// `Office.CoercionType.Html` is the string "html"; using the literal keeps these readers usable
// where the Office namespace is not (yet) defined, such as a test without the global.
const HTML = "html" as Office.CoercionType;

/** sessionData's "no such key" error: no state, not a fault. */
const KEY_NOT_FOUND = 9050;

export function readSubject(item: ComposeItem, ms: number): Promise<string> {
  return officeCall<string>("subject", ms, (cb) => item.subject.getAsync(cb)).then((s) => s || "");
}

export function writeSubject(item: ComposeItem, subject: string, ms: number): Promise<void> {
  return officeCall<void>("arm", ms, (cb) => item.subject.setAsync(subject, cb));
}

export function readBodyHtml(item: ComposeItem, ms: number): Promise<string> {
  return officeCall<string>("body", ms, (cb) => item.body.getAsync(HTML, cb)).then((s) => s || "");
}

/** Replaces the whole body with `html` (Mailbox 1.3; `coercionType: html`, at most 1,000,000 characters). */
export function writeBodyHtml(item: ComposeItem, html: string, ms: number): Promise<void> {
  return officeCall<void>("body", ms, (cb) => item.body.setAsync(html, { coercionType: HTML }, cb));
}

export function readAttachmentList(item: ComposeItem, ms: number): Promise<Office.AttachmentDetailsCompose[]> {
  return officeCall<Office.AttachmentDetailsCompose[]>("attachments", ms, (cb) => item.getAttachmentsAsync(cb)).then(
    (list) => list || [],
  );
}

export function readAttachmentContent(item: ComposeItem, id: string, ms: number): Promise<Office.AttachmentContent> {
  return officeCall<Office.AttachmentContent>("attachments", ms, (cb) => item.getAttachmentContentAsync(id, cb));
}

/** The header's value on the item, or null when it is not there. Header names are case-insensitive. */
export function readHeader(item: ComposeItem, name: string, ms: number): Promise<string | null> {
  return officeCall<{ [key: string]: string }>("markers", ms, (cb) => item.internetHeaders.getAsync([name], cb)).then(
    (headers) => {
      if (!headers || typeof headers !== "object") return null;
      const want = name.toLowerCase();
      for (const key in headers) {
        if (key.toLowerCase() === want && typeof headers[key] === "string") return headers[key];
      }
      return null;
    },
  );
}

export function writeHeader(item: ComposeItem, name: string, value: string, ms: number): Promise<void> {
  return officeCall<void>("arm", ms, (cb) => item.internetHeaders.setAsync({ [name]: value }, cb));
}

export function removeHeader(item: ComposeItem, name: string, ms: number): Promise<void> {
  return officeCall<void>("arm", ms, (cb) => item.internetHeaders.removeAsync([name], cb));
}

export function readSensitivityLabel(item: ComposeItem, ms: number): Promise<string | null> {
  if (!item.sensitivityLabel) return Promise.reject(new OfficeCallError("markers", "unsupported"));
  return officeCall<string>("markers", ms, (cb) => item.sensitivityLabel.getAsync(cb)).then((id) => id || null);
}

export function writeSensitivityLabel(item: ComposeItem, labelId: string, ms: number): Promise<void> {
  if (!item.sensitivityLabel) return Promise.reject(new OfficeCallError("arm", "unsupported"));
  return officeCall<void>("arm", ms, (cb) => item.sensitivityLabel.setAsync(labelId, cb));
}

/** Whether this client has sessionData at all: some classic Windows builds lacked it (2024). */
export function hasSessionData(item: ComposeItem): boolean {
  return !!(item.sessionData && typeof item.sessionData.getAsync === "function");
}

/** The stored value, or null when the key was never set (error 9050) or sessionData is missing. */
export function readSessionValue(item: ComposeItem, key: string, ms: number): Promise<string | null> {
  if (!hasSessionData(item)) return Promise.resolve(null);
  return officeCall<string>("state", ms, (cb) => item.sessionData.getAsync(key, cb)).then(
    (v) => (typeof v === "string" ? v : null),
    (e: unknown) => {
      if (e instanceof OfficeCallError && e.failure === "failed" && (e.code === KEY_NOT_FOUND || e.code === "KeyNotFound")) {
        return null;
      }
      throw e;
    },
  );
}

export function writeSessionValue(item: ComposeItem, key: string, value: string, ms: number): Promise<void> {
  if (!hasSessionData(item)) return Promise.reject(new OfficeCallError("state", "unsupported"));
  return officeCall<void>("state", ms, (cb) => item.sessionData.setAsync(key, value, cb));
}
