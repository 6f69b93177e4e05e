// The taskpane: the message's secure-post state, what Send will do, and the findings, re-read
// every 1.5 seconds (and at once when a pinned pane moves to another item) so a marker that goes
// missing is shown as an alert within one beat. Also: arm / re-arm, "Mask CPR numbers", "Turn
// secure post off" (only for a message without personal data), and the organisation's notices.
// Plain TypeScript and Fluent design tokens (taskpane.html); Danish or English by Office's
// display language within the policy's `languages`. Secure post here always means signed AND
// encrypted.
//
// The policy: the pane opens on the last good copy (no network, so it paints at once), then
// fetches policy.json and checks it again every 5 minutes with the notices (policy-source.ts);
// what it fetches is kept for Send. The footer says which policy is in force, its version and
// where it came from.

import { AdminNotice, noticeDate, severityLabel } from "../core/admin-notices";
import { DEFAULT_BUDGET, Extractors } from "../core/extract";
import { createPdfExtractor } from "../core/extract/pdf";
import { loadPdfjsWeb } from "../core/extract/pdf-web";
import { Lang } from "../core/i18n";
import { Policy, PolicyInForce } from "../core/policy";
import { composeItem, displayLang } from "../office/context";
import { inspectItem } from "../office/inspect";
import { ComposeItem } from "../office/item";
import { MailboxEvents, watchItemChanged } from "../office/item-changed";
import { armSecurePost, disarmSecurePost } from "../office/markers";
import { maskCprInBody } from "../office/mask-body";
import { clearNotice, showArmedNotice, showArmFailedNotice, showLapsedNotice } from "../office/notices";
import { policyForEvent, refreshPolicy } from "../office/policy-source";
import { loadAdminNotices } from "./notices-source";
import { FindingGroup, mayTurnOff, policyText, StateKind, viewModel, ViewModel } from "./view-model";

// The issue asks for the lapse alert within 2 seconds of the marker going: a 1.5 s beat plus one
// read of the item keeps that promise, where a 2 s beat plus the read could miss it.
export const BEAT_MS = 1500;
const CALL_MS = 3000;
/** Notices (and the policy) are fetched again now and then, so a fault announced while the pane is open shows up. */
export const NOTICES_EVERY_MS = 5 * 60 * 1000;

const TEXTS: { [key: string]: [string, string] } = {
  title: ["Sikker post", "Secure post"],
  arm: ["Slå sikker post til (signeret + krypteret)", "Arm secure post (signed + encrypted)"],
  rearm: ["Markér igen til sikker post", "Mark for secure post again"],
  verdictLabel: ["Hvad Send gør nu", "What Send will do now"],
  findingsTitle: ["Fund", "Findings"],
  noFindings: ["Ingen personoplysninger fundet.", "No personal data found."],
  unreadable: ["Kunne ikke læses (behandles som fortroligt): ", "Could not be read (treated as confidential): "],
  mask: ["Maskér CPR-numre", "Mask CPR numbers"],
  maskNote: [
    "Erstatter hvert CPR-nummer i brødteksten med {mask}. Brug det, når modtageren ikke skal have det fulde nummer.",
    "Replaces each CPR number in the body with {mask}. Use it when the recipient does not need the full number.",
  ],
  off: ["Slå sikker post fra", "Turn secure post off"],
  offNote: [
    "Mailen indeholder ingen personoplysninger, så den må sendes uden sikker post. Kommer der personoplysninger i den, stopper Send og markerer den igen.",
    "The message holds no personal data, so it may go without secure post. If personal data is added, Send stops and marks it again.",
  ],
  noticesTitle: ["Meddelelser fra IT", "Notices from IT"],
  footer: ["Sikker post betyder altid signeret og krypteret.", "Secure post always means signed and encrypted."],
  noItem: ["Ingen mail under redigering er valgt.", "No message being composed is selected."],
  armed: ["Sikker post er slået til: mailen sendes signeret og krypteret.", "Secure post is on: the message will go signed and encrypted."],
  armFailed: ["Sikker post kunne ikke slås til. Prøv igen.", "Secure post could not be armed. Try again."],
  maskFailed: ["Brødteksten kunne ikke ændres. Intet er maskeret.", "The body could not be changed. Nothing was masked."],
  offDone: [
    "Sikker post er slået fra. Mailen indeholder ingen personoplysninger.",
    "Secure post is off. The message holds no personal data.",
  ],
  offRefused: [
    "Sikker post forbliver slået til: mailen indeholder personoplysninger eller kunne ikke kontrolleres.",
    "Secure post stays on: the message holds personal data or could not be checked.",
  ],
  offFailed: ["Sikker post kunne ikke slås fra.", "Secure post could not be turned off."],
};

