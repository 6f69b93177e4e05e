// What the core can read in an attachment, and how bytes become an AttachmentInput. Anything it
// cannot read is reported as unreadable with a reason: never silently skipped.

import { bytesToText } from "./text/decode";
import { AttachmentInput, MessageInput } from "./types";

export type AttachmentKind = "text" | "html" | "message" | "unsupported";

const TEXT_EXT = ["txt", "csv", "tsv", "xml", "json", "log", "md"];
const HTML_EXT = ["html", "htm"];
const MESSAGE_EXT = ["eml"];

/** Attached messages inside attached messages: enough for forwards of forwards, bounded. */
export const MAX_MESSAGE_DEPTH = 3;

/** Larger attachments are unreadable at Send rather than slowing it (a later issue pre-scans). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

function extension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

export function attachmentKind(name: string, contentType: string): AttachmentKind {
  const ext = extension(name);
  const type = (contentType || "").toLowerCase().split(";")[0].trim();
  if (MESSAGE_EXT.indexOf(ext) >= 0 || type === "message/rfc822") return "message";
  if (HTML_EXT.indexOf(ext) >= 0 || type === "text/html") return "html";
  if (
    TEXT_EXT.indexOf(ext) >= 0 ||
    type === "text/plain" ||
    type === "text/csv" ||
    type === "application/json" ||
    type === "application/xml" ||
    type === "text/xml"
  ) {
    return "text";
  }
  return "unsupported";
}

export function unreadableAttachment(name: string, contentType: string, reason: string): AttachmentInput {
  return { name, contentType, unreadable: reason };
}

/**
 * An AttachmentInput from the attachment's bytes. `parseMessage` parses an attached message
 * (injected so this module does not pull the MIME parser into every bundle that needs it).
 */
export function attachmentFromBytes(
  name: string,
  contentType: string,
  bytes: Uint8Array,
  parseMessage: (bytes: Uint8Array) => Promise<MessageInput>,
): Promise<AttachmentInput> {
  const kind = attachmentKind(name, contentType);
  if (kind === "unsupported") return Promise.resolve(unreadableAttachment(name, contentType, "unsupported-type"));
  if (bytes.length > MAX_ATTACHMENT_BYTES) return Promise.resolve(unreadableAttachment(name, contentType, "too-large"));
  if (kind === "message") {
    return parseMessage(bytes).then(
      (m): AttachmentInput => ({ name, contentType, parts: [m] }),
      (): AttachmentInput => unreadableAttachment(name, contentType, "parse-failed"),
    );
  }
  try {
    return Promise.resolve({ name, contentType, text: bytesToText(bytes), isHtml: kind === "html" });
  } catch (e) {
    return Promise.resolve(unreadableAttachment(name, contentType, "decode-failed"));
  }
}
