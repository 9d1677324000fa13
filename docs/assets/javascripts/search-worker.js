/*
 * The header's search: Material's search worker protocol, answered by Pagefind (issue 15).
 *
 * Material's bundle starts the worker named in __config.search (this file: overrides/main.html swaps the URL),
 * posts {type: SETUP, data: search_index.json}, waits for {type: READY}, then posts {type: QUERY, data: the text
 * typed} on every keystroke and renders each {type: RESULT, data: {items, suggest}}: items is a list of groups,
 * one a page, its first item the page itself and then its sections; an item is {location (relative to the site
 * root), title and text (HTML, matches in <mark>), score, terms: {word: found}}. The index is Pagefind's
 * (pagefind/, made after the build), loaded with the first query, in this worker (noWorker: no second worker).
 *
 * Queries: normalised by russian-search.js (words, stop words dropped, 200 characters at most), searched as typed
 * and as every synonym variant (search/synonyms.json: ОВЗ ↔ ограниченные возможности здоровья), the results merged
 * with the best score of each page (ShnorSearch.score, comparable between variants). Pagefind stems the words
 * (дроби finds дробь) and reads ё as е; a page is kept only if every word of the query is among the words Pagefind
 * matched on it (ShnorSearch.matches: not a prefix Pagefind backtracked to). Results of a query overtaken by a newer one are not sent. A failure answers «nothing
 * found», never an exception.
 */
"use strict";

importScripts("russian-search.js");

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
var LIMIT = 30;  // pages whose fragments (title, excerpts) are downloaded for one query
var ROOT = new URL("../../", self.location.href);  // this file is assets/javascripts/search-worker.js
var engine = null;
var synonyms = null;
var latest = 0;

function pagefind() {
  if (!engine) {
    engine = import(new URL("pagefind/pagefind.js", ROOT).href).then(function (module) {
      return module.options({ noWorker: true, excerptLength: 24 })
        .then(function () { return module.init(); })
        .then(function () { return { search: ShnorSearch.oneAtATime(module.search) }; });  // see oneAtATime
    });
    engine.catch(function () { engine = null; });  // a failed download is tried again by the next query
  }
  return engine;
}

function synonymGroups() {
  if (!synonyms) {
    synonyms = fetch(new URL("search/synonyms.json", ROOT).href)
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(ShnorSearch.synonymGroups)
      .catch(function () { return []; });
  }
  return synonyms;
}

