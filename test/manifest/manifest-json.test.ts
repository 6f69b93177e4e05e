// The committed unified manifest (manifest.json + its localization files) is manifest.xml
// converted offline and normalised (src/tools/manifest-json.js): a change to manifest.xml without
// `npm run manifest:json` fails here, and so does a converter release that starts emitting
// something random. The committed file itself validates offline.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { bundledSchemaPath, expectValid, jsonAddresses, manifestTools, readJson, validateUnified } from "./unified";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST_XML = path.join(ROOT, "manifest.xml");

describe("committed manifest.json", () => {
  let expected: Record<string, string> = {};
  beforeAll(() => {
    expected = manifestTools.expectedFiles(MANIFEST_XML);
  }, 30000);

  test("is manifest.xml converted and normalised, byte for byte (else: npm run manifest:json)", () => {
    expect(Object.keys(expected).sort()).toEqual(["manifest.da-dk.json", "manifest.json"]);
    for (const [name, text] of Object.entries(expected)) {
      const committed = path.join(ROOT, name);
      expect({ name, exists: fs.existsSync(committed) }).toEqual({ name, exists: true });
      expect({ name, text: fs.readFileSync(committed, "utf8") }).toEqual({ name, text });
    }
  });

  test("conversion is deterministic: a second run gives the same bytes", () => {
    expect(manifestTools.expectedFiles(MANIFEST_XML)).toEqual(expected);
  }, 30000);

  test("keeps what matters from manifest.xml: id, Block on send, Danish strings, dev URLs only", () => {
    const json = readJson(path.join(ROOT, "manifest.json"));
    expect(json.id).toBe("8d4daae5-5332-4610-98c5-7e5c35506e6b");
    const events = json.extensions[0].autoRunEvents.flatMap((a: { events: unknown[] }) => a.events);
    expect(events).toContainEqual({ type: "messageSending", actionId: "onMessageSendHandler", options: { sendMode: "block" } });
    const da = readJson(path.join(ROOT, "manifest.da-dk.json"));
    expect(da["name.short"]).toBe("Sikker post-vagt");
    expect(da["extensions[0].ribbons[0].tabs[0].groups[0].label"]).toBe("Sikker post");
    for (const { key, url } of jsonAddresses(json)) {
      expect({ key, url, dev: url.startsWith(manifestTools.DEV_BASE) || url === "https://localhost:3000" }).toEqual({
        key,
        url,
        dev: true,
      });
    }
  });

  test("validates offline against the schema office-addin-manifest ships", () => {
    const json = readJson(path.join(ROOT, "manifest.json"));
    expect(fs.existsSync(bundledSchemaPath(json))).toBe(true);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "spg-manifest-json-"));
    try {
      for (const name of ["manifest.json", "manifest.da-dk.json", json.icons.color, json.icons.outline]) {
        fs.mkdirSync(path.dirname(path.join(tmp, name)), { recursive: true });
        fs.copyFileSync(path.join(ROOT, name), path.join(tmp, name));
      }
      expectValid(validateUnified(path.join(tmp, "manifest.json")));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 30000);

  test("a stale committed file is caught: a changed manifest.xml converts differently", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "spg-manifest-json-"));
    try {
      const changed = path.join(tmp, "manifest.xml");
      fs.writeFileSync(changed, fs.readFileSync(MANIFEST_XML, "utf8").replace('Value="Sikker post"', 'Value="Sikker post!"'));
      const files = manifestTools.expectedFiles(changed);
      expect(files["manifest.da-dk.json"]).not.toBe(expected["manifest.da-dk.json"]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 30000);

  test("rewriting the URLs for a host leaves no development address and refuses leftovers", () => {
    const text = fs.readFileSync(path.join(ROOT, "manifest.json"), "utf8");
    const base = "https://addins.example.dk/spg/";
    const rewritten = JSON.parse(manifestTools.rewriteUnifiedManifest(text, base));
    for (const { key, url } of jsonAddresses(rewritten)) {
      expect({ key, url, ok: url.startsWith(base) || (key === "validDomains" && url === "https://addins.example.dk") }).toEqual({
        key,
        url,
        ok: true,
      });
    }
    const withStray = JSON.parse(text);
    withStray.developer.websiteUrl = "https://localhost:8080/elsewhere.html";
    expect(() => manifestTools.rewriteUnifiedManifest(JSON.stringify(withStray), base)).toThrow(/localhost/);
  });
});
