// Autosaves each answer as the learner gives it and shows the time left. Without
// JavaScript the form still submits every answer at once.
(function () {
  "use strict";
  var form = document.getElementById("attempt-form");
  if (!form) return;
  var url = form.dataset.answerUrl;
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  function answerOf(fieldset) {
    var selects = fieldset.querySelectorAll("select");
    if (selects.length) {
      var places = [];
      selects.forEach(function (s) { places.push([Number(s.value), s.dataset.option]); });
      if (places.some(function (p) { return !p[0]; })) return null;
      places.sort(function (a, b) { return a[0] - b[0]; });
      return places.map(function (p) { return p[1]; });
    }
    return Array.from(fieldset.querySelectorAll("input:checked")).map(function (i) { return i.value; });
  }
  form.addEventListener("change", function (event) {
    var fieldset = event.target.closest("fieldset[data-position]");
    var answer = fieldset && answerOf(fieldset);
    if (!answer) return;
    var body = new FormData();
    body.append("position", fieldset.dataset.position);
    body.append("response", JSON.stringify(answer));
    body.append("csrfmiddlewaretoken", token);
    fetch(url, { method: "POST", body: body, credentials: "same-origin" })
      .then(function (r) { return r.json().then(function (j) { return [r.status, j]; }); })
      .then(function (res) { if (res[0] === 409 && res[1].result) window.location = res[1].result; })
      .catch(function () {});
  });
  var deadline = document.getElementById("deadline");
  var remaining = document.getElementById("remaining");
  if (deadline && remaining) {
    var end = Date.parse(deadline.dataset.deadline);
    var tick = function () {
      var left = Math.max(0, Math.round((end - Date.now()) / 60000));
      remaining.textContent = left + " min";
    };
    tick();
    setInterval(tick, 30000);
  }
})();
