// Passkeys (WebAuthn). A button with data-passkey="create" or "get" asks its form's data-options URL for the
// options (POST, with the form's antiforgery token), calls the browser's WebAuthn API, puts the JSON result in the
// form's "CredentialJson" field and submits the form. No inline script: the CSP forbids it.
(function () {
    "use strict";

    function token(form) {
        var input = form.querySelector("input[name='__RequestVerificationToken']");
        return input ? input.value : "";
    }

    function fail(form, message) {
        var error = form.querySelector("[data-passkey-error]");
        if (error) {
            error.hidden = false;
        }
        if (window.console) {
            window.console.warn("passkey:", message);
        }
    }

    async function run(button) {
        var form = button.form;
        var mode = button.getAttribute("data-passkey");
        if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) {
            fail(form, "WebAuthn is not available in this browser");
            return;
        }
        var response = await fetch(form.getAttribute("data-options"), {
            method: "POST",
            credentials: "same-origin",
            headers: { "RequestVerificationToken": token(form) },
        });
        if (!response.ok) {
            fail(form, "options: " + response.status);
            return;
        }
        var options = await response.json();
        var credential;
        try {
            credential = mode === "create"
                ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
                : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
        } catch (e) {
            fail(form, e && e.name);
            return;
        }
        form.querySelector("input[name='CredentialJson']").value = JSON.stringify(credential);
        form.submit();
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-passkey]");
        if (button) {
            event.preventDefault();
            run(button);
        }
    });
})();
