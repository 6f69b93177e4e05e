// PDF text through pdf.js (pdfjs-dist), one segment per page (`page N`). pdf.js itself is not
// imported here: it is ESM-only and must be loaded differently per runtime, so the caller
// injects a loader (src/core/extract/pdf-web.ts for webpack bundles, src/cli/extractors.ts for
// Node). Not for the classic event bundle: pdf.js is large and needs ES2020+.
// - Password-protected (a user password is needed to open it): `encrypted`. A PDF encrypted
//   with an empty user password (owner restrictions only) opens and is read.
// - No text on any page (scanned paper): `no-text-layer`. Some pages without text: the text of
//   the others as segments, and a child `page N` (unreadable `no-text-layer`) for each textless
//   page, so scanned pages inside a typed document are not missed in silence. A blank page is
//   reported that way too: pdf.js cannot tell it from a scanned one without rendering it.
// - Time-limited: past the message's deadline the document is destroyed and the result is
//   `timeout`. pdf.js parses in steps between which the limit is checked; one very slow step
//   can overrun it (in the CLI and tests pdf.js runs on the main thread).
// - Safe options: no eval in font rendering (isEvalSupported false), no font faces, no XFA, no
//   system fonts. Scripts in a PDF are never run (we use no viewer).

import { AttachmentInput } from "../types";
import { Extracted, ExtractError, REASON } from "./budget";
import type { PdfExtractor } from "./index";

/** The part of pdf.js's API used here (pdfjs-dist 5.x). */
export interface PdfjsLib {
  getDocument(src: { [key: string]: unknown }): PdfLoadingTask;
}
export interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}
export interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
}
export interface PdfPage {
  getTextContent(): Promise<{ items: Array<{ str?: string; hasEOL?: boolean }> }>;
  cleanup?(): unknown;
}

export type PdfjsLoader = () => Promise<PdfjsLib>;

export interface PdfOptions {
  /** Where pdf.js finds its CMaps (needed for text in CJK fonts); a URL, or a directory in Node. */
  cMapUrl?: string;
  /** Where pdf.js finds the standard 14 fonts' data. */
  standardFontDataUrl?: string;
}

function pageText(items: Array<{ str?: string; hasEOL?: boolean }>): string {
  let s = "";
  for (const it of items) {
    if (typeof it.str !== "string") continue; // marked-content markers
    s += it.str;
    if (it.hasEOL) s += "\n";
  }
  return s;
}

function classify(e: unknown): ExtractError {
  if (e instanceof ExtractError) return e;
  const name = e && typeof e === "object" ? String((e as { name?: unknown }).name) : "";
  if (name === "PasswordException") return new ExtractError(REASON.encrypted);
  return new ExtractError(REASON.corrupt, String((e as { message?: unknown }) && (e as { message?: unknown }).message));
}

/**
 * A PdfExtractor on top of a pdf.js loader. pdf.js is loaded on first use; when it cannot be
 * loaded, PDFs are `not-scanned-here` (and the next call tries again).
 */
export function createPdfExtractor(load: PdfjsLoader, options: PdfOptions = {}): PdfExtractor {
  let lib: Promise<PdfjsLib> | null = null;
  return (bytes, limits) => {
    if (!(limits.timeoutMs > 0)) return Promise.reject(new ExtractError(REASON.timeout));
    if (!lib) lib = load();
    const loading = lib;
    return loading.then(
      (pdfjs) => readPdf(pdfjs, bytes, limits.timeoutMs, options),
      () => {
        if (lib === loading) lib = null;
        throw new ExtractError(REASON.notHere, "pdf.js could not be loaded");
      },
    );
  };
}

function readPdf(pdfjs: PdfjsLib, bytes: Uint8Array, timeoutMs: number, options: PdfOptions): Promise<Extracted> {
  const deadline = Date.now() + timeoutMs;
  const params: { [key: string]: unknown } = {
    data: bytes.slice(), // pdf.js may transfer (detach) the buffer it is given
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  };
  if (options.cMapUrl) {
    params.cMapUrl = options.cMapUrl;
    params.cMapPacked = true;
  }
  if (options.standardFontDataUrl) params.standardFontDataUrl = options.standardFontDataUrl;
  let task: PdfLoadingTask;
  try {
    task = pdfjs.getDocument(params);
  } catch (e) {
    return Promise.reject(classify(e));
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new ExtractError(REASON.timeout));
    }, timeoutMs);
  });
  const work = task.promise.then((doc) => {
    const texts: string[] = [];
    const next = (n: number): Promise<string[]> => {
      if (n > doc.numPages) return Promise.resolve(texts);
      if (timedOut || Date.now() > deadline) return Promise.reject(new ExtractError(REASON.timeout));
      return doc
        .getPage(n)
        .then((page) =>
          page.getTextContent().then((content) => {
            texts.push(pageText(content.items));
            if (page.cleanup) page.cleanup();
          }),
        )
        .then(() => next(n + 1));
    };
    return next(1);
  });
  work.catch(() => undefined); // after a timeout its rejection (document destroyed) is expected
  const done = () => {
    if (timer !== undefined) clearTimeout(timer);
    task.destroy().then(
      () => undefined,
      () => undefined,
    );
  };
  return Promise.race([work, timeout]).then(
    (texts): Extracted => {
      done();
      const segments: { part: string; text: string }[] = [];
      const textless: AttachmentInput[] = [];
      texts.forEach((t, i) => {
        if (t.trim() !== "") segments.push({ part: "page " + (i + 1), text: t });
        else textless.push({ name: "page " + (i + 1), contentType: "application/pdf", unreadable: REASON.noTextLayer });
      });
      if (!segments.length && texts.length) throw new ExtractError(REASON.noTextLayer);
      const out: Extracted = { segments };
      if (textless.length) out.children = textless;
      return out;
    },
    (e: unknown) => {
      done();
      throw classify(e);
    },
  );
}
