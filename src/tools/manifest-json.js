#!/usr/bin/env node
/*
 * The unified (JSON) manifest, derived from manifest.xml, which stays the source of truth.
 *
 *   node src/tools/manifest-json.js           (npm run manifest:json) rewrites manifest.json and
 *                                             its localization file(s) at the repo root
 *   node src/tools/manifest-json.js --check   exits 1 when the committed files are out of date
 *
 * Conversion is office-addin-manifest-converter, run offline. Its output is deterministic today
 * (ids are counters: runtime_1, action_1, view_1; accentColor is a constant; key order follows
 * the XML), so the normalisation below is about the committed form, not about randomness:
 * - 2-space indentation and a final newline, so the file diffs like the rest of the repo and a
 *   converter release that only changes its indentation does not show up as a manifest change;
 * - each localization file `<tag>.json` is renamed `manifest.<tag>.json` (and the reference in
 *   localizationInfo with it), so the repo root holds `manifest.da-dk.json` beside manifest.json
 *   instead of an anonymous `da-dk.json`.
 * If a converter release ever emits something random (a fresh GUID, a timestamp), the sync test
 * (test/manifest/manifest-json.test.ts) fails on it rather than this file papering over it.
 *
 * The production build (webpack.config.js) writes dist/manifest.json from the committed file with
 * rewriteUnifiedManifest(), so the build itself does not depend on the converter.
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "../..");
const DEV_BASE = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

// office-addin-usage-data 3.x reports nothing at all; see test/tools/usage-data.test.ts.
const CHILD_ENV = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };

function converterCli() {
  return require.resolve("office-addin-manifest-converter/cli.js", { paths: [ROOT] });
}

/**
 * Converts an add-in only (XML) manifest to the unified manifest, offline.
 * Returns the converter's files as parsed JSON, keyed by file name (manifest.json, da-dk.json, ...).
 */
function convertXml(xmlPath) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "spg-convert-"));
  try {
    const out = path.join(tmp, "unified");
    const r = spawnSync(process.execPath, [converterCli(), "convert", path.resolve(xmlPath), "--output", out], {
      cwd: tmp,
      env: CHILD_ENV,
      encoding: "utf8",
      timeout: 30000,
    });
    if (r.error) throw r.error;
    const log = `${r.stdout || ""}${r.stderr || ""}`;
    if (r.status !== 0 || /error/i.test(log)) {
      throw new Error(`manifest conversion failed (exit ${r.status}):\n${log}`);
    }
    const files = {};
    for (const name of fs.readdirSync(out).sort()) {
      const raw = fs.readFileSync(path.join(out, name), "utf8");
      // The converter marks strings it had to cut short; a cut Danish text is a wrong manifest.
      if (raw.includes("<TRUNCATED>")) throw new Error(`converter truncated a value in ${name}`);
      files[name] = JSON.parse(raw);
    }
    if (!files["manifest.json"]) throw new Error("converter wrote no manifest.json");
    return files;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The converter's files in their committed form: { "manifest.json": text, "manifest.da-dk.json": text }. */
function normalise(files) {
  const manifest = JSON.parse(JSON.stringify(files["manifest.json"]));
  const out = {};
  const languages = (manifest.localizationInfo && manifest.localizationInfo.additionalLanguages) || [];
  const referenced = new Set();
  for (const lang of languages) {
    const from = lang.file;
    if (!/^[a-z]{2}(-[a-z0-9]+)*\.json$/i.test(from) || !files[from]) {
      throw new Error(`unexpected localization file reference: ${from}`);
    }
    referenced.add(from);
    lang.file = `manifest.${from}`;
    out[lang.file] = stringify(files[from]);
  }
  const stray = Object.keys(files).filter((f) => f !== "manifest.json" && !referenced.has(f));
  if (stray.length) throw new Error(`converter wrote files the manifest does not reference: ${stray.join(", ")}`);
  out["manifest.json"] = stringify(manifest);
  return out;
}

function stringify(value) {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** manifest.xml converted and normalised: what the committed files must be. */
function expectedFiles(xmlPath = path.join(ROOT, "manifest.xml")) {
  return normalise(convertXml(xmlPath));
}

/**
 * The committed unified manifest (development URLs) with every development URL pointed at baseUrl,
 * as the converter would have written it from the rewritten manifest.xml: URLs under the dev base
 * move under baseUrl, and the bare dev origin (validDomains) becomes baseUrl's origin. One
 * deliberate difference: icons.color/outline stay "assets/icon-*.png". They are files of the app
 * package, relative to manifest.json; the converter derives them from the icon URL's path
 * ("spg/assets/..." for a base path /spg/), which names no file beside the manifest.
 * Fails when a localhost reference survives, so a new kind of URL field cannot slip through.
 */
function rewriteUnifiedManifest(text, baseUrl) {
  const origin = new URL(baseUrl).origin;
  const rewrite = (v) => {
    if (typeof v === "string") {
      if (v.startsWith(DEV_BASE)) return baseUrl + v.slice(DEV_BASE.length);
      if (v === DEV_ORIGIN) return origin;
      return v;
    }
    if (Array.isArray(v)) return v.map(rewrite);
    if (v && typeof v === "object") {
      const o = {};
      for (const [k, x] of Object.entries(v)) o[k] = rewrite(x);
      return o;
    }
    return v;
  };
  const out = stringify(rewrite(JSON.parse(text)));
  if (baseUrl !== DEV_BASE && /localhost/i.test(out)) {
    throw new Error("manifest.json: a localhost reference is left after rewriting the URLs");
  }
  return out;
}

function main() {
  const check = process.argv.includes("--check");
  const files = expectedFiles();
  const stale = [];
  for (const [name, text] of Object.entries(files)) {
    const target = path.join(ROOT, name);
    const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : null;
    if (current === text) continue;
    stale.push(name);
    if (!check) fs.writeFileSync(target, text);
  }
  if (check) {
    if (stale.length) {
      console.error(`Out of date with manifest.xml: ${stale.join(", ")}. Run: npm run manifest:json`);
      process.exit(1);
    }
    console.log("manifest.json is in sync with manifest.xml");
  } else {
    console.log(stale.length ? `Wrote ${stale.join(", ")}` : "manifest.json already in sync with manifest.xml");
  }
}

module.exports = { convertXml, normalise, expectedFiles, rewriteUnifiedManifest, DEV_BASE };

if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error(e && e.message ? e.message : e);
    process.exit(1);
  }
}
