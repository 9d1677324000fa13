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

  function init() {
    var form = document.getElementById("practice-filters");
    var list = document.getElementById("practice-list");
    var count = document.getElementById("practice-count");
    var empty = document.getElementById("practice-empty");
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
        ? "Найдено " + shown + " " + plural(shown, "практика", "практики", "практик") + " из " + total
        : "Всего " + total + " " + plural(total, "практика", "практики", "практик");
      empty.hidden = shown !== 0;
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