function escapeHTML(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// Pagefind's excerpt: the page's text with only < and > escaped and <mark> around the matches.
function excerpt(html) {
  return String(html || "").split(/(<\/?mark>)/).map(function (part, i) {
    return i % 2 ? part : escapeHTML(part.replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
  }).join("");
}

// A title with the words of the query (in any ending, or being typed) in <mark>.
function markTitle(title, words) {
  return String(title).split(/([\p{L}\p{N}]+)/u).map(function (part, i) {
    if (i % 2 === 0) return escapeHTML(part);
    var hit = words.some(function (word) { return ShnorSearch.matches(part, word); });
    return hit ? "<mark>" + escapeHTML(part) + "</mark>" : escapeHTML(part);
  }).join("");
}

function genuine(data, words) {
  var forms = ShnorSearch.matchedForms(data);
  return words.every(function (word) {
    return forms.some(function (form) { return ShnorSearch.matches(form, word); });
  });
}

// The page's own excerpt without its title in front: Material shows the title above it (Pagefind's text of the
// page begins with its h1).
function withoutTitle(html, title) {
  var parts = html.split(/(<mark>[^<]*<\/mark>)/);
  if (parts.map(function (part) { return part.replace(/<\/?mark>/g, ""); }).join("").indexOf(title) !== 0) return html;
  var left = title.length;
  var rest = parts.map(function (part, i) {
    var text = i % 2 ? part.replace(/<\/?mark>/g, "") : part;
    if (left <= 0) return part;
    left -= text.length;
    return left >= 0 ? "" : (i % 2 ? "" : text.slice(text.length + left));
  }).join("");
  rest = rest.replace(/^[\s.:;,—–-]+/, "");
  return rest || html;  // a page that is only its title keeps it
}

function relative(url) {
  return String(url || "").replace(/^\//, "");
}

function weight(sub) {
  var locations = sub.weighted_locations || [];
  var total = 0;
  for (var i = 0; i < locations.length; i++) total += locations[i].balanced_score || locations[i].weight || 1;
  return total;
}

// One page as Material's group: the page first (its score the page's), then its sections, each scored by its
// share of the page's matches. Material shows the sections that reach the page's score, the rest under
// «Ещё N на этой странице», and the page's own text when it holds the best match. `match`: genuineMatch's answer.
function group(match) {
  var data = match.data, words = match.words;
  var location = relative(data.url);
  var subs = data.sub_results || [];
  var terms = {};
  words.forEach(function (word) { terms[word] = true; });
  var top = null;
  var best = 0;
  subs.forEach(function (sub) {
    best = Math.max(best, weight(sub));
    // The page above its first section: no anchor, or the anchor of its title (h1), as Material's first section.
    if (!top && (relative(sub.url) === location || (sub.anchor && sub.anchor.element === "h1"))) top = sub;
  });
  var kind = (data.meta && data.meta.kind) || "Страница";
  var title = (data.meta && data.meta.title) || location;
  var page = {
    location: location,
    title: '<span class="shnor-search-kind">' + escapeHTML(kind) +
      "</span>" + markTitle(title, words),
    text: "<p>" + withoutTitle(excerpt(top ? top.excerpt : data.excerpt), escapeHTML(title)) + "</p>",
    score: match.score,
    terms: terms
  };
  var sections = subs.filter(function (sub) { return sub !== top && sub.url; }).map(function (sub) {
    return {
      location: relative(sub.url),
      title: markTitle(sub.title || title, words),
      text: "<p>" + excerpt(sub.excerpt) + "</p>",
      score: best > 0 ? match.score * weight(sub) / best : 0,
      terms: terms
    };
  }).sort(function (a, b) { return b.score - a.score; });
  return [page].concat(sections);
}

// The best of a page's candidates whose every word Pagefind matched on it, with its data; null when none.
function genuineMatch(candidates) {
  var next = function (i) {
    if (i >= candidates.length) return Promise.resolve(null);
    return candidates[i].hit.data().then(function (data) {
      var candidate = candidates[i];
      if (data && genuine(data, candidate.words)) return Object.assign({ data: data }, candidate);
      return next(i + 1);
    });
  };
  return next(0);
}

function suggestion(items, words) {
  var last = words[words.length - 1];
  if (!items.length || !last) return undefined;
  var title = items[0][0].title.replace(/<[^>]*>/g, " ");
  var found = (title.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []).filter(function (word) {
    return word.length > last.length && word.indexOf(last) === 0;
  });
  return found.length ? [found[0]] : undefined;
}

function search(value, id) {
  var query = ShnorSearch.normalise(value);
  if (!query.words.length) return Promise.resolve({ items: [] });
  return Promise.all([pagefind(), synonymGroups()]).then(function (loaded) {
    var engine = loaded[0];
    var variants = ShnorSearch.variants(query.words, loaded[1]);
    return Promise.all(variants.map(function (words) { return engine.search(ShnorSearch.pagefindQuery(words)); }))
      .then(function (found) {
        if (id !== latest) return null;
        // Each page with every variant that found it, best first: a page the best variant found only by a prefix
        // («государственный» of ОГЭ's synonym on a page without that word) keeps the variant it really matches.
        var pages = new Map();
        found.forEach(function (result, v) {
          (result ? result.results : []).forEach(function (hit) {
            if (!pages.has(hit.id)) pages.set(hit.id, []);
            pages.get(hit.id).push({ hit: hit, words: variants[v], score: ShnorSearch.score(hit, variants[v]) });
          });
        });
        var ranked = Array.from(pages.values()).map(function (candidates) {
          return candidates.sort(function (a, b) { return b.score - a.score; });
        }).sort(function (a, b) { return b[0].score - a[0].score; }).slice(0, LIMIT);
        return Promise.all(ranked.map(genuineMatch)).then(function (matches) {
          if (id !== latest) return null;
          var items = [];
          matches.forEach(function (match) {
            if (match) items.push(group(match));
          });
          var suggest = suggestion(items, query.words);
          return suggest ? { items: items, suggest: suggest } : { items: items };
        });
      });
  });
}

function answer(value) {
  var id = ++latest;
  search(value, id).catch(function (error) {  // a download that failed (a busy host, a dropped connection): once more
    console.warn("Search failed, trying again: " + value, error);
    return id === latest ? search(value, id) : null;
  }).catch(function (error) {
    console.warn("Search failed: " + value, error);
    return { items: [] };
  }).then(function (data) {
    if (data && id === latest) postMessage({ type: RESULT, data: data });
  });
}

addEventListener("message", function (event) {
  var message = event.data || {};
  if (message.type === SETUP) postMessage({ type: READY });  // the index is Pagefind's, loaded on the first query
  else if (message.type === QUERY) answer(message.data);
});
