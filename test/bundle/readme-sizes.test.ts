// The README lists each bundle with its size; this keeps those figures true to the build.

import * as fs from "fs";
import * as path from "path";
import { gzipSync } from "zlib";

const ROOT = path.join(__dirname, "../..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const ROW = /^\| `dist\/([a-z-]+\.js)`[^|]*\| (\d+) KiB \| (\d+) KiB \|$/gm;

const rows: { file: string; kib: number; gzipKib: number }[] = [];
for (let m = ROW.exec(README); m; m = ROW.exec(README)) rows.push({ file: m[1], kib: Number(m[2]), gzipKib: Number(m[3]) });

test("the README lists every bundle the build makes", () => {
  const built = fs.readdirSync(path.join(ROOT, "dist")).filter((f) => f.endsWith(".js") && f !== "playground-office.js");
  expect(rows.map((r) => r.file).sort()).toEqual(built.sort());
});

test.each(rows)("$file: the README's size is within 10 % of the build", ({ file, kib, gzipKib }) => {
  const bytes = fs.readFileSync(path.join(ROOT, "dist", file));
  const actual = bytes.length / 1024;
  const actualGzip = gzipSync(bytes, { level: 9 }).length / 1024;
  expect(Math.abs(actual - kib) / actual).toBeLessThan(0.1);
  expect(Math.abs(actualGzip - gzipKib) / actualGzip).toBeLessThan(0.1);
});
