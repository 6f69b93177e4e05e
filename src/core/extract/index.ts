// The attachment dispatcher: bytes + name + content type → AttachmentInput, by format, under one
// budget per message. Every attachment ends either with text (text, segments, parts, children)
// or with a reason it could not be read; corrupt input never throws out of extractAttachment.
//
// What runs where: this file, ooxml, odf, rtf, zip, zipread, xml and budget are ES2016 with no
// Node or DOM dependency beyond fflate, so the classic event bundle may include them (eml goes
// through src/core/mime.ts and postal-mime, loaded lazily). The heavy extractors are injected:
// `extractors.pdf` (pdf.ts + a pdf.js loader) and `extractors.msg` (msg.ts, @kenjiuno/msgreader);
// a bundle that leaves them out gets `not-scanned-here` for those files.

import { parseEml } from "../mime";
import { bytesToText } from "../text/decode";
import { AttachmentInput, MessageInput } from "../types";
import {
  BudgetCounter,
  chargeBytes,
  checkDeadline,
  createBudgetCounter,
  ExtractBudget,
  ExtractContext,
  Extracted,
  NestedExtract,
  REASON,
  reasonOf,
} from "./budget";
import { extractOdf, odfKindOfMimetype } from "./odf";
import { extractOoxml, ooxmlKindOf } from "./ooxml";
import { looksLikeRtf, rtfToText } from "./rtf";
import { extractZip } from "./zip";
import { isEncryptedOfficePackage, listZip, looksLikeCfb, looksLikeZip, readEntries } from "./zipread";

export { DEFAULT_BUDGET, REASON, createBudgetCounter } from "./budget";
export type { BudgetCounter, ExtractBudget, NestedExtract } from "./budget";

/** PDF text by page; rejects with ExtractError(`encrypted` | `no-text-layer` | `timeout` | `corrupt`). */
export type PdfExtractor = (bytes: Uint8Array, limits: { timeoutMs: number }) => Promise<Extracted>;

/** An Outlook .msg file as a message; its attachments go through `nested` (depth and budget apply). */
export type MsgExtractor = (bytes: Uint8Array, nested: NestedExtract) => Promise<MessageInput>;

/** The extractors a bundle carries besides the built-in ones. Absent: `not-scanned-here`. */
export interface Extractors {
  pdf?: PdfExtractor;
  msg?: MsgExtractor;
}

export interface ExtractOptions {
  budget: ExtractBudget;
  /**
   * The message's running totals and deadline. Create one per message (createBudgetCounter) and
   * pass it with every attachment of that message; without it each call gets a fresh one.
   */
  counter?: BudgetCounter;
  extractors?: Extractors;
  /** Clock in epoch milliseconds (tests). */
  now?: () => number;
}

export type AttachmentFormat =
  | "text"
  | "html"
  | "eml"
  | "msg"
  | "docx"
  | "xlsx"
  | "pptx"
  | "odt"
  | "ods"
  | "rtf"
  | "zip"
  | "pdf"
  | "image"
  | "unsupported";

const BY_EXTENSION: { [ext: string]: AttachmentFormat } = {};
function register(format: AttachmentFormat, exts: string[]): void {
  for (const e of exts) BY_EXTENSION[e] = format;
}
register("text", ["txt", "csv", "tsv", "xml", "json", "log", "md"]);
register("html", ["html", "htm"]);
register("eml", ["eml"]);
register("msg", ["msg"]);
register("docx", ["docx", "docm", "dotx", "dotm"]);
register("xlsx", ["xlsx", "xlsm", "xltx", "xltm"]);
register("pptx", ["pptx", "pptm", "potx", "potm", "ppsx", "ppsm"]);
register("odt", ["odt", "ott"]);
register("ods", ["ods", "ots"]);
register("rtf", ["rtf"]);
register("zip", ["zip"]);
register("pdf", ["pdf"]);
register("image", ["jpg", "jpeg", "jpe", "png", "gif", "tif", "tiff", "heic", "heif", "bmp", "webp"]);

