// «Версия для слабовидящих» (ГОСТ Р 52872-2019): larger type, high-contrast colours, wider letter spacing, images
// hidden on request. The settings are attributes on <html> that a11y.css reads; they are kept in localStorage, so they
// follow the reader from page to page (overrides/main.html applies them before the first paint). Every change is
// announced through a polite live region. Nothing is loaded from another host.
(function () {
  "use strict";

  var KEY = "shnor-a11y";
  var SETTINGS = ["size", "scheme", "images", "spacing"];
  var DEFAULTS = { on: false, size: "1", scheme: "white", images: "on", spacing: "0" };

  function load() {
    var state = {};
    Object.keys(DEFAULTS).forEach(function (key) { state[key] = DEFAULTS[key]; });
    try {
      var saved = JSON.parse(localStorage.getItem(KEY) || "null");
      if (saved && typeof saved === "object") {
        state.on = saved.on === true;
        SETTINGS.forEach(function (key) {
          if (saved[key] !== undefined) state[key] = String(saved[key]);
        });
      }
    } catch (error) {
      // Storage may be disabled (private mode): the settings then last for this page only.
    }
    return state;
  }

  function save(state) {
    try {
      localStorage.setItem(KEY, JSON.stringify(state));
    } catch (error) {
      // See load().
    }
  }

  function applyToPage(state) {
    var root = document.documentElement;
    if (state.on) {
      root.setAttribute("data-shnor-a11y", "on");
      SETTINGS.forEach(function (key) { root.setAttribute("data-shnor-" + key, state[key]); });
    } else {
      root.removeAttribute("data-shnor-a11y");
      SETTINGS.forEach(function (key) { root.removeAttribute("data-shnor-" + key); });
    }
  }

  // With images hidden the reader still learns what each picture showed: its alt text takes its place.
  function addAltPlaceholders() {
    var images = document.querySelectorAll(".md-content img");
    Array.prototype.forEach.call(images, function (img) {
      var alt = (img.getAttribute("alt") || "").trim();
      var next = img.nextElementSibling;
      if (!alt || (next && next.classList.contains("shnor-a11y-alt"))) return;
      var note = document.createElement("span");
      note.className = "shnor-a11y-alt";
      note.setAttribute("aria-hidden", "true"); // the image's own alt is what a screen reader reads
      note.textContent = "Изображение: " + alt;
      img.insertAdjacentElement("afterend", note);
    });
  }

  // Material's search dialog has no name of its own.
  function labelSearch() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "Поиск по сайту");
  }

  // Material wraps wide Markdown tables in a scrolling box after the page loads; a box that scrolls must be
  // reachable with the keyboard and named. Tables the site generates already sit in a named .shnor-table-scroll
  // region, and a11y.css lets that outer box do the scrolling.
  function labelScrollingTables() {
    var boxes = document.querySelectorAll(".md-typeset__scrollwrap");
    Array.prototype.forEach.call(boxes, function (box) {
      if (box.closest(".shnor-table-scroll") || box.hasAttribute("tabindex")) return;
      var caption = box.querySelector("caption");
      var heading = null;
      for (var node = box.previousElementSibling; node && !heading; node = node.previousElementSibling) {
        if (/^H[1-6]$/.test(node.tagName)) heading = node;
      }
      var name = caption ? caption.textContent : heading ? heading.textContent : "";
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", "Таблица" + (name.trim() ? ": " + name.replace(/¶$/, "").trim() : ""));
    });
  }

  function init() {
    labelSearch();
    labelScrollingTables();
    addAltPlaceholders();
    var bar = document.getElementById("shnor-a11y");
    if (!bar || bar.dataset.ready) return;
    bar.dataset.ready = "1";
    var toggle = bar.querySelector(".shnor-a11y__toggle");
    var panel = document.getElementById("shnor-a11y-panel");
    var status = document.getElementById("shnor-a11y-status");
    var buttons = Array.prototype.slice.call(bar.querySelectorAll("[data-shnor-setting]"));
    var state = load();

    function render() {
      applyToPage(state);
      toggle.setAttribute("aria-pressed", state.on ? "true" : "false");
      panel.hidden = !state.on;
      buttons.forEach(function (button) {
        var pressed = state[button.dataset.shnorSetting] === button.dataset.shnorValue;
        button.setAttribute("aria-pressed", pressed ? "true" : "false");
      });
    }

    var pending = null;
    function announce(text) {
      // Emptied first so that the same message twice in a row is read twice; a message still waiting is dropped,
      // so quick changes are told once, newest last, and never in the wrong order.
      window.clearTimeout(pending);
      status.textContent = "";
      pending = window.setTimeout(function () { status.textContent = text; }, 50);
    }

    toggle.addEventListener("click", function () {
      state.on = !state.on;
      save(state);
      render();
      announce(state.on ? "Версия для слабовидящих включена" : "Версия для слабовидящих выключена");
    });
    buttons.forEach(function (button) {
      button.addEventListener("click", function () {
        state[button.dataset.shnorSetting] = button.dataset.shnorValue;
        save(state);
        render();
        var group = document.getElementById(button.parentNode.getAttribute("aria-labelledby"));
        announce(button.dataset.shnorSaid || group.textContent + ": " + button.textContent.trim().toLowerCase());
      });
    });
    bar.hidden = false;
    render();
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
