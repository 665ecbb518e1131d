// Reports time spent reading a lesson while the page is visible, and the remainder when
// the learner completes it. Without JavaScript, completion still works; only time is lost.
(function () {
  "use strict";
  var script = document.currentScript;
  var url = script && script.dataset.timeUrl;
  var form = document.getElementById("complete-form");
  if (!url || !form) return;
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var INTERVAL = 30;
  var since = Date.now();
  function elapsed() { return Math.round((Date.now() - since) / 1000); }
  function report() {
    if (document.visibilityState !== "visible") { since = Date.now(); return; }
    var body = new FormData();
    body.append("seconds", String(Math.min(elapsed(), 120)));
    body.append("csrfmiddlewaretoken", token);
    since = Date.now();
    fetch(url, { method: "POST", body: body, credentials: "same-origin" }).catch(function () {});
  }
  setInterval(report, INTERVAL * 1000);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") since = Date.now();
  });
  form.addEventListener("submit", function () {
    form.querySelector("input[name=seconds]").value = String(Math.min(elapsed(), 120));
  });
})();
