/**
 * @jest-environment jsdom
 */
// The taskpane in a DOM: it shows the state, what Send will do and the masked findings, and it
// raises a role="alert" within one 2-second beat of the marker going missing. Also grouped
// findings, "Mask CPR numbers", "Turn secure post off", the message's own notifications,
// ItemChanged for a pinned pane, the organisation's notices, and both languages.

import * as fs from "fs";
import * as path from "path";
import { startTaskpane } from "../../src/taskpane/taskpane";
import { DEFAULT_POLICY } from "../../src/core/policy";
import { AdminNotice } from "../../src/core/admin-notices";
import { STATE_KEY } from "../../src/core/secure-state";
import { NOTICE_KEY } from "../../src/office/notices";
import { createFakeOutlook, EVENT_TYPES } from "../support/fake-outlook";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

const CPR = syntheticCpr({ year: 1991, month: 7, day: 4, mod11: true, seed: 21 });
const HEADER = DEFAULT_POLICY.markers.header;

function loadPage(): void {
  const html = fs.readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
  document.documentElement.innerHTML = html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/^[\s\S]*?<html[^>]*>|<\/html>\s*$/g, "");
}

function text(id: string): string {
  return (document.getElementById(id) as HTMLElement).textContent || "";
}
function hidden(id: string): boolean {
  return (document.getElementById(id) as HTMLElement).hidden === true;
}

let pane: { stop(): void } | null = null;
beforeEach(() => {
  jest.useFakeTimers();
  loadPage();
});
afterEach(() => {
  if (pane) pane.stop();
  pane = null;
  jest.useRealTimers();
});

test("not armed with a CPR number: shows the masked finding and that Send stops once and arms", async () => {
  const fake = createFakeOutlook({ bodyHtml: `<p>CPR-nr. ${formatCpr(CPR, "hyphen")}</p>` });
  pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "da");
  await jest.advanceTimersByTimeAsync(10);
  expect(text("state")).toBe("Ikke markeret til sikker post");
  expect(text("verdict")).toMatch(/stopper én gang og markerer mailen til sikker post \(signeret og krypteret\)/);
  expect(text("findings")).toContain(CPR.slice(0, 6) + "-XXXX");
  expect(document.body.innerHTML).not.toContain(CPR.slice(6));
  expect(hidden("alert")).toBe(true);
});

test("arm button: armed, signed + encrypted, and Send goes through", async () => {
  const fake = createFakeOutlook({ bodyHtml: `<p>CPR-nr. ${formatCpr(CPR, "hyphen")}</p>` });
  pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "da");
  await jest.advanceTimersByTimeAsync(10);
  (document.getElementById("arm") as HTMLButtonElement).click();
  await jest.advanceTimersByTimeAsync(10);
  expect(fake.state.headers[HEADER.name]).toBe(HEADER.value);
  expect(text("state")).toMatch(/^Sikker post: signeret \+ krypteret siden \d\d:\d\d af dig$/);
  expect(text("verdict")).toBe("Send: mailen sendes signeret og krypteret.");
  expect(hidden("arm")).toBe(true);
});

test("the marker removed while the pane is open: role=alert within one beat, and re-arm clears it", async () => {
  const fake = createFakeOutlook({ bodyHtml: "<p>Hej</p>" });
  pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "en");
  await jest.advanceTimersByTimeAsync(10);
  (document.getElementById("arm") as HTMLButtonElement).click();
  await jest.advanceTimersByTimeAsync(10);
  expect(hidden("alert")).toBe(true);

  delete fake.state.headers[HEADER.name]; // what the vanishing secure tab did in 2012
  await jest.advanceTimersByTimeAsync(2000);
  const alert = document.getElementById("alert") as HTMLElement;
  expect(alert.getAttribute("role")).toBe("alert");
  expect(alert.hidden).toBe(false);
  expect(text("alert-text")).toMatch(/Secure post has lapsed: the secure-post marker was removed/);
  expect(text("state")).toBe("SECURE POST HAS LAPSED");
  expect(text("verdict")).toMatch(/^Send: blocked because secure post has lapsed/);

  (document.getElementById("rearm") as HTMLButtonElement).click();
  await jest.advanceTimersByTimeAsync(10);
  expect(hidden("alert")).toBe(true);
  expect(fake.state.headers[HEADER.name]).toBe(HEADER.value);
});

