/*
 * Checks manifest.xml: structure, resources, URLs, icons, Danish strings, launch events, and
 * that its conversion to the unified (JSON) manifest validates offline against the schema
 * shipped with office-addin-manifest (the XML validator needs Microsoft's web service).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import {
  childElements,
  elements,
  loadManifestDocument,
  parseManifestXml,
  readManifest,
  xsiType,
} from "./manifest-model";
import { bundledSchemaPath, expectValid, manifestTools, validateUnified } from "./unified";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const BASE_URL = "https://localhost:3000/";

const doc = loadManifestDocument(MANIFEST);
const officeApp = doc.documentElement as Element;

// OfficeApp child order (add-in only manifest schema, see docs/BRIEF section 2).
const OFFICEAPP_ORDER = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "FormSettings",
  "Permissions",
  "Rule",
  "DisableEntityHighlighting",
  "VersionOverrides",
];

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

// Which Resources section a `resid` on each element must point into.
const RESID_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  Runtime: "Urls",
  Override: "Urls",
  FunctionFile: "Urls",
  TaskpaneId: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

const SIGN_ONLY = /kun\s+signatur|kun\s+signer|kun\s+signeret|sign[\s-]*only|signature[\s-]*only|only\s+sign/i;

function resources(): Map<string, { kind: ResourceKind; el: Element }> {
  const all = elements(doc, "Resources");
  expect(all).toHaveLength(1);
  const map = new Map<string, { kind: ResourceKind; el: Element }>();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"] as ResourceKind[]) {
    for (const section of childElements(all[0], kind)) {
      for (const entry of childElements(section)) {
        const id = entry.getAttribute("id") || "";
        expect(id).not.toBe("");
        if (map.has(id)) throw new Error(`resource id defined twice: ${id}`);
        map.set(id, { kind, el: entry });
      }
    }
  }
  return map;
}

function stringResources(): Element[] {
  return [...resources().values()]
    .filter((r) => r.kind === "ShortStrings" || r.kind === "LongStrings")
    .map((r) => r.el);
}

/** Every user-visible text: DisplayName/Description and all string resources, all locales. */
function allTexts(): string[] {
  const owners = [
    ...childElements(officeApp, "DisplayName"),
    ...childElements(officeApp, "Description"),
    ...stringResources(),
  ];
  const texts: string[] = [];
  for (const el of owners) {
    texts.push(el.getAttribute("DefaultValue") || "");
    for (const o of childElements(el, "Override")) texts.push(o.getAttribute("Value") || "");
  }
  return texts;
}

function daOverride(el: Element): string | undefined {
  const o = childElements(el, "Override").find((x) => (x.getAttribute("Locale") || "").toLowerCase() === "da-dk");
  return o ? o.getAttribute("Value") || "" : undefined;
}

function localFileForUrl(url: string): string {
  expect(url.startsWith(BASE_URL)).toBe(true);
  return path.join(ROOT, ...url.slice(BASE_URL.length).split("/"));
}

/** Reads a PNG's IHDR and inflates its IDAT stream to prove the file is a complete image. */
function readPng(file: string): { width: number; height: number; colorType: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(buf.toString("ascii", 12, 16)).toBe("IHDR");
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const bitDepth = buf[24];
  const colorType = buf[25];
  const idat: Buffer[] = [];
  let off = 8;
  while (off < buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString("ascii", off + 4, off + 8);
    if (type === "IDAT") idat.push(buf.subarray(off + 8, off + 8 + len));
    off += 12 + len;
    if (type === "IEND") break;
  }
  expect(bitDepth).toBe(8);
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  expect(channels).toBeGreaterThan(0);
  expect(zlib.inflateSync(Buffer.concat(idat)).length).toBe(height * (width * channels + 1));
  return { width, height, colorType };
}

function versionOverrides(type: string): Element {
  const found = elements(doc, "VersionOverrides").filter((v) => xsiType(v) === type);
  expect(found).toHaveLength(1);
  return found[0];
}

