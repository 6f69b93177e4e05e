// The committed unified manifest (manifest.json + its localization files) is manifest.xml
// converted offline and normalised (src/tools/manifest-json.js): a change to manifest.xml without
// `npm run manifest:json` fails here, and so does a converter release that starts emitting
// something random. The committed file itself validates offline. The generator's two corrections
// of the converter (Mailbox requirement, app icons) are checked here too, and the app icons
// themselves (sizes, opacity, colour), which src/tools/make-icons.js draws.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  bundledSchemaPath,
  decodeRgbaPng,
  expectValid,
  jsonAddresses,
  manifestTools,
  pngHeader,
  readJson,
  validateUnified,
} from "./unified";

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

/** Every Mailbox requirement anywhere in a unified manifest, with where it is. */
function mailboxRequirements(value: unknown, where = ""): { where: string; minVersion: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => mailboxRequirements(v, `${where}[${i}]`));
  if (!value || typeof value !== "object") return [];
  const o = value as Record<string, unknown>;
  const own = o.name === "Mailbox" && typeof o.minVersion === "string" ? [{ where, minVersion: o.minVersion }] : [];
  return [...own, ...Object.entries(o).flatMap(([k, v]) => mailboxRequirements(v, where ? `${where}.${k}` : k))];
}

describe("the generator's corrections of the converter", () => {
  const xml = fs.readFileSync(MANIFEST_XML, "utf8");
  let raw: Record<string, any> = {};
  beforeAll(() => {
    raw = manifestTools.convertXml(MANIFEST_XML);
  }, 30000);

  test("every Mailbox requirement, the extension's own included, is the 1.12 that Block on send needs", () => {
    // manifest.xml's VersionOverrides require 1.12 (Smart Alerts: OnMessageSend with SendMode,
    // event.completed with errorMessage). In the unified manifest the extension's requirement
    // decides where the add-in installs at all; a lower one would let a client that cannot block
    // on send install it and silently drop the autoRunEvents.
    expect(manifestTools.versionOverridesMailbox(xml)).toBe("1.12");
    const json = readJson(path.join(ROOT, "manifest.json"));
    const found = mailboxRequirements(json);
    expect(found.map((f) => f.where)).toEqual(
      expect.arrayContaining([
        "extensions[0].requirements.capabilities[0]",
        "extensions[0].runtimes[0].requirements.capabilities[0]",
        "extensions[0].runtimes[1].requirements.capabilities[0]",
        "extensions[0].ribbons[0].requirements.capabilities[0]",
        "extensions[0].autoRunEvents[0].requirements.capabilities[0]",
      ]),
    );
    for (const f of found) expect(f).toEqual({ where: f.where, minVersion: "1.12" });
  });

  test("the requirement comes from manifest.xml: raised there, raised here; missing there, an error", () => {
    // (The converter itself ignores this requirement: its own output is the same either way.)
    const raised = manifestTools.postProcess(raw, xml.replace('DefaultMinVersion="1.12"', 'DefaultMinVersion="1.13"'));
    const found = mailboxRequirements(raised["manifest.json"]);
    expect(found.length).toBeGreaterThanOrEqual(5);
    for (const f of found) expect(f).toEqual({ where: f.where, minVersion: "1.13" });
    const without = xml.replace(/<Requirements>\s*<bt:Sets DefaultMinVersion="1\.12">[\s\S]*?<\/Requirements>/, "");
    expect(without).not.toBe(xml);
    expect(() => manifestTools.postProcess(raw, without)).toThrow(/no Mailbox requirement inside <VersionOverrides>/);
    // Pure: the converter's files are not changed in place, and a second run gives the same.
    expect(manifestTools.postProcess(raw, xml)).toEqual(manifestTools.postProcess(raw, xml));
    expect(raw["manifest.json"].icons).not.toEqual(manifestTools.APP_ICONS);
  });

  test("icons are the app icons: color 192x192 full-bleed, outline 32x32 white on transparent", () => {
    const json = readJson(path.join(ROOT, "manifest.json"));
    expect(json.icons).toEqual({ outline: "assets/icon-outline-32.png", color: "assets/icon-192.png" });
    expect(manifestTools.APP_ICONS).toEqual(json.icons);

    const color = decodeRgbaPng(fs.readFileSync(path.join(ROOT, json.icons.color)));
    expect({ width: color.width, height: color.height }).toEqual({ width: 192, height: 192 });
    let translucent = 0;
    for (let i = 3; i < color.rgba.length; i += 4) if (color.rgba[i] !== 255) translucent++;
    expect(translucent).toBe(0); // a full square: the host applies its own mask

    const outline = decodeRgbaPng(fs.readFileSync(path.join(ROOT, json.icons.outline)));
    expect({ width: outline.width, height: outline.height }).toEqual({ width: 32, height: 32 });
    const counts = { transparent: 0, opaque: 0, notWhite: 0 };
    for (let i = 0; i < outline.rgba.length; i += 4) {
      const [r, g, b, a] = outline.rgba.subarray(i, i + 4);
      if (a === 0) counts.transparent++;
      if (a === 255) counts.opaque++;
      if (a > 0 && (r !== 255 || g !== 255 || b !== 255)) counts.notWhite++;
    }
    expect(counts.notWhite).toBe(0); // one colour: white, shaded only by its alpha
    const px = (x: number, y: number) => outline.rgba[(y * 32 + x) * 4 + 3];
    expect([px(0, 0), px(31, 0), px(0, 31), px(31, 31)]).toEqual([0, 0, 0, 0]); // transparent background
    expect(counts.opaque).toBeGreaterThan(32 * 32 * 0.2); // a padlock, not a speck
    expect(counts.transparent).toBeGreaterThan(32 * 32 * 0.3);
  });

  test("the PNG headers say so too (what an upload checks first)", () => {
    expect(pngHeader(fs.readFileSync(path.join(ROOT, "assets/icon-192.png")))).toMatchObject({ width: 192, height: 192 });
    expect(pngHeader(fs.readFileSync(path.join(ROOT, "assets/icon-outline-32.png")))).toMatchObject({ width: 32, height: 32 });
  });

  test("npm run icons is deterministic: it redraws every icon in assets/ byte for byte", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "spg-icons-"));
    try {
      const r = spawnSync(process.execPath, [path.join(ROOT, "src/tools/make-icons.js"), tmp], { encoding: "utf8", timeout: 20000 });
      expect(r.status).toBe(0);
      expect(fs.readdirSync(tmp).sort()).toEqual(fs.readdirSync(path.join(ROOT, "assets")).sort());
      for (const name of fs.readdirSync(tmp)) {
        const same = fs.readFileSync(path.join(tmp, name)).equals(fs.readFileSync(path.join(ROOT, "assets", name)));
        expect({ name, same }).toEqual({ name, same: true });
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