test("Office not answering: the pane says Send is blocked and why, as an alert", async () => {
  const fake = createFakeOutlook({ bodyHtml: "<p>Hej</p>", misbehave: { "internetHeaders.getAsync": "hang" } });
  pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "en");
  await jest.advanceTimersByTimeAsync(3100);
  expect(hidden("alert")).toBe(false);
  expect(text("alert-text")).toMatch(/blocked because the secure-post marker could not be checked/);
});

test("no text offers signing alone", () => {
  expect(document.documentElement.innerHTML).not.toMatch(/kun signatur|sign only|signature only|kun signer/i);
});

// ---- issue 4: the state always in sight ---------------------------------------------------------


const CPR_B = syntheticCpr({ year: 1964, month: 2, day: 29, mod11: false, seed: 22 });
const HEALTH_BODY =
  "<p>Hej Lene</p><p>Borgeren har sendt en ny lægeerklæring. Hun er fortsat sygemeldt med stress og depression.</p>";
const SIGN_ONLY = /kun signatur|kun signer|sign[\s-]*only|signature[\s-]*only|only sign/i;
const noNotices = () => Promise.resolve([] as AdminNotice[]);

function button(id: string): HTMLButtonElement {
  return document.getElementById(id) as HTMLButtonElement;
}

function armedSession(by: "user" | "policy" = "user"): { [key: string]: string } {
  return { [STATE_KEY]: JSON.stringify({ v: 1, armed: true, by, at: new Date().toISOString(), markers: { header: HEADER } }) };
}

function expectNoFullCpr(...numbers: string[]): void {
  const html = document.documentElement.innerHTML;
  for (const n of numbers) {
    expect(html).not.toContain(n);
    expect(html).not.toContain(n.slice(6));
  }
}

describe("findings", () => {
  test("grouped by type and place, with masked value, confidence and the short masked context", async () => {
    const fake = createFakeOutlook({
      subject: `Sag om CPR ${formatCpr(CPR_B, "hyphen")}`,
      bodyHtml: `<p>Borgerens CPR-nr. ${formatCpr(CPR, "hyphen")} og ægtefællens cpr ${formatCpr(CPR_B, "hyphen")} er oplyst.</p>`,
    });
    pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "da", { loadNotices: noNotices });
    await jest.advanceTimersByTimeAsync(10);
    const groups = Array.from(document.querySelectorAll("#findings .group"));
    expect(groups.map((g) => g.querySelector("h3")!.textContent)).toEqual(["1 CPR-nummer i emnefeltet", "2 CPR-numre i brødteksten"]);
    const first = groups[1].querySelectorAll("li")[0];
    expect(first.querySelector(".value")!.textContent).toBe(CPR.slice(0, 6) + "-XXXX");
    expect(first.querySelector(".conf")!.textContent).toMatch(/^\d+ %$/);
    expect(first.querySelector(".context")!.textContent).toContain(`CPR-nr. ${CPR.slice(0, 6)}-XXXX`);
    expectNoFullCpr(CPR, CPR_B);
  });

  test("a special-category finding shows its category only, never the words around it", async () => {
    const fake = createFakeOutlook({ bodyHtml: HEALTH_BODY });
    pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "en", { loadNotices: noNotices });
    await jest.advanceTimersByTimeAsync(10);
    const group = document.querySelector("#findings .group") as HTMLElement;
    expect(group.querySelector("h3")!.textContent).toMatch(/mentions? of health in the body/);
    expect(group.querySelector(".category")!.textContent).toBe("mention of health");
    expect(group.querySelector(".context")).toBeNull();
    expect(text("findings")).not.toMatch(/depression|sygemeldt|stress/);
    // Personal data, so there is nothing to turn off and no CPR number to mask.
    expect(hidden("off-box")).toBe(true);
    expect(hidden("mask-cpr")).toBe(true);
  });
});

