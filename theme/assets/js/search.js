// The search page: answers a query from the static index the build exported to search/<lang>/, fetching only the
// files of the query's words. Words are split, normalised and matched by the rules of src/Generator/Search, so the
// page finds what `transparency search` finds. Without JavaScript the form reloads this page and its site index.
(function () {
  "use strict";
  var results = document.getElementById("search-results");
  if (!results || !window.fetch) {
    return;
  }

  var form = document.querySelector(".search-page form");
  var input = document.getElementById("search-page-q");
  var sectionFilter = document.getElementById("search-section");
  var yearFilter = document.getElementById("search-year");
  var heading = results.querySelector("h2");
  var list = results.querySelector("ol");
  var more = results.querySelector(".more");
  var none = results.querySelector(".no-results");
  var base = results.getAttribute("data-index");
  var segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter("th", { granularity: "word" }) : null;
  var PAGE = 10;
  var manifest = null;
  var files = {};
  var found = [];
  var shown = 0;
  var marked = {};

  // SearchText.Normalise: Thai digits, zero-width characters, SARA AM typed in two parts, tone mark before vowel.
  function normalise(text) {
    return text.replace(/[\u0E50-\u0E59]/g, function (d) { return String(d.charCodeAt(0) - 0x0E50); })
      .normalize("NFC").replace(/[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g, "")
      .replace(/\u0E4D([\u0E48-\u0E4B]?)\u0E32/g, "$1\u0E33")
      .replace(/([\u0E48-\u0E4B])([\u0E31\u0E34-\u0E3A\u0E47])/g, "$2$1");
  }

  // ICU word breaking, as ThaiWordTokenizer; each piece keeps its place in the text for highlighting.
  function pieces(text) {
    if (!segmenter) {
      return text.split(/(\s+)/).map(function (s) { return { segment: s, isWordLike: /\S/.test(s) }; });
    }
    return Array.from(segmenter.segment(text));
  }

  // SearchAnalyzer's filters: lower case, English possessive, stop words, Lucene's EnglishMinimalStemmer.
  function term(word) {
    var w = word.toLowerCase().replace(/['\u2019\uFF07]s$/, "");
    if (manifest.stop.indexOf(w) >= 0) {
      return null;
    }
    var n = w.length;
    if (n < 3 || w[n - 1] !== "s" || w[n - 2] === "u" || w[n - 2] === "s") {
      return w;
    }
    if (w[n - 2] === "e") {
      if (n > 3 && w[n - 3] === "i" && w[n - 4] !== "a" && w[n - 4] !== "e") {
        return w.slice(0, n - 3) + "y";
      }
      if ("iaoe".indexOf(w[n - 3]) >= 0) {
        return w;
      }
    }
    return w.slice(0, n - 1);
  }

  // The query's words, then each pair of neighbouring words (WordPairs), each once.
  function terms(text) {
    var words = pieces(normalise(text)).filter(function (p) { return p.isWordLike; })
      .map(function (p) { return term(p.segment); })
      .filter(Boolean);
    var pairs = words.slice(1).map(function (w, i) { return words[i] + " " + w; });
    var seen = {};
    return words.concat(pairs).filter(function (t) { return !seen[t] && (seen[t] = true); });
  }

  function get(path) {
    if (!files[path]) {
      // Shards are named by the index version; the small manifest is checked with the server on every visit.
      var request = manifest ? fetch(base + path + "?v=" + manifest.version) : fetch(base + path, { cache: "no-cache" });
      files[path] = request.then(function (r) {
        if (!r.ok) {
          throw new Error(r.status + " " + path);
        }
        return r.json();
      });
    }
    return files[path];
  }

  // The file of a term is the last one whose first term sorts before it (both sides compare UTF-16 code units).
  function fileOf(t) {
    var lo = 0;
    var hi = manifest.terms.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (manifest.terms[mid] <= t) { lo = mid; } else { hi = mid - 1; }
    }
    return "t/" + lo + ".json";
  }

  // Damerau–Levenshtein distance of at most one, like Lucene's LevenshteinAutomata with transpositions.
  function oneMistake(a, b) {
    var i = 0;
    while (i < a.length && a[i] === b[i]) { i++; }
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length + 1 === b.length ? a.slice(i) === b.slice(i + 1)
      : a.length === b.length + 1 && a.slice(i + 1) === b.slice(i);
  }

  // QueryExpander: a pair only itself; a word itself and, from three letters, the longer words it begins; else those one mistake away.
  function matches(t, postings) {
    if (t.indexOf(" ") >= 0) {
      return postings[t] ? [[t, 1]] : [];
    }
    var keys = Object.keys(postings).filter(function (k) { return k.indexOf(" ") < 0; }).sort();
    var found = postings[t] ? [[t, 1]] : [];
    if (t.length >= 3) {
      found = found.concat(keys.filter(function (k) { return k.length > t.length && k.indexOf(t) === 0; })
        .slice(0, manifest.maxMatches).map(function (k) { return [k, manifest.weights[0]]; }));
    }
    return found.length || t.length < 3 ? found : keys.filter(function (k) {
      return k[0] === t[0] && Math.abs(k.length - t.length) <= 1 && oneMistake(t, k);
    }).slice(0, manifest.maxMatches).map(function (k) { return [k, manifest.weights[1]]; });
  }

  // Each word adds the score of its best-matching term, as the Lucene query does; scores are Lucene's BM25.
  function score(words, chunks) {
    var total = {};
    marked = {};
    words.forEach(function (t, i) {
      var best = {};
      matches(t, chunks[i]).forEach(function (m) {
        marked[m[0]] = true;
        var postings = chunks[i][m[0]];
        var id = 0;
        for (var p = 0; p < postings.length; p += 2) {
          id += postings[p];
          best[id] = Math.max(best[id] || 0, postings[p + 1] * m[1]);
        }
      });
      Object.keys(best).forEach(function (id) { total[id] = (total[id] || 0) + best[id]; });
    });
    return Object.keys(total).map(Number).sort(function (a, b) { return total[b] - total[a] || a - b; });
  }

  // Entries are numbered by section and fiscal year: a group is a range of numbers.
  function groupOf(id) {
    var groups = manifest.groups;
    var lo = 0;
    var hi = groups.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (groups[mid][0] <= id) { lo = mid; } else { hi = mid - 1; }
    }
    return groups[lo];
  }

  function fill(select, entries, chosen) {
    entries.forEach(function (e) {
      var option = document.createElement("option");
      option.value = e[0];
      option.textContent = e[1];
      option.selected = e[0] === chosen;
      select.appendChild(option);
    });
  }

  function highlight(element, text) {
    pieces(text).forEach(function (p) {
      var t = p.isWordLike && term(normalise(p.segment));
      if (t && marked[t]) {
        var mark = document.createElement("mark");
        mark.textContent = p.segment;
        element.appendChild(mark);
      } else {
        element.appendChild(document.createTextNode(p.segment));
      }
    });
  }

  function item(id, entry) {
    var group = groupOf(id);
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = entry[0];
    highlight(link, entry[1]);
    var meta = document.createElement("p");
    meta.className = "result-meta";
    meta.textContent = [manifest.sections[group[1]][0], manifest.years[group[2]]].filter(Boolean).join(" · ");
    li.appendChild(link);
    li.appendChild(meta);
    if (entry[2]) {
      var excerpt = document.createElement("p");
      highlight(excerpt, entry[2]);
      li.appendChild(excerpt);
    }
    return li;
  }

  function showMore() {
    var ids = found.slice(shown, shown + PAGE);
    shown += ids.length;
    more.hidden = shown >= found.length;
    return Promise.all(ids.map(function (id) {
      return get("d/" + Math.floor(id / manifest.perChunk) + ".json");
    })).then(function (chunks) {
      ids.forEach(function (id, i) {
        list.appendChild(item(id, chunks[i][id % manifest.perChunk]));
      });
    });
  }

  function suggest() {
    var links = none.querySelector("ul");
    links.textContent = "";
    Object.keys(manifest.sections).forEach(function (key) {
      var section = manifest.sections[key];
      if (key && section[1]) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = section[1];
        a.textContent = section[0];
        li.appendChild(a);
        links.appendChild(li);
      }
    });
  }

  function search(query, section, year) {
    var words = terms(query);
    list.textContent = "";
    if (!words.length) {
      results.hidden = true;
      return Promise.resolve();
    }
    return Promise.all(words.map(function (t) { return get(fileOf(t)); })).then(function (chunks) {
      found = score(words, chunks).filter(function (id) {
        var group = groupOf(id);
        return (!section || group[1] === section) && (!year || String(group[2]) === year);
      });
      shown = 0;
      var text = results.getAttribute(found.length ? "data-found" : "data-none");
      heading.textContent = text.replace("{count}", String(found.length)).replace("{query}", query.trim());
      none.hidden = found.length > 0;
      if (!found.length) {
        suggest();
      }
      results.hidden = false;
      return showMore();
    });
  }

  function run() {
    var params = new URLSearchParams(window.location.search);
    var query = params.get("q") || "";
    input.value = query;
    sectionFilter.value = params.get("section") || "";
    yearFilter.value = params.get("year") || "";
    return search(query, sectionFilter.value, yearFilter.value).then(function () {
      results.setAttribute("data-ready", query);
    }, function () {
      heading.textContent = results.getAttribute("data-failed");
      more.hidden = true;
      results.hidden = false;
    });
  }

  // The address always says what is shown, so a search can be shared, bookmarked and revisited with Back.
  function submit(event) {
    event.preventDefault();
    var params = new URLSearchParams();
    params.set("q", input.value);
    if (sectionFilter.value) { params.set("section", sectionFilter.value); }
    if (yearFilter.value) { params.set("year", yearFilter.value); }
    history.pushState(null, "", "?" + params.toString());
    run().then(function () { heading.focus(); });
  }

  get("index.json").then(function (loaded) {
    manifest = loaded;
    var params = new URLSearchParams(window.location.search);
    fill(sectionFilter, Object.keys(manifest.sections).filter(Boolean).map(function (k) {
      return [k, manifest.sections[k][0]];
    }), params.get("section"));
    fill(yearFilter, Object.keys(manifest.years).sort().reverse().map(function (y) {
      return [y, manifest.years[y]];
    }), params.get("year"));
    form.querySelector(".search-filters").hidden = false;
    form.addEventListener("submit", submit);
    sectionFilter.addEventListener("change", function () { form.requestSubmit(); });
    yearFilter.addEventListener("change", function () { form.requestSubmit(); });
    more.addEventListener("click", showMore);
    window.addEventListener("popstate", run);
    return run();
  }, function () {
    heading.textContent = results.getAttribute("data-failed");
    results.hidden = false;
  });
})();
