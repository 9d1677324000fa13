// «Предложить практику»: checks the form against the practice schema, shows a preview, and packs the practice
// file for download or for the code host's "new file" page. Every choice and limit comes from the JSON the build
// put into the page (taxonomies, JSON Schema, the host's links from shnor.contrib.hosts) and its file of schools;
// user text reaches the page only through textContent.
(function () {
  "use strict";

  var LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya"
  };
  var MAX_SLUG = 60;
  var HTML_TAG = /<\/?[A-Za-z!]/;

  // The same transliteration as shnor.contrib.slug.slugify.
  function slugify(title) {
    var latin = Array.prototype.map.call(title.toLowerCase(), function (ch) {
      return Object.prototype.hasOwnProperty.call(LETTERS, ch) ? LETTERS[ch] : ch;
    }).join("");
    var words = latin.match(/[a-z0-9]+/g) || [];
    var slug = "";
    for (var i = 0; i < words.length; i++) {
      var candidate = slug ? slug + "-" + words[i] : words[i];
      if (candidate.length > MAX_SLUG) break;
      slug = candidate;
    }
    return slug || (words.length ? words[0].slice(0, MAX_SLUG) : "");
  }

  function isoToday() {
    var d = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }

  // A YAML scalar: plain when it reads back as the same string, JSON-quoted otherwise (JSON is valid YAML).
  function scalar(text) {
    var plain = /^[0-9A-Za-zА-Яа-яЁё«(][^:#"'\[\]{}&*!|>%@`\\]*$/.test(text) &&
      !/^(true|false|yes|no|on|off|null|~)$/i.test(text) && !/^[-+.\d][\d.eE+-]*$/.test(text) &&
      !/\s$/.test(text);
    return plain ? text : JSON.stringify(text);
  }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  // A select's options from a file of their own (a region has a thousand schools): busy while it loads, and a
  // failed download says so in the list itself. The «Хочу внедрить» form (adopt.js) loads its lists with it too.
  function loadList(select, url, fill, failed) {
    var placeholder = select.options[0];
    select.setAttribute("aria-busy", "true");
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    }).then(function (list) {
      fill(list);
      placeholder.textContent = "— выберите —";
    }).catch(function () {
      placeholder.textContent = failed;
    }).then(function () {
      select.removeAttribute("aria-busy");
    });
  }

  // The schools, grouped by municipality when there are several.
  function loadSchools(select, url, schools) {
    return loadList(select, url, function (list) {
      var several = list.some(function (s) { return s.municipality !== list[0].municipality; });
      var group = select;
      list.forEach(function (s, index) {
        schools[s.id] = s;
        if (several && (index === 0 || s.municipality !== list[index - 1].municipality)) {
          group = select.appendChild(document.createElement("optgroup"));
          group.label = s.municipality;
        }
        var option = group.appendChild(el("option", s.name));
        option.value = s.id;
      });
    }, "— список школ не загрузился, обновите страницу —");
  }

  function init() {
    var form = document.getElementById("contribute-form");
    var dataNode = document.getElementById("contribute-data");
    if (!form || !dataNode || form.dataset.ready) return;
    form.dataset.ready = "1";
    var data = JSON.parse(dataNode.textContent);
    var schema = data.schema;
    var props = schema.properties;
    var authorProps = schema.$defs.Author.properties;
    var evidenceProps = schema.$defs.Evidence.properties;
    var idInput = form.elements.id;
    var idTouched = false;
    var errorsBox = document.getElementById("contribute-errors");
    var preview = document.getElementById("contribute-preview");
    var download = document.getElementById("contribute-download");
    var github = document.getElementById("contribute-github");
    var note = document.getElementById("contribute-note");
    var authors = document.getElementById("contribute-authors");
    var authorTemplate = authors.querySelector("[data-author]").cloneNode(true);
    var current = null; // {filename, markdown} after a successful check
    var schools = {}; // id -> {name, municipality}, once the file of schools has arrived
    loadSchools(form.elements.school, data.schoolsUrl, schools);

    function value(name) { return (form.elements[name] ? form.elements[name].value : "").trim(); }
    function checked(name) {
      return Array.prototype.filter.call(form.querySelectorAll('input[name="' + name + '"]'), function (box) {
        return box.checked && !box.disabled;
      }).map(function (box) { return box.value; });
    }

    // Grades follow the chosen levels, as the validator's grades-match-levels rule wants.
    function syncGrades() {
      var levels = checked("levels");
      Array.prototype.forEach.call(form.querySelectorAll('input[name="grades"]'), function (box) {
        var on = levels.indexOf(box.getAttribute("data-level")) !== -1;
        box.disabled = !on;
        if (!on) box.checked = false;
        box.parentNode.classList.toggle("shnor-choice--off", !on);
      });
    }

    function invalidate() {
      current = null;
      download.disabled = true;
      github.setAttribute("aria-disabled", "true");
      github.removeAttribute("href");
    }

    form.elements.title.addEventListener("input", function () {
      if (!idTouched) idInput.value = slugify(form.elements.title.value);
    });
    idInput.addEventListener("input", function () { idTouched = idInput.value.trim() !== ""; });
    form.addEventListener("change", function (event) {
      if (event.target.name === "levels") syncGrades();
    });
    form.addEventListener("input", invalidate);
    document.getElementById("contribute-add-author").addEventListener("click", function () {
      if (authors.children.length >= props.authors.maxItems) return;
      var row = authorTemplate.cloneNode(true);
      Array.prototype.forEach.call(row.querySelectorAll("input"), function (input) {
        input.value = "";
        input.checked = false;
      });
      authors.appendChild(row);
      row.querySelector("input").focus();
      invalidate();
    });
    authors.addEventListener("click", function (event) {
      if (event.target.hasAttribute("data-remove-author") && authors.children.length > 1) {
        authors.removeChild(event.target.closest("[data-author]"));
        invalidate();
      }
    });
    syncGrades();

    function lengthProblem(text, rule, what) {
      if (text.length < (rule.minLength || 0)) {
        return text ? what + ": слишком коротко (не меньше " + rule.minLength + " знаков)" : what + ": заполните";
      }
      if (rule.maxLength && text.length > rule.maxLength) {
        return what + ": слишком длинно (не больше " + rule.maxLength + " знаков)";
      }
      if (HTML_TAG.test(text)) return what + ": уберите HTML-теги, пишите обычным текстом";
      return null;
    }

    function collect() {
      var problems = []; // [field, message]
      function need(field, message) { if (message) problems.push([field, message]); }
      var label = function (name) { return props[name].title; };

      var practice = { authors: [], evidence: null, sections: [] };
      practice.title = value("title");
      need("title", lengthProblem(practice.title, props.title, label("title")));
      practice.id = value("id");
      if (!new RegExp(props.id.pattern).test(practice.id) || practice.id.length > props.id.maxLength) {
        need("id", label("id") + ": только строчные латинские буквы, цифры и дефисы между словами");
      }
      practice.summary = value("summary").replace(/\s+/g, " ");
      need("summary", lengthProblem(practice.summary, props.summary, label("summary")));
      practice.type = checked("type")[0] || "";
      if (!practice.type) need("type", label("type") + ": выберите");
      practice.direction = value("direction");
      if (!practice.direction) need("direction", label("direction") + ": выберите");
      practice.since = value("since");
      if (practice.since && practice.since > isoToday()) need("since", label("since") + ": дата ещё не наступила");
      practice.school = value("school");
      if (!practice.school) need("school", label("school") + ": выберите школу");

      Array.prototype.forEach.call(authors.querySelectorAll("[data-author]"), function (row, index) {
        var name = row.querySelector('[name="author-name"]').value.trim();
        var position = row.querySelector('[name="author-position"]').value.trim();
        var consent = row.querySelector('[name="author-consent"]').checked;
        var who = "Автор " + (index + 1);
        need("authors", lengthProblem(name, authorProps.name, who + ", имя"));
        need("authors", lengthProblem(position, authorProps.position, who + ", должность"));
        if (!consent) need("authors", who + ": без согласия на публикацию имя нельзя разместить на сайте");
        practice.authors.push({ name: name, position: position });
      });

      practice.levels = checked("levels");
      if (practice.levels.length < props.levels.minItems) need("levels", label("levels") + ": выберите хотя бы один");
      practice.grades = checked("grades").map(Number);
      practice.risk_factors = checked("risk_factors");
      if (practice.risk_factors.length < props.risk_factors.minItems) {
        need("risk_factors", label("risk_factors") + ": выберите хотя бы один");
      } else if (practice.risk_factors.length > props.risk_factors.maxItems) {
        need("risk_factors", label("risk_factors") + ": не больше " + props.risk_factors.maxItems);
      }
      practice.subjects = checked("subjects");

      var ev = {
        indicator: value("evidence-indicator"), unit: value("evidence-unit"), better: value("evidence-better"),
        source: value("evidence-source"),
        before: { value: value("evidence-before-value"), year: value("evidence-before-year") },
        after: { value: value("evidence-after-value"), year: value("evidence-after-year") }
      };
      var evFilled = [ev.indicator, ev.unit, ev.better, ev.source, ev.before.value, ev.before.year, ev.after.value,
        ev.after.year].filter(Boolean).length;
      if (evFilled) {
        need("evidence", lengthProblem(ev.indicator, evidenceProps.indicator, "Показатель"));
        need("evidence", lengthProblem(ev.source, evidenceProps.source, "Источник данных"));
        if (!ev.unit) need("evidence", "Единица показателя: выберите");
        if (!ev.better) need("evidence", "Что лучше: выберите");
        var unit = data.units.filter(function (u) { return u.name === ev.unit; })[0];
        var year = schema.$defs.Measure.properties.year;
        ["before", "after"].forEach(function (key) {
          var m = ev[key], what = key === "before" ? "До" : "После";
          var number = Number(String(m.value).replace(",", "."));
          var y = Number(m.year);
          if (m.value === "" || isNaN(number)) need("evidence", what + ": укажите число");
          else if (unit && ((unit.min !== undefined && number < unit.min) || (unit.max !== undefined && number > unit.max))) {
            need("evidence", what + ": значение вне допустимого для «" + unit.name + "»");
          }
          if (!(y >= year.minimum && y <= year.maximum) || Math.floor(y) !== y) need("evidence", what + ": укажите год");
          m.value = number;
          m.year = y;
        });
        practice.evidence = ev;
      }

      Array.prototype.forEach.call(form.querySelectorAll("textarea[data-section]"), function (area) {
        var text = area.value.replace(/\r\n?/g, "\n").trim();
        var title = area.getAttribute("data-section");
        if (!text) need(area.name, "Раздел «" + title + "»: заполните");
        else if (HTML_TAG.test(text)) need(area.name, "Раздел «" + title + "»: уберите HTML-теги, пишите обычным текстом");
        else if (text.indexOf("--8<--") !== -1) need(area.name, "Раздел «" + title + "»: «--8<--» не допускается");
        practice.sections.push({ title: title, text: text });
      });
      practice.keywords = value("keywords").split(/[,;]/).map(function (k) { return k.trim(); }).filter(Boolean);
      if (practice.keywords.length > props.keywords.maxItems) need("keywords", "Ключевые слова: не больше " + props.keywords.maxItems);
      practice.license = checked("license")[0] || "";
      if (!practice.license) need("license", label("license") + ": выберите");
      return { practice: practice, problems: problems };
    }

    function markdown(p) {
      var today = isoToday();
      var lines = ["---", "id: " + p.id, "title: " + scalar(p.title), "summary: " + scalar(p.summary),
        "school: " + p.school, "authors:"];
      p.authors.forEach(function (a) {
        lines.push("  - name: " + scalar(a.name), "    position: " + scalar(a.position), "    consent: true");
      });
      lines.push("submitted: " + today, "updated: " + today);
      if (p.since) lines.push("since: " + p.since);
      lines.push("type: " + scalar(p.type), "direction: " + scalar(p.direction));
      function list(key, values) {
        if (!values.length) return;
        lines.push(key + ":");
        values.forEach(function (v) { lines.push("  - " + (typeof v === "number" ? v : scalar(v))); });
      }
      list("levels", p.levels);
      if (p.grades.length) lines.push("grades: [" + p.grades.join(", ") + "]");
      list("subjects", p.subjects);
      list("risk_factors", p.risk_factors);
      if (p.evidence) {
        var e = p.evidence;
        lines.push("evidence:", "  - indicator: " + scalar(e.indicator), "    unit: " + scalar(e.unit),
          "    before: {value: " + e.before.value + ", year: " + e.before.year + "}",
          "    after: {value: " + e.after.value + ", year: " + e.after.year + "}",
          "    better: " + e.better, "    source: " + scalar(e.source));
      }
      lines.push("review:", "  status: " + scalar(data.status));
      list("keywords", p.keywords);
      lines.push("license: " + scalar(p.license), "---", "");
      p.sections.forEach(function (s) { lines.push("## " + s.title, "", s.text, ""); });
      return lines.join("\n");
    }

    function showProblems(problems) {
      Array.prototype.forEach.call(form.querySelectorAll(".shnor-field-error"), function (p) {
        p.hidden = true;
        p.textContent = "";
      });
      Array.prototype.forEach.call(form.querySelectorAll("[aria-invalid]"), function (node) {
        node.removeAttribute("aria-invalid");
      });
      var list = errorsBox.querySelector("ul");
      list.textContent = "";
      problems.forEach(function (problem) {
        list.appendChild(el("li", problem[1]));
        var holder = document.getElementById("e-" + problem[0]);
        if (holder) {
          holder.hidden = false;
          holder.textContent = holder.textContent ? holder.textContent + " " + problem[1] : problem[1];
        }
        var control = form.elements[problem[0]];
        if (control && control.setAttribute) control.setAttribute("aria-invalid", "true");
      });
      errorsBox.hidden = problems.length === 0;
    }

    function renderPreview(p, text) {
      var body = document.getElementById("contribute-preview-body");
      body.textContent = "";
      body.appendChild(el("h3", p.title));
      body.appendChild(el("p", p.summary));
      var facts = el("dl", undefined, "shnor-facts");
      var school = schools[p.school];
      [["Школа", school ? school.name + ", " + school.municipality : p.school],
        ["Авторы", p.authors.map(function (a) { return a.name + " (" + a.position + ")"; }).join("; ")],
        ["Вид", p.type], ["Направление", p.direction], ["Уровни", p.levels.join(", ")],
        ["Классы", p.grades.join(", ")], ["Предметы", p.subjects.join(", ")],
        ["Факторы риска", p.risk_factors.join("; ")], ["Лицензия", p.license]
      ].forEach(function (row) {
        if (!row[1]) return;
        facts.appendChild(el("dt", row[0]));
        facts.appendChild(el("dd", row[1]));
      });
      body.appendChild(facts);
      if (p.evidence) {
        var e = p.evidence;
        body.appendChild(el("p", e.indicator + ": " + e.before.value + " (" + e.before.year + ") → " + e.after.value +
          " (" + e.after.year + "), " + e.unit + ". Источник: " + e.source));
      }
      p.sections.forEach(function (s) {
        body.appendChild(el("h4", s.title));
        s.text.split(/\n{2,}/).forEach(function (para) { body.appendChild(el("p", para)); });
      });
      document.getElementById("contribute-filename").textContent = p.id + ".md";
      document.getElementById("contribute-markdown").textContent = text;
      preview.hidden = false;
    }

    // The host's link: its new-file page filled in where it can (the template's {name} and {content} replaced),
    // else its upload page for the downloaded file. The addresses are the build's (shnor.contrib.hosts).
    function offer(text) {
      var host = data.host;
      var url = host.newFile && host.newFile.replace("{name}", encodeURIComponent(current.filename))
        .replace("{content}", encodeURIComponent(text));
      if (url && url.length <= host.maxUrl) {
        github.href = url;
        github.removeAttribute("aria-disabled");
        note.textContent = host.kind === "github"
          ? "Файл готов. Скачайте его или откройте на GitHub: там нажмите «Commit changes…» и " +
            "«Propose changes», затем «Create pull request»."
          : "Файл готов. Скачайте его или откройте " + host.on + ": там выберите новую ветку и запрос на " +
            "слияние (pull request) и подтвердите.";
        return;
      }
      if (host.upload) {
        github.href = host.upload;
        github.removeAttribute("aria-disabled");
      }
      note.textContent = (url ? "Текст слишком длинный для ссылки: скачайте" : "Файл готов. Скачайте") +
        " файл и загрузите его в папку " + data.folder + " " + host.on + ": кнопка «" + github.textContent.trim() +
        "» откроет её, там " + host.uploadSteps + ".";
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var result = collect();
      showProblems(result.problems);
      if (result.problems.length) {
        invalidate();
        preview.hidden = true;
        note.textContent = "";
        errorsBox.scrollIntoView({ block: "start" });
        return;
      }
      var text = markdown(result.practice);
      current = { filename: result.practice.id + ".md", markdown: text };
      renderPreview(result.practice, text);
      download.disabled = false;
      offer(text);
      preview.scrollIntoView({ block: "start" });
    });

    download.addEventListener("click", function () {
      if (!current) return;
      var blob = new Blob([current.markdown], { type: "text/markdown;charset=utf-8" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = current.filename;
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    });
    github.addEventListener("click", function (event) {
      if (github.getAttribute("aria-disabled") === "true") event.preventDefault();
    });
  }

  window.ShnorSchools = { load: loadSchools, loadList: loadList };

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init); // Material's instant navigation
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