const BY_TYPE: { [type: string]: AttachmentFormat } = {
  "text/plain": "text",
  "text/csv": "text",
  "text/tab-separated-values": "text",
  "text/xml": "text",
  "application/xml": "text",
  "application/json": "text",
  "text/markdown": "text",
  "text/html": "html",
  "message/rfc822": "eml",
  "application/vnd.ms-outlook": "msg",
  "application/rtf": "rtf",
  "text/rtf": "rtf",
  "application/zip": "zip",
  "application/x-zip-compressed": "zip",
  "application/pdf": "pdf",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
};

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** The format from the file name, else the content type. The bytes may still say otherwise. */
export function formatOf(name: string, contentType: string): AttachmentFormat {
  const byExt = BY_EXTENSION[extensionOf(name)];
  if (byExt) return byExt;
  const type = (contentType || "").toLowerCase().split(";")[0].trim();
  if (BY_TYPE[type]) return BY_TYPE[type];
  if (type.indexOf("application/vnd.openxmlformats-officedocument.wordprocessingml") === 0) return "docx";
  if (type.indexOf("application/vnd.openxmlformats-officedocument.spreadsheetml") === 0) return "xlsx";
  if (type.indexOf("application/vnd.openxmlformats-officedocument.presentationml") === 0) return "pptx";
  if (type.indexOf("image/") === 0) return "image";
  return "unsupported";
}

function startsWithAscii(bytes: Uint8Array, s: string): boolean {
  if (bytes.length < s.length) return false;
  for (let i = 0; i < s.length; i++) if (bytes[i] !== s.charCodeAt(i)) return false;
  return true;
}

/**
 * For files whose name says text, HTML or nothing we know: what the bytes say, so a renamed PDF,
 * RTF, Office file or archive is still read (or reported), not scanned as garbage text.
 */
function sniff(bytes: Uint8Array, ctx: ExtractContext): AttachmentFormat | "encrypted" | null {
  if (startsWithAscii(bytes, "%PDF-")) return "pdf";
  if (looksLikeRtf(bytes)) return "rtf";
  if (looksLikeCfb(bytes)) return isEncryptedOfficePackage(bytes) ? "encrypted" : hasMsgStreams(bytes) ? "msg" : "unsupported";
  if (!looksLikeZip(bytes)) return null;
  try {
    const entries = listZip(bytes, ctx);
    const office = ooxmlKindOf(entries.map((e) => e.name));
    if (office) return office;
    const mimetype = entries.filter((e) => e.name === "mimetype")[0];
    if (mimetype) {
      const r = readEntries(bytes, [mimetype], ctx)[0];
      const odf = r.bytes ? odfKindOfMimetype(bytesToText(r.bytes)) : null;
      if (odf) return odf;
    }
  } catch (e) {
    // not a readable zip: extractZip reports why
  }
  return "zip";
}

