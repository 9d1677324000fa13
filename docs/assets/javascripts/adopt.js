// «Хочу внедрить у себя»: checks the request (a published practice, a school of the registry that is not the
// author's, a contact with consent, a month, what will change) and then opens it on the code host, prefilled.
// The templates come from shnor.contrib.adoption_request through the page's JSON; the practices and the schools
// arrive as files of their own (loaded with contribute.js's loader). User text reaches the page only
// through textContent.
(function () {
  "use strict";

  var MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
  var PLACEHOLDER = /\{(\w+)\}/g;

  // As shnor.contrib.hosts.encode (Python's quote with the characters encodeURIComponent keeps).
  function encode(value) { return encodeURIComponent(value); }

  // As shnor.contrib.adoption_request.request_url: one pass over the placeholders, so typed braces stay text.
  function requestUrl(data, values) {
    // A function, not a string: "$&" in a practice's title is text, as in Python.
    var title = data.titleTemplate.replace("{title}", function () { return values.title || values.practice; });
    if (!data.body) {
      return data.url.replace(/&(\w+)=\{(\w+)\}/g, function (all, key) {
        var value = key === "title" ? title : values[key];
        return value ? "&" + key + "=" + encode(value) : "";
      });
    }
    var text = data.body.replace(PLACEHOLDER, function (all, key) { return values[key] || data.noResponse; });
    return data.url.replace(PLACEHOLDER, function (all, key) { return encode(key === "title" ? title : text); });
  }

  function option(parent, value, text) {
    var node = parent.appendChild(document.createElement("option"));
    node.value = value;
    node.textContent = text;
    return node;
  }

  function init() {
    var form = document.getElementById("adopt-form");
    var dataNode = document.getElementById("adopt-data");
    if (!form || !dataNode || form.dataset.ready) return;
    form.dataset.ready = "1";
    var data = JSON.parse(dataNode.textContent);
    var errorsBox = document.getElementById("adopt-errors");
    var note = document.getElementById("adopt-note");
    var openLink = document.getElementById("adopt-open");
    var practiceLink = document.getElementById("adopt-practice-link");
    var practices = {}, drafts = {}, schools = {};
    var params = new URLSearchParams(window.location.search);
    var asked = { practice: (params.get("practice") || "").trim(), school: (params.get("school") || "").trim() };

    var practicesReady = window.ShnorSchools.loadList(form.elements.practice, data.practicesUrl, function (list) {
      list.published.forEach(function (p) {
        practices[p.id] = p;
        option(form.elements.practice, p.id, p.title);
      });
      list.drafts.forEach(function (id) { drafts[id] = true; });
    }, "— список практик не загрузился, обновите страницу —");
    var schoolsReady = window.ShnorSchools.load(form.elements.school, data.schoolsUrl, schools);  // contribute.js

    function showPractice() {
      var p = practices[form.elements.practice.value];
      practiceLink.textContent = "";
      if (!p) return;
      var a = practiceLink.appendChild(document.createElement("a"));
      a.href = data.practicePage.replace("{id}", encodeURIComponent(p.id));
      a.textContent = "Открыть страницу практики «" + p.title + "»";
    }

    // A practice or a school asked for in the address but not on the lists is an error to show, not to drop.
    Promise.all([practicesReady, schoolsReady]).then(function () {
      if (asked.practice && practices[asked.practice]) form.elements.practice.value = asked.practice;
      if (asked.school && schools[asked.school]) form.elements.school.value = asked.school;
      showPractice();
      if ((asked.practice && !practices[asked.practice]) || (asked.school && !schools[asked.school])) check();
    });

    function value(name) { return (form.elements[name].value || "").trim(); }

    function problems() {
      var found = [];
      function add(field, message) { found.push({ field: field, message: message }); }
      var id = value("practice") || asked.practice;
      var practice = practices[id];
      if (!id) add("practice", "выберите практику");
      else if (drafts[id]) add("practice", "практика «" + id + "» ещё черновик: заявку можно подать, когда её опубликуют");
      else if (!practice) add("practice", "практики «" + id + "» нет в банке: проверьте адрес или выберите из списка");
      var school = value("school");
      if (!school && asked.school && !schools[asked.school]) {
        add("school", "школы «" + asked.school + "» нет в реестре: выберите свою школу из списка");
      } else if (!school) add("school", "выберите свою школу из реестра");
      else if (practice && practice.school === school) {
        add("school", "это школа автора практики: внедрение записывают для другой школы");
      }
      if (value("contact").length < 5) add("contact", "укажите ФИО контактного лица");
      if (!new RegExp(data.emailPattern).test(value("email"))) {
        add("email", "укажите рабочий адрес почты, например ivanova@school.ru");
      }
      if (!MONTH.test(value("started"))) add("started", "укажите месяц начала, например 2027-01");
      if (value("changes").length < 10) add("changes", "опишите, что измените при переносе (хотя бы одно предложение)");
      if (!form.elements.consent.checked) {
        add("consent", "без согласия контакт не публикуется, а заявку без контакта не принять: отметьте согласие");
      }
      return found;
    }

    function disable(text) {
      openLink.removeAttribute("href");
      openLink.setAttribute("aria-disabled", "true");
      note.textContent = text;
    }

    function check() {
      var found = problems();
      var list = errorsBox.querySelector("ul");
      list.textContent = "";
      Array.prototype.forEach.call(form.querySelectorAll(".shnor-field-error"), function (node) {
        node.hidden = true;
        node.textContent = "";
      });
      Array.prototype.forEach.call(form.querySelectorAll("[aria-invalid]"), function (node) {
        node.removeAttribute("aria-invalid");
      });
      found.forEach(function (problem) {
        var item = list.appendChild(document.createElement("li"));
        item.textContent = problem.message;
        var box = document.getElementById("ae-" + problem.field);
        box.textContent = problem.message;
        box.hidden = false;
        var control = form.elements[problem.field];
        if (control && control.setAttribute) control.setAttribute("aria-invalid", "true");
      });
      errorsBox.hidden = !found.length;
      if (found.length) {
        disable("Заявка не готова: исправьте отмеченные поля.");
        return false;
      }
      if (!data.url) {
        disable("На сайте не указан репозиторий, куда отправлять заявки: напишите в отдел образования.");
        return false;
      }
      var p = practices[value("practice")];
      var url = requestUrl(data, {
        practice: p.id, title: p.title, school: value("school"), contact: value("contact"),
        position: value("position"), email: value("email"), started: value("started"), changes: value("changes")
      });
      if (url.length > data.maxUrl) {
        disable("Текст заявки слишком длинный для ссылки: сократите поле «Что измените».");
        return false;
      }
      openLink.href = url;
      openLink.removeAttribute("aria-disabled");
      note.textContent = "Заявка проверена. Нажмите «" + openLink.textContent + "»: поля будут заполнены, " +
        "останется отметить согласие и отправить.";
      return true;
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (check()) openLink.focus();
      else errorsBox.focus();
    });
    form.addEventListener("input", function () {
      if (openLink.hasAttribute("href")) disable("Заявка изменилась: проверьте её ещё раз.");
    });
    form.elements.practice.addEventListener("change", showPractice);
    openLink.addEventListener("click", function (event) {
      if (openLink.getAttribute("aria-disabled") === "true") event.preventDefault();
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init); // Material's instant navigation
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
