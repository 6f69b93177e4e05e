// `npm run eval`: precision and recall of the detectors on the labelled corpus (test/corpus),
// through the CLI's own code path (scanFiles → reportFor), per finding type and for the one
// answer that matters most: does this mail require secure post?

import { readFileSync } from "fs";
import { join } from "path";
import { DEFAULT_POLICY, Policy } from "../core/policy";
import { FileReport, scanFiles } from "./main";

export interface Label {
  requiresSecure: boolean;
  types: string[];
  trap: boolean;
  unreadable?: boolean;
  department?: string;
  features?: string[];
}

export interface Labels {
  version: number;
  files: { [file: string]: Label };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Evaluation {
  files: number;
  byType: { [type: string]: Counts };
  requiresSecure: Counts & { tn: number };
  /** Traps (label requiresSecure false) that the scan said need secure post. */
  flaggedTraps: string[];
  /** Positives (label requiresSecure true) that the scan let through. */
  missedPositives: string[];
  /** Per file: expected types not found, and types found but not expected. */
  disagreements: { file: string; missing: string[]; unexpected: string[] }[];
}

function bump(map: { [type: string]: Counts }, type: string, key: keyof Counts): void {
  if (!map[type]) map[type] = { tp: 0, fp: 0, fn: 0 };
  map[type][key]++;
}

export function compare(labels: Labels, reports: FileReport[], nameOf: (file: string) => string): Evaluation {
  const ev: Evaluation = {
    files: reports.length,
    byType: {},
    requiresSecure: { tp: 0, fp: 0, fn: 0, tn: 0 },
    flaggedTraps: [],
    missedPositives: [],
    disagreements: [],
  };
  for (const r of reports) {
    const name = nameOf(r.file);
    const label = labels.files[name];
    if (!label) throw new Error(`${name}: no label`);
    const found = new Set(r.findings.map((f) => f.type));
    const expected = new Set(label.types);
    const missing: string[] = [];
    const unexpected: string[] = [];
    for (const t of expected) {
      if (found.has(t)) bump(ev.byType, t, "tp");
      else {
        bump(ev.byType, t, "fn");
        missing.push(t);
      }
    }
    for (const t of found) {
      if (!expected.has(t)) {
        bump(ev.byType, t, "fp");
        unexpected.push(t);
      }
    }
    if (missing.length || unexpected.length) ev.disagreements.push({ file: name, missing, unexpected });
    const rs = ev.requiresSecure;
    if (label.requiresSecure && r.requiresSecure) rs.tp++;
    else if (!label.requiresSecure && r.requiresSecure) {
      rs.fp++;
      ev.flaggedTraps.push(name);
    } else if (label.requiresSecure && !r.requiresSecure) {
      rs.fn++;
      ev.missedPositives.push(name);
    } else rs.tn++;
  }
  return ev;
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}

export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}

function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(6) + " %";
}

export function table(ev: Evaluation): string {
  const rows: string[] = [];
  const head = `${"type".padEnd(30)} ${"files".padStart(5)} ${"TP".padStart(4)} ${"FP".padStart(4)} ${"FN".padStart(4)} ${"precision".padStart(9)} ${"recall".padStart(8)}`;
  rows.push(head, "-".repeat(head.length));
  for (const type of Object.keys(ev.byType).sort()) {
    const c = ev.byType[type];
    rows.push(
      `${type.padEnd(30)} ${String(c.tp + c.fn).padStart(5)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)} ${pct(precision(c)).padStart(9)} ${pct(recall(c)).padStart(8)}`,
    );
  }
  const rs = ev.requiresSecure;
  rows.push("-".repeat(head.length));
  rows.push(
    `${"requiresSecure".padEnd(30)} ${String(rs.tp + rs.fn).padStart(5)} ${String(rs.tp).padStart(4)} ${String(rs.fp).padStart(4)} ${String(rs.fn).padStart(4)} ${pct(precision(rs)).padStart(9)} ${pct(recall(rs)).padStart(8)}`,
  );
  rows.push("", `${ev.files} mails; ${rs.tn} correctly let through; traps flagged: ${ev.flaggedTraps.length}; positives missed: ${ev.missedPositives.length}`);
  return rows.join("\n");
}

/** Loads the corpus and scans every labelled mail the way the CLI does. */
export async function evaluateCorpus(dir: string, policy: Policy = DEFAULT_POLICY, now = new Date("2026-11-28T12:00:00Z")): Promise<Evaluation> {
  const labels: Labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8"));
  const names = Object.keys(labels.files).sort();
  const reports = await scanFiles(names.map((n) => join(dir, "mail", n)), policy, now);
  return compare(labels, reports, (file) => file.slice(join(dir, "mail").length + 1));
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const json = args.indexOf("--json") >= 0;
  const dir = args.filter((a) => a !== "--json")[0] || "test/corpus";
  evaluateCorpus(dir).then(
    (ev) => {
      if (json) {
        console.log(JSON.stringify(ev));
        return;
      }
      console.log(table(ev));
      if (ev.disagreements.length) {
        console.log("\nDisagreements (file: missing / unexpected):");
        for (const d of ev.disagreements) console.log(`  ${d.file}: -[${d.missing.join(", ")}] +[${d.unexpected.join(", ")}]`);
      }
    },
    (e) => {
      console.error("eval failed:", e instanceof Error ? e.message : e);
      process.exitCode = 2;
    },
  );
}