function t(key: string, lang: Lang): string {
  return TEXTS[key][lang === "da" ? 0 : 1];
}

/** The policy's mask as the reader's language writes it (DDMMÅÅ in Danish). */
function maskForm(policy: Policy, lang: Lang): string {
  return lang === "da" ? policy.cprMask.replace("YY", "ÅÅ") : policy.cprMask;
}

function maskedText(masked: number, remaining: number, lang: Lang, form: string): string {
  const da = lang === "da";
  if (remaining > 0) {
    return da
      ? `${remaining} CPR-${remaining === 1 ? "nummer" : "numre"} kunne ikke maskeres. Ret ${remaining === 1 ? "det" : "dem"} i teksten.`
      : `${remaining} CPR number${remaining === 1 ? "" : "s"} could not be masked. Please edit ${remaining === 1 ? "it" : "them"} in the text.`;
  }
  if (masked === 0) return da ? "Der var ingen CPR-numre at maskere." : "There were no CPR numbers to mask.";
  return da
    ? `${masked} CPR-${masked === 1 ? "nummer er" : "numre er"} maskeret (${form}).`
    : `${masked} CPR number${masked === 1 ? " was" : "s were"} masked (${form}).`;
}

function $(id: string): HTMLElement {
  return document.getElementById(id) as HTMLElement;
}

/** Sets text only when it changed, so live regions do not announce the same words every beat. */
function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

function show(el: HTMLElement, visible: boolean): void {
  if (el.hidden === visible) el.hidden = !visible;
}

function timeOf(iso: string): string {
  const d = new Date(iso);
  const hh = String(d.getHours());
  const mm = String(d.getMinutes());
  return `${hh.length < 2 ? "0" + hh : hh}:${mm.length < 2 ? "0" + mm : mm}`;
}

function el(tag: string, className: string | null, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderGroups(groups: FindingGroup[]): HTMLElement[] {
  return groups.map((g) => {
    const section = el("section", "group");
    section.setAttribute("data-key", g.key);
    section.appendChild(el("h3", null, g.title));
    const list = el("ul", null);
    for (const r of g.rows) {
      const li = el("li", null);
      li.appendChild(el("span", r.special ? "category" : "value", r.masked));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("span", "conf", r.confidence));
      if (r.part) {
        li.appendChild(document.createTextNode(" "));
        li.appendChild(el("span", "part", `(${r.part})`));
      }
      if (r.context) li.appendChild(el("span", "context", r.context));
      list.appendChild(li);
    }
    section.appendChild(list);
    return section;
  });
}

function renderNotices(notices: AdminNotice[], lang: Lang): void {
  const top = $("security-notices");
  const list = $("notices");
  top.textContent = "";
  list.textContent = "";
  for (const n of notices) {
    const security = n.severity === "security";
    const box = el("div", security ? "alert notice" : "notice");
    box.setAttribute("data-severity", n.severity);
    box.setAttribute("data-id", n.id);
    // A fault that weakens security is announced at once; the rest are read when the user looks.
    if (security) box.setAttribute("role", "alert");
    box.appendChild(el("span", "notice-meta", `${severityLabel(n.severity, lang)} · ${noticeDate(n.date, lang)}`));
    box.appendChild(el("span", "notice-title", n.title[lang]));
    box.appendChild(el("span", null, n.text[lang]));
    (security ? top : list).appendChild(box);
  }
  show($("notices-card"), list.childNodes.length > 0);
}

