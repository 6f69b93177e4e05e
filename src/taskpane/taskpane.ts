// The taskpane: the message's secure-post state, what Send will do, and the findings, re-read
// every 2 seconds so a marker that goes missing is shown as an alert within one beat.

import { DEFAULT_BUDGET, Extractors } from "../core/extract";
import { createPdfExtractor } from "../core/extract/pdf";
import { loadPdfjsWeb } from "../core/extract/pdf-web";
import { Lang } from "../core/i18n";
import { Policy } from "../core/policy";
import { composeItem, displayLang } from "../office/context";
import { inspectItem } from "../office/inspect";
import { ComposeItem } from "../office/item";
import { armSecurePost } from "../office/markers";
import { currentPolicy } from "../office/policy-source";
import { viewModel, ViewModel } from "./view-model";

const BEAT_MS = 2000;
const CALL_MS = 3000;

const TEXTS: { [key: string]: [string, string] } = {
  title: ["Sikker post", "Secure post"],
  arm: ["Slå sikker post til (signeret + krypteret)", "Arm secure post (signed + encrypted)"],
  rearm: ["Markér igen til sikker post", "Mark for secure post again"],
  findingsTitle: ["Fund", "Findings"],
  noFindings: ["Ingen personoplysninger fundet.", "No personal data found."],
  kind: ["Type", "Kind"],
  place: ["Sted", "Where"],
  value: ["Værdi", "Value"],
  conf: ["Sikkerhed", "Confidence"],
  unreadable: ["Kunne ikke læses (behandles som fortroligt): ", "Could not be read (treated as confidential): "],
  footer: ["Sikker post betyder altid signeret og krypteret.", "Secure post always means signed and encrypted."],
};

function $(id: string): HTMLElement {
  return document.getElementById(id) as HTMLElement;
}

function t(key: string, lang: Lang): string {
  return TEXTS[key][lang === "da" ? 0 : 1];
}

function timeOf(iso: string): string {
  const d = new Date(iso);
  const hh = String(d.getHours());
  const mm = String(d.getMinutes());
  return `${hh.length < 2 ? "0" + hh : hh}:${mm.length < 2 ? "0" + mm : mm}`;
}

function render(vm: ViewModel, lang: Lang): void {
  $("state-card").setAttribute("data-state", vm.stateKind);
  $("state").textContent = vm.stateText;
  $("verdict").textContent = vm.verdictText;
  $("arm").hidden = !vm.canArm;
  const alert = $("alert");
  if (vm.alert) {
    $("alert-text").textContent = vm.alert;
    alert.hidden = false;
  } else {
    alert.hidden = true;
  }
  const table = $("findings");
  const body = table.querySelector("tbody") as HTMLElement;
  body.textContent = "";
  for (const f of vm.findings) {
    const tr = document.createElement("tr");
    for (const cell of [f.kind, f.place, f.masked, f.confidence]) {
      const td = document.createElement("td");
      td.textContent = cell;
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  table.hidden = vm.findings.length === 0;
  $("no-findings").hidden = vm.findings.length > 0;
  const un = $("unreadable");
  un.hidden = vm.unreadable.length === 0;
  un.textContent = vm.unreadable.length ? t("unreadable", lang) + vm.unreadable.join(", ") : "";
}

function staticTexts(lang: Lang): void {
  document.documentElement.lang = lang;
  $("title").textContent = t("title", lang);
  $("arm").textContent = t("arm", lang);
  $("rearm").textContent = t("rearm", lang);
  $("findings-title").textContent = t("findingsTitle", lang);
  $("no-findings").textContent = t("noFindings", lang);
  $("th-kind").textContent = t("kind", lang);
  $("th-place").textContent = t("place", lang);
  $("th-value").textContent = t("value", lang);
  $("th-conf").textContent = t("conf", lang);
  $("footer").textContent = t("footer", lang);
}

/**
 * The taskpane reads what Send cannot: PDF text (pdf.js, loaded on first use) and every attachment
 * within the full budget. Each result is cached per attachment, so Send counts it. (.msg files
 * stay `not-scanned-here` in the browser: msgreader needs Node's Buffer.)
 */
function paneExtractors(): Extractors {
  return { pdf: createPdfExtractor(loadPdfjsWeb) };
}

export function startTaskpane(
  item: ComposeItem,
  policy: Policy,
  lang: Lang,
  extractors: Extractors = paneExtractors(),
): { refresh(): Promise<void>; stop(): void } {
  staticTexts(lang);
  let busy = false;
  const refresh = (): Promise<void> => {
    if (busy) return Promise.resolve();
    busy = true;
    return inspectItem(item, policy, new Date(), CALL_MS, { useCache: true, writeCache: true, extractors, budget: DEFAULT_BUDGET })
      .then((insp) => render(viewModel(insp, lang, timeOf), lang))
      .then(
        () => {
          busy = false;
        },
        () => {
          busy = false;
        },
      );
  };
  const arm = () => {
    armSecurePost(item, policy, "user", new Date(), CALL_MS).then(refresh, refresh);
  };
  $("arm").addEventListener("click", arm);
  $("rearm").addEventListener("click", arm);
  const timer = setInterval(refresh, BEAT_MS);
  refresh();
  return { refresh, stop: () => clearInterval(timer) };
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => {
    const item = composeItem();
    if (item) startTaskpane(item, currentPolicy(), displayLang());
  });
}
