// Enhancements only: every page works without this script.

// A PDF job's page: ask for the job's state every second and show it; reload the page
// when the job is finished, so the download link (or the error) appears.
(function () {
  var box = document.querySelector("[data-job-status]");
  if (!box) return;
  var bar = box.querySelector("progress");
  var message = box.querySelector("[data-job-message]");
  var last = box.getAttribute("data-job-state");
  function poll() {
    fetch(box.getAttribute("data-job-status"), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (job) {
        if (!job) return;
        if (job.state === "done" || job.state === "failed") { window.location.reload(); return; }
        if (bar) { bar.value = job.percent; bar.textContent = job.percent + " %"; }
        if (message && job.state !== last) { message.textContent = job.message; last = job.state; }
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  if (last === "queued" || last === "running") window.setTimeout(poll, 500);
})();

// A refused form: the page comes back with an error summary, possibly far down the page
// (a form near the end). Move focus to it so it is seen and read out.
(function () {
  var summary = document.querySelector(".ds-error-summary");
  if (summary && typeof summary.focus === "function") summary.focus();
})();

// The chapter editor: the preview follows the text as it is typed (a pause of 0.7 s),
// asked of the same server-rendered preview the "Preview" button shows — nothing is
// saved. Without the script the button does the same. Not a live region: a preview
// read aloud at every pause would drown the typing.
(function () {
  var form = document.querySelector("form.chapter-editor");
  if (!form || !window.fetch || !window.DOMParser) return;
  var area = form.querySelector("textarea");
  if (!area) return;
  var timer = null;
  var asked = 0;
  function refresh() {
    var data = new URLSearchParams(new FormData(form));
    data.set("preview", "1");
    var mine = ++asked;
    fetch(form.getAttribute("action"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: data.toString()
    })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html || mine !== asked) return;
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("preview");
        if (!fresh) return;
        var shown = document.getElementById("preview");
        if (shown) shown.replaceWith(fresh); else form.insertAdjacentElement("afterend", fresh);
      })
      .catch(function () {});
  }
  area.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 700);
  });
})();

// A link to a field (the plan check's "fix it here"): the address ends in the field's
// id. The browser scrolls there; this puts the caret in it too — the first field of a
// fieldset when the target is a group of choices — opening a collapsed <details> on
// the way. Other targets (a section, a heading) are only scrolled to, and a refused
// form's error summary keeps the focus.
(function () {
  if (!window.location.hash || document.querySelector(".ds-error-summary")) return;
  var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
  if (!target) return;
  var fields = "input:not([type=hidden]), select, textarea";
  var field = target.matches(fields) ? target : target.tagName === "FIELDSET" ? target.querySelector(fields) : null;
  if (!field) return;
  for (var open = field.parentElement; open; open = open.parentElement) {
    if (open.tagName === "DETAILS") open.open = true;
  }
  // The browser put the field at the very top, its label and hint above the screen;
  // show the field with its label instead.
  field.focus({ preventScroll: true });
  (field.closest(".ds-field") || field).scrollIntoView({ block: "center" });
})();
