// Playground only (playground-taskpane.html): Office in this frame is the fake Office surface of
// the playground page around it (src/playground/fake-mailbox.ts), not Office.js from the CDN.
// A file of its own, not an inline script, so the page's CSP stays script-src 'self'.
(function () {
  try {
    var p = window.parent;
    if (p && p !== window && p.spgPlayground) window.Office = p.spgPlayground.office();
  } catch (e) {}
})();
