// Filtered lists of documents and people. The list is complete in the HTML; this script only hides what does not
// match, so the page stays a plain list without JavaScript. (The practice catalogue searches Pagefind's index
// instead: practice-search.js.) Contributed text is never inserted as HTML: only `hidden`,
// select values and textContent change.
//
// Speed at thousands of items (issue 7): the facets are read from the data-* attributes once; a change of filter
// is a loop over plain arrays, and only the items whose visibility changes are touched. Of the matches only the
// first page is shown («Показать ещё» adds the next), so the browser lays out a few dozen cards, not thousands;
// the count still announces every match. Nothing here reads layout, so there is no forced synchronous layout.
(function () {
  "use strict";

  var PAGE_SIZE = 50;

  function plural(n, one, few, many) {
    var tail = n % 100;
    if (tail >= 11 && tail <= 14) return many;
    var last = n % 10;
    if (last === 1) return one;
    if (last >= 2 && last <= 4) return few;
    return many;
  }

  // One script for these filtered lists: <prefix>-filters, -list, -count, -empty (documents, people); the form's
  // data-words holds the three forms of the counted noun.
  function init() {
    ["document", "person"].forEach(setup);
  }

  function setup(prefix) {
    var form = document.getElementById(prefix + "-filters");
    var list = document.getElementById(prefix + "-list");
    var count = document.getElementById(prefix + "-count");
    var empty = document.getElementById(prefix + "-empty");
    if (!form || !list || form.dataset.ready) return;
    form.dataset.ready = "1";
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    var names = selects.map(function (select) { return select.name; });
    // Per item, per filter: its values, space-padded (" a b "), so that a test is one indexOf on a string.
    var items = Array.prototype.map.call(list.children, function (li) {
      return {
        li: li,
        values: names.map(function (name) { return " " + (li.getAttribute("data-" + name) || "") + " "; }),
        shown: !li.hidden,
      };
    });
    var total = items.length;
    var words = (form.getAttribute("data-words") || "практика практики практик").split(" ");
    var pageSize = parseInt(list.getAttribute("data-page-size"), 10) || PAGE_SIZE;
    var matches = [];  // indexes into items, in list order
    var limit = pageSize;  // how many of the matches are shown
    var stateKey = "shnor-" + prefix + "-shown";  // «Показать ещё» survives a reload and the back button

    // «Показать ещё» after the list: only with JavaScript, since without it every item is shown.
    var more = document.createElement("div");
    more.className = "shnor-more";
    more.hidden = true;
    var moreNote = document.createElement("p");
    moreNote.className = "shnor-more__note";
    var moreButton = document.createElement("button");
    moreButton.type = "button";
    moreButton.className = "md-button";
    moreButton.setAttribute("aria-controls", list.id);
    more.appendChild(moreNote);
    more.appendChild(moreButton);
    list.parentNode.insertBefore(more, list.nextSibling);

    function chosen() {
      var state = [];
      selects.forEach(function (select, index) {
        if (select.value) state.push({ index: index, name: select.name, value: " " + select.value + " " });
      });
      return state;
    }

    // Shows the first `limit` matches and hides the rest, writing only the items whose visibility changes.
    function render() {
      var wanted = new Uint8Array(total);
      var upto = Math.min(limit, matches.length);
      for (var i = 0; i < upto; i++) wanted[matches[i]] = 1;
      for (var j = 0; j < total; j++) {
        var item = items[j];
        var show = wanted[j] === 1;
        if (item.shown !== show) {
          item.li.hidden = !show;
          item.shown = show;
        }
      }
      var rest = matches.length - upto;
      more.hidden = rest <= 0;
      if (rest > 0) {
        moreNote.textContent = "Показаны " + upto + " из " + matches.length + ".";
        moreButton.textContent = "Показать ещё " + Math.min(pageSize, rest);
      }
    }

    function saveShown() {
      var state = Object.assign({}, history.state);
      state[stateKey] = limit;
      history.replaceState(state, "", location.href);
    }

    function apply(updateUrl) {
      var state = chosen();
      var keys = state.length;
      matches = [];
      for (var i = 0; i < total; i++) {
        var values = items[i].values;
        var match = true;
        for (var k = 0; k < keys; k++) {
          if (values[state[k].index].indexOf(state[k].value) === -1) {
            match = false;
            break;
          }
        }
        if (match) matches.push(i);
      }
      var shown = matches.length;
      render();
      var text = keys
        ? "Найдено " + shown + " " + plural(shown, words[0], words[1], words[2]) + " из " + total
        : "Всего " + total + " " + plural(total, words[0], words[1], words[2]);
      if (count.textContent !== text) count.textContent = text;
      empty.hidden = shown !== 0;
      if (chosenNote) chosenNote.textContent = keys ? "· выбрано: " + keys : "";
      if (updateUrl) {
        var params = new URLSearchParams();
        state.forEach(function (entry) { params.set(entry.name, entry.value.trim()); });
        var query = params.toString();
        var kept = Object.assign({}, history.state);
        delete kept[stateKey];
        history.replaceState(kept, "", location.pathname + (query ? "?" + query : "") + location.hash);
      }
    }

    var params = new URLSearchParams(location.search);
    selects.forEach(function (select) {
      var wanted = params.get(select.name);
      if (wanted && select.querySelector('option[value="' + CSS.escape(wanted) + '"]')) select.value = wanted;
    });
    form.hidden = false;
    // On phones the filters fold into «Фильтры» so that the list starts on the first screen.
    var panel = document.getElementById(prefix + "-filters-panel");
    var chosenNote = panel && panel.querySelector(".shnor-filters-panel__chosen");
    if (panel) {
      panel.hidden = false;
      panel.open = !window.matchMedia("(max-width: 44.9375em)").matches;
    }
    form.addEventListener("change", function () {
      limit = pageSize;
      apply(true);
    });
    form.addEventListener("reset", function () {
      setTimeout(function () {
        limit = pageSize;
        apply(true);
      }, 0);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    // The next page of matches; focus moves to the first card added, so that reading goes on from there.
    moreButton.addEventListener("click", function () {
      var first = items[matches[limit]];
      limit += pageSize;
      render();
      saveShown();
      if (!first) return;
      var target = first.li.querySelector("a[href]");
      if (!target) {
        first.li.tabIndex = -1;
        target = first.li;
      }
      target.focus();
    });
    // A link to one item (people/#ivanova-marina) opens the pages up to it, if the filters let it through.
    function revealTarget() {
      var id;
      try {
        id = decodeURIComponent(location.hash.slice(1));
      } catch (error) {
        return;
      }
      var target = id && document.getElementById(id);
      if (!target || target.parentNode !== list) return;
      var index = Array.prototype.indexOf.call(list.children, target);
      var rank = matches.indexOf(index);  // -1: filtered out, and the filters are the reader's choice
      if (rank < limit) return;
      limit = Math.ceil((rank + 1) / pageSize) * pageSize;
      render();
      target.scrollIntoView();
    }

    var saved = history.state && history.state[stateKey];
    if (saved > pageSize) limit = saved;
    apply(false);
    revealTarget();
    window.addEventListener("hashchange", revealTarget);
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