describe("languages", () => {
  test("English throughout when Outlook's display language is English", async () => {
    const fake = createFakeOutlook({ bodyHtml: `<p>CPR ${formatCpr(CPR, "hyphen")}</p>` });
    pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "en", { loadNotices: noNotices });
    await jest.advanceTimersByTimeAsync(10);
    expect(document.documentElement.lang).toBe("en");
    expect(text("title")).toBe("Secure post");
    expect(text("verdict-label")).toBe("What Send will do now");
    expect(text("state")).toBe("Not armed for secure post");
    expect(text("verdict")).toBe("Send: stops once and marks the message for secure post (signed and encrypted).");
    expect(text("mask-cpr")).toBe("Mask CPR numbers");
    expect(text("arm")).toBe("Arm secure post (signed + encrypted)");
  });

  test("Danish throughout when it is Danish", async () => {
    const fake = createFakeOutlook({ bodyHtml: `<p>CPR ${formatCpr(CPR, "hyphen")}</p>` });
    pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "da", { loadNotices: noNotices });
    await jest.advanceTimersByTimeAsync(10);
    expect(document.documentElement.lang).toBe("da");
    expect(text("verdict-label")).toBe("Hvad Send gør nu");
    expect(text("mask-cpr")).toBe("Maskér CPR-numre");
    expect(text("findings-title")).toBe("Fund");
  });
});

describe("Mask CPR numbers", () => {
  test("one click rewrites the HTML body to DDMMYY-XXXX, keeps the markup, and the findings update", async () => {
    const body = `<p style="margin:0">Vedr. <b>CPR-nr.</b> <span>${formatCpr(CPR, "hyphen")}</span> og ${formatCpr(CPR_B, "compact")}.</p><p>Mvh</p>`;
    const fake = createFakeOutlook({ bodyHtml: body });
    pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "da", { loadNotices: noNotices });
    await jest.advanceTimersByTimeAsync(10);
    expect(hidden("mask-cpr")).toBe(false);
    button("mask-cpr").click();
    await jest.advanceTimersByTimeAsync(10);
    expect(fake.state.bodyHtml).toBe(
      `<p style="margin:0">Vedr. <b>CPR-nr.</b> <span>${CPR.slice(0, 6)}-XXXX</span> og ${CPR_B.slice(0, 6)}-XXXX.</p><p>Mvh</p>`,
    );
    expect(fake.calls).toContain("body.setAsync");
    expect(text("status")).toBe("2 CPR-numre er maskeret (DDMMÅÅ-XXXX).");
    expect(hidden("no-findings")).toBe(false);
    expect(hidden("mask-cpr")).toBe(true);
    expect(text("verdict")).toBe("Send: mailen sendes; den indeholder ingen personoplysninger.");
    expectNoFullCpr(CPR, CPR_B);
  });

  test("a body write that does not stick is reported, and the numbers are still shown as found", async () => {
    const fake = createFakeOutlook({ bodyHtml: `<p>CPR ${formatCpr(CPR, "hyphen")}</p>`, misbehave: { "body.setAsync": "nostick" } });
    pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "en", { loadNotices: noNotices });
    await jest.advanceTimersByTimeAsync(10);
    button("mask-cpr").click();
    await jest.advanceTimersByTimeAsync(10);
    expect(text("status")).toBe("1 CPR number could not be masked. Please edit it in the text.");
    expect(text("findings")).toContain(CPR.slice(0, 6) + "-XXXX");
    expect(text("verdict")).toMatch(/stops once/);
  });

  test("a body write that fails: nothing masked, said so", async () => {
    const fake = createFakeOutlook({ bodyHtml: `<p>CPR ${formatCpr(CPR, "hyphen")}</p>`, misbehave: { "body.setAsync": "fail" } });
    pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "en", { loadNotices: noNotices });
    await jest.advanceTimersByTimeAsync(10);
    button("mask-cpr").click();
    await jest.advanceTimersByTimeAsync(10);
    expect(text("status")).toBe("The body could not be changed. Nothing was masked.");
  });
});

