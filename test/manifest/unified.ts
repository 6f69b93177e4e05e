// Offline checks of a unified (JSON) manifest, shared by the manifest, sync and production-build
// tests. office-addin-manifest validates a JSON manifest against the schema it ships
// (@microsoft/app-manifest); the XML validator needs Microsoft's web service, so an XML manifest is
// checked by converting it (src/tools/manifest-json.js) and validating the result.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST_CLI = require.resolve("office-addin-manifest/cli.js");

// office-addin-usage-data 3.x reports nothing (every call is a no-op); test/tools/usage-data.test.ts
// keeps it that way.
const CHILD_ENV = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const manifestTools: {
  convertXml(xmlPath: string): Record<string, any>;
  postProcess(files: Record<string, any>, xmlText: string): Record<string, any>;
  normalise(files: Record<string, any>): Record<string, string>;
  expectedFiles(xmlPath?: string): Record<string, string>;
  rewriteUnifiedManifest(text: string, baseUrl: string): string;
  versionOverridesMailbox(xmlText: string): string;
  APP_ICONS: { color: string; outline: string };
  DEV_BASE: string;
} = require(path.join(ROOT, "src/tools/manifest-json.js"));

/** `office-addin-manifest validate FILE`, offline for a JSON manifest. */
export function validateUnified(jsonPath: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [MANIFEST_CLI, "validate", jsonPath], {
    cwd: path.dirname(jsonPath),
    env: CHILD_ENV,
    encoding: "utf8",
    timeout: 20000,
  });
  if (r.error) throw r.error;
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Passed validation: exit 0 and nothing that reads like a failure. */
export function expectValid(result: { status: number | null; out: string }): void {
  expect({ status: result.status, failure: /not valid|Error|Unable to/.exec(result.out)?.[0] ?? null, out: result.out }).toEqual({
    status: 0,
    failure: null,
    out: result.out,
  });
}

/**
 * The schema a manifest names must ship with @microsoft/app-manifest, or validation would try to
 * download it (and fail here, with no network).
 */
export function bundledSchemaPath(json: { $schema?: unknown }): string {
  const appManifestDir = path.dirname(
    require.resolve("@microsoft/app-manifest/package.json", { paths: [path.dirname(MANIFEST_CLI)] }),
  );
  const schemaPath = String(json.$schema).replace(/#$/, "").replace("https://developer.microsoft.com/", "");
  // (@microsoft/app-manifest looks for it under build/, next to its generated-types/.)
  return path.join(appManifestDir, "build", schemaPath);
}

/**
 * Every http(s) address in an XML manifest except XML namespace and schema identifiers (the
 * xmlns values) and anything in comments (prose, not configuration).
 */
export function xmlAddresses(xml: string): string[] {
  const text = xml.replace(/<!--[\s\S]*?-->/g, "");
  const namespaces = new Set([...text.matchAll(/\bxmlns(?::\w+)?="([^"]+)"/g)].map((m) => m[1]));
  return [...text.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !namespaces.has(u));
}

/** Every http(s) string value in a JSON manifest, with the key it sits under; `$schema` left out. */
export function jsonAddresses(value: unknown): { key: string; url: string }[] {
  const out: { key: string; url: string }[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === "string") {
      if (key !== "$schema" && /^https?:\/\//i.test(v)) out.push({ key, url: v });
    } else if (Array.isArray(v)) {
      v.forEach((x) => walk(x, key));
    } else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) walk(x, k);
    }
  };
  walk(value, "");
  return out;
}

export function readJson(file: string): any {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/** The PNG's size from its IHDR chunk (bytes 16-23), after checking the signature. */
export function pngHeader(buf: Buffer): { width: number; height: number; bitDepth: number; colorType: number } {
  expect(buf.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(buf.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), bitDepth: buf[24], colorType: buf[25] };
}

/** An 8-bit RGBA, non-interlaced PNG decoded to its pixels (all five row filters). */
export function decodeRgbaPng(buf: Buffer): { width: number; height: number; rgba: Buffer } {
  const { width, height, bitDepth, colorType } = pngHeader(buf);
  expect({ bitDepth, colorType, interlace: buf[28] }).toEqual({ bitDepth: 8, colorType: 6, interlace: 0 });
  const idat: Buffer[] = [];
  for (let o = 8; o < buf.length; ) {
    const len = buf.readUInt32BE(o);
    if (buf.subarray(o + 4, o + 8).toString("ascii") === "IDAT") idat.push(buf.subarray(o + 8, o + 8 + len));
    o += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= 4 ? rgba[y * stride + x - 4] : 0;
      const b = y > 0 ? rgba[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter];
      rgba[y * stride + x] = (v + pred) & 0xff;
    }
  }
  return { width, height, rgba };
}
