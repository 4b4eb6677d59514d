/* Versus: search, compare pickers. No network requests: the search index is a script loaded beside this one. */
(function () {
  "use strict";

  var languageRoot = document.body.getAttribute("data-language-root") || "";
  var index = window.VersusSearchIndex || { families: [], text: {} };

  /* Case and accents folded, in every language alike: Turkish dotted and dotless i (İ, I, ı, i) all match "i";
     Arabic loses its short vowels and tatweel, and its alef forms, taa marbuta and alef maqsura meet their plain
     letters (NFD already splits أ إ آ into ا and a mark). */
  function normalize(text) {
    return text.replace(/\u0131/g, "i").normalize("NFD")
      .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "")
      .replace(/\u0671/g, "\u0627").replace(/\u0629/g, "\u0647").replace(/\u0649/g, "\u064a")
      .toLowerCase();
  }

  /* The family whose folder the page is in (none on the home and search pages): its results come first. */
  var currentFamily = (function () {
    try {
      var base = new URL(languageRoot || "./", window.location.href).href;
      var rest = window.location.href.split(/[?#]/)[0].slice(base.length);
      return rest.indexOf("/") > 0 ? decodeURIComponent(rest.slice(0, rest.indexOf("/"))) : "";
    } catch (error) { return ""; }
  })();

  function familyRank(family) { return family.id === currentFamily ? 0 : 1; }

  /* "5.7.8" and "4.7.8" are written X.7.8 in the catalog. */
  function codeForm(token) {
    return /^[245]\.\d{1,3}\.\d{1,3}$/.test(token) ? "x" + token.slice(1) : token;
  }

  var entries = [];
  index.families.forEach(function (family) {
    family.entries.forEach(function (item, order) {
      entries.push({
        family: family, code: item[0], title: item[1], summary: item[2], order: order,
        codeKey: normalize(item[0]),
        /* The common name and the reply text as the spec words it. */
        titleWords: normalize(item[1] + " " + (item[3] || "")).split(/[^\p{L}\p{N}]+/u).filter(Boolean),
        summaryWords: normalize(item[2]).split(/[^\p{L}\p{N}]+/u).filter(Boolean),
        url: languageRoot + family.id + "/" + item[0] + ".html"
      });
    });
  });

  /* Whether two codes of a family have a comparison page. A family whose pair policy is not "all" lists which do:
     two codes of one of its pair_groups, a pair of its pair_list, or a pair with a note. */
  function hasPairPage(family, a, b) {
    if (!family.pair_groups) { return true; }
    function isThePair(pair) { return (pair[0] === a && pair[1] === b) || (pair[0] === b && pair[1] === a); }
    return family.pair_groups.some(function (group) { return group.indexOf(a) >= 0 && group.indexOf(b) >= 0; }) ||
      (family.pair_list || []).some(isThePair) || (family.notes || []).some(isThePair);
  }

  function findPair(query) {
    var match = query.match(/^(\S+)\s*(?:\s|vs\.?|versus|frente a|x|مقابل|ile|बनाम)\s*(\S+)$/);
    if (!match) { return []; }
    var first = codeForm(match[1]), second = codeForm(match[2]);
    if (first === second) { return []; }
    var results = [];
    index.families.forEach(function (family) {
      var a = null, b = null;
      entries.forEach(function (entry) {
        if (entry.family !== family) { return; }
        if (entry.codeKey === first) { a = entry; }
        if (entry.codeKey === second) { b = entry; }
      });
      if (!a || !b) { return; }
      var pair = a.order < b.order ? [a, b] : [b, a];
      /* Two codes without a comparison page: their own pages instead. */
      if (!hasPairPage(family, a.code, b.code)) {
        results.push(pair[0], pair[1]);
        return;
      }
      var noted = (family.notes || []).some(function (note) { return note[0] === pair[0].code && note[1] === pair[1].code; });
      results.push({
        pair: true, family: family, noted: noted, code: index.text.compare.replace("{a}", pair[0].code).replace("{b}", pair[1].code),
        title: pair[0].title + " / " + pair[1].title, summary: family.name,
        url: languageRoot + family.id + "/" + pair[0].code + "-vs-" + pair[1].code + ".html"
      });
    });
    /* The page's own family first, then pairs with a hand-written note: they are the ones people confuse. */
    return results.sort(function (x, y) {
      return familyRank(x.family) - familyRank(y.family) || (x.noted ? 0 : 1) - (y.noted ? 0 : 1);
    });
  }

  function score(entry, tokens) {
    var total = 0;
    for (var i = 0; i < tokens.length; i++) {
      var token = codeForm(tokens[i]);
      var codeLike = /^[\dx][\dx.]*$/.test(token);
      if (entry.codeKey === token) { total += 100; continue; }
      if (codeLike && entry.codeKey.indexOf(token) === 0) { total += 40; continue; }
      var prefix = function (word) { return word.indexOf(token) === 0; };
      if (entry.titleWords.some(prefix)) { total += 10; continue; }
      if (entry.summaryWords.some(prefix)) { total += 4; continue; }
      return 0;
    }
    return total;
  }

  function search(raw) {
    var query = normalize(raw).trim();
    if (!query) { return []; }
    var tokens = query.split(/\s+/);
    var ranked = entries
      .map(function (entry, position) { return { entry: entry, score: score(entry, tokens), position: position }; })
      .filter(function (item) { return item.score > 0; })
      .sort(function (x, y) {
        return y.score - x.score || familyRank(x.entry.family) - familyRank(y.entry.family) || x.position - y.position;
      })
      .slice(0, 20)
      .map(function (item) { return item.entry; });
    return findPair(query).concat(ranked);
  }

  function setUpSearch(form) {
    var input = form.querySelector("input");
    var list = form.querySelector("[role=listbox]");
    var empty = form.querySelector(".search-empty");
    var popup = form.getAttribute("data-search") === "popup";
    var results = [];
    var active = -1;

    function setActive(position) {
      var options = list.querySelectorAll("[role=option]");
      active = position;
      options.forEach(function (option, i) { option.setAttribute("aria-selected", i === position ? "true" : "false"); });
      if (position >= 0 && options[position]) {
        input.setAttribute("aria-activedescendant", options[position].id);
        options[position].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function render() {
      results = search(input.value);
      list.textContent = "";
      results.forEach(function (result, i) {
        var option = document.createElement("li");
        option.setAttribute("role", "option");
        option.id = list.id + "-" + i;
        option.setAttribute("aria-selected", "false");
        option.setAttribute("data-url", result.url);
        var code = document.createElement("strong");
        code.textContent = result.code;
        option.appendChild(code);
        option.appendChild(document.createTextNode(" " + result.title));
        var detail = document.createElement("span");
        detail.className = "search-detail";
        detail.textContent = result.pair ? result.summary : result.family.name + " · " + result.summary;
        option.appendChild(detail);
        list.appendChild(option);
      });
      var open = results.length > 0;
      list.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      if (empty) { empty.hidden = open || !input.value.trim(); }
      setActive(-1);
    }

    function follow(position) {
      if (results[position]) { window.location.href = results[position].url; return true; }
      return false;
    }

    input.addEventListener("input", render);
    list.addEventListener("click", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) { window.location.href = option.getAttribute("data-url"); }
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (list.hidden && results.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
        setActive(Math.min(active + 1, results.length - 1));
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        setActive(Math.max(active - 1, -1));
      } else if (event.key === "Escape" && popup) {
        list.hidden = true;
        input.setAttribute("aria-expanded", "false");
        setActive(-1);
      }
    });
    form.addEventListener("submit", function (event) {
      if (follow(active >= 0 ? active : 0)) { event.preventDefault(); }
      else if (!popup) { event.preventDefault(); render(); }
    });
    if (popup) {
      document.addEventListener("click", function (event) {
        if (!form.contains(event.target)) { list.hidden = true; input.setAttribute("aria-expanded", "false"); }
      });
    } else {
      var query = new URLSearchParams(window.location.search).get("q");
      if (query) { input.value = query; }
      render();
    }
  }

  /* Two codes without a comparison page: links to their own pages, written into the picker's status box (present,
     empty, from the start, so that screen readers announce what is written into it). */
  function showCodePages(form, options) {
    var box = form.querySelector(".compare-no-page");
    if (!box) { return false; }
    var text = document.createElement("p");
    text.textContent = box.getAttribute("data-text");
    var list = document.createElement("ul");
    options.forEach(function (option) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = option.value + ".html";
      link.textContent = option.textContent;
      item.appendChild(link);
      list.appendChild(item);
    });
    box.textContent = "";
    box.appendChild(text);
    box.appendChild(list);
    return true;
  }

  function setUpPicker(form) {
    var kind = form.getAttribute("data-picker");
    var selects = form.querySelectorAll("select");
    var box = form.querySelector(".compare-no-page");
    if (kind === "pair" && selects.length === 2 && selects[1].options.length > 1) { selects[1].selectedIndex = 1; }
    form.hidden = false;
    selects.forEach(function (select) {
      select.addEventListener("change", function () { if (box) { box.textContent = ""; } });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (kind === "single") {
        window.location.href = selects[0].value;
        return;
      }
      var first = selects[0].selectedIndex, second = selects[1].selectedIndex;
      if (first === second) {
        window.location.href = selects[0].value + ".html";
        return;
      }
      var a = selects[Math.min(first, second) === first ? 0 : 1].value;
      var b = selects[Math.min(first, second) === first ? 1 : 0].value;
      var family = index.families.filter(function (item) { return item.id === currentFamily; })[0];
      if (family && !hasPairPage(family, a, b)) {
        var options = [selects[0].options[first], selects[1].options[second]];
        if (first > second) { options.reverse(); }
        if (showCodePages(form, options)) { return; }
        window.location.href = a + ".html";
        return;
      }
      window.location.href = a + "-vs-" + b + ".html";
    });
  }

  document.querySelectorAll("form[data-search]").forEach(setUpSearch);
  document.querySelectorAll("form[data-picker]").forEach(setUpPicker);
}());