describe("Turn secure post off", () => {
  test("offered only while armed and the message holds no personal data; it says so, and removes marker, state and notice", async () => {
    const fake = createFakeOutlook({ bodyHtml: "<p>Mødet flyttes til torsdag.</p>" });
    pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "da", { loadNotices: noNotices });
    await jest.advanceTimersByTimeAsync(10);
    expect(hidden("off-box")).toBe(true); // not armed: nothing to turn off
    button("arm").click();
    await jest.advanceTimersByTimeAsync(10);
    expect(fake.state.notifications[NOTICE_KEY]).toMatchObject({ type: "informationalMessage", persistent: true });
    expect(hidden("off-box")).toBe(false);
    expect(text("off-note")).toMatch(/ingen personoplysninger/);

    button("off").click();
    await jest.advanceTimersByTimeAsync(10);
    expect(fake.state.headers[HEADER.name]).toBeUndefined();
    expect(JSON.parse(fake.state.sessionData![STATE_KEY]).armed).toBe(false);
    expect(fake.state.notifications[NOTICE_KEY]).toBeUndefined();
    expect(text("state")).toBe("Ikke markeret til sikker post");
    expect(text("status")).toBe("Sikker post er slået fra. Mailen indeholder ingen personoplysninger.");
    expect(hidden("alert")).toBe(true);
    expect(hidden("off-box")).toBe(true);
  });

  test("never offered when the message holds a CPR number", async () => {
    const fake = createFakeOutlook({ bodyHtml: `<p>CPR ${formatCpr(CPR, "hyphen")}</p>`, headers: { [HEADER.name]: HEADER.value }, sessionData: armedSession() });
    pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "da", { loadNotices: noNotices });
    await jest.advanceTimersByTimeAsync(10);
    expect(text("state")).toMatch(/^Sikker post: signeret \+ krypteret/);
    expect(hidden("off-box")).toBe(true);
  });

  test("refused on a fresh read when personal data arrived after the pane last looked", async () => {
    const fake = createFakeOutlook({ bodyHtml: "<p>Hej</p>", headers: { [HEADER.name]: HEADER.value }, sessionData: armedSession() });
    pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "en", { loadNotices: noNotices });
    await jest.advanceTimersByTimeAsync(10);
    expect(hidden("off-box")).toBe(false);
    fake.state.bodyHtml = `<p>CPR ${formatCpr(CPR, "hyphen")}</p>`; // typed within the beat
    button("off").click();
    await jest.advanceTimersByTimeAsync(10);
    expect(fake.state.headers[HEADER.name]).toBe(HEADER.value);
    expect(text("status")).toMatch(/^Secure post stays on/);
    expect(hidden("off-box")).toBe(true);
  });

  test("not offered where the policy arms every message or marks with a sensitivity label", async () => {
    for (const policy of [
      { ...DEFAULT_POLICY, armOnNewMessage: true },
      { ...DEFAULT_POLICY, markers: { ...DEFAULT_POLICY.markers, sensitivityLabelId: "lbl" } },
    ]) {
      const fake = createFakeOutlook({ bodyHtml: "<p>Hej</p>" });
      fake.state.label = "lbl";
      const p = startTaskpane(fake.office.context.mailbox.item, policy, "en", { loadNotices: noNotices });
      await jest.advanceTimersByTimeAsync(10);
      button("arm").click();
      await jest.advanceTimersByTimeAsync(10);
      expect(text("state")).toMatch(/^Secure post armed/);
      expect(hidden("off-box")).toBe(true);
      p.stop();
    }
  });

  test("with a subject code in the policy, the code leaves the subject too", async () => {
    const policy = { ...DEFAULT_POLICY, markers: { ...DEFAULT_POLICY.markers, subjectTag: "#k#" } };
    const fake = createFakeOutlook({ subject: "Møde", bodyHtml: "<p>Hej</p>" });
    pane = startTaskpane(fake.office.context.mailbox.item, policy, "en", { loadNotices: noNotices });
    await jest.advanceTimersByTimeAsync(10);
    button("arm").click();
    await jest.advanceTimersByTimeAsync(10);
    expect(fake.state.subject).toBe("#k# Møde");
    button("off").click();
    await jest.advanceTimersByTimeAsync(10);
    expect(fake.state.subject).toBe("Møde");
    expect(text("state")).toBe("Not armed for secure post");
  });
});