function staticTexts(lang: Lang, policy: Policy): void {
  document.documentElement.lang = lang;
  const ids: [string, string][] = [
    ["title", "title"],
    ["arm", "arm"],
    ["rearm", "rearm"],
    ["verdict-label", "verdictLabel"],
    ["findings-title", "findingsTitle"],
    ["no-findings", "noFindings"],
    ["mask-cpr", "mask"],
    ["mask-note", "maskNote"],
    ["off", "off"],
    ["off-note", "offNote"],
    ["notices-title", "noticesTitle"],
    ["footer", "footer"],
  ];
  for (const [id, key] of ids) setText($(id), t(key, lang).replace("{mask}", maskForm(policy, lang)));
}

/**
 * Paneless pinned taskpanes and tests hand in a mailbox (Office.context.mailbox) for ItemChanged,
 * a notices loader, and a clock.
 */
export interface TaskpaneOptions {
  extractors?: Extractors;
  /** Office.context.mailbox: on ItemChanged the pane re-binds to its `item`. */
  mailbox?: (MailboxEvents & { item?: unknown }) | null;
  /** The organisation's notices; default: the policy's noticesUrl (notices.json beside the add-in). */
  loadNotices?: () => Promise<AdminNotice[]>;
  now?: () => Date;
  /** Where the policy came from, for the footer; without it only the version is shown. */
  policyInForce?: PolicyInForce;
  /** Fetches the policy again (at start and with the notices); without it the policy stays as given. */
  refreshPolicy?: () => Promise<PolicyInForce>;
  /** The UI language for a policy's `languages` (Office's display language when listed). */
  chooseLang?: (languages: Lang[]) => Lang;
}

export interface Taskpane {
  refresh(): Promise<void>;
  /** Shows another item (a pinned pane after ItemChanged); null: no compose item selected. */
  rebind(item: ComposeItem | null): void;
  stop(): void;
}

/**
 * The taskpane reads what Send cannot: PDF text (pdf.js, loaded on first use) and every attachment
 * within the full budget. Each result is cached per attachment, so Send counts it. (.msg files
 * stay `not-scanned-here` in the browser: msgreader needs Node's Buffer.)
 */
function paneExtractors(): Extractors {
  return { pdf: createPdfExtractor(loadPdfjsWeb) };
}

/** A message being composed (a pinned pane can be handed a read item or nothing). */
function asComposeItem(x: unknown): ComposeItem | null {
  try {
    const item = x as ComposeItem | null | undefined;
    return item && item.subject && typeof (item.subject as { setAsync?: unknown }).setAsync === "function" ? item : null;
  } catch (e) {
    return null;
  }
}

