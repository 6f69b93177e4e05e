// The extractors that may go into classic Outlook's event bundle (ES2016, one file, no Node):
// their compiled output parses as ES2016, and they import nothing heavy (pdf.js, msgreader),
// so a bundle gets PDF and .msg support only by passing those extractors in.

import * as acorn from "acorn";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const DIR = path.resolve(__dirname, "../../../src/core/extract");
const EVENT_SAFE = ["budget", "xml", "zipread", "ooxml", "odf", "rtf", "zip", "index"];

function compiled(file: string): string {
  const source = fs.readFileSync(path.join(DIR, file + ".ts"), "utf8");
  return ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2016, module: ts.ModuleKind.ES2020 } }).outputText;
}

test.each(EVENT_SAFE)("%s.ts compiles to code that parses as ES2016", (file) => {
  expect(() => acorn.parse(compiled(file), { ecmaVersion: 2016, sourceType: "module" })).not.toThrow();
});

test.each(EVENT_SAFE)("%s.ts imports only fflate, the core and the other event-safe extractors", (file) => {
  const imports = Array.from(compiled(file).matchAll(/\bfrom\s+"([^"]+)"|\bimport\(\s*"([^"]+)"/g)).map((m) => m[1] || m[2]);
  for (const spec of imports) {
    const ok = spec === "fflate" || spec === "../mime" || spec === "../types" || spec === "../text/decode" || EVENT_SAFE.indexOf(spec.replace("./", "")) >= 0;
    expect([file, spec, ok]).toEqual([file, spec, true]);
  }
});

test("fflate's browser build, which these modules use, parses as ES2016", () => {
  const src = fs.readFileSync(path.resolve(__dirname, "../../../node_modules/fflate/esm/browser.js"), "utf8");
  expect(() => acorn.parse(src, { ecmaVersion: 2016, sourceType: "module" })).not.toThrow();
});