describe("notices in the message itself", () => {
  test("the pane's arm puts up the persistent informational message; a lapse replaces it with an error, once", async () => {
    const fake = createFakeOutlook({ bodyHtml: "<p>Hej</p>" });
    pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "da", { loadNotices: noNotices });
    await jest.advanceTimersByTimeAsync(10);
    button("arm").click();
    await jest.advanceTimersByTimeAsync(10);
    expect(fake.state.notifications[NOTICE_KEY]).toEqual({
      type: "informationalMessage",
      message: "Sikker post: mailen sendes signeret og krypteret.",
      icon: "Icon.16x16",
      persistent: true,
    });
    expect(text("status")).toBe("Sikker post er slået til: mailen sendes signeret og krypteret.");
    delete fake.state.headers[HEADER.name];
    await jest.advanceTimersByTimeAsync(2000);
    expect(text("status")).toBe(""); // "armed" no longer holds: not left standing under the lapse
    const notice = fake.state.notifications[NOTICE_KEY];
    expect(notice.type).toBe("errorMessage");
    expect(notice.message).toMatch(/^Sikker post er faldet bort: markeringen til sikker post er fjernet fra mailen/);
    expect(notice.message.length).toBeLessThanOrEqual(150);
    const replaces = fake.calls.filter((c) => c === "notificationMessages.replaceAsync").length;
    await jest.advanceTimersByTimeAsync(6000);
    expect(fake.calls.filter((c) => c === "notificationMessages.replaceAsync").length).toBe(replaces);
  });

  test("notifications that fail or hang change nothing in the pane", async () => {
    for (const how of ["fail", "throw", "hang"] as const) {
      const fake = createFakeOutlook({ bodyHtml: "<p>Hej</p>", misbehave: { "notificationMessages.replaceAsync": how } });
      const p = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "en", { loadNotices: noNotices });
      await jest.advanceTimersByTimeAsync(10);
      button("arm").click();
      await jest.advanceTimersByTimeAsync(10);
      expect(text("state")).toMatch(/^Secure post armed: signed \+ encrypted/);
      expect(text("status")).toBe("Secure post is on: the message will go signed and encrypted.");
      p.stop();
    }
  });
});

describe("heartbeat and ItemChanged (pinned pane)", () => {
  test("re-binds to the new item at once, without waiting for a beat", async () => {
    const first = createFakeOutlook({ bodyHtml: "<p>Hej</p>" });
    const second = createFakeOutlook({ bodyHtml: `<p>CPR ${formatCpr(CPR, "hyphen")}</p>` });
    const mailbox = first.office.context.mailbox;
    pane = startTaskpane(mailbox.item, DEFAULT_POLICY, "en", { mailbox, loadNotices: noNotices });
    await jest.advanceTimersByTimeAsync(10);
    expect(text("verdict")).toMatch(/holds no personal data/);
    expect(first.mailbox.handlers[EVENT_TYPES.ItemChanged]).toHaveLength(1);

    mailbox.item = second.mailbox.item;
    first.mailbox.fire(EVENT_TYPES.ItemChanged);
    await jest.advanceTimersByTimeAsync(10);
    expect(text("verdict")).toMatch(/stops once/);
    expect(text("findings")).toContain(CPR.slice(0, 6) + "-XXXX");
    expect(second.calls).toContain("body.getAsync");

    // The heartbeat now reads the new item, and the old one no more.
    const before = first.calls.length;
    await jest.advanceTimersByTimeAsync(4000);
    expect(first.calls.length).toBe(before);
  });

  test("moved to no compose item: says so instead of a stale state", async () => {
    const fake = createFakeOutlook({ bodyHtml: `<p>CPR ${formatCpr(CPR, "hyphen")}</p>` });
    const mailbox = fake.office.context.mailbox;
    pane = startTaskpane(mailbox.item, DEFAULT_POLICY, "da", { mailbox, loadNotices: noNotices });
    await jest.advanceTimersByTimeAsync(10);
    mailbox.item = { itemType: "message", subject: "a read item" };
    fake.mailbox.fire(EVENT_TYPES.ItemChanged);
    await jest.advanceTimersByTimeAsync(10);
    expect(text("state")).toBe("Ingen mail under redigering er valgt.");
    expect(hidden("findings")).toBe(true);
    expect(hidden("arm")).toBe(true);
  });

  test("stop() unregisters ItemChanged", async () => {
    const fake = createFakeOutlook({ bodyHtml: "<p>Hej</p>" });
    const mailbox = fake.office.context.mailbox;
    const p = startTaskpane(mailbox.item, DEFAULT_POLICY, "da", { mailbox, loadNotices: noNotices });
    await jest.advanceTimersByTimeAsync(10);
    p.stop();
    await jest.advanceTimersByTimeAsync(10);
    expect(fake.mailbox.handlers[EVENT_TYPES.ItemChanged]).toBeUndefined();
  });
});

