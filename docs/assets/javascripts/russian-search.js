/*
 * Russian search queries, shared by the header's search (search-worker.js, through importScripts) and the pages
 * (a <script> tag: the catalogue, the «nothing found» hint of search-hint.js). A classic script: it defines
 * self.ShnorSearch and nothing else.
 *
 * normalise(value)     the query as words: trimmed, cut to MAX_LENGTH characters, split at spaces, «кавычки»,
 *                      dashes, hyphens and every other punctuation mark, lower-cased; stop words dropped.
 * synonymGroups(json)  the groups of search/synonyms.json (data/synonyms.yml), each term as its words.
 * variants(words, groups)  the query and each query with a term of a group replaced by another term of the same
 *                      group (ОВЗ → ограниченные возможности здоровья and back), a synonym's words not replaced
 *                      again; the original first.
 * pagefindQuery(words)  the text Pagefind is given for the words (a final «й» dropped, see there).
 * matchedForms(data)  the words of a Pagefind result's page where it matched, split at hyphens too.
 * score(hit, words)   a Pagefind result's score, comparable between the variants of one query.
 * sameWord(a, b)       two words alike but for their endings (дроби/дробь, ОВЗ only as ОВЗ): synonyms.
 * matches(form, word)  the form Pagefind matched is the query word (any ending) or the word being typed (настав →
 *                      наставничество), not what Pagefind backtracks to for a word it does not know: it searches
 *                      the longest prefix of an unknown word it has, «абракадабра» finds every «а».
 * hint(value)          the line that says why a query found nothing and what to try.
 *
 * Stemming is Pagefind's (Snowball Russian), and so is «ё» = «е»; these functions only prepare the query.
 */
