// The practice catalogue's search (issue 15): one text box «Что ищете?» and the filters, one Pagefind query for
// both, in one shareable address (practices/?q=…&direction=…&level=…; back and forward step through the changes).
//
// Without JavaScript the page is the first of the paged complete list (shnor.site.catalogue) and this script never
// runs; with it, the same list shows Pagefind's matches, 50 at a time («Показать ещё»), in the same card markup.
// The practice pages carry the filters as taxonomy ids (shnor.site.practice_facets); the options here keep the
// Russian labels and get the number of practices each would leave. The query text goes through russian-search.js
// (self.ShnorSearch: words, stop words, the 200-character cut, synonyms), shared with the header's search.
// Nothing contributed is inserted as HTML: cards are built from text nodes, and of Pagefind's excerpt only the text
// and its <mark> elements are copied.
(function () {
  "use strict";

  var MAX_QUERY = 200;  // characters searched when russian-search.js is missing (it says the same)
  var DEBOUNCE = 300;  // ms after the last keystroke
  var ABSENT_READ = 30;  // best matches read to tell a word no practice has (the header's search reads as many)
  var ABSENT_BATCH = 5;  // of them downloaded at once

  // Material opens its header search for a ?q= in the address (its bundle reads the address as it runs, at the end
  // of the page) and takes q out of the address when that search is closed. On the catalogue q is this search's:
  // the catalogue loads this script in its content, before Material's bundle, so q leaves the address before the
  // bundle reads it, and init() puts it back.
  var heldSearch = null;
  if (document.getElementById("practice-filters")) {
    var start = new URL(location.href);
    if (start.searchParams.has("q")) {
      heldSearch = start.search;
      start.searchParams.delete("q");
      history.replaceState(history.state, "", start.pathname + start.search + start.hash);
    }
  }

  function plural(n, one, few, many) {
    var tail = n % 100;
    if (tail >= 11 && tail <= 14) return many;
    var last = n % 10;
    if (last === 1) return one;
    if (last >= 2 && last <= 4) return few;
    return many;
  }

  function practices(n) {
    return n + " " + plural(n, "практика", "практики", "практик");
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // What is searched for: {shown: the text as searched (cut), words: what Pagefind gets ([] for none),
  // problem: "symbols" | "stop-words" | "" (nothing to search for), cut: the text was longer than allowed}.
  function prepare(raw) {
    var value = String(raw || "");
    var query = self.ShnorSearch ? self.ShnorSearch.normalise(value) : {
      text: value.trim().slice(0, MAX_QUERY),
      words: value.trim().slice(0, MAX_QUERY).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(function (word) {
        return word.toLowerCase();
      }),
      truncated: value.trim().length > MAX_QUERY,
    };
    var shown = query.text.trim();
    var problem = "";
    if (value.trim() && !query.words.length) problem = /[\p{L}\p{N}]/u.test(shown) ? "stop-words" : "symbols";
    return { shown: shown, words: query.words, problem: problem, cut: Boolean(query.truncated) };
  }

  function fold(word) {
    return String(word).toLowerCase().replace(/ё/g, "е").replace(/[^\p{L}\p{N}]+/gu, "");
  }

  // Pagefind searches a word it does not have as its longest prefix it has («абырвалг» as «а»): such a match is not
  // the reader's word. A word found is the query's word or begins as it does (a word being typed, another ending).
  function sameStart(found, word) {
    if (self.ShnorSearch && self.ShnorSearch.sameWord(found, word)) return true;
    var common = 0;
    while (common < found.length && common < word.length && found[common] === word[common]) common++;
    return common >= (word.length <= 3 ? word.length : Math.max(3, Math.ceil(word.length * 0.6)));
  }

  // The query's words that the page's matches do not contain («папа-электрик» holds «электрик»; without
  // russian-search.js, the matched words whole).
  function missing(data, words) {
    var text = String(data.content || "").split(/\s+/);
    var found = (self.ShnorSearch ? self.ShnorSearch.matchedForms(data) : (data.locations || []).map(function (at) {
      return text[at] || "";
    })).map(fold);
    return words.filter(function (word) {
      var folded = fold(word);
      return !found.some(function (match) { return sameStart(match, folded); });
    });
  }

  function init() {
    var form = document.getElementById("practice-filters");
    if (!form || form.dataset.ready) return;
    form.dataset.ready = "1";
    if (heldSearch !== null) {
      history.replaceState(history.state, "", location.pathname + heldSearch + location.hash);
      heldSearch = null;
    }
    var input = document.getElementById("practice-query");
    var list = document.getElementById("practice-list");
    var count = document.getElementById("practice-count");
    var empty = document.getElementById("practice-empty");
    var notice = document.getElementById("practice-notice");
    var panel = document.getElementById("practice-filters-panel");
    var chosenNote = panel.querySelector(".shnor-filters-panel__chosen");
    var pager = document.querySelector(".shnor-pager");
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    var total = parseInt(form.getAttribute("data-total"), 10) || 0;
    var pageSize = parseInt(form.getAttribute("data-page-size"), 10) || 50;
    var every = form.getAttribute("data-every");  // on every practice page: the list without words asks for it
    var root = new URL(form.getAttribute("data-root"), location.href);
    var here = new URL(".", location.href).pathname;  // result links are made relative to the catalogue's folder
    selects.forEach(function (select) {
      Array.prototype.forEach.call(select.options, function (option) { option.dataset.label = option.textContent; });
    });

    var pagefind = null;
    var searchPagefind = null;  // pagefind.search, one query at a time (ShnorSearch.oneAtATime)
    var synonyms = [];  // search/synonyms.json, as russian-search.js reads it
    var results = [];  // the current query's matches (Pagefind's result handles, best first)
    var shown = 0;  // how many of them are in the list
    var searched = false;  // the current list answers words (snippets) rather than filters alone (summaries)
    var sequence = 0;  // a newer query makes the answers of older ones stale
    var timer = 0;
    var notes = [];  // what the reader is told about the address: filters not found, not applied
    var checked = new Map();  // words -> Promise of the words of them no practice has
    var answers = new Map();  // words and filters -> Promise of Pagefind's answer: a filter's counts reuse it
    var totals = {};  // every filter's counts over the whole bank (pagefind.filters())
    var unknown = [];  // the current query's words no practice has

    // «Показать ещё» under the list, as on the other filtered lists.
    var more = element("div", "shnor-more");
    more.hidden = true;
    var moreNote = element("p", "shnor-more__note");
    var moreButton = element("button", "md-button");
    moreButton.type = "button";
    moreButton.setAttribute("aria-controls", list.id);
    more.appendChild(moreNote);
    more.appendChild(moreButton);
    list.parentNode.insertBefore(more, list.nextSibling);

    function labelOf(select) {
      var label = form.querySelector('label[for="' + select.id + '"]');
      return label ? label.textContent : select.name;
    }

    function optionLabel(select) {
      var option = select.options[select.selectedIndex];
      return option ? option.dataset.label : select.value;
    }

    function chosen() {
      var filters = {};
      selects.forEach(function (select) { if (select.value) filters[select.name] = select.value; });
      return filters;
    }

    // The form from the address; a value that is none of a filter's options is left out, and the reader told.
    function fromAddress() {
      var params = new URLSearchParams(location.search);
      var ignored = [];
      input.value = params.get("q") || "";
      selects.forEach(function (select) {
        var wanted = params.get(select.name);
        select.value = "";
        if (!wanted) return;
        var found = Array.prototype.some.call(select.options, function (option) { return option.value === wanted; });
        if (found) select.value = wanted;
        else ignored.push("Фильтр «" + labelOf(select) + ": " + wanted + "» не найден и не применён.");
      });
      return ignored;
    }

    function address() {
      var params = new URLSearchParams();
      if (input.value.trim()) params.set("q", input.value.trim());
      selects.forEach(function (select) { if (select.value) params.set(select.name, select.value); });
      var query = params.toString();
      return location.pathname + (query ? "?" + query : "") + location.hash;
    }

    // "push": a new history entry; "typing": one entry for a run of keystrokes; "replace"; "none" (back/forward).
    function remember(how) {
      if (how === "none") return;
      var url = address();
      var state = { shnorTyping: how === "typing", shnorShown: pageSize };
      var same = url === location.pathname + location.search + location.hash;
      var typing = how === "typing" && history.state && history.state.shnorTyping;
      if (how === "replace" || same || typing) history.replaceState(state, "", url);
      else history.pushState(state, "", url);
    }

    function rememberShown() {
      history.replaceState(Object.assign({}, history.state, { shnorShown: shown }), "", location.href);
    }

    function showNotes(lines) {
      if (!notice.hidden && notice.textContent === lines.join("")) return;
      notice.textContent = "";
      lines.forEach(function (text) { notice.appendChild(element("p", "", text)); });
      notice.hidden = lines.length === 0;
    }

    function setStatus(text) {
      if (count.textContent !== text) count.textContent = text;
    }

    function pagefindSearch(words, filters) {
      var text = words.length ? (self.ShnorSearch ? self.ShnorSearch.pagefindQuery(words) : words.join(" ")) : every;
      return pagefindText(text, filters, !words.length);
    }

    function pagefindText(text, filters, sorted) {
      var options = { filters: Object.assign({ kind: "practice" }, filters) };
      if (sorted) options.sort = { updated: "desc" };  // no words: the paged list's order, newest first
      // Not search(null): Pagefind answers a search without words by loading the whole index (shnor.site.catalogue).
      var key = JSON.stringify([text, options.filters]);
      if (!answers.has(key)) answers.set(key, searchPagefind(text, options));
      return answers.get(key);
    }

    // Pagefind's stemmer takes the last vowel off a short word and then matches every word the rest begins: «ГИА»
    // is searched as «ги» and finds «гимназия», «ШМО» as «шм». Such words are looked up again in quotes (Pagefind's
    // exact words), and only the practices that have them are kept, in the order of the search without quotes
    // (Pagefind ranks quoted words by where they stand, not by how often).
    function exactWords(words) {
      return words.filter(function (word) { return word.length <= 3 && /[аеёиоуыэюя]$/.test(word); });
    }

    function variantSearch(variant, filters) {
      var exact = exactWords(variant);
      var loose = pagefindSearch(variant, filters);
      if (!exact.length) return loose;
      var quoted = exact.map(function (word) { return '"' + word + '"'; }).join(" ");
      return Promise.all([loose, pagefindText(quoted, filters, false)]).then(function (both) {
        var ids = new Set(both[1].results.map(function (hit) { return hit.id; }));
        var kept = both[0].results.filter(function (hit) { return ids.has(hit.id); });
        if (exact.length === variant.length) return { results: kept, filters: both[1].filters || {} };
        // Other words too: the options' counts are those of the practices kept.
        return Promise.all(kept.map(function (hit) { return hit.data(); })).then(function (datas) {
          var counts = {};
          datas.forEach(function (data) {
            Object.keys(data.filters || {}).forEach(function (name) {
              counts[name] = counts[name] || {};
              data.filters[name].forEach(function (value) { counts[name][value] = (counts[name][value] || 0) + 1; });
            });
          });
          return { results: kept, filters: counts };
        });
      });
    }

    // The words of `words` no practice has. A word Pagefind does not have is matched by its longest known prefix
    // («ГИА» as «ги»: «гимназия» comes first), so the best matches of the words alone are read, a few at a time,
    // until a page has them all; what no page read has is missing. Once per query.
    function absent(words) {
      var key = words.join(" ");
      if (!checked.has(key)) {
        checked.set(key, pagefindSearch(words, {}).then(function (answer) {
          var hits = answer.results.slice(0, ABSENT_READ);
          if (!hits.length) return words.length === 1 ? words.slice() : [""];  // which one: not known
          var read = function (from, lacking) {
            if (!lacking.length || from >= hits.length) return lacking;
            return Promise.all(hits.slice(from, from + ABSENT_BATCH).map(function (hit) { return hit.data(); }))
              .then(function (datas) {
                datas.forEach(function (data) {
                  var gone = missing(data, words);
                  lacking = lacking.filter(function (word) { return gone.indexOf(word) >= 0; });
                });
                return read(from + ABSENT_BATCH, lacking);
              });
          };
          return read(0, words.slice());
        }));
      }
      return checked.get(key);
    }

    // The variants of the query that search for the reader's words: the words and each synonym variant of them
    // (ОВЗ ↔ ограниченные возможности здоровья), less those with a word no practice has. Sets `unknown`: the
    // words of the query itself no practice has, when no variant is left.
    function variantsOf(words) {
      if (!words.length) return Promise.resolve({ variants: [words], unknown: [] });
      var variants = self.ShnorSearch ? self.ShnorSearch.variants(words, synonyms) : [words];
      return Promise.all(variants.map(absent)).then(function (absences) {
        var kept = variants.filter(function (variant, index) { return absences[index].length === 0; });
        return { variants: kept, unknown: kept.length ? [] : absences[0].filter(Boolean) };
      });
    }

    // Every kept variant searched with the filters, the matches merged with each practice's best score; the
    // options' counts are the largest of the variants' (exact when there is one variant).
    // `countsOnly`: only the answer's counts are read (a chosen filter's options, counted without it).
    function search(variants, filters, countsOnly) {
      if (!variants.length) return Promise.resolve({ results: [], filters: {} });
      if (countsOnly && variants.length === 1 && !variants[0].length && !Object.keys(filters).length) {
        return Promise.resolve({ results: [], filters: totals });  // the whole bank: its counts are known
      }
      return Promise.all(variants.map(function (variant) {
        return variantSearch(variant, filters);
      })).then(function (answers) {
        if (answers.length === 1) return { results: answers[0].results, filters: answers[0].filters || {} };
        var best = new Map();  // id -> {hit, score}
        var counts = {};
        answers.forEach(function (answer, index) {
          answer.results.forEach(function (hit) {
            var seen = best.get(hit.id);
            var score = self.ShnorSearch ? self.ShnorSearch.score(hit, variants[index]) : hit.score;
            if (!seen || score > seen.score) best.set(hit.id, { hit: hit, score: score });
          });
          Object.keys(answer.filters || {}).forEach(function (name) {
            counts[name] = counts[name] || {};
            Object.keys(answer.filters[name]).forEach(function (value) {
              counts[name][value] = Math.max(counts[name][value] || 0, answer.filters[name][value]);
            });
          });
        });
        var merged = Array.from(best.values()).sort(function (a, b) { return b.score - a.score; })
          .map(function (entry) { return entry.hit; });
        return { results: merged, filters: counts };
      });
    }

    // Each option says how many practices it would leave; a chosen filter's options count without it.
    function showCounts(main, without) {
      selects.forEach(function (select) {
        var source = select.value ? without[select.name] : main;
        var counts = (source && source.filters[select.name]) || {};
        Array.prototype.forEach.call(select.options, function (option) {
          if (!option.value) return;
          var text = option.dataset.label + " (" + (counts[option.value] || 0) + ")";
          if (option.textContent !== text) option.textContent = text;
        });
      });
    }

    // A copy of Pagefind's excerpt with only its text and <mark> elements (DOMParser runs nothing).
    function excerpt(html, into) {
      var body = new DOMParser().parseFromString("<!doctype html><body>" + html, "text/html").body;
      Array.prototype.forEach.call(body.childNodes, function (node) {
        if (node.nodeName === "MARK") into.appendChild(element("mark", "", node.textContent));
        else into.appendChild(document.createTextNode(node.textContent));
      });
    }

    function badge(text, kind) {
      return element("span", "shnor-badge shnor-badge--" + kind, text);
    }

    // The card of the paged list (shnor.site.catalogue._item), from the page's Pagefind metadata and filters.
    function card(data) {
      var meta = data.meta || {};
      var filters = data.filters || {};
      var item = element("li", "shnor-practice");
      var title = element("h2", "shnor-practice__title");
      var link = element("a", "", meta.title || data.url);
      var url = data.url || "";
      link.href = url.indexOf(here) === 0 ? url.slice(here.length) || "./" : url;
      title.appendChild(link);
      item.appendChild(title);
      item.appendChild(element("p", "shnor-practice__meta", meta.line || meta.school || ""));
      var text = element("p", "shnor-practice__summary");
      if (searched && data.excerpt) {
        text.classList.add("shnor-practice__snippet");
        excerpt(data.excerpt, text);
      } else {
        text.textContent = meta.summary || "";
      }
      item.appendChild(text);
      var badges = element("p", "shnor-practice__badges");
      var status = (filters.status || [])[0];
      if (status) badges.appendChild(badge(meta.status_name || status, status));
      var level = (filters.evidence || []).length;  // cumulative: the number of steps is the level
      if (level) {
        badges.appendChild(document.createTextNode(" "));
        badges.appendChild(badge("Доказанность: " + (meta.evidence_name || level), "evidence-" + level));
      }
      item.appendChild(badges);
      return item;
    }

    // Adds the next cards, up to `upto` in all (`fresh`: in place of the list's cards); `focus`: focus goes to the
    // first card added, so that reading goes on from there.
    function showUpTo(upto, token, focus, fresh) {
      var slice = results.slice(shown, Math.min(upto, results.length));
      return Promise.all(slice.map(function (result) { return result.data(); })).then(function (datas) {
        if (token !== sequence) return;
        if (fresh) list.textContent = "";
        var first = null;
        datas.forEach(function (data) {
          var item = card(data);
          first = first || item;
          list.appendChild(item);
        });
        shown += datas.length;
        var rest = results.length - shown;
        more.hidden = rest <= 0;
        if (rest > 0) {
          moreNote.textContent = "Показаны " + shown + " из " + results.length + ".";
          moreButton.textContent = "Показать ещё " + Math.min(pageSize, rest);
        }
        if (focus && first) first.querySelector("a").focus();
      });
    }

    function filterSummary(filters) {
      return selects.filter(function (select) { return filters[select.name]; }).map(function (select) {
        return labelOf(select) + " — " + optionLabel(select);
      });
    }

    // The list area when nothing is shown: what was searched, why nothing, what to try.
    function explain(prepared, filters) {
      empty.textContent = "";
      var named = filterSummary(filters);
      var text = prepared.shown ? "«" + prepared.shown + "»" : "";
      var heading;
      if (prepared.problem === "symbols") {
        heading = "В запросе " + text + " нет ни одного слова — только знаки и символы.";
      } else if (prepared.problem === "stop-words") {
        heading = "В запросе " + text + " только служебные слова (предлоги, союзы, частицы) — по ним практику не найти.";
      } else if (text) {
        heading = "По запросу " + text + (named.length ? " с выбранными фильтрами" : "") + " ничего не найдено.";
      } else {
        heading = "Ни одна практика не подходит под все выбранные фильтры.";
      }
      empty.appendChild(element("p", "shnor-search-empty__title", heading));
      if (named.length) empty.appendChild(element("p", "", "Фильтры: " + named.join("; ") + "."));
      var hints = element("ul", "shnor-search-empty__hints");
      if (prepared.problem) {
        hints.appendChild(element("li", "", "Напишите, о чём практика: например, «наставничество», «ОГЭ по " +
          "математике» или «родительский клуб»."));
      } else if (text) {
        var quoted = unknown.map(function (word) { return "«" + word + "»"; }).join(", ");
        hints.appendChild(element("li", "", unknown.length === 1 ? "Слова " + quoted + " нет ни в одной практике: " +
          "проверьте, нет ли опечатки." : unknown.length ? "Слов " + quoted + " нет ни в одной практике: проверьте, " +
          "нет ли опечатки." : "Проверьте, нет ли опечатки."));
        hints.appendChild(element("li", "", "Попробуйте другое или более общее слово: «чтение» вместо «смысловое " +
          "чтение на уроках»."));
      }
      if (named.length) {
        hints.appendChild(element("li", "", "Уберите часть фильтров: они сочетаются, и каждый сужает список."));
      }
      empty.appendChild(hints);
      var actions = element("p", "shnor-search-empty__actions");
      if (named.length) {
        var reset = element("button", "md-button", "Сбросить фильтры");
        reset.type = "button";
        reset.addEventListener("click", function () {
          notes = [];
          selects.forEach(function (select) { select.value = ""; });
          run("push");
          input.focus();
        });
        actions.appendChild(reset);
        actions.appendChild(document.createTextNode(" "));
      }
      var whole = element("a", "md-button", "Весь каталог — " + practices(total));
      whole.href = location.pathname;
      actions.appendChild(whole);
      empty.appendChild(actions);
      empty.hidden = false;
    }

    // data-answered on the form: the list and the count answer the form as it is (for tests and scripts).
    function answered(token) {
      if (token === sequence) form.setAttribute("data-answered", "");
    }

    function run(how, keepShown) {
      clearTimeout(timer);
      var token = ++sequence;
      form.removeAttribute("data-answered");
      remember(how);
      var filters = chosen();
      var keys = Object.keys(filters);
      if (chosenNote) chosenNote.textContent = keys.length ? "· выбрано: " + keys.length : "";
      var prepared = prepare(input.value);
      var cut = "Запрос длиннее " + MAX_QUERY + " знаков: искали по его началу — «" + prepared.shown + "».";
      showNotes(prepared.cut ? notes.concat([cut]) : notes);
      var narrowed = keys.length > 0 || prepared.words.length > 0 || Boolean(prepared.problem);
      if (pager) pager.hidden = true;  // «Показать ещё» pages the matches instead
      if (prepared.problem) {
        results = [];
        unknown = [];
        shown = 0;
        list.textContent = "";
        more.hidden = true;
        explain(prepared, filters);
        setStatus("Найдено 0 практик из " + total);
        answered(token);
        return Promise.resolve();
      }
      return variantsOf(prepared.words).then(function (found) {
        if (token !== sequence) return null;
        var variants = found.variants;
        unknown = found.unknown;
        var queries = [search(variants, filters)];
        keys.forEach(function (name) {
          var others = Object.assign({}, filters);
          delete others[name];
          queries.push(search(variants, others, true));
        });
        return Promise.all(queries);
      }).then(function (answers) {
        if (!answers) return;
        if (token !== sequence) return;
        var without = {};
        keys.forEach(function (name, index) { without[name] = answers[index + 1]; });
        showCounts(answers[0], without);
        results = answers[0].results;
        searched = prepared.words.length > 0;
        shown = 0;
        return showUpTo(Math.max(pageSize, keepShown || 0), token, false, true).then(function () {
          if (token !== sequence) return;
          empty.hidden = results.length !== 0;
          if (!results.length) explain(prepared, filters);
          setStatus(narrowed ? "Найдено " + practices(results.length) + " из " + total : "Всего " + practices(total));
          answered(token);
        });
      }).catch(function (error) {
        if (token === sequence) failed(error);
      });
    }

    // Pagefind did not load (or a query failed): the paged complete list stays, and the reader is told.
    function failed(error) {
      showNotes(["Поиск сейчас не работает: не удалось загрузить его указатель. Ниже — полный каталог по страницам."]);
      form.hidden = true;
      if (pager) pager.hidden = false;
      if (window.console) console.warn("practice search:", error);
    }

    // A filter applies at once; the text a moment after the last keystroke, or on Enter.
    form.addEventListener("change", function (event) {
      if (event.target.tagName !== "SELECT") return;
      notes = [];
      run("push");
    });
    input.addEventListener("input", function () {
      notes = [];
      clearTimeout(timer);
      timer = setTimeout(function () { run("typing"); }, DEBOUNCE);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run("typing");
    });
    form.addEventListener("reset", function () {
      setTimeout(function () {
        notes = [];
        run("push");
      }, 0);
    });
    moreButton.addEventListener("click", function () {
      showUpTo(shown + pageSize, sequence, true, false).then(rememberShown);
    });
    window.addEventListener("popstate", function (event) {
      notes = fromAddress();
      run("none", event.state && event.state.shnorShown);
    });

    notes = fromAddress();
    showNotes(notes);
    form.hidden = false;
    panel.open = !window.matchMedia("(max-width: 44.9375em)").matches;  // folded on phones: the list comes first
    var loadSynonyms = fetch(new URL("search/synonyms.json", root).href)
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (groups) { synonyms = self.ShnorSearch ? self.ShnorSearch.synonymGroups(groups) : []; })
      .catch(function () { synonyms = []; });  // without synonyms the words are searched as typed
    import(new URL(form.getAttribute("data-pagefind"), location.href).href).then(function (module) {
      pagefind = module;
      searchPagefind = self.ShnorSearch ? self.ShnorSearch.oneAtATime(module.search) : module.search;
      return Promise.resolve(pagefind.options({ baseUrl: root.pathname, excerptLength: 24 }));
    }).then(function () {
      return Promise.all([pagefind.filters(), loadSynonyms]);  // filters loaded once: each search counts them too
    }).then(function (loaded) {
      totals = loaded[0] || {};
      return run("replace", history.state && history.state.shnorShown);
    }).catch(failed);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
