// Search as you type, without a server. The index (data/search/, written at build time) is in pieces: a manifest,
// the words (each with the numbers of the records that hold it) in files by their first two characters, and the
// records, 128 to a file. A query loads only the files of its words and of the results it shows, so pages that are
// only read download nothing and a query into a large archive downloads little. Without JavaScript the box stays
// hidden and every page still works: the search only adds a shortcut.
(function () {
  "use strict";

  var KIND_NAMES = { person: "Person", article: "Article", date: "Date", figure: "Figure", outlet: "Outlet", quantity: "Quantity", sentence: "Sentence" };
  var MAX_ENTITIES = 8;
  var MAX_SENTENCES = 6;
  // Entities whose titles are read to put the best first: the lowest numbers, which are the best kinds.
  var ENTITIES_RANKED = 32;

  // As the index was written (Render/Search/SearchWords.cs): lower case, composed, "1,000" as "1000", split at
  // everything but letters and numbers.
  function words(text) {
    return text.normalize("NFC").toLowerCase()
      .replace(/(\d)[,\u00a0\u202f](?=\d{3}(?![A-Za-z0-9_]))/g, "$1")
      .split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  function normalize(text) {
    return " " + words(text).join(" ") + " ";
  }

  // The word file of a word: its first two characters, hashed (FNV-1a), as the build files it.
  function bucket(word, buckets) {
    var h = 2166136261;
    for (var i = 0; i < Math.min(2, word.length); i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 16777619) >>> 0;
    }
    return h & (buckets - 1);
  }

  function decode(postings) {
    var ids = [], id = 0;
    postings.split(",").forEach(function (d) { id += parseInt(d, 36); ids.push(id); });
    return ids;
  }

  // Every word of the query must start a word of the text (a one-character word must be one).
  function idsOf(part, word) {
    var found = [];
    Object.keys(part || {}).forEach(function (w) {
      if (word.length > 1 ? w.lastIndexOf(word, 0) === 0 : w === word) found = found.concat(decode(part[w]));
    });
    found.sort(function (a, b) { return a - b; });
    return found.filter(function (id, i) { return i === 0 || found[i - 1] !== id; });
  }

  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }

  function Index(root) {
    var parts = {}, waiting = {};
    window.SiteGenSearch = {
      add: function (name, data) {
        parts[name] = data;
        (waiting[name] || []).forEach(function (done) { done(data); });
        delete waiting[name];
      }
    };
    this.load = function (names, done) {
      var left = names.length;
      if (left === 0) return done();
      names.forEach(function (name) {
        var finish = function () { if (--left === 0) done(); };
        if (name in parts) return finish();
        if (waiting[name]) return waiting[name].push(finish);
        waiting[name] = [finish];
        var script = document.createElement("script");
        script.src = root + "data/search/" + name + ".js";
        script.onerror = function () { window.SiteGenSearch.add(name, null); };
        document.head.appendChild(script);
      });
    };
    this.part = function (name) { return parts[name]; };
  }

  function record(index, manifest, id) {
    var chunk = index.part("r/" + Math.floor(id / manifest.chunk));
    var r = chunk.r[id % manifest.chunk];
    if (typeof r[0] === "number") {
      var article = chunk.a[r[0]];
      return { kind: "sentence", title: r[2], url: article[1] + "#" + r[1], detail: article[0], key: normalize(r[2]) };
    }
    return { kind: r[0], title: r[1], url: r[2], detail: r[3], order: id, titleKey: normalize(r[1]) };
  }

  function chunksOf(manifest, ids) {
    var names = [];
    ids.forEach(function (id) {
      var name = "r/" + Math.floor(id / manifest.chunk);
      if (names.indexOf(name) < 0) names.push(name);
    });
    return names;
  }

  function search(index, query, done) {
    var terms = words(query);
    if (terms.length === 0) return done([]);
    index.load(["manifest"], function () {
      var manifest = index.part("manifest");
      if (!manifest) return done(null);
      var files = terms.map(function (t) { return "w/" + bucket(t, manifest.buckets); });
      index.load(files, function () {
        var ids = null;
        terms.forEach(function (t, i) {
          var found = idsOf(index.part(files[i]), t);
          ids = ids === null ? found : intersect(ids, found);
        });
        var entities = ids.filter(function (id) { return id < manifest.entities; }).slice(0, ENTITIES_RANKED);
        var joined = " " + terms.join(" ") + " ";
        var sentences = joined.length > 4 ? ids.filter(function (id) { return id >= manifest.entities; }).slice(0, MAX_SENTENCES) : [];
        index.load(chunksOf(manifest, entities.concat(sentences)), function () {
          var ranked = entities.map(function (id) {
            var e = record(index, manifest, id);
            var score = e.titleKey === joined ? 0 : e.titleKey.indexOf(" " + terms.join(" ")) === 0 ? 1 : terms.every(function (t) { return e.titleKey.indexOf(" " + t) >= 0; }) ? 2 : 3;
            return { entry: e, score: score };
          });
          ranked.sort(function (a, b) { return a.score - b.score || a.entry.order - b.entry.order; });
          var results = ranked.slice(0, MAX_ENTITIES).map(function (r) { return r.entry; });
          sentences.forEach(function (id) { results.push(record(index, manifest, id)); });
          done(results);
        });
      });
    });
  }

  function shorten(text, length) {
    return text.length <= length ? text : text.slice(0, length - 1).replace(/\s+\S*$/, "") + "…";
  }

  function start(box) {
    var root = box.getAttribute("data-root") || "";
    var input = box.querySelector("input");
    var list = box.querySelector(".search-results");
    var status = box.querySelector("[role=status]");
    var index = new Index(root);
    var timer = 0;
    var asked = 0;

    function close() {
      list.hidden = true;
      list.textContent = "";
    }

    function update() {
      var query = input.value.trim();
      var ask = ++asked;
      if (!query) {
        close();
        status.textContent = "";
        return;
      }
      status.textContent = "Searching…";
      search(index, query, function (results) {
        if (ask !== asked) return;
        if (results === null) {
          status.textContent = "The search index could not be loaded.";
          return;
        }
        show(query, results);
      });
    }

    function show(query, results) {
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

    input.addEventListener("focus", function () { index.load(["manifest"], function () {}); });
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
