// Filters the site index on the search page by the words typed, matching titles in Thai or English.
// Without JavaScript the page still shows the whole index, so the search form always leads somewhere useful.
(function () {
  "use strict";
  var results = document.getElementById("search-results");
  if (!results) {
    return;
  }

  var input = document.getElementById("search-page-q");
  var list = results.querySelector("ul");
  var heading = results.querySelector("h2");
  var none = results.querySelector(".no-results");
  var links = Array.prototype.slice.call(document.querySelectorAll(".site-index a"));

  function normalise(text) {
    // Thai digits become Arabic and case is folded, so "๒๕๗๐" finds "2570".
    return text.replace(/[\u0E50-\u0E59]/g, function (d) { return String(d.charCodeAt(0) - 0x0E50); })
      .toLowerCase().replace(/\s+/g, " ").trim();
  }

  function show(query) {
    var words = normalise(query).split(" ").filter(Boolean);
    list.textContent = "";
    if (words.length === 0) {
      results.hidden = true;
      return;
    }

    var seen = {};
    var matches = links.filter(function (link) {
      var title = normalise(link.textContent);
      if (seen[link.href] || !words.every(function (w) { return title.indexOf(w) >= 0; })) {
        return false;
      }
      seen[link.href] = true;
      return true;
    });
    matches.forEach(function (link) {
      var item = document.createElement("li");
      item.appendChild(link.cloneNode(true));
      list.appendChild(item);
    });
    heading.textContent = results.getAttribute("data-found")
      .replace("{count}", String(matches.length)).replace("{query}", query.trim());
    none.hidden = matches.length > 0;
    results.hidden = false;
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  show(query);
  input.addEventListener("input", function () { show(input.value); });
})();
