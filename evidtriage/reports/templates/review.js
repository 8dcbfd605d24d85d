"use strict";
// The review page: sends a decision to this page's own server and shows the decisions in force.
// Text from the case (comments, tags, names) is only ever set with textContent.
(function () {
  var token = new URLSearchParams(location.search).get("token") || "";
  var status = document.getElementById("status");
  function say(text) { status.textContent = text; }
  function show(decisions) {
    document.querySelectorAll(".finding[data-key]").forEach(function (el) {
      var d = decisions[el.getAttribute("data-key")];
      var badge = el.querySelector(".badge.current");
      if (!badge) return;
      badge.className = "badge current" + (d ? " badge-" + d.decision : "");
      badge.textContent = d ? d.decision.replace("-", " ") : "no decision";
      el.querySelector(".who").textContent = d ? "by " + d.examiner + ", " + d.time_utc + " UTC (custody entry " + d.seq +
        ")" + (d.tags.length ? "; tags: " + d.tags.join(", ") : "") : "";
      el.querySelector(".comment-shown").textContent = d && d.comment ? "Comment: " + d.comment : "";
      el.setAttribute("data-decision", d ? d.decision : "");
    });
  }
  function refresh() {
    return fetch("/api/decisions", {headers: {"X-Review-Token": token}, cache: "no-store"})
      .then(function (r) { return r.json(); }).then(show)
      .catch(function () { say("the review server does not answer (stopped?)"); });
  }
  document.addEventListener("click", function (ev) {
    var button = ev.target.closest("button.set");
    if (!button) return;
    var finding = button.closest(".finding");
    var tags = finding.querySelector("input.tags").value.split(",").map(function (t) { return t.trim(); })
      .filter(function (t) { return t; });
    var body = {key: finding.getAttribute("data-key"), decision: button.getAttribute("data-decision"),
                comment: finding.querySelector("input.comment").value, tags: tags};
    say("signing…");
    fetch("/api/decide", {method: "POST", headers: {"Content-Type": "application/json", "X-Review-Token": token},
                          body: JSON.stringify(body)})
      .then(function (r) { return r.json().then(function (j) { return [r.ok, j]; }); })
      .then(function (res) {
        if (!res[0]) { say("refused: " + res[1].error); return; }
        say("recorded: " + res[1].key + " " + res[1].decision + " (custody entry " + res[1].seq + ")");
        return refresh();
      })
      .catch(function () { say("the review server does not answer (stopped?)"); });
  });
  refresh();
  setInterval(refresh, 3000);  // decisions made in another tab or by another examiner
})();
