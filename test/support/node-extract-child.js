// Runs extractAttachment with Node's extractors (pdf.js, msgreader) in a plain Node process, for
// tests: jest's module system cannot load ESM-only pdf.js without --experimental-vm-modules.
// Reads a JSON array of {name, contentType, base64, budget?} on stdin and writes the array of
// AttachmentInputs as JSON (one process for many files: loading pdf.js takes a moment).
// TypeScript sources are compiled on the fly with the project's own compiler.
"use strict";
const fs = require("fs");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const out = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  module._compile(out.outputText, filename);
};

const { extractAttachment, DEFAULT_BUDGET } = require("../../src/core/extract/index.ts");
const { nodeExtractors } = require("../../src/cli/extractors.ts");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", () => {
  const extractors = nodeExtractors();
  const requests = JSON.parse(input);
  const results = [];
  const next = (i) => {
    if (i >= requests.length) {
      process.stdout.write(JSON.stringify(results));
      return;
    }
    const req = requests[i];
    const bytes = new Uint8Array(Buffer.from(req.base64, "base64"));
    const budget = Object.assign({}, DEFAULT_BUDGET, req.budget || {});
    extractAttachment(req.name, req.contentType || "", bytes, { budget, extractors }).then(
      (a) => {
        results.push(a);
        next(i + 1);
      },
      (e) => {
        process.stderr.write(String(e && e.stack ? e.stack : e));
        process.exit(1);
      },
    );
  };
  next(0);
});
