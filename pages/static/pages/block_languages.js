// Language tabs inside the blocks of the page editor. modeltranslation
// groups a field's languages into tabs once, when the page loads; blocks
// added afterwards (and the blocks content-editor moved) show every
// language one under the other. Here each such block gets a row of
// buttons, one per language, that shows that language's fields only.
(function () {
  "use strict";

  const FIELD = /(?:^|\s)field-(\S+)_(he|ar|en)(?:\s|$)/;

  function languageRows(block) {
    const rows = {};
    block.querySelectorAll(".form-row").forEach((row) => {
      const match = row.className.match(FIELD);
      if (match) {
        (rows[match[2]] = rows[match[2]] || []).push(row);
      }
    });
    return rows;
  }

  function show(block, rows, language) {
    Object.entries(rows).forEach(([code, list]) => {
      list.forEach((row) => {
        row.hidden = code !== language;
      });
    });
    block.querySelectorAll(".block-languages button").forEach((button) => {
      button.setAttribute("aria-pressed", String(button.dataset.language === language));
    });
  }

  function addTabs(block) {
    // Not in the template new blocks are copied from: each copy gets its own.
    if (
      block.classList.contains("empty-form") ||
      block.querySelector(".block-languages, .ui-tabs")
    ) {
      return;
    }
    const rows = languageRows(block);
    const languages = Object.keys(rows);
    if (languages.length < 2) {
      return;
    }
    const bar = document.createElement("div");
    bar.className = "block-languages";
    languages.forEach((code) => {
      const button = document.createElement("button");
      button.type = "button";
      button.lang = code;
      button.dataset.language = code;
      button.textContent = code;
      button.addEventListener("click", () => show(block, rows, code));
      bar.appendChild(button);
    });
    const first = rows[languages[0]][0];
    first.parentNode.insertBefore(bar, first);
    show(block, rows, languages[0]);
  }

  function addTabsEverywhere() {
    document.querySelectorAll(".inline-related").forEach(addTabs);
  }

  document.addEventListener("formset:added", (event) => {
    const block = event.target.closest(".inline-related") || event.target;
    addTabs(block);
  });
  // After modeltranslation and content-editor have set the page up.
  window.addEventListener("load", addTabsEverywhere);
})();
