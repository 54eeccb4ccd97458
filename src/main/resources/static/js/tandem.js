// Tandem's only script: small enhancements on top of pages that work without it.
(function () {
  "use strict";

  // htmx requests carry the CSRF token like forms do.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // After an htmx swap: the result is announced (saved, or what went wrong), and focus goes to the first field in
  // error, or to the swapped part when the element that had focus is gone.
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.target && event.target.hasAttribute && event.target.hasAttribute("data-swapped-aside")) {
      return; // a part refreshed beside the one acted on (out of band): it neither speaks nor takes focus
    }
    var area = event.target && event.target.isConnected ? event.target : document.getElementById("main");
    if (!area || !area.querySelector) {
      return;
    }
    var message = area.querySelector(".flash, [role=alert], [role=status], .field-error");
    var live = document.getElementById("live-region");
    if (live && message && message.textContent.trim()) {
      live.textContent = "";
      window.setTimeout(function () { live.textContent = message.textContent.trim(); }, 100);
    }
    var invalid = area.querySelector("[aria-invalid=true]");
    if (invalid) {
      invalid.focus();
    } else if (!document.activeElement || document.activeElement === document.body) {
      // The swapped part may name where to go on: the field just opened, or the button that opens it again.
      var next = area.querySelector("[autofocus], [data-focus-after-swap]");
      if (next) {
        next.focus();
        return;
      }
      if (!area.hasAttribute("tabindex")) {
        area.setAttribute("tabindex", "-1");
      }
      area.focus();
    }
  });

  // A partnership's tabs: after htmx opens one, focus stays on the tab just chosen; arrow keys move between tabs.
  document.addEventListener("htmx:afterSettle", function (event) {
    var from = event.detail && event.detail.requestConfig && event.detail.requestConfig.elt;
    if (from && from.getAttribute && from.getAttribute("role") === "tab") {
      var chosen = document.querySelector('#partnership-tabs [role=tab][aria-selected="true"]');
      if (chosen) {
        chosen.focus();
      }
    }
  });
  document.addEventListener("keydown", function (event) {
    var tab = event.target.closest && event.target.closest("[role=tablist] [role=tab]");
    if (!tab || ["ArrowLeft", "ArrowRight", "Home", "End"].indexOf(event.key) < 0) {
      return;
    }
    var tabs = Array.prototype.slice.call(tab.parentNode.querySelectorAll("[role=tab]"));
    var i = tabs.indexOf(tab);
    var next = event.key === "Home" ? 0 : event.key === "End" ? tabs.length - 1
      : (i + (event.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length;
    tabs[next].focus();
    event.preventDefault();
  });

  // Forms that destroy something ask first.
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute && event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-copy]");
    if (!button || !navigator.clipboard) {
      return;
    }
    var source = document.querySelector(button.getAttribute("data-copy"));
    if (source) {
      navigator.clipboard.writeText(source.textContent.trim());
      button.classList.add("copied");
    }
  });

  // On a phone a table's rows stack; each cell shows its column's name, taken from the header.
  function labelCells(root) {
    root.querySelectorAll("table.table").forEach(function (table) {
      var names = [];
      table.querySelectorAll("thead th").forEach(function (th) {
        names.push(th.querySelector(".visually-hidden") ? "" : th.textContent.trim());
      });
      table.querySelectorAll("tbody tr").forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, i) {
          if (cell.tagName === "TD" && names[i] && !cell.hasAttribute("data-label")) {
            cell.setAttribute("data-label", names[i]);
          }
        });
      });
    });
  }
  document.addEventListener("htmx:afterSettle", function () {
    labelCells(document);
  });

  document.addEventListener("DOMContentLoaded", function () {
    document.documentElement.classList.add("js");
    labelCells(document);
    // Sign-up records the browser's time zone, so dates show in local time from the start.
    document.querySelectorAll("[data-browser-time-zone]").forEach(function (input) {
      try {
        input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
      } catch (e) {
        input.value = "";
      }
    });
    // On narrow screens the header's menu button shows and hides the switcher, the sections and the account menu.
    document.querySelectorAll(".menu-toggle").forEach(function (button) {
      button.addEventListener("click", function () {
        var open = button.closest(".topbar").classList.toggle("open");
        button.setAttribute("aria-expanded", open ? "true" : "false");
      });
    });
    // A menu closes when you click elsewhere or press Escape.
    document.addEventListener("click", function (event) {
      document.querySelectorAll("details.menu[open]").forEach(function (menu) {
        if (!menu.contains(event.target)) {
          menu.removeAttribute("open");
        }
      });
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        var menus = document.querySelectorAll("details.menu[open]");
        menus.forEach(function (menu) {
          menu.removeAttribute("open");
          menu.querySelector("summary").focus();
        });
        document.querySelectorAll(".topbar.open").forEach(function (bar) {
          if (menus.length === 0) {
            bar.classList.remove("open");
            bar.querySelector(".menu-toggle").setAttribute("aria-expanded", "false");
            bar.querySelector(".menu-toggle").focus();
          }
        });
      }
    });
  });
})();
