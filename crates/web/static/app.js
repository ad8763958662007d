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
  var summary = document.querySelector(".error-summary");
  if (summary && typeof summary.focus === "function") summary.focus();
})();
