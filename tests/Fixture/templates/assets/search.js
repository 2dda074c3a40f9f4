// Search as you type, without a server. The index (data/search-index.js, written at build time) is loaded the first
// time a reader uses the box, so pages that are only read never download it. Without JavaScript the box stays hidden
// and every page still works: the search only adds a shortcut.
(function () {
  "use strict";

  var KIND_NAMES = { person: "Person", article: "Article", date: "Date", figure: "Figure", outlet: "Outlet", quantity: "Quantity", sentence: "Sentence" };
  var KIND_ORDER = { person: 0, figure: 1, date: 2, article: 3, quantity: 4, outlet: 5 };
  var MAX_ENTITIES = 8;
  var MAX_SENTENCES = 6;

  // Case, accents, apostrophes and thousands separators do not matter: "zelenskiy" finds "Zelenskiy", "1000" finds "1,000".
  function normalize(text) {
    return " " + text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/(\d)[,\u00a0\u202f](?=\d{3}\b)/g, "$1")
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim() + " ";
  }

  function tokens(query) {
    return normalize(query).trim().split(" ").filter(function (t) { return t.length > 0; });
  }

  // Every word of the query must start a word of the text.
  function matchesAll(haystack, words) {
    for (var i = 0; i < words.length; i++) {
      if (haystack.indexOf(" " + words[i]) < 0) return false;
    }
    return true;
  }

  function prepare(raw) {
    var entries = raw.entries.map(function (e, order) {
      return { kind: e[0], title: e[1], url: e[3], detail: e[4], order: order, titleKey: normalize(e[1]), allKey: normalize(e[1] + " " + e[2]) };
    });
    var sentences = raw.sentences.map(function (s) {
      var article = raw.articles[s[0]];
      return { kind: "sentence", title: s[2], url: article[1] + "#" + s[1], detail: article[0], key: normalize(s[2]) };
    });
    return { entries: entries, sentences: sentences };
  }

  function search(index, query) {
    var words = tokens(query);
    if (words.length === 0) return [];
    var joined = " " + words.join(" ") + " ";
    var found = [];
    index.entries.forEach(function (e) {
      if (!matchesAll(e.allKey, words)) return;
      var score = e.titleKey === joined ? 0 : e.titleKey.indexOf(" " + words.join(" ")) === 0 ? 1 : matchesAll(e.titleKey, words) ? 2 : 3;
      found.push({ entry: e, score: score });
    });
    found.sort(function (a, b) {
      return a.score - b.score || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || a.entry.order - b.entry.order;
    });
    var results = found.slice(0, MAX_ENTITIES).map(function (f) { return f.entry; });
    if (joined.length > 4) {
      for (var i = 0, n = 0; i < index.sentences.length && n < MAX_SENTENCES; i++) {
        if (matchesAll(index.sentences[i].key, words)) {
          results.push(index.sentences[i]);
          n++;
        }
      }
    }
    return results;
  }

  function shorten(text, length) {
    return text.length <= length ? text : text.slice(0, length - 1).replace(/\s+\S*$/, "") + "…";
  }

  function start(box) {
    var root = box.getAttribute("data-root") || "";
    var input = box.querySelector("input");
    var list = box.querySelector(".search-results");
    var status = box.querySelector("[role=status]");
    var index = null;
    var loading = false;
    var timer = 0;

    function load() {
      if (index || loading) return;
      if (window.SiteGenSearch) {
        index = prepare(window.SiteGenSearch);
        return;
      }
      loading = true;
      status.textContent = "Loading the search index…";
      var script = document.createElement("script");
      script.src = root + "data/search-index.js";
      script.onload = function () {
        index = prepare(window.SiteGenSearch);
        loading = false;
        update();
      };
      script.onerror = function () {
        loading = false;
        status.textContent = "The search index could not be loaded.";
      };
      document.head.appendChild(script);
    }

    function close() {
      list.hidden = true;
      list.textContent = "";
    }

    function update() {
      var query = input.value.trim();
      if (!query) {
        close();
        status.textContent = "";
        return;
      }
      if (!index) {
        load();
        return;
      }
      var results = search(index, query);
      list.textContent = "";
      results.forEach(function (r) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + r.url;
        link.className = "result result-" + r.kind;
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = KIND_NAMES[r.kind] + " ";
        var title = document.createElement("span");
        title.className = "title";
        title.textContent = shorten(r.title, 160);
        var detail = document.createElement("span");
        detail.className = "detail";
        detail.textContent = " " + r.detail;
        link.appendChild(kind);
        link.appendChild(title);
        link.appendChild(detail);
        item.appendChild(link);
        list.appendChild(item);
      });
      list.hidden = results.length === 0;
      status.textContent = results.length === 0 ? "Nothing found for “" + query + "”." : results.length + (results.length === 1 ? " result" : " results");
    }

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll("a"));
    }

    input.addEventListener("focus", load);
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 60);
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" && links().length > 0) {
        e.preventDefault();
        links()[0].focus();
      } else if (e.key === "Enter" && links().length > 0) {
        e.preventDefault();
        links()[0].click();
      } else if (e.key === "Escape") {
        input.value = "";
        update();
      }
    });
    list.addEventListener("keydown", function (e) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (e.key === "ArrowDown" && at < all.length - 1) {
        e.preventDefault();
        all[at + 1].focus();
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        (at > 0 ? all[at - 1] : input).focus();
      } else if (e.key === "Escape") {
        e.preventDefault();
        input.focus();
        close();
      }
    });
    document.addEventListener("click", function (e) {
      if (!box.contains(e.target)) close();
    });

    box.hidden = false;
  }

  function ready() {
    var box = document.querySelector(".site-search");
    if (box) start(box);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