(function (scope) {
  "use strict";

  var MAX_LENGTH = 200;
  var MAX_VARIANTS = 8;
  // Snowball's Russian stop words: they are in every text, and Pagefind matches the words they begin.
  var STOP = new Set((
    "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от " +
    "меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж " +
    "вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без " +
    "будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один " +
    "почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после " +
    "над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед " +
    "иногда лучше чуть том нельзя такой им более всегда конечно всю между"
  ).split(" "));
  var SEPARATORS = /[^\p{L}\p{N}]+/u;

  function fold(word) {
    return word.toLowerCase().replace(/ё/g, "е");
  }

  function split(text) {
    return text.split(SEPARATORS).filter(Boolean).map(function (word) { return word.toLowerCase(); });
  }

  function normalise(value) {
    var trimmed = String(value == null ? "" : value).trim();
    var text = trimmed.slice(0, MAX_LENGTH);
    var all = split(text);
    var words = all.filter(function (word) { return !STOP.has(fold(word)); });
    return {
      text: text,
      words: words,
      truncated: trimmed.length > MAX_LENGTH,
      stopWordsOnly: trimmed.length > 0 && words.length === 0
    };
  }

  function sameWord(a, b) {
    a = fold(a);
    b = fold(b);
    if (a === b) return true;
    if (a.length <= 3 || b.length <= 3) return false;  // abbreviations: only as written
    return commonPrefix(a, b) >= Math.max(4, Math.min(a.length, b.length) - 2);
  }

  function commonPrefix(a, b) {
    var common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    return common;
  }

  function matches(form, word) {
    form = fold(form);
    word = fold(word);
    if (word.length <= 3) return form.indexOf(word) === 0;
    return commonPrefix(form, word) >= Math.max(3, Math.min(form.length, word.length) - 4);
  }

  function synonymGroups(groups) {
    if (!Array.isArray(groups)) return [];
    return groups.filter(Array.isArray).map(function (group) {
      return group.map(function (term) { return normalise(term).words; })
        .filter(function (words) { return words.length > 0; });
    }).filter(function (group) { return group.length > 1; });
  }

  // Where `term` is in `words`, not touching a word a synonym put there (`fixed`); -1 when it is not.
  function find(words, term, fixed) {
    for (var at = 0; at + term.length <= words.length; at++) {
      var all = true;
      for (var i = 0; i < term.length && all; i++) all = !fixed[at + i] && sameWord(words[at + i], term[i]);
      if (all) return at;
    }
    return -1;
  }

  // A synonym's words are not looked up again: «ШМО» gives «школьное методическое объединение», and that must not
  // give «школьное МО» (МО's group), whose «мо» Pagefind matches as the start of «мобильный».
  function variants(words, groups) {
    var found = [{ words: words, fixed: words.map(function () { return false; }) }];
    var seen = new Set([words.join(" ")]);
    (groups || []).forEach(function (group) {
      found.slice().forEach(function (variant) {
        group.forEach(function (term) {
          var at = find(variant.words, term, variant.fixed);
          if (at < 0) return;
          group.forEach(function (other) {
            if (other === term || found.length >= MAX_VARIANTS) return;
            var next = variant.words.slice(0, at).concat(other, variant.words.slice(at + term.length));
            var key = next.join(" ");
            if (seen.has(key)) return;
            seen.add(key);
            found.push({
              words: next,
              fixed: variant.fixed.slice(0, at).concat(other.map(function () { return true; }),
                variant.fixed.slice(at + term.length))
            });
          });
        });
      });
    });
    return found.map(function (variant) { return variant.words; });
  }

  // The text Pagefind is given for the words. Pagefind 1.5 folds «й» to «и» before its Snowball stemmer, in the
  // index and in the query alike, so an adjective's -ой/-ый/-ий is not taken off: «цифровой» would find only the
  // pages that write «цифровой». Without the «й» the stem is the one of the other forms («цифровая», «цифровых»).
  // Short words keep it: «мой» as «мо» would match every word that begins so.
  function pagefindQuery(words) {
    return words.map(function (word) {
      return word.length > 4 && word.slice(-1) === "й" ? word.slice(0, -1) : word;
    }).join(" ");
  }

  // Pagefind's search must not run twice at once: a search that loads an index chunk while another one does can
  // lose it (the second puts back the index as it was before the first chunk), and its query then finds nothing
  // («ОГЭ» in the catalogue, searched together with its synonym). Each call waits for the one before.
  function oneAtATime(search) {
    var last = Promise.resolve();
    return function () {
      var args = arguments;
      var run = last.then(function () { return search.apply(null, args); });
      last = run.catch(function () {});
      return run;
    };
  }

  // The words of a page at the places Pagefind matched, as letter runs: Pagefind's locations count the text's words
  // split at spaces, and «папа-электрик» holds «папа» and «электрик».
  function matchedForms(data) {
    var words = String(data.content || "").split(/[\r\n\s]+/g);
    var forms = [];
    (data.locations || []).forEach(function (at) {
      forms = forms.concat(String(words[at] || "").match(/[\p{L}\p{N}]+/gu) || []);
    });
    return forms;
  }

  // A Pagefind score that compares between variants: Pagefind adds up its words' scores, so a three-word expansion
  // would outrank its one-word abbreviation on every page that spells it out; a word's mean does not.
  function score(hit, words) {
    return hit.score / Math.max(1, words.length);
  }

  function hint(value) {
    var query = normalise(value);
    if (query.stopWordsOnly)
      return "В запросе только служебные слова или знаки препинания. Добавьте слово по теме, например " +
        "«наставничество» или «ВПР».";
    if (query.truncated)
      return "Запрос длиннее " + MAX_LENGTH + " знаков: искали по его началу. Оставьте два-три главных слова.";
    return "Проверьте, нет ли опечатки, или попробуйте другое слово — более общее или синоним.";
  }

  scope.ShnorSearch = {
    MAX_LENGTH: MAX_LENGTH,
    normalise: normalise,
    sameWord: sameWord,
    matches: matches,
    synonymGroups: synonymGroups,
    variants: variants,
    pagefindQuery: pagefindQuery,
    matchedForms: matchedForms,
    score: score,
    oneAtATime: oneAtATime,
    hint: hint
  };
})(self);
