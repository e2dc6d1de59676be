// claimwire review page: keyboard shortcuts, bulk selection, filter
// auto-submit and the suggestion pickers. No inline script anywhere (CSP).
(function () {
  "use strict";
  var $ = function (s, el) { return (el || document).querySelector(s); };
  var $$ = function (s, el) { return Array.prototype.slice.call((el || document).querySelectorAll(s)); };

  // Filters: submit on change.
  $$("select[data-autosubmit]").forEach(function (sel) {
    sel.addEventListener("change", function () { sel.form.submit(); });
  });

  // Phone: the filter selects open on demand.
  var ft = $("#filters-toggle");
  if (ft) ft.addEventListener("click", function () {
    var open = $("#filters").classList.toggle("open");
    ft.setAttribute("aria-expanded", open ? "true" : "false");
  });

  // Help panel.
  var help = $("#help");
  var toggleHelp = function () { if (help) help.hidden = !help.hidden; };
  var hb = $("#help-toggle");
  if (hb) hb.addEventListener("click", toggleHelp);

  // Bulk selection.
  var all = $("#select-all");
  if (all) all.addEventListener("change", function () {
    $$("#claims input[name=id]").forEach(function (cb) { cb.checked = all.checked; });
  });
  $$("#claims tr.row, #events tr.row").forEach(function (tr) {
    tr.addEventListener("click", function (ev) {
      if (ev.target.closest("a, input, button, label")) return;
      location.href = tr.dataset.href;
    });
  });

  // Pickers: fill the <datalist> from /api/suggest as the analyst types.
  $$("input[data-suggest]").forEach(function (inp) {
    var dl = document.getElementById(inp.getAttribute("list"));
    var timer = null, last = "";
    inp.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var val = inp.value, prefix = "";
        if (inp.hasAttribute("data-multi")) {
          var i = Math.max(val.lastIndexOf(","), val.lastIndexOf(";"));
          prefix = i >= 0 ? val.slice(0, i + 1) + " " : "";
          val = val.slice(i + 1).trim();
        }
        if (val.length < 2 || val === last) return;
        last = val;
        fetch("/api/suggest?kind=" + encodeURIComponent(inp.dataset.suggest) + "&q=" + encodeURIComponent(val),
              { credentials: "same-origin", headers: { "Accept": "application/json" } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) {
            while (dl.firstChild) dl.removeChild(dl.firstChild);
            items.forEach(function (it) {
              var o = document.createElement("option");
              o.value = prefix + it.value;
              o.label = it.label; // text, never HTML
              dl.appendChild(o);
            });
          })
          .catch(function () {});
      }, 150);
    });
  });

  // The sentences around the evidence, on demand.
  var ctxBtn = $("#context-toggle");
  var toggleContext = function () {
    if (!ctxBtn) return;
    var show = ctxBtn.getAttribute("aria-expanded") !== "true";
    $$("#evidence .ctx").forEach(function (el) { el.hidden = !show; });
    ctxBtn.setAttribute("aria-expanded", show ? "true" : "false");
    ctxBtn.textContent = show ? "Hide the sentences around (c)" : "Show the sentences around (c)";
  };
  if (ctxBtn) ctxBtn.addEventListener("click", toggleContext);

  // Keyboard shortcuts.
  var rows = $$("#claims tr.row, #events tr.row");
  var cur = -1;
  var select = function (i) {
    if (!rows.length) return;
    i = Math.max(0, Math.min(rows.length - 1, i));
    if (cur >= 0) rows[cur].classList.remove("current");
    cur = i;
    rows[cur].classList.add("current");
    rows[cur].scrollIntoView({ block: "nearest" });
  };
  var bulk = function (action) {
    var form = $("#bulk");
    if (!form || !$("#bulk button[name=action]")) return;
    var checked = $$("#claims input[name=id]:checked");
    if (!checked.length && cur >= 0) {
      var cb = $("input[name=id]", rows[cur]);
      if (cb) { cb.checked = true; checked = [cb]; }
    }
    if (!checked.length) return;
    if (action === "reject") {
      var reason = $("#bulk-reason");
      if (!reason.value) {
        var r = window.prompt("Reason for rejecting " + checked.length + " claim(s)?");
        if (r === null) return;
        reason.value = r;
      }
    }
    var btn = $("#bulk button[value=" + action + "]");
    form.requestSubmit ? form.requestSubmit(btn) : btn.click();
  };
  var follow = function (sel) { var a = $(sel); if (a) location.href = a.href; };

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) {
      if (ev.key === "Escape") t.blur();
      return;
    }
    var page = document.body.dataset.page;
    var onClaim = !!$("#evidence");
    switch (ev.key) {
      case "?": toggleHelp(); break;
      case "/": var q = $("#q"); if (q) { ev.preventDefault(); q.focus(); } break;
      case "j":
        if (onClaim) follow("#next-claim");
        else if (rows.length) select(cur + 1);
        break;
      case "k":
        if (onClaim) follow("#prev-claim");
        else if (rows.length) select(cur - 1);
        break;
      case "o": case "Enter":
        if (!onClaim && cur >= 0) location.href = rows[cur].dataset.href;
        break;
      case "x":
        if (cur >= 0) { var cb = $("input[name=id]", rows[cur]); if (cb) cb.checked = !cb.checked; }
        break;
      case "a":
        if (onClaim) { var f = $("#accept-form"); if (f) f.submit(); }
        else bulk("accept");
        break;
      case "r":
        if (onClaim) { var rr = $("#reject-reason"); if (rr) { ev.preventDefault(); rr.focus(); } }
        else bulk("reject");
        break;
      case "e":
        var e = $("form.edit input[name=value], form.edit select");
        if (e) { ev.preventDefault(); e.focus(); }
        break;
      case "c": toggleContext(); break;
      default: return;
    }
    if (page) { /* handled */ }
  });
})();
