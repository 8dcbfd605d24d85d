"use strict";
// Pages through the large tables embedded as JSON. Evidence text is only ever set with
// textContent (never innerHTML), with control and bidi characters made visible.
(function () {
  var BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
  // pictographs of the evidence, each with its Unicode name (from the report's data): shown
  // after the glyph, so that an emoji the reader's fonts lack is not lost as an empty box
  var GLYPHS = null;
  function addPlain(el, text) {
    if (GLYPHS === null) GLYPHS = data("data-glyphs") || {};
    var buf = "";
    for (var ch of text) {
      buf += ch;
      if (Object.prototype.hasOwnProperty.call(GLYPHS, ch)) {
        el.appendChild(document.createTextNode(buf));
        buf = "";
        var g = document.createElement("span");
        g.className = "glyph";
        g.textContent = "[" + GLYPHS[ch] + "]";
        el.appendChild(g);
      }
    }
    if (buf) el.appendChild(document.createTextNode(buf));
  }
  function addText(el, text) {
    text = text == null ? "" : String(text);
    var last = 0, m;
    BIDI.lastIndex = 0;
    while ((m = BIDI.exec(text)) !== null) {
      addPlain(el, text.slice(last, m.index));
      var s = document.createElement("span");
      s.className = "ctl";
      s.textContent = "[U+" + m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0") + "]";
      el.appendChild(s);
      last = m.index + 1;
    }
    addPlain(el, text.slice(last));
  }
  function addHighlighted(el, text, spans) {
    text = text == null ? "" : String(text);
    spans = (spans || []).slice().sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    spans.forEach(function (sp) {
      var s = Math.max(sp[0], pos), e = Math.min(sp[1], text.length);
      if (e <= s) return;
      addText(el, text.slice(pos, s));
      var mk = document.createElement("mark");
      addText(mk, text.slice(s, e));
      el.appendChild(mk);
      pos = e;
    });
    addText(el, text.slice(pos));
  }
  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }
  function pager(tableId, rows, render, filter, size) {
    var table = document.getElementById(tableId);
    if (!table || !rows) return null;
    var body = table.querySelector("tbody"), page = 0, shown = rows, box = null;
    size = size || 200;
    var bar = document.createElement("div");
    bar.className = "pager";
    var prev = document.createElement("button"), next = document.createElement("button");
    var info = document.createElement("span");
    prev.textContent = "\u2190 previous"; next.textContent = "next \u2192";
    bar.appendChild(prev); bar.appendChild(next); bar.appendChild(info);
    if (filter) {
      box = document.createElement("input");
      box.type = "search"; box.placeholder = "filter"; box.style.marginLeft = "1rem";
      box.addEventListener("input", function () {
        var q = box.value.toLowerCase();
        shown = q ? rows.filter(function (r) { return JSON.stringify(r).toLowerCase().indexOf(q) >= 0; }) : rows;
        page = 0; draw();
      });
      bar.appendChild(box);
    }
    table.parentNode.insertBefore(bar, table);
    function draw() {
      while (body.firstChild) body.removeChild(body.firstChild);
      var start = page * size, end = Math.min(shown.length, start + size);
      for (var i = start; i < end; i++) body.appendChild(render(shown[i]));
      info.textContent = " rows " + (shown.length ? start + 1 : 0) + "\u2013" + end + " of " + shown.length;
      prev.disabled = page === 0; next.disabled = end >= shown.length;
    }
    prev.addEventListener("click", function () { page--; draw(); });
    next.addEventListener("click", function () { page++; draw(); });
    draw();
    return {
      only: function (test, label) {  // show only the rows that pass test, e.g. one conversation
        shown = rows.filter(test); page = 0;
        if (box) box.value = "";
        draw();
        info.textContent += " \u2014 " + label;
      }
    };
  }
  function cell(tr, text, cls) {
    var td = document.createElement("td");
    if (cls) td.className = cls;
    addText(td, text);
    tr.appendChild(td);
    return td;
  }
  pager("files-table", data("data-files"), function (r) {
    var tr = document.createElement("tr");
    cell(tr, r[0]); cell(tr, r[1], "text"); cell(tr, r[2], "num"); cell(tr, r[3], r[3] === "known-bad" ? "bad" : "");
    cell(tr, r[4]); cell(tr, r[5]); cell(tr, r[6], "hash");
    return tr;
  }, true);
  var messages = pager("messages-table", data("data-messages"), function (r) {
    var tr = document.createElement("tr");
    cell(tr, r[0]); cell(tr, r[1]); cell(tr, r[2]);
    var td = document.createElement("td"); td.className = "text"; addHighlighted(td, r[3], r[5]);
    if (r[7]) { var n = document.createElement("div"); n.className = "muted"; addText(n, "[" + r[7] + "]"); td.appendChild(n); }
    tr.appendChild(td);
    cell(tr, r[4], "num");
    return tr;
  }, true);
  document.querySelectorAll("a.conv").forEach(function (a) {
    a.addEventListener("click", function () {
      var name = a.getAttribute("data-conv");
      if (messages) messages.only(function (r) { return r[0] === name; }, "conversation " + name);
    });
  });
  function thumb(src, reason) {
    var td = document.createElement("td");
    if (!src) { td.className = "muted"; addText(td, reason); return td; }
    var b = document.createElement("button");
    b.className = "thumb blur"; b.type = "button"; b.title = "Blurred: click to show";
    var img = document.createElement("img");
    img.src = src; img.alt = "picture (blurred until clicked)";
    b.appendChild(img);
    b.addEventListener("click", function () { b.classList.toggle("blur"); });
    td.appendChild(b);
    return td;
  }
  pager("images-table", data("data-images"), function (r) {
    var tr = document.createElement("tr");
    tr.appendChild(thumb(r[0], r[1]));
    cell(tr, r[2] + ":" + r[3], "text"); cell(tr, r[4]); cell(tr, r[5]); cell(tr, r[6]); cell(tr, r[7]);
    cell(tr, r[8], "text"); cell(tr, r[9]); cell(tr, r[10], "num");
    return tr;
  }, true, 50);
})();