/** .msg files hold streams named `__substg1.0_…` (UTF-16 in the directory). */
function hasMsgStreams(bytes: Uint8Array): boolean {
  const needle = "__substg1.0_";
  const limit = Math.min(bytes.length, 4 * 1024 * 1024) - needle.length * 2;
  outer: for (let i = 0; i < limit; i++) {
    for (let k = 0; k < needle.length; k++) {
      if (bytes[i + 2 * k] !== needle.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

const CONTAINERS: AttachmentFormat[] = ["zip", "eml", "msg"];
/** Formats whose own bytes are processed as they are (containers count what they inflate). */
const COUNTED_AS_IS: AttachmentFormat[] = ["text", "html", "rtf", "eml", "msg", "pdf"];

function makeContext(options: ExtractOptions, counter: BudgetCounter, depth: number, now: () => number): ExtractContext {
  const ctx: ExtractContext = {
    budget: options.budget,
    counter,
    now,
    depth,
    nested: (name, contentType, bytes) =>
      run(name, contentType, bytes, makeContext(options, counter, depth + 1, now), options.extractors || {}, true),
  };
  return ctx;
}

function run(
  name: string,
  contentType: string,
  bytes: Uint8Array,
  ctx: ExtractContext,
  extractors: Extractors,
  counted: boolean,
): Promise<AttachmentInput> {
  const fail = (reason: string): AttachmentInput => ({ name, contentType, unreadable: reason });
  let job: Promise<Extracted>;
  try {
    if (ctx.depth > ctx.budget.maxDepth) return Promise.resolve(fail(REASON.nested));
    let format: AttachmentFormat = formatOf(name, contentType);
    if (format === "image") return Promise.resolve(fail(REASON.image));
    if (format === "text" || format === "html" || format === "unsupported") {
      const sniffed = sniff(bytes, ctx);
      if (sniffed === "encrypted") return Promise.resolve(fail(REASON.encrypted));
      if (sniffed) format = sniffed;
    }
    if (format === "unsupported") return Promise.resolve(fail(REASON.unsupported));
    if ((format === "pdf" && !extractors.pdf) || (format === "msg" && !extractors.msg)) return Promise.resolve(fail(REASON.notHere));
    if (bytes.length > ctx.budget.maxBytesPerAttachment) return Promise.resolve(fail(REASON.tooLarge));
    checkDeadline(ctx);
    // A container whose content would lie deeper than the budget allows is not opened.
    if (CONTAINERS.indexOf(format) >= 0 && ctx.depth + 1 > ctx.budget.maxDepth) return Promise.resolve(fail(REASON.nested));
    if (!counted && COUNTED_AS_IS.indexOf(format) >= 0) chargeBytes(ctx, bytes.length);
    job = extract(format, bytes, ctx, extractors);
  } catch (e) {
    return Promise.resolve(fail(reasonOf(e)));
  }
  return job.then(
    (x): AttachmentInput => {
      const out: AttachmentInput = { name, contentType };
      if (x.unreadable) out.unreadable = x.unreadable;
      if (x.text !== undefined) out.text = x.text;
      if (x.isHtml) out.isHtml = true;
      if (x.segments) out.segments = x.segments;
      if (x.parts) out.parts = x.parts;
      if (x.children) out.children = x.children;
      return out;
    },
    (e: unknown) => fail(reasonOf(e)),
  );
}

function extract(format: AttachmentFormat, bytes: Uint8Array, ctx: ExtractContext, extractors: Extractors): Promise<Extracted> {
  switch (format) {
    case "text":
      return Promise.resolve({ text: bytesToText(bytes) });
    case "html":
      return Promise.resolve({ text: bytesToText(bytes), isHtml: true });
    case "rtf":
      return Promise.resolve({ text: rtfToText(bytes) });
    case "eml":
      return parseEml(bytes, ctx.depth, ctx.nested).then((m): Extracted => ({ parts: [m] }));
    case "msg":
      return (extractors.msg as MsgExtractor)(bytes, ctx.nested).then((m): Extracted => ({ parts: [m] }));
    case "docx":
    case "xlsx":
    case "pptx":
      return extractOoxml(format, bytes, ctx);
    case "odt":
    case "ods":
      return extractOdf(format, bytes, ctx);
    case "zip":
      return extractZip(bytes, ctx);
    case "pdf":
      return (extractors.pdf as PdfExtractor)(bytes, { timeoutMs: Math.max(0, ctx.counter.deadline - ctx.now()) });
    default:
      return Promise.resolve({ unreadable: REASON.unsupported });
  }
}

/**
 * Reads one attachment under the budget. Never rejects: whatever goes wrong ends as
 * `unreadable` with a reason (see REASON). Pass the same `options.counter` for all attachments
 * of one message so the per-message limits hold across them.
 */
export function extractAttachment(name: string, contentType: string, bytes: Uint8Array, options: ExtractOptions): Promise<AttachmentInput> {
  try {
    const now = options.now || (() => Date.now());
    const counter = options.counter || createBudgetCounter(options.budget, now());
    const ctx = makeContext(options, counter, 0, now);
    return run(name, contentType, bytes, ctx, options.extractors || {}, false).then(
      (a) => a,
      () => ({ name, contentType, unreadable: REASON.corrupt }),
    );
  } catch (e) {
    return Promise.resolve({ name, contentType, unreadable: REASON.corrupt });
  }
}
