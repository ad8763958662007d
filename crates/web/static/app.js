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

// A survey's question shown only after an earlier answer is hidden (and left out of
// what is sent) until that answer is given. Without the script every question shows,
// each with a hint naming what it follows, and the server ignores an answer whose
// condition is not met.
(function () {
  var form = document.querySelector("form.survey");
  if (!form) return;
  var dependents = form.querySelectorAll("[data-shown-if]");
  if (!dependents.length) return;
  function update() {
    dependents.forEach(function (el) {
      var name = el.getAttribute("data-shown-if");
      var wanted = el.getAttribute("data-shown-values").split(" ");
      var source = document.getElementById(name);
      var shown = !(source && source.hidden) && Array.prototype.some.call(form.elements, function (input) {
        return input.name === name && input.checked && wanted.indexOf(input.value) >= 0;
      });
      el.hidden = !shown;
      Array.prototype.forEach.call(el.querySelectorAll("input, textarea"), function (input) { input.disabled = !shown; });
    });
  }
  form.addEventListener("change", update);
  update();
})();

// A survey: what has been answered is kept in this browser as it is given, so a long
// questionnaire can be left and picked up on the same device. Nothing is sent before
// the form is; the copy is forgotten once the answers are thanked for, and a page that
// finds one asks first (the device may be shared). A survey answered by link keeps it
// until then (localStorage); one answered with class codes, on a school's shared
// machines, only while the tab is open (sessionStorage), so the next pupil on the
// machine never finds it.
(function () {
  var sent = document.querySelector("[data-survey-sent]");
  var form = document.querySelector("form.survey[data-survey-key]");
  var storage;
  try {
    storage = form && form.getAttribute("data-survey-keep") === "tab" ? window.sessionStorage : window.localStorage;
  } catch (e) { return; }
  if (!storage) return;
  if (sent) {
    var forget = "forebygg:" + sent.getAttribute("data-survey-sent");
    try { window.localStorage.removeItem(forget); window.sessionStorage.removeItem(forget); } catch (e) { /* none kept */ }
    return;
  }
  if (!form) return;
  var key = "forebygg:" + form.getAttribute("data-survey-key");
  var hint = document.getElementById("survey-pause-hint");
  if (hint) hint.hidden = false;
  function fields() {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== "csrf" && el.type !== "submit";
    });
  }
  function save() {
    var kept = {};
    fields().forEach(function (el) {
      if ((el.type === "radio" || el.type === "checkbox")) {
        if (el.checked) (kept[el.name] = kept[el.name] || []).push(el.value);
      } else if (el.value) {
        kept[el.name] = [el.value];
      }
    });
    storage.setItem(key, JSON.stringify(kept));
  }
  function restore(kept) {
    fields().forEach(function (el) {
      var values = kept[el.name] || [];
      if (el.type === "radio" || el.type === "checkbox") el.checked = values.indexOf(el.value) >= 0;
      else if (values.length) el.value = values[0];
    });
  }
  var saved = storage.getItem(key);
  // A refused form comes back with what was sent: that is newer than the copy.
  var refused = document.querySelector(".ds-error-summary");
  if (saved && !refused) {
    var box = document.createElement("div");
    box.className = "ds-alert resume";
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", form.getAttribute("data-resume"));
    var text = document.createElement("p");
    text.textContent = form.getAttribute("data-resume-text");
    var resume = document.createElement("button");
    resume.type = "button";
    resume.className = "ds-button";
    resume.setAttribute("data-variant", "primary");
    resume.textContent = form.getAttribute("data-resume");
    var restart = document.createElement("button");
    restart.type = "button";
    restart.className = "ds-button";
    restart.setAttribute("data-variant", "secondary");
    restart.textContent = form.getAttribute("data-restart");
    box.appendChild(text);
    box.appendChild(resume);
    box.appendChild(document.createTextNode(" "));
    box.appendChild(restart);
    form.parentNode.insertBefore(box, form);
    resume.addEventListener("click", function () {
      try { restore(JSON.parse(saved)); } catch (e) { /* a damaged copy: start afresh */ }
      form.dispatchEvent(new Event("change"));
      box.remove();
      var first = form.querySelector("input:not([type=hidden]), textarea");
      if (first) first.focus();
    });
    restart.addEventListener("click", function () {
      storage.removeItem(key);
      box.remove();
      var first = form.querySelector("input:not([type=hidden]), textarea");
      if (first) first.focus();
    });
  }
  form.addEventListener("change", save);
  form.addEventListener("input", save);
})();

// A page made to be printed (a class's code slips) gets a button that prints it; the
// browser's own print does the same without the script.
(function () {
  var row = document.querySelector("[data-print]");
  if (!row) return;
  row.hidden = false;
  row.querySelector("button").addEventListener("click", function () { window.print(); });
})();
