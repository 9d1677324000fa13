// Catalogue filters. The list is complete in the HTML; this script only hides what does not match, so the page
// stays a plain list without JavaScript. Contributed text is never inserted as HTML: only `hidden`,
// select values and textContent change.
(function () {
  "use strict";

  function plural(n, one, few, many) {
    var tail = n % 100;
    if (tail >= 11 && tail <= 14) return many;
    var last = n % 10;
    if (last === 1) return one;
    if (last >= 2 && last <= 4) return few;
    return many;
  }

  // One script for every filtered list: <prefix>-filters, -list, -count, -empty (practices, documents, people);
  // the form's data-words holds the three forms of the counted noun.
  function init() {
    ["practice", "document", "person"].forEach(setup);
  }

  function setup(prefix) {
    var form = document.getElementById(prefix + "-filters");
    var list = document.getElementById(prefix + "-list");
    var count = document.getElementById(prefix + "-count");
    var empty = document.getElementById(prefix + "-empty");
    if (!form || !list || form.dataset.ready) return;
    form.dataset.ready = "1";
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    var items = Array.prototype.map.call(list.children, function (li) {
      var values = {};
      selects.forEach(function (select) {
        values[select.name] = (li.getAttribute("data-" + select.name) || "").split(" ");
      });
      return { li: li, values: values };
    });
    var total = items.length;
    var words = (form.getAttribute("data-words") || "практика практики практик").split(" ");

    function chosen() {
      var state = {};
      selects.forEach(function (select) {
        if (select.value) state[select.name] = select.value;
      });
      return state;
    }

    function apply(updateUrl) {
      var state = chosen();
      var keys = Object.keys(state);
      var shown = 0;
      items.forEach(function (item) {
        var match = keys.every(function (key) {
          return item.values[key].indexOf(state[key]) !== -1;
        });
        item.li.hidden = !match;
        if (match) shown += 1;
      });
      count.textContent = keys.length
        ? "Найдено " + shown + " " + plural(shown, words[0], words[1], words[2]) + " из " + total
        : "Всего " + total + " " + plural(total, words[0], words[1], words[2]);
      empty.hidden = shown !== 0;
      if (chosenNote) chosenNote.textContent = keys.length ? "· выбрано: " + keys.length : "";
      if (updateUrl) {
        var params = new URLSearchParams();
        keys.forEach(function (key) { params.set(key, state[key]); });
        var query = params.toString();
        history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
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
    form.addEventListener("change", function () { apply(true); });
    form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply(false);
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
