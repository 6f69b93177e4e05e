#!/usr/bin/env node
// package.json "bin": runs the CLI that `npm run build` compiled into dist/node.
"use strict";
let cli;
try {
  cli = require("../../dist/node/cli/main.js");
} catch (e) {
  process.stderr.write("secure-post-guard: not built yet; run `npm run build` first\n");
  process.exit(2);
}
cli.main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + "\n"),
  err: (s) => process.stderr.write(s + "\n"),
}).then((code) => {
  process.exitCode = code;
});
