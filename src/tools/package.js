#!/usr/bin/env node
/*
 * `npm run package`: one zip of a production build, to unpack into the folder that serves the
 * base URL on any static https host.
 *
 *   npm run build -- --env baseUrl=https://addins.example.dk/spg/
 *   npm run package [-- --dir DIR] [--out DIR]      (defaults: dist/, release/)
 *
 * writes release/secure-post-guard-<version>-<host>.zip and prints its path, files and size.
 * The host is in the name because the URLs are baked into the manifests and bundles: a zip
 * built for a test host must not look like the one for production.
 *
 * Fail closed: only files on the list below go in; a file that is on neither that list nor the
 * skip list stops the packaging (so nothing new ships without someone deciding it should), as
 * does a development build (localhost URLs, playground pages) or a manifest URL with no file.
 * Skipped without a word: dist/node (the CLI) and dist/bench, which tsc writes into dist/.
 * The zip is reproducible: entries sorted, one fixed timestamp.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { zipSync } = require("fflate");

const ROOT = path.resolve(__dirname, "../..");

// What a deployment serves. Paths are relative to the build directory, with '/'.
const SHIPPED = [
  /^(taskpane|commands|support)\.html$/,
  /^(launchevent|taskpane|pdfjs)\.js$/,
  /^[a-z0-9-]+\.js\.LICENSE\.txt$/, // licences webpack extracts from bundled code: they travel with it
  /^manifest\.xml$/,
  /^manifest\.json$/,
  /^manifest\.[a-z]{2}(-[a-z0-9]+)*\.json$/, // the unified manifest's localization files
  /^policy\.json$/,
  /^policy\.schema\.json$/,
  /^notices\.json$/,
  /^assets\/icon-[0-9]+\.png$/,
];
// Written into dist/ by other steps, never deployed.
const SKIPPED_DIRS = ["node", "bench"];
// Development-only pages: present means the build was for the development host.
const DEV_ONLY = /^playground/;

const FIXED_MTIME = new Date("2000-01-01T00:00:00Z");

function parseArgs(argv) {
  const opts = { dir: path.join(ROOT, "dist"), out: path.join(ROOT, "release") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--dir" || a === "--out") {
      if (!argv[i + 1]) throw new Error(`${a} needs a directory`);
      opts[a.slice(2)] = path.resolve(argv[++i]);
    } else {
      throw new Error(`unknown option: ${a} (use --dir DIR, --out DIR)`);
    }
  }
  return opts;
}

function listFiles(dir, rel = "") {
  const out = [];
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!rel && SKIPPED_DIRS.includes(entry.name)) continue;
      out.push(...listFiles(dir, p));
    } else if (entry.isFile()) {
      out.push(p);
    } else {
      throw new Error(`not a regular file: ${p}`);
    }
  }
  return out;
}

/** The base URL the build was made for, read back from its manifest (the runtime page's folder). */
function buildBaseUrl(dir) {
  const xml = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
  const m = /<bt:Url id="WebViewRuntime\.Url" DefaultValue="(https:\/\/[^"]+\/)commands\.html"\/>/.exec(xml);
  if (!m) throw new Error("manifest.xml: cannot find the runtime URL (WebViewRuntime.Url)");
  return m[1];
}

/** Every address in the manifests (comments and XML namespaces aside) with the file it needs. */
function checkManifests(dir, baseUrl, files) {
  const xml = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
  const namespaces = new Set([...xml.matchAll(/\bxmlns(?::\w+)?="([^"]+)"/g)].map((m) => m[1]));
  const urls = [...xml.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !namespaces.has(u));
  const json = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
  const origin = new URL(baseUrl).origin;
  const walk = (v, key) => {
    if (typeof v === "string") {
      if (key !== "$schema" && /^https?:\/\//.test(v)) urls.push(v);
    } else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) walk(x, Array.isArray(v) ? key : k);
    }
  };
  walk(json, "");
  for (const url of urls) {
    if (url === origin && (json.validDomains || []).includes(url)) continue;
    if (!url.startsWith(baseUrl)) throw new Error(`manifest URL not under ${baseUrl}: ${url}`);
    const file = url.slice(baseUrl.length);
    if (!files.includes(file)) throw new Error(`manifest URL has no file in the build: ${url}`);
  }
}

function packageBuild(opts) {
  const { dir } = opts;
  if (!fs.existsSync(path.join(dir, "manifest.xml"))) {
    throw new Error(`${dir} has no build (no manifest.xml). Run: npm run build -- --env baseUrl=https://your.host/path/`);
  }
  const baseUrl = buildBaseUrl(dir);
  if (/^https:\/\/localhost[:/]/.test(baseUrl)) {
    throw new Error(
      `${dir} was built for the development host ${baseUrl}. Run: npm run build -- --env baseUrl=https://your.host/path/`,
    );
  }
  const files = listFiles(dir).sort();
  const devOnly = files.filter((f) => DEV_ONLY.test(f));
  if (devOnly.length) throw new Error(`development-only files in ${dir}: ${devOnly.join(", ")}`);
  const unknown = files.filter((f) => !SHIPPED.some((re) => re.test(f)));
  if (unknown.length) {
    throw new Error(`files not on the package list in ${dir}: ${unknown.join(", ")} (src/tools/package.js decides what ships)`);
  }
  checkManifests(dir, baseUrl, files);

  const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
  const host = new URL(baseUrl).host.replace(/:/g, "_");
  fs.mkdirSync(opts.out, { recursive: true });
  const zipPath = path.join(opts.out, `secure-post-guard-${version}-${host}.zip`);
  const entries = {};
  for (const f of files) entries[f] = [fs.readFileSync(path.join(dir, f)), { level: 9, mtime: FIXED_MTIME }];
  const zip = zipSync(entries);
  fs.writeFileSync(zipPath, zip);
  return {
    zipPath,
    baseUrl,
    bytes: zip.length,
    files: files.map((f) => ({ name: f, bytes: fs.statSync(path.join(dir, f)).size })),
  };
}

function main() {
  const result = packageBuild(parseArgs(process.argv.slice(2)));
  const width = Math.max(...result.files.map((f) => f.name.length));
  console.log(`Package for ${result.baseUrl}:`);
  for (const f of result.files) console.log(`  ${f.name.padEnd(width)}  ${String(f.bytes).padStart(9)} bytes`);
  console.log(`${result.zipPath}`);
  console.log(`${result.files.length} files, ${result.bytes} bytes (${(result.bytes / 1024).toFixed(0)} KiB) zipped`);
  console.log(`Unpack it into the folder that serves ${result.baseUrl}`);
}

module.exports = { packageBuild, SHIPPED };

if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error(`npm run package: ${e && e.message ? e.message : e}`);
    process.exit(1);
  }
}
