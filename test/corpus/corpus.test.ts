// The labelled corpus as a gate. The evaluation runs through the CLI's own code path in a real
// Node process (dist/node/cli/eval.js, built by npm test), where pdf.js can load, exactly as
// `npm run eval` prints it. The suite fails if CPR recall drops below 100 % or any trap is flagged.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { buildCorpus } from "./generate";

const ROOT = path.resolve(__dirname, "../..");
const CORPUS = path.join(ROOT, "test/corpus");

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

let ev: {
  files: number;
  byType: { [t: string]: Counts };
  requiresSecure: Counts & { tn: number };
  flaggedTraps: string[];
  missedPositives: string[];
  disagreements: { file: string; missing: string[]; unexpected: string[] }[];
};

beforeAll(() => {
  const r = spawnSync(process.execPath, [path.join(ROOT, "dist/node/cli/eval.js"), CORPUS, "--json"], { encoding: "utf8", cwd: ROOT });
  if (r.status !== 0) throw new Error("eval failed: " + r.stderr);
  ev = JSON.parse(r.stdout);
}, 120000);

test("the corpus on disk is exactly what the generator makes (synthetic numbers only, reproducible)", () => {
  const corpus = buildCorpus();
  const onDisk = fs.readdirSync(path.join(CORPUS, "mail")).sort();
  expect(corpus.mails.map((m) => m.name).sort()).toEqual(onDisk);
  for (const m of corpus.mails) expect(Buffer.from(m.bytes).equals(fs.readFileSync(path.join(CORPUS, "mail", m.name)))).toBe(true);
  expect(JSON.parse(fs.readFileSync(path.join(CORPUS, "labels.json"), "utf8"))).toEqual(corpus.labels);
});

test("at least 150 mails, positives and traps both well represented", () => {
  const labels = buildCorpus().labels.files;
  const all = Object.values(labels);
  expect(all.length).toBeGreaterThanOrEqual(150);
  expect(all.filter((l) => l.trap).length).toBeGreaterThanOrEqual(60);
  expect(all.filter((l) => l.requiresSecure).length).toBeGreaterThanOrEqual(80);
  expect(ev.files).toBe(all.length);
});

test("CPR recall is 100 %: every CPR number in every place and disguise is found", () => {
  for (const t of ["dk-cpr", "dk-cpr-substitute"]) {
    expect({ type: t, missed: ev.byType[t].fn }).toEqual({ type: t, missed: 0 });
  }
});

test("no trap is flagged: none of the brief's false-positive traps makes a mail require secure post", () => {
  expect(ev.flaggedTraps).toEqual([]);
});

test("no mail that needs secure post is let through", () => {
  expect(ev.missedPositives).toEqual([]);
});
