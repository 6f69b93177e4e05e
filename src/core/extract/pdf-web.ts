// Loads pdf.js in a webpack bundle (taskpane): webpack sees the import() calls (TypeScript keeps
// them as they are under the root tsconfig's ES2020 modules) and puts pdf.js into a chunk
// loaded on first use. pdf.js's worker code runs on the page's own thread ("fake worker"
// through globalThis.pdfjsWorker), so no separate worker file has to be served.
// Not for the classic event bundle (no chunks there, and pdf.js is not ES2016).
// Usage: extractors: { pdf: createPdfExtractor(loadPdfjsWeb) }

import type { PdfjsLib } from "./pdf";

export function loadPdfjsWeb(): Promise<PdfjsLib> {
  return Promise.all([
    import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs"),
    import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.worker.mjs"),
  ]).then(([lib, worker]) => {
    (window as unknown as { pdfjsWorker: unknown }).pdfjsWorker = worker;
    return lib as unknown as PdfjsLib;
  });
}
