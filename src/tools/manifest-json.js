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
 * Two corrections are applied to the converter's output (postProcess), both deterministic and
 * both derived from fixed rules, never from the converter's own values:
 * 1. Mailbox requirement. The converter gives the extension Mailbox 1.1 (the XML's base
 *    <Requirements>) and its runtimes, ribbons and autoRunEvents Mailbox 1.5 (a constant it uses
 *    for any VersionOverrides 1.1), ignoring the <Requirements> inside VersionOverrides. That
 *    requirement (1.12: OnMessageSend with SendMode="Block", event.completed with errorMessage)
 *    is what the whole extension needs: in the unified manifest "extensions.requirements" decides
 *    where the add-in can be installed at all, and a lower feature-level requirement only drops
 *    that feature (autoRunEvents, so the Send block) while leaving the rest. So every Mailbox
 *    requirement in the extension, its own included, is raised to the highest Mailbox version any
 *    VersionOverrides in manifest.xml requires: a client that cannot block on send does not get a
 *    half-working add-in. Read from manifest.xml, so raising it there raises it here.
 * 2. App icons. The converter takes "icons" from IconUrl (64 px) and HighResolutionIconUrl
 *    (128 px), named after their URL's path (spg/assets/... for a base path /spg/). The unified
 *    manifest wants a 192x192 full-colour "color" icon and a 32x32 white-on-transparent "outline"
 *    icon, as files of the app package relative to manifest.json; they are APP_ICONS below (made
 *    by src/tools/make-icons.js), so the result no longer depends on the base URL either.
 *
 * The production build (webpack.config.js) writes dist/manifest.json from the committed file with
 * rewriteUnifiedManifest(), so the build itself does not depend on the converter. `npm run package`
 * zips that file with the files it names into the app package (src/tools/package.js).
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

// The unified manifest's app icons: paths inside the app package, relative to manifest.json.
const APP_ICONS = { color: "assets/icon-192.png", outline: "assets/icon-outline-32.png" };

function converterCli() {
  return require.resolve("office-addin-manifest-converter/cli.js", { paths: [ROOT] });
}

/** The XML parser the converter itself uses (a dependency of office-addin-manifest-converter). */
function xmlParser() {
  const converterDir = path.dirname(converterCli());
  return require(require.resolve("@xmldom/xmldom", { paths: [converterDir] }));
}

/** "1.12" > "1.5": compares dotted versions numerically. */
function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d) return d;
  }
  return 0;
}

/**
 * The highest Mailbox version any <VersionOverrides> of the XML manifest requires in its own
 * <Requirements> (a <bt:Set Name="Mailbox"> with MinVersion, or its <bt:Sets DefaultMinVersion>).
 * Throws when there is none: the Send block depends on it.
 */
function versionOverridesMailbox(xmlText) {
  const problems = [];
  const { DOMParser } = xmlParser();
  const doc = new DOMParser({
    errorHandler: { warning: (m) => problems.push(m), error: (m) => problems.push(m), fatalError: (m) => problems.push(m) },
  }).parseFromString(xmlText, "application/xml");
  if (problems.length) throw new Error(`manifest.xml does not parse: ${problems.join("; ")}`);
  const children = (el, name) => Array.from(el.childNodes).filter((n) => n.nodeType === 1 && n.localName === name);
  const versions = [];
  for (const vo of Array.from(doc.getElementsByTagNameNS("*", "VersionOverrides"))) {
    for (const req of children(vo, "Requirements")) {
      for (const sets of children(req, "Sets")) {
        for (const set of children(sets, "Set")) {
          if (set.getAttribute("Name") !== "Mailbox") continue;
          const v = set.getAttribute("MinVersion") || sets.getAttribute("DefaultMinVersion");
          if (!/^\d+(\.\d+)*$/.test(v || "")) throw new Error(`manifest.xml: Mailbox requirement without a version: ${v}`);
          versions.push(v);
        }
      }
    }
  }
  if (!versions.length) throw new Error("manifest.xml: no Mailbox requirement inside <VersionOverrides>");
  return versions.sort(compareVersions).pop();
}

/**
 * The converter's files with the two corrections described at the top of this file.
 * Pure: returns new objects, and the same input always gives the same output.
 */
function postProcess(files, xmlText) {
  const out = JSON.parse(JSON.stringify(files));
  const manifest = out["manifest.json"];
  const mailbox = versionOverridesMailbox(xmlText);
  const raise = (requirements, where) => {
    const caps = (requirements && requirements.capabilities) || [];
    const boxes = caps.filter((c) => c.name === "Mailbox");
    if (!boxes.length) throw new Error(`converter wrote no Mailbox requirement for ${where}`);
    for (const c of boxes) if (compareVersions(c.minVersion, mailbox) < 0) c.minVersion = mailbox;
  };
  const extensions = manifest.extensions || [];
  if (!extensions.length) throw new Error("converter wrote no extensions");
  extensions.forEach((ext, i) => {
    raise(ext.requirements, `extensions[${i}]`);
    for (const kind of ["runtimes", "ribbons", "autoRunEvents"]) {
      (ext[kind] || []).forEach((item, j) => {
        if (item.requirements) raise(item.requirements, `extensions[${i}].${kind}[${j}]`);
      });
    }
  });
  if (!manifest.icons || typeof manifest.icons.color !== "string" || typeof manifest.icons.outline !== "string") {
    throw new Error("converter wrote no icons.color / icons.outline");
  }
  manifest.icons = { ...manifest.icons, ...APP_ICONS };
  return out;
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

/** manifest.xml converted, corrected and normalised: what the committed files must be. */
function expectedFiles(xmlPath = path.join(ROOT, "manifest.xml")) {
  return normalise(postProcess(convertXml(xmlPath), fs.readFileSync(xmlPath, "utf8")));
}

/**
 * The committed unified manifest (development URLs) with every development URL pointed at baseUrl,
 * as the converter would have written it from the rewritten manifest.xml: URLs under the dev base
 * move under baseUrl, and the bare dev origin (validDomains) becomes baseUrl's origin. The app
 * icons (icons.color/outline) are paths relative to manifest.json, not URLs, and stay as they are.
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

module.exports = {
  convertXml,
  postProcess,
  normalise,
  expectedFiles,
  rewriteUnifiedManifest,
  versionOverridesMailbox,
  APP_ICONS,
  DEV_BASE,
};

if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error(e && e.message ? e.message : e);
    process.exit(1);
  }
}
