/* Progressive enhancement for the public site: every page works without it.
   Kept out of the HTML (no inline script) so that a strict Content Security
   Policy can be set. */
(function () {
  "use strict";

  // The page's address in a read-only field: selected whole on focus, for
  // those who copy it by hand.
  document.querySelectorAll("[data-copy-source]").forEach(function (field) {
    field.addEventListener("focus", function () { field.select(); });
  });

  // A "Copy link" button, shown only where the Clipboard API can work.
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    var container = button.closest(".share__copy");
    var status = container && container.querySelector("[data-copy-status]");
    if (!field || !status) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(
        function () { status.textContent = button.getAttribute("data-copied"); },
        function () {
          field.focus();
          field.select();
          status.textContent = button.getAttribute("data-failed");
        }
      );
    });
  });
})();
