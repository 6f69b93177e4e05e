// The heavy extractors for Node (CLI, tests in a child process): PDF through pdf.js and Outlook
// .msg through msgreader. Node only: the core stays free of Node APIs.
//
// pdf.js (pdfjs-dist) is ESM-only. This file is compiled to CommonJS, where TypeScript would turn
// `import()` into `require()`, which cannot load it; a function made from source text keeps a
// real dynamic import. That import needs Node's own module loader: under jest (whose vm has no
// dynamic-import callback without --experimental-vm-modules) loading fails and PDFs come out
// `not-scanned-here`, so the tests run PDF extraction in a child Node process.

import { dirname, join } from "path";
import { pathToFileURL } from "url";
import type { Extractors } from "../core/extract";
import { extractMsg } from "../core/extract/msg";
import { createPdfExtractor, PdfjsLib, PdfOptions } from "../core/extract/pdf";

const importEsm = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<unknown>;

/** Loads pdf.js with its worker code on this thread (globalThis.pdfjsWorker). */
export function loadPdfjsNode(): Promise<PdfjsLib> {
  const lib = require.resolve("pdfjs-dist/legacy/build/pdf.mjs");
  const worker = require.resolve("pdfjs-dist/legacy/build/pdf.worker.mjs");
  return Promise.all([importEsm(pathToFileURL(lib).href), importEsm(pathToFileURL(worker).href)]).then(([l, w]) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = w;
    return l as PdfjsLib;
  });
}

/** pdf.js's CMaps and standard font data from the installed package (read from disk in Node). */
export function pdfjsDataDirs(): PdfOptions {
  const root = dirname(require.resolve("pdfjs-dist/package.json"));
  return { cMapUrl: join(root, "cmaps") + "/", standardFontDataUrl: join(root, "standard_fonts") + "/" };
}

export function nodeExtractors(): Extractors {
  return { pdf: createPdfExtractor(loadPdfjsNode, pdfjsDataDirs()), msg: extractMsg };
}
