// Polls the progress of an import while it runs, moves the progress bar, and reloads the page when it ends
// (the page then lists the row errors).
(function () {
    const status = document.querySelector("[data-status-url]");
    if (!status || status.dataset.running !== "true") {
        return;
    }

    const bar = document.getElementById("import-progress");
    const done = status.querySelector("[data-testid=import-done]");
    const created = status.querySelector("[data-testid=import-created]");
    const skipped = status.querySelector("[data-testid=import-skipped]");
    async function poll() {
        const response = await fetch(status.dataset.statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" });
        if (!response.ok) {
            return;
        }

        const view = await response.json();
        bar.max = Math.max(view.rowsTotal, 1);
        bar.value = view.rowsDone;
        done.textContent = view.rowsDone;
        created.textContent = view.created;
        skipped.textContent = view.skipped;
        if (view.status === "running") {
            setTimeout(poll, 500);
        } else {
            window.location.reload();
        }
    }

    setTimeout(poll, 300);
})();
