// MIME messages (.eml files and attached Outlook items) through postal-mime. The parser is
// loaded only when a message has to be parsed: in the event bundle it is evaluated lazily, so a
// runtime without TextDecoder (classic Outlook's JavaScript-only runtime may lack it) still loads
// the handlers; the parse then fails and the attachment counts as unreadable (fail closed).

import { attachmentFromBytes, MAX_MESSAGE_DEPTH, unreadableAttachment } from "./attachments";
import { AttachmentInput, MessageInput } from "./types";

import type { Email, PostalMimeOptions } from "postal-mime";

interface Parser {
  parse(raw: Uint8Array, options?: PostalMimeOptions): Promise<Email>;
}

function loadParser(): Promise<Parser> {
  return import(/* webpackMode: "eager" */ "postal-mime").then((mod: unknown) => {
    // ES module: the class is `default`; CommonJS interop may wrap it once more.
    const m = mod as { default?: Parser & { default?: Parser } } & Parser;
    const cls = m.default && typeof m.default.parse === "function" ? m.default : m.default && m.default.default ? m.default.default : m;
    return cls as Parser;
  });
}

function toBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === "string") {
    const out = new Uint8Array(content.length);
    for (let i = 0; i < content.length; i++) out[i] = content.charCodeAt(i) & 0xff;
    return out;
  }
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/**
 * Reads one attachment of a parsed message. When given, every attachment (attached messages
 * too) goes through it, and it decides about depth; src/core/extract passes its dispatcher here.
 */
export type EmlAttachmentReader = (name: string, contentType: string, bytes: Uint8Array) => Promise<AttachmentInput>;

/** Parses a raw RFC 822 message into what the scanner reads, attachments included. */
export function parseEml(raw: Uint8Array, depth = 0, readAttachment?: EmlAttachmentReader): Promise<MessageInput> {
  return loadParser()
    .then((parser) => parser.parse(raw, { forceRfc822Attachments: true }))
    .then((email) => {
      const jobs: Promise<AttachmentInput>[] = [];
      for (const a of email.attachments) {
        const name = a.filename || (a.mimeType === "message/rfc822" ? "message.eml" : "attachment");
        // Images shown inside the HTML (signature logos) are part of the layout, not content.
        if (a.disposition === "inline" && a.contentId && /^image\//i.test(a.mimeType)) continue;
        if (a.rfc822DepthExceeded) {
          jobs.push(Promise.resolve(unreadableAttachment(name, a.mimeType, "nested-too-deep")));
          continue;
        }
        if (readAttachment) {
          jobs.push(readAttachment(name, a.mimeType, toBytes(a.content)));
          continue;
        }
        if (a.mimeType === "message/rfc822" && depth >= MAX_MESSAGE_DEPTH) {
          jobs.push(Promise.resolve(unreadableAttachment(name, a.mimeType, "nested-too-deep")));
          continue;
        }
        jobs.push(attachmentFromBytes(name, a.mimeType, toBytes(a.content), (b) => parseEml(b, depth + 1)));
      }
      return Promise.all(jobs).then(
        (attachments): MessageInput => ({
          subject: email.subject || "",
          body: email.html !== undefined ? email.html : email.text || "",
          bodyIsHtml: email.html !== undefined,
          attachments,
        }),
      );
    });
}
