/*
 * The header's search found nothing: under Material's own «Совпадений не найдено» a line that says why (only stop
 * words or punctuation, a query cut at 200 characters, or no page has the words) and a link to the catalogue of
 * practices. Material writes the count line (.md-search-result__meta) and empties the list for every answer;
 * this script only adds its item to the empty list, in Material's article markup. Needs russian-search.js.
 */
(function () {
  "use strict";

  var form = document.querySelector(".md-search");
  var config = document.getElementById("__config");
  if (!form || !config || !self.ShnorSearch) return;
  var settings;
  try {
    settings = JSON.parse(config.textContent);
  } catch (error) {
    return;
  }
  var none = settings.translations && settings.translations["search.result.none"];
  var meta = form.querySelector(".md-search-result__meta");
  var list = form.querySelector(".md-search-result__list");
  var input = form.querySelector(".md-search__input");
  if (!none || !meta || !list || !input) return;
  var catalogue = new URL("practices/", new URL(settings.base, location.href)).href;

  function item(text) {
    var li = document.createElement("li");
    li.className = "shnor-search-hint";  // not a result: Material's result class stays for results
    var article = document.createElement("div");
    article.className = "md-search-result__article md-typeset";
    var line = document.createElement("p");
    line.textContent = text;
    var more = document.createElement("p");
    var link = document.createElement("a");
    link.href = catalogue;
    // Material's Enter picks the best-scored link of the list by its first child's data-md-score.
    var label = document.createElement("span");
    label.setAttribute("data-md-score", "0");
    label.textContent = "Открыть каталог практик";
    link.appendChild(label);
    more.appendChild(link);
    article.appendChild(line);
    article.appendChild(more);
    li.appendChild(article);
    return li;
  }

  function update() {
    var hint = list.querySelector(".shnor-search-hint");
    var empty = meta.textContent === none && input.value.trim() !== "";
    if (!empty) {
      if (hint) hint.remove();
      return;
    }
    var text = ShnorSearch.hint(input.value);
    if (hint && hint.querySelector("p").textContent === text) return;
    if (hint) hint.remove();
    list.appendChild(item(text));
  }

  new MutationObserver(update).observe(meta, { childList: true, characterData: true, subtree: true });
})();
