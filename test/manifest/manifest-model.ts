/*
 * Reads the add-in's XML manifest into a small model that tests can check against the code:
 * the launch-event and ExecuteFunction names must match what the event bundle registers with
 * Office.actions.associate, and the taskpane control ids must match the commandId used in
 * event.completed(). No Office or DOM globals are needed; the XML is parsed with @xmldom/xmldom.
 *
 *   import { readManifest } from "../manifest/manifest-model";
 *   const m = readManifest(path.join(__dirname, "../../manifest.xml"));
 */
import * as fs from "fs";
import { DOMParser } from "@xmldom/xmldom";

export interface ManifestModel {
  /** FunctionName of every <LaunchEvent>, in document order (e.g. onMessageSendHandler). */
  launchEventFunctions: string[];
  /** <FunctionName> of every ExecuteFunction action, in document order (e.g. armSecurePost). */
  executeFunctions: string[];
  /** id of every <Control> whose action is ShowTaskpane (usable as event.completed commandId). */
  taskpaneControlIds: string[];
  /** Every absolute URL in the file (attribute values and text), excluding xmlns declarations. */
  urls: string[];
}

export const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

/** Parses manifest XML; throws on any parser warning or error (xmldom is lenient otherwise). */
export function parseManifestXml(xml: string): Document {
  const problems: string[] = [];
  const parser = new DOMParser({
    errorHandler: {
      warning: (m: string) => problems.push(`warning: ${m}`),
      error: (m: string) => problems.push(`error: ${m}`),
      fatalError: (m: string) => problems.push(`fatal: ${m}`),
    },
  });
  let doc: Document | undefined;
  try {
    doc = parser.parseFromString(xml, "application/xml");
  } catch (e) {
    problems.push(`fatal: ${(e as Error).message}`);
  }
  if (problems.length > 0) throw new Error(`manifest XML is not well-formed:\n${problems.join("\n")}`);
  if (!doc || !doc.documentElement) throw new Error("manifest XML has no document element");
  return doc;
}

export function loadManifestDocument(path: string): Document {
  return parseManifestXml(fs.readFileSync(path, "utf8"));
}

/** All element descendants of `root` (document order), optionally filtered by local name. */
export function elements(root: Document | Element, localName?: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        const el = c as Element;
        if (!localName || el.localName === localName) out.push(el);
        walk(el);
      }
    }
  };
  walk(root);
  return out;
}

/** Direct element children of `el`, optionally filtered by local name. */
export function childElements(el: Element, localName?: string): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (!localName || (c as Element).localName === localName)) out.push(c as Element);
  }
  return out;
}

export function xsiType(el: Element): string | null {
  return el.getAttributeNS(XSI_NS, "type") || el.getAttribute("xsi:type") || null;
}

const URL_RE = /^[a-z][a-z0-9+.-]*:\/\//i;

function collectUrls(doc: Document): string[] {
  const urls: string[] = [];
  for (const el of elements(doc)) {
    for (let i = 0; i < el.attributes.length; i++) {
      const attr = el.attributes.item(i)!;
      if (attr.name === "xmlns" || attr.name.startsWith("xmlns:")) continue; // namespace names, not fetched
      const v = attr.value.trim();
      if (URL_RE.test(v)) urls.push(v);
    }
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 || c.nodeType === 4) {
        const v = (c.nodeValue || "").trim();
        if (URL_RE.test(v)) urls.push(v);
      }
    }
  }
  return urls;
}

export function readManifest(path: string): ManifestModel {
  const doc = loadManifestDocument(path);

  const launchEventFunctions = elements(doc, "LaunchEvent")
    .map((e) => e.getAttribute("FunctionName") || "")
    .filter((n) => n !== "");

  const actions = elements(doc, "Action");
  const executeFunctions = actions
    .filter((a) => xsiType(a) === "ExecuteFunction")
    .map((a) => (childElements(a, "FunctionName")[0]?.textContent || "").trim())
    .filter((n) => n !== "");

  const taskpaneControlIds = elements(doc, "Control")
    .filter((c) => childElements(c, "Action").some((a) => xsiType(a) === "ShowTaskpane"))
    .map((c) => c.getAttribute("id") || "")
    .filter((id) => id !== "");

  return { launchEventFunctions, executeFunctions, taskpaneControlIds, urls: collectUrls(doc) };
}