export function startTaskpane(item: ComposeItem | null, initialPolicy: Policy, initialLang: Lang, options: TaskpaneOptions = {}): Taskpane {
  const extractors = options.extractors || paneExtractors();
  const now = options.now || (() => new Date());
  // A refreshed policy replaces these; every action reads them when it runs.
  let policy = initialPolicy;
  let lang = initialLang;
  let inForce: PolicyInForce | { version: string } = options.policyInForce || { version: policy.version };
  const loadNotices = options.loadNotices || (() => loadAdminNotices(policy.noticesUrl));
  const showPolicy = () => setText($("policy-info"), policyText(inForce, lang, now()));
  staticTexts(lang, policy);
  showPolicy();

  let current: ComposeItem | null = asComposeItem(item);
  /** Bumped on re-bind and when an action starts: a read begun before it is not shown. */
  let generation = 0;
  let inflight: { gen: number; p: Promise<void> } | null = null;
  let acting = false;
  let lastKind: StateKind | null = null;
  let groupsShown = "";
  let stopped = false;

  const buttons = ["arm", "rearm", "mask-cpr", "off"];
  const setBusy = (busy: boolean) => {
    for (const id of buttons) ($(id) as HTMLButtonElement).disabled = busy;
  };
  const status = (text: string) => setText($("status"), text);

  function render(vm: ViewModel): void {
    const card = $("state-card");
    if (card.getAttribute("data-state") !== vm.stateKind) card.setAttribute("data-state", vm.stateKind);
    setText($("state"), vm.stateText);
    setText($("verdict"), vm.verdictText);
    show($("arm"), vm.canArm);
    show($("off-box"), vm.canTurnOff);
    show($("mask-cpr"), vm.canMask);
    show($("mask-note"), vm.canMask);
    show($("rearm"), vm.canRearm);
    if (vm.alert) setText($("alert-text"), vm.alert);
    show($("alert"), !!vm.alert);
    const sig = JSON.stringify(vm.groups);
    if (sig !== groupsShown) {
      groupsShown = sig;
      const box = $("findings");
      box.textContent = "";
      for (const g of renderGroups(vm.groups)) box.appendChild(g);
    }
    show($("findings"), vm.groups.length > 0);
    show($("no-findings"), vm.findings.length === 0);
    setText($("unreadable"), vm.unreadable.length ? t("unreadable", lang) + vm.unreadable.join(", ") : "");
    show($("unreadable"), vm.unreadable.length > 0);
  }

  function renderNoItem(): void {
    $("state-card").setAttribute("data-state", "unknown");
    setText($("state"), t("noItem", lang));
    setText($("verdict"), "");
    for (const id of ["arm", "off-box", "mask-cpr", "mask-note", "rearm", "alert", "findings", "unreadable"]) show($(id), false);
    show($("no-findings"), false);
  }

  function read(force: boolean): Promise<void> {
    if (stopped || (acting && !force)) return Promise.resolve();
    const it = current;
    if (!it) {
      renderNoItem();
      return Promise.resolve();
    }
    const gen = generation;
    if (inflight && inflight.gen === gen) return inflight.p;
    const p = inspectItem(it, policy, now(), CALL_MS, { useCache: true, writeCache: true, extractors, budget: DEFAULT_BUDGET })
      .then((insp) => {
        if (gen !== generation || stopped) return;
        const vm = viewModel(insp, lang, timeOf);
        // The result of the last action no longer describes a state that has changed since.
        if (lastKind !== null && vm.stateKind !== lastKind) status("");
        render(vm);
        // The lapse also goes up in the message's own info bar, once per lapse.
        const state = insp.ctx.state;
        if (state && state.kind === "lapsed" && lastKind !== "lapsed") showLapsedNotice(it, state.changes, lang);
        lastKind = vm.stateKind;
      })
      .then(null, () => undefined)
      .then(() => {
        if (inflight && inflight.p === p) inflight = null;
      });
    inflight = { gen, p };
    return p;
  }

  const refresh = (): Promise<void> => read(false);

  /** Runs a user action with the heartbeat held back, then shows the result. */
  function act(work: (it: ComposeItem) => Promise<string>): void {
    const it = current;
    if (!it || acting) return;
    acting = true;
    generation++;
    setBusy(true);
    status("");
    work(it)
      .then(null, () => t("armFailed", lang))
      .then((message) => {
        acting = false;
        generation++;
        return read(true).then(() => {
          status(message);
          setBusy(false);
          // The clicked button may now be hidden: keep focus in the pane, on the state.
          const active = document.activeElement as HTMLElement | null;
          if (!active || active === document.body || active.closest("[hidden]")) $("state-card").focus();
        });
      });
  }

  const arm = () =>
    act((it) =>
      armSecurePost(it, policy, "user", now(), CALL_MS).then(
        () => {
          showArmedNotice(it, lang);
          return t("armed", lang);
        },
        () => {
          showArmFailedNotice(it, false, lang);
          return t("armFailed", lang);
        },
      ),
    );

  const mask = () =>
    act((it) =>
      maskCprInBody(it, policy, now(), CALL_MS).then(
        (r) => maskedText(r.masked, r.remaining, lang, maskForm(policy, lang)),
        () => t("maskFailed", lang),
      ),
    );

  // Decided on a fresh read, not on what the pane showed a beat ago.
  const turnOff = () =>
    act((it) =>
      inspectItem(it, policy, now(), CALL_MS, { useCache: true, writeCache: true, extractors, budget: DEFAULT_BUDGET }).then(
        (insp) => {
          if (!mayTurnOff(insp, policy)) return t("offRefused", lang);
          return disarmSecurePost(it, policy, now(), CALL_MS).then(
            () => clearNotice(it).then(() => t("offDone", lang)),
            () => t("offFailed", lang),
          );
        },
        () => t("offRefused", lang),
      ),
    );

  $("arm").addEventListener("click", arm);
  $("rearm").addEventListener("click", arm);
  $("mask-cpr").addEventListener("click", mask);
  $("off").addEventListener("click", turnOff);

  const rebind = (next: ComposeItem | null) => {
    current = asComposeItem(next);
    generation++;
    lastKind = null;
    groupsShown = "";
    status("");
    read(true);
  };

  const mailbox = options.mailbox;
  const unwatch = watchItemChanged(mailbox, () => {
    let next: unknown = null;
    try {
      next = mailbox ? mailbox.item : null;
    } catch (e) {
      next = null;
    }
    rebind(next as ComposeItem | null);
  });

  /** A refreshed policy in force: texts, language and the next read follow it. */
  const applyPolicy = (next: PolicyInForce): void => {
    if (stopped) return;
    inForce = next;
    if (JSON.stringify(next.policy) !== JSON.stringify(policy)) {
      policy = next.policy;
      if (options.chooseLang) lang = options.chooseLang(policy.languages);
      staticTexts(lang, policy);
      groupsShown = "";
      noticesShown = "";
      generation++;
      read(true);
    }
    showPolicy();
  };
  const policyThenNotices = (): Promise<void> => {
    const refreshed = options.refreshPolicy ? options.refreshPolicy().then(applyPolicy, () => undefined) : Promise.resolve();
    // Notices after the policy: it says where they are.
    return refreshed.then(notices);
  };

  let noticesShown = "";
  const notices = () =>
    loadNotices().then(
      (list) => {
        if (stopped) return;
        const sig = JSON.stringify(list);
        if (sig === noticesShown) return;
        noticesShown = sig;
        renderNotices(list, lang);
      },
      () => undefined,
    );

  const beat = setInterval(refresh, BEAT_MS);
  const noticeTimer = setInterval(policyThenNotices, NOTICES_EVERY_MS);
  policyThenNotices();
  read(true);
  return {
    refresh,
    rebind,
    stop: () => {
      stopped = true;
      clearInterval(beat);
      clearInterval(noticeTimer);
      if (unwatch) unwatch();
    },
  };
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => {
    let mailbox: (MailboxEvents & { item?: unknown }) | null = null;
    try {
      mailbox = Office.context.mailbox as unknown as MailboxEvents & { item?: unknown };
    } catch (e) {
      mailbox = null;
    }
    // The last good copy first (no network: the pane paints at once), then the fetch.
    policyForEvent().then((p) =>
      startTaskpane(composeItem(), p.policy, displayLang(p.policy.languages), {
        mailbox,
        policyInForce: p,
        refreshPolicy: () => refreshPolicy(),
        chooseLang: (languages) => displayLang(languages),
      }),
    );
  });
}
