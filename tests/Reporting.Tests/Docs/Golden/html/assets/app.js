// abi docs: search over What strings and Descriptions, and the level filter. Runs from file:// (no fetch, no server).
(function () {
  "use strict";
  var index = window.ABI_INDEX;
  var input = document.getElementById("q");
  if (!index || !input) return;
  var results = document.getElementById("results");
  var list = document.getElementById("result-list");
  var title = document.getElementById("results-title");
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[name=level]"));
  var LIMIT = 200;
  var lowered = index.entries.map(function (e) { return { whats: e[0].join("\n").toLowerCase(), text: e[3].toLowerCase() }; });

  function levelsOn() {
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    return on;
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text != null) node.textContent = text;
    return node;
  }

  // Text with every term marked, built from text nodes (never innerHTML: ABI text is shown, not run).
  function marked(tag, cls, text, terms) {
    var node = el(tag, cls);
    var low = text.toLowerCase(), at = 0;
    while (at < text.length) {
      var best = -1, len = 0;
      terms.forEach(function (t) { var i = low.indexOf(t, at); if (i >= 0 && (best < 0 || i < best)) { best = i; len = t.length; } });
      if (best < 0) { node.appendChild(document.createTextNode(text.slice(at))); break; }
      node.appendChild(document.createTextNode(text.slice(at, best)));
      node.appendChild(el("mark", null, text.slice(best, best + len)));
      at = best + len;
    }
    return node;
  }

  function snippet(text, term) {
    var i = text.toLowerCase().indexOf(term);
    if (i < 0) return text.slice(0, 160) + (text.length > 160 ? "…" : "");
    var from = Math.max(0, i - 70);
    return (from > 0 ? "…" : "") + text.slice(from, i + 110) + (i + 110 < text.length ? "…" : "");
  }

  function filterBrowse(on) {
    Array.prototype.forEach.call(document.querySelectorAll(".level-group"), function (g) {
      g.hidden = on[g.getAttribute("data-level")] === false;
    });
  }

  function run() {
    var query = input.value.trim().toLowerCase();
    var on = levelsOn();
    filterBrowse(on);
    var state = query ? "?q=" + encodeURIComponent(input.value.trim()) : location.pathname.split("/").pop();
    try { history.replaceState(null, "", state); } catch (e) { /* file:// in some browsers */ }
    if (!query) { results.hidden = true; return; }
    var terms = query.split(/\s+/).filter(Boolean);
    var found = [];
    index.entries.forEach(function (e, i) {
      var file = index.files[e[2]];
      if (on[index.levels[file[1]]] === false) return;
      var l = lowered[i], score = 0;
      var inWhat = terms.every(function (t) { return l.whats.indexOf(t) >= 0; });
      var inAll = inWhat || terms.every(function (t) { return l.whats.indexOf(t) >= 0 || l.text.indexOf(t) >= 0; });
      if (!inAll) return;
      score = inWhat ? 2 : 1;
      found.push({ e: e, file: file, score: score });
    });
    found.sort(function (a, b) { return b.score - a.score || (a.e[0][0] < b.e[0][0] ? -1 : a.e[0][0] > b.e[0][0] ? 1 : 0); });
    list.textContent = "";
    found.slice(0, LIMIT).forEach(function (f) {
      var li = el("li", "hit lvl-" + index.levels[f.file[1]]);
      var whats = f.e[0], labels = f.e[1];
      whats.forEach(function (w, k) {
        if (k > 0 && f.score === 2 && !terms.every(function (t) { return w.toLowerCase().indexOf(t) >= 0; })) return;
        if (k > 2) return;
        var a = el("a", "what-link");
        a.href = f.file[2] + "#" + labels[k];
        a.appendChild(marked("code", null, w, terms));
        li.appendChild(a);
        li.appendChild(document.createTextNode(" "));
      });
      var where = el("span", "where");
      where.appendChild(el("span", "badge lvl-" + index.levels[f.file[1]], index.levels[f.file[1]]));
      where.appendChild(document.createTextNode(" " + f.file[0]));
      li.appendChild(where);
      if (f.e[3]) li.appendChild(marked("p", "snip", snippet(f.e[3], terms[0]), terms));
      list.appendChild(li);
    });
    title.textContent = found.length === 0 ? "No entry matches “" + input.value.trim() + "”"
      : found.length + (found.length === 1 ? " entry" : " entries") + " match" + (found.length === 1 ? "es" : "")
        + (found.length > LIMIT ? " (first " + LIMIT + " shown)" : "");
    results.hidden = false;
  }

  var timer = 0;
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 80); });
  boxes.forEach(function (b) { b.addEventListener("change", run); });

  // ?q=TERM or #search=TERM opens the page with that search done (links from other pages, and scripted checks).
  var params = new URLSearchParams(location.search);
  var hash = /^#search=(.*)$/.exec(location.hash);
  var initial = params.get("q") || (hash ? decodeURIComponent(hash[1]) : "");
  var level = params.get("level");
  if (level) boxes.forEach(function (b) { b.checked = level.split(",").indexOf(b.value) >= 0; });
  if (initial) input.value = initial;
  run();
})();