describe("admin notices", () => {
  const notices: AdminNotice[] = [
    {
      id: "sec-1",
      severity: "security",
      date: "2026-11-20",
      title: { da: "Fejl i Outlook til Mac", en: "Fault in Outlook for Mac" },
      text: { da: "Send ikke personoplysninger fra Mac, før fejlen er rettet.", en: "Do not send personal data from a Mac until fixed." },
    },
    {
      id: "info-1",
      severity: "info",
      date: "2026-11-01",
      title: { da: "Ny version", en: "New version" },
      text: { da: "Panelet er opdateret.", en: "The pane was updated." },
    },
  ];

  test("a security notice in red at the top with role=alert; the others below, each with severity and date", async () => {
    const fake = createFakeOutlook({ bodyHtml: "<p>Hej</p>" });
    pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "da", { loadNotices: () => Promise.resolve(notices) });
    await jest.advanceTimersByTimeAsync(10);
    const top = document.querySelector("#security-notices .notice") as HTMLElement;
    expect(top.getAttribute("role")).toBe("alert");
    expect(top.className).toContain("alert");
    expect(top.textContent).toBe("Sikkerhedsfejl · 20.11.2026Fejl i Outlook til MacSend ikke personoplysninger fra Mac, før fejlen er rettet.");
    // At the very top of the pane, before the title and the state.
    expect(document.querySelector("main")!.firstElementChild!.id).toBe("security-notices");
    const info = document.querySelector("#notices .notice") as HTMLElement;
    expect(info.getAttribute("role")).toBeNull();
    expect(info.getAttribute("data-severity")).toBe("info");
    expect(info.textContent).toContain("Information · 1.11.2026");
    expect(hidden("notices-card")).toBe(false);
  });

  test("English texts in English", async () => {
    const fake = createFakeOutlook({ bodyHtml: "<p>Hej</p>" });
    pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "en", { loadNotices: () => Promise.resolve(notices) });
    await jest.advanceTimersByTimeAsync(10);
    expect(text("security-notices")).toBe("Security fault · 20 Nov 2026Fault in Outlook for MacDo not send personal data from a Mac until fixed.");
  });

  test("no notices, or a loader that fails: nothing shown, the pane works", async () => {
    for (const loadNotices of [noNotices, () => Promise.reject(new Error("offline"))]) {
      const fake = createFakeOutlook({ bodyHtml: `<p>CPR ${formatCpr(CPR, "hyphen")}</p>` });
      const p = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "da", { loadNotices });
      await jest.advanceTimersByTimeAsync(10);
      expect(text("security-notices")).toBe("");
      expect(hidden("notices-card")).toBe(true);
      expect(text("verdict")).toMatch(/stopper én gang/);
      p.stop();
    }
  });

  test("the default loader without fetch (or with a bad file) shows nothing and never throws", async () => {
    const fake = createFakeOutlook({ bodyHtml: "<p>Hej</p>" });
    const saved = (global as any).fetch;
    (global as any).fetch = jest.fn(() => Promise.resolve({ ok: true, headers: { get: () => null }, text: () => Promise.resolve("{ not json") }));
    try {
      pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "da");
      await jest.advanceTimersByTimeAsync(10);
      expect((global as any).fetch).toHaveBeenCalledWith("notices.json", expect.anything());
      expect(text("security-notices")).toBe("");
      expect(hidden("notices-card")).toBe(true);
    } finally {
      (global as any).fetch = saved;
    }
  });
});

test("no state of the pane offers or mentions signing alone, and no full CPR number is ever in it", async () => {
  const fake = createFakeOutlook({ bodyHtml: `<p>CPR ${formatCpr(CPR, "hyphen")}</p>` });
  pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "da", { loadNotices: noNotices });
  const seen: string[] = [];
  const look = () => seen.push(document.documentElement.innerHTML);
  await jest.advanceTimersByTimeAsync(10);
  look();
  button("arm").click();
  await jest.advanceTimersByTimeAsync(10);
  look();
  delete fake.state.headers[HEADER.name];
  await jest.advanceTimersByTimeAsync(2000);
  look();
  button("rearm").click();
  await jest.advanceTimersByTimeAsync(10);
  look();
  button("mask-cpr").click();
  await jest.advanceTimersByTimeAsync(10);
  look();
  for (const html of seen) {
    expect(html).not.toMatch(SIGN_ONLY);
    expect(html).not.toContain(CPR.slice(6));
  }
  for (const n of Object.values(fake.state.notifications)) expect(n.message).not.toContain(CPR.slice(6));
});