describe("manifest.xml structure", () => {
  test("is well-formed XML with an OfficeApp MailApp root", () => {
    expect(officeApp.localName).toBe("OfficeApp");
    expect(xsiType(officeApp)).toBe("MailApp");
    expect(() => parseManifestXml("<OfficeApp><Id></OfficeApp>")).toThrow(/not well-formed/);
  });

  test("OfficeApp direct children are in the schema order", () => {
    const names = childElements(officeApp).map((e) => e.localName);
    const positions = names.map((n) => OFFICEAPP_ORDER.indexOf(n));
    expect(positions.filter((p) => p < 0)).toEqual([]);
    for (let i = 1; i < positions.length; i++) {
      expect({ at: names[i], after: names[i - 1], ok: positions[i] > positions[i - 1] }).toEqual({
        at: names[i],
        after: names[i - 1],
        ok: true,
      });
    }
    for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
      "IconUrl", "HighResolutionIconUrl", "SupportUrl", "Hosts", "Requirements", "Permissions", "Rule",
      "VersionOverrides"]) {
      expect(names).toContain(required);
    }
  });

  test("base manifest: fixed GUID, version, mailbox 1.1, compose-only, ReadWriteItem", () => {
    const text = (n: string) => (childElements(officeApp, n)[0]?.textContent || "").trim();
    expect(text("Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text("Version")).toBe("1.0.0.0");
    expect(text("ProviderName")).toBe("Secure Post Guard");
    expect(text("DefaultLocale")).toBe("en-US");
    expect(text("Permissions")).toBe("ReadWriteItem");

    const baseSets = elements(childElements(officeApp, "Requirements")[0], "Set");
    expect(baseSets.map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual([["Mailbox", "1.1"]]);

    const forms = elements(childElements(officeApp, "FormSettings")[0], "Form");
    expect(forms.map(xsiType)).toEqual(["ItemEdit"]);

    const itemIs = elements(officeApp, "Rule").filter((r) => xsiType(r) === "ItemIs");
    expect(itemIs.map((r) => [r.getAttribute("ItemType"), r.getAttribute("FormType")])).toEqual([["Message", "Edit"]]);
  });
});

describe("resources", () => {
  test("every resid resolves to a resource of the right kind", () => {
    const res = resources();
    const refs = elements(doc).filter((e) => e.hasAttribute("resid"));
    expect(refs.length).toBeGreaterThan(0);
    for (const el of refs) {
      const resid = el.getAttribute("resid")!;
      const want = RESID_KIND[el.localName!];
      expect({ element: el.localName, known: want !== undefined }).toEqual({ element: el.localName, known: true });
      expect(resid.length).toBeLessThanOrEqual(32);
      expect({ resid, kind: res.get(resid)?.kind }).toEqual({ resid, kind: want });
    }
  });

  test("no resource is unused", () => {
    const used = new Set(elements(doc).filter((e) => e.hasAttribute("resid")).map((e) => e.getAttribute("resid")!));
    const unused = [...resources().keys()].filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  test("every URL in the file is https (and on the dev base URL)", () => {
    const { urls } = readManifest(MANIFEST);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
    expect(urls.filter((u) => !u.startsWith(BASE_URL))).toEqual([]);
    // Elements that carry URLs are all covered by the model's URL collector.
    for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
      expect(urls).toContain(childElements(officeApp, name)[0].getAttribute("DefaultValue"));
    }
    for (const el of elements(doc, "AppDomain")) expect((el.textContent || "").trim()).toMatch(/^https:\/\//);
    for (const el of elements(doc, "SourceLocation").filter((e) => e.hasAttribute("DefaultValue"))) {
      expect(el.getAttribute("DefaultValue")).toMatch(/^https:\/\//);
    }
  });

  test("every icon resource is a PNG in assets/ with the pixel size it is used at", () => {
    const res = resources();
    const images = [...res.entries()].filter(([, r]) => r.kind === "Images");
    expect(images.length).toBeGreaterThanOrEqual(3);
    const seenSizes = new Set<number>();
    for (const [id, { el }] of images) {
      const sizes = new Set(
        elements(doc, "Image")
          .filter((i) => i.getAttribute("resid") === id)
          .map((i) => Number(i.getAttribute("size"))),
      );
      expect({ id, sizes: sizes.size }).toEqual({ id, sizes: 1 });
      const size = [...sizes][0];
      seenSizes.add(size);
      const file = localFileForUrl(el.getAttribute("DefaultValue")!);
      expect(path.relative(ROOT, file).split(path.sep)[0]).toBe("assets");
      expect(fs.existsSync(file)).toBe(true);
      const png = readPng(file);
      expect({ id, width: png.width, height: png.height }).toEqual({ id, width: size, height: size });
    }
    for (const required of [16, 32, 80]) expect(seenSizes.has(required)).toBe(true);

    for (const [name, size] of [["IconUrl", 64], ["HighResolutionIconUrl", 128]] as const) {
      const png = readPng(localFileForUrl(childElements(officeApp, name)[0].getAttribute("DefaultValue")!));
      expect({ name, width: png.width, height: png.height }).toEqual({ name, width: size, height: size });
    }
  });
});

describe("strings", () => {
  test("DisplayName, Description and every Short/LongString have a da-DK override", () => {
    const owners = [
      ...childElements(officeApp, "DisplayName"),
      ...childElements(officeApp, "Description"),
      ...stringResources(),
    ];
    expect(owners.length).toBeGreaterThan(2);
    for (const el of owners) {
      const id = el.getAttribute("id") || el.localName;
      expect({ id, da: (daOverride(el) || "").trim() !== "" }).toEqual({ id, da: true });
    }
  });

  test("Danish group label is 'Sikker post'", () => {
    const group = elements(doc, "Group")[0];
    const labelId = childElements(group, "Label")[0].getAttribute("resid")!;
    const el = resources().get(labelId)!.el;
    expect(el.getAttribute("DefaultValue")).toBe("Secure post");
    expect(daOverride(el)).toBe("Sikker post");
  });

  test("string lengths fit the schema (ShortString 125, LongString 250)", () => {
    for (const { kind, el } of resources().values()) {
      if (kind !== "ShortStrings" && kind !== "LongStrings") continue;
      const max = kind === "ShortStrings" ? 125 : 250;
      const values = [el.getAttribute("DefaultValue") || "", ...childElements(el, "Override").map((o) => o.getAttribute("Value") || "")];
      for (const v of values) expect(v.length).toBeLessThanOrEqual(max);
    }
  });

  test("no text offers or suggests sign-only; signing is always mentioned with encryption", () => {
    const texts = allTexts();
    expect(texts.filter((t) => SIGN_ONLY.test(t))).toEqual([]);
    const mentionsSigning = texts.filter((t) => /\bsign|signer|signatur/i.test(t));
    expect(mentionsSigning.filter((t) => !/encrypt|krypter/i.test(t))).toEqual([]);
  });
});

describe("commands and launch events", () => {
  const model = readManifest(MANIFEST);

  test("model exposes the names the event bundle must register", () => {
    expect(model.launchEventFunctions).toEqual([
      "onNewMessageComposeHandler",
      "onMessageAttachmentsChangedHandler",
      "onMessageRecipientsChangedHandler",
      "onMessageSendHandler",
    ]);
    expect(model.executeFunctions).toEqual(["armSecurePost"]);
    expect(model.taskpaneControlIds).toEqual(["SecurePostTaskpaneButton"]);
  });

  test("exactly one OnMessageSend, with SendMode=Block; OnNewMessageCompose present", () => {
    const events = elements(doc, "LaunchEvent");
    const send = events.filter((e) => e.getAttribute("Type") === "OnMessageSend");
    expect(send).toHaveLength(1);
    expect(send[0].getAttribute("SendMode")).toBe("Block");
    expect(events.filter((e) => e.getAttribute("Type") === "OnNewMessageCompose")).toHaveLength(1);
  });

  test("1.1 overrides require Mailbox 1.12 and nest inside the 1.0 overrides", () => {
    const v10 = versionOverrides("VersionOverridesV1_0");
    const v11 = versionOverrides("VersionOverridesV1_1");
    expect(v10.namespaceURI).toBe("http://schemas.microsoft.com/office/mailappversionoverrides");
    expect(v11.namespaceURI).toBe("http://schemas.microsoft.com/office/mailappversionoverrides/1.1");
    expect(v11.parentNode).toBe(v10);
    const sets = childElements(childElements(v11, "Requirements")[0], "Sets")[0];
    const mailbox = childElements(sets, "Set").find((s) => s.getAttribute("Name") === "Mailbox")!;
    expect(mailbox.getAttribute("MinVersion") || sets.getAttribute("DefaultMinVersion")).toBe("1.12");
  });

  test("one runtime (HTML page + JavaScript override) shared by launch events and function file", () => {
    const runtimes = elements(doc, "Runtime");
    expect(runtimes).toHaveLength(1);
    const runtimeId = runtimes[0].getAttribute("resid");
    const override = childElements(runtimes[0], "Override");
    expect(override.map((o) => o.getAttribute("type"))).toEqual(["javascript"]);
    const res = resources();
    expect(res.get(runtimeId!)!.el.getAttribute("DefaultValue")).toBe(`${BASE_URL}commands.html`);
    expect(res.get(override[0].getAttribute("resid")!)!.el.getAttribute("DefaultValue")).toBe(`${BASE_URL}launchevent.js`);

    const launchPoint = elements(doc, "ExtensionPoint").filter((e) => xsiType(e) === "LaunchEvent");
    expect(launchPoint).toHaveLength(1);
    expect(childElements(launchPoint[0], "SourceLocation")[0].getAttribute("resid")).toBe(runtimeId);
    expect(elements(doc, "FunctionFile").map((f) => f.getAttribute("resid"))).toEqual([runtimeId]);
  });

  test("compose surface: taskpane button (pinnable) and arm button in one group on TabDefault", () => {
    const surfaces = elements(doc, "ExtensionPoint").filter((e) => xsiType(e) === "MessageComposeCommandSurface");
    expect(surfaces).toHaveLength(1);
    const tab = childElements(surfaces[0], "OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabDefault");
    const controls = elements(tab, "Control");
    expect(controls.map((c) => c.getAttribute("id"))).toEqual(["SecurePostTaskpaneButton", "SecurePostArmButton"]);
    const taskpaneAction = childElements(controls[0], "Action")[0];
    expect(xsiType(taskpaneAction)).toBe("ShowTaskpane");
    expect((childElements(taskpaneAction, "SupportsPinning")[0]?.textContent || "").trim()).toBe("true");
    const taskpaneUrl = resources().get(childElements(taskpaneAction, "SourceLocation")[0].getAttribute("resid")!)!;
    expect(taskpaneUrl.el.getAttribute("DefaultValue")).toBe(`${BASE_URL}taskpane.html`);
    const armAction = childElements(controls[1], "Action")[0];
    expect(xsiType(armAction)).toBe("ExecuteFunction");
  });
});

describe("unified manifest conversion (offline)", () => {
  let tmp = "";
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "spg-manifest-"));
  });
  afterAll(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test("the validator used below has usage data off", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const defaults = require("office-addin-manifest/lib/defaults");
    expect(defaults.usageDataObject.isUsageDataOn()).toBe(false);
  });

  test(
    "converts to manifest.json that office-addin-manifest validates against its bundled schema",
    () => {
      const outDir = path.join(tmp, "unified");
      fs.mkdirSync(outDir);
      const files = manifestTools.expectedFiles(MANIFEST);
      for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(outDir, name), text);
      const jsonPath = path.join(outDir, "manifest.json");
      const raw = fs.readFileSync(jsonPath, "utf8");
      const json = JSON.parse(raw);

      expect(fs.existsSync(bundledSchemaPath(json))).toBe(true);

      // Icons the JSON manifest names (relative paths) are copied next to it, as in a package.
      for (const rel of [json.icons.color, json.icons.outline] as string[]) {
        const target = path.join(outDir, rel);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.copyFileSync(path.join(ROOT, rel), target);
      }
      expect(json.localizationInfo.additionalLanguages).toEqual([{ languageTag: "da-dk", file: "manifest.da-dk.json" }]);
      expect(fs.existsSync(path.join(outDir, "manifest.da-dk.json"))).toBe(true);

      // What we rely on survives conversion.
      const events = json.extensions[0].autoRunEvents.flatMap((a: { events: unknown[] }) => a.events);
      expect(events).toContainEqual({ type: "messageSending", actionId: "onMessageSendHandler", options: { sendMode: "block" } });
      expect(events).toContainEqual({ type: "newMessageComposeCreated", actionId: "onNewMessageComposeHandler" });

      expectValid(validateUnified(jsonPath));

      // Control: the same validator rejects a schema-invalid copy (a ribbon button allows at
      // most 3 icons), so the pass above is not vacuous.
      const broken = JSON.parse(raw);
      const button = broken.extensions[0].ribbons[0].tabs[0].groups[0].controls[0];
      button.icons.push({ size: 64, url: `${BASE_URL}assets/icon-64.png` });
      const brokenPath = path.join(outDir, "broken.json");
      fs.writeFileSync(brokenPath, JSON.stringify(broken, null, 2));
      const invalid = validateUnified(brokenPath);
      expect(invalid.status).toBe(1);
      expect(invalid.out).toMatch(/The manifest is not valid/);
    },
    30000,
  );
});
