// Offline checks of a unified (JSON) manifest, shared by the manifest, sync and production-build
// tests. office-addin-manifest validates a JSON manifest against the schema it ships
// (@microsoft/app-manifest); the XML validator needs Microsoft's web service, so an XML manifest is
// checked by converting it (src/tools/manifest-json.js) and validating the result.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST_CLI = require.resolve("office-addin-manifest/cli.js");

// office-addin-usage-data 3.x reports nothing (every call is a no-op); test/tools/usage-data.test.ts
// keeps it that way.
const CHILD_ENV = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const manifestTools: {
  convertXml(xmlPath: string): Record<string, any>;
  normalise(files: Record<string, any>): Record<string, string>;
  expectedFiles(xmlPath?: string): Record<string, string>;
  rewriteUnifiedManifest(text: string, baseUrl: string): string;
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
