// Reads the attachments of the message being composed into the core's AttachmentInput. A failed
// read of the attachment list is a fault (Send blocks); a single attachment that cannot be
// fetched or extracted is unreadable (the policy decides, by default: secure post).
//
// What runs where: every bundle carries the light extractors (text, HTML, EML, OOXML, ODF,
// RTF, zip). PDF and .msg are extracted only where `extractors` supplies them (the taskpane),
// and their results are cached per attachment; at Send a cached result counts as is and an
// uncached PDF or .msg is unreadable (`not-scanned-here`).

import { strToU8 } from "fflate";
import { createBudgetCounter, DEFAULT_BUDGET, ExtractBudget, extractAttachment, Extractors } from "../core/extract";
import { scanAttachmentTree } from "../core/scan";
import { base64ToBytes } from "../core/text/decode";
import { AttachmentInput } from "../core/types";
import { readCachedScan, writeCachedScan } from "./attachment-cache";
import { ComposeItem, readAttachmentContent, readAttachmentList } from "./item";

export interface AttachmentReadOptions {
  extractors?: Extractors;
  budget?: ExtractBudget;
  /** Use results cached by an earlier scan of the same attachment. */
  useCache: boolean;
  /** Scan each attachment now and cache the result for Send (taskpane, attachment events). */
  writeCache: boolean;
  now: Date;
}

type Detail = Office.AttachmentDetailsCompose;

function unreadable(name: string, contentType: string, reason: string): AttachmentInput {
  return { name, contentType, unreadable: reason };
}

function contentBytes(content: Office.AttachmentContent): Uint8Array | null {
  const format = String(content.format).toLowerCase();
  if (format === "base64") return base64ToBytes(content.content);
  if (format === "eml" || format === "icalendar") return strToU8(content.content);
  return null; // "url": a cloud file, whose content is not in the message
}

function contentTypeOf(a: Detail): string {
  // Compose-mode details carry no content type in the typings; some clients send one anyway.
  return (a as { contentType?: string }).contentType || "";
}

function extractOne(item: ComposeItem, a: Detail, ms: number, opts: AttachmentReadOptions, counter: ReturnType<typeof createBudgetCounter>): Promise<AttachmentInput> {
  const name = a.name || "attachment";
  const type = contentTypeOf(a);
  // An attached Outlook item arrives as EML whatever its name says.
  const isItem = String(a.attachmentType).toLowerCase() === "item";
  const kindName = isItem && !/\.(eml|msg)$/i.test(name) ? name + ".eml" : name;
  const kindType = isItem ? "message/rfc822" : type;
  const budget = opts.budget || DEFAULT_BUDGET;
  if (a.size > budget.maxBytesPerAttachment) return Promise.resolve(unreadable(name, type, "too-large"));
  return readAttachmentContent(item, a.id, ms).then(
    (content) => {
      let bytes: Uint8Array | null;
      try {
        bytes = contentBytes(content);
      } catch (e) {
        return unreadable(name, type, "decode-failed");
      }
      if (!bytes) return unreadable(name, type, "cloud-file");
      return extractAttachment(kindName, kindType, bytes, { budget, counter, extractors: opts.extractors }).then((r) => {
        r.name = name;
        return r;
      });
    },
    () => unreadable(name, type, "read-failed"),
  );
}

function readOne(item: ComposeItem, a: Detail, ms: number, opts: AttachmentReadOptions, counter: ReturnType<typeof createBudgetCounter>): Promise<AttachmentInput> {
  const name = a.name || "attachment";
  const type = contentTypeOf(a);
  if (String(a.attachmentType).toLowerCase() === "cloud") return Promise.resolve(unreadable(name, type, "cloud-file"));
  const cached = opts.useCache ? readCachedScan(item, { id: a.id, name, size: a.size }, ms) : Promise.resolve(null);
  return cached.then((hit) => {
    if (hit) return { name, contentType: type, prescanned: hit.scan };
    return extractOne(item, a, ms, opts, counter).then((input) => {
      if (!opts.writeCache) return input;
      // Scan once here, keep the result for Send, and hand the same result on.
      const scan = scanAttachmentTree(input, opts.now);
      return writeCachedScan(item, { id: a.id, name, size: a.size }, scan, ms).then(
        (): AttachmentInput => ({ name, contentType: type, prescanned: scan }),
      );
    });
  });
}

/** The non-inline attachments as the core sees them. Inline images (signature logos) never count. */
export function readAttachments(item: ComposeItem, ms: number, opts: AttachmentReadOptions): Promise<AttachmentInput[]> {
  const counter = createBudgetCounter(opts.budget || DEFAULT_BUDGET, opts.now.getTime());
  return readAttachmentList(item, ms).then((list) =>
    Promise.all(list.filter((a) => !a.isInline).map((a) => readOne(item, a, ms, opts, counter))),
  );
}
